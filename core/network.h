#pragma once
// Collateral velocity and bottlenecks over the physical supply network (shipments and supply
// links): flow per day through each link, value in transit, max-flow from the upstream ends to the
// downstream ends and its min cut (igraph), and nodes whose inflow exceeds their outflow capacity.

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

/// `price[a]` is the value of one unit of asset a in base currency.
NetworkFlows computeNetworkFlows(const Book& book, const std::vector<double>& price);

/// Days a shipment takes by plan: transitDays.mean, else eta - departed, else NaN.
double plannedTransitDays(const Link& shipment);

} // namespace ballast
