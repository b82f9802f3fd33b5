#include "exposure.h"

#include "alerts.h"
#include "health.h"
#include "hugepages.h"
#include "valuation.h"
#include "riskfactors.h"

#include "network.h"
#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace ballast {
namespace {

double hhiOf(const std::unordered_map<int, double>& shares)
{
    double total = 0, h = 0;
    for (const auto& [k, v] : shares) total += v;
    if (!(total > 0)) return 0.0;
    for (const auto& [k, v] : shares) h += (v / total) * (v / total);
    return h;
}

} // namespace

ExposureEngine::ExposureEngine(BookPtr book) : m_book(std::move(book))
{
    const Book& b = *m_book;
    m_index = std::make_shared<const BookIndex>(b);
    m_deltaNormal = std::make_shared<const DeltaNormal>(b);
    m_structure = std::make_shared<const SupplyChainStructure>(analyseSupplyChain(b));
    m_alerts = std::make_shared<const std::vector<AlertCondition>>();
    const int nA = static_cast<int>(b.assets.size());
    auto shared = std::make_shared<Plan>();
    Plan& plan = *shared;
    m_pools = b.pools;
    m_baseMarket.resize(nA);
    m_baseOracle.resize(nA);
    for (int a = 0; a < nA; ++a) {
        m_baseMarket[a] = b.assets[a].price;
        m_baseOracle[a] = b.assets[a].oraclePrice;
    }
    plan.assetDependents.assign(nA, {});
    for (int a = 0; a < nA; ++a) {
        int ix = b.assets[a].kind == AssetKind::InventoryToken ? b.assets[a].underlyingIx : -1;
        for (int guard = 0; ix >= 0 && guard <= nA; ++guard) {
            plan.assetDependents[ix].push_back(a);
            ix = b.assets[ix].kind == AssetKind::InventoryToken ? b.assets[ix].underlyingIx : -1;
        }
    }
    // which assets' exit curves read a given asset's pools (itself; tokens redeemed into it)
    m_curves.resize(nA);
    plan.curveUsers.assign(nA, {});
    for (int a = 0; a < nA; ++a) {
        plan.curveUsers[a].push_back(a);
        if (b.assets[a].kind == AssetKind::InventoryToken && b.assets[a].underlyingIx >= 0)
            plan.curveUsers[b.assets[a].underlyingIx].push_back(a);
    }
    plan.pledgedByNode.assign(b.nodes.size(), {});
    plan.venueHoldings.assign(m_index->venues.size(), {});
    for (size_t p = 0; p < b.positions.size(); ++p) {
        const int l = m_index->loanOfPosition[p], owner = b.positions[p].ownerIx;
        if (l < 0 || owner < 0) continue;
        const int venue = b.loans[l].venueIx;
        if (venue < 0) continue;
        plan.pledgedByNode[owner].push_back({venue, static_cast<int>(p)});
        if (m_index->venueRow[venue] >= 0) plan.venueHoldings[m_index->venueRow[venue]].push_back({owner, static_cast<int>(p)});
    }
    for (auto& v : plan.pledgedByNode) std::sort(v.begin(), v.end());
    for (auto& v : plan.venueHoldings) std::sort(v.begin(), v.end());
    plan.venueSlotOfPosition.assign(b.positions.size(), -1);
    for (size_t r = 0; r < plan.venueHoldings.size(); ++r) {
        int owner = -1;
        for (const auto& [o, p] : plan.venueHoldings[r]) {
            if (o != owner) owner = o, plan.venueRowOfSlot.push_back(static_cast<int>(r));
            plan.venueSlotOfPosition[p] = static_cast<int>(plan.venueRowOfSlot.size()) - 1;
        }
    }
    m_venueSlotValue.assign(plan.venueRowOfSlot.size(), 0.0);
    m_venueTotal.assign(plan.venueHoldings.size(), 0.0), m_venueSumSq.assign(plan.venueHoldings.size(), 0.0);
    plan.greekRowOfDerivative.assign(b.derivatives.size(), -1);
    for (size_t d = 0; d < b.derivatives.size(); ++d) {
        const int u = b.derivatives[d].underlyingIx;
        if (u < 0) continue;
        auto it = std::find(plan.greekUnderlyings.begin(), plan.greekUnderlyings.end(), u);
        plan.greekRowOfDerivative[d] = static_cast<int>(it - plan.greekUnderlyings.begin());
        if (it == plan.greekUnderlyings.end()) plan.greekUnderlyings.push_back(u);
    }
    m_networkPlan = std::make_shared<const NetworkPlan>(planNetwork(b));
    plan.assetShipped.assign(nA, 0);
    for (const auto& p : m_networkPlan->physical)
        if (p.shipment && p.asset >= 0) plan.assetShipped[p.asset] = 1;
    m_x.assets.resize(nA);
    resizeOnHugePages(m_x.positions, b.positions.size());
    resizeOnHugePages(m_x.loans, b.loans.size());
    resizeOnHugePages(m_x.nodes, b.nodes.size());
    m_x.derivatives.resize(b.derivatives.size());
    m_x.pools.resize(b.pools.size());
    resizeOnHugePages(m_x.links, b.links.size());
    m_plan = std::move(shared);
}

