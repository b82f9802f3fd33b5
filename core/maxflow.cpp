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

MaxFlow FlowNetwork::solve(const std::vector<double>& capacity, int source, int sink) const
{
    const int nodes = m_nodes;
    MaxFlow out;
    out.flow.assign(m_slot.size(), 0.0);
    out.sourceSide.assign(nodes, 0);
    if (source < 0 || sink < 0 || source >= nodes || sink >= nodes || source == sink) return out;
    source = m_rank[source], sink = m_rank[sink]; // internal numbering from here on

    struct Arc
    {
        int head, mate;
        double residual;
    };
    const int m = m_start[nodes];
    std::vector<Arc> g(m); // one cache line serves an arc's end, its reverse and its residual
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

    std::vector<int> level(nodes), queue(nodes), current(nodes), path;
    auto bfs = [&] {
        std::fill(level.begin(), level.end(), -1);
        int qh = 0, qt = 0;
        level[source] = 0;
        queue[qt++] = source;
        while (qh < qt) {
            const int v = queue[qh++];
            if (level[sink] >= 0 && level[v] >= level[sink]) break; // deeper nodes lie on no shortest path
            for (int e = m_start[v]; e < m_start[v + 1]; ++e)
                if (g[e].residual > eps && level[g[e].head] < 0) level[g[e].head] = level[v] + 1, queue[qt++] = g[e].head;
        }
        return level[sink] >= 0;
    };
    // Improved shortest augmenting paths (Ahuja & Orlin): exact distances to the sink once, then
    // augment along arcs that step one closer, relabelling a node locally when it has none, and
    // stop at the first gap in the distances (no path can remain). No search per phase.
    std::vector<int> dist(nodes), count(nodes + 1, 0);
    auto exactDistances = [&] {
        std::fill(dist.begin(), dist.end(), nodes);
        std::fill(count.begin(), count.end(), 0);
        int qh = 0, qt = 0;
        dist[sink] = 0;
        queue[qt++] = sink;
        while (qh < qt) {
            const int v = queue[qh++];
            for (int e = m_start[v]; e < m_start[v + 1]; ++e) {
                const int u = g[e].head; // the arc u -> v is e's mate
                if (dist[u] == nodes && g[g[e].mate].residual > eps) dist[u] = dist[v] + 1, queue[qt++] = u;
            }
        }
        for (int v = 0; v < nodes; ++v) ++count[dist[v]];
    };
    exactDistances();
    // local relabels drift from the true distances; now and then they are recomputed exactly
    // (a global relabel, as in push-relabel codes), which keeps the relabels few
    const long relabelBudget = std::max(1000, nodes / 2);
    long relabelled = 0;
    std::copy(m_start.begin(), m_start.end() - 1, current.begin());
    double total = 0;
    path.clear();
    int v = source;
    while (dist[source] < nodes) {
        if (v == sink) {
            double push = std::numeric_limits<double>::infinity();
            size_t cut = 0;
            for (size_t k = 0; k < path.size(); ++k)
                if (g[path[k]].residual < push) push = g[path[k]].residual, cut = k;
            for (int e : path) g[e].residual -= push, g[g[e].mate].residual += push;
            g[path[cut]].residual = 0.0; // exactly saturated, whatever the rounding
            total += push;
            path.resize(cut);
            v = cut == 0 ? source : g[path[cut - 1]].head;
            continue;
        }
        int& e = current[v];
        const int want = dist[v] - 1, end = m_start[v + 1];
        for (; e < end; ++e)
            if (g[e].residual > eps && dist[g[e].head] == want) break;
        if (e < end) {
            path.push_back(e);
            v = g[e].head;
            continue;
        }
        // relabel: one more than the closest neighbour still reachable through a residual arc
        int closest = nodes - 1;
        for (int k = m_start[v]; k < end; ++k)
            if (g[k].residual > eps) closest = std::min(closest, dist[g[k].head]);
        if (--count[dist[v]] == 0) break; // a gap: nothing above it reaches the sink any more
        dist[v] = closest + 1;
        ++count[dist[v]];
        current[v] = m_start[v];
        if (++relabelled >= relabelBudget) {
            relabelled = 0;
            exactDistances();
            std::copy(m_start.begin(), m_start.end() - 1, current.begin());
            path.clear();
            v = source;
            continue;
        }
        if (v != source) {
            const int back = path.back();
            path.pop_back();
            v = g[g[back].mate].head;
        }
    }
    bfs(); // the source side of the cut: what the source still reaches
    out.value = total;
    for (int v = 0; v < nodes; ++v) out.sourceSide[m_node[v]] = level[v] >= 0; // the last search's reach
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
