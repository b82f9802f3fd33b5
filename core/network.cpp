#include "network.h"

#include <igraph/igraph.h>

#include <mutex>

namespace ballast {

double plannedTransitDays(const Link& l)
{
    if (l.departed && l.eta) return static_cast<double>(*l.eta - *l.departed) / kSecondsPerDay;
    if (!std::isnan(l.transitDays.mean)) return l.transitDays.mean;
    return kNaN;
}

NetworkFlows computeNetworkFlows(const Book& book, const std::vector<double>& price)
{
    static std::once_flag once;
    std::call_once(once, [] { igraph_set_error_handler(igraph_error_handler_ignore); });

    const int nLinks = static_cast<int>(book.links.size()), nNodes = static_cast<int>(book.nodes.size());
    NetworkFlows f;
    f.unitsPerDay.assign(nLinks, 0.0);
    f.valuePerDay.assign(nLinks, 0.0);
    f.inTransitValue.assign(nLinks, 0.0);
    f.onMinCut.assign(nLinks, 0);
    f.nodeInflow.assign(nNodes, 0.0);
    f.nodeOutflow.assign(nNodes, 0.0);
    f.bottleneck.assign(nNodes, 0);

    std::vector<double> shippedOut(nNodes, 0.0);
    for (int i = 0; i < nLinks; ++i) {
        const Link& l = book.links[i];
        if (l.type != LinkType::Shipment || l.fromIx < 0 || l.toIx < 0) continue;
        const double days = plannedTransitDays(l);
        const double unit = l.assetIx >= 0 ? price[l.assetIx] : 0.0;
        if (days > 0) f.unitsPerDay[i] = l.quantity / days;
        f.valuePerDay[i] = f.unitsPerDay[i] * unit;
        if (!std::isnan(l.capacity)) f.valuePerDay[i] = std::min(f.valuePerDay[i], l.capacity);
        const bool moving = l.departed && *l.departed <= book.meta.asOf && (!l.eta || book.meta.asOf < *l.eta);
        if (moving) f.inTransitValue[i] = l.quantity * unit;
        shippedOut[l.fromIx] += f.valuePerDay[i];
    }
    for (int i = 0; i < nLinks; ++i) {
        const Link& l = book.links[i];
        if (l.type != LinkType::Supply || l.fromIx < 0 || l.toIx < 0) continue;
        // a supply relation carries its share of what the supplier ships, or its stated capacity
        f.valuePerDay[i] = !std::isnan(l.capacity) ? l.capacity : l.share * shippedOut[l.fromIx];
    }

    // max-flow from every node with no physical inflow to every node with no physical outflow
    std::vector<int> inDeg(nNodes, 0), outDeg(nNodes, 0);
    std::vector<int> phys;
    for (int i = 0; i < nLinks; ++i) {
        const Link& l = book.links[i];
        if ((l.type != LinkType::Shipment && l.type != LinkType::Supply) || l.fromIx < 0 || l.toIx < 0 ||
            l.fromIx == l.toIx)
            continue;
        phys.push_back(i);
        ++outDeg[l.fromIx];
        ++inDeg[l.toIx];
        f.nodeOutflow[l.fromIx] += f.valuePerDay[i];
        f.nodeInflow[l.toIx] += f.valuePerDay[i];
    }
    for (int v = 0; v < nNodes; ++v)
        f.bottleneck[v] = outDeg[v] > 0 && inDeg[v] > 0 && f.nodeInflow[v] > f.nodeOutflow[v] * (1 + 1e-9);
    if (phys.empty()) return f;

    const int S = nNodes, T = nNodes + 1;
    igraph_vector_int_t edges;
    igraph_vector_t cap;
    igraph_vector_int_init(&edges, 0);
    igraph_vector_init(&cap, 0);
    double big = 0;
    for (int i : phys) big += f.valuePerDay[i];
    big = big * 2 + 1;
    for (int i : phys) {
        igraph_vector_int_push_back(&edges, book.links[i].fromIx);
        igraph_vector_int_push_back(&edges, book.links[i].toIx);
        igraph_vector_push_back(&cap, f.valuePerDay[i]);
    }
    for (int v = 0; v < nNodes; ++v) {
        if (outDeg[v] > 0 && inDeg[v] == 0) {
            igraph_vector_int_push_back(&edges, S);
            igraph_vector_int_push_back(&edges, v);
            igraph_vector_push_back(&cap, big);
        }
        if (inDeg[v] > 0 && outDeg[v] == 0) {
            igraph_vector_int_push_back(&edges, v);
            igraph_vector_int_push_back(&edges, T);
            igraph_vector_push_back(&cap, big);
        }
    }
    igraph_t g;
    if (igraph_create(&g, &edges, nNodes + 2, IGRAPH_DIRECTED) == IGRAPH_SUCCESS) {
        igraph_real_t value = 0;
        igraph_vector_int_t cut;
        igraph_vector_int_init(&cut, 0);
        if (igraph_maxflow(&g, &value, nullptr, &cut, nullptr, nullptr, S, T, &cap, nullptr) == IGRAPH_SUCCESS) {
            f.maxFlowPerDay = value;
            for (igraph_integer_t k = 0; k < igraph_vector_int_size(&cut); ++k) {
                const auto e = VECTOR(cut)[k];
                if (e < static_cast<igraph_integer_t>(phys.size())) f.onMinCut[phys[e]] = 1;
            }
        }
        igraph_vector_int_destroy(&cut);
        igraph_destroy(&g);
    }
    igraph_vector_int_destroy(&edges);
    igraph_vector_destroy(&cap);
    return f;
}

} // namespace ballast