namespace {
template <class T>
void copyOnHugePages(std::vector<T>& to, const std::vector<T>& from)
{
    if (to.capacity() < from.size()) {
        std::vector<T> fresh;
        reserveOnHugePages(fresh, from.size());
        to.swap(fresh);
    }
    to.assign(from.begin(), from.end());
}
} // namespace

Exposure::Exposure(const Exposure& other) { *this = other; }

Exposure& Exposure::operator=(const Exposure& other)
{
    if (this == &other) return *this;
    copyOnHugePages(assets, other.assets);
    copyOnHugePages(positions, other.positions);
    copyOnHugePages(loans, other.loans);
    copyOnHugePages(nodes, other.nodes);
    copyOnHugePages(venues, other.venues);
    copyOnHugePages(derivatives, other.derivatives);
    copyOnHugePages(greeks, other.greeks);
    copyOnHugePages(pools, other.pools);
    copyOnHugePages(links, other.links);
    totals = other.totals;
    flowsVersion = other.flowsVersion;
    return *this;
}

void ExposureEngine::computeAssetPrice(int a)
{
    const Book& b = *m_book;
    const Asset& asset = b.assets[a];
    AssetExposure& x = m_x.assets[a];
    switch (asset.kind) {
    case AssetKind::InventoryToken: {
        const int u = asset.underlyingIx;
        x.attestationAgeHours = attestationAgeDays(b, asset) * 24.0;
        x.attestationOverdue = asset.attestationMaxAgeHours > 0 && x.attestationAgeHours > asset.attestationMaxAgeHours;
        x.quality = inventoryQuality(b, asset);
        const double unit = asset.unitsPerToken * x.quality;
        x.price = u >= 0 ? m_x.assets[u].price * unit : 0.0;
        x.oraclePrice = !std::isnan(m_baseOracle[a]) ? m_baseOracle[a] : (u >= 0 ? m_x.assets[u].oraclePrice * unit : 0.0);
        break;
    }
    case AssetKind::InvoiceToken: {
        x.price = !std::isnan(m_baseMarket[a]) ? m_baseMarket[a] : invoiceTokenValue(b, asset);
        x.oraclePrice = !std::isnan(m_baseOracle[a]) ? m_baseOracle[a] : x.price;
        break;
    }
    default:
        x.price = m_baseMarket[a];
        x.oraclePrice = !std::isnan(m_baseOracle[a]) ? m_baseOracle[a] : x.price;
        break;
    }
    x.oracleDeviation = x.price > 0 ? x.oraclePrice / x.price - 1.0 : 0.0;
    x.oracleAgeSec = asset.oracleUpdatedAt && b.meta.asOf ? static_cast<double>(b.meta.asOf - *asset.oracleUpdatedAt) : 0.0;
    x.oracleStale = asset.oracleHeartbeatSec > 0 && x.oracleAgeSec > asset.oracleHeartbeatSec;
}

void ExposureEngine::exitPools(int a, std::vector<int>& pools, std::vector<double>& scale) const
{
    const Book& b = *m_book;
    pools = m_index->poolsOfAsset[a];
    scale.assign(pools.size(), 1.0);
    const Asset& as = b.assets[a];
    if (as.kind == AssetKind::InventoryToken && as.underlyingIx >= 0) {
        // a warehouse receipt can also be redeemed and its metal sold
        const double units = as.unitsPerToken * m_x.assets[a].quality;
        for (int p : m_index->poolsOfAsset[as.underlyingIx]) pools.push_back(p), scale.push_back(units);
    }
}

Route ExposureEngine::exitRoute(int a, double quantity) const
{
    const Book& b = *m_book;
    const AssetExposure& x = m_x.assets[a];
    std::vector<int> pools;
    std::vector<double> scale;
    exitPools(a, pools, scale);
    if (pools.empty()) {
        Route r;
        r.amountIn = quantity;
        // cash is worth its price; anything else that no pool trades falls back to its market value
        // and says so (noMarket): the book models no venue to sell it, not a worthless position
        r.value = quantity * x.price;
        r.averagePrice = x.price;
        r.noMarket = !isCashLike(b, a) && quantity > 0;
        return r;
    }
    std::vector<double> qv(pools.size());
    for (size_t i = 0; i < pools.size(); ++i) qv[i] = valueOf(m_pools[pools[i]].quoteIx);
    return routeSellBase(m_pools, pools, qv, quantity, x.price, &scale);
}

void ExposureEngine::buildCurve(int a)
{
    if (m_index->positionsOfAsset[a].empty()) {
        m_curves[a] = ExitCurve();
        return;
    }
    std::vector<int> pools;
    std::vector<double> scale;
    exitPools(a, pools, scale);
    std::vector<double> qv(pools.size());
    for (size_t i = 0; i < pools.size(); ++i) qv[i] = valueOf(m_pools[pools[i]].quoteIx);
    m_curves[a] = ExitCurve(m_pools, pools, qv, scale);
}

