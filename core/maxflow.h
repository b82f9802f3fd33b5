#pragma once
// Maximum flow and a minimum cut on a directed network with real capacities, by push-relabel with
// the highest label first, exact relabelling now and then, and the gap rule (Cherkassky & Goldberg's
// HIPR): a maximum preflow first, then the excess it strands returned to the source. On the stress
// book (100,000 nodes, 634,000 arcs) it takes about 90 ms; shortest augmenting paths (Ahuja & Orlin,
// the previous version) took 250 ms, Dinic's algorithm 300 ms and igraph's push-relabel 1.0 s for
// the value alone. The tests keep igraph as the oracle.

#include <cstddef>
#include <memory>
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
    std::vector<double> flow;     // per arc (empty when only the cut was asked for)
};

enum class FlowDetail
{
    PerArc,  // the flow on every arc, the value and the cut
    CutOnly, // the value and the cut
};

/// Scratch memory for FlowNetwork::solve(), for a caller that solves again and again (an exposure
/// engine recomputing with every tick): the residual network and the labels are reused instead of
/// being fresh pages each time (on the stress book 20 MB, most of the difference between 115 and
/// 135 ms a recompute). Not copyable: an owner that is copied holds it in a Scratch (scratch.h).
class FlowWorkspace
{
public:
    FlowWorkspace();
    ~FlowWorkspace();
    FlowWorkspace(FlowWorkspace&&) noexcept;
    FlowWorkspace& operator=(FlowWorkspace&&) noexcept;
    struct Impl; // defined where it is used

private:
    friend class FlowNetwork;
    std::unique_ptr<Impl> m_impl;
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
    MaxFlow solve(const std::vector<double>& capacity, int source, int sink, FlowDetail detail = FlowDetail::PerArc,
                  FlowWorkspace* scratch = nullptr) const;
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
