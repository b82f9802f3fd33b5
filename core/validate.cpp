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

    void error(ErrorCode code, const Origin& o, std::string_view field, std::string msg, bool warning = false)
    {
        m_issues.push_back(Issue{code, o.file.empty() ? m_file : o.file, placeOf(o, field), std::move(msg), warning});
    }

    bool finite(const Origin& o, std::string_view field, double v)
    {
        if (std::isnan(v) || std::isinf(v)) {
            error(ErrorCode::NotFinite, o, field, "must be a finite number");
            return false;
        }
        if (std::fabs(v) > limits::kMaxMagnitude) {
            error(ErrorCode::Limit, o, field, "magnitude above 1e15 is not a plausible amount");
            return false;
        }
        return true;
    }
    void nonNegative(const Origin& o, std::string_view field, double v)
    {
        if (finite(o, field, v) && v < 0) error(ErrorCode::Negative, o, field, "must not be negative (got " + fmt(v) + ")");
    }
    void positive(const Origin& o, std::string_view field, double v)
    {
        if (finite(o, field, v) && v <= 0) error(ErrorCode::OutOfRange, o, field, "must be greater than zero (got " + fmt(v) + ")");
    }
    void optionalNonNegative(const Origin& o, std::string_view field, double v)
    {
        if (!std::isnan(v)) nonNegative(o, field, v);
    }
    void fraction(const Origin& o, std::string_view field, double v)
    {
        if (finite(o, field, v) && (v < 0 || v > 1))
            error(ErrorCode::OutOfRange, o, field, "must be a fraction in [0, 1] (got " + fmt(v) + ")");
    }
    void optionalFraction(const Origin& o, std::string_view field, double v)
    {
        if (!std::isnan(v)) fraction(o, field, v);
    }
    void ref(const Origin& o, std::string_view field, const std::string& id, int ix, const char* what, bool required)
    {
        if (id.empty()) {
            if (required) error(ErrorCode::MissingField, o, field, std::string("a ") + what + " id is required");
            return;
        }
        if (ix < 0) error(ErrorCode::UnknownId, o, field, std::string("unknown ") + what + " '" + id + "'");
    }
    // an asset reference that may also name the base currency
    void assetOrBase(const Origin& o, std::string_view field, const std::string& id, int ix)
    {
        if (ix < 0 && id != m_book.meta.baseCurrency) ref(o, field, id, ix, "asset", true);
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

    template <class T>
    void unique(const std::vector<T>& items, const char* what)
    {
        std::unordered_set<std::string> seen;
        seen.reserve(items.size() * 2);
        for (const auto& x : items)
            if (!x.id.empty() && !seen.insert(x.id).second)
                error(ErrorCode::DuplicateId, x.origin, "id", std::string("duplicate ") + what + " id '" + x.id + "'");
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
    c.unique(b.assets, "asset");
    c.unique(b.nodes, "node");
    c.unique(b.links, "link");
    c.unique(b.pools, "pool");
    c.unique(b.positions, "position");
    c.unique(b.loans, "loan");
    c.unique(b.derivatives, "derivative");
    c.unique(b.scenarios, "scenario");
}

/// settings: fractions, bounds.
void checkSettings(Checker& c, const Book& b)
{
    const Settings& s = b.settings;
    const Origin settingsOrigin{"/settings", 0, {}};
    c.fraction(settingsOrigin, "clearing/alpha", s.alpha);
    c.fraction(settingsOrigin, "clearing/beta", s.beta);
    if (s.maxRounds < 1 || s.maxRounds > 10000)
        c.error(ErrorCode::OutOfRange, settingsOrigin, "cascade/maxRounds", "must be between 1 and 10000");
    for (size_t i = 0; i < s.confidence.size(); ++i)
        if (!(s.confidence[i] > 0 && s.confidence[i] < 1))
            c.error(ErrorCode::OutOfRange, settingsOrigin, "stress/confidence/" + std::to_string(i), "must be in (0, 1)");
    c.positive(settingsOrigin, "stress/horizonDays", s.horizonDays);
    c.fraction(settingsOrigin, "inventory/staleAttestationHaircut", s.staleAttestationHaircut);
}

/// Assets: plain fields, a price for what is not a token, what a token refers to, underlyings that end.
void checkAssets(Checker& c, const Book& b)
{
    for (const auto& a : b.assets) {
        const auto& o = a.origin;
        const bool token = a.kind == AssetKind::InventoryToken || a.kind == AssetKind::InvoiceToken;
        c.plainFields(fields::assetFields(), a);
        if (std::isnan(a.price) && !token) c.error(ErrorCode::MissingField, o, "price", "a " + std::string(toString(a.kind)) + " needs a price");
        if (a.kind == AssetKind::InventoryToken) {
            c.ref(o, "underlying", a.underlying, a.underlyingIx, "asset", true);
            c.ref(o, "location", a.location, a.locationIx, "node", false);
            c.ref(o, "shipment", a.shipment, a.shipmentIx, "link", false);
            if (a.shipmentIx >= 0 && b.links[a.shipmentIx].type != LinkType::Shipment)
                c.error(ErrorCode::Invalid, o, "shipment", "'" + a.shipment + "' is not a shipment");
        }
        if (a.kind == AssetKind::InvoiceToken) {
            c.ref(o, "obligation", a.obligation, a.obligationIx, "link", true);
            if (a.obligationIx >= 0 && b.links[a.obligationIx].type != LinkType::Obligation)
                c.error(ErrorCode::Invalid, o, "obligation", "'" + a.obligation + "' is not an obligation");
            if (std::isnan(a.price) && std::isnan(a.faceValue))
                c.error(ErrorCode::MissingField, o, "faceValue", "an invoice token needs a price or a faceValue");
        }
    }
    // token -> underlying chains must end (an inventory token of itself has no price)
    for (size_t i = 0; i < b.assets.size(); ++i) {
        int ix = static_cast<int>(i), steps = 0;
        while (ix >= 0 && b.assets[ix].kind == AssetKind::InventoryToken && steps <= static_cast<int>(b.assets.size()))
            ix = b.assets[ix].underlyingIx, ++steps;
        if (steps > static_cast<int>(b.assets.size()))
            c.error(ErrorCode::Cycle, b.assets[i].origin, "underlying", "the chain of underlyings loops back on itself");
    }
}

/// Correlations: two known assets, rho in [-1, 1].
void checkCorrelations(Checker& c, const Book& b)
{
    for (const auto& k : b.correlations) {
        c.ref(k.origin, "a", k.a, k.aIx, "asset", true);
        c.ref(k.origin, "b", k.b, k.bIx, "asset", true);
        if (c.finite(k.origin, "rho", k.rho) && (k.rho < -1 || k.rho > 1))
            c.error(ErrorCode::OutOfRange, k.origin, "rho", "a correlation must be in [-1, 1]");
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
            if (b.assetIx(asset) < 0) c.error(ErrorCode::UnknownId, o, f, "unknown asset '" + asset + "'");
            c.optionalFraction(o, f + "/ltv", r.ltv);
            c.optionalFraction(o, f + "/liquidationThreshold", r.liquidationThreshold);
            c.optionalFraction(o, f + "/protocolFee", r.protocolFee);
            if (!std::isnan(r.liquidationBonus) && c.finite(o, f + "/liquidationBonus", r.liquidationBonus) &&
                (r.liquidationBonus < 1 || r.liquidationBonus > 2))
                c.error(ErrorCode::OutOfRange, o, f + "/liquidationBonus",
                        "a liquidation bonus is a multiplier in [1, 2] (1.05 = 5% bonus)");
            if (!std::isnan(r.ltv) && !std::isnan(r.liquidationThreshold) && r.ltv > r.liquidationThreshold)
                c.error(ErrorCode::OutOfRange, o, f + "/ltv", "LTV above the liquidation threshold", true);
        }
        const auto& cb = n.circuitBreaker;
        c.optionalFraction(o, "circuitBreaker/maxDropPerRound", cb.maxDropPerRound);
        c.optionalNonNegative(o, "circuitBreaker/maxLiquidationPerRound", cb.maxLiquidationPerRound);
        c.optionalNonNegative(o, "circuitBreaker/oracleMaxJump", cb.oracleMaxJump);
        if (cb.haltRounds < 0) c.error(ErrorCode::Negative, o, "circuitBreaker/haltRounds", "must not be negative");
    }
}