void ExposureEngine::computePosition(int p)
{
    const Book& b = *m_book;
    const Position& pos = b.positions[p];
    PositionExposure& x = m_x.positions[p];
    if (pos.assetIx < 0) return;
    const AssetExposure& ax = m_x.assets[pos.assetIx];
    x.price = ax.price;
    x.oraclePrice = ax.oraclePrice;
    x.marketValue = pos.quantity * ax.price;
    const std::optional<double> fast = m_curves[pos.assetIx].empty() ? std::nullopt : m_curves[pos.assetIx].value(pos.quantity);
    if (fast) {
        x.exitValue = *fast;
        x.exitExhausted = false;
        x.exitAtMarket = false;
    } else {
        const Route r = exitRoute(pos.assetIx, pos.quantity);
        x.exitValue = r.value;
        x.exitExhausted = r.exhausted;
        x.exitAtMarket = r.noMarket;
    }
    x.liquidationCost = x.marketValue - x.exitValue;
    const int l = m_index->loanOfPosition[p];
    if (l >= 0) {
        double lt = m_index->positionThreshold[p];
        if (ax.attestationOverdue) lt *= 1.0 - b.settings.staleAttestationHaircut;
        x.collateralValue = pos.quantity * ax.oraclePrice * lt;
        x.haircut = 1.0 - lt;
    } else {
        x.collateralValue = 0.0;
        x.haircut = 0.0;
        x.healthFactor = kInf;
        x.liquidationPrice = kNaN;
    }
}

void ExposureEngine::computeLoan(int l)
{
    const Book& b = *m_book;
    const Loan& loan = b.loans[l];
    LoanExposure& x = m_x.loans[l];
    x = LoanExposure{};
    int singleAsset = -2;
    double ltQty = 0;
    for (int p : loan.collateralIx) {
        if (p < 0) continue;
        const Position& pos = b.positions[p];
        const PositionExposure& px = m_x.positions[p];
        x.collateralValue += px.collateralValue;
        x.collateralMarketValue += px.marketValue;
        x.borrowingPower += pos.quantity * px.oraclePrice * m_index->positionLtv[p];
        singleAsset = singleAsset == -2 || singleAsset == pos.assetIx ? pos.assetIx : -1;
        ltQty += px.oraclePrice > 0 ? px.collateralValue / px.oraclePrice : 0.0;
    }
    x.debtValue = loan.debt * oracleValueOf(loan.debtAssetIx);
    x.healthFactor = x.debtValue > 0 ? x.collateralValue / x.debtValue : kInf;
    double oracleCollateral = 0;
    for (int p : loan.collateralIx)
        if (p >= 0) oracleCollateral += b.positions[p].quantity * m_x.positions[p].oraclePrice;
    // no collateral behind a debt: the ratio is undefined (NaN, null in JSON), not an infinite LTV
    x.ltv = oracleCollateral > 0 ? x.debtValue / oracleCollateral : (x.debtValue > 0 ? kNaN : 0.0);
    x.atRisk = isLiquidatable(x.healthFactor);
    if (singleAsset >= 0 && ltQty > 0 && x.debtValue > 0) {
        x.liquidationPrice = x.debtValue / ltQty;
        const double o = m_x.assets[singleAsset].oraclePrice;
        x.distanceToLiquidation = o > 0 ? 1.0 - x.liquidationPrice / o : kNaN;
    }
    for (int p : loan.collateralIx) {
        if (p < 0) continue;
        m_x.positions[p].healthFactor = x.healthFactor;
        m_x.positions[p].liquidationPrice = x.liquidationPrice;
    }
}

void ExposureEngine::computeDerivative(int d)
{
    const Book& b = *m_book;
    const Derivative& der = b.derivatives[d];
    DerivativeExposure& x = m_x.derivatives[d];
    x.unit = Greeks{};
    switch (der.type) {
    case DerivativeType::EuropeanCall:
    case DerivativeType::EuropeanPut: {
        if (der.underlyingIx < 0) break;
        const double S = m_x.assets[der.underlyingIx].price;
        const double vol = std::isnan(der.volatility) ? b.assets[der.underlyingIx].volatility : der.volatility;
        const bool call = der.type == DerivativeType::EuropeanCall;
        x.unit = der.onFuture ? black76(call, S, der.strike, der.years, der.rate, vol)
                              : blackScholes(call, S, der.strike, der.years, der.rate, vol, der.dividendYield);
        break;
    }
    case DerivativeType::Future:
        if (der.underlyingIx >= 0)
            x.unit = futureValue(m_x.assets[der.underlyingIx].price, der.strike, der.years, der.rate, der.dividendYield);
        break;
    case DerivativeType::DeliveryDelayOption: {
        if (der.shipmentIx < 0) break;
        const Link& s = b.links[der.shipmentIx];
        const double planned = s.departed && s.eta ? (*s.eta - *s.departed) / kSecondsPerDay : s.transitDays.mean;
        const double mean = std::isnan(s.transitDays.mean) ? planned : s.transitDays.mean;
        const double mu = std::isnan(planned) ? 0.0 : mean - planned;
        x.unit.price = expectedDelayPayout(mu, s.transitDays.std, der.thresholdDays, der.payoutPerDay, der.cap);
        break;
    }
    case DerivativeType::ParametricCover: {
        // probability that some shipment through the trigger node is late by the threshold or more
        double pNone = 1.0;
        for (const Link& s : b.links) {
            if (s.type != LinkType::Shipment) continue;
            bool through = s.toIx == der.trigger.nodeIx || s.fromIx == der.trigger.nodeIx;
            for (int v : s.viaIx) through |= v == der.trigger.nodeIx;
            if (!through || std::isnan(s.transitDays.mean)) continue;
            const double planned = plannedTransitDays(s);
            const double mu = std::isnan(planned) ? 0.0 : s.transitDays.mean - planned;
            const double pLate = s.transitDays.std > 0 ? 1.0 - normalCdf((der.trigger.threshold - mu) / s.transitDays.std)
                                                       : (mu >= der.trigger.threshold ? 1.0 : 0.0);
            pNone *= 1.0 - pLate;
        }
        x.unit.price = der.payout * (1.0 - pNone);
        break;
    }
    }
    x.value = x.unit.price * der.quantity;
}

