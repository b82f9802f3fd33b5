#include "supplychain.h"

#include "layout.h"

#include <algorithm>
#include <numeric>

namespace ballast {

SupplyChainStructure analyseSupplyChain(const Book& b)
{
    SupplyChainStructure s;
    const int n = static_cast<int>(b.nodes.size());
    s.nodes.assign(n, {});
    std::vector<std::vector<int>> out(n), in(n);
    for (const Link& l : b.links) {
        if (l.fromIx < 0 || l.toIx < 0 || l.fromIx == l.toIx) continue;
        if (l.type != LinkType::Supply && l.type != LinkType::Shipment) continue;
        out[l.fromIx].push_back(l.toIx);
        in[l.toIx].push_back(l.fromIx);
        ++s.physicalLinks;
    }
    for (int i = 0; i < n; ++i) {
        for (auto* v : {&out[i], &in[i]}) {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
        SupplyChainNode& x = s.nodes[i];
        x.suppliers = static_cast<int>(in[i].size());
        x.customers = static_cast<int>(out[i].size());
        if (!isSupplyChainNode(b.nodes[i].type)) continue;
        ++s.chainNodes;
        x.singleSourced = x.suppliers == 1;
        x.isolated = x.suppliers == 0 && x.customers == 0;
        s.singleSourced += x.singleSourced;
        s.isolated += x.isolated;
    }
    // tiers: longest path in Kahn order (a cycle's nodes keep what they reached before it)
    std::vector<int> indeg(n), queue;
    for (int i = 0; i < n; ++i)
        if ((indeg[i] = static_cast<int>(in[i].size())) == 0) queue.push_back(i);
    for (size_t k = 0; k < queue.size(); ++k)
        for (int v : out[queue[k]]) {
            s.nodes[v].depth = std::max(s.nodes[v].depth, s.nodes[queue[k]].depth + 1);
            if (--indeg[v] == 0) queue.push_back(v);
        }
    for (int i = 0; i < n; ++i) s.tiersGiven |= isSupplyChainNode(b.nodes[i].type) && b.nodes[i].tier != 0;
    std::vector<int> distinct;
    for (int i = 0; i < n; ++i) {
        s.nodes[i].tier = s.tiersGiven ? b.nodes[i].tier : s.nodes[i].depth;
        if (isSupplyChainNode(b.nodes[i].type) && !s.nodes[i].isolated) distinct.push_back(s.nodes[i].tier);
    }
    std::sort(distinct.begin(), distinct.end());
    s.tiers = static_cast<int>(std::unique(distinct.begin(), distinct.end()) - distinct.begin());
    // dependants: a breadth-first search downstream from each node, within a budget
    std::vector<int> from(n);
    std::iota(from.begin(), from.end(), 0);
    const double work = static_cast<double>(n) * std::max(1, s.physicalLinks);
    if (work > 5e8) {
        s.dependantsComplete = false;
        std::partial_sort(from.begin(), from.begin() + std::min(n, 20), from.end(),
                          [&](int a, int c) { return out[a].size() > out[c].size(); });
        from.resize(std::min(n, 20));
    }
    std::vector<int> seen(n, -1), frontier;
    for (int start : from) {
        if (out[start].empty()) {
            s.nodes[start].dependants = 0;
            continue;
        }
        frontier.assign(1, start);
        seen[start] = start;
        int reached = 0;
        for (size_t k = 0; k < frontier.size(); ++k)
            for (int v : out[frontier[k]])
                if (seen[v] != start) seen[v] = start, frontier.push_back(v), ++reached;
        s.nodes[start].dependants = reached;
    }
    for (int i = 0; i < n; ++i)
        if (s.nodes[i].dependants > 0 && (s.mostDependedOn < 0 || s.nodes[i].dependants > s.nodes[s.mostDependedOn].dependants)) s.mostDependedOn = i;
    return s;
}

} // namespace ballast
