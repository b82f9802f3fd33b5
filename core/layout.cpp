#include "layout.h"

#include <igraph/igraph.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>
#include <tuple>

namespace ballast {

bool isSupplyChainNode(NodeType t)
{
    switch (t) {
    case NodeType::Supplier:
    case NodeType::Manufacturer:
    case NodeType::Carrier:
    case NodeType::Port:
    case NodeType::Warehouse:
    case NodeType::Distributor:
    case NodeType::Retailer: return true;
    default: return false;
    }
}

namespace {

std::vector<LayoutPoint> layered(const Book& b)
{
    const int n = static_cast<int>(b.nodes.size());
    std::vector<std::vector<int>> out(n), in(n);
    for (const Link& l : b.links) {
        if (l.fromIx < 0 || l.toIx < 0 || l.fromIx == l.toIx) continue;
        if (l.type != LinkType::Supply && l.type != LinkType::Shipment) continue;
        out[l.fromIx].push_back(l.toIx);
        in[l.toIx].push_back(l.fromIx);
    }
    // longest path layering (Kahn order; nodes left in a cycle keep their layer so far)
    std::vector<int> layer(n, 0), indeg(n, 0), queue;
    for (int i = 0; i < n; ++i) indeg[i] = static_cast<int>(in[i].size());
    for (int i = 0; i < n; ++i)
        if (indeg[i] == 0) queue.push_back(i);
    for (size_t k = 0; k < queue.size(); ++k) {
        const int u = queue[k];
        for (int v : out[u]) {
            layer[v] = std::max(layer[v], layer[u] + 1);
            if (--indeg[v] == 0) queue.push_back(v);
        }
    }
    // ports and hubs that shipments pass through sit between the ends of those shipments
    std::vector<double> viaSum(n, 0.0);
    std::vector<int> viaCount(n, 0);
    for (const Link& l : b.links)
        if (l.type == LinkType::Shipment && l.fromIx >= 0 && l.toIx >= 0)
            for (int v : l.viaIx)
                if (v >= 0 && in[v].empty() && out[v].empty()) viaSum[v] += 0.5 * (layer[l.fromIx] + layer[l.toIx]), ++viaCount[v];
    std::vector<double> fractional(n, -1.0);
    for (int i = 0; i < n; ++i)
        if (viaCount[i] > 0) fractional[i] = viaSum[i] / viaCount[i];
    int maxLayer = 0;
    for (int i = 0; i < n; ++i)
        if (isSupplyChainNode(b.nodes[i].type)) maxLayer = std::max(maxLayer, layer[i]);
    std::vector<std::vector<int>> columns(maxLayer + 1);
    std::vector<int> financial, unlinked;
    for (int i = 0; i < n; ++i) {
        if (!isSupplyChainNode(b.nodes[i].type)) {
            financial.push_back(i);
            continue;
        }
        if (fractional[i] >= 0) continue; // placed between columns below
        if (in[i].empty() && out[i].empty()) { // a warehouse or carrier nothing ships through: not a tier
            unlinked.push_back(i);
            continue;
        }
        columns[std::min(layer[i], maxLayer)].push_back(i);
    }
    // barycentre sweeps: order each column by the mean position of its neighbours in the previous one
    std::vector<double> pos(n, 0.0);
    for (auto& c : columns) {
        std::stable_sort(c.begin(), c.end(), [&](int x, int y) { return b.nodes[x].region < b.nodes[y].region; });
        for (size_t k = 0; k < c.size(); ++k) pos[c[k]] = static_cast<double>(k) / std::max<size_t>(1, c.size() - 1);
    }
    auto sweep = [&](bool down) {
        const int first = down ? 1 : maxLayer - 1, last = down ? maxLayer + 1 : -1, step = down ? 1 : -1;
        for (int c = first; c != last; c += step) {
            auto& col = columns[c];
            std::vector<double> key(col.size());
            for (size_t k = 0; k < col.size(); ++k) {
                const auto& nb = down ? in[col[k]] : out[col[k]];
                double s = 0;
                int cnt = 0;
                for (int u : nb) s += pos[u], ++cnt;
                key[k] = cnt ? s / cnt : pos[col[k]];
            }
            std::vector<size_t> ix(col.size());
            std::iota(ix.begin(), ix.end(), 0);
            std::stable_sort(ix.begin(), ix.end(), [&](size_t x, size_t y) { return key[x] < key[y]; });
            std::vector<int> sorted(col.size());
            for (size_t k = 0; k < ix.size(); ++k) sorted[k] = col[ix[k]];
            col = std::move(sorted);
            for (size_t k = 0; k < col.size(); ++k) pos[col[k]] = static_cast<double>(k) / std::max<size_t>(1, col.size() - 1);
        }
    };
    for (int it = 0; it < 4 && maxLayer > 0; ++it) sweep(true), sweep(false);

    size_t tallest = 1;
    for (const auto& c : columns) tallest = std::max(tallest, c.size());
    const double height = std::max(4.0, std::sqrt(static_cast<double>(tallest)) * 2.0);
    const double colGap = std::max(1.0, height * 3.0 / std::max(1, maxLayer)); // landscape, like the screens it is shown on
    std::vector<LayoutPoint> p(n);
    for (int c = 0; c <= maxLayer; ++c) {
        const auto& col = columns[c];
        for (size_t k = 0; k < col.size(); ++k) {
            p[col[k]].x = c * colGap;
            // spread evenly; a small stagger keeps labels of neighbours apart in dense columns
            p[col[k]].y = col.size() == 1 ? height / 2 : height * static_cast<double>(k) / (col.size() - 1);
            if (col.size() > 12) p[col[k]].x += (k % 2 ? 0.18 : -0.18) * colGap;
        }
    }
    // between-column nodes (ports on routes): at the middle of the routes through them, those
    // between the same columns kept a label's height apart
    {
        std::vector<double> ySum(n, 0.0);
        for (const Link& l : b.links)
            if (l.type == LinkType::Shipment && l.fromIx >= 0 && l.toIx >= 0)
                for (int v : l.viaIx)
                    if (v >= 0 && fractional[v] >= 0) ySum[v] += 0.5 * (p[l.fromIx].y + p[l.toIx].y);
        std::vector<int> hubs;
        for (int i = 0; i < n; ++i)
            if (fractional[i] >= 0 && isSupplyChainNode(b.nodes[i].type)) hubs.push_back(i), p[i].y = ySum[i] / viaCount[i];
        // by the gap they sit in, then from the top; a hub too close to the one above moves down
        std::stable_sort(hubs.begin(), hubs.end(), [&](int x, int y) {
            const int gx = static_cast<int>(fractional[x]), gy = static_cast<int>(fractional[y]);
            return gx != gy ? gx < gy : p[x].y < p[y].y;
        });
        const double spacing = std::max(0.5, height / std::max<size_t>(12, hubs.size()));
        for (size_t k = 0; k < hubs.size(); ++k) {
            const int h = hubs[k];
            p[h].x = fractional[h] * colGap;
            if (k > 0 && static_cast<int>(fractional[hubs[k - 1]]) == static_cast<int>(fractional[h]))
                p[h].y = std::max(p[h].y, p[hubs[k - 1]].y + spacing);
        }
        // and none below the chain: pushed past its foot, they move back up together
        for (size_t k = hubs.size(); k-- > 0;) {
            const int h = hubs[k];
            p[h].y = std::min(p[h].y, height);
            if (k + 1 < hubs.size() && static_cast<int>(fractional[hubs[k + 1]]) == static_cast<int>(fractional[h]))
                p[h].y = std::min(p[h].y, p[hubs[k + 1]].y - spacing);
        }
    }
    // under the chain, in bands grouped by type (then region): first the chain's nodes that no
    // physical link reaches, then the financial ones; each band in rows as wide as the chain
    const double chainWidth = maxLayer * colGap;
    double top = height + 1.1;
    auto band = [&](std::vector<int>& nodes) {
        if (nodes.empty()) return;
        std::stable_sort(nodes.begin(), nodes.end(), [&](int x, int y) {
            return std::tie(b.nodes[x].type, b.nodes[x].region) < std::tie(b.nodes[y].type, b.nodes[y].region);
        });
        // rows as wide as the chain with nodes about 1.6 apart (their labels fit), fewer if many
        const size_t perRow = std::max<size_t>({6, static_cast<size_t>(chainWidth / 1.6) + 1,
                                                static_cast<size_t>(std::ceil(std::sqrt(nodes.size() * 3.0)))});
        const double width = std::max(chainWidth, static_cast<double>(perRow - 1));
        for (size_t k = 0; k < nodes.size(); ++k) {
            const size_t row = k / perRow, colIx = k % perRow;
            const size_t inRow = std::min(perRow, nodes.size() - row * perRow);
            p[nodes[k]].x = inRow == 1 ? width / 2 : width * static_cast<double>(colIx) / (inRow - 1);
            p[nodes[k]].y = top + row * 0.9;
        }
        top += ((nodes.size() - 1) / perRow + 1) * 0.9 + 0.3;
    };
    band(unlinked);
    band(financial);
    return p;
}

struct IgraphGuard
{
    igraph_t g;
    igraph_matrix_t m;
    igraph_vector_int_t edges;
    bool gOk = false, mOk = false, eOk = false;
    ~IgraphGuard()
    {
        if (gOk) igraph_destroy(&g);
        if (mOk) igraph_matrix_destroy(&m);
        if (eOk) igraph_vector_int_destroy(&edges);
    }
};

} // namespace

std::vector<LayoutPoint> layoutBook(const Book& b, LayoutKind kind, Progress* progress)
{
    const int n = static_cast<int>(b.nodes.size());
    if (n == 0) return {};
    bool hinted = true;
    for (const Node& node : b.nodes) hinted &= !std::isnan(node.x) && !std::isnan(node.y);
    if (hinted) {
        std::vector<LayoutPoint> p(n);
        for (int i = 0; i < n; ++i) p[i] = {b.nodes[i].x, b.nodes[i].y};
        return p;
    }
    std::vector<LayoutPoint> seed = layered(b);
    if (progress && progress->cancelled()) return {};
    if (kind == LayoutKind::Layered) return seed;

    static std::once_flag once;
    std::call_once(once, [] { igraph_set_error_handler(igraph_error_handler_ignore); });
    IgraphGuard G;
    if (igraph_vector_int_init(&G.edges, 0) != IGRAPH_SUCCESS) return seed;
    G.eOk = true;
    auto addEdge = [&](int u, int v) {
        if (u < 0 || v < 0 || u == v) return;
        igraph_vector_int_push_back(&G.edges, u);
        igraph_vector_int_push_back(&G.edges, v);
    };
    for (const Link& l : b.links) addEdge(l.fromIx, l.toIx);
    for (const Loan& l : b.loans) addEdge(l.borrowerIx, l.venueIx);
    if (igraph_create(&G.g, &G.edges, n, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) return seed;
    G.gOk = true;
    if (igraph_matrix_init(&G.m, n, 2) != IGRAPH_SUCCESS) return seed;
    G.mOk = true;
    for (int i = 0; i < n; ++i) MATRIX(G.m, i, 0) = seed[i].x, MATRIX(G.m, i, 1) = seed[i].y;
    const double scale = std::sqrt(static_cast<double>(n));
    if (igraph_layout_fruchterman_reingold(&G.g, &G.m, true, n > 3000 ? 150 : 400, scale, IGRAPH_LAYOUT_AUTOGRID, nullptr,
                                           nullptr, nullptr, nullptr, nullptr) != IGRAPH_SUCCESS)
        return seed;
    if (progress && progress->cancelled()) return {};
    std::vector<LayoutPoint> p(n);
    for (int i = 0; i < n; ++i) p[i] = {MATRIX(G.m, i, 0), MATRIX(G.m, i, 1)};
    if (progress) progress->report(1.0);
    return p;
}

} // namespace ballast