/// Links: ends, plain fields, transit, via, dates; supply cycles (a warning).
void checkLinks(Checker& c, const Book& b)
{
    for (const auto& l : b.links) {
        const auto& o = l.origin;
        c.ref(o, "from", l.from, l.fromIx, "node", true);
        c.ref(o, "to", l.to, l.toIx, "node", true);
        c.ref(o, "asset", l.asset, l.assetIx, "asset", false);
        c.plainFields(fields::linkFields(), l);
        if (!std::isnan(l.transitDays.mean)) {
            c.nonNegative(o, "transitDays/mean", l.transitDays.mean);
            c.nonNegative(o, "transitDays/std", l.transitDays.std);
        }
        for (size_t i = 0; i < l.via.size(); ++i) c.ref(o, "via/" + std::to_string(i), l.via[i], l.viaIx[i], "node", true);
        if (l.type == LinkType::Shipment && l.departed && l.eta && *l.eta < *l.departed)
            c.error(ErrorCode::OutOfRange, o, "eta", "arrives before it departs");
        if (l.from == l.to && !l.from.empty() && l.type != LinkType::Bridge)
            c.error(ErrorCode::Cycle, o, "to", "a link from a node to itself");
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
                        c.error(ErrorCode::Cycle, link.origin, "to",
                                "supply link '" + link.id + "' closes a cycle back to '" + link.to +
                                    "' (allowed; tiers then follow the longest path without a repeat)",
                                true);
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
        c.ref(o, "venue", p.venue, p.venueIx, "node", true);
        c.ref(o, "base", p.base, p.baseIx, "asset", true);
        c.assetOrBase(o, "quote", p.quote, p.quoteIx);
        if (c.finite(o, "feeBps", p.feeBps) && (p.feeBps < 0 || p.feeBps >= 10000))
            c.error(ErrorCode::OutOfRange, o, "feeBps", "a fee in basis points must be in [0, 10000)");
        c.plainFields(fields::poolFields(), p);
        switch (p.model) {
        case PoolModel::ConstantProduct:
            if (p.reserveBase == 0 || p.reserveQuote == 0)
                c.error(ErrorCode::OutOfRange, o, "reserveBase", "empty reserves: the pool cannot trade", true);
            break;
        case PoolModel::Concentrated:
            for (size_t i = 0; i < p.ranges.size(); ++i) {
                const auto& r = p.ranges[i];
                const std::string f = "ranges/" + std::to_string(i);
                c.positive(o, f + "/lower", r.lower);
                c.positive(o, f + "/upper", r.upper);
                c.nonNegative(o, f + "/liquidity", r.liquidity);
                if (r.lower >= r.upper) c.error(ErrorCode::OutOfRange, o, f, "lower must be below upper");
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
                c.error(ErrorCode::OutOfRange, o, p.bids.empty() ? "bids" : "asks", "an empty book side", true);
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
        c.ref(o, "borrower", l.borrower, l.borrowerIx, "node", true);
        c.ref(o, "venue", l.venue, l.venueIx, "node", true);
        if (!l.lender.empty()) c.ref(o, "lender", l.lender, l.lenderIx, "node", true);
        c.assetOrBase(o, "debtAsset", l.debtAsset, l.debtAssetIx);
        c.plainFields(fields::loanFields(), l);
        if (l.venueIx >= 0 && !b.nodes[l.venueIx].isLendingVenue())
            c.error(ErrorCode::Invalid, o, "venue", "'" + l.venue + "' is a " + toString(b.nodes[l.venueIx].type) + ", not a lending venue or lender");
        for (size_t i = 0; i < l.collateral.size(); ++i) {
            const std::string f = "collateral/" + std::to_string(i);
            const int pix = l.collateralIx[i];
            c.ref(o, f, l.collateral[i], pix, "position", true);
            if (pix < 0) continue;
            const auto& pos = b.positions[pix];
            if (pledgedBy[pix] >= 0 && pledgedBy[pix] != static_cast<int>(li))
                c.error(ErrorCode::PledgeTwice, o, f,
                        "position '" + pos.id + "' is already pledged to loan '" + b.loans[pledgedBy[pix]].id + "'");
            pledgedBy[pix] = static_cast<int>(li);
            if (pos.owner != l.borrower)
                c.error(ErrorCode::PledgeOwner, o, f,
                        "position '" + pos.id + "' belongs to '" + pos.owner + "', not to the borrower '" + l.borrower + "'");
            if (!pos.pledgedTo.empty() && pos.pledgedTo != l.id)
                c.error(ErrorCode::PledgeTwice, o, f,
                        "position '" + pos.id + "' says it is pledged to '" + pos.pledgedTo + "'");
            if (l.venueIx >= 0 && pos.assetIx >= 0) {
                const RiskParams r = b.riskParams(l, pos.asset);
                if (std::isnan(r.liquidationThreshold) || std::isnan(r.liquidationBonus))
                    c.error(ErrorCode::MissingRiskParams, o, f,
                            "venue '" + l.venue + "' has no risk parameters (liquidationThreshold, liquidationBonus) for '" +
                                pos.asset + "'");
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
        c.ref(o, "owner", p.owner, p.ownerIx, "node", true);
        c.ref(o, "asset", p.asset, p.assetIx, "asset", true);
        c.ref(o, "venue", p.venue, p.venueIx, "node", false);
        c.plainFields(fields::positionFields(), p);
        if (!p.pledgedTo.empty()) {
            c.ref(o, "pledgedTo", p.pledgedTo, p.loanIx, "loan", true);
            if (p.loanIx >= 0) {
                const auto& l = b.loans[p.loanIx];
                if (pledgedBy[i] < 0)
                    c.error(ErrorCode::Invalid, o, "pledgedTo",
                            "loan '" + l.id + "' does not list position '" + p.id + "' as collateral");
                if (p.owner != l.borrower && pledgedBy[i] < 0)
                    c.error(ErrorCode::PledgeOwner, o, "pledgedTo",
                            "pledged to loan '" + l.id + "' of '" + l.borrower + "' but owned by '" + p.owner + "'");
            }
        }
    }
}

/// Derivatives: holder, counterparty, and what each type needs.
void checkDerivatives(Checker& c, const Book& b)
{
    for (const auto& d : b.derivatives) {
        const auto& o = d.origin;
        c.ref(o, "holder", d.holder, d.holderIx, "node", true);
        c.ref(o, "counterparty", d.counterparty, d.counterpartyIx, "node", false);
        switch (d.type) {
        case DerivativeType::EuropeanCall:
        case DerivativeType::EuropeanPut:
        case DerivativeType::Future:
            c.ref(o, "underlying", d.underlying, d.underlyingIx, "asset", true);
            break;
        case DerivativeType::DeliveryDelayOption:
            c.ref(o, "shipment", d.shipment, d.shipmentIx, "link", true);
            if (d.shipmentIx >= 0 && b.links[d.shipmentIx].type != LinkType::Shipment)
                c.error(ErrorCode::Invalid, o, "shipment", "'" + d.shipment + "' is not a shipment");
            break;
        case DerivativeType::ParametricCover:
            c.ref(o, "trigger/node", d.trigger.node, d.trigger.nodeIx, "node", true);
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
            auto need = [&](const char* key, const std::string& id, int ix, const char* what) {
                c.ref(o, f + "/" + key, id, ix, what, true);
            };
            auto num = [&](const char* key, double v, bool required) {
                if (std::isnan(v)) {
                    if (required) c.error(ErrorCode::MissingField, o, f + "/" + key, "required number is missing");
                    return false;
                }
                return c.finite(o, f + "/" + key, v);
            };
            switch (k.type) {
            case ShockType::Price:
                need("asset", k.asset, k.assetIx, "asset");
                if (std::isnan(k.relative) && std::isnan(k.set))
                    c.error(ErrorCode::MissingField, o, f, "a price shock needs 'relative' or 'set'");
                if (num("relative", k.relative, false) && k.relative < -1)
                    c.error(ErrorCode::OutOfRange, o, f + "/relative", "a price cannot fall more than 100%");
                if (num("set", k.set, false) && k.set < 0) c.error(ErrorCode::Negative, o, f + "/set", "must not be negative");
                break;
            case ShockType::Volatility:
                need("asset", k.asset, k.assetIx, "asset");
                if (num("multiplier", k.multiplier, true) && k.multiplier < 0)
                    c.error(ErrorCode::Negative, o, f + "/multiplier", "must not be negative");
                break;
            case ShockType::Depeg:
                need("asset", k.asset, k.assetIx, "asset");
                if (std::isnan(k.relative) && std::isnan(k.set))
                    c.error(ErrorCode::MissingField, o, f, "a depeg needs 'relative' or 'set'");
                num("relative", k.relative, false);
                num("set", k.set, false);
                break;
            case ShockType::Liquidity:
                if (k.pool.empty() && k.venue.empty())
                    c.error(ErrorCode::MissingField, o, f, "a liquidity shock names a 'pool' or a 'venue'");
                if (!k.pool.empty()) need("pool", k.pool, k.poolIx, "pool");
                if (!k.venue.empty()) need("venue", k.venue, k.venueIx, "node");
                if (num("drain", k.drain, true) && (k.drain < 0 || k.drain > 1))
                    c.error(ErrorCode::OutOfRange, o, f + "/drain", "must be a fraction in [0, 1]");
                break;
            case ShockType::OracleStale:
                need("asset", k.asset, k.assetIx, "asset");
                if (num("hours", k.hours, true) && k.hours < 0) c.error(ErrorCode::Negative, o, f + "/hours", "must not be negative");
                break;
            case ShockType::OracleManipulation:
                need("asset", k.asset, k.assetIx, "asset");
                if (std::isnan(k.relative) && std::isnan(k.set))
                    c.error(ErrorCode::MissingField, o, f, "an oracle manipulation needs 'relative' or 'set'");
                if (num("relative", k.relative, false) && k.relative < -1)
                    c.error(ErrorCode::OutOfRange, o, f + "/relative", "a price cannot fall more than 100%");
                break;
            case ShockType::Default: need("node", k.node, k.nodeIx, "node"); break;
            case ShockType::Delay:
                if (k.node.empty() && k.shipment.empty())
                    c.error(ErrorCode::MissingField, o, f, "a delay names a 'node' (every shipment through it) or a 'shipment'");
                if (!k.node.empty()) need("node", k.node, k.nodeIx, "node");
                if (!k.shipment.empty()) need("shipment", k.shipment, k.shipmentIx, "link");
                if (num("days", k.days, true) && k.days < 0) c.error(ErrorCode::Negative, o, f + "/days", "must not be negative");
                break;
            case ShockType::Halt:
                need("venue", k.venue, k.venueIx, "node");
                if (k.rounds < 0) c.error(ErrorCode::Negative, o, f + "/rounds", "must not be negative");
                break;
            case ShockType::Finality:
                if (k.chain.empty()) c.error(ErrorCode::MissingField, o, f + "/chain", "a chain is required");
                if (num("seconds", k.seconds, true) && k.seconds < 0)
                    c.error(ErrorCode::Negative, o, f + "/seconds", "must not be negative");
                break;
            case ShockType::Replay:
                need("asset", k.asset, k.assetIx, "asset");
                if (k.path.size() < 2) c.error(ErrorCode::MissingField, o, f + "/path", "a replay needs two or more points");
                for (size_t j = 0; j < k.path.size(); ++j) {
                    if (!(k.path[j].price > 0) || std::isinf(k.path[j].price))
                        c.error(ErrorCode::OutOfRange, o, f + "/path/" + std::to_string(j), "prices must be positive and finite");
                    if (j && k.path[j].time <= k.path[j - 1].time)
                        c.error(ErrorCode::OutOfRange, o, f + "/path/" + std::to_string(j), "times must increase");
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
        if (b.assetIx(asset) < 0) c.error(ErrorCode::UnknownId, o, asset, "unknown asset '" + asset + "'");
        for (size_t j = 0; j < pts.size(); ++j) {
            const std::string f = asset + "/" + std::to_string(j);
            if (!(pts[j].price > 0) || std::isinf(pts[j].price))
                c.error(ErrorCode::OutOfRange, o, f, "prices must be positive and finite");
            if (j && pts[j].time < pts[j - 1].time) c.error(ErrorCode::OutOfRange, o, f, "times must not go back");
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
