#include "maxflow.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ballast {

FlowNetwork::FlowNetwork(int nodes, const std::vector<FlowArc>& arcs) : m_nodes(std::max(nodes, 0))
{
    const int n = m_nodes;
    m_slot.assign(arcs.size(), -1);
    m_from.resize(arcs.size());
    m_to.resize(arcs.size());
    const auto valid = [&](const FlowArc& a) { return a.from >= 0 && a.to >= 0 && a.from < n && a.to < n && a.from != a.to; };
    // nodes renumbered in breadth-first order along the arcs (from the nodes nothing flows into), so
    // that the searches, which run in that order, read neighbouring rows of the arrays
    std::vector<int> outStart(n + 1, 0), inDeg(n, 0);
    for (size_t i = 0; i < arcs.size(); ++i) {
        m_from[i] = arcs[i].from, m_to[i] = arcs[i].to;
        if (valid(arcs[i])) ++outStart[arcs[i].from + 1], ++inDeg[arcs[i].to];
    }
    for (int v = 0; v < n; ++v) outStart[v + 1] += outStart[v];
    std::vector<int> out(outStart[n]), fill(outStart.begin(), outStart.end() - 1);
    for (const FlowArc& a : arcs)
        if (valid(a)) out[fill[a.from]++] = a.to;
    m_rank.assign(n, -1);
    m_node.clear();
    m_node.reserve(n);
    auto visit = [&](int root) {
        if (m_rank[root] >= 0) return;
        size_t head = m_node.size();
        m_rank[root] = static_cast<int>(m_node.size()), m_node.push_back(root);
        for (; head < m_node.size(); ++head) {
            const int v = m_node[head];
            for (int k = outStart[v]; k < outStart[v + 1]; ++k)
                if (m_rank[out[k]] < 0) m_rank[out[k]] = static_cast<int>(m_node.size()), m_node.push_back(out[k]);
        }
    };
    for (int v = 0; v < n; ++v)
        if (inDeg[v] == 0) visit(v);
    for (int v = 0; v < n; ++v) visit(v);

    m_start.assign(n + 1, 0);
    for (const FlowArc& a : arcs)
        if (valid(a)) ++m_start[m_rank[a.from] + 1], ++m_start[m_rank[a.to] + 1];
    for (int v = 0; v < n; ++v) m_start[v + 1] += m_start[v];
    const int m = m_start[n];
    m_head.resize(m);
    m_mate.resize(m);
    fill.assign(m_start.begin(), m_start.end() - 1);
    for (size_t i = 0; i < arcs.size(); ++i) {
        if (!valid(arcs[i])) continue;
        const int u = m_rank[arcs[i].from], v = m_rank[arcs[i].to];
        const int f = fill[u]++, r = fill[v]++;
        m_head[f] = v, m_head[r] = u;
        m_mate[f] = r, m_mate[r] = f;
        m_slot[i] = f;
    }
}

struct FlowWorkspace::Impl
{
    struct Arc
    {
        int head, mate;
        double residual;
    };
    std::vector<Arc> g; // one cache line serves an arc's end, its reverse and its residual
    std::vector<double> excess;
    std::vector<int> dist, cur, aFirst, aNext, iFirst, iNext, iPrev, queue;
    std::vector<char> reached;
};

FlowWorkspace::FlowWorkspace() : m_impl(std::make_unique<Impl>()) {}
FlowWorkspace::~FlowWorkspace() = default;
FlowWorkspace::FlowWorkspace(FlowWorkspace&&) noexcept = default;
FlowWorkspace& FlowWorkspace::operator=(FlowWorkspace&&) noexcept = default;

namespace {

using Arc = FlowWorkspace::Impl::Arc;

// Push-relabel (Goldberg & Tarjan) as in Cherkassky & Goldberg's HIPR: the active node with the
// highest distance label is discharged first, distances are recomputed exactly by a breadth-first
// search after every 12n + 2m units of relabelling work, and a gap in the labels drops every node
// above it. run(target, skip) moves excess towards `target`; nodes that cannot reach it keep theirs.
class PushRelabel
{
public:
    PushRelabel(const std::vector<int>& start, FlowWorkspace::Impl& w, double eps)
        : m_n(static_cast<int>(start.size()) - 1), m_start(start), m_w(w), m_eps(eps)
    {
        w.dist.assign(m_n, m_n), w.cur.assign(m_n, 0), w.aFirst.assign(m_n + 1, -1), w.aNext.assign(m_n, -1);
        w.iFirst.assign(m_n + 1, -1), w.iNext.assign(m_n, -1), w.iPrev.assign(m_n, -1), w.queue.assign(m_n, 0);
    }