void ExposureEngine::computePool(int p)
{
    const Pool& pool = m_pools[p];
    PoolExposure& x = m_x.pools[p];
    x.mid = midPrice(pool);
    const double qv = valueOf(pool.quoteIx);
    static constexpr double kLevels[3] = {0.01, 0.02, 0.05};
    for (int i = 0; i < 3; ++i) {
        x.depth[i] = depthBase(pool, kLevels[i]);
        if (std::isinf(x.depth[i])) x.depth[i] = 0.0;
        x.depthValue[i] = x.depth[i] * x.mid * qv;
    }
}

void ExposureEngine::aggregate()
{
    const Book& b = *m_book;
    Totals t;
    t.maxFlowPerDay = m_x.totals.maxFlowPerDay;
    for (auto& a : m_x.assets) {
        a.holdings = a.marketValue = a.pledgedValue = 0; // hhi: computeConcentration()
        a.depth[0] = a.depth[1] = a.depth[2] = 0;
        a.hasMarket = false;
    }
    for (auto& n : m_x.nodes) {
        n.receivables = n.payables = n.net = n.holdings = n.collateralPosted = 0;
        n.collateralByVenue.clear();
    }
    for (size_t p = 0; p < b.positions.size(); ++p) {
        const Position& pos = b.positions[p];
        const PositionExposure& x = m_x.positions[p];
        t.marketValue += x.marketValue;
        t.exitValue += x.exitValue;
        if (x.exitAtMarket) t.exitAtMarketValue += x.exitValue;
        t.liquidationCost += x.liquidationCost;
        if (pos.assetIx >= 0) {
            auto& a = m_x.assets[pos.assetIx];
            a.holdings += pos.quantity;
            a.marketValue += x.marketValue;
            if (m_index->loanOfPosition[p] >= 0) a.pledgedValue += x.marketValue;
        }
        if (pos.ownerIx >= 0) m_x.nodes[pos.ownerIx].holdings += x.marketValue;
    }
    for (size_t n = 0; n < b.nodes.size(); ++n) {
        auto& out = m_x.nodes[n].collateralByVenue;
        for (const auto& [venue, p] : m_plan->pledgedByNode[n]) {
            const double v = m_x.positions[p].marketValue;
            m_x.nodes[n].collateralPosted += v;
            if (out.empty() || out.back().first != venue) out.push_back({venue, 0.0});
            out.back().second += v;
        }
    }
    for (size_t p = 0; p < m_pools.size(); ++p) {
        const int base = m_pools[p].baseIx;
        if (base < 0) continue;
        auto& a = m_x.assets[base];
        a.hasMarket = true;
        for (int i = 0; i < 3; ++i) a.depth[i] += m_x.pools[p].depthValue[i];
    }
    for (size_t a = 0; a < b.assets.size(); ++a) {
        const Asset& as = b.assets[a];
        if (as.kind == AssetKind::InventoryToken && as.underlyingIx >= 0 && m_index->poolsOfAsset[a].empty())
            m_x.assets[a].hasMarket = m_x.assets[as.underlyingIx].hasMarket;
    }
    m_x.venues.resize(m_index->venues.size());
    for (size_t r = 0; r < m_index->venues.size(); ++r) {
        VenueExposure& v = m_x.venues[r];
        v = VenueExposure{};
        v.node = m_index->venues[r];
        v.hhi = sumVenueConcentration(r);
    }
    double collateralMarket = 0;
    for (size_t l = 0; l < b.loans.size(); ++l) {
        const Loan& loan = b.loans[l];
        const LoanExposure& x = m_x.loans[l];
        t.collateralValue += x.collateralValue;
        t.debtValue += x.debtValue;
        collateralMarket += x.collateralMarketValue;
        t.minHealthFactor = std::min(t.minHealthFactor, x.healthFactor);
        t.loansAtRisk += x.atRisk ? 1 : 0;
        if (loan.borrowerIx >= 0) m_x.nodes[loan.borrowerIx].payables += x.debtValue;
        if (loan.lenderIx >= 0) m_x.nodes[loan.lenderIx].receivables += x.debtValue;
        const int row = loan.venueIx >= 0 ? m_index->venueRow[loan.venueIx] : -1;
        if (row >= 0) {
            auto& v = m_x.venues[row];
            v.collateralValue += x.collateralMarketValue;
            v.debtValue += x.debtValue;
            ++v.loans;
            v.loansAtRisk += x.atRisk ? 1 : 0;
        }
    }
    t.collateralCoverage = t.debtValue > 0 ? collateralMarket / t.debtValue : kInf;
    m_collateralMarket = collateralMarket;
    m_ticksSinceFull = 0, m_tickWorkSinceFull = 0;
    for (const Link& l : b.links) {
        if (l.type != LinkType::Obligation || l.fromIx < 0 || l.toIx < 0) continue;
        m_x.nodes[l.fromIx].payables += l.amount;
        m_x.nodes[l.toIx].receivables += l.amount;
    }
    for (auto& n : m_x.nodes) n.net = n.receivables - n.payables;

    m_x.totals = t;
    aggregateGreeks();
    updateValueAtRisk();
}

