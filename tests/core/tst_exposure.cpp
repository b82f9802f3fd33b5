// The exposure engine against hand-computed values, and incremental ticks against full recomputes.
#include "bookio.h"
#include "absorption.h"
#include "alerts.h"
#include "shock.h"
#include "bottleneck.h"
#include "crosschain.h"
#include "json_io.h"
#include "report.h"
#include "exposure.h"
#include "generate.h"
#include "testbooks.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace ballast;

namespace {
bool rel(double a, double b, double tol) { return std::fabs(a - b) <= tol * std::max(std::fabs(b), 1e-300); }
// a workbook written in a test, its issues printed when it does not parse
auto handBook(const char* json, const char* name)
{
    auto parsed = parseWorkbookJson(json, name);
    if (!parsed)
        for (const auto& i : parsed.issues()) qWarning("%s", i.toString().c_str());
    return parsed;
}
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b || rel(a, b, 1e-12); }
/// The rows of the cases that run on both the demo book and a generated one.
void demoAndGeneratedRows()
{
    QTest::addColumn<QString>("book");
    QTest::newRow("demo") << QStringLiteral("demo");
    QTest::newRow("generated") << QStringLiteral("generated");
}
/// "demo", or a generated book of the default size with this seed.
Book bookNamed(const QString& name, std::uint64_t seed)
{
    if (name == QStringLiteral("demo")) return std::move(*app::loadBook("demo"));
    GenerateOptions o;
    o.seed = seed;
    return generateBook(o);
}

void compareExposures(const Exposure& a, const Exposure& b)
{
    QCOMPARE(a.positions.size(), b.positions.size());
    for (size_t i = 0; i < a.positions.size(); ++i) {
        QVERIFY2(same(a.positions[i].marketValue, b.positions[i].marketValue), qPrintable(QStringLiteral("position %1").arg(i)));
        QVERIFY2(same(a.positions[i].exitValue, b.positions[i].exitValue), qPrintable(QStringLiteral("position %1 exit").arg(i)));
        QVERIFY(same(a.positions[i].collateralValue, b.positions[i].collateralValue));
        QVERIFY(same(a.positions[i].healthFactor, b.positions[i].healthFactor));
    }
    for (size_t i = 0; i < a.loans.size(); ++i) {
        QVERIFY(same(a.loans[i].healthFactor, b.loans[i].healthFactor));
        QVERIFY(same(a.loans[i].debtValue, b.loans[i].debtValue));
        QVERIFY(same(a.loans[i].liquidationPrice, b.loans[i].liquidationPrice));
    }
    for (size_t i = 0; i < a.derivatives.size(); ++i) QVERIFY(same(a.derivatives[i].value, b.derivatives[i].value));
    // aggregates: a tick updates them by difference, so they must equal a fresh sum (1e-9 relative
    // for sums of many terms, or 1e-6 of the largest term when a sum cancels to near zero)
    auto close = [](double x, double y, double scale) {
        return (std::isnan(x) && std::isnan(y)) || x == y || std::fabs(x - y) <= 1e-9 * std::max({std::fabs(x), std::fabs(y), scale * 1e-3});
    };
    const double scale = std::max(1.0, b.totals.marketValue);
    for (size_t i = 0; i < a.nodes.size(); ++i) {
        QVERIFY(close(a.nodes[i].receivables, b.nodes[i].receivables, scale));
        QVERIFY(close(a.nodes[i].payables, b.nodes[i].payables, scale));
        QVERIFY(close(a.nodes[i].net, b.nodes[i].net, scale));
        QVERIFY2(close(a.nodes[i].holdings, b.nodes[i].holdings, scale), qPrintable(QStringLiteral("node %1 holdings").arg(i)));
        QVERIFY(close(a.nodes[i].collateralPosted, b.nodes[i].collateralPosted, scale));
        QCOMPARE(a.nodes[i].collateralByVenue.size(), b.nodes[i].collateralByVenue.size());
        for (size_t k = 0; k < a.nodes[i].collateralByVenue.size(); ++k) {
            QCOMPARE(a.nodes[i].collateralByVenue[k].first, b.nodes[i].collateralByVenue[k].first);
            QVERIFY(close(a.nodes[i].collateralByVenue[k].second, b.nodes[i].collateralByVenue[k].second, scale));
        }
    }
    QCOMPARE(a.venues.size(), b.venues.size());
    for (size_t i = 0; i < a.venues.size(); ++i) {
        QVERIFY(close(a.venues[i].collateralValue, b.venues[i].collateralValue, scale));
        QVERIFY(close(a.venues[i].debtValue, b.venues[i].debtValue, scale));
        QVERIFY(close(a.venues[i].hhi, b.venues[i].hhi, 1.0));
        QCOMPARE(a.venues[i].loansAtRisk, b.venues[i].loansAtRisk);
    }
    for (size_t i = 0; i < a.assets.size(); ++i) {
        QVERIFY(close(a.assets[i].marketValue, b.assets[i].marketValue, scale));
        QVERIFY(close(a.assets[i].pledgedValue, b.assets[i].pledgedValue, scale));
        for (int k = 0; k < 3; ++k) QVERIFY2(close(a.assets[i].depth[k], b.assets[i].depth[k], scale), qPrintable(QStringLiteral("asset %1 depth").arg(i)));
    }
    QVERIFY(close(a.totals.liquidationCost, b.totals.liquidationCost, scale));
    QVERIFY(close(a.totals.collateralCoverage, b.totals.collateralCoverage, 1.0));
    QVERIFY(close(a.totals.derivativesValue, b.totals.derivativesValue, scale));
    QVERIFY(same(a.totals.marketValue, b.totals.marketValue));
    QVERIFY(same(a.totals.exitValue, b.totals.exitValue));
    QVERIFY(same(a.totals.collateralValue, b.totals.collateralValue));
    QVERIFY(same(a.totals.debtValue, b.totals.debtValue));
    QVERIFY(same(a.totals.minHealthFactor, b.totals.minHealthFactor));
    QCOMPARE(a.totals.loansAtRisk, b.totals.loansAtRisk);
}
} // namespace

