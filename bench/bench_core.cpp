// Engine benchmarks (QBENCHMARK; not part of the test run). Each is data-driven over generated
// books of growing size so that BENCHMARKS.md can state how cost grows:
//   small  =   200 nodes,   1,000 links,   2,000 positions,   200 loans
//   tenth  = 1/10 of the desk book (200 / 1,000 / 5,000 / 500)
//   desk   = PRODUCT.md desk book (2,000 / 10,000 / 50,000 / 5,000, 40 venues x 100 assets)
//   large  = 1/10 of the stress book (10,000 / 100,000 / 100,000 / 10,000)
//   stress = PRODUCT.md stress book, only with BALLAST_BENCH_STRESS=1 (about 1 GB, 25 s to build)
// Run: build/release/bench/bench_core -median 7   (or one function: bench_core exposure -median 7)
#include "clearing.h"
#include "debtrank.h"
#include "exposure.h"
#include "generate.h"
#include "json_io.h"
#include "liquidity.h"
#include "shock.h"
#include "storage.h"
#include "stress.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <random>

using namespace ballast;

namespace {

GenerateOptions sized(const QString& name)
{
    GenerateOptions o;
    if (name == QStringLiteral("tenth")) o.nodes = 200, o.links = 1000, o.positions = 5000, o.loans = 500, o.venues = 12, o.assets = 40;
    else if (name == QStringLiteral("desk")) o = GenerateOptions::desk();
    else if (name == QStringLiteral("large")) o.nodes = 10000, o.links = 100000, o.positions = 100000, o.loans = 10000, o.venues = 40, o.assets = 100;
    else if (name == QStringLiteral("stress")) o = GenerateOptions::stress();
    o.seed = 1;
    return o;
}

std::shared_ptr<const Book> book(const QString& name)
{
    static std::map<QString, std::shared_ptr<const Book>> cache;
    auto& b = cache[name];
    if (!b) b = std::make_shared<const Book>(generateBook(sized(name)));
    return b;
}

/// A computed engine and the tick the benchmarks apply to it, moved up and down 0.1 % in turn: the
/// book's first crypto asset, or the coin most pools are quoted in (a stablecoin: its tick moves the
/// exit value of every asset sold against it, nearly the whole book).
struct Ticking
{
    enum class Of { Crypto, QuoteCoin };
    explicit Ticking(std::shared_ptr<const Book> b, Of of = Of::Crypto) : engine(std::move(b))
    {
        engine.compute();
        const Book& bk = engine.book();
        const auto& quoted = engine.index()->poolsQuotedIn;
        for (int a = 0; a < static_cast<int>(bk.assets.size()); ++a) {
            if (of == Of::Crypto && asset < 0 && bk.assets[a].kind == AssetKind::Crypto) asset = a;
            if (of == Of::QuoteCoin && !quoted[a].empty() && (asset < 0 || quoted[a].size() > quoted[asset].size())) asset = a;
        }
        if (asset >= 0) start = engine.marketPrice(asset);
    }
    void tick() { engine.setPrice(asset, start * (++ticks % 2 ? 1.001 : 0.999)); }

    ExposureEngine engine;
    int asset = -1, ticks = 0;
    double start = 0;
};

void sizes()
{
    QTest::addColumn<QString>("size");
    for (const char* s : {"small", "tenth", "desk", "large"}) QTest::newRow(s) << QString::fromLatin1(s);
    if (qEnvironmentVariableIsSet("BALLAST_BENCH_STRESS")) QTest::newRow("stress") << QStringLiteral("stress");
}

void networkSizes()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("claims");
    QTest::newRow("1k/10k") << 1000 << 10000;
    QTest::newRow("10k/100k") << 10000 << 100000;
    QTest::newRow("100k/1M") << 100000 << 1000000;
}

ObligationNetwork randomNetwork(int nodes, int claims, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> pick(0, nodes - 1);
    std::lognormal_distribution<double> amount(10.0, 1.0);
    ObligationNetwork net;
    net.nodes = nodes;
    net.externalAssets.resize(nodes);
    net.externalLiabilities.assign(nodes, 0.0);
    for (int i = 0; i < nodes; ++i) net.externalAssets[i] = amount(rng) * 3;
    for (int k = 0; k < claims; ++k) {
        const int d = pick(rng), c = pick(rng);
        if (d != c) net.claims.push_back({d, c, amount(rng)});
    }
    return net;
}

} // namespace

class BenchCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonImport_data() { sizes(); }
    void jsonImport()
    {
        QFETCH(QString, size);
        const std::string text = workbookToJson(*book(size)).dump();
        QBENCHMARK {
            auto r = parseWorkbookJson(text, "bench.json");
            QVERIFY(r.ok());
        }
    }

    void sqliteSave_data() { sizes(); }
    void sqliteSave()
    {
        QFETCH(QString, size);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("b.ballast")).toStdString();
        QBENCHMARK {
            QVERIFY(saveWorkbook(path, *book(size)).empty());
        }
    }

    void sqliteOpen_data() { sizes(); }
    void sqliteOpen()
    {
        QFETCH(QString, size);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("b.ballast")).toStdString();
        QVERIFY(saveWorkbook(path, *book(size)).empty());
        QBENCHMARK {
            auto r = openWorkbook(path);
            QVERIFY(r.ok());
        }
    }

    void exposure_data() { sizes(); }
    void exposure()
    {
        QFETCH(QString, size);
        ExposureEngine e(book(size));
        QBENCHMARK {
            e.compute();
        }
    }

    void tick_data() { sizes(); }
    void tick()
    {
        QFETCH(QString, size);
        Ticking t(book(size));
        QVERIFY(t.asset >= 0);
        QBENCHMARK {
            t.tick();
        }
    }

    void tickQuoteCoin_data() { sizes(); }
    void tickQuoteCoin()
    {
        QFETCH(QString, size);
        Ticking t(book(size), Ticking::Of::QuoteCoin);
        QVERIFY(t.asset >= 0);
        QBENCHMARK {
            t.tick();
        }
    }

    // A feed's batch as the live worker gets it at 20 Hz (every stablecoin and a quarter of the other
    // tradable assets), applied at once (setPrices) or one tick after another (setPrice).
    void tickBatch_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<bool>("batched");
        QStringList names{QStringLiteral("desk"), QStringLiteral("large")};
        if (qEnvironmentVariableIsSet("BALLAST_BENCH_STRESS")) names << QStringLiteral("stress");
        for (const QString& n : names) {
            QTest::newRow(qPrintable(n + QStringLiteral(", batched"))) << n << true;
            QTest::newRow(qPrintable(n + QStringLiteral(", one by one"))) << n << false;
        }
    }
    void tickBatch()
    {
        QFETCH(QString, size);
        QFETCH(bool, batched);
        Ticking t(book(size), Ticking::Of::QuoteCoin);
        QVERIFY(t.asset >= 0);
        const Book& bk = t.engine.book();
        std::vector<ExposureEngine::PriceTick> batch{{t.asset, t.start, kNaN}};
        for (int a = 0; a < static_cast<int>(bk.assets.size()); ++a) {
            const AssetKind kind = bk.assets[a].kind;
            if (a != t.asset && (kind == AssetKind::Stablecoin || (a % 4 == 0 && (kind == AssetKind::Crypto || kind == AssetKind::Commodity))))
                batch.push_back({a, t.engine.marketPrice(a), kNaN});
        }
        const std::vector<ExposureEngine::PriceTick> start = batch;
        int round = 0;
        QBENCHMARK {
            const double move = ++round % 2 ? 1.001 : 0.999;
            for (size_t k = 0; k < batch.size(); ++k) batch[k].market = start[k].market * move;
            if (batched) t.engine.setPrices(batch);
            else
                for (const auto& tick : batch) t.engine.setPrice(tick.asset, tick.market);
        }
        qInfo("%zu ticks a batch", batch.size());
    }

    // What the live worker pays to publish a snapshot after a tick (ui/feed/livefeed.cpp): a copy
    // of the engine the views read, and its alert conditions.
    void snapshot_data() { sizes(); }
    void snapshot()
    {
        QFETCH(QString, size);
        Ticking t(book(size));
        QVERIFY(t.asset >= 0);
        QBENCHMARK {
            t.tick();
            auto copy = std::make_shared<ExposureEngine>(t.engine);
            copy->refreshAlerts();
            QVERIFY(copy->result().positions.size() == t.engine.book().positions.size());
        }
    }

    void quoteAndRoute_data() { sizes(); }
    void quoteAndRoute()
    {
        QFETCH(QString, size);
        const auto b = book(size);
        ExposureEngine e(b);
        e.compute();
        const Pool& pool = b->pools.front();
        const int asset = pool.baseIx;
        QBENCHMARK {
            const Quote q = quoteSellBase(pool, 10.0);
            const Route r = e.exitRoute(asset, 1000.0);
            QVERIFY(q.amountOut >= 0 && r.value >= 0);
        }
    }

    void shock_data() { sizes(); }
    void shock()
    {
        QFETCH(QString, size);
        const auto b = book(size);
        QVERIFY(!b->scenarios.empty());
        ShockOptions o;
        o.computeDebtRank = false;
        const ShockContext context(*b);
        QBENCHMARK {
            const ShockResult r = runScenario(context, b->scenarios.front(), o);
            QVERIFY(!r.cancelled);
        }
    }

    void shockCold_data() { sizes(); }
    void shockCold() // including the preparation of the book (what one CLI shock pays)
    {
        QFETCH(QString, size);
        const auto b = book(size);
        ShockOptions o;
        o.computeDebtRank = false;
        QBENCHMARK {
            const ShockResult r = runScenario(*b, b->scenarios.front(), o);
            QVERIFY(!r.cancelled);
        }
    }

    void clearing_data() { networkSizes(); }
    void clearing()
    {
        QFETCH(int, nodes);
        QFETCH(int, claims);
        const ObligationNetwork net = randomNetwork(nodes, claims, 7);
        QBENCHMARK {
            const ClearingSolution s = clearEisenbergNoe(net);
            QVERIFY(s.converged);
        }
    }

    void debtRank_data() { networkSizes(); }
    void debtRank()
    {
        QFETCH(int, nodes);
        QFETCH(int, claims);
        const ObligationNetwork net = randomNetwork(nodes, claims, 11);
        ExposureNetwork en;
        en.nodes = nodes;
        en.equity.assign(nodes, 0.0);
        for (const auto& c : net.claims) en.exposures.push_back({c.creditor, c.debtor, c.amount}), en.equity[c.creditor] += c.amount * 0.2;
        std::vector<double> initial(nodes, 0.0);
        for (int i = 0; i < nodes; i += 97) initial[i] = 1.0;
        QBENCHMARK {
            const auto r = debtRankDifferential(en, initial);
            QVERIFY(r.debtRank >= 0);
        }
    }

    void monteCarlo200_data() { sizes(); }
    void monteCarlo200() // 200 scenarios per iteration: scenarios/s = 200,000 / ms
    {
        QFETCH(QString, size);
        StressOptions o;
        o.scenarios = 200;
        QBENCHMARK {
            const StressResult r = runMonteCarlo(*book(size), o);
            QCOMPARE(r.scenarios, 200LL);
        }
    }
};

QTEST_APPLESS_MAIN(BenchCore)
#include "bench_core.moc"
