#pragma once
// DebtRank (PRODUCT.md). Impact of j's distress on i: W_ij = min(1, A_ij / E_i) (Battiston, Puliga,
// Kaushik, Tasca, Caldarelli 2012, "capped", the default) or the leverage A_ij / E_i (Bardoscia,
// Battiston, Caccioli, Caldarelli 2015, "leverage"); A_ij is i's exposure to j, E_i its equity; a
// node without equity is impacted one for one (W = 1) in both.
// Differential form (Bardoscia et al. 2015):
//   h_i(t+1) = min(1, h_i(t) + sum_j W_ij (h_j(t) - h_j(t-1)))
// Single-hit form (Battiston et al. 2012): every node's h keeps taking losses,
//   h_i(t) = min(1, h_i(t-1) + sum_{j distressed at t-1} W_ij h_j(t-1)),
// but a node passes its distress on once: distressed at t, inactive from t+1.
// DebtRank of a shock = sum_i (h_i(T) - h_i(1)) v_i with v_i the node's relative importance (its
// share of equity, or of economic value: external assets + receivables); a node's DebtRank is that
// value when it alone starts at h = 1.

#include <vector>

namespace ballast {

struct ExposureNetwork
{
    int nodes = 0;
    struct Exposure
    {
        int creditor, debtor; // the creditor is exposed to the debtor
        double amount;
    };
    std::vector<Exposure> exposures;
    std::vector<double> equity;
    std::vector<double> value; // relative importance before normalising; empty: the equity
    bool leverage = false;     // W = A / E uncapped (Bardoscia et al. 2015) instead of min(1, A / E)
};

struct DebtRankResult
{
    std::vector<double> h;    // final distress per node
    double debtRank = 0;      // value-weighted distress beyond the initial shock
    double totalDistress = 0; // including the initial shock
    int iterations = 0;       // steps until no h changed by more than kDebtRankTolerance (single-hit: until no node is distressed)
    bool converged = true;    // false: stopped at maxIterations
};

/// The differential form stops when no h moves by more than this in a step (h is in [0, 1]).
constexpr double kDebtRankTolerance = 1e-14;

DebtRankResult debtRankDifferential(const ExposureNetwork& net, const std::vector<double>& initial, int maxIterations = 100000);
DebtRankResult debtRankSingleHit(const ExposureNetwork& net, const std::vector<double>& initial);

struct PerNodeDebtRank
{
    std::vector<double> debtRank; // per node: its DebtRank when it alone starts at h = 1
    int maxIterations = 0;        // the most steps any one node's run took
    bool converged = true;
};
/// Each node's DebtRank when it alone defaults (h = 1), differential or single-hit.
PerNodeDebtRank debtRankOfEachNode(const ExposureNetwork& net, bool singleHit = false);
/// The same, values only.
std::vector<double> debtRankPerNode(const ExposureNetwork& net, bool singleHit = false);

} // namespace ballast