double ExposureEngine::sumVenueConcentration(size_t row)
{
    // concentration of the collateral at a venue by borrower (holdings are sorted by owner); each
    // borrower's sum is kept in its slot for the ticks' differences
    double total = 0, sumSq = 0, run = 0;
    int owner = -1, slot = -1;
    for (const auto& [o, p] : m_plan->venueHoldings[row]) {
        if (o != owner) {
            if (slot >= 0) m_venueSlotValue[slot] = run;
            sumSq += run * run, run = 0, owner = o, slot = m_plan->venueSlotOfPosition[p];
        }
        run += m_x.positions[p].marketValue;
        total += m_x.positions[p].marketValue;
    }
    if (slot >= 0) m_venueSlotValue[slot] = run;
    sumSq += run * run;
    m_venueTotal[row] = total, m_venueSumSq[row] = sumSq;
    return total > 0 ? sumSq / (total * total) : 0.0;
}

void ExposureEngine::aggregateGreeks()
{
    const Book& b = *m_book;
    Totals& t = m_x.totals;
    t.derivativesValue = 0;
    m_x.greeks.assign(m_plan->greekUnderlyings.size(), UnderlyingGreeks{});
    for (size_t r = 0; r < m_plan->greekUnderlyings.size(); ++r) m_x.greeks[r].asset = m_plan->greekUnderlyings[r];
    for (size_t d = 0; d < b.derivatives.size(); ++d) {
        const Derivative& der = b.derivatives[d];
        const DerivativeExposure& x = m_x.derivatives[d];
        t.derivativesValue += x.value;
        if (m_plan->greekRowOfDerivative[d] < 0) continue;
        auto& g = m_x.greeks[m_plan->greekRowOfDerivative[d]];
        g.delta += x.unit.delta * der.quantity;
        g.gamma += x.unit.gamma * der.quantity;
        g.vega += x.unit.vega * der.quantity;
        g.theta += x.unit.theta * der.quantity;
        g.rho += x.unit.rho * der.quantity;
        g.value += x.value;
    }
    for (auto& g : m_x.greeks) {
        const double units = std::fabs(g.delta);
        const std::optional<double> fast = m_curves[g.asset].empty() ? std::nullopt : m_curves[g.asset].value(units);
        g.hedgeCost = units * m_x.assets[g.asset].price - (fast ? *fast : exitRoute(g.asset, units).value);
    }
}

void ExposureEngine::recomputePosition(PositionChange& c)
{
    const PositionExposure& x = m_x.positions[c.p];
    const double marketValue = x.marketValue, exitValue = x.exitValue, liquidationCost = x.liquidationCost;
    computePosition(c.p);
    const Position& pos = m_book->positions[c.p];
    c.owner = pos.ownerIx, c.asset = pos.assetIx, c.loan = m_index->loanOfPosition[c.p];
    c.slot = m_plan->venueSlotOfPosition[c.p];
    c.venue = c.slot >= 0 ? m_index->venues[m_plan->venueRowOfSlot[c.slot]] : c.loan >= 0 ? m_book->loans[c.loan].venueIx : -1;
    c.marketValue = x.marketValue - marketValue;
    c.exitValue = x.exitValue - exitValue;
    c.liquidationCost = x.liquidationCost - liquidationCost;
    c.exitAtMarket = x.exitAtMarket;
}

