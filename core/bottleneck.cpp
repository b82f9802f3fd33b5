#include "bottleneck.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace ballast {

bool isGoods(const Asset& a)
{
    return a.kind == AssetKind::InventoryToken || a.kind == AssetKind::Commodity ||
           a.kind == AssetKind::InvoiceToken;
}

BottleneckReport bottleneckReport(const Book& book, const Exposure& x, int limit)
{
    BottleneckReport out;
    const size_t nN = book.nodes.size();
    if (x.nodes.size() != nN || x.links.size() != book.links.size() ||
        x.positions.size() != book.positions.size())
        return out; // not an exposure of this book
    out.maxFlowPerDay = x.totals.maxFlowPerDay;
    for (size_t l = 0; l < book.links.size(); ++l)
        if (x.links[l].onMinCut) {
            out.minCut.push_back({static_cast<int>(l), x.links[l].valuePerDay});
            out.minCutCapacityPerDay += x.links[l].valuePerDay;
        }
    std::stable_sort(out.minCut.begin(), out.minCut.end(), [](const MinCutLink& a, const MinCutLink& b) {
        return a.capacityPerDay > b.capacityPerDay;
    });

    std::vector<int> order;
    for (size_t v = 0; v < nN; ++v)
        if (x.nodes[v].bottleneck) order.push_back(static_cast<int>(v));
    out.total = static_cast<int>(order.size());
    if (order.empty()) return out;
    auto excess = [&](int v) { return x.nodes[v].inflowPerDay - x.nodes[v].outflowCapacityPerDay; };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return excess(a) > excess(b); });
    if (limit >= 0 && static_cast<int>(order.size()) > limit) order.resize(static_cast<size_t>(limit));

    // the physical network backwards (who ships into whom), and the pledged goods by holder
    std::vector<int> start(nN + 1, 0), from;
    for (const Link& k : book.links)
        if ((k.type == LinkType::Shipment || k.type == LinkType::Supply) && k.fromIx >= 0 && k.toIx >= 0 &&
            k.fromIx != k.toIx)
            ++start[static_cast<size_t>(k.toIx) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    from.resize(static_cast<size_t>(start[nN]));
    {
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (const Link& k : book.links)
            if ((k.type == LinkType::Shipment || k.type == LinkType::Supply) && k.fromIx >= 0 &&
                k.toIx >= 0 && k.fromIx != k.toIx)
                from[static_cast<size_t>(fill[k.toIx]++)] = k.fromIx;
    }
    std::vector<std::vector<int>> goodsAt(nN); // pledged positions of goods, by holder
    for (size_t p = 0; p < book.positions.size(); ++p) {
        const Position& pos = book.positions[p];
        if (pos.loanIx < 0 || pos.ownerIx < 0 || pos.assetIx < 0 || !isGoods(book.assets[pos.assetIx]))
            continue;
        goodsAt[pos.ownerIx].push_back(static_cast<int>(p));
    }

    std::vector<int> seen(nN, -1), queue;
    for (int b : order) {
        Bottleneck bn;
        bn.node = b;
        bn.inflowPerDay = x.nodes[b].inflowPerDay;
        bn.outflowCapacityPerDay = x.nodes[b].outflowCapacityPerDay;
        bn.excessPerDay = excess(b);
        bn.excessShare = bn.inflowPerDay > 0 ? bn.excessPerDay / bn.inflowPerDay : 0.0;
        queue.assign(1, b);
        seen[b] = b;
        std::map<std::pair<int, int>, double> waiting; // (loan, holder) -> market value
        for (size_t q = 0; q < queue.size(); ++q) {
            const int v = queue[q];
            for (int p : goodsAt[v])
                waiting[{book.positions[p].loanIx, v}] += x.positions[p].marketValue;
            for (int k = start[v]; k < start[static_cast<size_t>(v) + 1]; ++k) {
                const int u = from[static_cast<size_t>(k)];
                if (seen[u] == b) continue;
                seen[u] = b;
                queue.push_back(u);
            }
        }
        bn.upstreamStages = static_cast<int>(queue.size()) - 1;
        for (const auto& [key, value] : waiting) {
            const double whole =
                key.first < static_cast<int>(x.loans.size()) ? x.loans[key.first].collateralMarketValue : 0.0;
            bn.loans.push_back(
                {key.first, key.second, value, whole > 0 ? std::min(1.0, value / whole) : 0.0});
            bn.collateralWaiting += value;
        }
        std::stable_sort(bn.loans.begin(), bn.loans.end(),
                         [](const WaitingCollateral& a, const WaitingCollateral& c) {
                             return a.marketValue > c.marketValue;
                         });
        out.bottlenecks.push_back(std::move(bn));
    }
    return out;
}

} // namespace ballast
