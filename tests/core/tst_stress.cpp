// Monte Carlo, reverse stress and predictive margin.
#include "bookio.h"
#include "generate.h"
#include "json_io.h"
#include "report.h"
#include "stress.h"

#include <QtTest>

#include <cstring>
#include <tuple>

using namespace ballast;

namespace {
const char* kTiny = R"({
  "format": "ballast.workbook", "version": 1, "meta": {"asOf": "2026-11-20T00:00:00Z"},
  "assets": [{"id": "WETH", "kind": "crypto", "price": 2000, "volatility": 0.6}, {"id": "USDC", "kind": "stablecoin", "price": 1}],
  "nodes": [{"id": "b1", "type": "fund", "equity": 1000},
            {"id": "aave", "type": "lending-venue", "finalitySec": 0,
             "riskParams": {"WETH": {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05, "protocolFee": 0.1}}},
            {"id": "amm", "type": "amm-venue"}],
  "pools": [{"id": "p", "venue": "amm", "model": "constant-product", "base": "WETH", "quote": "USDC",
             "reserveBase": 1000, "reserveQuote": 2000000, "feeBps": 0}],
  "positions": [{"id": "c1", "owner": "b1", "asset": "WETH", "quantity": 10, "pledgedTo": "l1"}],
  "loans": [{"id": "l1", "borrower": "b1", "venue": "aave", "debtAsset": "USDC", "debt": 12300, "collateral": ["c1"]}]
})";
Book tiny() { return std::move(*parseWorkbookJson(kTiny, "tiny.json")); }
} // namespace

class TestStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproducibleWhateverTheThreadCount()
    {
        const Book b = std::move(*app::loadBook("demo"));
        StressOptions o;
        o.scenarios = 300;
        o.seed = 99;
        o.studentT = 5;
        o.jumpIntensity = 20;
        o.threads = 1;
        const StressResult one = runMonteCarlo(b, o);
        o.threads = 2;
        const StressResult two = runMonteCarlo(b, o);
        o.threads = 3;
        const StressResult three = runMonteCarlo(b, o);
        QVERIFY(one.losses == two.losses && two.losses == three.losses);
        QVERIFY(one.badDebt == three.badDebt && one.defaults == three.defaults);
        QCOMPARE(one.var, three.var);
        o.seed = 100;
        QVERIFY(runMonteCarlo(b, o).losses != one.losses);
    }

    // A run elsewhere (ballast-mpi, for the desk's launcher) comes back as its JSON: every figure the
    // desk shows reads back exactly; a malformed object names the key
    void stressResultReadsBackFromItsJson()
    {
        const Book b = std::move(*app::loadBook("demo"));
        StressOptions o;
        o.scenarios = 700;
        o.seed = 3;
        const StressResult r = runMonteCarlo(b, o);
        const auto back = stressFromJson(b, nlohmann::json::parse(stressJson(b, r).dump()));
        QVERIFY(back.ok());
        QCOMPARE(back->scenarios, r.scenarios);
        QCOMPARE(back->confidence, r.confidence);
        QCOMPARE(back->var, r.var);
        QCOMPARE(back->es, r.es);
        QCOMPARE(back->liquidationsAtRisk, r.liquidationsAtRisk);
        QCOMPARE(back->badDebtQuantile, r.badDebtQuantile);
        QCOMPARE(back->meanLoss, r.meanLoss);
        QCOMPARE(back->maxLoss, r.maxLoss);
        QCOMPARE(back->meanBadDebt, r.meanBadDebt);
        QCOMPARE(back->histogram, r.histogram);
        QCOMPARE(back->histogramMin, r.histogramMin);
        QCOMPARE(back->histogramWidth, r.histogramWidth);
        QCOMPARE(back->defaultCounts, r.defaultCounts);
        QCOMPARE(back->factors, r.factors);
        nlohmann::json broken = stressJson(b, r);
        broken["es"].erase("0.99");
        const auto bad = stressFromJson(b, broken);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.issues().front().place, std::string("/es/0.99"));
    }

    void riskMeasuresAreOrdered()
    {
        const Book b = std::move(*app::loadBook("demo"));
        StressOptions o;
        o.scenarios = 400;
        const StressResult r = runMonteCarlo(b, o);
        QCOMPARE(r.confidence.size(), size_t(2));
        QVERIFY(r.var[1] >= r.var[0]);
        QVERIFY(r.es[0] >= r.var[0] && r.es[1] >= r.var[1]);
        QVERIFY(r.liquidationsAtRisk[1] >= r.liquidationsAtRisk[0]);
        long long total = 0;
        for (auto c : r.histogram) total += c;
        QCOMPARE(total, 400LL);
        for (double l : r.losses) QVERIFY(std::isfinite(l));
        // the empirical quantile: the 380th smallest of 400 losses is the 95% VaR
        std::vector<double> sorted = r.losses;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(r.var[0], sorted[379]);
    }

    void cancel()
    {
        const Book b = std::move(*app::loadBook("demo"));
        Progress p;
        p.cancel();
        StressOptions o;
        o.scenarios = 100000;
        const StressResult r = runMonteCarlo(b, o, &p);
        QVERIFY(r.cancelled);
    }

    void psdRepair()
    {
        Book b = tiny();
        b.assets.push_back(Asset{});
        b.assets.back().id = "WBTC", b.assets.back().price = 30000, b.assets.back().volatility = 0.5;
        b.assets.push_back(Asset{});
        b.assets.back().id = "LINK", b.assets.back().price = 10, b.assets.back().volatility = 0.8;
        b.correlations = {{"WETH", "WBTC", 0.9}, {"WBTC", "LINK", 0.9}, {"WETH", "LINK", -0.9}}; // not PSD
        b.resolve();
        int repairs = 0;
        const std::vector<int> f{0, 2, 3};
        const auto c = factorCorrelation(b, f, false, &repairs);
        QVERIFY(repairs > 0);
        for (int i = 0; i < 3; ++i) QVERIFY(std::fabs(c[i * 3 + i] - 1.0) < 1e-12);
        StressOptions o;
        o.scenarios = 50;
        const StressResult r = runMonteCarlo(b, o);
        for (double l : r.losses) QVERIFY(std::isfinite(l));
    }

    // Bad debt appears once the whole collateral no longer covers debt x bonus:
    // 10 P < 12300 x 1.05, i.e. a drop of 1 - 1291.5 / 2000 = 0.35425.
    void reverseFindsTheAnalyticThreshold()
    {
        auto r = reverseStress(tiny(), "price:WETH", "bad-debt");
        QVERIFY(r.ok());
        QVERIFY(r->found);
        QVERIFY2(std::fabs(r->magnitude - 0.35425) < 1e-5, qPrintable(QString::number(r->magnitude, 'g', 10)));
        auto none = reverseStress(tiny(), "delay:b1", "bad-debt");
        QVERIFY(none.ok());
        QVERIFY(!none->found);
        QVERIFY(!reverseStress(tiny(), "price:NOPE", "bad-debt").ok());
        QVERIFY(!reverseStress(tiny(), "price:WETH", "loss:abc").ok());
    }

    // 99% move over 2 h (heartbeat 1 h + finality 0 + 1 h to sell) at 60% volatility; selling all
    // 10 WETH into 1000 / 2,000,000 without fee returns 10 x 2e6 / 1010.
    // Speculative bisection: a batch of width w evaluates the next floor(log2(w + 1)) halvings ahead and the
    // search follows the path of one evaluation at a time, so every figure is the same to the bit, in
    // fewer rounds: round 0 (the largest size, and zero when w > 1), then ceil(steps / depth) batches.
    void reverseIsTheSameForAnyWidth_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("tiny: price -> bad debt") << QStringLiteral("price:WETH") << QStringLiteral("bad-debt");
        QTest::newRow("demo: crypto -> bad debt") << QStringLiteral("crypto") << QStringLiteral("bad-debt");
        QTest::newRow("demo: crypto -> loss 5m") << QStringLiteral("crypto") << QStringLiteral("loss:5000000");
        QTest::newRow("demo: not reached") << QStringLiteral("liquidity:uni-eth") << QStringLiteral("loss:1e15");
    }
    void reverseIsTheSameForAnyWidth()
    {
        QFETCH(QString, family);
        QFETCH(QString, outcome);
        const Book b = std::strncmp(QTest::currentDataTag(), "tiny", 4) == 0 ? tiny() : std::move(*app::loadBook("demo"));
        auto one = reverseStress(b, family.toStdString(), outcome.toStdString());
        QVERIFY(one.ok());
        QCOMPARE(one->rounds, one->evaluated - (one->found ? 1 : 0)); // one size per round, then the final run
        QCOMPARE(one->evaluations, one->evaluated);
        for (int width : {2, 3, 7, 15}) {
            std::vector<int> batchSizes;
            auto plan = ReversePlan::make(b, family.toStdString(), outcome.toStdString());
            QVERIFY(plan.ok());
            const ReverseEvaluator eval = [&](const std::vector<double>& xs) {
                batchSizes.push_back(static_cast<int>(xs.size()));
                std::vector<char> out;
                for (double x : xs) out.push_back(plan->hits(x));
                return out;
            };
            auto w = reverseStress(b, family.toStdString(), outcome.toStdString(), nullptr, width, eval);
            QVERIFY(w.ok());
            QCOMPARE(w->found, one->found);
            QVERIFY2(std::memcmp(&w->magnitude, &one->magnitude, sizeof(double)) == 0, qPrintable(QString::number(width)));
            QCOMPARE(w->lower, one->lower);
            QCOMPARE(w->upper, one->upper);
            QCOMPARE(w->evaluations, one->evaluations);
            QCOMPARE(w->loss, one->loss);
            QCOMPARE(w->badDebt, one->badDebt);
            for (int n : batchSizes) QVERIFY(n <= width);
            if (!one->found) continue;
            int depth = 0;
            while ((2 << depth) - 1 <= width) ++depth;
            const int steps = one->evaluations - 3; // the halvings: all but the largest size, zero and the final run
            QCOMPARE(w->rounds, 1 + (steps + depth - 1) / depth);
            QVERIFY(w->evaluated >= one->evaluated);
        }
    }

    // The Monte Carlo's lean what-if (no DebtRank, no price paths, no health after the run, loans
    // recomputed only where their inputs moved, routes found with the bracketed bisection) gives the
    // outcome of the full what-if with every loan recomputed every round, to the bit; and the
    // incremental health of the loans changes nothing in the full result either (its whole JSON).
    void monteCarloIsTheFullWhatIf_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::addColumn<bool>("breakers");
        QTest::newRow("demo") << false << true;
        QTest::newRow("demo, no breakers") << false << false;
        QTest::newRow("generated") << true << true;
    }
    void monteCarloIsTheFullWhatIf()
    {
        QFETCH(bool, generated);
        QFETCH(bool, breakers);
        GenerateOptions g;
        g.seed = 11;
        const Book b = generated ? generateBook(g) : std::move(*app::loadBook("demo"));
        StressOptions o;
        o.scenarios = 64;
        o.seed = 5;
        o.studentT = 4;
        o.jumpIntensity = 30;
        o.breakers = breakers;
        const MonteCarloPlan plan(b, o);
        const ShockContext context(b);
        auto same = [](double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; };
        int liquidating = 0;
        for (long long i = 0; i < o.scenarios; ++i) {
            const Scenario sc = plan.scenario(i);
            ScenarioOutcome lean;
            plan.run(i, lean);
            ShockOptions full;
            full.breakers = breakers;
            full.incremental = false;
            const ShockResult reference = runScenario(context, sc, full);
            const QByteArray at = QByteArray("scenario ") + QByteArray::number(i);
            QVERIFY2(same(lean.loss, reference.losses.total()), at.constData());
            QVERIFY2(same(lean.liquidated, reference.debtRepaid), at.constData());
            QVERIFY2(same(lean.badDebt, reference.badDebt), at.constData());
            QCOMPARE(lean.defaults, reference.defaults);
            liquidating += reference.liquidations > 0;
            if (i % 8 == 0) { // the whole result, incremental or not
                full.incremental = true;
                ShockResult incremental = runScenario(context, sc, full);
                incremental.elapsedMs = reference.elapsedMs;
                QCOMPARE(QByteArray::fromStdString(shockJson(b, incremental).dump()), QByteArray::fromStdString(shockJson(b, reference).dump()));
            }
        }
        QVERIFY2(liquidating > 0, "no scenario liquidated anything: the comparison would prove little");
    }

    void incrementalIsTheFullRecomputeOnTheBooksScenarios()
    {
        const Book b = std::move(*app::loadBook("demo"));
        for (const Scenario& sc : b.scenarios) {
            for (bool breakers : {true, false}) {
                ShockOptions full;
                full.breakers = breakers;
                full.incremental = false;
                ShockResult reference = runScenario(b, sc, full);
                full.incremental = true;
                ShockResult incremental = runScenario(b, sc, full);
                incremental.elapsedMs = reference.elapsedMs = 0;
                QCOMPARE(QByteArray::fromStdString(shockJson(b, incremental).dump()), QByteArray::fromStdString(shockJson(b, reference).dump()));
            }
        }
    }

    // A result reused for the next scenario (what each Monte Carlo thread does) holds that scenario
    // alone: the demo's scenarios and Monte Carlo scenarios of a generated book run one after another
    // into one result, with breakers and without, with and without each loan's health after the run
    // (without it, a run on the same context resets only the loan rows the last one touched), and
    // with a second context's runs in between; each equal to a fresh run's whole JSON. Scenarios with
    // liquidations come before ones without, so rows a reuse failed to clear would show.
    void aReusedResultIsAFreshOne()
    {
        const Book demo = std::move(*app::loadBook("demo"));
        GenerateOptions g;
        g.seed = 11;
        const Book generated = generateBook(g);
        StressOptions mc;
        mc.scenarios = 12;
        mc.seed = 3;
        mc.jumpIntensity = 30;
        const MonteCarloPlan plan(generated, mc);
        std::vector<Scenario> generatedScenarios;
        for (long long i = 0; i < mc.scenarios; ++i) generatedScenarios.push_back(plan.scenario(i));
        const ShockContext demoContext(demo), generatedContext(generated);
        ShockResult reused;
        int liquidating = 0, keptRows = 0;
        for (int pass = 0; pass < 3; ++pass)
            for (const auto& [book, context, scenarios] :
                 {std::tuple<const Book&, const ShockContext&, const std::vector<Scenario>&>{demo, demoContext, demo.scenarios},
                  {generated, generatedContext, generatedScenarios}})
                for (const Scenario& sc : scenarios)
                    for (bool breakers : {true, false}) {
                        ShockOptions o;
                        o.breakers = breakers;
                        o.loanHealthAfter = pass != 1;  // the middle pass keeps the untouched rows
                        o.loanSeizures = pass != 2;
                        keptRows += reused.loanRowsOf == context.data().id;
                        runScenario(context, sc, o, reused);
                        ShockResult fresh = runScenario(context, sc, o);
                        liquidating += fresh.liquidations > 0;
                        reused.elapsedMs = fresh.elapsedMs = 0;
                        QCOMPARE(QByteArray::fromStdString(shockJson(book, reused).dump()), QByteArray::fromStdString(shockJson(book, fresh).dump()));
                        QCOMPARE(reused.loansTouched, fresh.loansTouched);
                    }
        QVERIFY(liquidating > 10);
        QVERIFY(keptRows > 10); // the reset of only the touched rows was taken
    }

    void marginByHand()
    {
        const auto rows = predictiveMargin(tiny());
        QCOMPARE(rows.size(), size_t(1));
        const MarginRow& r = rows[0];
        const double z = 2.3263478740408408, T = 2.0 / 8760.0;
        const double vh = 1 - std::exp(-z * 0.6 * std::sqrt(T));
        const double slip = 1 - (10 * 2e6 / 1010.0) / 20000.0;
        QVERIFY(std::fabs(r.horizonHours - 2.0) < 1e-12);
        QVERIFY(std::fabs(r.volatilityHaircut - vh) < 1e-9);
        QVERIFY(std::fabs(r.slippage - slip) < 1e-9);
        QVERIFY(std::fabs(r.suggestedMaxLtv - (1 - vh) * (1 - slip) / 1.05) < 1e-9);
        QCOMPARE(r.underMargined, 0.75 > r.suggestedMaxLtv);
    }
};

QTEST_APPLESS_MAIN(TestStress)
#include "tst_stress.moc"
