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
#include "format.h"
#include "models/positionsmodel.h"
#include "stallprobe.h"
#include "supplychaincsv.h"
#include "theme.h"
#include "views/alertsview.h"
#include "views/graphview.h"
#include "views/heatmapview.h"
#include "plots/heatmapchart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QThread>
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

/// Times the events the GUI thread delivers, so that a stall can be named: the longest top-level
/// ones (not sent from inside another) by receiver class and event type, and the time each widget
/// class spent painting, summed.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        double ms;
        QString what;
    };
    void startTiming()
    {
        m_slowest.clear(), m_painting.clear(), m_paints.clear(), m_timeline.clear();
        m_clock.start();
        m_timing = true;
    }
    /// The longest run of top-level events with less than a millisecond between them: what the
    /// event loop did without a turn free for a timer.
    std::vector<Slow> longestBusyRun() const
    {
        size_t best = 0, bestEnd = 0, begin = 0;
        double bestMs = 0;
        for (size_t i = 0; i < m_timeline.size(); ++i) {
            if (i > begin && m_timeline[i].start - (m_timeline[i - 1].start + m_timeline[i - 1].ms) > 1.0) begin = i;
            const double ms = m_timeline[i].start + m_timeline[i].ms - m_timeline[begin].start;
            if (ms > bestMs) bestMs = ms, best = begin, bestEnd = i + 1;
        }
        std::vector<Slow> out;
        QHash<QString, std::pair<double, int>> small; // the events under half a millisecond, by kind
        for (size_t i = best; i < bestEnd; ++i) {
            if (m_timeline[i].ms >= 0.5) out.push_back({m_timeline[i].ms, m_timeline[i].what});
            else small[m_timeline[i].what].first += m_timeline[i].ms, ++small[m_timeline[i].what].second;
        }
        for (auto it = small.begin(); it != small.end(); ++it)
            if (it->first >= 0.5) out.push_back({it->first, it.key() + QStringLiteral(" ×%1").arg(it->second)});
        out.push_back({bestMs, QStringLiteral("in all, %1 events").arg(bestEnd - best)});
        return out;
    }
    void stopTiming() { m_timing = false; }
    const std::vector<Slow>& slowest() const { return m_slowest; }
    std::vector<Slow> painting() const
    {
        std::vector<Slow> out;
        for (auto it = m_painting.begin(); it != m_painting.end(); ++it)
            out.push_back({it.value(), it.key() + QStringLiteral(" (%1 paints)").arg(m_paints.value(it.key()))});
        std::sort(out.begin(), out.end(), [](const Slow& x, const Slow& y) { return x.ms > y.ms; });
        return out;
    }
    bool notify(QObject* receiver, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (!m_timing || (m_depth > 0 && type != QEvent::Paint) || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QString what = QString::fromLatin1(receiver->metaObject()->className()); // the event may delete the receiver
        if (!receiver->objectName().isEmpty()) what += QStringLiteral(" '") + receiver->objectName() + QStringLiteral("'");
        const bool top = m_depth == 0;
        ++m_depth;
        const double start = m_clock.nsecsElapsed() / 1e6;
        const bool r = QApplication::notify(receiver, event);
        const double ms = m_clock.nsecsElapsed() / 1e6 - start;
        --m_depth;
        if (top)
            m_timeline.push_back({start, ms, what + QStringLiteral(" ") + QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type))});
        if (type == QEvent::Paint) m_painting[what] += ms, ++m_paints[what];
        if (top && (m_slowest.size() < 8 || ms > m_slowest.back().ms)) {
            m_slowest.push_back({ms, what + QStringLiteral(" ") + QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(type))});
            std::sort(m_slowest.begin(), m_slowest.end(), [](const Slow& x, const Slow& y) { return x.ms > y.ms; });
            if (m_slowest.size() > 8) m_slowest.pop_back();
        }
        return r;
    }