    void run(int target, int skip)
    {
        m_target = target, m_skip = skip;
        const long budget = 12L * m_n + 2L * m_start[m_n]; // HIPR's default frequency
        long work = 0;
        relabelAll();
        while (m_aMax >= 0) {
            const int v = m_w.aFirst[m_aMax];
            if (v < 0) {
                --m_aMax;
                continue;
            }
            m_w.aFirst[m_aMax] = m_w.aNext[v];
            work += discharge(v);
            if (work > budget) work = 0, relabelAll();
        }
    }

private:
    void addActive(int v, int d)
    {
        m_w.aNext[v] = m_w.aFirst[d], m_w.aFirst[d] = v;
        m_aMax = std::max(m_aMax, d), m_dMax = std::max(m_dMax, d);
    }
    void addInactive(int v, int d)
    {
        m_w.iNext[v] = m_w.iFirst[d], m_w.iPrev[v] = -1;
        if (m_w.iFirst[d] >= 0) m_w.iPrev[m_w.iFirst[d]] = v;
        m_w.iFirst[d] = v;
        m_dMax = std::max(m_dMax, d);
    }
    void removeInactive(int v, int d)
    {
        (m_w.iPrev[v] >= 0 ? m_w.iNext[m_w.iPrev[v]] : m_w.iFirst[d]) = m_w.iNext[v];
        if (m_w.iNext[v] >= 0) m_w.iPrev[m_w.iNext[v]] = m_w.iPrev[v];
    }

    // exact distances to the target by a backward breadth-first search; the buckets rebuilt from them
    void relabelAll()
    {
        for (int d = 0; d <= m_dMax; ++d) m_w.aFirst[d] = m_w.iFirst[d] = -1;
        m_aMax = m_dMax = -1;
        std::fill(m_w.dist.begin(), m_w.dist.end(), m_n);
        int qh = 0, qt = 0;
        m_w.dist[m_target] = 0;
        m_w.queue[qt++] = m_target;
        while (qh < qt) {
            const int v = m_w.queue[qh++], d = m_w.dist[v] + 1;
            for (int e = m_start[v]; e < m_start[v + 1]; ++e) {
                const int u = m_w.g[e].head; // the arc u -> v is e's mate
                if (m_w.dist[u] < m_n || u == m_skip || !(m_w.g[m_w.g[e].mate].residual > m_eps)) continue;
                m_w.dist[u] = d, m_w.queue[qt++] = u, m_w.cur[u] = m_start[u];
                if (m_w.excess[u] > 0) addActive(u, d);
                else addInactive(u, d);
            }
        }
    }

    // pushes v's excess along admissible arcs (one label lower), relabelling v when there is none;
    // returns the relabelling work done
    long discharge(int v)
    {
        const int end = m_start[v + 1];
        int d = m_w.dist[v];
        long work = 0;
        for (;;) {
            double ex = m_w.excess[v];
            int e = m_w.cur[v];
            for (; e < end; ++e) {
                Arc& a = m_w.g[e];
                if (!(a.residual > m_eps) || m_w.dist[a.head] != d - 1) continue;
                const int w = a.head;
                double push = ex;
                if (push >= a.residual) push = a.residual, m_w.g[a.mate].residual += push, a.residual = 0.0; // exactly saturated
                else a.residual -= push, m_w.g[a.mate].residual += push;
                if (w != m_target && m_w.excess[w] <= 0) removeInactive(w, d - 1), addActive(w, d - 1);
                m_w.excess[w] += push;
                ex -= push;
                if (ex <= 0) break;
            }
            m_w.excess[v] = ex;
            if (ex <= 0) {
                m_w.cur[v] = e;
                addInactive(v, d);
                return work;
            }
            if (m_w.aFirst[d] < 0 && m_w.iFirst[d] < 0) {
                // a gap: v was the last node at its label, so nothing at or above it reaches the target
                for (int k = d + 1; k <= m_dMax; ++k) {
                    for (int u = m_w.aFirst[k]; u >= 0; u = m_w.aNext[u]) m_w.dist[u] = m_n;
                    for (int u = m_w.iFirst[k]; u >= 0; u = m_w.iNext[u]) m_w.dist[u] = m_n;
                    m_w.aFirst[k] = m_w.iFirst[k] = -1;
                }
                m_dMax = d - 1, m_aMax = std::min(m_aMax, m_dMax);
                m_w.dist[v] = m_n;
                return work;
            }
            int closest = m_n;
            for (int k = m_start[v]; k < end; ++k)
                if (m_w.g[k].residual > m_eps) closest = std::min(closest, m_w.dist[m_w.g[k].head]);
            work += 12 + (end - m_start[v]);
            d = m_w.dist[v] = std::min(closest + 1, m_n);
            if (d >= m_n) return work;
            m_w.cur[v] = m_start[v];
            m_dMax = std::max(m_dMax, d);
        }
    }

