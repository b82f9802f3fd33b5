#include "validate.h"

#include "fields.h"
#include "inputlimits.h"

#include <functional>
#include <unordered_set>

namespace ballast {

std::string placeOf(const Origin& origin, std::string_view field)
{
    if (origin.line > 0) return "line " + std::to_string(origin.line) + ", column " + std::string(field);
    std::string p = origin.pointer;
    if (!field.empty()) p += "/" + std::string(field);
    return p;
}

namespace {

class Checker
{
public:
    Checker(const Book& book, const std::string& file) : m_book(book), m_file(file) {}

    Issues take() { return std::move(m_issues); }

    void error(ErrorCode code, const Origin& o, std::string_view field, Msg msg, std::vector<std::string> args = {},
               bool warning = false)
    {
        m_issues.emplace_back(code, o.file.empty() ? m_file : o.file, placeOf(o, field), msg, std::move(args), warning);
    }

    bool finite(const Origin& o, std::string_view field, double v)
    {
        if (std::isnan(v) || std::isinf(v)) {
            error(ErrorCode::NotFinite, o, field, Msg::NotFinite);
            return false;
        }
        if (std::fabs(v) > limits::kMaxMagnitude) {
            error(ErrorCode::Limit, o, field, Msg::Implausible);
            return false;
        }
        return true;
    }
    void nonNegative(const Origin& o, std::string_view field, double v)
    {
        if (finite(o, field, v) && v < 0) error(ErrorCode::Negative, o, field, Msg::NegativeGot, {fmt(v)});
    }
    void positive(const Origin& o, std::string_view field, double v)
    {
        if (finite(o, field, v) && v <= 0) error(ErrorCode::OutOfRange, o, field, Msg::NotPositiveGot, {fmt(v)});
    }
    void optionalNonNegative(const Origin& o, std::string_view field, double v)
    {
        if (!std::isnan(v)) nonNegative(o, field, v);
    }
    void fraction(const Origin& o, std::string_view field, double v)
    {
        if (finite(o, field, v) && (v < 0 || v > 1))
            error(ErrorCode::OutOfRange, o, field, Msg::NotFractionGot, {fmt(v)});
    }
    void optionalFraction(const Origin& o, std::string_view field, double v)
    {
        if (!std::isnan(v)) fraction(o, field, v);
    }
    enum class Kind { Asset, Node, Link, Position, Loan, Pool };
    void ref(const Origin& o, std::string_view field, const std::string& id, int ix, Kind kind, bool required)
    {
        // one whole message per kind, so that a translation can agree with the noun
        static constexpr Msg kRequired[] = {Msg::AssetIdRequired, Msg::NodeIdRequired, Msg::LinkIdRequired,
                                            Msg::PositionIdRequired, Msg::LoanIdRequired, Msg::PoolIdRequired};
        static constexpr Msg kUnknown[] = {Msg::UnknownAsset, Msg::UnknownNode, Msg::UnknownLink, Msg::UnknownPosition,
                                           Msg::UnknownLoan, Msg::UnknownPool};
        if (id.empty()) {
            if (required) error(ErrorCode::MissingField, o, field, kRequired[static_cast<int>(kind)]);
            return;
        }
        if (ix < 0) error(ErrorCode::UnknownId, o, field, kUnknown[static_cast<int>(kind)], {id});
    }
    // an asset reference that may also name the base currency
    void assetOrBase(const Origin& o, std::string_view field, const std::string& id, int ix)
    {
        if (ix < 0 && id != m_book.meta.baseCurrency) ref(o, field, id, ix, Kind::Asset, true);
    }

    /// The rules of an entity's field table (fields.h) on its plain numbers; an unset optional
    /// (NaN, or an infinite default such as a cap) is not checked.
    template <class T>
    void plainFields(const fields::Table<T>& table, const T& t)
    {
        for (const auto& f : table) {
            if (f.check == fields::Check::None || !f.appliesTo(t) || !std::holds_alternative<double T::*>(f.member)) continue;
            const double v = t.*std::get<double T::*>(f.member), def = f.defaultNumber();
            if (!std::isfinite(def) && (v == def || (std::isnan(v) && std::isnan(def)))) continue;
            switch (f.check) {
            case fields::Check::None: break;
            case fields::Check::Finite: finite(t.origin, f.key, v); break;
            case fields::Check::NonNegative: nonNegative(t.origin, f.key, v); break;
            case fields::Check::Positive: positive(t.origin, f.key, v); break;
            case fields::Check::Fraction: fraction(t.origin, f.key, v); break;
            }
        }
    }