private:
    bool m_timing = false;
    int m_depth = 0;
    std::vector<Slow> m_slowest;
    QHash<QString, double> m_painting;
    QHash<QString, int> m_paints;
    struct Delivered
    {
        double start, ms;
        QString what;
    };
    std::vector<Delivered> m_timeline;
    QElapsedTimer m_clock;
};
TimedApplication* timedApp() { return static_cast<TimedApplication*>(QCoreApplication::instance()); }
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
        m.setExposure(e->bookPtr(), std::shared_ptr<const Exposure>(e, &e->result()));
        QBENCHMARK {
            m.setExposure(e->bookPtr(), std::shared_ptr<const Exposure>(e, &e->result()));
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
            h.plot()->plot()->replot(QCustomPlot::rpImmediateRefresh);
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

    // A simulated feed at 20 Hz for 5 s: snapshots published, their cost and the event loop's stalls.
    // "desk" is the desk book; "stress" the workbook named by BALLAST_BENCH_STRESS_BOOK (make it with
    // `ballast-cli generate --preset stress --seed 7 -o FILE`), left out when that is not set.
    void liveTicks20Hz_data()
    {
        QTest::addColumn<QString>("book");
        QTest::newRow("desk") << QString();
        if (qEnvironmentVariableIsSet("BALLAST_BENCH_STRESS_BOOK"))
            QTest::newRow("stress") << qEnvironmentVariable("BALLAST_BENCH_STRESS_BOOK");
    }
    void liveTicks20Hz()
    {
        QFETCH(QString, book);
        MainWindow w(io(), false);
        w.resize(1600, 1000);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::bookLoaded);
        // load the book through the normal path (worker thread)
        QTemporaryDir dir;
        QString path = book;
        if (path.isEmpty()) {
            path = dir.filePath(QStringLiteral("desk.ballast"));
            QVERIFY(app::saveBook(path.toStdString(), deskEngine()->book()).empty());
        }
        w.openBook(path);
        QVERIFY(loaded.wait(120000));
        QTest::qWait(book.isEmpty() ? 0 : 3000); // a big book's first frame and its views settle
        QBENCHMARK_ONCE {
            StallProbe probe;
            QSignalSpy snapshots(w.desk(), &DeskState::exposureChanged);
            w.feed()->start(new SimulatedFeed(w.book(), 20.0, 42));
            const int logBefore = w.eventLog()->count();
            probe.start();
            timedApp()->startTiming();
            QTest::qWait(5000);
            timedApp()->stopTiming();
            w.feed()->stop();
            qInfo("20 Hz on the %s book: %lld ticks applied, %lld snapshots, %.3f ms per tick on the worker (max %.3f), "
                  "longest event-loop stall %lld ms",
                  book.isEmpty() ? "desk" : "stress", w.feed()->stats().accepted, static_cast<long long>(snapshots.count()), w.feed()->stats().lastApplyMs,
                  w.feed()->stats().maxApplyMs, probe.worstMs());
            qInfo("event log lines added: %d", w.eventLog()->count() - logBefore);
            qInfo("the longest events:");
            for (const auto& slow : timedApp()->slowest()) qInfo("  %6.1f ms  %s", slow.ms, qPrintable(slow.what));
            qInfo("the longest busy run of the event loop:");
            for (const auto& slow : timedApp()->longestBusyRun()) qInfo("  %6.1f ms  %s", slow.ms, qPrintable(slow.what));
            qInfo("painting, summed over the run:");
            const auto painting = timedApp()->painting();
            for (size_t k = 0; k < std::min<size_t>(painting.size(), 8); ++k) qInfo("  %6.1f ms  %s", painting[k].ms, qPrintable(painting[k].what));
        }
    }
};

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    applyTheme(app, Theme::Dark);
    BenchUi b;
    return QTest::qExec(&b, argc, argv);
}
#include "bench_ui.moc"
