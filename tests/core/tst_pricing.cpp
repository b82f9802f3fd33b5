// Option pricing against Hull's published examples.
#include "pricing.h"

#include <QtTest>

using namespace ballast;

class TestPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Hull, Options, Futures and Other Derivatives: S=49, K=50, r=5%, sigma=20%, T=20/52.
    // Call 2.4005; Greeks (per the book, rounded): delta 0.522, gamma 0.066, vega 12.1,
    // theta -4.31 per year, rho 8.91. Tolerances match the printed precision.
    void hullCall_data()
    {
        QTest::addColumn<QString>("greek");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("price") << QStringLiteral("price") << 2.4005 << 5e-5;
        QTest::newRow("delta") << QStringLiteral("delta") << 0.522 << 5e-4;
        QTest::newRow("gamma") << QStringLiteral("gamma") << 0.066 << 5e-4;
        QTest::newRow("vega") << QStringLiteral("vega") << 12.1 << 0.05;
        QTest::newRow("theta") << QStringLiteral("theta") << -4.31 << 0.005;
        QTest::newRow("rho") << QStringLiteral("rho") << 8.91 << 0.005;
    }
    void hullCall()
    {
        QFETCH(QString, greek);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        const Greeks g = blackScholes(true, 49, 50, 20.0 / 52, 0.05, 0.20, 0.0);
        const double v = greek == QStringLiteral("price") ? g.price : greek == QStringLiteral("delta") ? g.delta
                       : greek == QStringLiteral("gamma") ? g.gamma : greek == QStringLiteral("vega") ? g.vega
                       : greek == QStringLiteral("theta") ? g.theta : g.rho;
        QVERIFY2(std::fabs(v - expected) <= tolerance, qPrintable(QString::number(v, 'g', 10)));
    }

    void putCallParityWithDividends()
    {
        const double S = 100, K = 95, T = 0.75, r = 0.04, q = 0.02, s = 0.3;
        const Greeks c = blackScholes(true, S, K, T, r, s, q), p = blackScholes(false, S, K, T, r, s, q);
        QVERIFY(std::fabs((c.price - p.price) - (S * std::exp(-q * T) - K * std::exp(-r * T))) < 1e-12);
        QVERIFY(std::fabs((c.delta - p.delta) - std::exp(-q * T)) < 1e-12);
        QVERIFY(std::fabs(c.gamma - p.gamma) < 1e-15);
        QVERIFY(std::fabs(c.vega - p.vega) < 1e-12);
    }

    void greeksMatchFiniteDifferences()
    {
        const double S = 9400, K = 9000, T = 0.5, r = 0.04, q = 0.01, s = 0.22, h = 1e-4;
        const Greeks g = blackScholes(false, S, K, T, r, s, q);
        auto price = [&](double S_, double T_, double r_, double s_) { return blackScholes(false, S_, K, T_, r_, s_, q).price; };
        QVERIFY(std::fabs(g.delta - (price(S + h, T, r, s) - price(S - h, T, r, s)) / (2 * h)) < 1e-6);
        QVERIFY(std::fabs(g.vega - (price(S, T, r, s + h) - price(S, T, r, s - h)) / (2 * h)) < 1e-3);
        QVERIFY(std::fabs(g.theta + (price(S, T + h, r, s) - price(S, T - h, r, s)) / (2 * h)) < 1e-3);
        QVERIFY(std::fabs(g.rho - (price(S, T, r + h, s) - price(S, T, r - h, s)) / (2 * h)) < 1e-3);
    }

    // Hull's futures-option example: a European put on a futures price, F = K = 20, r = 9%,
    // sigma = 25%, T = 4 months: 1.12.
    void black76HullPut()
    {
        const Greeks g = black76(false, 20, 20, 4.0 / 12, 0.09, 0.25);
        QVERIFY2(std::fabs(g.price - 1.12) < 0.005, qPrintable(QString::number(g.price)));
        QVERIFY(std::fabs(g.rho + (4.0 / 12) * g.price) < 1e-12); // dV/dr = -T V for an option on a future
    }

    void expiredAndZeroVol()
    {
        QCOMPARE(blackScholes(true, 110, 100, 0, 0.05, 0.2, 0).price, 10.0);
        QCOMPARE(blackScholes(false, 110, 100, 0, 0.05, 0.2, 0).price, 0.0);
        const Greeks z = blackScholes(true, 110, 100, 1, 0.0, 0.0, 0);
        QCOMPARE(z.price, 10.0);
        QCOMPARE(z.gamma, 0.0);
    }

    // Minutes before expiry at the money (r = q = 0): the price is S sigma sqrt(T / 2 pi) (1 - sigma^2 T / 24)
    // to O(T^2.5), gamma N'(d1) / (S sigma sqrt T), theta -S N'(d1) sigma / (2 sqrt T); call and put
    // agree (parity with K = S). S N(d1) - K N(d2) subtracts two nearly equal numbers: tolerated to
    // 1e-9 at T = 1e-8 years (0.3 s), where the difference is 1.6e-5 of S.
    void nearExpiryAtTheMoney_data()
    {
        QTest::addColumn<double>("T");
        for (double t : {1e-4, 1e-6, 1e-8}) QTest::newRow(qPrintable(QString::number(t))) << t;
    }
    void nearExpiryAtTheMoney()
    {
        QFETCH(double, T);
        const double S = 2000, sigma = 0.4;
        const Greeks c = blackScholes(true, S, S, T, 0, sigma, 0), p = blackScholes(false, S, S, T, 0, sigma, 0);
        const double asymptotic = S * sigma * std::sqrt(T / (2 * M_PI)) * (1 - sigma * sigma * T / 24);
        QVERIFY2(std::fabs(c.price / asymptotic - 1) < 1e-9, qPrintable(QString::number(c.price / asymptotic - 1)));
        QVERIFY(std::fabs(p.price / c.price - 1) < 1e-9);
        const double d1 = 0.5 * sigma * std::sqrt(T), pdf = std::exp(-0.5 * d1 * d1) / std::sqrt(2 * M_PI);
        QVERIFY(std::fabs(c.gamma / (pdf / (S * sigma * std::sqrt(T))) - 1) < 1e-12);
        QVERIFY(std::fabs(c.theta / (-S * pdf * sigma / (2 * std::sqrt(T))) - 1) < 1e-12);
        QVERIFY(std::isfinite(c.delta) && std::fabs(c.delta - 0.5) < 1e-3);
    }

    void delayOptionExpectation()
    {
        // closed form vs a fine numerical integral of min(cap, perDay (D - thr)^+), D ~ N(2, 4)
        const double mu = 2, sigma = 4, thr = 5, perDay = 20000, cap = 400000;
        double num = 0;
        const int n = 200000;
        const double lo = mu - 12 * sigma, hi = mu + 12 * sigma, dx = (hi - lo) / n;
        for (int i = 0; i < n; ++i) {
            const double d = lo + (i + 0.5) * dx;
            num += std::min(cap, perDay * std::max(0.0, d - thr)) * normalPdf((d - mu) / sigma) / sigma * dx;
        }
        QVERIFY(std::fabs(expectedDelayPayout(mu, sigma, thr, perDay, cap) - num) < 1e-3 * num);
        QCOMPARE(expectedDelayPayout(10, 0, 5, 100, 1e9), 500.0);
        QCOMPARE(expectedDelayPayout(100, 0, 5, 100, 2000), 2000.0);
    }
};

QTEST_APPLESS_MAIN(TestPricing)
#include "tst_pricing.moc"
