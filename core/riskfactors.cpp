#include "riskfactors.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <map>

namespace ballast {

std::vector<double> factorCorrelation(const Book& b, const std::vector<int>& factors, bool fromHistory, int* repairs)
{
    const int n = static_cast<int>(factors.size());
    if (repairs) *repairs = 0;
    if (n == 0) return {}; // Eigen's eigensolver reads the first element of the matrix it is given
    Eigen::MatrixXd C = Eigen::MatrixXd::Identity(n, n);
    std::map<std::pair<int, int>, double> given;
    for (const auto& c : b.correlations)
        if (c.aIx >= 0 && c.bIx >= 0) given[{c.aIx, c.bIx}] = c.rho, given[{c.bIx, c.aIx}] = c.rho;
    // log returns per asset keyed by time, for estimation
    std::vector<std::map<Seconds, double>> returns(n);
    if (fromHistory)
        for (int i = 0; i < n; ++i) {
            auto it = b.priceHistory.find(b.assets[factors[i]].id);
            if (it == b.priceHistory.end()) continue;
            for (size_t k = 1; k < it->second.size(); ++k)
                if (it->second[k - 1].price > 0 && it->second[k].price > 0)
                    returns[i][it->second[k].time] = std::log(it->second[k].price / it->second[k - 1].price);
        }
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            double rho = 0;
            auto g = given.find({factors[i], factors[j]});
            if (g != given.end()) rho = g->second;
            if (fromHistory && returns[i].size() >= 20 && returns[j].size() >= 20) {
                std::vector<std::pair<double, double>> xy;
                for (const auto& [t, r] : returns[i]) {
                    auto o = returns[j].find(t);
                    if (o != returns[j].end()) xy.push_back({r, o->second});
                }
                if (xy.size() >= 20) {
                    double mx = 0, my = 0;
                    for (auto& [x, y] : xy) mx += x, my += y;
                    mx /= xy.size(), my /= xy.size();
                    double sxy = 0, sxx = 0, syy = 0;
                    for (auto& [x, y] : xy) sxy += (x - mx) * (y - my), sxx += (x - mx) * (x - mx), syy += (y - my) * (y - my);
                    if (sxx > 0 && syy > 0) rho = sxy / std::sqrt(sxx * syy);
                }
            }
            C(i, j) = C(j, i) = std::clamp(rho, -1.0, 1.0);
        }
    // PSD repair: lift negative eigenvalues, rescale to a unit diagonal
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(C);
    Eigen::VectorXd ev = es.eigenvalues();
    int lifted = 0;
    for (int i = 0; i < n; ++i)
        if (ev[i] < 1e-10) ev[i] = 1e-10, ++lifted;
    if (lifted) {
        C = es.eigenvectors() * ev.asDiagonal() * es.eigenvectors().transpose();
        const Eigen::VectorXd d = C.diagonal().cwiseSqrt().cwiseInverse();
        C = d.asDiagonal() * C * d.asDiagonal();
    }
    if (repairs) *repairs = lifted;
    return std::vector<double>(C.data(), C.data() + C.size());
}


std::vector<int> riskFactors(const Book& b)
{
    std::vector<int> factors;
    for (int a = 0; a < static_cast<int>(b.assets.size()); ++a) {
        const Asset& as = b.assets[a];
        if (as.kind != AssetKind::InventoryToken && as.kind != AssetKind::InvoiceToken && as.volatility > 0) factors.push_back(a);
    }
    return factors;
}


double normalQuantile(double p)
{
    if (!(p > 0) || !(p < 1)) return p >= 1 ? kInf : -kInf;
    // bisection on the cdf, 0.5 erfc(-x / sqrt 2): 200 halvings of [-40, 40] reach the double's resolution
    double lo = -40, hi = 40;
    for (int i = 0; i < 200 && hi - lo > 0; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid == lo || mid == hi) break;
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

DeltaNormal::DeltaNormal(const Book& b)
{
    const std::vector<int> factors = riskFactors(b);
    m_correlation = factorCorrelation(b, factors, false, nullptr);
    const double h = std::sqrt(std::max(0.0, b.settings.horizonDays) / 365.0);
    m_factorOfAsset.assign(b.assets.size(), -1);
    for (size_t k = 0; k < factors.size(); ++k) {
        m_factorOfAsset[factors[k]] = static_cast<int>(k);
        m_sigma.push_back(b.assets[factors[k]].volatility * h);
    }
    for (size_t a = 0; a < b.assets.size(); ++a) {
        int u = static_cast<int>(a);
        for (size_t steps = 0; u >= 0 && b.assets[u].kind == AssetKind::InventoryToken && steps <= b.assets.size(); ++steps)
            u = b.assets[u].underlyingIx;
        if (u >= 0 && u != static_cast<int>(a)) m_factorOfAsset[a] = m_factorOfAsset[u];
    }
}

double DeltaNormal::valueAtRisk(const std::vector<double>& marketValue, double confidence) const
{
    const Eigen::Index n = static_cast<Eigen::Index>(m_sigma.size());
    if (n == 0) return 0.0;
    Eigen::VectorXd w = Eigen::VectorXd::Zero(n);
    for (size_t a = 0; a < marketValue.size() && a < m_factorOfAsset.size(); ++a)
        if (m_factorOfAsset[a] >= 0 && std::isfinite(marketValue[a])) w[m_factorOfAsset[a]] += marketValue[a];
    for (Eigen::Index i = 0; i < n; ++i) w[i] *= m_sigma[static_cast<size_t>(i)];
    const Eigen::Map<const Eigen::MatrixXd> C(m_correlation.data(), n, n);
    const double variance = w.dot(C * w);
    const double var = normalQuantile(confidence) * std::sqrt(std::max(0.0, variance));
    return std::isfinite(var) ? var : 0.0;
}

} // namespace ballast
