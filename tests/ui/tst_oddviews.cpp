// Every desk view offscreen on odd books (core/oddbook.h) — the empty book, a supply chain with no
// finance, boundary values, supply cycles, unicode and 4,000-character names: the book opens, every
// view renders, what-if and Monte Carlo answer (a result or a reason), the lender report is
// written, presentation mode toggles, no key figure reads NaN, and a view with nothing to show
// says what is missing. And a real-shaped chain of 3,000 stages and 24,020 arcs, imported from CSV
// with only id,type,name,tier and from,to, opens and draws its graph.
#include "bookio.h"
#include "mainwindow.h"
#include "generate.h"
#include "oddbook.h"
#include "views/heatmapview.h"
#include "validate.h"
#include "views/graphview.h"
#include "views/stressview.h"
#include "views/survivalview.h"
#include "views/bottleneckview.h"
#include "views/crosschainview.h"
#include "views/oraclelagview.h"
#include "views/whatifview.h"
#include "widgets/emptystate.h"
#include "widgets/kpistrip.h"
#include "widgets/redraw.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>
#include "plots/chart.h"
#include "plots/heatmapchart.h"

#include <qcustomplot.h>

using namespace ballast;
using namespace ballast::ui;

namespace {

/// "odd:SEED" is the odd book of that seed; anything else loads as the desk does.
BookIo oddIo()
{
    return {[](const std::string& p) -> Result<Book> {
                if (p.rfind("gen:", 0) == 0) { // gen:VENUES:ASSETS, a generated book of that heatmap size
                    GenerateOptions o;
                    const auto colon = p.find(':', 4);
                    o.venues = std::stoi(p.substr(4, colon - 4)), o.assets = std::stoi(p.substr(colon + 1));
                    o.nodes = std::max(200, o.venues + 100), o.links = 1000, o.positions = 4000, o.loans = 400;
                    return generateBook(o);
                }
                if (p.rfind("odd:", 0) == 0) {
                    Choices c = Choices::seeded(std::stoull(p.substr(4)));
                    return generateOddBook(c);
                }
                return app::loadBook(p);
            },
            [](const std::string& p, const Book& b) { return app::saveBook(p, b); }};
}

int colourCount(const QImage& img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 5)
        for (int x = 0; x < img.width(); x += 5) colours.insert(img.pixel(x, y));
    return static_cast<int>(colours.size());
}

/// The message a view's visible empty state shows, or nothing.
QString emptyMessage(QWidget* view)
{
    for (EmptyState* e : view->findChildren<EmptyState*>())
        if (e->active() && !e->text().isEmpty()) return e->text();
    return {};
}

std::unique_ptr<MainWindow> openWindow(const QString& path)
{
    auto w = std::make_unique<MainWindow>(oddIo(), false);
    w->resize(1600, 1000);
    w->show();
    QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
    w->openBook(path);
    if (!loaded.wait(30000) || !loaded.takeFirst().at(0).toBool()) return nullptr;
    if (!w->graphView()->canvas()->layoutReady() && !w->book()->nodes.empty()) {
        QSignalSpy laid(w->graphView()->canvas(), &GraphCanvas::layoutFinished);
        laid.wait(30000);
    }
    return w;
}

QString badKpi(const KpiStrip* kpis)
{
    for (const QString& key : {QStringLiteral("mv"), QStringLiteral("exit"), QStringLiteral("debt"), QStringLiteral("cov"), QStringLiteral("hf"),
                               QStringLiteral("risk"), QStringLiteral("var"), QStringLiteral("oracle")}) {
        const QString v = kpis->value(key);
        if (v.isEmpty() || v.contains(QStringLiteral("nan"), Qt::CaseInsensitive) || v.contains(QStringLiteral("inf"), Qt::CaseInsensitive))
            return key + QStringLiteral(" = '") + v + QLatin1Char('\'');
    }
    return {};
}

} // namespace

class TestOddViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyViewOnOddBooks_data()
    {
        QTest::addColumn<quint64>("seed");
        int rows = 0;
        for (quint64 seed = 1; rows < 30 && seed < 500; ++seed) {
            Choices c = Choices::seeded(seed);
            if (hasErrors(validate(generateOddBook(c), "odd.json"))) continue;
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
            ++rows;
        }
    }
    void everyViewOnOddBooks()
    {
        QFETCH(quint64, seed);
        auto w = openWindow(QStringLiteral("odd:%1").arg(seed));
        QVERIFY(w);
        const Book& b = *w->book();
        for (const QString& view : MainWindow::viewNames()) {
            w->showView(view);
            QWidget* v = w->view(view);
            QVERIFY(v);
            QApplication::processEvents();
            QVERIFY2(!v->grab().isNull(), qPrintable(view));
        }
        QVERIFY2(badKpi(w->kpis()).isEmpty(), qPrintable(badKpi(w->kpis())));
        // what-if and Monte Carlo answer: a result, or a reason the view shows
        QSignalSpy whatIf(w->whatIfView(), &WhatIfView::finished);
        w->whatIfView()->run();
        QVERIFY(whatIf.count() > 0 || whatIf.wait(30000));
        // the oracle lag view: a timeline, or what is missing
        QVERIFY(!w->view(QStringLiteral("oraclelag"))->grab().isNull());
        if (w->oracleLagView()->timeline().asset < 0) QVERIFY(!emptyMessage(w->view(QStringLiteral("oraclelag"))).isEmpty());
        // the bottleneck view: the flagged nodes, or what is missing
        {
            BottleneckView* bv = w->bottleneckView();
            w->showView(QStringLiteral("bottlenecks"));
            bv->refresh();
            int flagged = 0;
            for (const auto& n : w->desk()->exposure()->nodes) flagged += n.bottleneck;
            QCOMPARE(bv->report().total, flagged);
            QCOMPARE(bv->bottleneckTable()->rowCount(), static_cast<int>(bv->report().bottlenecks.size()));
            if (flagged == 0) QVERIFY(!emptyMessage(w->view(QStringLiteral("bottlenecks"))).isEmpty());
            QVERIFY(!w->view(QStringLiteral("bottlenecks"))->grab().isNull());
            w->graphView()->setLinkColouring(LinkColouring::Velocity);
            QVERIFY(!w->view(QStringLiteral("graph"))->grab().isNull());
            w->graphView()->setLinkColouring(LinkColouring::Type);
        }
        // the survival view: a dot per borrower, or what is missing
        const SurvivalView* sv = w->survivalView();
        if (whatIf.first().at(0).toBool() && w->whatIfView()->lastRun()) {
            size_t borrowers = 0;
            std::vector<char> seen(b.nodes.size(), 0);
            for (const Loan& l : b.loans)
                if (l.borrowerIx >= 0 && !seen[l.borrowerIx]) seen[l.borrowerIx] = 1, ++borrowers;
            QCOMPARE(sv->map().points.size(), borrowers);
            if (borrowers == 0) QVERIFY(!emptyMessage(w->view(QStringLiteral("survival"))).isEmpty());
            QVERIFY(!w->view(QStringLiteral("survival"))->grab().isNull());
        } else {
            QVERIFY(!emptyMessage(w->view(QStringLiteral("survival"))).isEmpty());
        }
        // the cross-chain view: the engine's report of the run (or of today's book), or what is missing
        {
            CrossChainView* cv = w->crossChainView();
            w->showView(QStringLiteral("crosschain"));
            const bool ran = whatIf.first().at(0).toBool() && w->whatIfView()->lastRun();
            const CrossChainReport expected =
                ran ? crossChainReport(b, absorptionMap(b, Exposure{}, &w->whatIfView()->lastRun()->result), &w->whatIfView()->lastRun()->result)
                    : crossChainReport(b, absorptionMap(b, *w->desk()->exposure()));
            QCOMPARE(cv->report().chains.size(), expected.chains.size());
            QCOMPARE(cv->report().bridges.size(), expected.bridges.size());
            for (size_t k = 0; k < expected.bridges.size(); ++k) QCOMPARE(cv->report().bridges[k].carried, expected.bridges[k].carried);
            QCOMPARE(cv->bridgeTable()->rowCount(), static_cast<int>(expected.bridges.size()));
            if (expected.chains.empty()) QVERIFY(!emptyMessage(w->view(QStringLiteral("crosschain"))).isEmpty());
            QVERIFY(!w->view(QStringLiteral("crosschain"))->grab().isNull());
        }
        QSignalSpy stress(w->stressView(), &StressView::finished);
        w->stressView()->setScenarios(50);
        w->stressView()->run();
        QVERIFY(stress.count() > 0 || stress.wait(30000));
        if (!stress.first().at(0).toBool()) QVERIFY(!emptyMessage(w->stressView()).isEmpty()); // says why
        QVERIFY2(badKpi(w->kpis()).isEmpty(), qPrintable(badKpi(w->kpis())));
        // empty states name what is missing
        if (b.positions.empty()) QVERIFY(!emptyMessage(w->view(QStringLiteral("positions"))).isEmpty());
        if (b.loans.empty()) QVERIFY(!emptyMessage(w->view(QStringLiteral("loans"))).isEmpty());
        QTemporaryDir dir;
        QVERIFY(w->exportReport(dir.filePath(QStringLiteral("report.pdf"))));
        QVERIFY(QFile(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
        w->setPresentationMode(true);
        QApplication::processEvents();
        QVERIFY(!w->grab().isNull());
        w->setPresentationMode(false);
    }

    void emptyBookSaysWhatIsMissing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"ballast.workbook","version":1})");
        f.close();
        auto w = openWindow(path);
        QVERIFY(w);
        for (const char* view : {"positions", "loans", "whatif", "stress", "dashboard"})
            QVERIFY2(!emptyMessage(w->view(QString::fromLatin1(view))).isEmpty(), view);
        // the cross-chain report of a new book is made on a worker
        QTRY_VERIFY_WITH_TIMEOUT(!emptyMessage(w->view(QStringLiteral("crosschain"))).isEmpty(), 10000);
        QVERIFY(emptyMessage(w->view(QStringLiteral("stress"))).contains(QStringLiteral("market data")));
        // the graph draws its message, not a blank canvas
        QWidget* graph = w->view(QStringLiteral("graph"));
        graph->resize(900, 500);
        QVERIFY(colourCount(graph->grab().toImage()) > 3);
        QSignalSpy done(w->whatIfView(), &WhatIfView::finished);
        w->whatIfView()->run(); // nothing to run: it says so, at once
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
    }

    void heatmapExtremes_data()
    {
        QTest::addColumn<QString>("book");
        QTest::addColumn<int>("venues");
        QTest::addColumn<int>("assets");
        QTest::newRow("1 x 1") << QStringLiteral("one-pool") << 1 << 1;
        QTest::newRow("300 x 2000") << QStringLiteral("gen:300:2000") << 300 << 2000;
    }
    void heatmapExtremes()
    {
        QFETCH(QString, book);
        QFETCH(int, venues);
        QFETCH(int, assets);
        QTemporaryDir dir;
        if (book == QStringLiteral("one-pool")) { // one venue, one asset, one pool, nothing else
            book = dir.filePath(QStringLiteral("one.json"));
            QFile f(book);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"ballast.workbook","version":1,"assets":[{"id":"WETH","kind":"crypto","price":2000,"volatility":0.6}],
                "nodes":[{"id":"uni","type":"amm-venue"}],
                "pools":[{"id":"p","venue":"uni","model":"constant-product","base":"WETH","quote":"USD","reserveBase":100,"reserveQuote":200000,"feeBps":30}]})");
        }
        auto w = openWindow(book);
        QVERIFY(w);
        HeatmapView* h = w->heatmapView();
        w->showView(QStringLiteral("heatmap"));
        h->resize(1200, 800);
        QApplication::processEvents();
        QVERIFY(h->venueCount() >= 1 && h->venueCount() <= venues);
        QVERIFY(h->assetCount() >= 1 && h->assetCount() <= assets);
        h->plot()->plot()->replot();
        // labels thinned to what fits: at most one per 11 px of rows and 13 px of columns
        auto* yt = dynamic_cast<QCPAxisTickerText*>(h->plot()->plot()->yAxis->ticker().data());
        auto* xt = dynamic_cast<QCPAxisTickerText*>(h->plot()->plot()->xAxis->ticker().data());
        QVERIFY(yt && xt);
        QVERIFY2(yt->ticks().size() <= h->plot()->plot()->axisRect()->height() / 11 + 1, qPrintable(QString::number(yt->ticks().size())));
        QVERIFY2(xt->ticks().size() <= h->plot()->plot()->axisRect()->width() / 13 + 1, qPrintable(QString::number(xt->ticks().size())));
        QVERIFY(!xt->ticks().isEmpty() && !yt->ticks().isEmpty());
        QVERIFY(colourCount(h->grab().toImage()) > 8);
        h->showCell(0, 0);
    }

    // A title too long for its chart keeps its detail on a second line, elided only where that
    // line does not fit either; a title that fits stays one line.
    void chartTitleInANarrowChart()
    {
        plots::Chart chart(QStringLiteral("narrow"), nullptr);
        const QString title = QStringLiteral("Health factors (77 loans, min 1.02)");
        auto* element = qobject_cast<QCPTextElement*>(chart.plot()->plotLayout()->element(0, 0));
        QVERIFY(element);
        chart.resize(900, 300);
        chart.show();
        chart.setTitle(title);
        QCOMPARE(element->text(), title);
        const QFontMetrics fm(element->font());
        const int widest = std::max(fm.horizontalAdvance(QStringLiteral("Health factors")), fm.horizontalAdvance(QStringLiteral("(77 loans, min 1.02)")));
        QVERIFY(widest + 40 < fm.horizontalAdvance(title));
        chart.resize(widest + 40, 300); // wider than each part, narrower than the whole
        QCoreApplication::processEvents();
        QCOMPARE(element->text(), QStringLiteral("Health factors\n(77 loans, min 1.02)"));
        chart.resize(60, 300); // as narrow as a chart gets (its minimum width)
        QCoreApplication::processEvents();
        chart.setTitle(QStringLiteral("Health factors (77 loans, min 1.02, as each venue's oracle saw them at the end)"));
        const QStringList lines = element->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].endsWith(QChar(0x2026))); // elided: "…"
        for (const QString& line : lines) QVERIFY(fm.horizontalAdvance(line) <= chart.width() - 12);
        chart.setTitle(QStringLiteral("Loss attribution by channel, a long title without a detail to move"));
        QVERIFY(element->text().split(QLatin1Char('\n')).size() <= 2);
    }

    // A view that skipped a live redraw while hidden redraws when it is shown again, once.
    void hiddenViewCatchesUpWhenShown()
    {
        QWidget view;
        int redraws = 0;
        RedrawCoalescer* live = nullptr;
        live = new RedrawCoalescer(1000, [&] {
            if (!view.isVisible()) return live->deferUntilShown();
            ++redraws;
        }, &view);
        live->flush(); // a tick while hidden
        QCOMPARE(redraws, 0);
        view.show();
        QCOMPARE(redraws, 1);
        view.hide();
        view.show(); // nothing skipped since
        QCOMPARE(redraws, 1);
    }

    void bigChainFromCsv()
    {
        // a multi-echelon chain as an ERP exports it: ids, types, names and tiers; arcs as from,to
        QTemporaryDir dir;
        const int stages = 3000, arcs = 24000;
        {
            QFile nf(dir.filePath(QStringLiteral("nodes.csv"))), lf(dir.filePath(QStringLiteral("links.csv")));
            QVERIFY(nf.open(QIODevice::WriteOnly) && lf.open(QIODevice::WriteOnly));
            QTextStream n(&nf), l(&lf);
            const char* types[] = {"supplier", "manufacturer", "manufacturer", "distributor", "retailer"};
            n << "id,type,name,tier\n";
            for (int i = 0; i < stages; ++i) n << "st" << i << ',' << types[i * 5 / stages] << ",Stage " << i << " – Werk,"<< i * 5 / stages << '\n';
            l << "from,to\n";
            QRandomGenerator rng(5);
            const int perTier = stages / 5;
            for (int k = 0; k < arcs; ++k) {
                const int t = static_cast<int>(rng.bounded(4));
                l << "st" << t * perTier + rng.bounded(perTier) << ",st" << (t + 1) * perTier + rng.bounded(perTier) << '\n';
            }
            for (int k = 0; k < 20; ++k) // returns upstream: cycles, which real chains have
                l << "st" << 3 * perTier + rng.bounded(perTier) << ",st" << 2 * perTier + rng.bounded(perTier) << '\n';
        }
        auto w = std::make_unique<MainWindow>(oddIo(), false);
        w->resize(1600, 1000);
        w->show();
        QSignalSpy loaded(w.get(), &MainWindow::bookLoaded);
        w->importCsv(dir.filePath(QStringLiteral("nodes.csv")), dir.filePath(QStringLiteral("links.csv")), {}, {});
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().at(0).toBool());
        QCOMPARE(static_cast<int>(w->book()->nodes.size()), stages);
        QCOMPARE(static_cast<int>(w->book()->links.size()), arcs + 20);
        if (!w->graphView()->canvas()->layoutReady()) {
            QSignalSpy laid(w->graphView()->canvas(), &GraphCanvas::layoutFinished);
            QVERIFY(laid.wait(60000));
        }
        QWidget* graph = w->view(QStringLiteral("graph"));
        const QImage img = graph->grab().toImage();
        QVERIFY2(colourCount(img) > 12, qPrintable(QString::number(colourCount(img))));
        // the key figures are the chain's: its nodes, in the five tiers it was given
        QCOMPARE(w->kpis()->value(QStringLiteral("mv")), tr("%n node(s)", nullptr, stages));
        for (const QString& view : MainWindow::viewNames()) QVERIFY(!w->view(view)->grab().isNull());
    }
};

QTEST_MAIN(TestOddViews)
#include "tst_oddviews.moc"