void ExposureEngine::aggregateDelta(const std::vector<PositionChange>& positions, const std::vector<LoanBefore>& loans,
                                    const std::vector<PoolBefore>& pools)
{
    const Book& b = *m_book;
    Totals& t = m_x.totals;
    std::vector<char> rowTouched(m_index->venues.size(), 0);
    std::vector<int> nodesTouched;
    for (const PositionChange& c : positions) {
        const double dmv = c.marketValue;
        t.marketValue += dmv;
        t.exitValue += c.exitValue;
        if (c.exitAtMarket) t.exitAtMarketValue += c.exitValue; // an asset's pools do not come and go with ticks
        t.liquidationCost += c.liquidationCost;
        if (c.asset >= 0) {
            m_x.assets[c.asset].marketValue += dmv;
            if (c.loan >= 0) m_x.assets[c.asset].pledgedValue += dmv;
        }
        if (c.owner < 0) continue;
        NodeExposure& n = m_x.nodes[c.owner];
        n.holdings += dmv;
        if (c.loan < 0) continue;
        n.collateralPosted += dmv;
        for (auto& [v, value] : n.collateralByVenue)
            if (v == c.venue) value += dmv;
        if (c.slot < 0) continue;
        // the borrower's share at the venue: its square's change, not a pass over the venue
        const int row = m_plan->venueRowOfSlot[c.slot];
        const double before = m_venueSlotValue[c.slot], after = before + dmv;
        m_venueSlotValue[c.slot] = after;
        m_venueSumSq[row] += after * after - before * before;
        m_venueTotal[row] += dmv;
        rowTouched[row] = 1;
    }
    bool fullMin = false;
    for (const LoanBefore& o : loans) {
        const LoanExposure& x = m_x.loans[o.l];
        const Loan& loan = b.loans[o.l];
        const double ddv = x.debtValue - o.debtValue, dcmv = x.collateralMarketValue - o.collateralMarketValue;
        t.collateralValue += x.collateralValue - o.collateralValue;
        t.debtValue += ddv;
        m_collateralMarket += dcmv;
        t.loansAtRisk += (x.atRisk ? 1 : 0) - (o.atRisk ? 1 : 0);
        if (x.healthFactor < t.minHealthFactor) t.minHealthFactor = x.healthFactor;
        else if (o.healthFactor <= t.minHealthFactor && x.healthFactor > o.healthFactor) fullMin = true; // the minimum rose
        if (loan.borrowerIx >= 0) m_x.nodes[loan.borrowerIx].payables += ddv, nodesTouched.push_back(loan.borrowerIx);
        if (loan.lenderIx >= 0) m_x.nodes[loan.lenderIx].receivables += ddv, nodesTouched.push_back(loan.lenderIx);
        const int row = loan.venueIx >= 0 ? m_index->venueRow[loan.venueIx] : -1;
        if (row >= 0) {
            VenueExposure& v = m_x.venues[row];
            v.collateralValue += dcmv;
            v.debtValue += ddv;
            v.loansAtRisk += (x.atRisk ? 1 : 0) - (o.atRisk ? 1 : 0);
        }
    }
    if (fullMin) {
        t.minHealthFactor = kInf;
        for (const LoanExposure& x : m_x.loans) t.minHealthFactor = std::min(t.minHealthFactor, x.healthFactor);
    }
    for (int n : nodesTouched) m_x.nodes[n].net = m_x.nodes[n].receivables - m_x.nodes[n].payables;
    for (const PoolBefore& o : pools) {
        const int base = m_pools[o.p].baseIx;
        if (base < 0) continue;
        for (int i = 0; i < 3; ++i) m_x.assets[base].depth[i] += m_x.pools[o.p].depthValue[i] - o.depth[i];
    }
    for (size_t r = 0; r < m_index->venues.size(); ++r)
        if (rowTouched[r]) {
            const double total = m_venueTotal[r];
            m_x.venues[r].hhi = total > 0 ? std::max(0.0, m_venueSumSq[r]) / (total * total) : 0.0;
        }
    t.collateralCoverage = t.debtValue > 0 ? m_collateralMarket / t.debtValue : kInf;
    aggregateGreeks();
    updateValueAtRisk();
}

void ExposureEngine::refreshAlerts() { m_alerts = std::make_shared<const std::vector<AlertCondition>>(alertConditions(*m_book, m_x)); }

void ExposureEngine::updateValueAtRisk()
{
    if (!m_deltaNormal || m_deltaNormal->factors() == 0) return void(m_x.totals.deltaNormalVaR = 0.0);
    std::vector<double> held(m_x.assets.size());
    for (size_t a = 0; a < held.size(); ++a) held[a] = m_x.assets[a].marketValue;
    m_x.totals.deltaNormalVaR = m_deltaNormal->valueAtRisk(held, 0.99);
}

void ExposureEngine::computeConcentration()
{
    // holders' shares of one asset do not move with its price: refreshed on full recomputes
    // Positions grouped by asset in book order, then each asset's holders summed on its own core:
    // every asset's map sees the same insertions in the same order as one pass over the book, so
    // the same sums (a million positions: 0.7 s on one core before).
    const Book& b = *m_book;
    const size_t nA = b.assets.size();
    std::vector<size_t> start(nA + 1, 0);
    for (const Position& pos : b.positions)
        if (pos.assetIx >= 0 && pos.ownerIx >= 0) ++start[static_cast<size_t>(pos.assetIx) + 1];
    for (size_t a = 0; a < nA; ++a) start[a + 1] += start[a];
    std::vector<int> byAsset(start[nA]);
    {
        std::vector<size_t> next(start.begin(), start.end() - 1);
        for (size_t p = 0; p < b.positions.size(); ++p) {
            const Position& pos = b.positions[p];
            if (pos.assetIx >= 0 && pos.ownerIx >= 0) byAsset[next[static_cast<size_t>(pos.assetIx)]++] = static_cast<int>(p);
        }
    }
    parallelChunks<size_t>(0, nA, 1, [&](size_t first, size_t last) {
        for (size_t a = first; a < last; ++a) {
            std::unordered_map<int, double> holders;
            for (size_t i = start[a]; i < start[a + 1]; ++i) {
                const Position& pos = b.positions[static_cast<size_t>(byAsset[i])];
                holders[pos.ownerIx] += pos.quantity;
            }
            m_x.assets[a].hhi = hhiOf(holders);
        }
    });
}

