#pragma once
// Clearing of an obligation network (PRODUCT.md "Clearing").
// Eisenberg–Noe: p = min(p̄, e + Πᵀp), the greatest clearing vector.
// Rogers–Veraart: a defaulting node pays min(p̄, α e + β Πᵀp) (default costs α, β in [0,1]).
// Solved exactly by the greatest-clearing-vector algorithm (Rogers & Veraart 2013, which for
// α = β = 1 is Eisenberg–Noe's fictitious default algorithm): guess the defaulters from p̄,
// solve the linear system for them (Eigen sparse LU), repeat until the set stops growing. The
// iteration count is the number of such rounds. picardFromTop() is the monotone iteration from p̄,
// kept for comparison and tests.

#include <Eigen/Sparse>

#include <vector>

namespace ballast {

struct ObligationNetwork
{
    int nodes = 0;
    struct Claim
    {
        int debtor, creditor;
        double amount;
    };
    std::vector<Claim> claims;          // debtor owes creditor
    std::vector<double> externalAssets; // e
    std::vector<double> externalLiabilities; // owed outside the network (in p̄, paid pro rata)
};

struct ClearingSolution
{
    std::vector<double> payments;    // p
    std::vector<double> nominal;     // p̄
    std::vector<char> defaulted;     // p_i < p̄_i
    std::vector<double> shortfall;   // per creditor: what it was owed minus what it received
    int iterations = 0;
    bool converged = true;
};

ClearingSolution clearEisenbergNoe(const ObligationNetwork& net);
ClearingSolution clearRogersVeraart(const ObligationNetwork& net, double alpha, double beta);

/// What clearing a network needs beyond its external assets — p̄ and Πᵀ, from the claims and the
/// external liabilities — prepared once to clear the same network under many scenarios.
struct ClearingPlan
{
    std::vector<double> pbar;
    Eigen::SparseMatrix<double> PiT; // (Πᵀ)_{ij} = share of j's payments that goes to i
    std::vector<double> inflowAtNominal; // Πᵀ p̄: what each node receives when every node pays in full
};
ClearingPlan planClearing(const ObligationNetwork& net);
/// clearRogersVeraart(net, alpha, beta) with net's external assets replaced by `externalAssets`, on
/// net's plan: the same numbers, without building Πᵀ again.
ClearingSolution clearRogersVeraart(const ObligationNetwork& net, const std::vector<double>& externalAssets, double alpha, double beta,
                                    const ClearingPlan& plan);
/// Monotone iteration p_{k+1} = Φ(p_k) from p̄ (converges to the greatest fixed point).
ClearingSolution picardFromTop(const ObligationNetwork& net, double alpha, double beta, int maxIterations = 100000,
                               double tolerance = 1e-10);

} // namespace ballast
