#include "obligations.h"

#include <algorithm>
#include <cmath>

namespace ballast {

ObligationNetwork obligationNetwork(const Book& b)
{
    ObligationNetwork net;
    net.nodes = static_cast<int>(b.nodes.size());
    net.externalAssets.resize(net.nodes);
    net.externalLiabilities.resize(net.nodes);
    for (int i = 0; i < net.nodes; ++i) {
        net.externalAssets[i] = b.nodes[i].externalAssets;
        net.externalLiabilities[i] = b.nodes[i].externalLiabilities;
    }
    for (const Link& l : b.links)
        if (l.type == LinkType::Obligation && l.fromIx >= 0 && l.toIx >= 0 && l.fromIx != l.toIx && l.amount > 0)
            net.claims.push_back({l.fromIx, l.toIx, l.amount});
    return net;
}

ClearingSolution clearNetwork(const Book& b, const ObligationNetwork& net)
{
    return b.settings.clearingModel == ClearingModel::RogersVeraart ? clearRogersVeraart(net, b.settings.alpha, b.settings.beta)
                                                                    : clearEisenbergNoe(net);
}

ClearingSolution clearBook(const Book& b, std::vector<double>* externalAssetsOut)
{
    const ObligationNetwork net = obligationNetwork(b);
    if (externalAssetsOut) *externalAssetsOut = net.externalAssets;
    return clearNetwork(b, net);
}

ExposureNetwork exposureNetwork(const Book& b, const ObligationNetwork& net)
{
    ExposureNetwork en;
    en.nodes = net.nodes;
    en.equity.resize(net.nodes);
    for (int i = 0; i < net.nodes; ++i) en.equity[i] = b.nodes[i].equity;
    en.exposures.reserve(net.claims.size());
    for (const auto& c : net.claims) en.exposures.push_back({c.creditor, c.debtor, c.amount});
    en.leverage = b.settings.debtRankImpact == DebtRankImpact::Leverage;
    if (b.settings.debtRankWeights == DebtRankWeights::Assets) {
        // economic value before any shock: the book's external assets plus what the node is owed
        en.value.assign(net.nodes, 0.0);
        for (int i = 0; i < net.nodes; ++i)
            if (std::isfinite(b.nodes[i].externalAssets)) en.value[i] = std::max(0.0, b.nodes[i].externalAssets);
        for (const auto& c : net.claims) en.value[c.creditor] += c.amount;
    }
    return en;
}

} // namespace ballast