bool ExposureEngine::compute(Progress* progress)
{
    const Book& b = *m_book;
    for (int a : m_index->priceOrder) computeAssetPrice(a);
    for (int p = 0; p < static_cast<int>(m_pools.size()); ++p) computePool(p);
    // the supply network's flows need only the prices: they run beside the curves and positions
    const std::vector<double> prices = marketPrices();
    const NetworkFlows* f = nullptr;
    Beside network([&] { f = &computeNetworkFlows(*m_networkPlan, prices, *m_networkScratch); });
    bool cancelled = false;
    // curves, positions and loans are each independent of one another: both cores
    parallelChunks(0, static_cast<int>(b.assets.size()), 1, [&](int first, int last) {
        for (int a = first; a != last; ++a) buildCurve(a);
    });
    if (progress) progress->report(0.1);
    cancelled = isCancelled(progress);
    const int nP = static_cast<int>(b.positions.size());
    if (!cancelled)
        parallelChunks(0, nP, 2048, [&](int first, int last) {
            for (int p = first; p != last; ++p) computePosition(p);
        });
    cancelled = cancelled || isCancelled(progress);
    if (!cancelled) {
        if (progress) progress->report(0.8);
        // a position is pledged to one loan at most (validate()), so loans write disjoint positions
        parallelChunks(0, static_cast<int>(b.loans.size()), 512, [&](int first, int last) {
            for (int l = first; l != last; ++l) computeLoan(l);
        });
        for (int d = 0; d < static_cast<int>(b.derivatives.size()); ++d) computeDerivative(d);
        if (!m_concentrationDone) computeConcentration(); // depends on quantities only, fixed in the snapshot
        m_concentrationDone = true;
        aggregate(); // reads nothing the network task writes
    }
    network.wait();
    if (cancelled) return false;
    applyNetwork(*f);
    if (progress) progress->report(1.0);
    return true;
}

void ExposureEngine::applyNetwork(const NetworkFlows& f)
{
    const Book& b = *m_book;
    for (size_t l = 0; l < b.links.size(); ++l)
        m_x.links[l] = LinkFlow{f.unitsPerDay[l], f.valuePerDay[l], f.inTransitValue[l], f.onMinCut[l] != 0};
    for (size_t n = 0; n < b.nodes.size(); ++n) {
        m_x.nodes[n].inflowPerDay = f.nodeInflow[n];
        m_x.nodes[n].outflowCapacityPerDay = f.nodeOutflow[n];
        m_x.nodes[n].bottleneck = f.bottleneck[n] != 0;
    }
    m_x.totals.maxFlowPerDay = f.maxFlowPerDay;
    static std::atomic<std::uint64_t> versions{0};
    m_x.flowsVersion = ++versions;
    m_networkStale = false;
}

std::vector<double> ExposureEngine::marketPrices() const
{
    std::vector<double> prices(m_x.assets.size());
    for (size_t a = 0; a < prices.size(); ++a) prices[a] = m_x.assets[a].price;
    return prices;
}

void ExposureEngine::refreshNetwork() { applyNetwork(computeNetworkFlows(*m_networkPlan, marketPrices(), *m_networkScratch)); }

void ExposureEngine::setPrice(int asset, double market, double oracle)
{
    const PriceTick tick{asset, market, oracle};
    setPrices(&tick, 1);
}

