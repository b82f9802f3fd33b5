#include "suggest.h"

#include "layout.h"

#include <algorithm>
#include <cmath>

namespace ballast {
namespace {

std::string label(const Node& n) { return n.name.empty() ? n.id : n.name; }

/// The value of a position at book prices, tokens through their underlying (a rough ranking only).
double roughPrice(const Book& b, int a)
{
    for (int steps = 0; a >= 0 && steps <= static_cast<int>(b.assets.size()); ++steps) {
        const Asset& as = b.assets[a];
        if (!std::isnan(as.price)) return as.price;
        if (as.kind != AssetKind::InventoryToken) return 0.0;
        a = as.underlyingIx;
    }
    return 0.0;
}

Shock shockOn(ShockType type) { Shock s; s.type = type; return s; }

} // namespace

std::vector<SuggestedScenario> suggestScenarios(const Book& b)
{
    std::vector<SuggestedScenario> out;
    const int nN = static_cast<int>(b.nodes.size());

    // supply dependence: how many downstream nodes each supplier's outbound links reach in one step,
    // weighted by the share they carry (a shipment counts as a full share)
    std::vector<double> dependence(nN, 0.0), hub(nN, 0.0);
    const std::vector<double> shares = b.effectiveSupplyShares();
    for (size_t i = 0; i < b.links.size(); ++i) {
        const Link& l = b.links[i];
        if (l.fromIx < 0 || l.toIx < 0) continue;
        if (l.type == LinkType::Supply) dependence[l.fromIx] += std::max(shares[i], 1e-3);
        if (l.type == LinkType::Shipment) {
            dependence[l.fromIx] += 1.0;
            hub[l.fromIx] += 1, hub[l.toIx] += 1;
            for (int v : l.viaIx)
                if (v >= 0) hub[v] += 2; // a port on a route carries it
        }
        if (l.type == LinkType::Supply) hub[l.fromIx] += 0.5, hub[l.toIx] += 0.5;
    }
    auto best = [&](const std::vector<double>& score, auto eligible) {
        int at = -1;
        for (int i = 0; i < nN; ++i)
            if (eligible(b.nodes[i]) && score[i] > 0 && (at < 0 || score[i] > score[at])) at = i;
        return at;
    };
    if (const int s = best(dependence, [](const Node& n) { return isSupplyChainNode(n.type); }); s >= 0) {
        SuggestedScenario x{SuggestedScenario::Kind::SupplierDefault, {}, s};
        x.scenario.id = "suggested-default";
        x.scenario.name = "Default of " + label(b.nodes[s]);
        Shock k = shockOn(ShockType::Default);
        k.node = b.nodes[s].id, k.nodeIx = s;
        x.scenario.shocks.push_back(k);
        out.push_back(std::move(x));
    }
    if (const int h = best(hub, [](const Node& n) { return isSupplyChainNode(n.type); }); h >= 0) {
        SuggestedScenario x{SuggestedScenario::Kind::HubDelay, {}, h};
        x.scenario.id = "suggested-delay";
        x.scenario.name = "14-day delay at " + label(b.nodes[h]);
        Shock k = shockOn(ShockType::Delay);
        k.node = b.nodes[h].id, k.nodeIx = h, k.days = 14;
        x.scenario.shocks.push_back(k);
        out.push_back(std::move(x));
    }

    // holdings at book prices, per non-token asset (a token's value counts for its underlying)
    const int nA = static_cast<int>(b.assets.size());
    std::vector<double> held(nA, 0.0), pledged(nA, 0.0);
    for (const Position& p : b.positions) {
        if (p.assetIx < 0) continue;
        int a = p.assetIx;
        for (int steps = 0; steps < nA && b.assets[a].kind == AssetKind::InventoryToken && b.assets[a].underlyingIx >= 0; ++steps)
            a = b.assets[a].underlyingIx;
        const double v = p.quantity * roughPrice(b, p.assetIx);
        if (!std::isfinite(v)) continue;
        if (b.assets[a].kind != AssetKind::InvoiceToken && b.assets[a].kind != AssetKind::InventoryToken) held[a] += v;
        if (p.loanIx >= 0) pledged[p.assetIx] += v;
    }
    int largest = -1;
    for (int a = 0; a < nA; ++a)
        if (held[a] > 0 && (largest < 0 || held[a] > held[largest])) largest = a;
    if (largest >= 0) {
        SuggestedScenario x{SuggestedScenario::Kind::LargestHoldingDrop, {}, largest};
        x.scenario.id = "suggested-drop";
        x.scenario.name = b.assets[largest].id + " -30%";
        Shock k = shockOn(ShockType::Price);
        k.asset = b.assets[largest].id, k.assetIx = largest, k.relative = -0.30;
        x.scenario.shocks.push_back(k);
        out.push_back(std::move(x));
    }
    {
        SuggestedScenario x{SuggestedScenario::Kind::CryptoCrash, {}, -1};
        x.scenario.id = "suggested-crypto-crash";
        x.scenario.name = "Crypto -40%";
        for (int a = 0; a < nA; ++a)
            if (b.assets[a].kind == AssetKind::Crypto && held[a] > 0) {
                Shock k = shockOn(ShockType::Price);
                k.asset = b.assets[a].id, k.assetIx = a, k.relative = -0.40;
                x.scenario.shocks.push_back(k);
            }
        // one crypto asset is the largest-holding scenario already
        if (x.scenario.shocks.size() >= 2) out.push_back(std::move(x));
    }
    int most = -1;
    for (int a = 0; a < nA; ++a)
        if (pledged[a] > 0 && (most < 0 || pledged[a] > pledged[most])) most = a;
    if (most >= 0) {
        SuggestedScenario x{SuggestedScenario::Kind::OracleFreeze, {}, most};
        x.scenario.id = "suggested-oracle-freeze";
        x.scenario.name = "Oracle of " + b.assets[most].id + " frozen 48 h, price -25%";
        Shock freeze = shockOn(ShockType::OracleStale);
        freeze.asset = b.assets[most].id, freeze.assetIx = most, freeze.hours = 48;
        Shock drop = shockOn(ShockType::Price);
        drop.asset = b.assets[most].id, drop.assetIx = most, drop.relative = -0.25;
        x.scenario.shocks = {drop, freeze};
        out.push_back(std::move(x));
    }
    std::vector<double> pools(nN, 0.0);
    for (const Pool& p : b.pools)
        if (p.venueIx >= 0) pools[p.venueIx] += 1;
    if (const int v = best(pools, [](const Node&) { return true; }); v >= 0) {
        SuggestedScenario x{SuggestedScenario::Kind::LiquidityDrain, {}, v};
        x.scenario.id = "suggested-drain";
        x.scenario.name = "Half the liquidity of " + label(b.nodes[v]) + " withdrawn";
        Shock k = shockOn(ShockType::Liquidity);
        k.venue = b.nodes[v].id, k.venueIx = v, k.drain = 0.5;
        x.scenario.shocks.push_back(k);
        out.push_back(std::move(x));
    }
    return out;
}

} // namespace ballast
