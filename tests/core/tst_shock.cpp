// The shock engine: hand-checked cascades, breakers, oracle lag, attribution, every demo scenario.
#include "bookio.h"
#include "generate.h"
#include "json_io.h"
#include "report.h"
#include "exposure.h"
#include "health.h"
#include "shock.h"
#include "survival.h"
#include "oraclelag.h"

#include <QtTest>

#include <functional>

using namespace ballast;
using nlohmann::json;

namespace {
bool near(double a, double b, double tol = 1e-9) { return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b)); }

// One Aave-style loan: 10 WETH at 2000 (LT 0.8, bonus 1.05, protocol fee 10%), debt in USDC,
// one constant-product pool 1000 WETH / 2,000,000 USDC without fee; chain finality 0.
json tinyBook(double debt)
{
    return json::parse(R"({
      "format": "ballast.workbook", "version": 1, "meta": {"asOf": "2026-11-20T00:00:00Z"},
      "settings": {"clearing": {"model": "eisenberg-noe"}, "cascade": {"maxRounds": 50, "arbitrage": true, "sellSeizedCollateral": true}},
      "assets": [{"id": "WETH", "kind": "crypto", "price": 2000, "volatility": 0.6}, {"id": "USDC", "kind": "stablecoin", "price": 1}],
      "nodes": [{"id": "b1", "type": "fund", "equity": 1000}, {"id": "b2", "type": "fund", "equity": 1000},
                {"id": "aave", "type": "lending-venue", "chain": "eth", "finalitySec": 0, "equity": 1e6,
                 "riskParams": {"WETH": {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05, "protocolFee": 0.1}}},
                {"id": "amm", "type": "amm-venue"}],
      "pools": [{"id": "p", "venue": "amm", "model": "constant-product", "base": "WETH", "quote": "USDC",
                 "reserveBase": 1000, "reserveQuote": 2000000, "feeBps": 0}],
      "positions": [{"id": "c1", "owner": "b1", "asset": "WETH", "quantity": 10, "pledgedTo": "l1"}],
      "loans": [{"id": "l1", "borrower": "b1", "venue": "aave", "debtAsset": "USDC", "debt": 0, "collateral": ["c1"]}],
      "scenarios": [{"id": "drop", "shocks": [{"type": "price", "asset": "WETH", "relative": -0.25}]}]
    })")
        .patch(json::array({{{"op", "replace"}, {"path", "/loans/0/debt"}, {"value", debt}}}));
}

Book load(const json& j)
{
    auto r = parseWorkbookJson(j.dump(), "tiny.json");
    if (!r) {
        for (const auto& i : r.issues()) qWarning("%s", i.toString().c_str());
        qFatal("tiny book invalid");
    }
    return std::move(*r);
}

ShockResult run(const Book& b, const char* scenario = "drop", bool breakers = true)
{
    ShockOptions o;
    o.breakers = breakers;
    return runScenario(b, b.scenarios[b.scenarioIx(scenario)], o);
}

void checkInvariants(const Book& b, const ShockResult& r)
{
    // the channels add up to the total, per node and overall
    double nodes = 0;
    for (const auto& n : r.nodes) {
        double sum = 0;
        for (double v : n.channels) sum += v;
        QVERIFY(near(sum, n.loss, 1e-9));
        nodes += n.loss;
        QVERIFY(std::isfinite(n.loss));
    }
    QVERIFY(near(nodes, r.losses.total(), 1e-9));
    // the market channels agree with an independent mark-to-market of the starting holdings
    const double scale = 1 + std::fabs(r.markToMarketCheck);
    QVERIFY2(std::fabs(r.markToMarketCheck - (r.losses.price + r.losses.fireSale + r.perishableDecay)) <= 1e-9 * scale,
             qPrintable(QStringLiteral("%1 vs %2").arg(r.markToMarketCheck).arg(r.losses.price + r.losses.fireSale + r.perishableDecay)));
    // no NaN anywhere in the JSON result: number() writes non-finite values as null or "inf"
    const std::function<void(const json&)> finite = [&](const json& j) {
        if (j.is_number()) QVERIFY(std::isfinite(j.get<double>()));
        else if (j.is_structured())
            for (const auto& x : j) finite(x);
    };
    finite(shockJson(b, r));
    for (double p : r.priceAfter) QVERIFY(std::isfinite(p) && p >= 0);
    for (const auto& l : r.loans) {
        QVERIFY(std::isfinite(l.debtRepaid) && std::isfinite(l.badDebt));
        QVERIFY(!std::isnan(l.healthFactorAfter));
    }
}
} // namespace

