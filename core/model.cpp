#include "model.h"

#include "parallel.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace ballast {

RawJson::RawJson(const nlohmann::json& object) : m_text(std::make_shared<const std::string>(object.dump())) {}

nlohmann::json RawJson::parsed() const
{
    if (!m_text) return nlohmann::json::object();
    nlohmann::json j = nlohmann::json::parse(*m_text, nullptr, false);
    return j.is_object() ? j : nlohmann::json::object();
}
namespace {

template <class E, size_t N>
const char* name(const std::array<std::pair<E, const char*>, N>& table, E e)
{
    for (const auto& [k, v] : table)
        if (k == e) return v;
    return "";
}
template <class E, size_t N>
std::optional<E> parse(const std::array<std::pair<E, const char*>, N>& table, std::string_view s)
{
    for (const auto& [k, v] : table)
        if (s == v) return k;
    return std::nullopt;
}

constexpr std::array<std::pair<AssetKind, const char*>, 6> kAssetKinds{{
    {AssetKind::Crypto, "crypto"}, {AssetKind::Stablecoin, "stablecoin"}, {AssetKind::Commodity, "commodity"},
    {AssetKind::Fiat, "fiat"}, {AssetKind::InventoryToken, "inventory-token"},
    {AssetKind::InvoiceToken, "invoice-token"}}};
constexpr std::array<std::pair<NodeType, const char*>, 16> kNodeTypes{{
    {NodeType::Supplier, "supplier"}, {NodeType::Manufacturer, "manufacturer"}, {NodeType::Carrier, "carrier"},
    {NodeType::Port, "port"}, {NodeType::Warehouse, "warehouse"}, {NodeType::Distributor, "distributor"},
    {NodeType::Retailer, "retailer"}, {NodeType::Lender, "lender"}, {NodeType::LendingVenue, "lending-venue"},
    {NodeType::AmmVenue, "amm-venue"}, {NodeType::Exchange, "exchange"}, {NodeType::OtcDesk, "otc-desk"},
    {NodeType::Oracle, "oracle"}, {NodeType::Insurer, "insurer"}, {NodeType::Fund, "fund"},
    {NodeType::Treasury, "treasury"}}};
constexpr std::array<std::pair<LinkType, const char*>, 5> kLinkTypes{{
    {LinkType::Shipment, "shipment"}, {LinkType::Supply, "supply"}, {LinkType::Obligation, "obligation"},
    {LinkType::CreditLine, "credit-line"}, {LinkType::Bridge, "bridge"}}};
constexpr std::array<std::pair<PoolModel, const char*>, 4> kPoolModels{{
    {PoolModel::ConstantProduct, "constant-product"}, {PoolModel::Concentrated, "concentrated"},
    {PoolModel::OrderBook, "order-book"}, {PoolModel::ExponentialImpact, "exponential-impact"}}};
constexpr std::array<std::pair<DerivativeType, const char*>, 5> kDerivativeTypes{{
    {DerivativeType::EuropeanCall, "european-call"}, {DerivativeType::EuropeanPut, "european-put"},
    {DerivativeType::Future, "future"}, {DerivativeType::DeliveryDelayOption, "delivery-delay-option"},
    {DerivativeType::ParametricCover, "parametric-cover"}}};
constexpr std::array<std::pair<ShockType, const char*>, 11> kShockTypes{{
    {ShockType::Price, "price"}, {ShockType::Volatility, "volatility"}, {ShockType::Depeg, "depeg"},
    {ShockType::Liquidity, "liquidity"}, {ShockType::OracleStale, "oracle-stale"},
    {ShockType::OracleManipulation, "oracle-manipulation"}, {ShockType::Default, "default"},
    {ShockType::Delay, "delay"}, {ShockType::Halt, "halt"}, {ShockType::Finality, "finality"},
    {ShockType::Replay, "replay"}}};
constexpr std::array<std::pair<ClearingModel, const char*>, 2> kClearingModels{{
    {ClearingModel::EisenbergNoe, "eisenberg-noe"}, {ClearingModel::RogersVeraart, "rogers-veraart"}}};
constexpr std::array<std::pair<DebtRankImpact, const char*>, 2> kDebtRankImpacts{{
    {DebtRankImpact::Capped, "capped"}, {DebtRankImpact::Leverage, "leverage"}}};
constexpr std::array<std::pair<DebtRankWeights, const char*>, 2> kDebtRankWeights{{
    {DebtRankWeights::Equity, "equity"}, {DebtRankWeights::Assets, "assets"}}};

template <class T>
void indexOf(const std::vector<T>& items, std::unordered_map<std::string, int>& index)
{
    index.clear();
    index.reserve(items.size() * 2);
    for (int i = 0; i < static_cast<int>(items.size()); ++i) index.emplace(items[i].id, i);
}

} // namespace

