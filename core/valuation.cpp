#include "valuation.h"

#include <algorithm>
#include <cmath>

namespace ballast {

std::vector<int> priceOrder(const Book& b)
{
    const int n = static_cast<int>(b.assets.size());
    std::vector<int> depth(n, 0), order(n);
    for (int a = 0; a < n; ++a) {
        int ix = a, d = 0;
        while (ix >= 0 && b.assets[ix].kind == AssetKind::InventoryToken && d <= n) ix = b.assets[ix].underlyingIx, ++d;
        depth[a] = d;
        order[a] = a;
    }
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return depth[x] < depth[y]; });
    return order;
}

double attestationAgeDays(const Book& b, const Asset& a)
{
    if (a.kind != AssetKind::InventoryToken || !a.attestedAt || !b.meta.asOf) return 0.0;
    return std::max(0.0, (b.meta.asOf - *a.attestedAt) / kSecondsPerDay);
}

double inventoryQuality(const Book& b, const Asset& a) { return std::exp(-a.decayPerDay * attestationAgeDays(b, a)); }

double invoiceTokenValue(const Book& b, const Asset& a)
{
    double face = a.faceValue;
    if (std::isnan(face) && a.obligationIx >= 0) face = b.links[a.obligationIx].amount;
    return face * (1.0 - a.discount);
}

bool isCashLike(const Book& b, int a)
{
    const auto k = b.assets[a].kind;
    return k == AssetKind::Fiat || k == AssetKind::Stablecoin || b.assets[a].id == b.meta.baseCurrency;
}

} // namespace ballast