void ExposureEngine::setPrices(const PriceTick* ticks, size_t count)
{
    const Book& b = *m_book;
    TickMarks& marks = *m_marks;
    // the first tick of this engine (or of a copy); each size on its own: a book may have assets
    // and no positions, and then the positions' marks are rightly empty
    if (marks.curve.size() != b.assets.size()) {
        marks.position.assign(b.positions.size(), 0), marks.loan.assign(b.loans.size(), 0);
        marks.pool.assign(m_pools.size(), 0), marks.curve.assign(b.assets.size(), 0);
    }
    std::vector<char>&posDirty = marks.position, &loanDirty = marks.loan, &poolDirty = marks.pool;
    std::vector<char>& curveDirty = marks.curve;
    std::vector<PositionChange>& changes = marks.changes;
    std::vector<int>& loans = marks.loans;
    std::vector<LoanBefore>& loansBefore = marks.loansBefore;
    std::vector<PoolBefore>& poolsBefore = marks.poolsBefore;
    changes.clear(), loans.clear(), loansBefore.clear(), poolsBefore.clear();
    auto markPosition = [&](int p) {
        if (posDirty[p]) return;
        posDirty[p] = 1;
        changes.push_back({p});
    };
    auto markLoan = [&](int l) {
        if (loanDirty[l]) return;
        loanDirty[l] = 1, loans.push_back(l);
        const LoanExposure& x = m_x.loans[l];
        loansBefore.push_back({l, x.collateralValue, x.debtValue, x.collateralMarketValue, x.healthFactor, x.atRisk});
    };
    auto notePool = [&](int p) { // its depth before the batch, once
        if (poolDirty[p]) return;
        poolDirty[p] = 1;
        const auto& d = m_x.pools[p].depthValue;
        poolsBefore.push_back({p, {d[0], d[1], d[2]}});
    };
    // Each tick's prices and pools in the order of the ticks, as one setPrice() after another would
    // set them (a pool is recentred at its quote's value of that moment). What depends on them -- the
    // curves, positions, loans and aggregates -- once for the whole batch, from the final prices and
    // pools: the values one tick after another would end with, at one pass's cost. A batch of a
    // feed's ticks that holds a stablecoin moves nearly the whole book once, not once per tick.
    bool any = false;
    for (size_t k = 0; k < count; ++k) {
        const auto [asset, market, oracle] = ticks[k];
        if (asset < 0 || asset >= static_cast<int>(b.assets.size()) || !(market >= 0) || std::isinf(market)) continue;
        any = true;
        m_baseMarket[asset] = market;
        m_baseOracle[asset] = oracle; // NaN: the oracle reads the market
        const std::vector<int>& dependents = m_plan->assetDependents[asset];
        for (size_t i = 0; i <= dependents.size(); ++i) {
            const int a = i == 0 ? asset : dependents[i - 1];
            if (m_plan->assetShipped[a]) m_networkStale = true;
            computeAssetPrice(a);
            for (int p : m_index->poolsOfAsset[a]) {
                const double qv = valueOf(m_pools[p].quoteIx);
                notePool(p);
                if (qv > 0) recentre(m_pools[p], m_x.assets[a].price / qv);
                computePool(p);
            }
            for (int p : m_index->positionsOfAsset[a]) markPosition(p);
            for (int l : m_index->loansOfAsset[a]) markLoan(l);
            for (int d : m_index->derivativesOfAsset[a]) computeDerivative(d);
            for (int u : m_plan->curveUsers[a]) curveDirty[u] = 1;
        }
        // pools quoted in the asset: their base assets' exit values move with the quote's value
        for (int p : m_index->poolsQuotedIn[asset]) {
            notePool(p);
            computePool(p);
            const int base = m_pools[p].baseIx;
            if (base < 0) continue;
            for (int q : m_index->positionsOfAsset[base]) markPosition(q);
            for (int t : m_plan->assetDependents[base])
                for (int q : m_index->positionsOfAsset[t]) markPosition(q);
            for (int u : m_plan->curveUsers[base]) curveDirty[u] = 1;
        }
    }
    if (!any) return;
    std::vector<int>& curves = marks.curves;
    curves.clear();
    for (size_t a = 0; a < curveDirty.size(); ++a)
        if (curveDirty[a]) curves.push_back(static_cast<int>(a)), curveDirty[a] = 0;
    // each curve is independent of the others: a stablecoin's tick rebuilds nearly all of them
    auto build = [&](size_t first, size_t last) {
        for (size_t i = first; i != last; ++i) buildCurve(curves[i]);
    };
    if (curves.size() >= 4) parallelChunks<size_t>(0, curves.size(), 1, build);
    else build(0, curves.size());
    // a big book's tick moves thousands of positions (a stress-book asset: 10,000): both cores, as
    // in compute(); a small one's stay on the caller's thread (a task costs more than they do)
    constexpr size_t kParallelTick = 4096;
    auto recompute = [&](size_t first, size_t last) {
        for (size_t i = first; i != last; ++i) recomputePosition(changes[i]);
    };
    if (changes.size() >= kParallelTick) parallelChunks<size_t>(0, changes.size(), 2048, recompute);
    else recompute(0, changes.size());
    for (const PositionChange& c : changes)
        if (c.loan >= 0) markLoan(c.loan);
    if (loans.size() >= kParallelTick / 4)
        parallelChunks<size_t>(0, loans.size(), 512, [&](size_t first, size_t last) {
            for (size_t i = first; i != last; ++i) computeLoan(loans[i]);
        });
    else
        for (int l : loans) computeLoan(l);
    for (const PositionChange& c : changes) posDirty[c.p] = 0; // all zero again for the next tick
    for (int l : loans) loanDirty[l] = 0;
    for (const PoolBefore& p : poolsBefore) poolDirty[p.p] = 0;
    // aggregates by difference; re-summed in full now and then so that rounding cannot drift. A
    // re-sum costs a pass over the book: on a book whose ticks move a hundredth of it (the stress
    // book's 10,000 of a million positions) every 256 ticks it would be a tenth of every tick, so it
    // waits until the ticks have updated 16 times the book's items (each sum then has taken at
    // most that many differences: about 2e-9 of its largest term in the worst case, 1e-12 typically)
    m_tickWorkSinceFull += changes.size() + loans.size() + poolsBefore.size();
    if (++m_ticksSinceFull >= 256 && m_tickWorkSinceFull >= 16 * (b.positions.size() + b.loans.size() + m_pools.size()))
        aggregate();
    else aggregateDelta(changes, loansBefore, poolsBefore);
}

} // namespace ballast
