#include "report.h"

namespace ballast {
using nlohmann::json;

json number(double v)
{
    if (std::isnan(v)) return nullptr;
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    return v;
}

json exposureJson(const ExposureEngine& e)
{
    const Book& b = e.book();
    const Exposure& x = e.result();
    const Totals& t = x.totals;
    json out;
    out["book"] = b.meta.name;
    out["asOf"] = b.meta.asOf ? formatIsoTime(b.meta.asOf) : std::string();
    out["baseCurrency"] = b.meta.baseCurrency;
    out["totals"] = {{"marketValue", number(t.marketValue)},
                     {"collateralValue", number(t.collateralValue)},
                     {"debtValue", number(t.debtValue)},
                     {"minHealthFactor", number(t.minHealthFactor)},
                     {"loansAtRisk", t.loansAtRisk},
                     {"exitValue", number(t.exitValue)},
                     {"liquidationCost", number(t.liquidationCost)},
                     {"collateralCoverage", number(t.collateralCoverage)},
                     {"derivativesValue", number(t.derivativesValue)},
                     {"maxFlowPerDay", number(t.maxFlowPerDay)}};
    json positions = json::array();
    for (size_t i = 0; i < b.positions.size(); ++i) {
        const auto& p = b.positions[i];
        const auto& px = x.positions[i];
        json o = {{"id", p.id}, {"asset", p.asset}, {"quantity", number(p.quantity)}, {"price", number(px.price)},
                  {"marketValue", number(px.marketValue)}, {"exitValue", number(px.exitValue)},
                  {"owner", p.owner}, {"oraclePrice", number(px.oraclePrice)},
                  {"liquidationCost", number(px.liquidationCost)}};
        if (!p.pledgedTo.empty()) {
            o["pledgedTo"] = p.pledgedTo;
            o["collateralValue"] = number(px.collateralValue);
            o["haircut"] = number(px.haircut);
            o["healthFactor"] = number(px.healthFactor);
        }
        positions.push_back(std::move(o));
    }
    out["positions"] = std::move(positions);
    json loans = json::array();
    for (size_t i = 0; i < b.loans.size(); ++i) {
        const auto& lx = x.loans[i];
        loans.push_back({{"id", b.loans[i].id}, {"collateralValue", number(lx.collateralValue)},
                         {"debtValue", number(lx.debtValue)}, {"healthFactor", number(lx.healthFactor)},
                         {"liquidationPrice", number(lx.liquidationPrice)}, {"borrower", b.loans[i].borrower},
                         {"venue", b.loans[i].venue}, {"borrowingPower", number(lx.borrowingPower)},
                         {"ltv", number(lx.ltv)}, {"distanceToLiquidation", number(lx.distanceToLiquidation)},
                         {"collateralMarketValue", number(lx.collateralMarketValue)}});
    }
    out["loans"] = std::move(loans);
    json nodes = json::array();
    for (size_t i = 0; i < b.nodes.size(); ++i) {
        const auto& nx = x.nodes[i];
        json venues = json::object();
        for (const auto& [v, value] : nx.collateralByVenue) venues[b.nodes[v].id] = number(value);
        nodes.push_back({{"id", b.nodes[i].id}, {"receivables", number(nx.receivables)}, {"payables", number(nx.payables)},
                         {"net", number(nx.net)}, {"holdings", number(nx.holdings)},
                         {"collateralPosted", number(nx.collateralPosted)}, {"collateralByVenue", venues},
                         {"bottleneck", nx.bottleneck}});
    }
    out["nodes"] = std::move(nodes);
    json ders = json::array();
    for (size_t i = 0; i < b.derivatives.size(); ++i) {
        const auto& g = x.derivatives[i].unit;
        ders.push_back({{"id", b.derivatives[i].id}, {"price", number(g.price)}, {"delta", number(g.delta)},
                        {"gamma", number(g.gamma)}, {"vega", number(g.vega)}, {"theta", number(g.theta)},
                        {"rho", number(g.rho)}, {"value", number(x.derivatives[i].value)}});
    }
    out["derivatives"] = std::move(ders);
    json assets = json::array();
    for (size_t i = 0; i < b.assets.size(); ++i) {
        const auto& ax = x.assets[i];
        assets.push_back({{"id", b.assets[i].id}, {"price", number(ax.price)}, {"oraclePrice", number(ax.oraclePrice)},
                          {"oracleDeviation", number(ax.oracleDeviation)}, {"oracleStale", ax.oracleStale},
                          {"quality", number(ax.quality)}, {"attestationAgeHours", number(ax.attestationAgeHours)},
                          {"attestationOverdue", ax.attestationOverdue}, {"marketValue", number(ax.marketValue)},
                          {"depth1pct", number(ax.depth[0])}, {"depth2pct", number(ax.depth[1])},
                          {"depth5pct", number(ax.depth[2])}, {"hhi", number(ax.hhi)}});
    }
    out["assets"] = std::move(assets);
    json venues = json::array();
    for (const auto& v : x.venues)
        venues.push_back({{"id", b.nodes[v.node].id}, {"collateralValue", number(v.collateralValue)},
                          {"debtValue", number(v.debtValue)}, {"hhi", number(v.hhi)}, {"loans", v.loans},
                          {"loansAtRisk", v.loansAtRisk}});
    out["venues"] = std::move(venues);
    json greeks = json::array();
    for (const auto& g : x.greeks)
        greeks.push_back({{"underlying", b.assets[g.asset].id}, {"delta", number(g.delta)}, {"gamma", number(g.gamma)},
                          {"vega", number(g.vega)}, {"theta", number(g.theta)}, {"rho", number(g.rho)},
                          {"value", number(g.value)}, {"hedgeCost", number(g.hedgeCost)}});
    out["greeks"] = std::move(greeks);
    json pools = json::array();
    for (size_t i = 0; i < b.pools.size(); ++i) {
        const auto& px = x.pools[i];
        pools.push_back({{"id", b.pools[i].id}, {"mid", number(px.mid)}, {"depth1pct", number(px.depthValue[0])},
                         {"depth2pct", number(px.depthValue[1])}, {"depth5pct", number(px.depthValue[2])}});
    }
    out["pools"] = std::move(pools);
    json links = json::array();
    for (size_t i = 0; i < b.links.size(); ++i) {
        const auto& lx = x.links[i];
        if (lx.valuePerDay == 0 && lx.inTransitValue == 0) continue;
        links.push_back({{"id", b.links[i].id}, {"unitsPerDay", number(lx.unitsPerDay)},
                         {"valuePerDay", number(lx.valuePerDay)}, {"inTransitValue", number(lx.inTransitValue)},
                         {"onMinCut", lx.onMinCut}});
    }
    out["flows"] = std::move(links);
    return out;
}

json quoteJson(const Quote& q)
{
    return {{"amountIn", number(q.amountIn)}, {"amountOut", number(q.amountOut)},
            {"averagePrice", number(q.averagePrice)}, {"priceImpact", number(q.priceImpact)},
            {"priceAfter", number(q.priceAfter)}, {"exhausted", q.exhausted}};
}

json routeJson(const Route& r, const std::vector<Pool>& pools)
{
    json legs = json::array();
    for (const auto& l : r.legs)
        legs.push_back({{"pool", pools[l.pool].id}, {"amountIn", number(l.amountIn)}, {"amountOut", number(l.amountOut)}});
    return {{"amountIn", number(r.amountIn)}, {"value", number(r.value)}, {"averagePrice", number(r.averagePrice)},
            {"priceImpact", number(r.priceImpact)}, {"exhausted", r.exhausted}, {"legs", legs}};
}

} // namespace ballast
