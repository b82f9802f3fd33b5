// Clearing, DebtRank and max-flow on hand-solved networks.
#include "clearing.h"
#include "debtrank.h"
#include "maxflow.h"

#include <igraph/igraph.h>

#include <QtTest>

#include <map>
#include <random>

using namespace ballast;

namespace {
bool near(double a, double b, double tol = 1e-12) { return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b)); }

// A owes B 6 and C 4; B owes C 8; C owes A 5. External assets e = (2, 1, 0).
ObligationNetwork triangle()
{
    ObligationNetwork n;
    n.nodes = 3;
    n.claims = {{0, 1, 6}, {0, 2, 4}, {1, 2, 8}, {2, 0, 5}};
    n.externalAssets = {2, 1, 0};
    return n;
}
} // namespace

class TestClearing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Two banks owing each other 10 with nothing else: the greatest clearing vector pays in full;
    // iterating from zero would find the least vector, 0.
    void ringPaysInFull()
    {
        ObligationNetwork n;
        n.nodes = 2;
        n.claims = {{0, 1, 10}, {1, 0, 10}};
        n.externalAssets = {0, 0};
        const ClearingSolution s = clearEisenbergNoe(n);
        QVERIFY(near(s.payments[0], 10) && near(s.payments[1], 10));
        QVERIFY(!s.defaulted[0] && !s.defaulted[1]);
        const ClearingSolution p = picardFromTop(n, 1, 1);
        QVERIFY(near(p.payments[0], 10));
    }

    // A -> B 10 with e_A = 4; B -> C 10 with e_B = 3. EN: p = (4, 7). RV with alpha = beta = 0.5:
    // A pays 0.5 x 4 = 2; B pays 0.5 x 3 + 0.5 x 2 = 2.5.
    void chain()
    {
        ObligationNetwork n;
        n.nodes = 3;
        n.claims = {{0, 1, 10}, {1, 2, 10}};
        n.externalAssets = {4, 3, 0};
        const ClearingSolution en = clearEisenbergNoe(n);
        QVERIFY(near(en.payments[0], 4) && near(en.payments[1], 7));
        QVERIFY(near(en.shortfall[2], 3) && near(en.shortfall[1], 6));
        const ClearingSolution rv = clearRogersVeraart(n, 0.5, 0.5);
        QVERIFY(near(rv.payments[0], 2) && near(rv.payments[1], 2.5));
    }

    // The example of R package systemicrisk's default_clearing() (Rogers & Veraart 2013 greatest
    // clearing vector algorithm): three banks each owing 1/2 to each other, external assets
    // (1/2, 5/8, 3/4), external liabilities (3/2, 1/2, 1/2); the documentation prints no results,
    // so they are solved by hand here.
    // EN: bank 1 cannot pay (at most 1/2 + 1 < 5/2); with 3 solvent, p1 = 1 + p2/3 and
    // p2 = 9/8 + p1/5 give p1 = 165/112, p2 = 159/112; bank 3 then has 3/4 + 33/112 + 53/112 > 3/2.
    // RV (α = 1/2, β = 7/10): at p̄ only bank 1 defaults (p1 = 1/4 + 7/10 = 19/20), which brings
    // 2 and 3 down; with all three in default the linear system gives
    // p = (4225/8416, 160275/311392, 176055/311392).
    void systemicriskPackageExample()
    {
        ObligationNetwork net;
        net.nodes = 3;
        net.externalAssets = {0.5, 0.625, 0.75};
        net.externalLiabilities = {1.5, 0.5, 0.5};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j) net.claims.push_back({i, j, 0.5});
        const ClearingSolution en = clearEisenbergNoe(net);
        QVERIFY(near(en.payments[0], 165.0 / 112, 1e-12) && near(en.payments[1], 159.0 / 112, 1e-12) && near(en.payments[2], 1.5, 1e-12));
        QVERIFY(en.defaulted[0] && en.defaulted[1] && !en.defaulted[2]);
        const ClearingSolution rv = clearRogersVeraart(net, 0.5, 0.7);
        QVERIFY(near(rv.payments[0], 4225.0 / 8416, 1e-12));
        QVERIFY(near(rv.payments[1], 160275.0 / 311392, 1e-12));
        QVERIFY(near(rv.payments[2], 176055.0 / 311392, 1e-12));
        QVERIFY(rv.defaulted[0] && rv.defaulted[1] && rv.defaulted[2]);
    }

    // Tiny shortfalls are defaults too, and carried exactly: A owes B 1e9 and holds 2^-10 (about
    // 1e-3, 1e-12 of the obligation) less; B owes C 1e9 and holds nothing else. EN: p_A = e_A,
    // p_B = p_A (B passes on exactly what it gets), both in default, and C is short by exactly 2^-10
    // (all of these are doubles exactly). The old slack (1e-12 relative + 1e-9) called both
    // solvent, and 1 - p/p̄ put a 1e-4 relative error into the shortfall.
    void tinyShortfallsPropagate()
    {
        ObligationNetwork net;
        net.nodes = 3;
        const double shortBy = std::ldexp(1.0, -10);
        net.externalAssets = {1e9 - shortBy, 0, 0};
        net.claims = {{0, 1, 1e9}, {1, 2, 1e9}};
        for (const ClearingSolution& s : {clearEisenbergNoe(net), clearRogersVeraart(net, 1, 1)}) {
            QVERIFY(s.defaulted[0] && s.defaulted[1] && !s.defaulted[2]);
            QCOMPARE(s.payments[0], 1e9 - shortBy);
            QCOMPARE(s.payments[1], 1e9 - shortBy);
            QCOMPARE(s.shortfall[2], shortBy);
        }
    }

    // Solved by hand: EN p = (7, 5.2, 5): p_A = 2 + p_C, p_B = 1 + 0.6 p_A, C pays in full.
    void triangleEisenbergNoe()
    {
        const ClearingSolution s = clearEisenbergNoe(triangle());
        QVERIFY(near(s.payments[0], 7) && near(s.payments[1], 5.2) && near(s.payments[2], 5));
        QVERIFY(s.defaulted[0] && s.defaulted[1] && !s.defaulted[2]);
        const ClearingSolution p = picardFromTop(triangle(), 1, 1);
        for (int i = 0; i < 3; ++i) QVERIFY(near(p.payments[i], s.payments[i], 1e-9));
        QVERIFY(p.iterations > s.iterations);
    }

    // RV alpha = beta = 0.5: A and B default first, which then brings C down; solving
    // p_A = 1 + 0.5 p_C, p_B = 0.5 + 0.3 p_A, p_C = 0.2 p_A + 0.5 p_B gives p_A = 1.125 / 0.825.
    void triangleRogersVeraart()
    {
        const ClearingSolution s = clearRogersVeraart(triangle(), 0.5, 0.5);
        const double pA = 1.125 / 0.825, pB = 0.5 + 0.3 * pA, pC = 0.35 * pA + 0.25;
        QVERIFY(near(s.payments[0], pA) && near(s.payments[1], pB) && near(s.payments[2], pC));
        QVERIFY(s.defaulted[2]);
        QCOMPARE(s.iterations, 2); // the defaulter set grows once
        // the fixed-point property holds
        const ClearingSolution p = picardFromTop(triangle(), 0.5, 0.5);
        for (int i = 0; i < 3; ++i) QVERIFY(near(p.payments[i], s.payments[i], 1e-8));
    }

    void externalLiabilitiesShareTheAssets()
    {
        ObligationNetwork n;
        n.nodes = 2;
        n.claims = {{0, 1, 30}};
        n.externalAssets = {20, 0};
        n.externalLiabilities = {10, 0};
        const ClearingSolution s = clearEisenbergNoe(n);
        QVERIFY(near(s.payments[0], 20));
        QVERIFY(near(s.shortfall[1], 30 - 20 * 30.0 / 40.0)); // B gets its 75% share
    }

    void largeSparseNetwork()
    {
        ObligationNetwork n;
        n.nodes = 5000;
        for (int i = 0; i < n.nodes; ++i) {
            n.claims.push_back({i, (i + 1) % n.nodes, 100.0});
            n.claims.push_back({i, (i * 7 + 3) % n.nodes, 50.0});
            n.externalAssets.push_back(i % 10 == 0 ? 0.0 : 200.0);
        }
        const ClearingSolution s = clearRogersVeraart(n, 0.7, 0.9);
        const ClearingSolution p = picardFromTop(n, 0.7, 0.9);
        double diff = 0;
        for (int i = 0; i < n.nodes; ++i) diff = std::max(diff, std::fabs(s.payments[i] - p.payments[i]));
        QVERIFY2(diff < 1e-6, qPrintable(QString::number(diff)));
    }

    // E = 100 each. Node 0 is exposed 50 to node 1 (W = 0.5); node 1 is exposed 100 to node 2 (W = 1).
    // Node 2 failing distresses 1 fully and 0 by half: DebtRank = (1 + 0.5) / 3.
    void debtRankChain()
    {
        ExposureNetwork n;
        n.nodes = 3;
        n.equity = {100, 100, 100};
        n.exposures = {{0, 1, 50}, {1, 2, 100}};
        const auto dr = debtRankPerNode(n);
        QVERIFY(near(dr[2], 0.5));
        QVERIFY(near(dr[1], 0.5 / 3));
        QCOMPARE(dr[0], 0.0);
        const auto single = debtRankPerNode(n, true);
        QVERIFY(near(single[2], 0.5));
    }

    // Two nodes exposed to each other (W = 0.5 both ways), node 0 starts at h = 0.4. The
    // differential form reverberates to h = (0.5333, 0.2667): DebtRank 0.2. Single-hit: step 1
    // node 1 takes 0.5 x 0.4 = 0.2 and node 0 goes inactive; step 2 node 1 passes its 0.2 on once,
    // and node 0, inactive, still takes 0.5 x 0.2 = 0.1 (Battiston 2012 updates every h):
    // h = (0.5, 0.2), DebtRank ((0.5 - 0.4) + 0.2) / 2 = 0.15.
    void debtRankReverberation()
    {
        ExposureNetwork n;
        n.nodes = 2;
        n.equity = {100, 100};
        n.exposures = {{0, 1, 50}, {1, 0, 50}};
        const DebtRankResult d = debtRankDifferential(n, {0.4, 0.0});
        QVERIFY(near(d.h[0], 0.4 / 0.75, 1e-9) && near(d.h[1], 0.2 / 0.75, 1e-9));
        QVERIFY(near(d.debtRank, 0.2, 1e-9));
        const DebtRankResult s = debtRankSingleHit(n, {0.4, 0.0});
        QVERIFY(near(s.h[0], 0.5) && near(s.h[1], 0.2));
        QVERIFY(near(s.debtRank, 0.15));
        QCOMPARE(s.iterations, 2);
    }

    // Hand-solved DebtRank, both forms and both impacts; equity 100 each unless given.
    // "late path" (5 nodes A..E): B is exposed 30 to A, D 50 to A, C 60 to D, B 40 to C, E 50 to B
    // (W = exposure / 100). A starts at h = 1.
    //   single-hit: step 1 B = 0.3, D = 0.5 (A inactive); step 2 C = 0.6 x 0.5 = 0.3,
    //   E = 0.5 x 0.3 = 0.15 (B, D inactive); step 3 C passes 0.4 x 0.3 = 0.12 to B, inactive since
    //   step 2, which still takes it: B = 0.42, but passes nothing more on, so E stays 0.15; no node
    //   is distressed after step 3. DebtRank = (0.42 + 0.3 + 0.5 + 0.15) / 5 = 0.274 (the old rule,
    //   which skipped inactive nodes, gave B = 0.3 and 0.25).
    //   differential: every increment travels: B = 0.3 + 0.12 = 0.42, E = 0.5 x 0.42 = 0.21; the
    //   last change arrives at step 4, step 5 moves nothing: DebtRank (0.42+0.3+0.5+0.21)/5 = 0.286.
    // "leverage" (3 nodes, equity 100, 50, 100): node 1 is exposed 80 to node 0 (leverage 1.6,
    // capped W = 1), node 2 is exposed 40 to node 1 (W = 0.4); node 0 starts at h = 0.5.
    //   capped: h1 = min(1, 1 x 0.5) = 0.5, h2 = 0.4 x 0.5 = 0.2: DebtRank (25 + 20) / 250 = 0.18.
    //   leverage (Bardoscia 2015): h1 = min(1, 1.6 x 0.5) = 0.8, h2 = 0.32: (40 + 32) / 250 = 0.288,
    //   60% more. Single-hit with leverage: the same values (each passes once, no path is late).
    void debtRankByHand_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<bool>("singleHit");
        QTest::addColumn<bool>("leverage");
        QTest::addColumn<QVector<double>>("h");
        QTest::addColumn<double>("debtRank");
        QTest::addColumn<int>("iterations");
        QTest::newRow("late path, single-hit") << QStringLiteral("late") << true << false << QVector<double>{1, 0.42, 0.3, 0.5, 0.15} << 0.274 << 3;
        QTest::newRow("late path, differential") << QStringLiteral("late") << false << false << QVector<double>{1, 0.42, 0.3, 0.5, 0.21} << 0.286 << 5;
        QTest::newRow("late path, leverage = capped below 1") << QStringLiteral("late") << false << true << QVector<double>{1, 0.42, 0.3, 0.5, 0.21} << 0.286 << 5;
        QTest::newRow("leverage network, capped") << QStringLiteral("leverage") << false << false << QVector<double>{0.5, 0.5, 0.2} << 0.18 << 3;
        QTest::newRow("leverage network, leverage") << QStringLiteral("leverage") << false << true << QVector<double>{0.5, 0.8, 0.32} << 0.288 << 3;
        QTest::newRow("leverage network, single-hit capped") << QStringLiteral("leverage") << true << false << QVector<double>{0.5, 0.5, 0.2} << 0.18 << 3;
        QTest::newRow("leverage network, single-hit leverage") << QStringLiteral("leverage") << true << true << QVector<double>{0.5, 0.8, 0.32} << 0.288 << 3;
    }
    void debtRankByHand()
    {
        QFETCH(QString, network);
        QFETCH(bool, singleHit);
        QFETCH(bool, leverage);
        QFETCH(QVector<double>, h);
        QFETCH(double, debtRank);
        QFETCH(int, iterations);
        ExposureNetwork n;
        std::vector<double> initial;
        if (network == QLatin1String("late")) {
            enum { A, B, C, D, E };
            n.nodes = 5;
            n.equity = {100, 100, 100, 100, 100};
            n.exposures = {{B, A, 30}, {D, A, 50}, {C, D, 60}, {B, C, 40}, {E, B, 50}};
            initial = {1, 0, 0, 0, 0};
        } else {
            n.nodes = 3;
            n.equity = {100, 50, 100};
            n.exposures = {{1, 0, 80}, {2, 1, 40}};
            initial = {0.5, 0, 0};
        }
        n.leverage = leverage;
        const DebtRankResult r = singleHit ? debtRankSingleHit(n, initial) : debtRankDifferential(n, initial);
        for (int i = 0; i < n.nodes; ++i) QVERIFY2(near(r.h[i], h[i], 1e-14), qPrintable(QStringLiteral("h[%1] = %2").arg(i).arg(r.h[i], 0, 'g', 17)));
        QVERIFY2(near(r.debtRank, debtRank, 1e-14), qPrintable(QString::number(r.debtRank, 'g', 17)));
        QCOMPARE(r.iterations, iterations);
        QVERIFY(r.converged);
    }

    // Weights by economic value: the leverage network with values (external assets + receivables)
    // 200, 90, 70 instead of equity. Node 1 alone at h = 1 distresses node 2 by 0.4:
    // by equity 0.4 x 100 / 250 = 0.16; by value 0.4 x 70 / 360 = 0.0777...
    void debtRankWeightsByValue()
    {
        ExposureNetwork n;
        n.nodes = 3;
        n.equity = {100, 50, 100};
        n.exposures = {{1, 0, 80}, {2, 1, 40}};
        QVERIFY(near(debtRankPerNode(n)[1], 0.16, 1e-15));
        n.value = {200, 90, 70};
        QVERIFY(near(debtRankPerNode(n)[1], 0.4 * 70 / 360, 1e-15));
        QVERIFY(near(debtRankPerNode(n, true)[1], 0.4 * 70 / 360, 1e-15));
    }

    // A 2,000-node random network (3 exposures a node, parallel ones, some above equity, nodes
    // without equity) against a straightforward implementation written from the formulas:
    // dense h vectors, exposures merged in a map, no shared code. Per node and for a shock
    // (random initial distress), both forms, both impacts, both weights.
    void debtRankMatchesAStraightforwardImplementation_data()
    {
        QTest::addColumn<bool>("leverage");
        QTest::addColumn<bool>("byValue");
        QTest::addColumn<bool>("perNode"); // each node alone costs 2 x 2,000 propagations: two rows suffice
        QTest::newRow("capped, equity") << false << false << true;
        QTest::newRow("leverage, equity") << true << false << false;
        QTest::newRow("capped, value") << false << true << false;
        QTest::newRow("leverage, value") << true << true << true;
    }
    void debtRankMatchesAStraightforwardImplementation()
    {
        QFETCH(bool, leverage);
        QFETCH(bool, byValue);
        QFETCH(bool, perNode);
        const int N = 2000;
        std::mt19937_64 rng(19);
        std::uniform_real_distribution<double> u(0, 1);
        ExposureNetwork n;
        n.nodes = N;
        n.leverage = leverage;
        for (int i = 0; i < N; ++i) n.equity.push_back(i % 97 == 0 ? 0.0 : 50 + 100 * u(rng));
        for (int i = 0; i < N; ++i)
            for (int k = 0; k < 3; ++k) {
                const int j = static_cast<int>(rng() % N);
                n.exposures.push_back({i, j, i % 50 == 0 && k == 0 ? 200.0 : 40 * u(rng) * u(rng)}); // some above equity
            }
        if (byValue)
            for (int i = 0; i < N; ++i) n.value.push_back(100 + 1000 * u(rng));

        // --- the straightforward implementation -------------------------------------------
        std::map<std::pair<int, int>, double> merged; // (creditor, debtor) -> exposure
        for (const auto& x : n.exposures)
            if (x.creditor != x.debtor) merged[{x.creditor, x.debtor}] += x.amount;
        struct Edge { int i, j; double w; };
        std::vector<Edge> edges;
        for (const auto& [ij, a] : merged) {
            const double E = n.equity[ij.first];
            edges.push_back({ij.first, ij.second, E > 0 ? (leverage ? a / E : std::min(1.0, a / E)) : 1.0});
        }
        std::vector<double> v(N);
        double total = 0;
        for (int i = 0; i < N; ++i) total += v[i] = byValue ? n.value[i] : n.equity[i];
        for (double& x : v) x /= total;
        auto reference = [&](const std::vector<double>& h0, bool single) {
            std::vector<double> h = h0, prev(N, 0.0);
            std::vector<int> state(N, 0); // 0 undistressed, 1 distressed, 2 inactive
            for (int i = 0; i < N; ++i) state[i] = h[i] > 0 ? 1 : 0;
            for (int step = 0; step < 100000; ++step) {
                std::vector<double> add(N, 0.0);
                for (const Edge& e : edges) add[e.i] += single ? (state[e.j] == 1 ? e.w * h[e.j] : 0.0) : e.w * (h[e.j] - prev[e.j]);
                std::vector<double> next(N);
                double change = 0;
                for (int i = 0; i < N; ++i) next[i] = std::min(1.0, h[i] + add[i]), change = std::max(change, next[i] - h[i]);
                bool anyDistressed = false;
                if (single)
                    for (int i = 0; i < N; ++i) {
                        if (state[i] == 1) state[i] = 2;
                        else if (state[i] == 0 && next[i] > 0) state[i] = 1, anyDistressed = true;
                    }
                prev = h;
                h = next;
                if (single ? !anyDistressed : change <= kDebtRankTolerance) break;
            }
            double dr = 0;
            for (int i = 0; i < N; ++i) dr += (h[i] - h0[i]) * v[i];
            return dr;
        };
        // --- a shock and every node alone ------------------------------------------------
        std::vector<double> shock(N, 0.0);
        for (int i = 0; i < N; i += 5) shock[i] = 0.5 + 0.5 * u(rng);
        for (bool single : {false, true}) {
            const DebtRankResult r = single ? debtRankSingleHit(n, shock) : debtRankDifferential(n, shock);
            const double ref = reference(shock, single);
            QVERIFY2(std::fabs(r.debtRank - ref) <= 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(r.debtRank, 0, 'g', 17).arg(ref, 0, 'g', 17)));
            QVERIFY2(r.debtRank > 0.01, qPrintable(QString::number(r.debtRank))); // the network propagates: not a vacuous comparison
        }
        if (!perNode) return;
        const std::vector<double> per = debtRankPerNode(n, false), perSingle = debtRankPerNode(n, true);
        std::vector<double> alone(N, 0.0);
        double worst = 0;
        for (int i = 0; i < N; i += 29) { // every 29th node: the reference is O(steps x edges) per node
            alone[i] = 1.0;
            worst = std::max({worst, std::fabs(per[i] - reference(alone, false)), std::fabs(perSingle[i] - reference(alone, true))});
            alone[i] = 0.0;
        }
        QVERIFY2(worst <= 1e-12, qPrintable(QString::number(worst, 'g', 17)));
    }

    // A large random network where most nodes default exercises the iterative solve of the default
    // set (BiCGSTAB above 2,000 defaulters). The result must be the clearing fixed point
    // p = min(p̄, e + Πᵀp) to 1e-9 relative, and agree with the monotone iteration from p̄.
    void largeDefaultSetIsTheFixedPoint()
    {
        std::mt19937_64 rng(5);
        const int n = 6000;
        ObligationNetwork net;
        net.nodes = n;
        net.externalAssets.resize(n);
        net.externalLiabilities.assign(n, 0.0);
        std::uniform_int_distribution<int> pick(0, n - 1);
        std::uniform_real_distribution<double> u(1.0, 100.0);
        for (int i = 0; i < n; ++i) net.externalAssets[i] = u(rng) * 0.3;
        for (int k = 0; k < 8 * n; ++k) {
            const int d = pick(rng), c = pick(rng);
            if (d != c) net.claims.push_back({d, c, u(rng)});
        }
        const ClearingSolution s = clearEisenbergNoe(net);
        int defaulted = 0;
        for (char d : s.defaulted) defaulted += d;
        QVERIFY2(defaulted > 2000, qPrintable(QString::number(defaulted))); // the iterative path ran
        std::vector<double> in(n, 0.0);
        for (const auto& c : net.claims) in[c.creditor] += c.amount / s.nominal[c.debtor] * s.payments[c.debtor];
        double worst = 0;
        for (int i = 0; i < n; ++i) {
            const double fixed = std::min(s.nominal[i], std::max(0.0, net.externalAssets[i] + in[i]));
            worst = std::max(worst, std::fabs(fixed - s.payments[i]) / std::max(1.0, s.nominal[i]));
        }
        QVERIFY2(worst < 1e-9, qPrintable(QString::number(worst)));
        const ClearingSolution picard = picardFromTop(net, 1.0, 1.0, 200000, 1e-13);
        QVERIFY(picard.converged);
        double diff = 0;
        for (int i = 0; i < n; ++i) diff = std::max(diff, std::fabs(picard.payments[i] - s.payments[i]) / std::max(1.0, s.nominal[i]));
        QVERIFY2(diff < 1e-7, qPrintable(QString::number(diff)));
    }

    // Cormen, Leiserson, Rivest & Stein, Introduction to Algorithms (3rd ed.), figure 26.1: the
    // maximum flow is 23 and the minimum cut ({s, v1, v2, v4} | {v3, t}) is v1-v3 12 + v4-v3 7 + v4-t 4.
    void maxFlowTextbookNetwork()
    {
        enum { s, v1, v2, v3, v4, t };
        const std::vector<FlowArc> arcs = {{s, v1, 16}, {s, v2, 13}, {v1, v3, 12}, {v2, v1, 4}, {v2, v4, 14},
                                           {v3, v2, 9}, {v3, t, 20}, {v4, v3, 7}, {v4, t, 4}};
        const FlowNetwork net(6, arcs);
        std::vector<double> cap;
        for (const auto& a : arcs) cap.push_back(a.capacity);
        const MaxFlow f = net.solve(cap, s, t);
        QCOMPARE(f.value, 23.0);
        std::vector<int> cut;
        for (size_t i = 0; i < arcs.size(); ++i)
            if (net.onCut(f, i)) cut.push_back(static_cast<int>(i));
        QCOMPARE(cut, (std::vector<int>{2, 7, 8}));
        // ignored: a self-loop, an end out of range, NaN and negative capacities
        std::vector<FlowArc> odd = arcs;
        odd.push_back({v1, v1, 100});
        odd.push_back({v1, 9, 100});
        odd.push_back({s, t, std::nan("")});
        odd.push_back({s, t, -5});
        QCOMPARE(maxFlow(6, odd, s, t).value, 23.0);
        QCOMPARE(maxFlow(6, arcs, s, s).value, 0.0);
    }

    // Small networks solved by hand, in the form "from>to:capacity" over the nodes s a b c d t. Push-
    // relabel first strands excess where it cannot reach the sink and must return it; the cut
    // reported is the one nearest the source when several are minimal.
    void maxFlowByHand_data()
    {
        QTest::addColumn<QString>("arcs");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("cut"); // indices of the arcs on the cut
        QTest::newRow("excess stranded in a dead end") << "s>a:10 a>b:10 b>t:1 a>c:5" << 1.0 << "2";
        QTest::newRow("two minimum cuts, the nearer one") << "s>a:1 a>t:1" << 1.0 << "0";
        QTest::newRow("a cycle beside the path") << "s>a:3 a>b:2 b>a:2 b>t:5" << 2.0 << "1";
        QTest::newRow("excess stranded behind a cycle") << "s>a:5 a>b:4 b>a:4 b>c:1 c>t:1 a>t:1" << 2.0 << "3 5";
        QTest::newRow("nothing reaches the sink") << "s>a:5 b>t:5" << 0.0 << "";
        QTest::newRow("parallel and opposite arcs") << "s>a:2 s>a:3 a>t:4 t>a:7 a>s:1" << 4.0 << "2";
    }
    void maxFlowByHand()
    {
        QFETCH(QString, arcs);
        QFETCH(double, value);
        QFETCH(QString, cut);
        const QString names = QStringLiteral("sabcdt");
        std::vector<FlowArc> a;
        std::vector<double> cap;
        for (const QString& spec : arcs.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int from = static_cast<int>(names.indexOf(spec.at(0))), to = static_cast<int>(names.indexOf(spec.at(2)));
            a.push_back({from, to, spec.mid(4).toDouble()});
            cap.push_back(a.back().capacity);
        }
        const FlowNetwork net(6, a);
        const MaxFlow f = net.solve(cap, 0, 5);
        QCOMPARE(f.value, value);
        QString onCut;
        for (size_t i = 0; i < a.size(); ++i)
            if (net.onCut(f, i)) onCut += (onCut.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(i);
        QCOMPARE(onCut, cut);
        std::vector<double> balance(6, 0.0);
        for (size_t i = 0; i < a.size(); ++i) {
            QVERIFY(f.flow[i] >= 0 && f.flow[i] <= a[i].capacity);
            balance[a[i].from] -= f.flow[i], balance[a[i].to] += f.flow[i];
        }
        for (int v = 1; v < 5; ++v) QCOMPARE(balance[v], 0.0);
        QCOMPARE(balance[5], value);
        const MaxFlow cutOnly = net.solve(cap, 0, 5, FlowDetail::CutOnly);
        QCOMPARE(cutOnly.value, value);
        QCOMPARE(cutOnly.sourceSide, f.sourceSide);
        QVERIFY(cutOnly.flow.empty());
    }

    // Random layered networks (tiers like a supply chain, some arcs skipping or going back a tier)
    // against igraph's push-relabel; the flow is conserved and the cut's capacity equals its value.
    void maxFlowMatchesIgraph_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("arcs");
        QTest::addColumn<int>("seed");
        QTest::newRow("50/200") << 50 << 200 << 1;
        QTest::newRow("300/2000") << 300 << 2000 << 2;
        QTest::newRow("2000/16000") << 2000 << 16000 << 3;
        QTest::newRow("sparse 2000/2500") << 2000 << 2500 << 4;
    }
    void maxFlowMatchesIgraph()
    {
        QFETCH(int, nodes);
        QFETCH(int, arcs);
        QFETCH(int, seed);
        std::mt19937_64 rng(seed);
        const int tiers = 5, s = nodes, t = nodes + 1;
        std::uniform_int_distribution<int> pick(0, nodes - 1);
        std::lognormal_distribution<double> capacity(3.0, 1.2);
        std::vector<FlowArc> a;
        for (int k = 0; k < arcs; ++k) {
            const int u = pick(rng), v = pick(rng);
            if (u % tiers == v % tiers && rng() % 4) continue; // mostly between tiers
            a.push_back({u, v, capacity(rng)});
        }
        for (int v = 0; v < nodes; ++v) {
            if (v % tiers == 0) a.push_back({s, v, 1e6});
            if (v % tiers == tiers - 1) a.push_back({v, t, 1e6});
        }
        std::vector<double> cap;
        for (const auto& x : a) cap.push_back(x.capacity);
        const FlowNetwork net(nodes + 2, a);
        const MaxFlow f = net.solve(cap, s, t);

        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_vector_int_t edges;
        igraph_vector_t icap;
        igraph_vector_int_init(&edges, 0);
        igraph_vector_init(&icap, 0);
        for (const auto& x : a) {
            igraph_vector_int_push_back(&edges, x.from);
            igraph_vector_int_push_back(&edges, x.to);
            igraph_vector_push_back(&icap, x.capacity);
        }
        igraph_t g;
        QCOMPARE(igraph_create(&g, &edges, nodes + 2, IGRAPH_DIRECTED), IGRAPH_SUCCESS);
        igraph_real_t expected = 0;
        QCOMPARE(igraph_maxflow_value(&g, &expected, s, t, &icap, nullptr), IGRAPH_SUCCESS);
        igraph_destroy(&g);
        igraph_vector_int_destroy(&edges);
        igraph_vector_destroy(&icap);

        QVERIFY2(near(f.value, expected, 1e-9), qPrintable(QStringLiteral("%1 vs igraph %2").arg(f.value).arg(expected)));
        std::vector<double> net_(nodes + 2, 0.0);
        double cut = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            QVERIFY(f.flow[i] >= 0 && f.flow[i] <= a[i].capacity * (1 + 1e-12));
            net_[a[i].from] -= f.flow[i], net_[a[i].to] += f.flow[i];
            if (net.onCut(f, i)) cut += a[i].capacity;
        }
        for (int v = 0; v < nodes; ++v) QVERIFY2(std::fabs(net_[v]) <= 1e-9 * expected, qPrintable(QString::number(v)));
        QVERIFY(near(net_[t], f.value, 1e-9));
        QVERIFY(near(cut, f.value, 1e-9)); // max-flow = min-cut
        const MaxFlow cutOnly = net.solve(cap, s, t, FlowDetail::CutOnly);
        QCOMPARE(cutOnly.value, f.value);
        QCOMPARE(cutOnly.sourceSide, f.sourceSide);
        // a workspace reused across networks of every size (the rows run in turn) changes nothing
        static FlowWorkspace reused;
        for (int again = 0; again < 2; ++again) {
            const MaxFlow w = net.solve(cap, s, t, FlowDetail::PerArc, &reused);
            QCOMPARE(w.value, f.value);
            QCOMPARE(w.sourceSide, f.sourceSide);
            QCOMPARE(w.flow, f.flow);
        }
    }
};

QTEST_APPLESS_MAIN(TestClearing)
#include "tst_clearing.moc"
