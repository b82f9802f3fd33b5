#include "network.h"

#include "maxflow.h"

namespace ballast {

double plannedTransitDays(const Link& l)
{
    if (l.departed && l.eta) return static_cast<double>(*l.eta - *l.departed) / kSecondsPerDay;
    if (!std::isnan(l.transitDays.mean)) return l.transitDays.mean;
    return kNaN;
}

NetworkPlan planNetwork(const Book& book)
{
    NetworkPlan plan;
    plan.nodes = static_cast<int>(book.nodes.size());
    plan.links = static_cast<int>(book.links.size());
    const std::vector<double> shares = book.effectiveSupplyShares();
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < plan.links; ++i) {
            const Link& l = book.links[i];
            const LinkType want = pass == 0 ? LinkType::Shipment : LinkType::Supply;
            if (l.type != want || l.fromIx < 0 || l.toIx < 0) continue;
            NetworkPlan::Physical p;
            p.link = i, p.from = l.fromIx, p.to = l.toIx, p.asset = l.assetIx;
            p.shipment = pass == 0;
            p.capacity = l.capacity;
            p.share = shares[i];
            p.quantity = l.quantity;
            if (p.shipment) {
                const double days = plannedTransitDays(l);
                if (days > 0) p.unitsPerDay = l.quantity / days;
                p.moving = l.departed && *l.departed <= book.meta.asOf && (!l.eta || book.meta.asOf < *l.eta);
            }
            plan.physical.push_back(p);
        }
    // max-flow from every node with no physical inflow to every node with no physical outflow
    const int n = plan.nodes, S = n, T = n + 1;
    plan.inDeg.assign(n, 0);
    plan.outDeg.assign(n, 0);
    plan.outflowStated.assign(n, 0);
    std::vector<FlowArc> arcs;
    plan.arcOfPhysical.assign(plan.physical.size(), -1);
    for (size_t k = 0; k < plan.physical.size(); ++k) {
        const auto& p = plan.physical[k];
        if (p.from == p.to) continue;
        ++plan.outDeg[p.from];
        ++plan.inDeg[p.to];
        if (p.shipment || !std::isnan(p.capacity)) plan.outflowStated[p.from] = 1;
        plan.arcOfPhysical[k] = static_cast<int>(arcs.size());
        arcs.push_back({p.from, p.to, 0.0});
    }
    for (int v = 0; v < n; ++v) {
        if (plan.outDeg[v] > 0 && plan.inDeg[v] == 0) plan.sourceArcs.push_back(static_cast<int>(arcs.size())), arcs.push_back({S, v, 0.0});
        if (plan.inDeg[v] > 0 && plan.outDeg[v] == 0) plan.sinkArcs.push_back(static_cast<int>(arcs.size())), arcs.push_back({v, T, 0.0});
    }
    plan.network = FlowNetwork(n + 2, arcs);
    return plan;
}

NetworkFlows computeNetworkFlows(const Book& book, const std::vector<double>& price)
{
    return computeNetworkFlows(planNetwork(book), price);
}

NetworkFlows computeNetworkFlows(const NetworkPlan& plan, const std::vector<double>& price)
{
    NetworkScratch scratch;
    computeNetworkFlows(plan, price, scratch);
    return std::move(scratch.flows);
}

const NetworkFlows& computeNetworkFlows(const NetworkPlan& plan, const std::vector<double>& price, NetworkScratch& scratch)
{
    const int nLinks = plan.links, nNodes = plan.nodes;
    NetworkFlows& f = scratch.flows; // assign() keeps the storage of the last recompute
    f.maxFlowPerDay = 0.0;
    f.unitsPerDay.assign(nLinks, 0.0);
    f.valuePerDay.assign(nLinks, 0.0);
    f.inTransitValue.assign(nLinks, 0.0);
    f.onMinCut.assign(nLinks, 0);
    f.nodeInflow.assign(nNodes, 0.0);
    f.nodeOutflow.assign(nNodes, 0.0);
    f.bottleneck.assign(nNodes, 0);

    std::vector<double>& shippedOut = scratch.shippedOut;
    shippedOut.assign(nNodes, 0.0);
    for (const auto& p : plan.physical) {
        const int i = p.link;
        if (p.shipment) {
            const double unit = p.asset >= 0 ? price[p.asset] : 0.0;
            f.unitsPerDay[i] = p.unitsPerDay;
            f.valuePerDay[i] = p.unitsPerDay * unit;
            if (!std::isnan(p.capacity)) f.valuePerDay[i] = std::min(f.valuePerDay[i], p.capacity);
            if (p.moving) f.inTransitValue[i] = p.quantity * unit;
            shippedOut[p.from] += f.valuePerDay[i];
        } else {
            // a supply relation carries its share of what the supplier ships, or its stated capacity
            f.valuePerDay[i] = !std::isnan(p.capacity) ? p.capacity : p.share * shippedOut[p.from];
        }
    }
    std::vector<double>& capacity = scratch.capacity;
    capacity.assign(plan.network.arcs(), 0.0);
    double big = 0;
    for (size_t k = 0; k < plan.physical.size(); ++k) {
        const int arc = plan.arcOfPhysical[k];
        if (arc < 0) continue;
        const auto& p = plan.physical[k];
        const double v = f.valuePerDay[p.link];
        f.nodeOutflow[p.from] += v;
        f.nodeInflow[p.to] += v;
        capacity[arc] = v;
        big += v;
    }
    for (int v = 0; v < nNodes; ++v)
        f.bottleneck[v] = plan.outDeg[v] > 0 && plan.inDeg[v] > 0 && plan.outflowStated[v] &&
                          f.nodeInflow[v] > f.nodeOutflow[v] * (1 + 1e-9);
    if (plan.network.arcs() == 0) return f;
    big = big * 2 + 1;
    for (int a : plan.sourceArcs) capacity[a] = big;
    for (int a : plan.sinkArcs) capacity[a] = big;
    const MaxFlow flow = plan.network.solve(capacity, nNodes, nNodes + 1, FlowDetail::CutOnly, &scratch.maxFlow);
    f.maxFlowPerDay = flow.value;
    for (size_t k = 0; k < plan.physical.size(); ++k)
        if (plan.arcOfPhysical[k] >= 0 && plan.network.onCut(flow, plan.arcOfPhysical[k])) f.onMinCut[plan.physical[k].link] = 1;
    return f;
}

} // namespace ballast
