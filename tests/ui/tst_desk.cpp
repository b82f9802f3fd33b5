// The desk offscreen: every view renders something, one selection drives every view, what-if and
// stress run on workers (progress, cancel), the live feed over a loopback WebSocket (valid,
// malformed, out-of-order and stale ticks; disconnect and reconnect), alerts, undo/redo of edits,
// presentation mode, positions CSV export.
#include "bookio.h"
#include "json_io.h"
#include "report.h"
#include "feed/livefeed.h"
#include "stallprobe.h"
#include "mainwindow.h"
#include "format.h"
#include "models/positionsmodel.h"
#include "theme.h"
#include "views/alertsview.h"
#include "views/graphview.h"
#include "views/heatmapview.h"
#include "views/stressview.h"
#include "views/survivalview.h"
#include "views/bottleneckview.h"
#include "views/oraclelagview.h"
#include "views/crosschainview.h"
#include "oraclelag.h"
#include <QComboBox>
#include "views/whatifview.h"
#include "plots/survivalchart.h"
#include "survival.h"
#include "widgets/emptystate.h"
#include "palette.h"
#include "plots/chart.h"
#include "widgets/kpistrip.h"

#include <QElapsedTimer>
#include <QMenuBar>
#include "report/lenderreport.h"
#include "story/storyview.h"

#include <QRegularExpression>
#include <QDir>
#include <QImage>
#include <QDockWidget>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>
#include <QThread>
#include <qcustomplot.h>

using namespace ballast;
using namespace ballast::ui;

namespace {
BookIo io()
{
    return {[](const std::string& p) { return app::loadBook(p); }, [](const std::string& p, const Book& b) { return app::saveBook(p, b); }};
}

int colourCount(const QImage& img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 5)
        for (int x = 0; x < img.width(); x += 5) colours.insert(img.pixel(x, y));
    return static_cast<int>(colours.size());
}
} // namespace

class TestDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> w;

