#include "bookindex.h"

#include "valuation.h"

#include <algorithm>
#include <cmath>

namespace ballast {

BookIndex::BookIndex(const Book& b)
{
    const int nA = static_cast<int>(b.assets.size());
    const int nN = static_cast<int>(b.nodes.size());
    const int nP = static_cast<int>(b.positions.size());
    priceOrder = ballast::priceOrder(b);

    poolsOfAsset.assign(nA, {});
    poolsQuotedIn.assign(nA, {});
    for (int p = 0; p < static_cast<int>(b.pools.size()); ++p) {
        if (b.pools[p].baseIx >= 0) poolsOfAsset[b.pools[p].baseIx].push_back(p);
        if (b.pools[p].quoteIx >= 0) poolsQuotedIn[b.pools[p].quoteIx].push_back(p);
    }
    positionsOfAsset.assign(nA, {});
    for (int p = 0; p < nP; ++p)
        if (b.positions[p].assetIx >= 0) positionsOfAsset[b.positions[p].assetIx].push_back(p);

    loanOfPosition.assign(nP, -1);
    loansOfAsset.assign(nA, {});
    std::vector<int> touched;
    for (int l = 0; l < static_cast<int>(b.loans.size()); ++l) {
        const Loan& loan = b.loans[l];
        touched.clear();
        if (loan.debtAssetIx >= 0) touched.push_back(loan.debtAssetIx);
        for (int p : loan.collateralIx) {
            if (p < 0) continue;
            loanOfPosition[p] = l;
            if (b.positions[p].assetIx >= 0) touched.push_back(b.positions[p].assetIx);
        }
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        for (int a : touched) loansOfAsset[a].push_back(l);
    }

    positionRisk.resize(nP);
    positionThreshold.assign(nP, 0.0);
    positionLtv.assign(nP, 0.0);
    for (int p = 0; p < nP; ++p) {
        if (loanOfPosition[p] < 0) continue;
        const RiskParams& rp = positionRisk[p] = b.riskParams(b.loans[loanOfPosition[p]], b.positions[p].asset);
        if (!std::isnan(rp.liquidationThreshold)) positionThreshold[p] = rp.liquidationThreshold;
        if (!std::isnan(rp.ltv)) positionLtv[p] = rp.ltv;
    }

    derivativesOfAsset.assign(nA, {});
    for (int d = 0; d < static_cast<int>(b.derivatives.size()); ++d)
        if (b.derivatives[d].underlyingIx >= 0) derivativesOfAsset[b.derivatives[d].underlyingIx].push_back(d);

    venueRow.assign(nN, -1);
    for (int n = 0; n < nN; ++n)
        if (b.nodes[n].isLendingVenue()) venueRow[n] = static_cast<int>(venues.size()), venues.push_back(n);

    inbound.assign(nN, {});
    for (int l = 0; l < static_cast<int>(b.links.size()); ++l) {
        const Link& k = b.links[l];
        if (k.toIx >= 0 && (k.type == LinkType::Supply || k.type == LinkType::Shipment)) inbound[k.toIx].push_back(l);
    }
}

} // namespace ballast