const char* toString(AssetKind e) { return name(kAssetKinds, e); }
const char* toString(NodeType e) { return name(kNodeTypes, e); }
const char* toString(LinkType e) { return name(kLinkTypes, e); }
const char* toString(PoolModel e) { return name(kPoolModels, e); }
const char* toString(DerivativeType e) { return name(kDerivativeTypes, e); }
const char* toString(ShockType e) { return name(kShockTypes, e); }
const char* toString(ClearingModel e) { return name(kClearingModels, e); }
const char* toString(DebtRankImpact e) { return name(kDebtRankImpacts, e); }
const char* toString(DebtRankWeights e) { return name(kDebtRankWeights, e); }
std::optional<AssetKind> assetKindFromString(std::string_view s) { return parse(kAssetKinds, s); }
std::optional<NodeType> nodeTypeFromString(std::string_view s) { return parse(kNodeTypes, s); }
std::optional<LinkType> linkTypeFromString(std::string_view s) { return parse(kLinkTypes, s); }
std::optional<PoolModel> poolModelFromString(std::string_view s) { return parse(kPoolModels, s); }
std::optional<DerivativeType> derivativeTypeFromString(std::string_view s) { return parse(kDerivativeTypes, s); }
std::optional<ShockType> shockTypeFromString(std::string_view s) { return parse(kShockTypes, s); }
std::optional<ClearingModel> clearingModelFromString(std::string_view s) { return parse(kClearingModels, s); }
std::optional<DebtRankImpact> debtRankImpactFromString(std::string_view s) { return parse(kDebtRankImpacts, s); }
std::optional<DebtRankWeights> debtRankWeightsFromString(std::string_view s) { return parse(kDebtRankWeights, s); }

