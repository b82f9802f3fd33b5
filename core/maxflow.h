#pragma once
// Maximum flow and a minimum cut on a directed network with real capacities: improved shortest
// augmenting paths (Ahuja & Orlin) with distances to the sink, a current-arc pointer per node, the
// gap rule, and exact distances recomputed after every n/2 local relabels. On the stress book
// (100,000 nodes, 600,000 physical links) the flows take 0.26 s with their bookkeeping, where
// igraph's push-relabel needs 1.0 s for the value alone and Dinic's algorithm (tried first, with
// the same layout) 0.30 s; the tests keep igraph as the oracle.

#include <cstddef>
#include <vector>

namespace ballast {

struct FlowArc
{
    int from = -1, to = -1;
    double capacity = 0.0; // >= 0; NaN and negative values carry nothing
};

struct MaxFlow
{
    double value = 0.0;
    std::vector<char> sourceSide; // per node: reachable from the source in the final residual network
    std::vector<double> flow;     // per arc
};

/// The arcs' structure in compressed rows, built once; solve() takes the capacities, which change
/// with prices. Arcs with an end out of range or from a node to itself carry nothing.
class FlowNetwork
{
public:
    FlowNetwork() = default;
    FlowNetwork(int nodes, const std::vector<FlowArc>& arcs);
    int nodes() const { return m_nodes; }
    size_t arcs() const { return m_slot.size(); }
    /// `capacity[i]` for arc i (the FlowArc capacities are not used).
    MaxFlow solve(const std::vector<double>& capacity, int source, int sink) const;
    /// arc i crosses the minimum cut of `flow` (source side to sink side)
    bool onCut(const MaxFlow& flow, size_t i) const
    {
        return m_slot[i] >= 0 && flow.sourceSide[m_from[i]] && !flow.sourceSide[m_to[i]];
    }

private:
    int m_nodes = 0;
    std::vector<int> m_start;      // node -> first slot
    std::vector<int> m_head;       // slot -> the node it leads to
    std::vector<int> m_mate;       // slot -> its reverse slot
    std::vector<int> m_slot;       // arc -> its forward slot, -1 if ignored
    std::vector<int> m_from, m_to; // arc ends
    std::vector<int> m_rank, m_node; // node -> internal number, and back
};

/// One-off convenience: FlowNetwork(nodes, arcs).solve(the arcs' capacities, source, sink).
MaxFlow maxFlow(int nodes, const std::vector<FlowArc>& arcs, int source, int sink);

} // namespace ballast