    /// Ids unique within a kind, from the index resolve() built (the first of each id): a book
    /// of a million links and positions is not hashed a second time. An index not built from
    /// these items (a caller that changed them since) is not trusted: then every id is hashed.
    template <class T>
    void unique(const std::vector<T>& items, const std::unordered_map<std::string, int>& index, const char* what)
    {
        auto indexed = [&](size_t i) {
            const auto it = index.find(items[i].id);
            return it != index.end() && it->second >= 0 && static_cast<size_t>(it->second) < items.size() &&
                   items[static_cast<size_t>(it->second)].id == items[i].id;
        };
        if (index.size() == items.size() &&
            (items.empty() || (indexed(0) && indexed(items.size() / 2) && indexed(items.size() - 1))))
            return; // as many distinct ids as items: none twice
        std::unordered_set<std::string> seen;
        seen.reserve(items.size() * 2);
        for (const auto& x : items)
            if (!x.id.empty() && !seen.insert(x.id).second)
                error(ErrorCode::DuplicateId, x.origin, "id", Msg::DuplicateId, {x.id, what});
    }

    static std::string fmt(double v)
    {
        char b[32];
        std::snprintf(b, sizeof b, "%g", v);
        return b;
    }

    const Book& m_book;
    const std::string& m_file;
    Issues m_issues;
};

} // namespace

namespace {

/// Every id unique within its kind.
void checkIds(Checker& c, const Book& b)
{
    c.unique(b.assets, b.assetIndex, "assets");
    c.unique(b.nodes, b.nodeIndex, "nodes");
    c.unique(b.links, b.linkIndex, "links");
    c.unique(b.pools, b.poolIndex, "pools");
    c.unique(b.positions, b.positionIndex, "positions");
    c.unique(b.loans, b.loanIndex, "loans");
    c.unique(b.derivatives, b.derivativeIndex, "derivatives");
    c.unique(b.scenarios, b.scenarioIndex, "scenarios");
}

/// settings: fractions, bounds.
void checkSettings(Checker& c, const Book& b)
{
    const Settings& s = b.settings;
    const Origin settingsOrigin{"/settings", 0, {}};
    c.fraction(settingsOrigin, "clearing/alpha", s.alpha);
    c.fraction(settingsOrigin, "clearing/beta", s.beta);
    if (s.maxRounds < 1 || s.maxRounds > 10000)
        c.error(ErrorCode::OutOfRange, settingsOrigin, "cascade/maxRounds", Msg::MaxRoundsRange);
    for (size_t i = 0; i < s.confidence.size(); ++i)
        if (!(s.confidence[i] > 0 && s.confidence[i] < 1))
            c.error(ErrorCode::OutOfRange, settingsOrigin, "stress/confidence/" + std::to_string(i), Msg::NotOpenFraction);
    c.positive(settingsOrigin, "stress/horizonDays", s.horizonDays);
    c.fraction(settingsOrigin, "inventory/staleAttestationHaircut", s.staleAttestationHaircut);
    for (const auto& [symbol, asset] : s.feedSymbols) // a live feed's names point at assets of the book
        if (b.assetIx(asset) < 0) c.error(ErrorCode::UnknownId, settingsOrigin, "feed/symbols/" + symbol, Msg::UnknownAsset, {asset});
}

/// Assets: plain fields, a price for what is not a token, what a token refers to, underlyings that end.
void checkAssets(Checker& c, const Book& b)
{
    for (const auto& a : b.assets) {
        const auto& o = a.origin;
        const bool token = a.kind == AssetKind::InventoryToken || a.kind == AssetKind::InvoiceToken;
        c.plainFields(fields::assetFields(), a);
        if (std::isnan(a.price) && !token) c.error(ErrorCode::MissingField, o, "price", Msg::KindNeedsPrice, {std::string(toString(a.kind))});
        if (a.kind == AssetKind::InventoryToken) {
            c.ref(o, "underlying", a.underlying, a.underlyingIx, Checker::Kind::Asset, true);
            c.ref(o, "location", a.location, a.locationIx, Checker::Kind::Node, false);
            c.ref(o, "shipment", a.shipment, a.shipmentIx, Checker::Kind::Link, false);
            if (a.shipmentIx >= 0 && b.links[a.shipmentIx].type != LinkType::Shipment)
                c.error(ErrorCode::Invalid, o, "shipment", Msg::NotAShipment, {a.shipment});
        }
        if (a.kind == AssetKind::InvoiceToken) {
            c.ref(o, "obligation", a.obligation, a.obligationIx, Checker::Kind::Link, true);
            if (a.obligationIx >= 0 && b.links[a.obligationIx].type != LinkType::Obligation)
                c.error(ErrorCode::Invalid, o, "obligation", Msg::NotAnObligation, {a.obligation});
            if (std::isnan(a.price) && std::isnan(a.faceValue))
                c.error(ErrorCode::MissingField, o, "faceValue", Msg::InvoiceNeedsValue);
        }
    }
    // token -> underlying chains must end (an inventory token of itself has no price)
    for (size_t i = 0; i < b.assets.size(); ++i) {
        int ix = static_cast<int>(i), steps = 0;
        while (ix >= 0 && b.assets[ix].kind == AssetKind::InventoryToken && steps <= static_cast<int>(b.assets.size()))
            ix = b.assets[ix].underlyingIx, ++steps;
        if (steps > static_cast<int>(b.assets.size()))
            c.error(ErrorCode::Cycle, b.assets[i].origin, "underlying", Msg::UnderlyingLoop);
    }
}

/// Correlations: two known assets, rho in [-1, 1].
void checkCorrelations(Checker& c, const Book& b)
{
    for (const auto& k : b.correlations) {
        c.ref(k.origin, "a", k.a, k.aIx, Checker::Kind::Asset, true);
        c.ref(k.origin, "b", k.b, k.bIx, Checker::Kind::Asset, true);
        if (c.finite(k.origin, "rho", k.rho) && (k.rho < -1 || k.rho > 1))
            c.error(ErrorCode::OutOfRange, k.origin, "rho", Msg::CorrelationRange);
    }
}

/// Nodes: plain fields, risk parameters, circuit breakers.
void checkNodes(Checker& c, const Book& b)
{
    for (const auto& n : b.nodes) {
        const auto& o = n.origin;
        c.plainFields(fields::nodeFields(), n);
        for (const auto& [asset, r] : n.riskParams) {
            const std::string f = "riskParams/" + asset;
            if (b.assetIx(asset) < 0) c.error(ErrorCode::UnknownId, o, f, Msg::UnknownAsset, {asset});
            c.optionalFraction(o, f + "/ltv", r.ltv);
            c.optionalFraction(o, f + "/liquidationThreshold", r.liquidationThreshold);
            c.optionalFraction(o, f + "/protocolFee", r.protocolFee);
            if (!std::isnan(r.liquidationBonus) && c.finite(o, f + "/liquidationBonus", r.liquidationBonus) &&
                (r.liquidationBonus < 1 || r.liquidationBonus > 2))
                c.error(ErrorCode::OutOfRange, o, f + "/liquidationBonus", Msg::BonusRange);
            if (!std::isnan(r.ltv) && !std::isnan(r.liquidationThreshold) && r.ltv > r.liquidationThreshold)
                c.error(ErrorCode::OutOfRange, o, f + "/ltv", Msg::LtvAboveThreshold, {}, true);
        }
        const auto& cb = n.circuitBreaker;
        c.optionalFraction(o, "circuitBreaker/maxDropPerRound", cb.maxDropPerRound);
        c.optionalNonNegative(o, "circuitBreaker/maxLiquidationPerRound", cb.maxLiquidationPerRound);
        c.optionalNonNegative(o, "circuitBreaker/oracleMaxJump", cb.oracleMaxJump);
        if (cb.haltRounds < 0) c.error(ErrorCode::Negative, o, "circuitBreaker/haltRounds", Msg::Negative);
    }
}

/// Links: ends, plain fields, transit, via, dates; supply cycles (a warning).
void checkLinks(Checker& c, const Book& b)
{
    for (const auto& l : b.links) {
        const auto& o = l.origin;
        c.ref(o, "from", l.from, l.fromIx, Checker::Kind::Node, true);
        c.ref(o, "to", l.to, l.toIx, Checker::Kind::Node, true);
        c.ref(o, "asset", l.asset, l.assetIx, Checker::Kind::Asset, false);
        c.plainFields(fields::linkFields(), l);
        if (!std::isnan(l.transitDays.mean)) {
            c.nonNegative(o, "transitDays/mean", l.transitDays.mean);
            c.nonNegative(o, "transitDays/std", l.transitDays.std);
        }
        for (size_t i = 0; i < l.via.size(); ++i) c.ref(o, "via/" + std::to_string(i), l.via[i], l.viaIx[i], Checker::Kind::Node, true);
        if (l.type == LinkType::Shipment && l.departed && l.eta && *l.eta < *l.departed)
            c.error(ErrorCode::OutOfRange, o, "eta", Msg::ArrivesBeforeDeparts);
        if (l.from == l.to && !l.from.empty() && l.type != LinkType::Bridge)
            c.error(ErrorCode::Cycle, o, "to", Msg::SelfLink);
    }
    // supply relations usually form tiers; real chains also loop (returns, recycling, a refiner
    // that buys back its own by-product). A cycle is reported as a warning: the layout, the flows
    // and the propagation all handle it, but the user should know the tiers are not a hierarchy.
    {
        const int n = static_cast<int>(b.nodes.size());
        std::vector<std::vector<int>> out(n);
        for (size_t i = 0; i < b.links.size(); ++i) {
            const auto& l = b.links[i];
            if (l.type == LinkType::Supply && l.fromIx >= 0 && l.toIx >= 0 && l.fromIx != l.toIx)
                out[l.fromIx].push_back(static_cast<int>(i));
        }
        std::vector<int> state(n, 0); // 0 new, 1 on stack, 2 done
        std::vector<std::pair<int, size_t>> stack;
        for (int start = 0; start < n; ++start) {
            if (state[start]) continue;
            stack.push_back({start, 0});
            state[start] = 1;
            while (!stack.empty()) {
                auto& [v, next] = stack.back();
                if (next < out[v].size()) {
                    const auto& link = b.links[out[v][next++]];
                    const int w = link.toIx;
                    if (state[w] == 1) {
                        c.error(ErrorCode::Cycle, link.origin, "to", Msg::SupplyCycle, {link.id, link.to}, true);
                    } else if (state[w] == 0) {
                        state[w] = 1;
                        stack.push_back({w, 0});
                    }
                } else {
                    state[v] = 2;
                    stack.pop_back();
                }
            }
        }
    }
}

/// Pools: venue, assets, fee, and what each model needs.
void checkPools(Checker& c, const Book& b)
{
    for (const auto& p : b.pools) {
        const auto& o = p.origin;
        c.ref(o, "venue", p.venue, p.venueIx, Checker::Kind::Node, true);
        c.ref(o, "base", p.base, p.baseIx, Checker::Kind::Asset, true);
        c.assetOrBase(o, "quote", p.quote, p.quoteIx);
        if (c.finite(o, "feeBps", p.feeBps) && (p.feeBps < 0 || p.feeBps >= 10000))
            c.error(ErrorCode::OutOfRange, o, "feeBps", Msg::FeeBpsRange);
        c.plainFields(fields::poolFields(), p);
        switch (p.model) {
        case PoolModel::ConstantProduct:
            if (p.reserveBase == 0 || p.reserveQuote == 0)
                c.error(ErrorCode::OutOfRange, o, "reserveBase", Msg::EmptyReserves, {}, true);
            break;
        case PoolModel::Concentrated:
            for (size_t i = 0; i < p.ranges.size(); ++i) {
                const auto& r = p.ranges[i];
                const std::string f = "ranges/" + std::to_string(i);
                c.positive(o, f + "/lower", r.lower);
                c.positive(o, f + "/upper", r.upper);
                c.nonNegative(o, f + "/liquidity", r.liquidity);
                if (r.lower >= r.upper) c.error(ErrorCode::OutOfRange, o, f, Msg::LowerBelowUpper);
            }
            break;
        case PoolModel::OrderBook:
            for (size_t i = 0; i < p.bids.size(); ++i) {
                c.positive(o, "bids/" + std::to_string(i) + "/0", p.bids[i].price);
                c.nonNegative(o, "bids/" + std::to_string(i) + "/1", p.bids[i].size);
            }
            for (size_t i = 0; i < p.asks.size(); ++i) {
                c.positive(o, "asks/" + std::to_string(i) + "/0", p.asks[i].price);
                c.nonNegative(o, "asks/" + std::to_string(i) + "/1", p.asks[i].size);
            }
            if (p.bids.empty() || p.asks.empty())
                c.error(ErrorCode::OutOfRange, o, p.bids.empty() ? "bids" : "asks", Msg::EmptyBookSide, {}, true);
            break;
        case PoolModel::ExponentialImpact:
            break;
        }
    }
}

/// Loans and positions: references, pledges (one loan per position, the borrower's own), risk parameters.
void checkLoansAndPositions(Checker& c, const Book& b)
{
    std::vector<int> pledgedBy(b.positions.size(), -1);
    for (size_t li = 0; li < b.loans.size(); ++li) {
        const auto& l = b.loans[li];
        const auto& o = l.origin;
        c.ref(o, "borrower", l.borrower, l.borrowerIx, Checker::Kind::Node, true);
        c.ref(o, "venue", l.venue, l.venueIx, Checker::Kind::Node, true);
        if (!l.lender.empty()) c.ref(o, "lender", l.lender, l.lenderIx, Checker::Kind::Node, true);
        c.assetOrBase(o, "debtAsset", l.debtAsset, l.debtAssetIx);
        c.plainFields(fields::loanFields(), l);
        if (l.venueIx >= 0 && !b.nodes[l.venueIx].isLendingVenue())
            c.error(ErrorCode::Invalid, o, "venue", Msg::NotALendingVenue, {l.venue, toString(b.nodes[l.venueIx].type)});
        for (size_t i = 0; i < l.collateral.size(); ++i) {
            const std::string f = "collateral/" + std::to_string(i);
            const int pix = l.collateralIx[i];
            c.ref(o, f, l.collateral[i], pix, Checker::Kind::Position, true);
            if (pix < 0) continue;
            const auto& pos = b.positions[pix];
            if (pledgedBy[pix] >= 0 && pledgedBy[pix] != static_cast<int>(li))
                c.error(ErrorCode::PledgeTwice, o, f, Msg::PledgedElsewhere, {pos.id, b.loans[pledgedBy[pix]].id});
            pledgedBy[pix] = static_cast<int>(li);
            if (pos.owner != l.borrower)
                c.error(ErrorCode::PledgeOwner, o, f, Msg::NotBorrowersPosition, {pos.id, pos.owner, l.borrower});
            if (!pos.pledgedTo.empty() && pos.pledgedTo != l.id)
                c.error(ErrorCode::PledgeTwice, o, f, Msg::PledgeDisagrees, {pos.id, pos.pledgedTo});
            if (l.venueIx >= 0 && pos.assetIx >= 0) {
                const RiskParams r = b.riskParams(l, pos.asset);
                if (std::isnan(r.liquidationThreshold) || std::isnan(r.liquidationBonus))
                    c.error(ErrorCode::MissingRiskParams, o, f, Msg::NoRiskParams, {l.venue, pos.asset});
            }
        }
        for (const auto& [asset, r] : l.riskParams) {
            const std::string f = "riskParams/" + asset;
            c.optionalFraction(o, f + "/ltv", r.ltv);
            c.optionalFraction(o, f + "/liquidationThreshold", r.liquidationThreshold);
            c.optionalFraction(o, f + "/protocolFee", r.protocolFee);
        }
    }

    for (size_t i = 0; i < b.positions.size(); ++i) {
        const auto& p = b.positions[i];
        const auto& o = p.origin;
        c.ref(o, "owner", p.owner, p.ownerIx, Checker::Kind::Node, true);
        c.ref(o, "asset", p.asset, p.assetIx, Checker::Kind::Asset, true);
        c.ref(o, "venue", p.venue, p.venueIx, Checker::Kind::Node, false);
        c.plainFields(fields::positionFields(), p);
        if (!p.pledgedTo.empty()) {
            c.ref(o, "pledgedTo", p.pledgedTo, p.loanIx, Checker::Kind::Loan, true);
            if (p.loanIx >= 0) {
                const auto& l = b.loans[p.loanIx];
                if (pledgedBy[i] < 0)
                    c.error(ErrorCode::Invalid, o, "pledgedTo", Msg::LoanOmitsPosition, {l.id, p.id});
                if (p.owner != l.borrower && pledgedBy[i] < 0)
                    c.error(ErrorCode::PledgeOwner, o, "pledgedTo", Msg::PledgedButOwned, {l.id, l.borrower, p.owner});
            }
        }
    }
}

/// Derivatives: holder, counterparty, and what each type needs.
void checkDerivatives(Checker& c, const Book& b)
{
    for (const auto& d : b.derivatives) {
        const auto& o = d.origin;
        c.ref(o, "holder", d.holder, d.holderIx, Checker::Kind::Node, true);
        c.ref(o, "counterparty", d.counterparty, d.counterpartyIx, Checker::Kind::Node, false);
        switch (d.type) {
        case DerivativeType::EuropeanCall:
        case DerivativeType::EuropeanPut:
        case DerivativeType::Future:
            c.ref(o, "underlying", d.underlying, d.underlyingIx, Checker::Kind::Asset, true);
            break;
        case DerivativeType::DeliveryDelayOption:
            c.ref(o, "shipment", d.shipment, d.shipmentIx, Checker::Kind::Link, true);
            if (d.shipmentIx >= 0 && b.links[d.shipmentIx].type != LinkType::Shipment)
                c.error(ErrorCode::Invalid, o, "shipment", Msg::NotAShipment, {d.shipment});
            break;
        case DerivativeType::ParametricCover:
            c.ref(o, "trigger/node", d.trigger.node, d.trigger.nodeIx, Checker::Kind::Node, true);
            c.nonNegative(o, "trigger/threshold", d.trigger.threshold);
            break;
        }
        c.plainFields(fields::derivativeFields(), d);
    }
}

/// Scenarios: each shock's references and numbers.
void checkScenarios(Checker& c, const Book& b)
{
    for (const auto& sc : b.scenarios) {
        for (size_t i = 0; i < sc.shocks.size(); ++i) {
            const auto& k = sc.shocks[i];
            const std::string f = "shocks/" + std::to_string(i);
            const auto& o = sc.origin;
            auto need = [&](const char* key, const std::string& id, int ix, Checker::Kind what) {
                c.ref(o, f + "/" + key, id, ix, what, true);
            };
            auto num = [&](const char* key, double v, bool required) {
                if (std::isnan(v)) {
                    if (required) c.error(ErrorCode::MissingField, o, f + "/" + key, Msg::RequiredNumber);
                    return false;
                }
                return c.finite(o, f + "/" + key, v);
            };
            switch (k.type) {
            case ShockType::Price:
                need("asset", k.asset, k.assetIx, Checker::Kind::Asset);
                if (std::isnan(k.relative) && std::isnan(k.set))
                    c.error(ErrorCode::MissingField, o, f, Msg::PriceShockNeedsValue);
                if (num("relative", k.relative, false) && k.relative < -1)
                    c.error(ErrorCode::OutOfRange, o, f + "/relative", Msg::FallOver100);
                if (num("set", k.set, false) && k.set < 0) c.error(ErrorCode::Negative, o, f + "/set", Msg::Negative);
                break;
            case ShockType::Volatility:
                need("asset", k.asset, k.assetIx, Checker::Kind::Asset);
                if (num("multiplier", k.multiplier, true) && k.multiplier < 0)
                    c.error(ErrorCode::Negative, o, f + "/multiplier", Msg::Negative);
                break;
            case ShockType::Depeg:
                need("asset", k.asset, k.assetIx, Checker::Kind::Asset);
                if (std::isnan(k.relative) && std::isnan(k.set))
                    c.error(ErrorCode::MissingField, o, f, Msg::DepegNeedsValue);
                num("relative", k.relative, false);
                num("set", k.set, false);
                break;
            case ShockType::Liquidity:
                if (k.pool.empty() && k.venue.empty())
                    c.error(ErrorCode::MissingField, o, f, Msg::LiquidityNeedsTarget);
                if (!k.pool.empty()) need("pool", k.pool, k.poolIx, Checker::Kind::Pool);
                if (!k.venue.empty()) need("venue", k.venue, k.venueIx, Checker::Kind::Node);
                if (num("drain", k.drain, true) && (k.drain < 0 || k.drain > 1))
                    c.error(ErrorCode::OutOfRange, o, f + "/drain", Msg::NotFraction);
                break;
            case ShockType::OracleStale:
                need("asset", k.asset, k.assetIx, Checker::Kind::Asset);
                if (num("hours", k.hours, true) && k.hours < 0) c.error(ErrorCode::Negative, o, f + "/hours", Msg::Negative);
                break;
            case ShockType::OracleManipulation:
                need("asset", k.asset, k.assetIx, Checker::Kind::Asset);
                if (std::isnan(k.relative) && std::isnan(k.set))
                    c.error(ErrorCode::MissingField, o, f, Msg::OracleNeedsValue);
                if (num("relative", k.relative, false) && k.relative < -1)
                    c.error(ErrorCode::OutOfRange, o, f + "/relative", Msg::FallOver100);
                break;
            case ShockType::Default: need("node", k.node, k.nodeIx, Checker::Kind::Node); break;
            case ShockType::Delay:
                if (k.node.empty() && k.shipment.empty())
                    c.error(ErrorCode::MissingField, o, f, Msg::DelayNeedsTarget);
                if (!k.node.empty()) need("node", k.node, k.nodeIx, Checker::Kind::Node);
                if (!k.shipment.empty()) need("shipment", k.shipment, k.shipmentIx, Checker::Kind::Link);
                if (num("days", k.days, true) && k.days < 0) c.error(ErrorCode::Negative, o, f + "/days", Msg::Negative);
                break;
            case ShockType::Halt:
                need("venue", k.venue, k.venueIx, Checker::Kind::Node);
                if (k.rounds < 0) c.error(ErrorCode::Negative, o, f + "/rounds", Msg::Negative);
                break;
            case ShockType::Finality:
                if (k.chain.empty()) c.error(ErrorCode::MissingField, o, f + "/chain", Msg::ChainRequired);
                if (num("seconds", k.seconds, true) && k.seconds < 0)
                    c.error(ErrorCode::Negative, o, f + "/seconds", Msg::Negative);
                break;
            case ShockType::Replay:
                need("asset", k.asset, k.assetIx, Checker::Kind::Asset);
                if (k.path.size() < 2) c.error(ErrorCode::MissingField, o, f + "/path", Msg::ReplayNeedsPoints);
                for (size_t j = 0; j < k.path.size(); ++j) {
                    if (!(k.path[j].price > 0) || std::isinf(k.path[j].price))
                        c.error(ErrorCode::OutOfRange, o, f + "/path/" + std::to_string(j), Msg::PricesPositive);
                    if (j && k.path[j].time <= k.path[j - 1].time)
                        c.error(ErrorCode::OutOfRange, o, f + "/path/" + std::to_string(j), Msg::TimesIncrease);
                }
                break;
            }
        }
    }
}

/// Price history: known assets, times ascending, prices finite.
void checkPriceHistory(Checker& c, const Book& b)
{
    for (const auto& [asset, pts] : b.priceHistory) {
        const Origin o{"/priceHistory", 0, {}};
        if (b.assetIx(asset) < 0) c.error(ErrorCode::UnknownId, o, asset, Msg::UnknownAsset, {asset});
        for (size_t j = 0; j < pts.size(); ++j) {
            const std::string f = asset + "/" + std::to_string(j);
            if (!(pts[j].price > 0) || std::isinf(pts[j].price))
                c.error(ErrorCode::OutOfRange, o, f, Msg::PricesPositive);
            if (j && pts[j].time < pts[j - 1].time) c.error(ErrorCode::OutOfRange, o, f, Msg::TimesGoBack);
        }
    }
}

} // namespace

Issues validate(const Book& b, const std::string& file)
{
    Checker c(b, file);
    checkIds(c, b);
    checkSettings(c, b);
    checkAssets(c, b);
    checkCorrelations(c, b);
    checkNodes(c, b);
    checkLinks(c, b);
    checkPools(c, b);
    checkLoansAndPositions(c, b);
    checkDerivatives(c, b);
    checkScenarios(c, b);
    checkPriceHistory(c, b);
    return c.take();
}

} // namespace ballast