    const int m_n;
    const std::vector<int>& m_start;
    // the residual arcs, excesses, labels, current arcs, active nodes by label (stacks), inactive
    // nodes by label (doubly linked, for gaps) and the relabelling queue, all in the workspace
    FlowWorkspace::Impl& m_w;
    const double m_eps;
    int m_target = -1, m_skip = -1, m_aMax = -1, m_dMax = -1;
};

} // namespace

MaxFlow FlowNetwork::solve(const std::vector<double>& capacity, int source, int sink, FlowDetail detail, FlowWorkspace* scratch) const
{
    const int nodes = m_nodes;
    MaxFlow out;
    if (detail == FlowDetail::PerArc) out.flow.assign(m_slot.size(), 0.0);
    out.sourceSide.assign(nodes, 0);
    if (source < 0 || sink < 0 || source >= nodes || sink >= nodes || source == sink) return out;
    source = m_rank[source], sink = m_rank[sink]; // internal numbering from here on

    FlowWorkspace own;
    FlowWorkspace::Impl& w = scratch && scratch->m_impl ? *scratch->m_impl : *own.m_impl; // a moved-from one holds nothing
    const int m = m_start[nodes];
    std::vector<Arc>& g = w.g;
    g.resize(m);
    for (int e = 0; e < m; ++e) g[e] = {m_head[e], m_mate[e], 0.0};
    double largest = 0;
    for (size_t i = 0; i < m_slot.size(); ++i) {
        if (m_slot[i] < 0) continue;
        const double c = i < capacity.size() ? capacity[i] : 0.0;
        g[m_slot[i]].residual = c > 0 ? (std::isinf(c) ? 1e300 : c) : 0.0; // NaN > 0 is false
        if (c > 0 && std::isfinite(c)) largest = std::max(largest, c);
    }
    // a residual below this is rounding left over from cancelling pushes, not capacity
    const double eps = largest * 1e-13;

    // the source's arcs saturated; the excess goes as far towards the sink as it can (a maximum
    // preflow, whose sink-side nodes give a minimum cut), then what is left returns to the source
    std::vector<double>& excess = w.excess;
    excess.assign(nodes, 0.0);
    for (int e = m_start[source]; e < m_start[source + 1]; ++e) {
        const double c = g[e].residual;
        g[e].residual = 0.0, g[g[e].mate].residual += c, excess[g[e].head] += c;
    }
    PushRelabel pr(m_start, w, eps);
    pr.run(sink, source);
    out.value = excess[sink];
    pr.run(source, sink);

    // the source side of the cut: what the source still reaches in the residual network (the
    // smallest such side, the same whichever maximum flow was found)
    std::vector<char>& reached = w.reached;
    reached.assign(nodes, 0);
    std::vector<int>& queue = w.queue; // the labels' queue, free again
    size_t qt = 0;
    queue[qt++] = source;
    reached[source] = 1;
    for (size_t qh = 0; qh < qt; ++qh)
        for (int e = m_start[queue[qh]]; e < m_start[queue[qh] + 1]; ++e)
            if (g[e].residual > eps && !reached[g[e].head]) reached[g[e].head] = 1, queue[qt++] = g[e].head;
    for (int v = 0; v < nodes; ++v) out.sourceSide[m_node[v]] = reached[v];
    if (detail == FlowDetail::PerArc)
        for (size_t i = 0; i < m_slot.size(); ++i)
            if (m_slot[i] >= 0) {
                const double c = i < capacity.size() && capacity[i] > 0 ? capacity[i] : 0.0;
                out.flow[i] = std::max(0.0, std::min(c, g[g[m_slot[i]].mate].residual));
            }
    return out;
}

MaxFlow maxFlow(int nodes, const std::vector<FlowArc>& arcs, int source, int sink)
{
    std::vector<double> capacity(arcs.size());
    for (size_t i = 0; i < arcs.size(); ++i) capacity[i] = arcs[i].capacity;
    return FlowNetwork(nodes, arcs).solve(capacity, source, sink);
}

} // namespace ballast
