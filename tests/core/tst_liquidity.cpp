// Liquidity math against published and hand-computed values.
#include "liquidity.h"

#include <QtTest>

#include <gmpxx.h>

#include <cstring>
#include <random>

using namespace ballast;

namespace {
Pool cp(double rb, double rq, double feeBps)
{
    Pool p;
    p.model = PoolModel::ConstantProduct;
    p.reserveBase = rb, p.reserveQuote = rq, p.feeBps = feeBps;
    return p;
}
bool rel(double a, double b, double tol) { return std::fabs(a - b) <= tol * std::max(std::fabs(b), 1e-300); }
} // namespace

class TestLiquidity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Uniswap v2-core UniswapV2Pair.spec.ts "getInputPrice" cases: [swapAmount, reserve0, reserve1]
    // in whole tokens, expected output in wei. Tolerance 1e-12 relative (the wei floor is 1e-18).
    void uniswapV2Vectors_data()
    {
        QTest::addColumn<double>("swap");
        QTest::addColumn<double>("r0");
        QTest::addColumn<double>("r1");
        QTest::addColumn<QString>("expectedWei");
        QTest::newRow("1,5,10") << 1.0 << 5.0 << 10.0 << QStringLiteral("1662497915624478906");
        QTest::newRow("1,10,5") << 1.0 << 10.0 << 5.0 << QStringLiteral("453305446940074565");
        QTest::newRow("2,5,10") << 2.0 << 5.0 << 10.0 << QStringLiteral("2851015155847869602");
        QTest::newRow("2,10,5") << 2.0 << 10.0 << 5.0 << QStringLiteral("831248957812239453");
        QTest::newRow("1,10,10") << 1.0 << 10.0 << 10.0 << QStringLiteral("906610893880149131");
        QTest::newRow("1,100,100") << 1.0 << 100.0 << 100.0 << QStringLiteral("987158034397061298");
        QTest::newRow("1,1000,1000") << 1.0 << 1000.0 << 1000.0 << QStringLiteral("996006981039903216");
    }
    void uniswapV2Vectors()
    {
        QFETCH(double, swap);
        QFETCH(double, r0);
        QFETCH(double, r1);
        QFETCH(QString, expectedWei);
        const double expected = expectedWei.toDouble() / 1e18;
        const Quote q = quoteSellBase(cp(r0, r1, 30), swap);
        QVERIFY2(rel(q.amountOut, expected, 1e-12), qPrintable(QString::number(q.amountOut, 'g', 17)));
        QVERIFY(!q.exhausted);
    }

    void constantProductBothWays()
    {
        Pool p = cp(1000, 1816855, 30);
        // 18168.55 USDC in: 18168.55*0.997*1000 / (1816855 + 18168.55*0.997)
        const Quote buy = quoteSellQuote(p, 18168.55);
        QVERIFY(rel(buy.amountOut, 9.871580343970614, 1e-12));
        QVERIFY(rel(midPrice(p), 1816.855, 1e-15)); // quoting does not move the pool
        applySellQuote(p, 18168.55);
        QVERIFY(midPrice(p) > 1816.855);
        // k grows by the fee, never shrinks
        QVERIFY(p.reserveBase * p.reserveQuote >= 1000 * 1816855.0);
    }

    void concentratedSingleRange()
    {
        Pool p;
        p.model = PoolModel::Concentrated;
        p.feeBps = 5;
        p.price = 1816.855;
        p.ranges = {{1500, 2200, 3.1e6}};
        // 1/sqrt(P1) = 1/sqrt(P0) + 99.95/L ; out = L (sqrt(P0) - sqrt(P1))
        const Quote q = quoteSellBase(p, 100);
        QVERIFY(rel(q.amountOut, 181345.4343960622, 1e-11));
        QVERIFY(rel(q.priceAfter, 1811.8714715237666, 1e-11));
    }

    void concentratedCrossesRanges()
    {
        Pool p;
        p.model = PoolModel::Concentrated;
        p.price = 1800;
        p.ranges = {{1000, 2000, 1e5}, {1500, 2500, 2e5}};
        // 3e5 active down to 1500, then 1e5: 50 base sold below 1500
        const Quote q = quoteSellBase(p, 724.8988805493586);
        QVERIFY(rel(q.amountOut, 1182547.2446890103, 1e-10));
        QVERIFY(rel(q.priceAfter, 1443.5502094647388, 1e-10));
        QVERIFY(!q.exhausted);
        // selling below every range exhausts it, without NaN
        const Quote all = quoteSellBase(p, 1e9);
        QVERIFY(all.exhausted);
        QVERIFY(std::isfinite(all.amountOut) && all.amountOut > 0);
        QVERIFY(rel(all.priceAfter, 1000, 1e-9));
    }

    // The v3 relations in exact rational arithmetic (GMP): with range bounds and the price perfect
    // squares (40², 44², 45², 46², 50²) every step is rational, so the reference is exact. A sale
    // of 1e-3 or 1 unit in deep liquidity near 2,000 lost about 1e-7 relative when the partial
    // step subtracted two nearly equal square roots; the cancellation-free forms keep 1e-12.
    void concentratedAgainstExactArithmetic_data()
    {
        QTest::addColumn<bool>("sellBase");
        QTest::addColumn<double>("amount");
        for (bool base : {true, false})
            for (double a : {1e-6, 1e-3, 1.0, 100.0, 4000.0, 8000.0}) {
                const double amount = base ? a : a * 2025;
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(base ? QStringLiteral("sell base") : QStringLiteral("sell quote")).arg(amount)))
                    << base << amount;
            }
    }
    void concentratedAgainstExactArithmetic()
    {
        QFETCH(bool, sellBase);
        QFETCH(double, amount);
        Pool p;
        p.model = PoolModel::Concentrated;
        p.feeBps = 0; // the fee multiplies the input by a non-dyadic 0.997; the relations are what is tested
        p.price = 2025;
        p.ranges = {{1600, 2500, 3.1e6}, {1936, 2116, 1e6}};
        // exact walk: segment bounds are the ranges' bounds, active liquidity the ranges covering it
        const std::vector<std::pair<mpq_class, mpq_class>> bounds{{40, 1600}, {44, 1936}, {45, 2025}, {46, 2116}, {50, 2500}};
        auto active = [](const mpq_class& lo, const mpq_class& hi) { // liquidity between two adjacent bounds
            mpq_class L = 0;
            if (lo >= 1600 && hi <= 2500) L += 3.1e6;
            if (lo >= 1936 && hi <= 2116) L += 1e6;
            return L;
        };
        mpq_class s = 45, net = amount, out = 0;
        if (sellBase) {
            for (int k = 2; k > 0 && net > 0; --k) { // segments below 45: [44,45], [40,44]
                const mpq_class sb = bounds[k - 1].first, L = active(bounds[k - 1].second, bounds[k].second);
                const mpq_class dxMax = L * (1 / sb - 1 / s);
                if (net <= dxMax) {
                    const mpq_class s1 = 1 / (1 / s + net / L);
                    out += L * (s - s1);
                    net = 0;
                } else {
                    out += L * (s - sb), net -= dxMax, s = sb;
                }
            }
        } else {
            for (int k = 2; k < 4 && net > 0; ++k) { // segments above 45: [45,46], [46,50]
                const mpq_class sb = bounds[k + 1].first, L = active(bounds[k].second, bounds[k + 1].second);
                const mpq_class dyMax = L * (sb - s);
                if (net <= dyMax) {
                    const mpq_class s1 = s + net / L;
                    out += L * (1 / s - 1 / s1);
                    net = 0;
                } else {
                    out += L * (1 / s - 1 / sb), net -= dyMax, s = sb;
                }
            }
        }
        QVERIFY(net == 0); // the amounts stay inside the ranges
        const double exact = out.get_d();
        const Quote q = sellBase ? quoteSellBase(p, amount) : quoteSellQuote(p, amount);
        QVERIFY2(rel(q.amountOut, exact, 1e-12),
                 qPrintable(QStringLiteral("%1 vs exact %2 (%3 relative)").arg(q.amountOut, 0, 'g', 17).arg(exact, 0, 'g', 17)
                                .arg(std::fabs(q.amountOut / exact - 1), 0, 'g', 3)));
    }

    void exponentialImpactSmallTrades()
    {
        // p M / beta (1 - exp(-beta q / M)) for beta q / M = 2e-11: 1 - exp(-x) keeps only five
        // digits; the series x - x^2/2 + x^3/6 is exact to 1e-33 there
        Pool p;
        p.model = PoolModel::ExponentialImpact;
        p.price = 9400, p.impact = 1.0, p.marketSize = 50000;
        for (double q : {1e-6, 1e-3, 1.0}) {
            const long double x = static_cast<long double>(q) / 50000.0L;
            const long double exact = 9400.0L * 50000.0L * (x - x * x / 2 + x * x * x / 6);
            QVERIFY2(rel(quoteSellBase(p, q).amountOut, static_cast<double>(exact), 1e-13), qPrintable(QString::number(q)));
        }
    }

    void constantProductNearlyEverything()
    {
        // selling 1e15 quote into reserves of 1e-9: the base left is k / (R + in), never an underflow to 0
        const Quote q = quoteSellQuote(cp(1e-9, 1e-9 * 2000, 0), 1e15);
        QVERIFY(std::isfinite(q.priceAfter) && q.priceAfter > 0);
        QVERIFY(rel(q.amountOut, 1e-9 * 1e15 / (2e-6 + 1e15), 1e-12));
    }

    void orderBookWalk()
    {
        Pool p;
        p.model = PoolModel::OrderBook;
        p.bids = {{9395, 200}, {9380, 500}};
        p.asks = {{9405, 200}, {9420, 500}};
        const Quote q = quoteSellBase(p, 300); // 200 x 9395 + 100 x 9380
        QCOMPARE(q.amountOut, 2817000.0);
        QCOMPARE(q.averagePrice, 9390.0);
        QVERIFY(rel(q.priceImpact, 1 - 9390.0 / 9400.0, 1e-12));
        const Quote over = quoteSellBase(p, 800);
        QVERIFY(over.exhausted);
        QCOMPARE(over.amountIn, 700.0);
        QCOMPARE(over.amountOut, 6569000.0);
        const Quote buy = quoteSellQuote(p, 9405 * 100.0); // 100 at the best ask
        QVERIFY(rel(buy.amountOut, 100, 1e-12));
        Pool empty = p;
        empty.bids.clear();
        const Quote none = quoteSellBase(empty, 10);
        QVERIFY(none.exhausted);
        QCOMPARE(none.amountOut, 0.0);
    }

    void exponentialImpact()
    {
        Pool p;
        p.model = PoolModel::ExponentialImpact;
        p.price = 9400, p.impact = 1.0, p.marketSize = 50000;
        // out = p M / beta (1 - exp(-beta q / M)); p' = p exp(-beta q / M)
        const Quote q = quoteSellBase(p, 1000);
        QVERIFY(rel(q.amountOut, 9306623.54582503, 1e-12));
        QVERIFY(rel(q.priceAfter, 9213.8675290835, 1e-12));
        // buying back what was sold from the new price returns to the old price
        Pool after = p;
        applySellBase(after, 1000);
        const Quote back = quoteSellQuote(after, q.amountOut);
        QVERIFY(rel(back.amountOut, 1000, 1e-9));
    }

    void degeneratePools()
    {
        const Quote q = quoteSellBase(cp(0, 0, 30), 5);
        QVERIFY(q.exhausted);
        QCOMPARE(q.amountOut, 0.0);
        QCOMPARE(depthBase(cp(0, 0, 30), 0.01), 0.0);
        Pool outside;
        outside.model = PoolModel::Concentrated;
        outside.price = 500; // below the only range: no liquidity in range
        outside.ranges = {{1000, 2000, 1e5}};
        const Quote o = quoteSellBase(outside, 1);
        QVERIFY(o.exhausted);
        QCOMPARE(o.amountOut, 0.0);
        QVERIFY(std::isfinite(o.priceAfter));
    }

    void depthAtImpact()
    {
        // selling x moves the CP mid to Rq'/Rb' = P (Rb/Rb')^2: 1% lower at Rb' = Rb / sqrt(0.99)
        QVERIFY(rel(depthBase(cp(1000, 1816855, 0), 0.01), 5.037815259212097, 1e-12));
        Pool book;
        book.model = PoolModel::OrderBook;
        book.bids = {{99.5, 10}, {99.0, 20}, {97.0, 50}};
        book.asks = {{100.5, 10}};
        QCOMPARE(depthBase(book, 0.01), 30.0); // bids at or above 100 * 0.99
        QCOMPARE(depthBase(book, 0.05), 80.0);
    }

    void routeEqualisesMarginals()
    {
        std::vector<Pool> pools{cp(1000, 1816855, 30), cp(1000, 1816855, 30), cp(300, 545056.5, 30)};
        const std::vector<double> qv{1.0, 1.0, 1.0};
        const Route two = routeSellBase(pools, {0, 1}, qv, 100, 1816.855);
        QCOMPARE(two.legs.size(), size_t(2));
        QVERIFY(rel(two.legs[0].amountIn, 50, 1e-9));
        QVERIFY(rel(two.value, 2 * quoteSellBase(pools[0], 50).amountOut, 1e-9));
        // the split is never worse than any single pool, and the amounts add up
        const Route three = routeSellBase(pools, {0, 1, 2}, qv, 250, 1816.855);
        QVERIFY(rel(three.amountIn, 250, 1e-9));
        for (int i : {0, 1, 2}) QVERIFY(three.value >= quoteSellBase(pools[i], 250).amountOut);
        // marginal prices after the split are equal across the pools used
        double m[3];
        for (size_t k = 0; k < three.legs.size(); ++k) {
            Pool after = pools[three.legs[k].pool];
            applySellBase(after, three.legs[k].amountIn);
            m[k] = midPrice(after);
        }
        QVERIFY(rel(m[0], m[2], 1e-6));
        // a quote-asset value scales the proceeds
        const Route half = routeSellBase(pools, {0}, {0.5}, 10, 1816.855);
        QVERIFY(rel(half.value, 0.5 * quoteSellBase(pools[0], 10).amountOut, 1e-9));
    }

    // The bracketed search skips only the bisection steps its secant bracket decides: random pool sets
    // of every model, quote values, unit scales and amounts from a sliver to more than they hold give
    // the same route as the plain bisection, to the bit.
    void bracketedRouteIsThePlainBisection()
    {
        std::mt19937_64 rng(20261206);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        int routes = 0;
        for (int trial = 0; trial < 3000; ++trial) {
            std::vector<Pool> all;
            const int n = 1 + static_cast<int>(u(rng) * 5);
            const double price = std::exp(u(rng) * 12 - 4); // 0.02 .. 3,000
            for (int k = 0; k < n; ++k) {
                Pool p;
                p.feeBps = std::floor(u(rng) * 100);
                const double mid = price * (0.97 + 0.06 * u(rng));
                switch (static_cast<int>(u(rng) * 4)) {
                case 0:
                    p = cp(1000 * (0.1 + u(rng)), 0, p.feeBps);
                    p.reserveQuote = p.reserveBase * mid;
                    break;
                case 1:
                    p.model = PoolModel::ExponentialImpact;
                    p.price = mid, p.marketSize = 500 * (0.1 + u(rng)), p.impact = 0.2 + u(rng);
                    break;
                case 2: {
                    p.model = PoolModel::OrderBook;
                    double at = mid;
                    for (int l = 0; l < 1 + static_cast<int>(u(rng) * 6); ++l) {
                        at *= 1 - 0.002 - 0.01 * u(rng);
                        p.bids.push_back({at, 10 + 200 * u(rng)});
                    }
                    p.asks.push_back({mid * 1.002, 100});
                    break;
                }
                default:
                    p.model = PoolModel::Concentrated;
                    p.price = mid;
                    for (int r = 0; r < 1 + static_cast<int>(u(rng) * 3); ++r) {
                        const double lo = mid * (0.3 + 0.6 * u(rng)), hi = mid * (1.05 + u(rng));
                        p.ranges.push_back({lo, hi, 1000 * (0.1 + u(rng)) * std::sqrt(mid)});
                    }
                    break;
                }
                all.push_back(p);
            }
            std::vector<int> ids(n);
            std::vector<double> qv(n), scale(n);
            for (int k = 0; k < n; ++k) ids[k] = k, qv[k] = 0.5 + u(rng), scale[k] = u(rng) < 0.3 ? 0.2 + u(rng) : 1.0;
            const double amount = std::exp(u(rng) * 14 - 7); // 0.001 .. 1,100
            const bool scaled = u(rng) < 0.5;
            const Route plain = routeSellBase(all, ids, qv, amount, price, scaled ? &scale : nullptr, RouteSearch::Plain);
            const Route fast = routeSellBase(all, ids, qv, amount, price, scaled ? &scale : nullptr, RouteSearch::Bracketed);
            const QByteArray at = QByteArray("trial ") + QByteArray::number(trial);
            QCOMPARE(fast.legs.size(), plain.legs.size());
            for (size_t k = 0; k < plain.legs.size(); ++k) {
                QCOMPARE(fast.legs[k].pool, plain.legs[k].pool);
                QVERIFY2(std::memcmp(&fast.legs[k].amountIn, &plain.legs[k].amountIn, sizeof(double)) == 0, at.constData());
                QVERIFY2(std::memcmp(&fast.legs[k].amountOut, &plain.legs[k].amountOut, sizeof(double)) == 0, at.constData());
            }
            QVERIFY2(std::memcmp(&fast.value, &plain.value, sizeof(double)) == 0, at.constData());
            QVERIFY2(std::memcmp(&fast.marginalAfter, &plain.marginalAfter, sizeof(double)) == 0, at.constData());
            QCOMPARE(fast.exhausted, plain.exhausted);
            routes += !plain.legs.empty();
        }
        QVERIFY(routes > 2000);
    }

    void routeAcrossOrderBookJump()
    {
        // a sale inside one book level, next to a smooth pool: the level is shared, nothing lost
        Pool book;
        book.model = PoolModel::OrderBook;
        book.bids = {{9392.48, 250}};
        book.asks = {{9407.52, 250}};
        book.feeBps = 10;
        Pool expo;
        expo.model = PoolModel::ExponentialImpact;
        expo.price = 9400, expo.marketSize = 50000, expo.feeBps = 20;
        std::vector<Pool> pools{book, expo};
        for (double q : {10.0, 250.0, 1000.0}) {
            const Route r = routeSellBase(pools, {0, 1}, {1.0, 1.0}, q, 9400);
            QVERIFY2(rel(r.amountIn, q, 1e-9), qPrintable(QString::number(r.amountIn)));
            QVERIFY(r.value <= q * 9400);
        }
    }
};

QTEST_APPLESS_MAIN(TestLiquidity)
#include "tst_liquidity.moc"
