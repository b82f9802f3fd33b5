#include "groups.h"

#include "layout.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ballast {

namespace {

NodeGroup groupOf(const Book& b, const SupplyChainStructure& s, int i)
{
    const Node& n = b.nodes[i];
    NodeGroup g;
    g.type = n.type;
    if (!isSupplyChainNode(n.type)) {
        g.kind = NodeGroup::Kind::Type;
        g.key = std::string("type:") + toString(n.type);
    } else if (i < static_cast<int>(s.nodes.size()) && !s.nodes[i].isolated) {
        g.kind = NodeGroup::Kind::Tier;
        g.tier = s.nodes[i].tier;
        g.region = n.region;
        g.key = "tier:" + std::to_string(g.tier) + ":" + n.region;
    } else {
        g.kind = NodeGroup::Kind::TypeAndRegion;
        g.region = n.region;
        g.key = std::string("type:") + toString(n.type) + ":" + n.region;
    }
    return g;
}

} // namespace

NodeGroups groupNodes(const Book& b, const SupplyChainStructure& s, const std::set<std::string>& open)
{
    NodeGroups out;
    const int n = static_cast<int>(b.nodes.size());
    out.drawnAs.assign(n, -1);
    // groups in the order of their keys, so that the same book always gives the same small book
    std::vector<NodeGroup> groupOfNode(n);
    std::map<std::string, std::vector<int>> byKey;
    for (int i = 0; i < n; ++i) {
        groupOfNode[i] = groupOf(b, s, i);
        byKey[groupOfNode[i].key].push_back(i);
    }
    for (const auto& [key, nodes] : byKey) {
        if (open.count(key) || nodes.size() == 1) {
            for (int i : nodes) {
                out.drawnAs[i] = static_cast<int>(out.book.nodes.size());
                Node node = b.nodes[i];
                node.x = node.y = kNaN; // laid out afresh with the groups around it
                out.book.nodes.push_back(std::move(node));
                NodeGroup g = groupOfNode[i];
                g.kind = NodeGroup::Kind::Member;
                out.groups.push_back(std::move(g));
                out.members.push_back({i});
            }
            continue;
        }
        std::map<NodeType, int> types;
        for (int i : nodes)
            ++types[b.nodes[i].type];
        NodeGroup g = groupOfNode[nodes.front()];
        g.type = std::max_element(types.begin(), types.end(), [](auto& x, auto& y) {
                     return x.second < y.second;
                 })->first;
        Node node;
        node.id = key;
        node.name = key;
        node.type = g.type;
        node.region = g.region;
        node.tier = g.tier;
        node.chain = b.nodes[nodes.front()].chain;
        for (int i : nodes) {
            out.drawnAs[i] = static_cast<int>(out.book.nodes.size());
            if (b.nodes[i].chain != node.chain) node.chain.clear();
            node.equity += b.nodes[i].equity;
        }
        out.book.nodes.push_back(std::move(node));
        out.groups.push_back(std::move(g));
        out.members.push_back(nodes);
    }
    // links merged by their drawn ends and type; shipments keep the drawn ports they pass
    out.innerLinks.assign(out.book.nodes.size(), 0);
    std::unordered_map<long long, int> linkOf;
    const long long shown = static_cast<long long>(out.book.nodes.size());
    for (size_t l = 0; l < b.links.size(); ++l) {
        const Link& k = b.links[l];
        if (k.fromIx < 0 || k.toIx < 0 || k.fromIx >= n || k.toIx >= n) continue;
        const int from = out.drawnAs[k.fromIx], to = out.drawnAs[k.toIx];
        if (from == to) {
            ++out.innerLinks[from];
            continue;
        }
        const long long key = (static_cast<long long>(from) * shown + to) * 8 + static_cast<int>(k.type);
        auto [it, fresh] = linkOf.try_emplace(key, static_cast<int>(out.book.links.size()));
        if (fresh) {
            Link m;
            m.id = "link:" + std::to_string(out.book.links.size());
            m.type = k.type;
            m.from = out.book.nodes[from].id;
            m.to = out.book.nodes[to].id;
            m.fromIx = from, m.toIx = to;
            out.book.links.push_back(std::move(m));
            out.linkMembers.emplace_back();
        }
        Link& m = out.book.links[it->second];
        out.linkMembers[it->second].push_back(static_cast<int>(l));
        m.quantity += k.quantity;
        m.amount += k.amount;
        m.limit += k.limit;
        for (int v : k.viaIx)
            if (v >= 0 && v < n) {
                const int d = out.drawnAs[v];
                if (d != from && d != to && std::find(m.viaIx.begin(), m.viaIx.end(), d) == m.viaIx.end())
                    m.viaIx.push_back(d);
            }
    }
    return out;
}

} // namespace ballast