class TestExposure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Aave v3 health factor by hand: HF = sum(q x oracle x LT) / debt = 10 x 1816.855 x 0.83 / 14000
    void aaveHealthFactorByHand()
    {
        ExposureEngine e(test::share(test::parse(test::kOneLoanBook)));
        QVERIFY(e.compute());
        const LoanExposure& l = e.result().loans[0];
        QVERIFY(rel(l.healthFactor, 1.0771354642857143, 1e-14));
        QVERIFY(rel(l.collateralValue, 10 * 1816.855 * 0.83, 1e-14));
        QVERIFY(rel(l.borrowingPower, 14625.68275, 1e-14));
        QVERIFY(rel(l.liquidationPrice, 1686.7469879518073, 1e-14)); // 14000 / (10 x 0.83)
        QVERIFY(rel(l.distanceToLiquidation, 0.07161166523921425, 1e-12));
        QVERIFY(!l.atRisk);
        QCOMPARE(e.result().totals.loansAtRisk, 0);
        // a tick below the liquidation price puts it at risk
        e.setPrice(e.book().assetIx("WETH"), 1686.0);
        QVERIFY(e.result().loans[0].healthFactor < 1.0);
        QCOMPARE(e.result().totals.loansAtRisk, 1);
    }

    void inventoryTokenQualityAndAttestation()
    {
        ExposureEngine e(test::share(test::parse(test::kOneLoanBook)));
        e.compute();
        const int w = e.book().assetIx("wCU");
        const AssetExposure& a = e.result().assets[w];
        QVERIFY(rel(a.price, 9306.46843724218, 1e-13)); // 9400 x exp(-0.01 x 1 day)
        QCOMPARE(a.attestationAgeHours, 24.0);
        QVERIFY(a.attestationOverdue); // 24 h > 12 h allowed
        // the token follows its underlying on a tick
        e.setPrice(e.book().assetIx("CU"), 9000);
        QVERIFY(rel(e.result().assets[w].price, 9000 * std::exp(-0.01), 1e-13));
        // no pool trades wCU, nor copper: the exit value falls back to market, 5 x 9000 x exp(-0.01), and says so
        QVERIFY(rel(e.result().positions[1].exitValue, 5 * 9000 * std::exp(-0.01), 1e-13));
        QVERIFY(e.result().positions[1].exitAtMarket);
        QVERIFY(!e.result().positions[1].exitExhausted);
        QVERIFY(rel(e.result().totals.exitAtMarketValue, 5 * 9000 * std::exp(-0.01), 1e-13));
    }

    void alertConditionsAtTheirThresholds()
    {
        // loan-1: HF = 10 x 1816.855 x 0.83 / 14000 = 1.0771 (a warning, below 1.10); wCU's attestation is overdue
        ExposureEngine e(test::share(test::parse(test::kOneLoanBook)));
        e.compute();
        auto has = [&](const std::vector<AlertCondition>& cs, AlertCondition::Kind k, bool critical) {
            for (const auto& c : cs)
                if (c.kind == k && c.critical == critical) return true;
            return false;
        };
        auto cs = alertConditions(e.book(), e.result());
        QVERIFY(has(cs, AlertCondition::Kind::Health, false));
        QVERIFY(has(cs, AlertCondition::Kind::AttestationOverdue, false));
        QVERIFY(e.alerts().empty()); // until a publisher refreshes them
        e.refreshAlerts();
        QCOMPARE(e.alerts().size(), cs.size());
        // WETH at 1686: HF 0.9995, critical; an oracle 3% off the market is a warning, 6% critical
        const int weth = e.book().assetIx("WETH");
        e.setPrice(weth, 1686.0, 1686.0 * 1.03);
        cs = alertConditions(e.book(), e.result());
        QVERIFY(has(cs, AlertCondition::Kind::OracleDeviation, false));
        e.setPrice(weth, 1686.0, 1686.0 * 0.94);
        cs = alertConditions(e.book(), e.result());
        QVERIFY(has(cs, AlertCondition::Kind::OracleDeviation, true));
        QVERIFY(has(cs, AlertCondition::Kind::Health, true));
    }

    void exitValueIsBestExecution()
    {
        ExposureEngine e(test::share(test::parse(test::kOneLoanBook)));
        e.compute();
        const double expected = quoteSellBase(e.book().pools[0], 10).amountOut; // one pool: the whole sale
        QVERIFY(rel(e.result().positions[0].exitValue, expected, 1e-7)); // interpolated curve, see below
        QVERIFY(e.result().positions[0].liquidationCost > 0);
    }

    // The interpolated proceeds curve against an exact best-execution route for every position.
    void exitCurveMatchesExactRoute_data() { demoAndGeneratedRows(); }
    void exitCurveMatchesExactRoute()
    {
        QFETCH(QString, book);
        ExposureEngine e(test::share(bookNamed(book, 5)));
        e.compute();
        double worst = 0;
        for (size_t p = 0; p < e.book().positions.size(); ++p) {
            const auto& pos = e.book().positions[p];
            const Route exact = e.exitRoute(pos.assetIx, pos.quantity);
            const double got = e.result().positions[p].exitValue;
            if (exact.value > 0) worst = std::max(worst, std::fabs(got - exact.value) / exact.value);
        }
        qInfo("largest relative difference %.3g", worst);
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
    }

    void counterpartiesAndConcentration()
    {
        ExposureEngine e(test::share(test::parse(test::kOneLoanBook)));
        e.compute();
        const Book& b = e.book();
        const auto& x = e.result();
        QCOMPARE(x.nodes[b.nodeIx("bank")].receivables, 250000.0);
        QCOMPARE(x.nodes[b.nodeIx("aave-eth")].receivables, 14000.0);
        QCOMPARE(x.nodes[b.nodeIx("treasury")].payables, 264000.0);
        QCOMPARE(x.nodes[b.nodeIx("treasury")].net, -264000.0);
        // WETH held 10 by treasury and 30 by the bank: HHI = 0.25^2 + 0.75^2
        QVERIFY(rel(x.assets[b.assetIx("WETH")].hhi, 0.625, 1e-14));
        QCOMPARE(x.nodes[b.nodeIx("treasury")].collateralByVenue.size(), size_t(1));
    }

    // Live snapshots are copies of the engine (their big arrays, here 60,000 positions, copied onto
    // huge pages) and an engine may be assigned over another's: the copy reports exactly what the
    // original does, and so does a smaller book's engine assigned over a bigger one's (whose arrays
    // it reuses).
    void copiesReportTheSame()
    {
        GenerateOptions wide;
        wide.seed = 7, wide.positions = 60000, wide.nodes = 2000, wide.links = 4000;
        ExposureEngine big(test::share(generateBook(wide)));
        QVERIFY(big.compute());
        ExposureEngine demo(test::share(bookNamed(QStringLiteral("demo"), 7)));
        QVERIFY(demo.compute());
        demo.setPrice(demo.book().assetIx("WETH"), demo.marketPrice(demo.book().assetIx("WETH")) * 0.9);
        const std::string bigText = exposureJson(big).dump(), demoText = exposureJson(demo).dump();
        const ExposureEngine bigCopy(big);
        QVERIFY(exposureJson(bigCopy).dump() == bigText);
        ExposureEngine reused(big);
        reused = demo;
        QVERIFY(exposureJson(reused).dump() == demoText);
        QCOMPARE(reused.result().positions.size(), demo.book().positions.size());
        reused = big; // and back: the arrays grow again
        QVERIFY(exposureJson(reused).dump() == bigText);
    }

    // A long live session: enough ticks that the aggregates are re-summed in full several times (after
    // 16 times the book's positions, loans and pools have been updated) and updated by difference
    // after each. "wide" holds 5,000 positions of each asset, so its ticks recompute them on both cores.
    void incrementalEqualsFullRecompute_data()
    {
        demoAndGeneratedRows();
        QTest::newRow("wide") << QStringLiteral("wide");
    }
    void incrementalEqualsFullRecompute()
    {
        QFETCH(QString, book);
        GenerateOptions wide;
        wide.seed = 7, wide.positions = 120000, wide.nodes = 2000, wide.links = 4000;
        const int ticks = book == QStringLiteral("wide") ? 1000 : 3000;
        ExposureEngine e(test::share(book == QStringLiteral("wide") ? generateBook(wide) : bookNamed(book, 7)));
        QVERIFY(e.compute());
        const Book& bk = e.book();
        // ticks on a collateral asset, a commodity under inventory tokens, and a quote stablecoin
        for (const char* id : {"WETH", "CU", "USDC", "WBTC"}) {
            const int a = bk.assetIx(id);
            if (a < 0) continue;
            e.setPrice(a, e.marketPrice(a) * 0.83);
        }
        // then ticks in a fixed pseudo-random order, up and down
        std::vector<int> tradable;
        for (int a = 0; a < static_cast<int>(bk.assets.size()); ++a)
            if (bk.assets[a].kind == AssetKind::Crypto || bk.assets[a].kind == AssetKind::Commodity) tradable.push_back(a);
        for (int i = 0; i < ticks && !tradable.empty(); ++i) {
            const int a = tradable[(i * 7919) % tradable.size()];
            e.setPrice(a, e.marketPrice(a) * (i % 3 == 0 ? 1.011 : 0.993));
        }
        const Exposure incremental = e.result();
        QVERIFY(e.compute());
        compareExposures(incremental, e.result());
    }

    // A feed's batch applied at once (setPrices) against the same ticks one at a time (setPrice): each
    // asset, position, loan, derivative and pool the same (within 1e-12, `same`), the aggregates as
    // the tick-by-tick ones and a full recompute (compareExposures). The batches mix stablecoins
    // (whose ticks move nearly every exit value), commodities under inventory tokens and crypto, an
    // oracle's own price, and ticks setPrice() skips (an unknown asset, NaN, a negative price).
    void batchEqualsTickByTick_data() { demoAndGeneratedRows(); }
    void batchEqualsTickByTick()
    {
        QFETCH(QString, book);
        const auto shared = test::share(bookNamed(book, 11));
        ExposureEngine one(shared), batched(shared);
        QVERIFY(one.compute());
        QVERIFY(batched.compute());
        const Book& bk = one.book();
        std::vector<int> tradable;
        for (int a = 0; a < static_cast<int>(bk.assets.size()); ++a)
            if (bk.assets[a].kind != AssetKind::InventoryToken) tradable.push_back(a);
        QVERIFY(!tradable.empty());
        std::mt19937_64 rng(5);
        int stablecoinTicks = 0;
        for (int round = 0; round < 200; ++round) {
            std::vector<ExposureEngine::PriceTick> batch;
            const size_t n = 1 + rng() % std::min<size_t>(tradable.size(), 40);
            for (size_t k = 0; k < n; ++k) {
                const int a = tradable[rng() % tradable.size()]; // an asset may tick twice in a batch
                const double move = 0.97 + 0.06 * static_cast<double>(rng() % 1000) / 1000.0;
                const double oracle = rng() % 5 == 0 ? one.marketPrice(a) * 1.02 : kNaN;
                batch.push_back({a, one.marketPrice(a) * move, oracle});
                stablecoinTicks += bk.assets[a].kind == AssetKind::Stablecoin;
            }
            if (round % 17 == 0) batch.push_back({-1, 1.0, kNaN});
            if (round % 19 == 0) batch.push_back({tradable.front(), kNaN, kNaN});
            if (round % 23 == 0) batch.push_back({tradable.back(), -2.0, kNaN});
            for (const auto& t : batch) one.setPrice(t.asset, t.market, t.oracle);
            batched.setPrices(batch);
        }
        QVERIFY(stablecoinTicks > 0);
        const Exposure& x = batched.result();
        compareExposures(x, one.result());
        for (size_t p = 0; p < x.pools.size(); ++p) {
            QVERIFY2(same(x.pools[p].mid, one.result().pools[p].mid), qPrintable(QStringLiteral("pool %1").arg(p)));
            for (int k = 0; k < 3; ++k) QVERIFY(same(x.pools[p].depthValue[k], one.result().pools[p].depthValue[k]));
        }
        for (size_t a = 0; a < x.assets.size(); ++a) QVERIFY(same(x.assets[a].price, one.result().assets[a].price));
        const Exposure before = x;
        QVERIFY(batched.compute());
        compareExposures(before, batched.result());
    }

    // A refiner takes in 300 a day (300 t over 10 days at 10) and can pass on 100 (its supply link's
    // capacity): a bottleneck of 200 a day, two thirds of its inflow. The mine upstream holds goods
    // pledged to l1 (100 tokens at 5 = 500, a fifth of l1's collateral beside 1 WETH at 2,000) and the
    // refiner goods pledged to l2 (20 at 5 = 100, all of it); the maker's l3 sits downstream and does
    // not wait. A warehouse that receives but whose only outgoing link is a supply relation with no
    // capacity, shipping nothing, has an unknown outflow: not a bottleneck.
    void bottlenecksByHand()
    {
        const auto parsed = handBook(R"({
          "format": "ballast.workbook", "version": 1, "meta": {"asOf": "2026-11-20T00:00:00Z"},
          "assets": [{"id": "CU", "kind": "commodity", "price": 10}, {"id": "INV", "kind": "commodity", "price": 5},
                     {"id": "WETH", "kind": "crypto", "price": 2000}, {"id": "USDC", "kind": "stablecoin", "price": 1}],
          "nodes": [{"id": "mine", "type": "supplier", "tier": 3}, {"id": "ref", "type": "manufacturer", "tier": 2},
                    {"id": "maker", "type": "manufacturer", "tier": 1}, {"id": "wh", "type": "warehouse", "tier": 2},
                    {"id": "aave", "type": "lending-venue",
                     "riskParams": {"INV": {"ltv": 0.5, "liquidationThreshold": 0.6, "liquidationBonus": 1.05},
                                    "WETH": {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05}}}],
          "links": [{"id": "s1", "type": "shipment", "from": "mine", "to": "ref", "asset": "CU", "quantity": 300,
                     "transitDays": {"mean": 10, "std": 0}},
                    {"id": "s2", "type": "shipment", "from": "mine", "to": "wh", "asset": "CU", "quantity": 100,
                     "transitDays": {"mean": 10, "std": 0}},
                    {"id": "k1", "type": "supply", "from": "ref", "to": "maker", "capacity": 100},
                    {"id": "k2", "type": "supply", "from": "wh", "to": "maker"}],
          "positions": [{"id": "p1", "owner": "mine", "asset": "INV", "quantity": 100, "pledgedTo": "l1"},
                        {"id": "p2", "owner": "mine", "asset": "WETH", "quantity": 1, "pledgedTo": "l1"},
                        {"id": "p3", "owner": "ref", "asset": "INV", "quantity": 20, "pledgedTo": "l2"},
                        {"id": "p4", "owner": "maker", "asset": "INV", "quantity": 50, "pledgedTo": "l3"}],
          "loans": [{"id": "l1", "borrower": "mine", "venue": "aave", "debtAsset": "USDC", "debt": 100, "collateral": ["p1", "p2"]},
                    {"id": "l2", "borrower": "ref", "venue": "aave", "debtAsset": "USDC", "debt": 10, "collateral": ["p3"]},
                    {"id": "l3", "borrower": "maker", "venue": "aave", "debtAsset": "USDC", "debt": 10, "collateral": ["p4"]}]
        })",
                                              "bottleneck.json");
        QVERIFY(parsed);
        ExposureEngine e(test::share(Book(*parsed)));
        QVERIFY(e.compute());
        const Book& b = e.book();
        const Exposure& x = e.result();
        QVERIFY(x.nodes[b.nodeIx("ref")].bottleneck);
        QVERIFY(!x.nodes[b.nodeIx("wh")].bottleneck); // outflow unknown, not zero
        const BottleneckReport r = bottleneckReport(b, x);
        QCOMPARE(r.total, 1);
        QCOMPARE(r.bottlenecks.size(), size_t(1));
        const Bottleneck& bn = r.bottlenecks[0];
        QCOMPARE(b.nodes[bn.node].id, std::string("ref"));
        QVERIFY(rel(bn.inflowPerDay, 300.0, 1e-12));
        QVERIFY(rel(bn.outflowCapacityPerDay, 100.0, 1e-12));
        QVERIFY(rel(bn.excessPerDay, 200.0, 1e-12));
        QVERIFY(rel(bn.excessShare, 2.0 / 3.0, 1e-12));
        QCOMPARE(bn.upstreamStages, 1);
        QCOMPARE(bn.loans.size(), size_t(2)); // l1 (the mine's goods, not its WETH) and l2; not l3
        QCOMPARE(b.loans[bn.loans[0].loan].id, std::string("l1"));
        QCOMPARE(b.nodes[bn.loans[0].holder].id, std::string("mine"));
        QVERIFY(rel(bn.loans[0].marketValue, 500.0, 1e-12));
        QVERIFY(rel(bn.loans[0].shareOfCollateral, 500.0 / 2500.0, 1e-12));
        QCOMPARE(b.loans[bn.loans[1].loan].id, std::string("l2"));
        QVERIFY(rel(bn.loans[1].marketValue, 100.0, 1e-12));
        QVERIFY(rel(bn.loans[1].shareOfCollateral, 1.0, 1e-12));
        QVERIFY(rel(bn.collateralWaiting, 600.0, 1e-12));
        // the max-flow: 300 + 100 shipped, 100 through k1 and whatever k2 carries (nothing stated)
        QVERIFY(rel(r.maxFlowPerDay, 100.0, 1e-12));
        QVERIFY(rel(r.minCutCapacityPerDay, 100.0, 1e-12));
        // in the CLI's JSON
        const nlohmann::json j = exposureJson(e);
        QCOMPARE(j["bottlenecks"][0]["node"], "ref");
        QCOMPARE(j["bottlenecks"][0]["excessPerDay"].get<double>(), bn.excessPerDay);
        QCOMPARE(j["bottlenecks"][0]["loans"][0]["loan"], "l1");
        QCOMPARE(j["bottlenecksTotal"], 1);
        QCOMPARE(j["minCut"]["capacityPerDay"].get<double>(), r.minCutCapacityPerDay);
    }

    // Every book: the report is as large as the flags say (or its limit), excess positive, shares in [0, 1].
    // a venue x asset cell's absorption: one constant-product pool without fee, 1000 WETH against
    // 2,000,000 USDC (mid 2000): selling dx moves the mid by 1 - (x / (x + dx))^2, so the depth at a
    // fall f is x (1/sqrt(1-f) - 1) units; one loan at HF 0.8 / 0.75 x 1.0667 < 1.1 with 100 WETH
    void absorptionByHand()
    {
        const auto parsed = handBook(R"({
          "format": "ballast.workbook", "version": 1, "meta": {"asOf": "2026-11-20T00:00:00Z"},
          "assets": [{"id": "WETH", "kind": "crypto", "price": 2000}, {"id": "USDC", "kind": "stablecoin", "price": 1}],
          "nodes": [{"id": "a", "type": "fund"}, {"id": "b", "type": "fund"}, {"id": "dex", "type": "amm-venue"},
                    {"id": "aave", "type": "lending-venue",
                     "riskParams": {"WETH": {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05}}}],
          "pools": [{"id": "p", "venue": "dex", "model": "constant-product", "base": "WETH", "quote": "USDC",
                     "reserveBase": 1000, "reserveQuote": 2000000, "feeBps": 0}],
          "positions": [{"id": "c1", "owner": "a", "asset": "WETH", "quantity": 100, "pledgedTo": "l1"},
                        {"id": "c2", "owner": "b", "asset": "WETH", "quantity": 100, "pledgedTo": "l2"}],
          "loans": [{"id": "l1", "borrower": "a", "venue": "aave", "debtAsset": "USDC", "debt": 150000, "collateral": ["c1"]},
                    {"id": "l2", "borrower": "b", "venue": "aave", "debtAsset": "USDC", "debt": 100000, "collateral": ["c2"]}],
          "scenarios": [{"id": "drop", "shocks": [{"type": "price", "asset": "WETH", "relative": -0.1}]}]
        })",
                                              "absorption.json");
        QVERIFY(parsed);
        ExposureEngine e(test::share(Book(*parsed)));
        QVERIFY(e.compute());
        const Book& b = e.book();
        const AbsorptionMap m = absorptionMap(b, e.result());
        QCOMPARE(m.venues.size(), size_t(1));
        QCOMPARE(m.assets.size(), size_t(1));
        const AbsorptionCell& cell = *m.cell(0, 0);
        const double f[3] = {0.01, 0.02, 0.05};
        for (int k = 0; k < 3; ++k) QVERIFY(rel(cell.depthValue[k], 1000 * (1 / std::sqrt(1 - f[k]) - 1) * 2000, 1e-6));
        // l1: HF = 100 x 2000 x 0.8 / 150000 = 1.067 (at risk); l2: 1.6 (not)
        QCOMPARE(cell.atRisk.size(), size_t(1));
        QCOMPARE(b.loans[cell.atRisk[0].loan].id, std::string("l1"));
        QVERIFY(rel(cell.collateralAtRisk, 200000.0, 1e-12));
        QVERIFY(rel(cell.coverage, cell.depthValue[1] / 200000.0, 1e-12));
        // the run: what was sold into the pool is what the liquidations seized, less the fees
        const ShockResult r = runScenario(b, b.scenarios[0], {});
        const AbsorptionMap run = absorptionMap(b, e.result(), &r);
        QVERIFY(run.fromRun);
        const AbsorptionCell& sold = *run.cell(0, 0);
        QVERIFY(!sold.sales.empty());
        double seized = 0, fees = 0, salesQty = 0;
        for (const LoanOutcome& lo : r.loans) {
            for (const auto& [a, q] : lo.collateralSeized) seized += q;
            for (const auto& [a, q] : lo.protocolFee) fees += q;
        }
        for (const AbsorbedSale& s : sold.sales) {
            salesQty += s.quantity;
            double parts = 0;
            for (const AbsorbedPart& part : s.loans) parts += part.quantity;
            QVERIFY(rel(parts, s.quantity, 1e-12));
            QVERIFY(s.impact > 0 && s.impact < 1);
        }
        // the first sale by hand: the pool (no fee) keeps k = 1000 x 2,000,000 when the shock recentres
        // it, so before the sale it holds x = sqrt(k / mid) WETH, and selling dx leaves the mid at
        // (x / (x + dx))^2 of what it was
        const RoundRecord* first = nullptr;
        for (const RoundRecord& rr : r.rounds)
            if (!first && !rr.sales.empty()) first = &rr;
        QVERIFY(first);
        const auto& sale0 = first->sales.front();
        const double x0 = std::sqrt(1000.0 * 2000000.0 / sale0.midBefore);
        QVERIFY(rel(sale0.midAfter / sale0.midBefore, std::pow(x0 / (x0 + sale0.quantity), 2), 1e-9));
        QVERIFY(rel(sold.sales.front().impact, 1 - std::pow(x0 / (x0 + sale0.quantity), 2), 1e-9));
        QVERIFY(rel(salesQty, seized - fees, 1e-9));
        QVERIFY(rel(sold.collateralAtRisk, sold.sold, 1e-12));
        const nlohmann::json j = shockJson(b, r);
        QCOMPARE(j["absorbed"].size(), size_t(1));
        QCOMPARE(j["absorbed"][0]["venue"], "dex");
        QVERIFY(!j["rounds"][0]["sales"].empty());
        const nlohmann::json x = exposureJson(e);
        QCOMPARE(x["absorption"]["cells"][0]["collateralAtRisk"].get<double>(), cell.collateralAtRisk);
    }

    // JsonParts writes the text dump() would: keys in the object's order (byte order: upper case
    // first, "a" before "a b" before "ab"), empty objects and arrays, escapes, nesting at any depth
    void jsonPartsWriteAsDump_data()
    {
        QTest::addColumn<int>("indent");
        QTest::newRow("compact") << -1;
        QTest::newRow("indent 0") << 0;
        QTest::newRow("indent 2") << 2;
        QTest::newRow("indent 4") << 4;
    }
    void jsonPartsWriteAsDump()
    {
        QFETCH(int, indent);
        using nlohmann::json;
        const std::vector<json> elements = {json::object(), json::array(), 1.0 / 3, nullptr, "tab\t \"q\" é",
                                            json{{"z", {1, 2, json::array()}}, {"A", json::object()}}};
        JsonParts inner;
        inner.value("b", [] { return json{{"x", 1}}; });
        inner.array("a", elements.size(), [&](size_t i) { return elements[i]; });
        inner.object("empty", JsonParts());
        JsonParts parts;
        parts.value("ab", [] { return json(2); });
        parts.value("a b", [] { return json("space"); });
        parts.value("a", [] { return json(1e300); });
        parts.value("Z", [] { return json(false); });
        parts.array("none", 0, [](size_t) { return json(); });
        parts.array("one", 1, [](size_t) { return json{{"k", "v"}}; });
        parts.object("inner", std::move(inner));
        parts.value("ünïcode \n", [] { return json::array({json::array({json::object()})}); });
        // long enough to be made on every core, a window of chunks at a time, and not a whole number of chunks
        parts.array("long", 40'001, [&](size_t i) { return json{{"i", i}, {"e", elements[i % elements.size()]}}; });
        const json whole = parts.build();
        QCOMPARE(whole.size(), size_t(9));
        QCOMPARE(whole["inner"]["a"].size(), elements.size());
        QCOMPARE(QByteArray::fromStdString(parts.dump(indent)), QByteArray::fromStdString(whole.dump(indent)));
        QCOMPARE(QByteArray::fromStdString(JsonParts().dump(indent)), QByteArray::fromStdString(json::object().dump(indent)));
        // and the demo book's shock results, the CLI's biggest output, whole and a part at a time
        const Book demo = std::move(*app::loadBook("demo"));
        QVERIFY(!demo.scenarios.empty());
        ExposureEngine engine(test::share(Book(demo)));
        QVERIFY(engine.compute());
        QCOMPARE(QByteArray::fromStdString(exposureParts(engine).dump(indent)), QByteArray::fromStdString(exposureJson(engine).dump(indent)));
        for (const Scenario& sc : demo.scenarios) {
            const ShockResult r = runScenario(demo, sc, ShockOptions{});
            QCOMPARE(QByteArray::fromStdString(shockParts(demo, r).dump(indent)), QByteArray::fromStdString(shockJson(demo, r).dump(indent)));
        }
    }

    void crossChainByHand()
    {
        // l1 borrows on Ethereum (finality 1200 s: 2 rounds of 600 s; the scenario makes it 1800 s: 3)
        // against WETH whose only pool is on Polygon, over a bridge of 900 s latency carrying
        // 864,000 a day = 6,000 per round; l2 borrows on Polygon (no crossing), l3 on Arbitrum, which
        // no bridge joins to Polygon (unbridged)
        const auto parsed = handBook(R"({
          "format": "ballast.workbook", "version": 1, "meta": {"asOf": "2026-11-20T00:00:00Z"},
          "assets": [{"id": "WETH", "kind": "crypto", "price": 2000}, {"id": "USDC", "kind": "stablecoin", "price": 1}],
          "nodes": [{"id": "a", "type": "fund"}, {"id": "b", "type": "fund"}, {"id": "c", "type": "fund"},
                    {"id": "dex", "type": "amm-venue", "chain": "polygon", "finalitySec": 0},
                    {"id": "aave", "type": "lending-venue", "chain": "ethereum", "finalitySec": 1200,
                     "riskParams": {"WETH": {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05}}},
                    {"id": "poly", "type": "lending-venue", "chain": "polygon",
                     "riskParams": {"WETH": {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05}}},
                    {"id": "arb", "type": "lending-venue", "chain": "arbitrum", "finalitySec": 60,
                     "riskParams": {"WETH": {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05}}}],
          "links": [{"id": "br", "type": "bridge", "from": "aave", "to": "dex", "latencySec": 900, "capacity": 864000}],
          "pools": [{"id": "p", "venue": "dex", "model": "constant-product", "base": "WETH", "quote": "USDC",
                     "reserveBase": 1000, "reserveQuote": 2000000, "feeBps": 0}],
          "positions": [{"id": "c1", "owner": "a", "asset": "WETH", "quantity": 100, "pledgedTo": "l1"},
                        {"id": "c2", "owner": "b", "asset": "WETH", "quantity": 100, "pledgedTo": "l2"},
                        {"id": "c3", "owner": "c", "asset": "WETH", "quantity": 10, "pledgedTo": "l3"}],
          "loans": [{"id": "l1", "borrower": "a", "venue": "aave", "debtAsset": "USDC", "debt": 150000, "collateral": ["c1"]},
                    {"id": "l2", "borrower": "b", "venue": "poly", "debtAsset": "USDC", "debt": 152000, "collateral": ["c2"]},
                    {"id": "l3", "borrower": "c", "venue": "arb", "debtAsset": "USDC", "debt": 15000, "collateral": ["c3"]}],
          "scenarios": [{"id": "drop", "shocks": [{"type": "price", "asset": "WETH", "relative": -0.1},
                                                 {"type": "finality", "chain": "ethereum", "seconds": 1800}]}]
        })",
                                     "crosschain.json");
        QVERIFY(parsed);
        ExposureEngine e(test::share(Book(*parsed)));
        QVERIFY(e.compute());
        const Book& b = e.book();
        auto loanIx = [&](const char* id) {
            for (size_t l = 0; l < b.loans.size(); ++l)
                if (b.loans[l].id == id) return static_cast<int>(l);
            return -1;
        };
        // today: the three loans are below HF 1.1 (1.067, 1.053, 1.067); l1's 200,000 of WETH would cross
        // the bridge, 33.3 rounds' worth (200,000 / 6,000): 194,000 left after the first, 33 rounds to clear
        const CrossChainReport today = crossChainReport(b, absorptionMap(b, e.result()));
        QCOMPARE(today.chains.size(), size_t(3));
        QCOMPARE(today.bridges.size(), size_t(1));
        const BridgeUse& t = today.bridges[0];
        QCOMPARE(today.chains[t.fromChain].chain, std::string("ethereum"));
        QCOMPARE(today.chains[t.toChain].chain, std::string("polygon"));
        QVERIFY(rel(t.capacityPerRound, 6000.0, 1e-12));
        QVERIFY(rel(t.carried, 200000.0, 1e-12));
        QVERIFY(rel(t.forward, 200000.0, 1e-12));
        QCOMPARE(t.back, 0.0);
        QVERIFY(rel(t.peakUse, 200000.0 / 6000.0, 1e-12));
        QVERIFY(rel(t.backlog, 194000.0, 1e-12));
        QCOMPARE(t.roundsToClear, 33);
        QCOMPARE(t.arrivalRounds, 4); // ceil((1200 + 900) / 600) = ceil(3.5)
        QCOMPARE(t.crossings.size(), size_t(1));
        QCOMPARE(t.crossings[0].loan, loanIx("l1"));
        QVERIFY(rel(today.unbridged, 20000.0, 1e-12)); // l3: 10 WETH from Arbitrum
        QCOMPARE(today.unbridgedCrossings.size(), size_t(1));
        QCOMPARE(today.unbridgedCrossings[0].loan, loanIx("l3"));
        for (const VenueLag& v : today.venues)
            if (b.nodes[v.venue].id == "aave") {
                QCOMPARE(v.lagRounds, 2);
                QCOMPARE(v.lagRoundsAfter, 2);
            }

        // the run: Ethereum's finality goes to 1800 s (3 rounds), and what crosses is l1's share of each
        // round's sales, pro rata to what each liquidation seized
        const ShockResult r = runScenario(b, b.scenarios[0], {});
        QCOMPARE(r.finalitySec.size(), b.nodes.size());
        const CrossChainReport run = crossChainReport(b, absorptionMap(b, Exposure{}, &r), &r);
        QVERIFY(run.fromRun);
        for (const VenueLag& v : run.venues)
            if (b.nodes[v.venue].id == "aave") {
                QCOMPARE(v.finalityAfterSec, 1800.0);
                QCOMPARE(v.lagRounds, 2);
                QCOMPARE(v.lagRoundsAfter, 3);
            }
        const int l1 = loanIx("l1");
        std::vector<double> expected(r.rounds.size(), 0.0);
        double total = 0;
        for (size_t i = 0; i < r.rounds.size(); ++i) {
            const RoundRecord& rr = r.rounds[i];
            double seized = 0, mine = 0;
            for (const auto& z : rr.seized) seized += z.quantity, mine += z.loan == l1 ? z.quantity : 0;
            for (const auto& sale : rr.sales) expected[i] += seized > 0 ? sale.marketValue * mine / seized : 0;
            total += expected[i];
        }
        QVERIFY(r.loans[l1].liquidated);
        QVERIFY(total > 0);
        const BridgeUse& u = run.bridges[0];
        QVERIFY(rel(u.carried, total, 1e-9));
        double queue = 0, peak = 0;
        for (size_t i = 0; i < expected.size(); ++i) {
            QVERIFY(rel(u.perRound[i], expected[i], 1e-9) || (expected[i] == 0 && u.perRound[i] == 0));
            queue = std::max(0.0, queue + expected[i] - 6000.0);
            peak = std::max(peak, expected[i]);
        }
        QVERIFY(rel(u.backlog, queue, 1e-9));
        QVERIFY(rel(u.peakUse, peak / 6000.0, 1e-9));
        QCOMPARE(u.roundsToClear, static_cast<int>(std::ceil(queue / 6000.0)));
        QCOMPARE(u.arrivalRounds, 5); // ceil((1800 + 900) / 600) = ceil(4.5)
        for (const BridgeCrossing& c : u.crossings) QCOMPARE(c.loan, l1);
        const nlohmann::json j = shockJson(b, r);
        QCOMPARE(j["crossChain"]["bridges"][0]["link"], "br");
        QVERIFY(rel(j["crossChain"]["bridges"][0]["carried"].get<double>(), total, 1e-9));
        QCOMPARE(j["crossChain"]["bridges"][0]["perRound"].size(), r.rounds.size());
        const nlohmann::json x = exposureJson(e);
        QCOMPARE(x["crossChain"]["bridges"][0]["roundsToClear"], 33);
        QCOMPARE(x["crossChain"]["chains"].size(), size_t(3));
    }

    void bottlenecksOnDemo()
    {
        ExposureEngine e(test::share(std::move(*app::loadBook("demo"))));
        QVERIFY(e.compute());
        const BottleneckReport r = bottleneckReport(e.book(), e.result(), 5);
        int flagged = 0;
        for (const auto& n : e.result().nodes) flagged += n.bottleneck;
        QCOMPARE(r.total, flagged);
        QVERIFY(r.total >= 1);
        QVERIFY(r.bottlenecks.size() <= 5);
        for (size_t k = 0; k < r.bottlenecks.size(); ++k) {
            QVERIFY(r.bottlenecks[k].excessPerDay > 0);
            if (k > 0) QVERIFY(r.bottlenecks[k].excessPerDay <= r.bottlenecks[k - 1].excessPerDay);
            for (const auto& w : r.bottlenecks[k].loans) QVERIFY(w.shareOfCollateral > 0 && w.shareOfCollateral <= 1);
        }
    }

    void networkFlowsOnDemo()
    {
        ExposureEngine e(test::share(std::move(*app::loadBook("demo"))));
        e.compute();
        const auto& x = e.result();
        QVERIFY(x.totals.maxFlowPerDay > 0);
        int onCut = 0;
        for (const auto& l : x.links) onCut += l.onMinCut;
        QVERIFY(onCut > 0);
        // shp-17: 500 t of copper over 24 planned days
        const int s = e.book().linkIx("shp-17");
        QVERIFY(rel(x.links[s].unitsPerDay, 500.0 / 24.0, 1e-12));
        QVERIFY(rel(x.links[s].inTransitValue, 500 * 9400.0, 1e-12));
    }

    // A tick of a shipped good (copper) leaves the flows at the old price until refreshNetwork();
    // then links, node in/outflow and the max-flow equal a full recompute. A tick of a good no
    // shipment carries (WETH) leaves them fresh.
    void tickRefreshesTheNetwork()
    {
        ExposureEngine e(test::share(std::move(*app::loadBook("demo"))));
        QVERIFY(e.compute());
        const Book& b = e.book();
        e.setPrice(b.assetIx("WETH"), e.marketPrice(b.assetIx("WETH")) * 0.9);
        QVERIFY(!e.networkStale());
        const int cu = b.assetIx("CU"), s = b.linkIx("shp-17");
        const double before = e.result().links[s].inTransitValue, flowBefore = e.result().totals.maxFlowPerDay;
        e.setPrice(cu, 9400 * 0.8);
        QVERIFY(e.networkStale());
        QCOMPARE(e.result().links[s].inTransitValue, before); // still at the old price
        e.refreshNetwork();
        QVERIFY(!e.networkStale());
        QVERIFY(rel(e.result().links[s].inTransitValue, 500 * 9400.0 * 0.8, 1e-12));
        QVERIFY(e.result().totals.maxFlowPerDay < flowBefore); // copper shipments carry less value
        const Exposure refreshed = e.result();
        QVERIFY(e.compute());
        const Exposure& full = e.result();
        QVERIFY(same(refreshed.totals.maxFlowPerDay, full.totals.maxFlowPerDay));
        for (size_t l = 0; l < full.links.size(); ++l) {
            QVERIFY2(same(refreshed.links[l].valuePerDay, full.links[l].valuePerDay), qPrintable(QString::number(l)));
            QVERIFY(same(refreshed.links[l].inTransitValue, full.links[l].inTransitValue));
            QCOMPARE(refreshed.links[l].onMinCut, full.links[l].onMinCut);
        }
        for (size_t n = 0; n < full.nodes.size(); ++n) {
            QVERIFY(same(refreshed.nodes[n].inflowPerDay, full.nodes[n].inflowPerDay));
            QVERIFY(same(refreshed.nodes[n].outflowCapacityPerDay, full.nodes[n].outflowCapacityPerDay));
            QCOMPARE(refreshed.nodes[n].bottleneck, full.nodes[n].bottleneck);
        }
    }

    void noNonFiniteOnDemo()
    {
        ExposureEngine e(test::share(std::move(*app::loadBook("demo"))));
        e.compute();
        for (const auto& p : e.result().positions) {
            QVERIFY(std::isfinite(p.marketValue));
            QVERIFY(std::isfinite(p.exitValue));
        }
        for (const auto& d : e.result().derivatives) QVERIFY(std::isfinite(d.value));
        for (const auto& g : e.result().greeks) QVERIFY(std::isfinite(g.hedgeCost));
    }
};

QTEST_APPLESS_MAIN(TestExposure)
#include "tst_exposure.moc"
