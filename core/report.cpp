#include "report.h"

#include "absorption.h"
#include "bottleneck.h"
#include "crosschain.h"
#include "network.h"
#include "survival.h"

#include <cstdio>

namespace ballast {
using nlohmann::json;

json number(double v)
{
    if (std::isnan(v)) return nullptr;
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    return v;
}

json loanIdsOf(const Book& b, const std::vector<int>& loans)
{
    json ids = json::array();
    for (int l : loans) ids.push_back(b.loans[l].id);
    return ids;
}

// chains, each lending venue's oracle lag, and what the bridges carry (FORMAT.md "crossChain")
static json crossChainJson(const Book& b, const CrossChainReport& r)
{
    auto chainName = [&](int c) { return c >= 0 ? json(r.chains[c].chain) : json(nullptr); };
    json chains = json::array();
    for (const ChainSummary& c : r.chains) {
        json venues = json::array();
        for (int v : c.venues) venues.push_back(b.nodes[v].id);
        chains.push_back({{"chain", c.chain}, {"nodes", c.nodes}, {"lendingVenues", std::move(venues)},
                          {"finalitySec", number(c.finalitySec)}, {"finalityAfterSec", number(c.finalityAfterSec)},
                          {"lagRounds", c.lagRounds}, {"lagRoundsAfter", c.lagRoundsAfter}});
    }
    json venues = json::array();
    for (const VenueLag& v : r.venues)
        venues.push_back({{"venue", b.nodes[v.venue].id}, {"chain", chainName(v.chain)},
                          {"finalitySec", number(v.finalitySec)}, {"finalityAfterSec", number(v.finalityAfterSec)},
                          {"lagRounds", v.lagRounds}, {"lagRoundsAfter", v.lagRoundsAfter}, {"roundsLate", v.roundsLate},
                          {"liquidationsCaused", v.caused}, {"liquidationsDelayed", v.delayed}});
    auto crossingJson = [&](const BridgeCrossing& c) {
        json o = {{"loan", b.loans[c.loan].id}, {"value", number(c.value)}, {"arrivalRounds", c.arrivalRounds}};
        if (r.fromRun) o["round"] = c.round;
        if (c.pool >= 0) o["pool"] = b.pools[c.pool].id;
        if (c.asset >= 0) o["asset"] = b.assets[c.asset].id;
        return o;
    };
    json bridges = json::array();
    for (const BridgeUse& u : r.bridges) {
        json crossings = json::array();
        for (const BridgeCrossing& c : u.crossings) {
            json o = crossingJson(c);
            o["forward"] = c.forward;
            crossings.push_back(std::move(o));
        }
        json o = {{"link", b.links[u.link].id}, {"from", b.links[u.link].from}, {"to", b.links[u.link].to},
                  {"fromChain", chainName(u.fromChain)}, {"toChain", chainName(u.toChain)},
                  {"latencySec", number(u.latencySec)}, {"capacityPerDay", number(u.capacityPerDay)},
                  {"capacityPerRound", number(u.capacityPerRound)}, {"carried", number(u.carried)},
                  {"forward", number(u.forward)}, {"back", number(u.back)}, {"peakUse", number(u.peakUse)},
                  {"backlog", number(u.backlog)}, {"roundsToClear", u.roundsToClear},
                  {"arrivalRounds", u.arrivalRounds}, {"crossings", std::move(crossings)}};
        if (r.fromRun) {
            json per = json::array();
            for (double v : u.perRound) per.push_back(number(v));
            o["perRound"] = std::move(per);
        }
        bridges.push_back(std::move(o));
    }
    json unbridged = json::array();
    for (const BridgeCrossing& c : r.unbridgedCrossings) unbridged.push_back(crossingJson(c));
    return {{"roundSeconds", number(r.roundSeconds)}, {"fromRun", r.fromRun}, {"chains", std::move(chains)},
            {"venues", std::move(venues)}, {"bridges", std::move(bridges)}, {"unbridged", number(r.unbridged)},
            {"unbridgedCrossings", std::move(unbridged)}};
}

namespace {
json exposurePositionJson(const Book& b, const Exposure& x, size_t i)
{
    const auto& p = b.positions[i];
    const auto& px = x.positions[i];
    json o = {{"id", p.id}, {"asset", p.asset}, {"quantity", number(p.quantity)}, {"price", number(px.price)},
              {"marketValue", number(px.marketValue)}, {"exitValue", number(px.exitValue)},
              {"owner", p.owner}, {"oraclePrice", number(px.oraclePrice)},
              {"liquidationCost", number(px.liquidationCost)}};
    if (px.exitAtMarket) o["exitAtMarket"] = true; // no pool trades it: the exit value is its market value
    if (!p.pledgedTo.empty()) {
        o["pledgedTo"] = p.pledgedTo;
        o["collateralValue"] = number(px.collateralValue);
        o["haircut"] = number(px.haircut);
        o["healthFactor"] = number(px.healthFactor);
    }
    return o;
}

json exposureLoanJson(const Book& b, const Exposure& x, size_t i)
{
    const auto& lx = x.loans[i];
    return {{"id", b.loans[i].id}, {"collateralValue", number(lx.collateralValue)},
            {"debtValue", number(lx.debtValue)}, {"healthFactor", number(lx.healthFactor)},
            {"liquidationPrice", number(lx.liquidationPrice)}, {"borrower", b.loans[i].borrower},
            {"venue", b.loans[i].venue}, {"borrowingPower", number(lx.borrowingPower)},
            {"ltv", number(lx.ltv)}, {"distanceToLiquidation", number(lx.distanceToLiquidation)},
            {"collateralMarketValue", number(lx.collateralMarketValue)}};
}

json exposureNodeJson(const Book& b, const Exposure& x, size_t i)
{
    const auto& nx = x.nodes[i];
    json venues = json::object();
    for (const auto& [v, value] : nx.collateralByVenue) venues[b.nodes[v].id] = number(value);
    return {{"id", b.nodes[i].id}, {"receivables", number(nx.receivables)}, {"payables", number(nx.payables)},
            {"net", number(nx.net)}, {"holdings", number(nx.holdings)},
            {"collateralPosted", number(nx.collateralPosted)}, {"collateralByVenue", std::move(venues)},
            {"bottleneck", nx.bottleneck}, {"inflowPerDay", number(nx.inflowPerDay)},
            {"outflowCapacityPerDay", number(nx.outflowCapacityPerDay)}};
}

json flowJson(const Book& b, const Exposure& x, size_t i)
{
    const auto& lx = x.links[i];
    return {{"id", b.links[i].id}, {"unitsPerDay", number(lx.unitsPerDay)},
            {"valuePerDay", number(lx.valuePerDay)}, {"inTransitValue", number(lx.inTransitValue)},
            {"onMinCut", lx.onMinCut}, {"from", b.links[i].from}, {"to", b.links[i].to},
            {"transitDays", number(plannedTransitDays(b.links[i]))}};
}
} // namespace

JsonParts exposureParts(const ExposureEngine& e)
{
    const Book& b = e.book();
    const Exposure& x = e.result();
    JsonParts out;
    out.value("book", [&b] { return json(b.meta.name); });
    out.value("asOf", [&b] { return json(b.meta.asOf ? formatIsoTime(b.meta.asOf) : std::string()); });
    out.value("baseCurrency", [&b] { return json(b.meta.baseCurrency); });
    out.value("totals", [&x] {
        const Totals& t = x.totals;
        return json{{"marketValue", number(t.marketValue)},
                    {"collateralValue", number(t.collateralValue)},
                    {"debtValue", number(t.debtValue)},
                    {"minHealthFactor", number(t.minHealthFactor)},
                    {"loansAtRisk", t.loansAtRisk},
                    {"exitValue", number(t.exitValue)},
                    {"liquidationCost", number(t.liquidationCost)},
                    {"collateralCoverage", number(t.collateralCoverage)},
                    {"derivativesValue", number(t.derivativesValue)},
                    {"maxFlowPerDay", number(t.maxFlowPerDay)},
                    {"deltaNormalVaR99", number(t.deltaNormalVaR)},
                    {"exitAtMarketValue", number(t.exitAtMarketValue)}};
    });
    out.array("positions", b.positions.size(), [&b, &x](size_t i) { return exposurePositionJson(b, x, i); });
    out.value("supplyChain", [&b, &e] {
        const SupplyChainStructure& s = e.structure();
        return json{{"nodes", s.chainNodes}, {"physicalLinks", s.physicalLinks}, {"tiers", s.tiers},
                    {"singleSourced", s.singleSourced}, {"isolated", s.isolated},
                    {"mostDependedOn", s.mostDependedOn >= 0 ? json(b.nodes[s.mostDependedOn].id) : json()},
                    {"dependantsComplete", s.dependantsComplete}};
    });
    out.array("loans", b.loans.size(), [&b, &x](size_t i) { return exposureLoanJson(b, x, i); });
    out.array("nodes", b.nodes.size(), [&b, &x](size_t i) { return exposureNodeJson(b, x, i); });
    out.value("derivatives", [&b, &x] {
        json ders = json::array();
        for (size_t i = 0; i < b.derivatives.size(); ++i) {
            const auto& g = x.derivatives[i].unit;
            ders.push_back({{"id", b.derivatives[i].id}, {"price", number(g.price)}, {"delta", number(g.delta)},
                            {"gamma", number(g.gamma)}, {"vega", number(g.vega)}, {"theta", number(g.theta)},
                            {"rho", number(g.rho)}, {"value", number(x.derivatives[i].value)}});
        }
        return ders;
    });
    out.value("assets", [&b, &x] {
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
        return assets;
    });
    out.value("venues", [&b, &x] {
        json venues = json::array();
        for (const auto& v : x.venues)
            venues.push_back({{"id", b.nodes[v.node].id}, {"collateralValue", number(v.collateralValue)},
                              {"debtValue", number(v.debtValue)}, {"hhi", number(v.hhi)}, {"loans", v.loans},
                              {"loansAtRisk", v.loansAtRisk}});
        return venues;
    });
    out.value("greeks", [&b, &x] {
        json greeks = json::array();
        for (const auto& g : x.greeks)
            greeks.push_back({{"underlying", b.assets[g.asset].id}, {"delta", number(g.delta)}, {"gamma", number(g.gamma)},
                              {"vega", number(g.vega)}, {"theta", number(g.theta)}, {"rho", number(g.rho)},
                              {"value", number(g.value)}, {"hedgeCost", number(g.hedgeCost)}});
        return greeks;
    });
    out.value("pools", [&b, &x] {
        json pools = json::array();
        for (size_t i = 0; i < b.pools.size(); ++i) {
            const auto& px = x.pools[i];
            pools.push_back({{"id", b.pools[i].id}, {"mid", number(px.mid)}, {"depth1pct", number(px.depthValue[0])},
                             {"depth2pct", number(px.depthValue[1])}, {"depth5pct", number(px.depthValue[2])}});
        }
        return pools;
    });
    {
        // the links that carry something
        auto flowing = std::make_shared<std::vector<int>>();
        for (size_t i = 0; i < b.links.size(); ++i)
            if (x.links[i].valuePerDay != 0 || x.links[i].inTransitValue != 0) flowing->push_back(static_cast<int>(i));
        out.array("flows", flowing->size(), [&b, &x, flowing](size_t k) { return flowJson(b, x, static_cast<size_t>((*flowing)[k])); });
    }
    {
        auto r = std::make_shared<const BottleneckReport>(bottleneckReport(b, x));
        out.value("bottlenecks", [&b, r] {
            json list = json::array();
            for (const Bottleneck& bn : r->bottlenecks) {
                json waiting = json::array();
                for (const WaitingCollateral& w : bn.loans)
                    waiting.push_back({{"loan", b.loans[w.loan].id}, {"borrower", b.loans[w.loan].borrower},
                                       {"heldAt", b.nodes[w.holder].id}, {"marketValue", number(w.marketValue)},
                                       {"shareOfCollateral", number(w.shareOfCollateral)}});
                list.push_back({{"node", b.nodes[bn.node].id}, {"inflowPerDay", number(bn.inflowPerDay)},
                                {"outflowCapacityPerDay", number(bn.outflowCapacityPerDay)},
                                {"excessPerDay", number(bn.excessPerDay)}, {"excessShare", number(bn.excessShare)},
                                {"upstreamStages", bn.upstreamStages}, {"collateralWaiting", number(bn.collateralWaiting)},
                                {"loans", std::move(waiting)}});
            }
            return list;
        });
        out.value("bottlenecksTotal", [r] { return json(r->total); });
        out.value("minCut", [&b, r] {
            json cut = json::array();
            for (const MinCutLink& m : r->minCut)
                cut.push_back({{"link", b.links[m.link].id}, {"from", b.links[m.link].from}, {"to", b.links[m.link].to},
                               {"capacityPerDay", number(m.capacityPerDay)}});
            return json{{"capacityPerDay", number(r->minCutCapacityPerDay)}, {"links", std::move(cut)}};
        });
    }
    {
        // how much forced selling each venue x asset can take against the collateral near liquidation
        auto am = std::make_shared<const AbsorptionMap>(absorptionMap(b, x));
        out.value("absorption", [&b, am] {
            json cells = json::array();
            for (const AbsorptionCell& cell : am->cells) {
                if (cell.pools.empty()) continue;
                cells.push_back({{"venue", b.nodes[cell.venue].id}, {"asset", b.assets[cell.asset].id},
                                 {"depth1pct", number(cell.depthValue[0])}, {"depth2pct", number(cell.depthValue[1])},
                                 {"depth5pct", number(cell.depthValue[2])}, {"collateralAtRisk", number(cell.collateralAtRisk)},
                                 {"coverage", number(cell.coverage)}});
            }
            return json{{"atRiskBelowHealthFactor", number(am->atRiskBand)}, {"cells", std::move(cells)}};
        });
        out.value("crossChain", [&b, am] { return crossChainJson(b, crossChainReport(b, *am)); });
    }
    return out;
}

json exposureJson(const ExposureEngine& e)
{
    return exposureParts(e).build();
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
            {"priceImpact", number(r.priceImpact)}, {"exhausted", r.exhausted}, {"noMarket", r.noMarket}, {"legs", legs}};
}

