#include "pricing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ballast {

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }
double normalPdf(double x) { return std::exp(-0.5 * x * x) / std::sqrt(2.0 * M_PI); }

Greeks blackScholes(bool call, double S, double K, double T, double r, double sigma, double q)
{
    Greeks g;
    const double dq = std::exp(-q * std::max(T, 0.0)), dr = std::exp(-r * std::max(T, 0.0));
    if (T <= 0 || sigma <= 0 || S <= 0 || K <= 0) {
        const double fwdIntrinsic = S * dq - K * dr;
        const bool itm = call ? fwdIntrinsic > 0 : fwdIntrinsic < 0;
        g.price = std::max(call ? fwdIntrinsic : -fwdIntrinsic, 0.0);
        g.delta = itm ? (call ? dq : -dq) : 0.0;
        g.rho = itm ? (call ? K * T * dr : -K * T * dr) : 0.0;
        return g;
    }
    const double sq = std::sqrt(T);
    const double d1 = (std::log(S / K) + (r - q + 0.5 * sigma * sigma) * T) / (sigma * sq);
    const double d2 = d1 - sigma * sq;
    const double nd1 = normalPdf(d1);
    g.gamma = dq * nd1 / (S * sigma * sq);
    g.vega = S * dq * nd1 * sq;
    if (call) {
        g.price = S * dq * normalCdf(d1) - K * dr * normalCdf(d2);
        g.delta = dq * normalCdf(d1);
        g.theta = -S * dq * nd1 * sigma / (2 * sq) - r * K * dr * normalCdf(d2) + q * S * dq * normalCdf(d1);
        g.rho = K * T * dr * normalCdf(d2);
    } else {
        g.price = K * dr * normalCdf(-d2) - S * dq * normalCdf(-d1);
        g.delta = dq * (normalCdf(d1) - 1.0);
        g.theta = -S * dq * nd1 * sigma / (2 * sq) + r * K * dr * normalCdf(-d2) - q * S * dq * normalCdf(-d1);
        g.rho = -K * T * dr * normalCdf(-d2);
    }
    return g;
}

Greeks black76(bool call, double F, double K, double T, double r, double sigma)
{
    // Black-76 is BSM with the dividend yield equal to the rate, except for rho, which for an
    // option on a future is -T * price (the forward does not move with r).
    Greeks g = blackScholes(call, F, K, T, r, sigma, r);
    g.rho = -std::max(T, 0.0) * g.price;
    return g;
}

Greeks futureValue(double S, double K, double T, double r, double q)
{
    Greeks g;
    const double dr = std::exp(-r * T), fwd = S * std::exp((r - q) * T);
    g.price = dr * (fwd - K);
    g.delta = std::exp(-q * T);
    g.theta = q * S * std::exp(-q * T) - r * K * dr;
    g.rho = T * K * dr;
    return g;
}

double expectedDelayPayout(double mu, double sigma, double threshold, double perDay, double cap)
{
    if (perDay <= 0 || cap <= 0) return 0.0;
    // payout = perDay * (min(D, threshold + cap/perDay) - threshold)^+ : a call spread on D
    const double upper = std::isinf(cap) ? std::numeric_limits<double>::infinity() : threshold + cap / perDay;
    auto callOn = [&](double k) { // E[(D - k)^+]
        if (std::isinf(k)) return 0.0;
        if (sigma <= 0) return std::max(mu - k, 0.0);
        const double z = (mu - k) / sigma;
        return (mu - k) * normalCdf(z) + sigma * normalPdf(z);
    };
    return perDay * (callOn(threshold) - callOn(upper));
}

} // namespace ballast
