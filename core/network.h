#pragma once
// Collateral velocity and bottlenecks over the physical supply network (shipments and supply
// links): flow per day through each link, value in transit, max-flow from the upstream ends to the
// downstream ends and its min cut (maxflow.h), and nodes whose inflow exceeds their outflow capacity.

#include "maxflow.h"
#include "model.h"

#include <vector>

namespace ballast {

struct NetworkFlows
{
    std::vector<double> unitsPerDay, valuePerDay, inTransitValue; // per link
    std::vector<char> onMinCut;                                  // per link
    std::vector<double> nodeInflow, nodeOutflow;                 // value per day
    std::vector<char> bottleneck;                                // per node
    double maxFlowPerDay = 0.0;
};

/// What the flows need from the book and nothing else (which links are physical, their ends and
/// planned rates, the max-flow network between the upstream and downstream ends): prepared once
/// per book snapshot, so that a recompute reads compact arrays instead of a million links.
struct NetworkPlan
{
    struct Physical
    {
        int link = -1, from = -1, to = -1, asset = -1;
        bool shipment = false, moving = false; // moving: departed and not yet arrived at asOf
        double unitsPerDay = 0.0, quantity = 0.0, capacity = kNaN, share = 0.0;
    };
    int nodes = 0, links = 0;
    std::vector<Physical> physical; // shipments first, then supply links (supply reads shipments)
    std::vector<int> arcOfPhysical; // physical -> max-flow arc, -1 for a self-loop
    std::vector<int> inDeg, outDeg;
    // per node: it ships something or an outgoing link states its capacity. A node whose outgoing
    // links are supply relations only, with no capacity and nothing shipped from it, carries an
    // unknown outflow (0 in the flows), not a bottleneck.
    std::vector<char> outflowStated;
    std::vector<int> sourceArcs, sinkArcs; // max-flow arcs from the super source / to the super sink
    FlowNetwork network;
};
NetworkPlan planNetwork(const Book& book);

/// Scratch memory for computeNetworkFlows(), kept by a caller that recomputes again and again:
/// the flows of every link and the max-flow's residual network are reused instead of being fresh
/// pages each time (about 50 MB on the stress book). An engine holds it in a Scratch (scratch.h).
struct NetworkScratch
{
    NetworkFlows flows;
    std::vector<double> capacity, shippedOut;
    FlowWorkspace maxFlow;
};

/// `price[a]` is the value of one unit of asset a in base currency.
NetworkFlows computeNetworkFlows(const NetworkPlan& plan, const std::vector<double>& price);
/// The same in `scratch`, whose flows it returns.
const NetworkFlows& computeNetworkFlows(const NetworkPlan& plan, const std::vector<double>& price, NetworkScratch& scratch);
NetworkFlows computeNetworkFlows(const Book& book, const std::vector<double>& price);

/// Days a shipment takes by plan: transitDays.mean, else eta - departed, else NaN.
double plannedTransitDays(const Link& shipment);

} // namespace ballast