private Q_SLOTS:
    void init()
    {
        w = std::make_unique<MainWindow>(io(), false);
        w->resize(1600, 1000);
        w->show();
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->openBook(QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.takeFirst().at(0).toBool());
    }
    void cleanup() { w.reset(); }

    void everyViewRendersNonBlank_data()
    {
        QTest::addColumn<QString>("view");
        for (const QString& v : MainWindow::viewNames()) QTest::newRow(qPrintable(v)) << v;
    }
    void everyViewRendersNonBlank()
    {
        QFETCH(QString, view);
        if (view == QStringLiteral("whatif") || view == QStringLiteral("survival") || view == QStringLiteral("oraclelag")) {
            QSignalSpy done(w->whatIfView(), &WhatIfView::finished);
            w->whatIfView()->run();
            QVERIFY(done.wait(20000));
        }
        if (view == QStringLiteral("stress")) {
            QSignalSpy done(w->stressView(), &StressView::finished);
            w->stressView()->setScenarios(200);
            w->stressView()->run();
            QVERIFY(done.wait(20000));
        }
        if (view == QStringLiteral("graph") && !w->graphView()->canvas()->layoutReady()) {
            QSignalSpy laid(w->graphView()->canvas(), &GraphCanvas::layoutFinished);
            QVERIFY(laid.wait(20000));
        }
        w->showView(view);
        QWidget* v = w->view(view);
        QVERIFY(v);
        v->resize(1200, 800);
        QApplication::processEvents();
        const QImage img = v->grab().toImage();
        QVERIFY(!img.isNull());
        QVERIFY2(colourCount(img) > 12, qPrintable(QStringLiteral("%1: %2 colours").arg(view).arg(colourCount(img))));
    }

    void oneSelectionEveryView()
    {
        const BookPtr b = w->book();
        const int node = b->positions.front().ownerIx;
        w->desk()->select({Selection::Kind::Node, node});
        const auto rows = w->positionsView()->selectionModel()->selectedRows();
        QVERIFY(!rows.isEmpty());
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(w->positionsView()->model());
        for (const QModelIndex& i : rows) QCOMPARE(b->positions[proxy->mapToSource(i).row()].ownerIx, node);
        // a row chosen in the loans table becomes the desk's selection, and its collateral follows
        auto* loans = qobject_cast<QSortFilterProxyModel*>(w->loansView()->model());
        const QModelIndex first = loans->index(0, 0);
        w->loansView()->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const Selection s = w->desk()->selection();
        QCOMPARE(static_cast<int>(s.kind), static_cast<int>(Selection::Kind::Loan));
        QCOMPARE(s.index, loans->mapToSource(first).row());
        QCOMPARE(w->positionsView()->selectionModel()->selectedRows().size(), static_cast<qsizetype>(b->loans[s.index].collateralIx.size()));
        // the graph searches and selects
        QVERIFY(w->graphView()->canvas()->search(QString::fromStdString(b->nodes[3].name)));
        QCOMPARE(w->desk()->selection().index, 3);
    }

    // Bottlenecks on the demo book: Jiangxi Copper Refining takes in 1.22m a day and passes on
    // 167.1k; eleven loans' goods wait behind it, upstream at the Chilean mines and the Geneva
    // trader or at the refiner itself. A row selects the node, a loan row the loan; the button
    // turns the graph to velocity with the min cut (shp-17) labelled.
    void heatmapCellListsTheLiquidationsItAbsorbs()
    {
        HeatmapView* hv = w->heatmapView();
        w->showView(ViewId::Heatmap);
        hv->setMetric(HeatmapView::Coverage);
        hv->refresh();
        const AbsorptionMap& m = hv->absorption();
        QVERIFY(!m.fromRun);
        QCOMPARE(m.venues.size(), size_t(hv->venueCount()));
        // the worst-covered cell: its loans near liquidation, the top one selected everywhere
        hv->showWorstCell();
        const BookPtr b = w->book();
        double worst = kInf;
        for (const AbsorptionCell& c : m.cells)
            if (c.collateralAtRisk > 0) worst = std::min(worst, c.coverage);
        QVERIFY(worst < 1); // the demo's tokenized lithium cannot take what its loans would sell
        QVERIFY(hv->absorbed()->rowCount() > 0);
        const int loan = hv->absorbed()->item(0, 0)->data(Qt::UserRole + 1).toInt();
        QCOMPARE(w->desk()->selection(), (Selection{Selection::Kind::Loan, loan}));
        QVERIFY(w->desk()->exposure()->loans[loan].healthFactor < 1.1);
        // a coloured cell per venue x asset with a pool
        int coloured = 0;
        for (int r = 0; r < hv->venueCount(); ++r)
            for (int c = 0; c < hv->assetCount(); ++c) coloured += std::isfinite(hv->cell(r, c));
        QVERIFY(coloured > 0);
    }

    // A book opened while the bottleneck view is hidden: its report is made when the view is shown
    // (it had kept "Finding the bottlenecks…" until the next live tick).
    void hiddenBottleneckViewCatchesUpWhenShown()
    {
        BottleneckView* bv = w->bottleneckView();
        QWidget* dock = bv;
        while (dock && !qobject_cast<QDockWidget*>(dock)) dock = dock->parentWidget();
        QVERIFY(dock);
        dock->hide();
        QVERIFY(!bv->isVisible());
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->openBook(QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(w->desk()->engine() && w->desk()->engine()->bookPtr() == w->book(), 20000);
        QCoreApplication::processEvents();
        w->showView(ViewId::Bottlenecks);
        QTRY_COMPARE_WITH_TIMEOUT(bv->report().total, 1, 20000);
    }

    void bottleneckViewShowsWhereTheChainJams()
    {
        BottleneckView* bv = w->bottleneckView();
        w->showView(ViewId::Bottlenecks);
        bv->refresh();
        const BookPtr b = w->book();
        const BottleneckReport& r = bv->report();
        QCOMPARE(r.total, 1);
        QCOMPARE(b->nodes[r.bottlenecks[0].node].id, std::string("ref-cn-cu"));
        QCOMPARE(r.bottlenecks[0].loans.size(), size_t(11));
        QVERIFY(!bv->findChild<EmptyState*>()->active());
        QCOMPARE(bv->bottleneckTable()->rowCount(), 1);
        QCOMPARE(bv->loanTable()->rowCount(), 11);
        QCOMPARE(bv->current(), 0);
        bv->bottleneckTable()->clearSelection();
        bv->bottleneckTable()->selectRow(0);
        QCOMPARE(w->desk()->selection(), (Selection{Selection::Kind::Node, b->nodeIx("ref-cn-cu")}));
        bv->loanTable()->selectRow(0);
        const int loan = bv->loanTable()->item(0, 0)->data(Qt::UserRole).toInt();
        QCOMPARE(w->desk()->selection(), (Selection{Selection::Kind::Loan, loan}));
        QCOMPARE(b->loans[loan].id, std::string("loan-31")); // the most goods waiting: 16.22m of copper
        // show on graph: velocity colours and the min cut's label
        GraphCanvas* canvas = w->graphView()->canvas();
        QCOMPARE(canvas->linkColouring(), LinkColouring::Type);
        Q_EMIT bv->showOnGraph();
        QCOMPARE(canvas->linkColouring(), LinkColouring::Velocity);
        w->showView(ViewId::Graph);
        canvas->resize(1200, 700);
        QTRY_VERIFY_WITH_TIMEOUT(canvas->layoutReady(), 20000);
        canvas->grab();
        QVERIFY(!canvas->cutLabels().empty());
        QCOMPARE(b->links[canvas->cutLabels().front().first].id, std::string("shp-17"));
        w->graphView()->setLinkColouring(LinkColouring::Type);
        canvas->grab();
        QVERIFY(canvas->cutLabels().empty());
    }

    // Time to survive x health factor after a what-if run: the engine's map (core/survival, by hand
    // in tst_shock) in the chart and the table; a dot's click and a row select the node, the desk's
    // selection rings the dot; the table sorts by number; a new book empties it.
    void survivalViewFollowsTheRun()
    {
        SurvivalView* sv = w->survivalView();
        QVERIFY(sv->map().points.empty());
        QVERIFY(sv->findChild<EmptyState*>()->active());
        QVERIFY(w->whatIfView()->loadScenario(QStringLiteral("perfect-storm")));
        QSignalSpy done(w->whatIfView(), &WhatIfView::finished);
        w->whatIfView()->run();
        QVERIFY(done.wait(20000));
        QVERIFY(done.takeFirst().at(0).toBool());
        const BookPtr b = w->book();
        const SurvivalMap expected = survivalMap(*b, w->whatIfView()->lastRun()->result);
        const SurvivalMap& m = sv->map();
        QCOMPARE(m.points.size(), expected.points.size());
        QCOMPARE(m.counts, expected.counts);
        QCOMPARE(m.points.size(), size_t(24)); // the demo's borrowers
        QCOMPARE(m.counts[static_cast<size_t>(SurvivalQuadrant::FinancialFirst)], 14);
        QCOMPARE(m.recoverDays, 21.0);
        QVERIFY(!sv->findChild<EmptyState*>()->active());
        QCOMPARE(sv->table()->rowCount(), 24);
        QCOMPARE(sv->chart()->plot()->graphCount(), 4); // a graph per quadrant, nothing selected
        // a click on a dot selects its node everywhere
        w->showView(ViewId::Survival);
        sv->resize(1200, 700);
        QApplication::processEvents();
        QCustomPlot* plot = sv->chart()->plot();
        plot->replot();
        const int target = 7;
        const QPointF at = plots::survivalPlace(m, target);
        const QPoint pixel(qRound(plot->xAxis->coordToPixel(at.x())), qRound(plot->yAxis->coordToPixel(at.y())));
        const int hit = plots::survivalPointAt(*sv->chart(), m, pixel);
        QVERIFY(hit >= 0);
        QTest::mouseClick(plot, Qt::LeftButton, {}, pixel);
        QCOMPARE(static_cast<int>(w->desk()->selection().kind), static_cast<int>(Selection::Kind::Node));
        QCOMPARE(w->desk()->selection().index, m.points[hit].node);
        QCOMPARE(plot->graphCount(), 5); // the ring
        const auto rows = sv->table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(sv->table()->item(rows.front().row(), 0)->data(Qt::UserRole).toInt(), m.points[hit].node);
        // a row selects its node
        sv->table()->selectRow(0);
        QCOMPARE(w->desk()->selection().index, sv->table()->item(0, 0)->data(Qt::UserRole).toInt());
        // sorted by time to survive: finite days first, ascending, ∞ last
        sv->table()->sortItems(1, Qt::AscendingOrder);
        double last = -1;
        for (int r = 0; r < sv->table()->rowCount(); ++r) {
            const double v = sv->table()->item(r, 1)->data(Qt::UserRole).toDouble();
            QVERIFY(v >= last);
            last = v;
        }
        QCOMPARE(sv->table()->item(0, 1)->text(), QStringLiteral("20.5 d"));
        // another book: nothing of this run stays
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->openBook(QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(sv->map().points.empty());
        QCOMPARE(sv->table()->rowCount(), 0);
    }

    // The oracle lag timeline after perfect-storm: the engine's timeline (core/oraclelag, by hand in
    // tst_shock) of the asset that moved most, the venues' table, a row selecting its venue.
    // Cross-chain settlement on the demo book: Ethereum's venues see prices 1 round late (768 s of
    // finality over rounds of 600 s), Polygon's none; one bridge joins the chains (25m a day: 173.6k a
    // round). In eth-congestion Ethereum's finality goes to 3,600 s (6 rounds), and tokenized lithium
    // seized on the Ethereum vault (loan-69) is sold on the Polygon AMM: it crosses the bridge and can
    // reach the pool only ceil((3600 + 1800) / 600) = 9 rounds after the seizure.
    // A new book never shows the last book's cross-chain report, not even while its own is made on
    // the worker: from the demo's two chains to a book of one node, whose report has none.
    void crossChainViewNeverShowsTheLastBook()
    {
        CrossChainView* cv = w->crossChainView();
        w->showView(ViewId::CrossChain);
        cv->refresh();
        QCOMPARE(cv->report().chains.size(), size_t(2));
        Book plain;
        Node n;
        n.id = "only";
        plain.nodes.push_back(n);
        plain.resolve();
        QTemporaryDir dir;
        const QString workbook = dir.filePath(QStringLiteral("plain.ballast"));
        QVERIFY(app::saveBook(workbook.toStdString(), plain).empty());
        int changes = 0, stale = 0;
        auto* watch = new QObject(cv);
        connect(w->desk(), &DeskState::bookChanged, watch, [&] { // after the view's own handler
            ++changes;
            stale += !cv->report().chains.empty();
        });
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->openBook(workbook);
        QVERIFY(loaded.wait(20000));
        delete watch;
        QVERIFY(changes > 0);
        QCOMPARE(stale, 0);
        QVERIFY(cv->report().chains.empty());
        QSignalSpy again(w.get(), &MainWindow::bookLoaded);
        w->openBook(QStringLiteral("demo"));
        QVERIFY(again.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(cv->report().chains.size(), size_t(2), 20000);
    }

    void crossChainViewFollowsTheRun()
    {
        CrossChainView* cv = w->crossChainView();
        w->showView(ViewId::CrossChain);
        cv->refresh();
        const BookPtr b = w->book();
        QVERIFY(!cv->report().fromRun);
        QCOMPARE(cv->report().chains.size(), size_t(2));
        QCOMPARE(cv->report().bridges.size(), size_t(1));
        QVERIFY(std::fabs(cv->report().bridges[0].capacityPerRound - 25e6 * 600 / 86400) < 1e-6);
        QCOMPARE(cv->venueTable()->rowCount(), 4); // three on-chain venues and the bank
        QVERIFY(cv->venueTable()->isColumnHidden(4)); // no scenario yet
        QCOMPARE(cv->bridgeTable()->rowCount(), 1);
        QVERIFY(!cv->findChild<EmptyState*>()->active());
        const int aave = b->nodeIx("aave-eth");
        for (const VenueLag& v : cv->report().venues)
            if (v.venue == aave) QCOMPARE(v.lagRounds, 1);

        QVERIFY(w->whatIfView()->loadScenario(QStringLiteral("eth-congestion")));
        QSignalSpy done(w->whatIfView(), &WhatIfView::finished);
        w->whatIfView()->run();
        QVERIFY(done.wait(20000));
        const ShockResult& r = w->whatIfView()->lastRun()->result;
        const CrossChainReport expected = crossChainReport(*b, absorptionMap(*b, Exposure{}, &r), &r);
        const CrossChainReport& got = cv->report();
        QVERIFY(got.fromRun);
        QVERIFY(!cv->venueTable()->isColumnHidden(4));
        for (const VenueLag& v : got.venues)
            if (v.venue == aave) {
                QCOMPARE(v.lagRoundsAfter, 6);
                QCOMPARE(v.finalityAfterSec, 3600.0);
            }
        const BridgeUse& u = got.bridges[0];
        QCOMPARE(u.carried, expected.bridges[0].carried);
        QVERIFY(u.carried > 0);
        QCOMPARE(u.arrivalRounds, 9);
        QVERIFY(!u.crossings.empty());
        QCOMPARE(b->loans[u.crossings.front().loan].id, std::string("loan-69"));
        QCOMPARE(b->pools[u.crossings.front().pool].id, std::string("rwa-wli-usdc"));
        QCOMPARE(cv->crossingTable()->rowCount(), static_cast<int>(u.crossings.size()));
        cv->crossingTable()->selectRow(0);
        QCOMPARE(w->desk()->selection(), (Selection{Selection::Kind::Loan, b->loanIx("loan-69")}));
        for (int row = 0; row < cv->venueTable()->rowCount(); ++row)
            if (cv->venueTable()->item(row, 0)->data(Qt::UserRole).toInt() == aave) cv->venueTable()->selectRow(row);
        QCOMPARE(w->desk()->selection(), (Selection{Selection::Kind::Node, aave}));
        QVERIFY(cv->bridgeChart()->plot()->plottableCount() >= 2); // the bars and the capacity line
        // the graph: a band per chain, the bridge labelled with its latency and capacity
        GraphCanvas* canvas = w->graphView()->canvas();
        w->showView(ViewId::Graph);
        canvas->resize(1600, 900);
        QTRY_VERIFY_WITH_TIMEOUT(canvas->layoutReady(), 20000);
        canvas->fitAll();
        canvas->grab();
        std::set<std::string> banded;
        for (const auto& [chain, box] : canvas->chainBands()) banded.insert(chain);
        QCOMPARE(banded, (std::set<std::string>{"ethereum", "polygon"}));
        QVERIFY(canvas->frameChains());
        canvas->grab();
        QCOMPARE(canvas->bridgeLabels().size(), size_t(1));
        for (const auto& [node, label] : canvas->labelBoxes()) QVERIFY(!label.intersects(canvas->bridgeLabels().front().second));
        canvas->fitAll();
    }

    void oracleLagViewFollowsTheRun()
    {
        OracleLagView* ov = w->oracleLagView();
        QVERIFY(ov->findChild<EmptyState*>()->active());
        QVERIFY(w->whatIfView()->loadScenario(QStringLiteral("perfect-storm")));
        QSignalSpy done(w->whatIfView(), &WhatIfView::finished);
        w->whatIfView()->run();
        QVERIFY(done.wait(20000));
        const BookPtr b = w->book();
        const ShockResult& r = w->whatIfView()->lastRun()->result;
        const std::vector<int> assets = oracleLagAssets(*b, r);
        QVERIFY(!assets.empty());
        QCOMPARE(ov->assets()->count(), static_cast<int>(assets.size()));
        QCOMPARE(ov->timeline().asset, assets.front());
        const OracleLagTimeline expected = oracleLagTimeline(*b, r, assets.front());
        QCOMPARE(ov->timeline().market, expected.market);
        QCOMPARE(ov->table()->rowCount(), static_cast<int>(expected.venues.size()));
        QVERIFY(!ov->findChild<EmptyState*>()->active());
        // the demo's Aave sits on a chain of 3 rounds' finality: it saw the crash late
        const int aave = b->nodeIx("aave-eth");
        QCOMPARE(r.oracleLagRounds[aave], 3);
        int lateRows = 0;
        for (int row = 0; row < ov->table()->rowCount(); ++row) lateRows += ov->table()->item(row, 3)->data(Qt::DisplayRole).toInt() > 0;
        QVERIFY(lateRows >= 1);
        QVERIFY(ov->chart()->plot()->graphCount() >= 3); // market, oracle, a late venue
        // another asset, then a row selects its venue
        ov->showAsset(assets.back());
        QCOMPARE(ov->timeline().asset, assets.back());
        ov->table()->selectRow(0);
        QCOMPARE(w->desk()->selection().index, ov->table()->item(0, 0)->data(Qt::UserRole).toInt());
    }

    void whatIfOnAWorkerWithAttribution()
    {
        WhatIfView* wi = w->whatIfView();
        QVERIFY(wi->loadScenario(QStringLiteral("eth-crash-43")));
        QSignalSpy done(wi, &WhatIfView::finished), progress(wi, &WhatIfView::progressChanged);
        wi->run();
        QVERIFY(done.isEmpty()); // the result arrives through the event loop: run() did not wait for it
        QVERIFY(done.wait(20000));
        QVERIFY(done.takeFirst().at(0).toBool());
        const WhatIfRun* run = wi->lastRun();
        QVERIFY(run);
        const ShockResult& r = run->result;
        QVERIFY(r.liquidations > 0);
        QVERIFY(run->compared); // with and without breakers
        double channels = 0;
        for (const auto& n : r.nodes)
            for (double c : n.channels) channels += c;
        QVERIFY(std::fabs(channels - r.losses.total()) <= 1e-6 * std::max(1.0, std::fabs(r.losses.total())));
        QVERIFY(progress.count() >= 1);
        // a row of the losses-by-node table selects its node on the desk (after every run, once)
        auto* nodes = wi->findChild<QTableWidget*>(QStringLiteral("whatIfNodes"));
        QVERIFY(nodes && nodes->rowCount() > 0);
        const int node = nodes->item(0, 0)->data(Qt::UserRole + 5).toInt();
        QSignalSpy selected(w->desk(), &DeskState::selectionChanged);
        Q_EMIT nodes->cellClicked(0, 0);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(w->desk()->selection().index, node);
    }

    void stressCancels()
    {
        StressView* sv = w->stressView();
        QSignalSpy done(sv, &StressView::finished);
        sv->setScenarios(1000000);
        sv->run();
        QVERIFY(sv->running());
        QTest::qWait(50);
        sv->cancel();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.takeFirst().at(0).toBool(), false);
        QVERIFY(!sv->result());
    }

    // Run on a launcher: the view hands the run to ballast-mpi on 2 ranks through mpirun and shows
    // the same figures as a local run of the same seed (the ranks split the scenarios, the result is
    // identical: docs/SCALE.md); Cancel ends a long one with no result.
    void stressRunsOnALauncher()
    {
#ifndef BALLAST_MPIEXEC
        QSKIP("built without MPI");
#else
        qputenv("BALLAST_MPI", BALLAST_MPI_EXE);
        qputenv("OMPI_ALLOW_RUN_AS_ROOT", "1");
        qputenv("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        StressView* sv = w->stressView();
        sv->setLauncher(QStringLiteral(BALLAST_MPIEXEC " --oversubscribe -np 2"));
        sv->setScenarios(600);
        QSignalSpy done(sv, &StressView::finished);
        sv->run();
        // the book is written on a worker in a few milliseconds; until the view has taken that (on the
        // next event loop turn) and the launcher has ended, the run is still running (it once read as
        // over when the worker was quicker than this check)
        QThread::msleep(300);
        QVERIFY(sv->running());
        QVERIFY(done.wait(120000));
        QVERIFY(done.takeFirst().at(0).toBool());
        QVERIFY(sv->result());
        StressOptions o;
        o.scenarios = 600;
        o.seed = 1;
        o.horizonDays = w->book()->settings.horizonDays;
        const StressResult local = runMonteCarlo(*w->book(), o);
        QCOMPARE(sv->result()->var, local.var);
        QCOMPARE(sv->result()->es, local.es);
        QCOMPARE(sv->result()->histogram, local.histogram);
        QCOMPARE(sv->result()->defaultCounts, local.defaultCounts);
        // a long run, cancelled: the launcher ends, nothing is shown as a result
        sv->setScenarios(1000000);
        sv->run();
        QTest::qWait(1500);
        sv->cancel();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.takeFirst().at(0).toBool(), false);
        QVERIFY(!sv->running());
        sv->setLauncher(QString());
        qunsetenv("BALLAST_MPI");
#endif
    }

    void feedOverLoopbackWebSocket()
    {
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QWebSocket*> clients;
        connect(&server, &QWebSocketServer::newConnection, this, [&] { clients << server.nextPendingConnection(); });
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()));
        FeedController* feed = w->feed();
        QSignalSpy exposure(w->desk(), &DeskState::exposureChanged);
        feed->start(new WebSocketFeed(url));
        QTRY_VERIFY_WITH_TIMEOUT(!clients.isEmpty(), 10000);
        const int weth = w->book()->assetIx("WETH");
        QVERIFY(weth >= 0);
        QWebSocket* c = clients.front();
        c->sendTextMessage(QStringLiteral("{\"type\":\"tick\",\"asset\":\"WETH\",\"price\":1234.5,\"seq\":10}"));
        c->sendTextMessage(QStringLiteral("{not json"));
        c->sendTextMessage(QStringLiteral("{\"type\":\"tick\",\"asset\":\"WETH\",\"price\":9999,\"seq\":9}")); // out of order
        c->sendTextMessage(QStringLiteral("{\"type\":\"tick\",\"asset\":\"NOPE\",\"price\":1,\"seq\":11}"));  // unknown asset
        c->sendTextMessage(QStringLiteral("{\"type\":\"heartbeat\"}"));
        QTRY_COMPARE_WITH_TIMEOUT(feed->stats().received, 3LL, 10000);
        QCOMPARE(feed->stats().accepted, 1LL);
        QCOMPARE(feed->stats().malformed, 1LL);
        QCOMPARE(feed->stats().rejected, 2LL);
        QTRY_VERIFY_WITH_TIMEOUT(std::fabs(w->engine()->marketPrice(weth) - 1234.5) < 1e-9, 10000);
        QVERIFY(exposure.count() >= 1);
        // the server drops the connection: the client reconnects by itself
        c->close();
        QTRY_VERIFY_WITH_TIMEOUT(clients.size() >= 2, 15000);
        clients.back()->sendTextMessage(QStringLiteral("{\"type\":\"tick\",\"asset\":\"WETH\",\"price\":1300,\"seq\":12}"));
        QTRY_VERIFY_WITH_TIMEOUT(std::fabs(w->engine()->marketPrice(weth) - 1300) < 1e-9, 10000);
        feed->stop();
    }

    // `ballast --feed ws://… --format coinbase`: the desk starts live with no click; the Coinbase
    // ticker (named through the book's symbol map) reaches the engine; the summary names the source.
    void deskStartsLiveFromTheCommandLine()
    {
        QTemporaryDir dir;
        Book b = std::move(*app::loadBook("demo"));
        b.settings.feedSymbols = {{"ETH-USD", "WETH"}};
        const QString book = dir.filePath(QStringLiteral("symbols.json"));
        QVERIFY(app::saveBook(book.toStdString(), b).empty());
        QWebSocketServer server(QStringLiteral("coinbase"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QWebSocket*> clients;
        QStringList subscriptions;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket* c = server.nextPendingConnection();
            connect(c, &QWebSocket::textMessageReceived, this, [&](const QString& m) { subscriptions << m; });
            clients << c;
        });
        QTimer ticker; // a ticker every 50 ms, as the exchange sends them
        int seq = 0;
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++seq;
            for (QWebSocket* c : clients)
                c->sendTextMessage(QStringLiteral(R"({"type":"ticker","sequence":%1,"product_id":"ETH-USD","price":"%2"})").arg(seq).arg(1800 + seq % 7));
        });
        ticker.start(50);
        QProcess desk;
        desk.setProcessChannelMode(QProcess::SeparateChannels);
        QSignalSpy ended(&desk, &QProcess::finished);
        const QString png = dir.filePath(QStringLiteral("live.png"));
        desk.start(QStringLiteral(BALLAST_DESK), {QStringLiteral("--book"), book, QStringLiteral("--feed"),
                                                   QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("--format"),
                                                   QStringLiteral("coinbase"), QStringLiteral("--screenshot"), png});
        QVERIFY(ended.wait(90000));
        const QString out = QString::fromUtf8(desk.readAllStandardOutput());
        QCOMPARE(desk.exitCode(), 0);
        QVERIFY(!subscriptions.isEmpty());
        QVERIFY2(subscriptions.front().contains(QStringLiteral("\"product_ids\":[\"ETH-USD\"]")), qPrintable(subscriptions.front()));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("live: WebSocket ws://127.0.0.1:\\d+, (\\d+) ticks accepted")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY(m.captured(1).toInt() > 0);
        QVERIFY(QFileInfo(png).size() > 0);
        // a source that is not one: a clear error, status 2, no picture
        QProcess bad;
        bad.start(QStringLiteral(BALLAST_DESK), {QStringLiteral("--feed"), QStringLiteral("no-such.csv"), QStringLiteral("--screenshot"),
                                                  dir.filePath(QStringLiteral("bad.png"))});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("no-such.csv: no such file"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bad.png"))));
    }

    // A feed that floods: 60,000 messages as fast as the loopback socket carries them, one in ten
    // malformed. The desk stays responsive, the worker's queue stays at one batch of at most one
    // tick per asset, the log is not flooded, and the last price of each asset is the one applied.
    void feedFloodKeepsTheDeskResponsive()
    {
        QWebSocketServer server(QStringLiteral("flood"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QWebSocket*> clients;
        connect(&server, &QWebSocketServer::newConnection, this, [&] { clients << server.nextPendingConnection(); });
        FeedController* feed = w->feed();
        QSignalSpy log(feed, &FeedController::event);
        feed->start(new WebSocketFeed(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()))));
        QTRY_VERIFY_WITH_TIMEOUT(!clients.isEmpty(), 10000);
        const char* assets[] = {"WETH", "WBTC", "CU"};
        for (const char* a : assets) QVERIFY2(w->book()->assetIx(a) >= 0, a);
        const double base[] = {1816, 34814, 9400};

        QElapsedTimer clock;
        clock.start();
        StallProbe probe;
        const int n = 60000;
        int malformed = 0, valid = 0;
        double lastPrice[3] = {0, 0, 0};
        QWebSocket* c = clients.front();
        for (int i = 1; i <= n; ++i) {
            if (i % 10 == 0) {
                c->sendTextMessage(QStringLiteral("{\"type\":\"tick\",\"asset\":"));
                ++malformed;
                continue;
            }
            const int k = i % 3;
            lastPrice[k] = base[k] * (1 + 0.0001 * (i % 97));
            c->sendTextMessage(QStringLiteral("{\"type\":\"tick\",\"asset\":\"%1\",\"price\":%2,\"seq\":%3}")
                                   .arg(QLatin1String(assets[k]))
                                   .arg(lastPrice[k], 0, 'g', 17)
                                   .arg(i));
            ++valid;
        }
        probe.start(); // measured from here: sending is the test's own work
        QTRY_VERIFY_WITH_TIMEOUT(feed->stats().received + feed->stats().malformed == n, 120000);
        for (int k = 0; k < 3; ++k) {
            const int a = w->book()->assetIx(assets[k]);
            QTRY_VERIFY_WITH_TIMEOUT(std::fabs(w->engine()->marketPrice(a) - lastPrice[k]) <= 1e-9 * lastPrice[k], 20000);
        }
        probe.stop();
        const qint64 worst = probe.worstMs();
        const auto st = feed->stats();
        feed->stop();
        qInfo("flood: %d messages in %lld ms, %lld batches (largest %d), %lld superseded, %lld snapshots, longest stall %lld ms",
              n, clock.elapsed(), st.batches, st.largestBatch, st.superseded, st.snapshots, worst);
        QCOMPARE(st.malformed, static_cast<long long>(malformed));
        QCOMPARE(st.received, static_cast<long long>(valid));
        QCOMPARE(st.accepted, static_cast<long long>(valid));
        QVERIFY(st.largestBatch <= 3);
        QVERIFY2(log.count() <= 40, qPrintable(QString::number(log.count()))); // 20 malformed lines + starts/stops + every 1000th
        QVERIFY2(worst < 500, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worst)));
    }

    void simulatedFeedKeepsTheEventLoopResponsive()
    {
        QSignalSpy exposure(w->desk(), &DeskState::exposureChanged);
        w->feed()->start(new SimulatedFeed(w->book(), 20.0, 7));
        StallProbe probe;
        probe.start();
        QTest::qWait(1500);
        w->feed()->stop();
        const qint64 worst = probe.worstMs();
        QVERIFY(exposure.count() >= 5); // snapshots arrived (coalesced: at most 20 a second)
        QVERIFY2(exposure.count() <= 35, qPrintable(QString::number(exposure.count())));
        QVERIFY(w->feed()->stats().accepted > 20);
        QVERIFY2(worst < 250, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worst)));
    }

    void alertsRaiseAndAcknowledge()
    {
        AlertsModel* m = w->alertsView()->model();
        QVERIFY(m->rowCount() > 0); // the demo has loans below HF 1.10
        QVERIFY(m->unacknowledged() > 0);
        m->acknowledgeAll();
        QCOMPARE(m->unacknowledged(), 0);
        // a price fall raises new, critical alerts on the next evaluation
        auto engine = std::make_shared<ExposureEngine>(*w->engine());
        engine->setPrice(w->book()->assetIx("WETH"), w->engine()->marketPrice(w->book()->assetIx("WETH")) * 0.5);
        engine->refreshAlerts(); // as the live worker does before it publishes
        w->desk()->setExposure(engine);
        QVERIFY(m->unacknowledged() > 0);
    }

    // A book opened with many weak loans is one block of rows and one log line; a crash later is at
    // most ten lines and a count, not one per loan.
    // An alert's text follows its condition's value (made when shown): a weaker health factor is
    // the same row with a new text and no announcement; a liquidatable one is raised again as
    // critical; a condition that goes away clears its row, and one that comes back raises it again.
    void alertTextFollowsTheValue()
    {
        AlertsModel m;
        QSignalSpy raised(&m, &AlertsModel::raised), changed(&m, &QAbstractItemModel::dataChanged);
        const Book& b = *w->book();
        QVERIFY(!b.loans.empty());
        using K = AlertCondition::Kind;
        auto text = [&](int row) { return m.data(m.index(row, AlertsModel::MessageCol), Qt::DisplayRole).toString(); };
        auto state = [&](int row) { return m.data(m.index(row, AlertsModel::StateCol), Qt::DisplayRole).toString(); };
        QCOMPARE(m.evaluate(b, {{K::Health, 0, 1.05, false}, {K::Utilisation, 0, 0.95, false}}), 2);
        QCOMPARE(raised.count(), 2);
        QVERIFY2(text(0).startsWith(QStringLiteral("HF ") + formatHealth(1.05)), qPrintable(text(0)));
        QCOMPARE(m.evaluate(b, {{K::Health, 0, 1.02, false}, {K::Utilisation, 0, 0.95, false}}), 0);
        QCOMPARE(raised.count(), 2); // weaker, not raised again
        QVERIFY(changed.count() > 0);
        QVERIFY2(text(0).startsWith(QStringLiteral("HF ") + formatHealth(1.02)), qPrintable(text(0)));
        changed.clear();
        QCOMPARE(m.evaluate(b, {{K::Health, 0, 1.02, false}, {K::Utilisation, 0, 0.95, false}}), 0);
        QCOMPARE(changed.count(), 0); // nothing moved: no repaint
        QCOMPARE(m.evaluate(b, {{K::Health, 0, 0.97, true}, {K::Utilisation, 0, 0.95, false}}), 0);
        QCOMPARE(raised.count(), 3); // liquidatable: raised again
        QCOMPARE(m.alert(0).severity, AlertsModel::Severity::Critical);
        QVERIFY2(text(0).contains(formatHealth(0.97)), qPrintable(text(0)));
        m.acknowledge(0);
        QCOMPARE(m.evaluate(b, {{K::Utilisation, 0, 0.95, false}}), 0); // the loan's condition cleared
        QCOMPARE(state(0), tr("cleared"));
        QCOMPARE(state(1), tr("NEW"));
        QCOMPARE(m.evaluate(b, {{K::Health, 0, 0.97, true}, {K::Utilisation, 0, 0.95, false}}), 0);
        QCOMPARE(raised.count(), 4); // back: raised again, unread
        QCOMPARE(state(0), tr("NEW"));
        QCOMPARE(m.rowCount(), 2);
    }

    void alertsArriveInOneBlockAndFewLines()
    {
        AlertsModel m;
        QSignalSpy raised(&m, &AlertsModel::raised), inserted(&m, &QAbstractItemModel::rowsInserted);
        const int opened = m.evaluate(*w->book(), alertConditions(*w->book(), w->engine()->result()), AlertsModel::Announce::Summary);
        QVERIFY(opened > 0);
        QCOMPARE(m.rowCount(), opened);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(raised.count(), 1);
        QVERIFY(raised.takeFirst().at(0).toString().startsWith(QString::number(opened)));
        inserted.clear();
        QCOMPARE(m.evaluate(*w->book(), alertConditions(*w->book(), w->engine()->result())), 0); // nothing new, nothing said
        QCOMPARE(raised.count(), 0);
        QCOMPARE(inserted.count(), 0);

        ExposureEngine crashed(*w->engine());
        for (const char* asset : {"WETH", "WBTC", "SOL", "LINK"})
            if (const int a = w->book()->assetIx(asset); a >= 0) crashed.setPrice(a, crashed.marketPrice(a) * 0.4);
        const int fresh = m.evaluate(*w->book(), alertConditions(*w->book(), crashed.result()));
        QVERIFY2(fresh > 10, qPrintable(QString::number(fresh)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(raised.count(), 11);
        QVERIFY(raised.last().at(0).toString().startsWith(QStringLiteral("… and ")));
    }

    // On a book whose snapshots are cheap (the demo), every snapshot the live worker publishes
    // carries link flows and the max-flow at its prices: a tick of a shipped good is refreshed in.
    // The worker publishes again once the views have taken the last one (the controller says so:
    // Handoff::delivered), and copies over the memory of a snapshot the views have let go of: the
    // copy the same, to the byte of its JSON, as an engine given the same ticks.
    void liveSnapshotsCarryFreshFlows()
    {
        LiveEngine live(std::make_shared<ExposureEngine>(*w->engine()));
        ExposureEngine same(*w->engine());
        EngineSnapshot got;
        int published = 0;
        live.onSnapshot = [&](EngineSnapshot e, double, int) { got = std::move(e), ++published; };
        const int cu = w->book()->assetIx("CU");
        QVERIFY(cu >= 0);
        FeedTick tick;
        tick.asset = "CU";
        tick.price = w->engine()->marketPrice(cu) * 0.8;
        const ExposureEngine* first = nullptr;
        for (int k = 0; k < 4; ++k) { // a few snapshots in a row: none is held back on this book
            live.applyTicks({{cu, tick}});
            same.setPrice(cu, tick.price);
            const ExposureEngine* before = got.get();
            live.publishIfDirty();
            QVERIFY(got);
            QCOMPARE(published, k + 1);
            QVERIFY(!got->networkStale());
            if (k == 0) {
                first = got.get();
                live.applyTicks({{cu, tick}});
                same.setPrice(cu, tick.price);
                live.publishIfDirty(); // not delivered yet: held back
                QCOMPARE(got.get(), first);
                QCOMPARE(published, 1);
            }
            if (k == 2) QCOMPARE(got.get(), first); // the first one's memory, let go of at k = 1
            if (k > 0) QVERIFY(got.get() != before);
            same.refreshNetwork();
            QVERIFY(exposureJson(*got).dump() == exposureJson(same).dump());
            live.handoff()->delivered();
            tick.price *= 0.99;
        }
        ExposureEngine full(w->engine()->bookPtr());
        QVERIFY(full.compute());
        full.setPrice(cu, tick.price / 0.99);
        full.refreshNetwork();
        QCOMPARE(got->result().totals.maxFlowPerDay, full.result().totals.maxFlowPerDay);
    }

    void undoRedoEdits()
    {
        const size_t before = w->book()->scenarios.size();
        auto edited = std::make_shared<Book>(*w->book());
        Scenario s;
        s.id = "test-added";
        s.name = "Added in a test";
        Shock k;
        k.type = ShockType::Price;
        k.asset = "WETH";
        k.relative = -0.1;
        s.shocks.push_back(k);
        edited->scenarios.push_back(s);
        edited->resolve();
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->applyEdit(QStringLiteral("add a scenario"), edited);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w->book()->scenarios.size(), before + 1);
        QVERIFY(w->isDirty());
        w->undoStack()->undo();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w->book()->scenarios.size(), before);
        QVERIFY(!w->isDirty());
        w->undoStack()->redo();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w->book()->scenarios.size(), before + 1);
    }

    void presentationMode()
    {
        w->setPresentationMode(true);
        QVERIFY(w->presentationMode());
        QVERIFY(!w->menuBar()->isVisible());
        QVERIFY(w->kpis()->isVisible());
        w->setPresentationMode(false);
        QVERIFY(w->menuBar()->isVisible());
    }

    void positionsCsvExport()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("positions.csv"));
        QVERIFY(w->exportPositionsCsv(f).empty());
        QFile file(f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 331); // header + 330 positions
        QVERIFY(lines.front().startsWith(QStringLiteral("Position,")));
    }

    void heatmapCells()
    {
        HeatmapView* h = w->heatmapView();
        QVERIFY(h->venueCount() > 3);
        QVERIFY(h->assetCount() > 10);
        int finite = 0;
        for (int r = 0; r < h->venueCount(); ++r)
            for (int c = 0; c < h->assetCount(); ++c) finite += std::isfinite(h->cell(r, c));
        QVERIFY(finite > 0);
        h->setMetric(HeatmapView::Slippage);
        for (int r = 0; r < h->venueCount(); ++r)
            for (int c = 0; c < h->assetCount(); ++c) {
                const double v = h->cell(r, c);
                QVERIFY(std::isnan(v) || (v >= 0 && v <= 100));
            }
    }

    void reportAndChartExports()
    {
        QTemporaryDir dir;
        QSignalSpy done(w->whatIfView(), &WhatIfView::finished);
        w->whatIfView()->run();
        QVERIFY(done.wait(20000));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(w->exportReport(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(5);
        QCOMPARE(head, QByteArray("%PDF-"));
        QVERIFY2(f.size() > 20000, qPrintable(QString::number(f.size()))); // text and the charts' images
        for (plots::Chart* chart : w->whatIfView()->charts()) {
            const QCustomPlot* c = chart->plot();
            const QString png = dir.filePath(QStringLiteral("chart.png"));
            QVERIFY(chart->exportTo(png));
            QImage img(png);
            QVERIFY(!img.isNull());
            QVERIFY(colourCount(img) > 8);
            QCOMPARE(c->contextMenuPolicy(), Qt::CustomContextMenu); // every chart offers PNG/PDF
        }
    }

    void lenderReportPages_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << static_cast<int>(QPageSize::A4);
        QTest::newRow("Letter") << static_cast<int>(QPageSize::Letter);
    }
    void lenderReportPages()
    {
        // the report of two scenarios, read back with poppler: pages, every word on its page inside
        // the margins, and the charts there as images that are not blank
        QFETCH(int, paper);
        QProcess probe;
        probe.start(QStringLiteral("pdftotext"), {QStringLiteral("-v")});
        if (!probe.waitForFinished(5000)) QSKIP("poppler-utils is not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QFutureWatcher<JobResult<ReportInput>> prepared;
        QSignalSpy ready(&prepared, &QFutureWatcherBase::finished);
        prepared.setFuture(prepareReportAsync(w->engine(), {QStringLiteral("perfect-storm"), QStringLiteral("eth-crash-43")}, nullptr,
                                              QPageSize(static_cast<QPageSize::PageSizeId>(paper))));
        QVERIFY(ready.wait(30000));
        QVERIFY2(prepared.result(), prepared.result().error.c_str());
        QCOMPARE(prepared.result().value->scenarios.size(), size_t(2));
        QVERIFY(prepared.result().value->scenarios[0].withoutBreakers.has_value());
        if (!w->graphView()->canvas()->layoutReady()) {
            QSignalSpy laid(w->graphView()->canvas(), &GraphCanvas::layoutFinished);
            QVERIFY(laid.wait(20000));
        }
        ReportInput input = *prepared.result().value;
        input.network = [this](const ShockResult* r) { return w->networkPicture(r); };
        const Result<int> pages = writeLenderReport(pdf, input);
        QVERIFY(pages.ok());
        QVERIFY2(*pages >= 6 && *pages <= 14, qPrintable(QString::number(*pages))); // two scenarios, each with its cascade, forced selling and chains
        // the words and their boxes (points); the page size of the paper
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString xml = QString::fromUtf8(text.readAllStandardOutput());
        static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
        static const QRegularExpression wordRe(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
        const auto pm = pageRe.match(xml);
        QVERIFY(pm.hasMatch());
        const double pageW = pm.captured(1).toDouble(), pageH = pm.captured(2).toDouble();
        const QSizeF expected = QPageSize(static_cast<QPageSize::PageSizeId>(paper)).size(QPageSize::Point);
        QVERIFY(qAbs(pageW - expected.width()) < 1 && qAbs(pageH - expected.height()) < 1);
        QCOMPARE(static_cast<int>(xml.count(QStringLiteral("<page "))), *pages);
        int words = 0;
        const double margin = 16 / 25.4 * 72 - 1; // the report's 16 mm side margins, less a point
        for (auto it = wordRe.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            ++words;
            const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble(), x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
            QVERIFY2(x0 >= margin && x1 <= pageW - margin && y0 >= 0 && y1 <= pageH,
                     qPrintable(QStringLiteral("'%1' at %2,%3-%4,%5 leaves the text area").arg(m.captured(5)).arg(x0).arg(y0).arg(x1).arg(y1)));
        }
        QVERIFY2(words > 1000, qPrintable(QString::number(words)));
        for (const char* must : {">Key<", ">Collateral<", ">liquidation<", ">cascade,<", ">Appendix:<", ">Eisenberg<"})
            QVERIFY2(xml.contains(QString::fromUtf8(must)), must);
        // the smallest type: pdftotext gives word heights; 7 pt and more (the box is about 1.2x the size)
        double smallest = 1e9;
        for (auto it = wordRe.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            smallest = std::min(smallest, m.captured(4).toDouble() - m.captured(2).toDouble());
        }
        QVERIFY2(smallest >= 7.0, qPrintable(QString::number(smallest)));
        // the charts are vectors: their words are the PDF's own text — the counterparty chart's
        // title, and per scenario the cascade's legend and the waterfall's channels — and the page
        // around each, rendered, is not blank
        const QStringList pageTexts = xml.split(QStringLiteral("<page "));
        struct Mark
        {
            const char* word;
            int count;
        };
        for (const Mark& mark : {Mark{"counterparty", 1}, Mark{"(this", 2}, Mark{"Liq.", 2}}) {
            int found = 0;
            for (int page = 1; page < pageTexts.size(); ++page) {
                for (auto it = wordRe.globalMatch(pageTexts[page]); it.hasNext();) {
                    const auto m = it.next();
                    // a rotated tick label may come back without its full stop
                    if (m.captured(5) != QString::fromUtf8(mark.word) && m.captured(5) + QLatin1Char('.') != QString::fromUtf8(mark.word))
                        continue;
                    ++found;
                    QProcess render;
                    const QString png = dir.filePath(QStringLiteral("page-%1").arg(page));
                    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                                              QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, png});
                    QVERIFY(render.waitForFinished(30000));
                    const QImage img(png + QStringLiteral(".png"));
                    QVERIFY(!img.isNull());
                    const double k = img.height() / pageH, y = m.captured(2).toDouble() * k;
                    QSet<QRgb> colours; // the chart's band: 80 points either side of the word
                    for (int py = std::max(0, int(y - 80 * k)); py < std::min(img.height(), int(y + 80 * k)); ++py)
                        for (int px = 0; px < img.width(); ++px) colours.insert(img.pixel(px, py));
                    QVERIFY2(colours.size() > 20, mark.word);
                }
            }
            QVERIFY2(found >= mark.count, qPrintable(QStringLiteral("%1: %2").arg(QString::fromUtf8(mark.word)).arg(found)));
        }
        // the pictures: the network before and after each scenario, images with content (the
        // charts' place holders in the text flow are one blank pixel each)
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("img"))});
        QVERIFY(images.waitForFinished(30000));
        int pictures = 0;
        for (const QString& f : QDir(dir.path()).entryList({QStringLiteral("img-*.png")})) {
            const QImage img(dir.filePath(f));
            if (img.width() <= 1) continue;
            ++pictures;
            QVERIFY(img.width() > 1000);
            QSet<QRgb> colours;
            for (int y = 0; y < img.height(); y += 7)
                for (int x = 0; x < img.width(); x += 7) colours.insert(img.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(f)); // nodes, links, labels: not one colour
        }
        QCOMPARE(pictures, 3);
    }

    void storyStepsByKeyboard()
    {
        StoryView* story = w->present(QStringLiteral("perfect-storm"));
        if (!story->ready()) {
            QSignalSpy ready(story, &StoryView::readyChanged);
            QVERIFY(ready.wait(20000));
        }
        QVERIFY(story->ready());
        story->resize(1280, 720);
        QCOMPARE(story->step(), 0);
        QSet<QString> titles;
        for (int i = 0; i < StoryView::kSteps; ++i) {
            QCOMPARE(story->step(), i);
            story->finishAnimation();
            const QLabel* title = story->findChild<QLabel*>(QStringLiteral("storyTitle"));
            QVERIFY(title && !title->text().isEmpty());
            titles.insert(title->text());
            const QImage img = story->grab().toImage();
            QVERIFY(img.width() == 1280 && img.height() == 720);
            QTest::keyClick(story, i % 2 ? Qt::Key_Space : Qt::Key_Right);
        }
        QCOMPARE(story->step(), StoryView::kSteps - 1); // the last step stays the last
        QCOMPARE(titles.size(), StoryView::kSteps);      // one idea per step
        QTest::keyClick(story, Qt::Key_Left);
        QCOMPARE(story->step(), StoryView::kSteps - 2);
        QTest::keyClick(story, Qt::Key_Home);
        QCOMPARE(story->step(), 0);
        QSignalSpy closed(story, &StoryView::closed);
        QTest::keyClick(story, Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        // a scenario the book lacks says so instead of a story
        StoryView* wrong = w->present(QStringLiteral("no-such-scenario"));
        QSignalSpy again(wrong, &StoryView::readyChanged);
        QVERIFY(again.wait(20000));
        QVERIFY(!wrong->ready());
        QVERIFY(wrong->findChild<QLabel*>(QStringLiteral("storyNote"))->text().contains(QStringLiteral("no-such-scenario")));
    }

    void tablesToExcel()
    {
        // the desk writes the CLI's sheets on a worker: exposure always, the last what-if when one ran
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.xlsx")), after = dir.filePath(QStringLiteral("after.xlsx"));
        QSignalSpy written(w.get(), &MainWindow::tablesExported);
        w->exportTables(before);
        QVERIFY(written.wait(20000));
        QVERIFY(written.takeFirst().at(0).toBool());
        QSignalSpy done(w->whatIfView(), &WhatIfView::finished);
        w->whatIfView()->run();
        QVERIFY(done.wait(20000));
        w->exportTables(after);
        QVERIFY(written.wait(20000));
        QVERIFY(written.takeFirst().at(0).toBool());
        auto sheets = [](const QString& f) {
            QProcess p;
            p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), f, QStringLiteral("xl/workbook.xml")});
            p.waitForFinished(20000);
            return QString::fromUtf8(p.readAllStandardOutput()).count(QStringLiteral("<sheet "));
        };
        QCOMPARE(sheets(before), 10); // Exposure, Positions, Loans, Assets, Venues, Counterparties, Greeks, Derivatives, Pools, Flows
        QCOMPARE(sheets(after), 16);  // and Scenario, Rounds, Scenario loans, nodes, prices, Hedges
    }

    void autosaveHoldsTheEditsForRecovery()
    {
        auto edited = std::make_shared<Book>(*w->book());
        Scenario s;
        s.id = "autosaved";
        s.name = "Only in the autosave";
        edited->scenarios.push_back(s);
        edited->resolve();
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->applyEdit(QStringLiteral("edit"), edited);
        QVERIFY(loaded.wait(20000));
        QVERIFY(w->isDirty());
        const QString file = w->autosaveNow();
        QVERIFY(QFileInfo::exists(file));
        // what recovery opens: the autosave, with the unsaved edit in it
        const auto recovered = app::loadBook(file.toStdString());
        QVERIFY(recovered.ok());
        QVERIFY(recovered->scenarioIx("autosaved") >= 0);
        QFile::remove(file);
        QFile::remove(file + QStringLiteral(".origin"));
    }

    // A session edits a workbook and dies; the next start recovers the autosave. The book comes
    // back unsaved, named after its workbook, and Save writes the edit there and drops the autosave.
    void recoveredAutosaveSavesToItsWorkbook()
    {
        QTemporaryDir dir;
        const QString workbook = dir.filePath(QStringLiteral("book.ballast"));
        QVERIFY(app::saveBook(workbook.toStdString(), *w->book()).empty());
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->openBook(workbook);
        QVERIFY(loaded.wait(20000));
        auto edited = std::make_shared<Book>(*w->book());
        Scenario s;
        s.id = "recovered";
        edited->scenarios.push_back(s);
        edited->resolve();
        w->applyEdit(QStringLiteral("edit"), edited);
        QVERIFY(loaded.wait(20000));
        const QString autosave = w->autosaveNow();
        w.reset(); // the crash: nothing saved

        MainWindow next(io(), false);
        QSignalSpy nextLoaded(&next, &MainWindow::bookLoaded);
        next.recoverAutosave(autosave);
        QVERIFY(nextLoaded.wait(20000));
        QVERIFY(nextLoaded.takeFirst().at(0).toBool());
        QVERIFY(next.book()->scenarioIx("recovered") >= 0);
        QCOMPARE(next.currentPath(), workbook);
        QVERIFY(next.isDirty());
        QVERIFY(next.isWindowModified());
        QVERIFY(QFileInfo::exists(autosave)); // until the edit is saved somewhere
        QVERIFY(app::loadBook(workbook.toStdString())->scenarioIx("recovered") < 0);

        QSignalSpy saved(&next, &MainWindow::saved);
        QAction* save = nullptr;
        for (QAction* a : next.findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(QKeySequence::Save)) save = a;
        QVERIFY(save);
        save->trigger();
        QVERIFY(saved.wait(20000));
        QVERIFY(saved.takeFirst().at(0).toBool());
        QVERIFY(!next.isDirty());
        QVERIFY(!next.isWindowModified());
        QVERIFY(!QFileInfo::exists(autosave));
        QVERIFY(!QFileInfo::exists(autosave + QStringLiteral(".origin")));
        QVERIFY(app::loadBook(workbook.toStdString())->scenarioIx("recovered") >= 0);
    }

    void editQuantityUndoably()
    {
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(w->positionsView()->model());
        const QModelIndex cell = proxy->index(0, PositionsModel::Quantity);
        const int row = proxy->mapToSource(cell).row();
        const double before = w->book()->positions[row].quantity;
        QVERIFY(proxy->flags(cell) & Qt::ItemIsEditable);
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        QVERIFY(!proxy->setData(cell, QStringLiteral("-5"))); // refused, nothing changes
        QVERIFY(!loaded.wait(300));
        proxy->setData(cell, before * 2);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w->book()->positions[row].quantity, before * 2);
        QVERIFY(std::fabs(w->engine()->result().positions[row].marketValue - 2 * w->engine()->result().positions[row].price * before) < 1e-6 * before * w->engine()->result().positions[row].price + 1e-9);
        w->undoStack()->undo();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w->book()->positions[row].quantity, before);
    }
};

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true); // autosaves go to the test location, not the user's
    QApplication app(argc, argv);
    QSettings().remove(QStringLiteral("stress")); // a launcher left by an earlier, failed run would take the stress runs
    applyTheme(app, Theme::Dark);
    TestDesk t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_desk.moc"
