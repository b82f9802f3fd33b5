#include "clearing.h"

#include <Eigen/IterativeLinearSolvers>
#include <Eigen/SparseLU>

#include <algorithm>
#include <cmath>

namespace ballast {
namespace {

constexpr int kDirectLimit = 2000; // default sets up to this size are solved by sparse LU
// What a node must fall short by to be in default, relative to what it owes: about 34 ulps, above
// the rounding of summing its claims and inflows, and scale-free — an absolute slack (it was
// 1e-9 on top of 1e-12 relative) let a shortfall of 1e-3 on a 1e9 obligation pass as solvent.
constexpr double kShortfallTolerance = 4e-15;

using Prepared = ClearingPlan;

std::vector<double> inflow(const Prepared& p, const std::vector<double>& pay)
{
    Eigen::Map<const Eigen::VectorXd> v(pay.data(), static_cast<Eigen::Index>(pay.size()));
    Eigen::VectorXd in = p.PiT * v;
    return std::vector<double>(in.data(), in.data() + in.size());
}

ClearingSolution finish(const ObligationNetwork& net, const Prepared& pr, std::vector<double> pay, int iterations)
{
    ClearingSolution s;
    s.nominal = pr.pbar;
    s.iterations = iterations;
    s.defaulted.assign(net.nodes, 0);
    for (int i = 0; i < net.nodes; ++i) {
        pay[i] = std::clamp(pay[i], 0.0, pr.pbar[i]);
        s.defaulted[i] = pay[i] < pr.pbar[i] * (1 - kShortfallTolerance);
    }
    s.shortfall.assign(net.nodes, 0.0);
    // (p̄ - p) / p̄, not 1 - p / p̄: the difference is exact, the ratio's complement cancels; a debtor
    // paying in full adds an exact zero, left out
    for (const auto& c : net.claims)
        if (pr.pbar[c.debtor] > 0 && pay[c.debtor] != pr.pbar[c.debtor])
            s.shortfall[c.creditor] += c.amount * ((pr.pbar[c.debtor] - pay[c.debtor]) / pr.pbar[c.debtor]);
    s.payments = std::move(pay);
    return s;
}

} // namespace

ClearingPlan planClearing(const ObligationNetwork& net)
{
    Prepared p;
    const int n = net.nodes;
    p.pbar.assign(n, 0.0);
    for (const auto& c : net.claims) p.pbar[c.debtor] += c.amount;
    for (int i = 0; i < n && i < static_cast<int>(net.externalLiabilities.size()); ++i) p.pbar[i] += net.externalLiabilities[i];
    std::vector<Eigen::Triplet<double>> t;
    t.reserve(net.claims.size());
    for (const auto& c : net.claims)
        if (p.pbar[c.debtor] > 0) t.emplace_back(c.creditor, c.debtor, c.amount / p.pbar[c.debtor]);
    p.PiT.resize(n, n);
    p.PiT.setFromTriplets(t.begin(), t.end());
    p.inflowAtNominal = inflow(p, p.pbar);
    return p;
}

ClearingSolution clearRogersVeraart(const ObligationNetwork& net, double alpha, double beta)
{
    return clearRogersVeraart(net, net.externalAssets, alpha, beta, planClearing(net));
}

ClearingSolution clearRogersVeraart(const ObligationNetwork& net, const std::vector<double>& externalAssets, double alpha, double beta,
                                    const ClearingPlan& pr)
{
    const int n = net.nodes;
    auto e = [&](int i) { return i < static_cast<int>(externalAssets.size()) ? externalAssets[i] : 0.0; };
    std::vector<double> p = pr.pbar;
    bool nominal = true; // p is p̄: its inflow is the plan's (the same product; a scenario where no
                         // node defaults needs no other, a Monte Carlo clears thousands of those)
    std::vector<char> inD(n, 0);
    int iterations = 0;
    std::vector<double> computed;
    for (; iterations <= n + 1; ++iterations) {
        const bool planned = nominal && pr.inflowAtNominal.size() == static_cast<size_t>(n);
        if (!planned) computed = inflow(pr, p);
        const std::vector<double>& in = planned ? pr.inflowAtNominal : computed;
        std::vector<char> next(n, 0);
        bool grew = false;
        for (int i = 0; i < n; ++i) {
            next[i] = inD[i] || e(i) + in[i] < pr.pbar[i] * (1 - kShortfallTolerance);
            grew |= next[i] != inD[i];
        }
        if (!grew && iterations > 0) break;
        inD = next;
        // solve for the defaulters: p_D = α e_D + β (Πᵀ p)_D with p_j = p̄_j outside D
        std::vector<int> idx(n, -1), D;
        for (int i = 0; i < n; ++i)
            if (inD[i]) idx[i] = static_cast<int>(D.size()), D.push_back(i);
        if (D.empty()) {
            p = pr.pbar;
            nominal = true;
            continue;
        }
        nominal = false;
        const int m = static_cast<int>(D.size());
        std::vector<Eigen::Triplet<double>> t;
        Eigen::VectorXd rhs(m);
        for (int k = 0; k < m; ++k) {
            t.emplace_back(k, k, 1.0);
            rhs[k] = alpha * e(D[k]);
        }
        for (int col = 0; col < n; ++col)
            for (Eigen::SparseMatrix<double>::InnerIterator it(pr.PiT, col); it; ++it) {
                const int row = static_cast<int>(it.row()); // creditor
                if (idx[row] < 0) continue;
                if (idx[col] >= 0) t.emplace_back(idx[row], idx[col], -beta * it.value());
                else rhs[idx[row]] += beta * it.value() * pr.pbar[col];
            }
        Eigen::SparseMatrix<double> A(m, m);
        A.setFromTriplets(t.begin(), t.end());
        Eigen::VectorXd x;
        bool solved = false;
        if (m > kDirectLimit) {
            // large default sets: a direct factorisation of a random-looking network fills in
            // (10k defaulters took seconds); A = I - βΠᵀ_DD is a column-diagonally-dominant
            // M-matrix, on which BiCGSTAB converges in a few dozen products. Warm start: the
            // previous payments. Tolerance 1e-14 relative: exact to the double precision of p̄.
            Eigen::BiCGSTAB<Eigen::SparseMatrix<double>, Eigen::DiagonalPreconditioner<double>> it;
            it.setTolerance(1e-14);
            it.setMaxIterations(2000);
            it.compute(A);
            Eigen::VectorXd guess(m);
            for (int k = 0; k < m; ++k) guess[k] = p[D[k]];
            x = it.solveWithGuess(rhs, guess);
            solved = it.info() == Eigen::Success && x.allFinite();
        }
        if (!solved) {
            Eigen::SparseLU<Eigen::SparseMatrix<double>> lu;
            lu.compute(A);
            if (lu.info() == Eigen::Success) x = lu.solve(rhs);
            solved = lu.info() == Eigen::Success && x.allFinite();
        }
        if (!solved) {
            // singular only when β = 1 on a closed ring of defaulters with no outside value: fall back
            ObligationNetwork withAssets = net;
            withAssets.externalAssets = externalAssets;
            ClearingSolution s = picardFromTop(withAssets, alpha, beta);
            s.iterations += iterations;
            return s;
        }
        for (int k = 0; k < m; ++k) p[D[k]] = std::clamp(x[k], 0.0, pr.pbar[D[k]]);
    }
    return finish(net, pr, std::move(p), iterations);
}

ClearingSolution clearEisenbergNoe(const ObligationNetwork& net) { return clearRogersVeraart(net, 1.0, 1.0); }

ClearingSolution picardFromTop(const ObligationNetwork& net, double alpha, double beta, int maxIterations, double tol)
{
    const int n = net.nodes;
    const Prepared pr = planClearing(net);
    auto e = [&](int i) { return i < static_cast<int>(net.externalAssets.size()) ? net.externalAssets[i] : 0.0; };
    std::vector<double> p = pr.pbar;
    const double scale = 1 + (pr.pbar.empty() ? 0.0 : *std::max_element(pr.pbar.begin(), pr.pbar.end()));
    int it = 0;
    bool converged = false;
    for (; it < maxIterations; ++it) {
        const std::vector<double> in = inflow(pr, p);
        double change = 0;
        for (int i = 0; i < n; ++i) {
            const double full = e(i) + in[i];
            const double next = full >= pr.pbar[i] ? pr.pbar[i] : std::min(pr.pbar[i], alpha * e(i) + beta * in[i]);
            change = std::max(change, std::fabs(next - p[i]));
            p[i] = next;
        }
        if (change <= tol * scale) {
            converged = true;
            ++it;
            break;
        }
    }
    ClearingSolution s = finish(net, pr, std::move(p), it);
    s.converged = converged;
    return s;
}

} // namespace ballast
