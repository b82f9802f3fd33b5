#pragma once
// DebtRank (PRODUCT.md): impact W_ij = min(1, exposure of i to j / equity of i).
// Differential form (Bardoscia, Battiston, Caccioli, Caldarelli 2015):
//   h_i(t+1) = min(1, h_i(t) + sum_j W_ij (h_j(t) - h_j(t-1)))
// Single-hit form (Battiston et al. 2012): a distressed node passes on its distress once.
// DebtRank of a shock = sum_i (h_i(T) - h_i(1)) v_i with v_i = E_i / sum E (value lost beyond the
// initial shock); a node's DebtRank is that value when it alone starts at h = 1.

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
};

struct DebtRankResult
{
    std::vector<double> h; // final distress per node
    double debtRank = 0;   // value-weighted distress beyond the initial shock
    double totalDistress = 0; // including the initial shock
    int iterations = 0;
};

DebtRankResult debtRankDifferential(const ExposureNetwork& net, const std::vector<double>& initial, int maxIterations = 1000);
DebtRankResult debtRankSingleHit(const ExposureNetwork& net, const std::vector<double>& initial);

/// Each node's DebtRank when it alone defaults (h = 1), differential or single-hit.
std::vector<double> debtRankPerNode(const ExposureNetwork& net, bool singleHit = false);

} // namespace ballast
