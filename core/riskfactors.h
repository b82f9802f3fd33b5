#pragma once
// Risk factors: the assets that move on their own (not tokens, with a volatility), their
// correlation (given, or estimated from the book's price history; PSD-repaired), and the
// delta-normal VaR of what the book holds. One home for these rules: Monte Carlo draws its shocks
// from the same factors and correlation that the desk's delta-normal VaR weighs.

#include "model.h"

#include <vector>

namespace ballast {

/// Every asset that is not a token and has a volatility, in asset order.
std::vector<int> riskFactors(const Book& book);

/// Correlation matrix (row-major, n x n) of the factors with PSD repair; `repairs` counts the
/// eigenvalues lifted. Empty for no factors.
std::vector<double> factorCorrelation(const Book& book, const std::vector<int>& factors, bool fromHistory, int* repairs);

/// The standard normal quantile: normalQuantile(0.99) = 2.3263478740408408. p in (0, 1).
double normalQuantile(double p);

/// Delta-normal VaR of holdings: z_q sqrt(w' C w) with w_i = (value held in factor i) x sigma_i
/// sqrt(horizon), horizon = settings.stress.horizonDays / 365. An inventory token's value counts
/// for the factor its underlying chain ends in (its delta to it is its market value); invoice
/// tokens and assets without a volatility carry no factor. Built once per book (the correlation
/// is an eigen-decomposition); valueAtRisk() is O(factors²).
class DeltaNormal
{
public:
    DeltaNormal() = default;
    explicit DeltaNormal(const Book& book);
    /// `marketValue[a]`: the market value held of asset a (base currency).
    double valueAtRisk(const std::vector<double>& marketValue, double confidence = 0.99) const;
    int factors() const { return static_cast<int>(m_sigma.size()); }

private:
    std::vector<int> m_factorOfAsset; // asset -> factor row, or -1
    std::vector<double> m_sigma;      // per factor: volatility x sqrt(horizon)
    std::vector<double> m_correlation;
};

} // namespace ballast
