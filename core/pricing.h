#pragma once
// Option pricing. Greeks are per unit of the contract: vega per 1.00 of volatility, theta per year,
// rho per 1.00 of rate (FORMAT.md). At expiry (T <= 0) or zero volatility the intrinsic value is
// returned with the limiting delta and zero gamma/vega.

namespace ballast {

struct Greeks
{
    double price = 0, delta = 0, gamma = 0, vega = 0, theta = 0, rho = 0;
};

double normalCdf(double x);
double normalPdf(double x);

/// Black–Scholes–Merton with continuous dividend yield q.
Greeks blackScholes(bool call, double spot, double strike, double years, double rate, double vol, double q);

/// Black-76 for an option on a futures price F (discounted at `rate`); delta is dV/dF.
Greeks black76(bool call, double forward, double strike, double years, double rate, double vol);

/// A future struck at `strike` on an underlying with spot S: value e^{-rT}(S e^{(r-q)T} - K).
Greeks futureValue(double spot, double strike, double years, double rate, double q);

/// Expected payout of a delivery-delay option, delay D ~ Normal(mu, sigma) days (negative = early):
/// E[min(cap, perDay * max(0, D - threshold))]. Exact closed form; sigma 0 gives the point value.
double expectedDelayPayout(double mu, double sigma, double threshold, double perDay, double cap);

} // namespace ballast