json clearingJson(const Book& b, const ClearingSolution& c, const std::string& model)
{
    json payments = json::object(), nominal = json::object(), shortfall = json::object();
    json defaults = json::array();
    for (size_t i = 0; i < c.payments.size(); ++i) {
        if (c.nominal[i] <= 0 && c.shortfall[i] <= 0) continue; // nodes outside the obligation network
        payments[b.nodes[i].id] = number(c.payments[i]);
        nominal[b.nodes[i].id] = number(c.nominal[i]);
        if (c.shortfall[i] > 0) shortfall[b.nodes[i].id] = number(c.shortfall[i]);
        if (c.defaulted[i]) defaults.push_back(b.nodes[i].id);
    }
    return {{"model", model}, {"payments", payments}, {"defaults", defaults}, {"iterations", c.iterations},
            {"nominal", nominal}, {"shortfall", shortfall}, {"converged", c.converged}};
}

namespace {
json roundJson(const Book& b, const RoundRecord& rr)
{
    json prices = json::object();
    for (const auto& [a, p] : rr.prices) prices[b.assets[a].id] = number(p);
    json halted = json::array();
    for (int v : rr.haltedVenues) halted.push_back(b.nodes[v].id);
    json seen = json::object();
    for (const auto& [v, view] : rr.oracleSeen) {
        json o = json::object();
        for (const auto& [a, p] : view) o[b.assets[a].id] = number(p);
        seen[b.nodes[v].id] = std::move(o);
    }
    json oracle = json::object();
    for (const auto& [a, p] : rr.oracle) oracle[b.assets[a].id] = number(p);
    json sales = json::array();
    for (const auto& sale : rr.sales)
        sales.push_back({{"pool", b.pools[sale.pool].id}, {"asset", b.assets[sale.asset].id},
                         {"quantity", number(sale.quantity)}, {"marketValue", number(sale.marketValue)},
                         {"proceeds", number(sale.proceeds)}, {"midBefore", number(sale.midBefore)},
                         {"midAfter", number(sale.midAfter)}});
    json seized = json::array();
    for (const auto& z : rr.seized)
        seized.push_back({{"loan", b.loans[z.loan].id}, {"asset", b.assets[z.asset].id}, {"quantity", number(z.quantity)}});
    return {{"round", rr.round}, {"liquidations", rr.liquidations}, {"debtRepaid", number(rr.debtRepaid)},
            {"prices", std::move(prices)}, {"stage", rr.stage}, {"collateralSold", number(rr.collateralSold)},
            {"proceeds", number(rr.proceeds)}, {"badDebt", number(rr.badDebt)}, {"haltedVenues", std::move(halted)},
            {"oracleSeen", std::move(seen)}, {"oracle", std::move(oracle)},
            {"liquidatedByOracle", loanIdsOf(b, rr.liquidatedByOracle)},
            {"delayedByOracle", loanIdsOf(b, rr.delayedByOracle)}, {"sales", std::move(sales)}, {"seized", std::move(seized)}};
}

// where the forced selling went at one venue x asset: the cascade's sales and whose collateral they were
json absorbedJson(const Book& b, const AbsorptionCell& cell)
{
    json sales = json::array();
    for (const AbsorbedSale& a : cell.sales) {
        json parts = json::array();
        for (const AbsorbedPart& part : a.loans)
            parts.push_back({{"loan", b.loans[part.loan].id}, {"quantity", number(part.quantity)}, {"marketValue", number(part.marketValue)}});
        sales.push_back({{"round", a.round}, {"pool", b.pools[a.pool].id}, {"asset", b.assets[a.asset].id},
                         {"quantity", number(a.quantity)}, {"marketValue", number(a.marketValue)},
                         {"proceeds", number(a.proceeds)}, {"impact", number(a.impact)}, {"loans", std::move(parts)},
                         {"pushedUnder", loanIdsOf(b, a.pushedUnder)}});
    }
    return {{"venue", b.nodes[cell.venue].id}, {"asset", b.assets[cell.asset].id}, {"sold", number(cell.sold)},
            {"proceeds", number(cell.proceeds)}, {"maxImpact", number(cell.maxImpact)}, {"sales", std::move(sales)}};
}

json shockLoanJson(const Book& b, const ShockResult& r, size_t l)
{
    const auto& lo = r.loans[l];
    json seized = json::object(), fee = json::object();
    for (const auto& [a, q] : lo.collateralSeized) seized[b.assets[a].id] = number(q);
    for (const auto& [a, q] : lo.protocolFee) fee[b.assets[a].id] = number(q);
    return {{"id", b.loans[l].id}, {"healthFactorBefore", number(lo.healthFactorBefore)},
            {"healthFactorAfter", number(lo.healthFactorAfter)}, {"debtRepaid", number(lo.debtRepaid)},
            {"collateralSeized", std::move(seized)}, {"protocolFee", std::move(fee)}, {"badDebt", number(lo.badDebt)},
            {"liquidated", lo.liquidated}, {"healthFactorAtMarket", number(lo.healthFactorAtMarket)},
            {"liquidations", lo.liquidations}, {"penalty", number(lo.penalty)},
            {"healthFactorLowest", number(lo.healthFactorLowest)}};
}

json shockNodeJson(const Book& b, const ShockResult& r, size_t i)
{
    const auto& n = r.nodes[i];
    json ch = json::object();
    for (int c = 0; c < ChannelCount; ++c)
        if (n.channels[c] != 0) ch[channelName(c)] = number(n.channels[c]);
    json o = {{"id", b.nodes[i].id}, {"loss", number(n.loss)}, {"defaulted", n.defaulted},
              {"debtRank", r.perNodeDebtRank ? number(n.debtRank) : json(nullptr)},
              {"debtRankSingleHit", r.perNodeDebtRank ? number(n.debtRankSingleHit) : json(nullptr)}, {"byChannel", std::move(ch)}};
    if (n.defaulted) o["defaultCause"] = toString(n.defaultCause);
    if (n.supplyLost > 0) {
        o["supplyLost"] = number(n.supplyLost);
        o["timeToRecoverDays"] = number(n.timeToRecoverDays);
    }
    if (std::isfinite(n.timeToSurviveDays)) {
        o["timeToSurviveDays"] = number(n.timeToSurviveDays);
        o["timeToRecoverDays"] = number(n.timeToRecoverDays);
    }
    return o;
}

json survivalPointJson(const Book& b, const SurvivalPoint& p)
{
    return {{"id", b.nodes[p.node].id},
            {"timeToSurviveDays", number(p.timeToSurviveDays)},
            {"timeToRecoverDays", number(p.timeToRecoverDays)},
            {"weakestHealthFactor", number(p.weakestHealthFactor)},
            {"weakestHealthFactorAfter", number(p.weakestAfter)},
            {"loans", p.loans},
            {"liquidated", p.liquidated},
            {"quadrant", toString(p.quadrant)}};
}
} // namespace

