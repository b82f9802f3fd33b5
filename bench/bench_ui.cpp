// Desk benchmarks, offscreen (QBENCHMARK; not part of the test run): first frame with the demo
// book, table model refresh and heatmap redraw on the desk book (40 venues x 100 assets), graph
// layout and painting of a 2,000-node, 16,000-link supply chain imported from CSV, and 20 Hz live
// ticks on the desk book with the longest event-loop stall.
// Run: QT_QPA_PLATFORM=offscreen build/release/bench/bench_ui -median 5
#include "bookio.h"
#include "csv_io.h"
#include "feed/livefeed.h"
#include "generate.h"
#include "layout.h"
#include "mainwindow.h"
#include "models/positionsmodel.h"
#include "stallprobe.h"
#include "supplychaincsv.h"
#include "theme.h"
#include "views/graphview.h"
#include "views/heatmapview.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

using namespace ballast;
using namespace ballast::ui;

namespace {
BookIo io()
{
    return {[](const std::string& p) { return app::loadBook(p); }, [](const std::string& p, const Book& b) { return app::saveBook(p, b); }};
}
std::shared_ptr<ExposureEngine> deskEngine()
{
    static std::shared_ptr<ExposureEngine> e = [] {
        auto b = std::make_shared<const Book>(generateBook(GenerateOptions::desk()));
        auto x = std::make_shared<ExposureEngine>(b);
        x->compute();
        return x;
    }();
    return e;
}
/// The 2,000-node, 16,000-link chain, written as CSV and imported the way a user would.
std::shared_ptr<const Book> importedChain()
{
    QTemporaryDir dir;
    if (!bench::writeSupplyChainCsv(dir.path(), 2000, 16000)) return nullptr;
    auto r = importCsv({dir.filePath(QStringLiteral("nodes.csv")).toStdString(), dir.filePath(QStringLiteral("links.csv")).toStdString(), {}, {}},
                       Book{});
    if (!r) {
        qWarning("%s", r.issues().front().toString().c_str());
        return nullptr;
    }
    return std::make_shared<const Book>(std::move(*r));
}
} // namespace

class BenchUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstFrame() // construct the window, load the demo book on a worker, paint it
    {
        QBENCHMARK {
            QElapsedTimer t;
            t.start();
            MainWindow w(io(), false);
            w.resize(1600, 1000);
            w.show();
            QSignalSpy loaded(&w, &MainWindow::bookLoaded);
            w.openBook(QStringLiteral("demo"));
            QVERIFY(loaded.wait(20000));
            const QImage img = w.grab().toImage();
            QVERIFY(!img.isNull());
            qInfo("first frame %.0f ms", t.nsecsElapsed() / 1e6);
        }
    }

    void positionsModelRefresh() // desk book, 50,000 rows, after a tick
    {
        const auto e = deskEngine();
        PositionsModel m;
        m.setExposure(e->bookPtr(), e->result());
        QBENCHMARK {
            m.setExposure(e->bookPtr(), e->result());
        }
    }

    void heatmapRedraw_data()
    {
        QTest::addColumn<int>("metric");
        QTest::newRow("depth 2%") << static_cast<int>(HeatmapView::Depth2);
        QTest::newRow("slippage for 1m") << static_cast<int>(HeatmapView::Slippage);
    }
    void heatmapRedraw() // 40 venues x 100 assets, a pool in every cell: rebuild the matrix and replot
    {
        Book b;
        for (int a = 0; a < 100; ++a) {
            Asset as;
            as.id = "A" + std::to_string(a);
            as.price = 10.0 + a;
            as.volatility = 0.6;
            b.assets.push_back(as);
        }
        for (int v = 0; v < 40; ++v) {
            Node n;
            n.id = "venue-" + std::to_string(v);
            n.name = "Venue " + std::to_string(v);
            n.type = NodeType::AmmVenue;
            b.nodes.push_back(n);
            for (int a = 0; a < 100; ++a) {
                Pool p;
                p.id = "p-" + std::to_string(v) + "-" + std::to_string(a);
                p.venue = n.id;
                p.base = b.assets[a].id;
                p.model = PoolModel::ConstantProduct;
                p.reserveBase = 1000.0 * (1 + (v * 7 + a * 3) % 50);
                p.reserveQuote = p.reserveBase * b.assets[a].price;
                p.feeBps = 30;
                b.pools.push_back(p);
            }
        }
        b.resolve();
        auto book = std::make_shared<const Book>(std::move(b));
        auto engine = std::make_shared<ExposureEngine>(book);
        engine->compute();
        DeskState desk;
        HeatmapView h(&desk);
        h.resize(1200, 800);
        h.show();
        desk.setBook(book, engine);
        QCOMPARE(h.venueCount(), 40);
        QCOMPARE(h.assetCount(), 100);
        QFETCH(int, metric);
        h.setMetric(static_cast<HeatmapView::Metric>(metric));
        QBENCHMARK {
            h.refresh();
            h.plot()->replot(QCustomPlot::rpImmediateRefresh);
        }
    }

    void graphLayout2000x16000()
    {
        const auto book = importedChain();
        QVERIFY(book);
        QBENCHMARK {
            const auto p = layoutBook(*book, LayoutKind::Layered);
            QCOMPARE(p.size(), size_t(2000));
        }
    }

    void graphPaint2000x16000_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("links re-rendered") << QStringLiteral("links re-rendered"); // a new view at rest, a filter, a selection
        QTest::newRow("values tick") << QStringLiteral("values tick");             // live ticks: nodes repainted, links reused
    }
    void graphPaint2000x16000() // one frame on the imported chain
    {
        const auto book = importedChain();
        QVERIFY(book);
        auto engine = std::make_shared<ExposureEngine>(book);
        engine->compute();
        DeskState desk;
        GraphView g(&desk);
        g.resize(1400, 900);
        g.show();
        QSignalSpy laid(g.canvas(), &GraphCanvas::layoutFinished);
        desk.setBook(book, engine);
        QVERIFY(laid.wait(60000));
        QImage img(g.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
        QFETCH(QString, kind);
        if (kind == QStringLiteral("values tick")) g.canvas()->render(&img); // the link layer exists
        QBENCHMARK {
            if (kind == QStringLiteral("links re-rendered")) g.canvas()->setFilter(QStringLiteral("all"), {}, {}); // invalidates the layer
            g.canvas()->render(&img);
        }
    }

    void liveTicks20Hz() // desk book, simulated feed at 20 Hz for 5 s: snapshot cost and stalls
    {
        MainWindow w(io(), false);
        w.resize(1600, 1000);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::bookLoaded);
        auto e = deskEngine();
        // load the desk book through the normal path (worker thread)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.ballast"));
        QVERIFY(app::saveBook(path.toStdString(), e->book()).empty());
        w.openBook(path);
        QVERIFY(loaded.wait(60000));
        QBENCHMARK_ONCE {
            StallProbe probe;
            QSignalSpy snapshots(w.desk(), &DeskState::exposureChanged);
            w.feed()->start(new SimulatedFeed(w.book(), 20.0, 42));
            probe.start();
            QTest::qWait(5000);
            w.feed()->stop();
            qInfo("20 Hz on the desk book: %lld ticks applied, %lld snapshots, %.3f ms per tick on the worker (max %.3f), "
                  "longest event-loop stall %lld ms",
                  w.feed()->stats().accepted, static_cast<long long>(snapshots.count()), w.feed()->stats().lastApplyMs,
                  w.feed()->stats().maxApplyMs, probe.worstMs());
        }
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    applyTheme(app, Theme::Dark);
    BenchUi b;
    return QTest::qExec(&b, argc, argv);
}
#include "bench_ui.moc"
