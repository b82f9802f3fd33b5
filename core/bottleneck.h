#pragma once
// Where the physical supply network jams, and whose collateral waits there (PRODUCT.md "Collateral
// velocity"). The flows (network.h) value each link's traffic per day at market prices and mark the
// nodes whose inflow exceeds their outflow capacity; here each such bottleneck gets its excess (what
// piles up per day), the stages upstream of it (every node with a physical path into it: goods they
// ship reach the market only through it), and the loans whose real-world collateral — inventory,
// commodity and invoice tokens held at the bottleneck or upstream — waits behind it. The min cut of
// the max-flow is summarised beside them: the links that bound the whole network's throughput.

#include "exposure.h"

#include <vector>

namespace ballast {

struct WaitingCollateral
{
    int loan = -1;
    int holder = -1;              // the node holding the goods (the bottleneck or a stage upstream)
    double marketValue = 0.0;     // the loan's pledged goods held there, at market prices
    double shareOfCollateral = 0; // of the loan's whole collateral at market prices (0..1)
};

struct Bottleneck
{
    int node = -1;
    double inflowPerDay = 0.0, outflowCapacityPerDay = 0.0; // value per day at market prices
    double excessPerDay = 0.0;                              // inflow - outflow capacity
    double excessShare = 0.0;                               // excess / inflow
    int upstreamStages = 0;                                 // nodes with a physical path into it (not itself)
    double collateralWaiting = 0.0;                         // sum of loans[].marketValue
    std::vector<WaitingCollateral> loans;                   // largest first
};

struct MinCutLink
{
    int link = -1;
    double capacityPerDay = 0.0; // the value per day the link carries (its capacity in the max-flow)
};

struct BottleneckReport
{
    std::vector<Bottleneck> bottlenecks; // largest excess first
    int total = 0;                       // bottlenecks in the book (more than listed when capped)
    double maxFlowPerDay = 0.0;
    std::vector<MinCutLink> minCut; // largest capacity first
    double minCutCapacityPerDay = 0.0;
};

/// True for the assets that stand for goods or claims on them (inventory, commodity, invoice tokens).
bool isGoods(const Asset& a);

/// The bottlenecks of `x` (an exposure of `book`), the `limit` largest by excess with their waiting
/// collateral (a walk upstream each: O(limit x physical links)), and the min cut.
BottleneckReport bottleneckReport(const Book& book, const Exposure& x, int limit = 200);

} // namespace ballast