JsonParts shockParts(const Book& b, const ShockResult& r)
{
    JsonParts out;
    out.value("scenario", [&r] { return json(r.scenario); });
    out.value("breakers", [&r] { return json(r.breakers); });
    out.array("rounds", r.rounds.size(), [&b, &r](size_t i) { return roundJson(b, r.rounds[i]); });
    {
        // the cells where the cascade sold, found once and shared by "absorbed" and "crossChain"
        auto am = std::make_shared<const AbsorptionMap>(absorptionMap(b, Exposure{}, &r));
        auto sold = std::make_shared<std::vector<int>>();
        for (size_t c = 0; c < am->cells.size(); ++c)
            if (!am->cells[c].sales.empty()) sold->push_back(static_cast<int>(c));
        out.array("absorbed", sold->size(), [&b, am, sold](size_t i) { return absorbedJson(b, am->cells[(*sold)[i]]); });
        out.value("crossChain", [&b, &r, am] { return crossChainJson(b, crossChainReport(b, *am, &r)); });
    }
    out.value("oracleLagRounds", [&b, &r] {
        json lag = json::object();
        for (size_t v = 0; v < r.oracleLagRounds.size(); ++v)
            if (r.oracleLagRounds[v] >= 0) lag[b.nodes[v].id] = r.oracleLagRounds[v];
        return lag;
    });
    out.array("loans", r.loans.size(), [&b, &r](size_t l) { return shockLoanJson(b, r, l); });
    out.value("clearing", [&b, &r] { return clearingJson(b, r.clearing, r.clearingModel); });
    out.array("nodes", r.nodes.size(), [&b, &r](size_t i) { return shockNodeJson(b, r, i); });
    out.value("losses", [&r] {
        const Losses& L = r.losses;
        return json{{"total", number(L.total())},
                    {"byChannel", {{"price", number(L.price)}, {"liquidationPenalty", number(L.liquidationPenalty)},
                                   {"fireSale", number(L.fireSale)}, {"oracle", number(L.oracle)},
                                   {"default", number(L.defaults)}, {"supplyChain", number(L.supplyChain)},
                                   {"hedges", number(L.hedges)}}}};
    });
    out.value("prices", [&b, &r] {
        json prices = json::object();
        for (size_t a = 0; a < b.assets.size(); ++a)
            prices[b.assets[a].id] = {{"before", number(r.priceBefore[a])}, {"after", number(r.priceAfter[a])},
                                      {"oracleAfter", number(r.oracleAfter[a])}};
        return prices;
    });
    out.value("derivatives", [&b, &r] {
        json hedges = json::array();
        for (size_t d = 0; d < r.derivatives.size(); ++d)
            hedges.push_back({{"id", b.derivatives[d].id}, {"valueBefore", number(r.derivatives[d].valueBefore)},
                              {"valueAfter", number(r.derivatives[d].valueAfter)}, {"payout", number(r.derivatives[d].payout)}});
        return hedges;
    });
    auto pushed = [&b](const std::vector<ShockResult::Pushed>& v, const char* dateKey) {
        json a = json::array();
        for (const auto& p : v) {
            json o = {{"id", b.links[p.link].id}, {"days", number(p.days)}};
            if (p.newDate) o[dateKey] = formatIsoTime(*p.newDate);
            a.push_back(std::move(o));
        }
        return a;
    };
    out.value("delayedShipments", [&r, pushed] { return pushed(r.delayedShipments, "newEta"); });
    out.value("pushedObligations", [&r, pushed] { return pushed(r.pushedObligations, "newDue"); });
    {
        auto sm = std::make_shared<const SurvivalMap>(survivalMap(b, r));
        JsonParts survival;
        survival.value("recoverDays", [sm] { return number(sm->recoverDays); });
        survival.value("counts", [sm] {
            json counts = json::object();
            for (SurvivalQuadrant q : {SurvivalQuadrant::Safe, SurvivalQuadrant::PhysicalFirst, SurvivalQuadrant::FinancialFirst, SurvivalQuadrant::Both})
                counts[toString(q)] = sm->counts[static_cast<size_t>(q)];
            return counts;
        });
        survival.array("borrowers", sm->points.size(), [&b, sm](size_t i) { return survivalPointJson(b, sm->points[i]); });
        out.object("survival", std::move(survival));
    }
    out.value("summary", [&r] {
        return json{{"liquidations", r.liquidations}, {"debtRepaid", number(r.debtRepaid)}, {"badDebt", number(r.badDebt)},
                    {"collateralSold", number(r.collateralSold)}, {"liquidatorSlippage", number(r.liquidatorSlippage)},
                    {"defaults", r.defaults},
                    {"systemDebtRank", number(r.systemDebtRank)}, {"markToMarket", number(r.markToMarketCheck)},
                    {"rounds", r.rounds.size()}, {"elapsedMs", number(r.elapsedMs)},
                    {"perNodeDebtRank", r.perNodeDebtRank}, {"debtRankImpact", toString(r.debtRankImpact)},
                    {"debtRankWeights", toString(r.debtRankWeights)}, {"debtRankIterations", r.debtRankIterations}};
    });
    return out;
}