class TestShock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // HF after the drop = 10 x 1500 x 0.8 / 12300 = 0.9756 > 0.95: close factor 50%.
    void halfClose()
    {
        const Book b = load(tinyBook(12300));
        const ShockResult r = run(b);
        const LoanOutcome& l = r.loans[0];
        QVERIFY(near(l.healthFactorBefore, 10 * 2000 * 0.8 / 12300.0));
        QCOMPARE(l.liquidations, 1);
        QVERIFY(near(l.debtRepaid, 6150));                     // 50% of 12300
        QVERIFY(near(l.collateralSeized.at(0), 4.305));       // 6150 x 1.05 / 1500
        QVERIFY(near(l.protocolFee.at(0), 0.0205));           // 10% of (4.305 - 4.305/1.05)
        QCOMPARE(l.badDebt, 0.0);
        QVERIFY(near(l.penalty, 307.5));                      // 6150 x 0.05
        // the liquidator sells 4.2845 WETH into the pool recentred at 1500: mid 1488.930192...
        QVERIFY(near(r.priceAfter[0], 1488.93019205187, 1e-10));
        QVERIFY(near(l.healthFactorAfter, 1.1030188544696455, 1e-10)); // 5.695 x 1488.93 x 0.8 / 6150
        checkInvariants(b, r);
    }

    // Time to survive x health factor, by hand. b1 is liquidated at HF 10 x 1500 x 0.8 / 12300 =
    // 0.97561 (its health after, 1.103, would hide it): financial first. b2 loses its one supplier
    // for 30 days (leadTimeDays) and burns 10 a day from a cash of 100: 10 days, physical first;
    // its loan (100 WETH against 1,000) is lowest after the liquidator's sale moved WETH to
    // 1488.93019205187 (halfClose): 100 x 1488.93 x 0.8 / 1000 = 119.114. b3 owes nothing.
    void survivalQuadrants()
    {
        json j = tinyBook(12300);
        j["nodes"].push_back({{"id", "s"}, {"type", "supplier"}, {"tier", 2}});
        j["nodes"][1]["cash"] = 100;
        j["nodes"][1]["dailyCosts"] = 10;
        j["nodes"][1]["tier"] = 1;
        j["nodes"].push_back({{"id", "b3"}, {"type", "fund"}});
        j["links"] = json::array({{{"id", "k"}, {"type", "supply"}, {"from", "s"}, {"to", "b2"}, {"share", 1}, {"leadTimeDays", 30}}});
        j["positions"].push_back({{"id", "c2"}, {"owner", "b2"}, {"asset", "WETH"}, {"quantity", 100}, {"pledgedTo", "l2"}});
        j["loans"].push_back({{"id", "l2"}, {"borrower", "b2"}, {"venue", "aave"}, {"debtAsset", "USDC"}, {"debt", 1000}, {"collateral", {"c2"}}});
        j["scenarios"][0]["shocks"].push_back({{"type", "default"}, {"node", "s"}});
        const Book b = load(j);
        const ShockResult r = run(b);
        QVERIFY(near(r.loans[0].healthFactorLowest, 10 * 1500 * 0.8 / 12300.0, 1e-12));
        QVERIFY(r.loans[0].healthFactorAfter > 1);
        const SurvivalMap m = survivalMap(b, r);
        QCOMPARE(m.points.size(), size_t(2)); // b1 and b2 borrow; b3, s and the venues do not
        QCOMPARE(m.recoverDays, 30.0);
        const SurvivalPoint& b1 = m.points[0];
        QCOMPARE(b.nodes[b1.node].id, std::string("b1"));
        QVERIFY(std::isinf(b1.timeToSurviveDays));
        QVERIFY(near(b1.weakestHealthFactor, 0.975609756097561, 1e-12));
        QCOMPARE(b1.liquidated, 1);
        QCOMPARE(b1.quadrant, SurvivalQuadrant::FinancialFirst);
        const SurvivalPoint& b2 = m.points[1];
        QCOMPARE(b.nodes[b2.node].id, std::string("b2"));
        QVERIFY(near(b2.timeToSurviveDays, 10.0));
        QCOMPARE(b2.timeToRecoverDays, 30.0);
        QVERIFY(near(b2.weakestHealthFactor, 100 * 1488.93019205187 * 0.8 / 1000.0, 1e-10));
        QCOMPARE(b2.quadrant, SurvivalQuadrant::PhysicalFirst);
        QVERIFY(r.nodes[b2.node].defaulted); // the supply-chain stage's own verdict
        QCOMPARE(m.counts[static_cast<size_t>(SurvivalQuadrant::FinancialFirst)], 1);
        QCOMPARE(m.counts[static_cast<size_t>(SurvivalQuadrant::PhysicalFirst)], 1);
        QCOMPARE(m.counts[static_cast<size_t>(SurvivalQuadrant::Safe)], 0);
        QCOMPARE(m.counts[static_cast<size_t>(SurvivalQuadrant::Both)], 0);
        // in the CLI's JSON
        const json out = shockJson(b, r)["survival"];
        QCOMPARE(out["counts"]["financial-first"], 1);
        QCOMPARE(out["borrowers"][1]["quadrant"], "physical-first");
        QCOMPARE(out["borrowers"][0]["timeToSurviveDays"], "inf"); // FORMAT.md: infinite values are "inf"
        checkInvariants(b, r);
        // a run of another book is not mapped
        QVERIFY(survivalMap(load(tinyBook(100)), r).points.empty());
    }

    // HF = 12000 / 13000 = 0.923 <= 0.95: the whole debt may be repaid.
    void fullClose()
    {
        const Book b = load(tinyBook(13000));
        const ShockResult r = run(b);
        const LoanOutcome& l = r.loans[0];
        QVERIFY(near(l.debtRepaid, 13000));
        QVERIFY(near(l.collateralSeized.at(0), 9.1)); // 13000 x 1.05 / 1500
        QVERIFY(near(l.protocolFee.at(0), 0.1 * (9.1 - 9.1 / 1.05)));
        QCOMPARE(l.badDebt, 0.0);
        QVERIFY(std::isinf(l.healthFactorAfter));
        checkInvariants(b, r);
    }

    // HF = 0.8: all 10 WETH go for 15000 / 1.05 of debt; the rest is bad debt of the venue.
    void exhaustedCollateral()
    {
        const Book b = load(tinyBook(15000));
        const ShockResult r = run(b);
        const LoanOutcome& l = r.loans[0];
        QVERIFY(near(l.collateralSeized.at(0), 10));
        QVERIFY(near(l.debtRepaid, 15000 / 1.05));
        QVERIFY(near(l.badDebt, 15000 - 15000 / 1.05));
        QVERIFY(near(l.protocolFee.at(0), 0.1 * (10 - 10 / 1.05)));
        QVERIFY(near(r.badDebt, 714.2857142857143));
        QVERIFY(near(r.nodes[b.nodeIx("aave")].channels[ChDefault], 714.2857142857143));
        checkInvariants(b, r);
    }

    // Loans are settled by the cascade, not by the clearing (core/obligations.h): the network holds
    // the book's one obligation (b2 owes b1 500), not the loan (b1 owes aave 15000). b2 has nothing
    // to pay with, so it defaults in the clearing and b1 is short 500; b1, whose collateral ran out,
    // does not default as well, and the venue's default loss is its bad debt, 15000 - 15000 / 1.05,
    // counted once.
    void loansAreNotClaimsInTheClearing()
    {
        json j = tinyBook(15000);
        j["links"] = json::array({{{"id", "o1"}, {"type", "obligation"}, {"from", "b2"}, {"to", "b1"}, {"amount", 500}}});
        const Book b = load(j);
        const ObligationNetwork net = obligationNetwork(b);
        QCOMPARE(net.claims.size(), size_t(1));
        QCOMPARE(net.claims[0].debtor, b.nodeIx("b2"));
        QCOMPARE(net.claims[0].creditor, b.nodeIx("b1"));
        QCOMPARE(net.claims[0].amount, 500.0);
        const ShockResult r = run(b);
        const NodeOutcome& b1 = r.nodes[b.nodeIx("b1")];
        const NodeOutcome& b2 = r.nodes[b.nodeIx("b2")];
        QVERIFY(!b1.defaulted);
        QCOMPARE(b1.defaultCause, DefaultCause::None);
        QVERIFY(b2.defaulted);
        QCOMPARE(b2.defaultCause, DefaultCause::Clearing);
        QVERIFY(near(b1.channels[ChDefault], 500));
        QVERIFY(near(r.nodes[b.nodeIx("aave")].channels[ChDefault], 15000 - 15000 / 1.05));
        const json out = shockJson(b, r);
        for (const auto& n : out["nodes"]) {
            if (n["id"] == "b2") QCOMPARE(n["defaultCause"].get<std::string>(), std::string("clearing"));
            if (n["id"] == "b1") QVERIFY(!n.contains("defaultCause"));
        }
        checkInvariants(b, r);
    }

    // settings.debtRank from the workbook to the result. n0 owes n1 80, n1 owes n2 40; equity 100,
    // 50, 100; external assets 200, 10, 30, so the economic values (external assets + receivables)
    // are 200, 90, 70. With "leverage" and "assets": node n1 alone at h = 1 distresses n2 by
    // 40 / 100 = 0.4, weighted 70 / 360; n0 alone distresses n1 by min(1, 1.6) = 1 and n2 by 0.4:
    // (90 + 0.4 x 70) / 360. The written workbook keeps both choices; an unknown one is refused
    // with its place.
    void debtRankSettings()
    {
        json j = tinyBook(0);
        j["nodes"][0] = {{"id", "n0"}, {"type", "fund"}, {"equity", 100}, {"externalAssets", 200}};
        j["nodes"][1] = {{"id", "n1"}, {"type", "fund"}, {"equity", 50}, {"externalAssets", 10}};
        j["nodes"].push_back({{"id", "n2"}, {"type", "fund"}, {"equity", 100}, {"externalAssets", 30}});
        j["positions"][0]["owner"] = "n0";
        j["loans"][0]["borrower"] = "n0";
        j["links"] = json::array({{{"id", "o1"}, {"type", "obligation"}, {"from", "n0"}, {"to", "n1"}, {"amount", 80}},
                                  {{"id", "o2"}, {"type", "obligation"}, {"from", "n1"}, {"to", "n2"}, {"amount", 40}}});
        j["settings"]["debtRank"] = {{"impact", "leverage"}, {"weights", "assets"}};
        const Book b = load(j);
        QCOMPARE(b.settings.debtRankImpact, DebtRankImpact::Leverage);
        QCOMPARE(b.settings.debtRankWeights, DebtRankWeights::Assets);
        const ExposureNetwork en = exposureNetwork(b, obligationNetwork(b));
        QVERIFY(en.leverage);
        const int n0 = b.nodeIx("n0"), n1 = b.nodeIx("n1"), n2 = b.nodeIx("n2");
        QCOMPARE(en.value[n0], 200.0);
        QCOMPARE(en.value[n1], 90.0);
        QCOMPARE(en.value[n2], 70.0);
        const std::vector<double> per = debtRankPerNode(en);
        QVERIFY(near(per[n1], 0.4 * 70 / 360, 1e-15));
        QVERIFY(near(per[n0], (90 + 0.4 * 70) / 360, 1e-15));
        const json out = shockJson(b, run(b));
        QCOMPARE(out["summary"]["debtRankImpact"].get<std::string>(), std::string("leverage"));
        QCOMPARE(out["summary"]["debtRankWeights"].get<std::string>(), std::string("assets"));
        QVERIFY(out["summary"]["debtRankIterations"].get<int>() >= 1);
        const json written = settingsToJson(b.settings);
        QCOMPARE(written["debtRank"]["impact"].get<std::string>(), std::string("leverage"));
        QCOMPARE(written["debtRank"]["weights"].get<std::string>(), std::string("assets"));
        // the default leaves the key out of a book that did not have it
        QVERIFY(!settingsToJson(load(tinyBook(0)).settings).contains("debtRank"));
        j["settings"]["debtRank"]["impact"] = "uncapped";
        const auto bad = parseWorkbookJson(j.dump(), "bad.json");
        QVERIFY(!bad);
        bool named = false;
        for (const Issue& i : bad.issues()) named |= i.place == "/settings/debtRank/impact" && i.code == ErrorCode::BadEnum;
        QVERIFY(named);
    }

    // Health factor at 1, in decimals and in doubles: 0.3 WETH x 2000 x 0.8 against 480 is 1 exactly
    // but computes as 0.9999999999999999 (0.3 is 0.29999999999999998890); 0.1 + 0.2 WETH gives
    // 1.0000000000000002. Neither is liquidated, neither is at risk on the desk; 1e-9 below 1 is
    // both. A scenario without shocks changes no price, so only the starting health decides.
    void healthFactorAtOne_data()
    {
        QTest::addColumn<double>("quantity");
        QTest::addColumn<double>("debt");
        QTest::addColumn<bool>("liquidated");
        QTest::newRow("1 in decimals, just below in doubles") << 0.3 << 480.0 << false;
        QTest::newRow("1 in decimals, just above in doubles") << 0.1 + 0.2 << 480.0 << false;
        QTest::newRow("1 exactly") << 10.0 << 16000.0 << false;
        QTest::newRow("1e-9 below") << 10.0 << 16000.0 * (1 + 1e-9) << true;
    }
    void healthFactorAtOne()
    {
        QFETCH(double, quantity);
        QFETCH(double, debt);
        QFETCH(bool, liquidated);
        json j = tinyBook(debt);
        j["positions"][0]["quantity"] = quantity;
        j["scenarios"].push_back({{"id", "nothing"}, {"shocks", json::array()}});
        const Book b = load(j);
        const double hf = quantity * 2000 * 0.8 / debt;
        QVERIFY(std::fabs(hf - 1) < 2e-9);
        const ShockResult r = run(b, "nothing");
        QCOMPARE(r.loans[0].liquidated, liquidated);
        QCOMPARE(r.liquidations > 0, liquidated);
        ExposureEngine e(std::make_shared<const Book>(b));
        QVERIFY(e.compute());
        QCOMPARE(e.result().loans[0].atRisk, liquidated);
        QCOMPARE(e.result().totals.loansAtRisk, liquidated ? 1 : 0);
        QCOMPARE(isLiquidatable(e.result().loans[0].healthFactor), liquidated);
    }

    void healthyLoanIsLeftAlone()
    {
        const Book b = load(tinyBook(11500)); // HF after the drop 1.043
        const ShockResult r = run(b);
        QVERIFY(!r.loans[0].liquidated);
        QVERIFY(near(r.loans[0].healthFactorAfter, 12000 / 11500.0));
        QVERIFY(near(r.losses.price, 10 * 500.0)); // b1's 10 WETH lost 500 each
        checkInvariants(b, r);
    }

    // Loan 1 is liquidated in round 1; its sale through a shallow pool pushes WETH down and puts
    // loan 2 (healthy after the shock alone) under water in round 2.
    void saleTriggersTheNextLiquidation()
    {
        json j = tinyBook(13000);
        j["pools"][0]["reserveBase"] = 60;
        j["pools"][0]["reserveQuote"] = 120000;
        j["positions"].push_back({{"id", "c2"}, {"owner", "b2"}, {"asset", "WETH"}, {"quantity", 10}, {"pledgedTo", "l2"}});
        j["loans"].push_back({{"id", "l2"}, {"borrower", "b2"}, {"venue", "aave"}, {"debtAsset", "USDC"}, {"debt", 11700},
                              {"collateral", {"c2"}}});
        Book b = load(j);
        const ShockResult r = run(b);
        QCOMPARE(r.loans[0].firstRound, 1);
        QVERIFY(r.loans[1].liquidated);
        QCOMPARE(r.loans[1].firstRound, 2);
        checkInvariants(b, r);
        // without fire sales there is no second liquidation
        b.settings.sellSeizedCollateral = false;
        const ShockResult quiet = run(b);
        QVERIFY(quiet.loans[0].liquidated);
        QVERIFY(!quiet.loans[1].liquidated);
    }

    // A breaker halts liquidations for two rounds after a 25% drop (> 20% per round).
    void breakerHaltsThenResumes()
    {
        json j = tinyBook(12300);
        j["nodes"][2]["circuitBreaker"] = {{"maxDropPerRound", 0.2}, {"haltRounds", 2}};
        const Book b = load(j);
        const ShockResult on = run(b, "drop", true), off = run(b, "drop", false);
        QCOMPARE(off.loans[0].firstRound, 1);
        QCOMPARE(on.loans[0].firstRound, 3);
        QCOMPARE(on.rounds[0].haltedVenues.size(), size_t(1));
        QVERIFY(near(on.loans[0].debtRepaid, off.loans[0].debtRepaid)); // same rules once it resumes
    }

    void oracleGuardRejectsTheJump()
    {
        json j = tinyBook(12300);
        j["nodes"][2]["circuitBreaker"] = {{"oracleMaxJump", 0.2}};
        const Book b = load(j);
        QVERIFY(!run(b, "drop", true).loans[0].liquidated);
        QVERIFY(run(b, "drop", false).loans[0].liquidated);
        // the stale view hides a loan that is under water at market prices
        const ShockResult on = run(b, "drop", true);
        QVERIFY(on.loans[0].healthFactorAtMarket < 1.0);
        QVERIFY(on.loans[0].healthFactorAfter > 1.0);
    }

    void volumeCapPerRound()
    {
        json j = tinyBook(12300);
        j["nodes"][2]["circuitBreaker"] = {{"maxLiquidationPerRound", 2000}};
        const Book b = load(j);
        const ShockResult r = run(b);
        QVERIFY(near(r.rounds[0].debtRepaid, 2000));
        QVERIFY(r.loans[0].liquidations >= 2);
    }

    // finality 1200 s with 600 s rounds: the venue sees the drop two rounds late
    void oracleLagsByFinality()
    {
        json j = tinyBook(12300);
        j["nodes"][2]["finalitySec"] = 1200;
        const Book b = load(j);
        QCOMPARE(run(b).loans[0].firstRound, 3);
        j["scenarios"][0]["shocks"].push_back({{"type", "finality"}, {"chain", "eth"}, {"seconds", 0}});
        QCOMPARE(run(load(j)).loans[0].firstRound, 1);
    }

    // The lag on the timeline, by hand. Finality 1200 s = 2 rounds of 600 s: WETH falls to 1500 at
    // once, aave sees 2000 in rounds 1 and 2 (the loan at 0.9756 on the market is delayed there),
    // 1500 from round 3, when the loan is liquidated (at the market too: not caused by the lag).
    // An oracle manipulation of -30% on a loan healthy at the market (HF 1.391 at 2000) liquidates
    // it at 1400 x 10 x 0.8 / 11500 = 0.974: caused by the oracle.
    void oracleLagOnTheTimeline()
    {
        json j = tinyBook(12300);
        j["nodes"][2]["finalitySec"] = 1200;
        const Book b = load(j);
        const ShockResult r = run(b);
        const int weth = b.assetIx("WETH"), aave = b.nodeIx("aave");
        QCOMPARE(r.oracleLagRounds[aave], 2);
        QCOMPARE(r.oracleLagRounds[b.nodeIx("b1")], -1);
        QCOMPARE(oracleLagAssets(b, r), std::vector<int>{weth});
        const OracleLagTimeline t = oracleLagTimeline(b, r, weth);
        QCOMPARE(t.venues, std::vector<int>{aave});
        QVERIFY(t.market.size() >= 4);
        QCOMPARE(t.market[0], 2000.0);
        QCOMPARE(t.market[1], 1500.0);
        QCOMPARE(t.view[0][1], 2000.0);
        QCOMPARE(t.view[0][2], 2000.0);
        QCOMPARE(t.view[0][3], 1500.0);
        QCOMPARE(t.oracle[1], 1500.0);
        QCOMPARE(t.delayed[1], 1);
        QCOMPARE(t.delayed[2], 1);
        QCOMPARE(t.delayed[3], 0);
        QCOMPARE(t.caused[3], 0);
        QCOMPARE(r.rounds[2].liquidations, 1);
        QCOMPARE(t.table[0].lagRounds, 2);
        // late in rounds 1-2 (the drop) and 4-5 (the liquidator's sale moved WETH to 1488.93 in round 3)
        QCOMPARE(t.table[0].roundsLate, 4);
        // (a round's oracle is the one its venues read at its start: the sale shows from round 4)
        QCOMPARE(t.oracle[3], 1500.0);
        QVERIFY(near(t.oracle[4], 1488.93019205187, 1e-10));
        QCOMPARE(t.view[0][4], 1500.0);
        QCOMPARE(t.view[0][5], 1500.0);
        QVERIFY(near(t.view[0][6], 1488.93019205187, 1e-10));
        QCOMPARE(t.table[0].delayed, 1);
        QCOMPARE(t.table[0].caused, 0);
        const json out = shockJson(b, r);
        QCOMPARE(out["oracleLagRounds"]["aave"], 2);
        QCOMPARE(out["rounds"][0]["delayedByOracle"], json({"l1"}));
        QVERIFY(!out["rounds"][0]["oracleSeen"].contains("aave")); // its view has not moved yet
        QCOMPARE(out["rounds"][2]["oracleSeen"]["aave"]["WETH"], 1500.0);
        QCOMPARE(out["rounds"][0]["oracle"]["WETH"], 1500.0);

        json m = tinyBook(11500);
        m["scenarios"].push_back({{"id", "attack"}, {"shocks", {{{"type", "oracle-manipulation"}, {"asset", "WETH"}, {"relative", -0.3}}}}});
        const Book bm = load(m);
        const ShockResult rm = run(bm, "attack");
        const OracleLagTimeline tm = oracleLagTimeline(bm, rm, bm.assetIx("WETH"));
        QCOMPARE(tm.caused[1], 1);
        QCOMPARE(tm.table[0].caused, 1);
        QCOMPARE(tm.market[0], 2000.0); // the market moved only by the liquidator's sale
        QVERIFY(tm.market[1] > 1980 && tm.market[1] < 2000);
        QVERIFY(near(tm.oracle[1], 1400.0));
        QVERIFY(near(tm.view[0][1], 1400.0));
        QCOMPARE(tm.table[0].roundsLate, 0); // manipulated, not late
        // a run without recorded prices (Monte Carlo) has no timeline to show, and says nothing wrong
        ShockOptions lean;
        lean.recordPrices = false;
        const ShockResult rl = runScenario(b, b.scenarios[0], lean);
        QVERIFY(rl.rounds.front().oracleSeen.empty());
        QVERIFY(rl.rounds.front().delayedByOracle.empty());
    }

    void staleOracleKeepsThePreShockPrice()
    {
        json j = tinyBook(12300);
        j["scenarios"][0]["shocks"].push_back({{"type", "oracle-stale"}, {"asset", "WETH"}, {"hours", 48}});
        const ShockResult r = run(load(j));
        QVERIFY(!r.loans[0].liquidated);
        QVERIFY(near(r.oracleAfter[0], 2000));
    }

    void manipulationLiquidatesAHealthyLoan()
    {
        json j = tinyBook(11500);
        j["scenarios"].push_back({{"id", "attack"}, {"shocks", {{{"type", "oracle-manipulation"}, {"asset", "WETH"}, {"relative", -0.3}}}}});
        const Book b = load(j);
        const ShockResult r = run(b, "attack");
        QVERIFY(r.loans[0].liquidated);
        QVERIFY(r.losses.oracle > 0);           // at market the loan was healthy
        QCOMPARE(r.losses.liquidationPenalty, 0.0);
        checkInvariants(b, r);
    }

    void everyDemoScenarioIsFiniteAndAddsUp()
    {
        const Book b = std::move(*app::loadBook("demo"));
        for (const auto& sc : b.scenarios) {
            for (bool breakers : {true, false}) {
                ShockOptions o;
                o.breakers = breakers;
                const ShockResult r = runScenario(b, sc, o);
                checkInvariants(b, r);
                QVERIFY2(std::isfinite(r.losses.total()), sc.id.c_str());
                QVERIFY(static_cast<int>(r.rounds.size()) <= b.settings.maxRounds);
                for (const auto& n : r.nodes) QVERIFY(n.loss >= -1e12 && n.loss <= 1e12);
            }
        }
    }

    void generatedScenariosAreFinite()
    {
        GenerateOptions o;
        o.seed = 11;
        const Book b = generateBook(o);
        for (const auto& sc : b.scenarios) checkInvariants(b, runScenario(b, sc));
    }

    void replayStepsThroughThePath()
    {
        const Book b = std::move(*app::loadBook("demo"));
        const ShockResult r = runScenario(b, b.scenarios[b.scenarioIx("black-thursday")]);
        int maxStage = 0;
        for (const auto& rr : r.rounds) maxStage = std::max(maxStage, rr.stage);
        QCOMPARE(maxStage, 3); // four daily points: three moves
        // ETH ends at 132.57 / 200.75 of its starting price, less what the cascade took off
        const int weth = b.assetIx("WETH");
        QVERIFY(r.priceAfter[weth] <= r.priceBefore[weth] * 132.57285770180832 / 200.74903854851766 + 1e-6);
        QVERIFY(r.liquidations > 0);
    }
};

QTEST_APPLESS_MAIN(TestShock)
#include "tst_shock.moc"