void Book::resolve()
{
    // A big book's indices are built side by side and its links and positions resolved on every
    // core (a million of each: 2.2 million ids hashed, 7 million looked up).
    const bool big = links.size() + positions.size() > 100000;
    parallelChunks<int>(0, 8, 1, [&](int first, int last) {
        for (int i = first; i < last; ++i) switch (i) {
            case 0: indexOf(links, linkIndex); break;
            case 1: indexOf(positions, positionIndex); break;
            case 2: indexOf(nodes, nodeIndex); break;
            case 3: indexOf(loans, loanIndex); break;
            case 4: indexOf(assets, assetIndex); break;
            case 5: indexOf(pools, poolIndex); break;
            case 6: indexOf(derivatives, derivativeIndex); break;
            default: indexOf(scenarios, scenarioIndex); break;
            }
    }, big ? 0 : 1);

    auto ix = [](const std::unordered_map<std::string, int>& m, const std::string& id) {
        if (id.empty()) return -1;
        auto it = m.find(id);
        return it == m.end() ? -1 : it->second;
    };
    for (auto& a : assets) {
        a.underlyingIx = ix(assetIndex, a.underlying);
        a.locationIx = ix(nodeIndex, a.location);
        a.shipmentIx = ix(linkIndex, a.shipment);
        a.obligationIx = ix(linkIndex, a.obligation);
    }
    for (auto& c : correlations) {
        c.aIx = ix(assetIndex, c.a);
        c.bIx = ix(assetIndex, c.b);
    }
    parallelChunks<size_t>(0, links.size(), 8192, [&](size_t first, size_t last) {
        for (size_t i = first; i < last; ++i) {
            Link& l = links[i];
            l.fromIx = ix(nodeIndex, l.from);
            l.toIx = ix(nodeIndex, l.to);
            l.assetIx = ix(assetIndex, l.asset);
            l.viaIx.clear();
            for (const auto& v : l.via) l.viaIx.push_back(ix(nodeIndex, v));
        }
    }, big ? 0 : 1);
    for (auto& p : pools) {
        p.venueIx = ix(nodeIndex, p.venue);
        p.baseIx = ix(assetIndex, p.base);
        p.quoteIx = ix(assetIndex, p.quote);
        std::sort(p.bids.begin(), p.bids.end(), [](auto& a, auto& b) { return a.price > b.price; });
        std::sort(p.asks.begin(), p.asks.end(), [](auto& a, auto& b) { return a.price < b.price; });
    }
    parallelChunks<size_t>(0, positions.size(), 8192, [&](size_t first, size_t last) {
        for (size_t i = first; i < last; ++i) {
            Position& p = positions[i];
            p.ownerIx = ix(nodeIndex, p.owner);
            p.assetIx = ix(assetIndex, p.asset);
            p.venueIx = ix(nodeIndex, p.venue);
            p.loanIx = ix(loanIndex, p.pledgedTo);
        }
    }, big ? 0 : 1);
    for (auto& l : loans) {
        l.borrowerIx = ix(nodeIndex, l.borrower);
        l.venueIx = ix(nodeIndex, l.venue);
        l.lenderIx = ix(nodeIndex, l.lender.empty() ? l.venue : l.lender);
        l.debtAssetIx = ix(assetIndex, l.debtAsset);
        l.collateralIx.clear();
        for (const auto& c : l.collateral) l.collateralIx.push_back(ix(positionIndex, c));
    }
    for (auto& d : derivatives) {
        d.holderIx = ix(nodeIndex, d.holder);
        d.counterpartyIx = ix(nodeIndex, d.counterparty);
        d.underlyingIx = ix(assetIndex, d.underlying);
        d.shipmentIx = ix(linkIndex, d.shipment);
        d.trigger.nodeIx = ix(nodeIndex, d.trigger.node);
    }
    for (auto& s : scenarios) {
        for (auto& k : s.shocks) {
            k.assetIx = ix(assetIndex, k.asset);
            k.poolIx = ix(poolIndex, k.pool);
            k.venueIx = ix(nodeIndex, k.venue);
            k.nodeIx = ix(nodeIndex, k.node);
            k.shipmentIx = ix(linkIndex, k.shipment);
        }
    }
}

RiskParams Book::riskParams(const Loan& loan, const std::string& asset) const
{
    RiskParams r;
    if (loan.venueIx >= 0) {
        const auto& venue = nodes[loan.venueIx];
        auto it = venue.riskParams.find(asset);
        if (it != venue.riskParams.end()) r = it->second;
    }
    auto it = loan.riskParams.find(asset);
    if (it != loan.riskParams.end()) {
        const RiskParams& o = it->second;
        if (!std::isnan(o.ltv)) r.ltv = o.ltv;
        if (!std::isnan(o.liquidationThreshold)) r.liquidationThreshold = o.liquidationThreshold;
        if (!std::isnan(o.liquidationBonus)) r.liquidationBonus = o.liquidationBonus;
        if (!std::isnan(o.protocolFee)) r.protocolFee = o.protocolFee;
    }
    return r;
}

std::vector<double> Book::effectiveSupplyShares() const
{
    std::vector<double> given(nodes.size(), 0.0), missing(nodes.size(), 0.0), out(links.size(), 0.0);
    for (const Link& l : links) {
        if (l.type != LinkType::Supply || l.toIx < 0) continue;
        if (std::isnan(l.share)) missing[l.toIx] += 1;
        else given[l.toIx] += l.share;
    }
    for (size_t i = 0; i < links.size(); ++i) {
        const Link& l = links[i];
        if (l.type != LinkType::Supply || l.toIx < 0) continue;
        out[i] = std::isnan(l.share) ? std::max(0.0, 1.0 - given[l.toIx]) / missing[l.toIx] : l.share;
    }
    return out;
}

} // namespace ballast