json shockJson(const Book& b, const ShockResult& r)
{
    return shockParts(b, r).build();
}

namespace {
std::string confidenceKey(double q)
{
    char b[16];
    std::snprintf(b, sizeof b, "%g", q);
    return b;
}
} // namespace

json stressJson(const Book& b, const StressResult& r)
{
    json var = json::object(), es = json::object(), lar = json::object(), bd = {{"mean", number(r.meanBadDebt)}};
    for (size_t i = 0; i < r.confidence.size(); ++i) {
        var[confidenceKey(r.confidence[i])] = number(r.var[i]);
        es[confidenceKey(r.confidence[i])] = number(r.es[i]);
        lar[confidenceKey(r.confidence[i])] = number(r.liquidationsAtRisk[i]);
        bd[confidenceKey(r.confidence[i])] = number(r.badDebtQuantile[i]);
    }
    json defaults = json::object();
    for (const auto& [d, n] : r.defaultCounts) defaults[std::to_string(d)] = n;
    json factors = json::array();
    for (int a : r.factors) factors.push_back(b.assets[a].id);
    return {{"scenarios", r.scenarios}, {"seed", r.seed}, {"var", var}, {"es", es}, {"liquidationsAtRisk", lar},
            {"badDebt", bd}, {"meanLoss", number(r.meanLoss)}, {"maxLoss", number(r.maxLoss)},
            {"defaults", defaults}, {"factors", factors}, {"psdRepairs", r.psdRepairs},
            {"histogram", {{"min", number(r.histogramMin)}, {"width", number(r.histogramWidth)}, {"counts", r.histogram}}},
            {"threads", r.threads}, {"elapsedMs", number(r.elapsedMs)},
            {"scenariosPerSecond", number(r.scenariosPerSecond)}};
}

Result<StressResult> stressFromJson(const Book& b, const json& j)
{
    using R = Result<StressResult>;
    auto bad = [](const std::string& key) {
        Issue i;
        i.code = ErrorCode::Type;
        i.place = "/" + key;
        i.message = "missing, or not the type a stress result has there";
        return R(Issues{i});
    };
    auto num = [](const json& v, double& into) {
        if (v.is_number()) into = v.get<double>();
        else if (v.is_string() && (v == "inf" || v == "-inf")) into = v == "inf" ? kInf : -kInf;
        else if (v.is_null()) into = kNaN;
        else return false;
        return true;
    };
    if (!j.is_object()) return bad("");
    StressResult r;
    if (!j.contains("scenarios") || !j["scenarios"].is_number_integer()) return bad("scenarios");
    r.scenarios = j["scenarios"].get<long long>();
    if (j.contains("seed") && j["seed"].is_number_unsigned()) r.seed = j["seed"].get<std::uint64_t>();
    for (const char* k : {"var", "es", "liquidationsAtRisk", "badDebt"})
        if (!j.contains(k) || !j[k].is_object()) return bad(k);
    for (const auto& [key, v] : j["var"].items()) {
        double q = 0, var = 0, es = 0, lar = 0, bd = 0;
        try {
            q = std::stod(key);
        } catch (...) {
            return bad("var/" + key);
        }
        if (!num(v, var) || !j["es"].contains(key) || !num(j["es"][key], es)) return bad("es/" + key);
        if (!j["liquidationsAtRisk"].contains(key) || !num(j["liquidationsAtRisk"][key], lar)) return bad("liquidationsAtRisk/" + key);
        if (!j["badDebt"].contains(key) || !num(j["badDebt"][key], bd)) return bad("badDebt/" + key);
        r.confidence.push_back(q), r.var.push_back(var), r.es.push_back(es), r.liquidationsAtRisk.push_back(lar), r.badDebtQuantile.push_back(bd);
    }
    // in confidence order, as the run had them
    std::vector<size_t> order(r.confidence.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return r.confidence[x] < r.confidence[y]; });
    auto reorder = [&](std::vector<double>& v) {
        std::vector<double> o;
        for (size_t i : order) o.push_back(v[i]);
        v = std::move(o);
    };
    for (auto* v : {&r.confidence, &r.var, &r.es, &r.liquidationsAtRisk, &r.badDebtQuantile}) reorder(*v);
    if (!num(j["badDebt"].value("mean", json(0.0)), r.meanBadDebt)) return bad("badDebt/mean");
    if (!j.contains("meanLoss") || !num(j["meanLoss"], r.meanLoss)) return bad("meanLoss");
    if (!j.contains("maxLoss") || !num(j["maxLoss"], r.maxLoss)) return bad("maxLoss");
    if (j.contains("defaults") && j["defaults"].is_object())
        for (const auto& [d, n] : j["defaults"].items()) {
            if (!n.is_number_integer()) return bad("defaults/" + d);
            r.defaultCounts.push_back({std::atoi(d.c_str()), n.get<long long>()});
        }
    std::sort(r.defaultCounts.begin(), r.defaultCounts.end());
    if (j.contains("factors") && j["factors"].is_array())
        for (const auto& f : j["factors"])
            if (f.is_string())
                if (const int a = b.assetIx(f.get<std::string>()); a >= 0) r.factors.push_back(a);
    if (j.contains("psdRepairs") && j["psdRepairs"].is_number_integer()) r.psdRepairs = j["psdRepairs"].get<int>();
    const json h = j.value("histogram", json::object());
    if (!h.is_object() || !h.contains("counts") || !h["counts"].is_array() || !num(h.value("min", json(0.0)), r.histogramMin) ||
        !num(h.value("width", json(0.0)), r.histogramWidth))
        return bad("histogram");
    for (const auto& c : h["counts"]) {
        if (!c.is_number_integer()) return bad("histogram/counts");
        r.histogram.push_back(c.get<long long>());
    }
    if (j.contains("threads") && j["threads"].is_number_integer()) r.threads = j["threads"].get<int>();
    if (j.contains("elapsedMs")) num(j["elapsedMs"], r.elapsedMs);
    if (j.contains("scenariosPerSecond")) num(j["scenariosPerSecond"], r.scenariosPerSecond);
    return r;
}

} // namespace ballast
