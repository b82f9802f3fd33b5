#include "oddbook.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace ballast {

Choices Choices::seeded(std::uint64_t seed)
{
    Choices c;
    c.m_state = seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull;
    return c;
}

Choices Choices::bytes(const std::uint8_t* data, std::size_t size)
{
    Choices c;
    c.m_data = data;
    c.m_size = size;
    c.m_bytes = true;
    return c;
}

std::uint64_t Choices::next()
{
    if (m_bytes) {
        // one byte per choice: a fuzzer's mutations then map to single decisions
        return m_pos < m_size ? m_data[m_pos++] : 0;
    }
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int Choices::below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

bool Choices::chance(int percent) { return below(100) < percent; }

namespace {

constexpr Seconds kAsOf = 1795132800; // 2026-11-20T00:00:00Z

template <class T, std::size_t N>
const T& pick(Choices& c, const T (&values)[N])
{
    return c.oneOf(std::begin(values), std::end(values));
}

// boundary values, each valid where it is used
constexpr double kPrices[] = {0.0, 1e-9, 1e-4, 1.0, 1.0, 0.997, 1816.855, 9400.0, 65000.0, 1e9, 1e15};
constexpr double kQuantities[] = {0.0, 1e-9, 1e-3, 1.0, 10.0, 500.0, 1e6, 1e12};
constexpr double kAmounts[] = {0.0, 1e-6, 1.0, 14000.0, 3.2e6, 1e9, 1e14};
constexpr double kVolatilities[] = {0.0, 0.0, 1e-6, 0.22, 0.65, 5.0};
constexpr double kFractions[] = {0.0, 1e-9, 0.5, 0.83, 0.999999, 1.0};
constexpr double kEquities[] = {0.0, 0.0, 1e-6, 1.0, 4e7, 1e12};
constexpr double kDays[] = {0.0, 1e-3, 1.0, 14.0, 365.0, 3650.0};

std::string oddName(Choices& c, const std::string& id)
{
    switch (c.below(8)) {
    case 0: return {};
    case 1: return "Hafen Große Elbe — 港口 · Порт 🚢 " + id;
    case 2: return std::string(c.chance(50) ? 3800 : 300, 'W') + id; // strings are limited to 4,096 bytes
    case 3: return "\"quoted\", comma; <b>html</b> & " + id;
    case 4: {
        std::string s;
        for (int i = 0; i < 120; ++i) s += "长名称";
        return s + id;
    }
    default: return "Node " + id;
    }
}

std::string oddId(Choices& c, const char* prefix, int i)
{
    // mostly plain ids; sometimes unicode or very long ones (ids are strings up to 4,096 bytes)
    switch (c.below(10)) {
    case 0: return std::string(prefix) + "-ü-" + std::to_string(i) + "-港";
    case 1: return std::string(prefix) + std::string(200, 'x') + std::to_string(i);
    default: return std::string(prefix) + std::to_string(i);
    }
}

void setOrigin(Origin& o, const char* kind, std::size_t i) { o.pointer = std::string("/") + kind + "/" + std::to_string(i); }

} // namespace

Book generateOddBook(Choices& c, const OddBookOptions& opt)
{
    Book b;
    b.meta.name = c.chance(70) ? "Odd book" : oddName(c, "book");
    b.meta.asOf = c.chance(80) ? kAsOf : 0;
    const int mx = std::max(1, opt.maxPerKind);
    auto count = [&](int presentPercent) {
        if (!c.chance(presentPercent)) return 0;
        switch (c.below(4)) {
        case 0: return 1;
        case 1: return 2;
        default: return 1 + c.below(mx);
        }
    };

    // settings at their edges
    Settings& s = b.settings;
    s.clearingModel = c.chance(50) ? ClearingModel::EisenbergNoe : ClearingModel::RogersVeraart;
    s.alpha = pick(c, kFractions);
    s.beta = pick(c, kFractions);
    s.maxRounds = c.chance(20) ? 1 : 50;
    s.arbitrage = c.chance(70);
    s.sellSeizedCollateral = c.chance(80);
    if (c.chance(20)) s.confidence = {0.5, 0.999};
    if (c.chance(10)) s.confidence.clear();
    s.horizonDays = c.chance(20) ? 1e-3 : c.chance(20) ? 30.0 : 1.0;
    s.staleAttestationHaircut = c.chance(20) ? 1.0 : 0.0;

    // assets: plain ones first, tokens after (a token's underlying comes before it: no loops)
    const int nPlain = count(70);
    for (int i = 0; i < nPlain; ++i) {
        Asset a;
        a.id = oddId(c, "A", i);
        a.name = oddName(c, a.id);
        constexpr AssetKind kinds[] = {AssetKind::Crypto, AssetKind::Crypto, AssetKind::Stablecoin, AssetKind::Commodity, AssetKind::Fiat};
        a.kind = pick(c, kinds);
        a.price = c.chance(15) && i > 0 ? b.assets[0].price : pick(c, kPrices); // equal prices now and then
        a.volatility = pick(c, kVolatilities);
        if (c.chance(25)) a.oraclePrice = a.price * (c.chance(50) ? 0.5 : 1.0);
        if (c.chance(20)) {
            a.oracleHeartbeatSec = c.chance(50) ? 0.0 : 3600.0;
            a.oracleUpdatedAt = kAsOf - (c.chance(50) ? 0 : 86400 * 10);
        }
        b.assets.push_back(std::move(a));
    }
    const int nTokens = nPlain > 0 ? count(40) : 0;
    for (int i = 0; i < nTokens; ++i) {
        Asset a;
        a.id = oddId(c, "T", i);
        a.kind = AssetKind::InventoryToken;
        a.underlying = b.assets[c.below(static_cast<int>(b.assets.size()))].id; // plain or an earlier token
        a.unitsPerToken = c.chance(20) ? 1e-9 : c.chance(20) ? 1e6 : 1.0;
        a.decayPerDay = c.chance(30) ? pick(c, kFractions) : 0.0;
        if (c.chance(60)) a.attestedAt = kAsOf - (c.chance(50) ? 3600 : 86400 * 400);
        a.attestationMaxAgeHours = c.chance(50) ? 0.0 : 72.0;
        if (c.chance(20)) a.price = pick(c, kPrices); // a token may carry its own price
        b.assets.push_back(std::move(a));
    }

    // nodes, in a shape
    int nNodes = count(80);
    const bool huge = opt.allowHuge && c.chance(5);
    if (huge) nNodes = 10000 + c.below(2000);
    constexpr NodeType allTypes[] = {NodeType::Supplier, NodeType::Manufacturer, NodeType::Carrier, NodeType::Port, NodeType::Warehouse,
                                     NodeType::Distributor, NodeType::Retailer, NodeType::Lender, NodeType::LendingVenue,
                                     NodeType::AmmVenue, NodeType::Exchange, NodeType::OtcDesk, NodeType::Oracle, NodeType::Insurer,
                                     NodeType::Fund, NodeType::Treasury};
    const bool chainOnly = c.chance(25); // a supply chain with no finance at all
    for (int i = 0; i < nNodes; ++i) {
        Node n;
        n.id = huge ? "n" + std::to_string(i) : oddId(c, "N", i);
        n.name = huge ? n.id : oddName(c, n.id);
        n.type = chainOnly ? allTypes[c.below(7)] : pick(c, allTypes);
        n.tier = c.below(5);
        n.region = c.chance(50) ? "CL" : c.chance(50) ? "" : "中国";
        if (c.chance(40)) n.chain = c.chance(60) ? "ethereum" : "arbitrum";
        n.finalitySec = n.chain.empty() ? 0.0 : c.chance(50) ? 768.0 : 0.0;
        n.equity = pick(c, kEquities);
        n.externalAssets = pick(c, kEquities);
        n.externalLiabilities = pick(c, kEquities);
        if (c.chance(40)) n.cash = pick(c, kEquities), n.dailyCosts = pick(c, kEquities);
        n.closeFactor = pick(c, kFractions);
        n.fullCloseBelowHealthFactor = c.chance(70) ? 0.95 : c.chance(50) ? 0.0 : 2.0;
        if (c.chance(30)) {
            n.circuitBreaker.maxDropPerRound = pick(c, kFractions);
            n.circuitBreaker.haltRounds = c.below(4);
            if (c.chance(50)) n.circuitBreaker.maxLiquidationPerRound = pick(c, kAmounts);
            if (c.chance(50)) n.circuitBreaker.oracleMaxJump = pick(c, kFractions);
        }
        if (n.type == NodeType::LendingVenue && !b.assets.empty() && c.chance(60)) {
            // risk parameters for an asset nobody pledges (or for one that is)
            RiskParams r;
            r.ltv = 0.7, r.liquidationThreshold = 0.8, r.liquidationBonus = 1.05, r.protocolFee = 0.1;
            n.riskParams[b.assets[c.below(static_cast<int>(b.assets.size()))].id] = r;
        }
        b.nodes.push_back(std::move(n));
    }

    // links in one of several shapes
    const int nLinks = nNodes >= 2 ? (huge ? nNodes + nNodes / 2 : count(75) * (1 + c.below(3))) : 0;
    const int shape = c.below(5); // 0 chain, 1 star, 2 cycle, 3 disconnected pairs, 4 random
    auto linkEnds = [&](int k) -> std::pair<int, int> {
        switch (shape) {
        case 0: return {k % (nNodes - 1), k % (nNodes - 1) + 1};
        case 1: return {0, 1 + k % (nNodes - 1)};
        case 2: return {k % nNodes, (k + 1) % nNodes};
        case 3: {
            const int a = (2 * k) % nNodes;
            return {a, (a + 1) % nNodes};
        }
        default: {
            const int a = c.below(nNodes);
            int z = c.below(nNodes);
            if (z == a) z = (a + 1) % nNodes;
            return {a, z};
        }
        }
    };
    std::vector<int> shipments, obligations;
    for (int k = 0; k < nLinks; ++k) {
        Link l;
        l.id = huge ? "l" + std::to_string(k) : oddId(c, "L", k);
        const auto [from, to] = linkEnds(k);
        l.from = b.nodes[from].id;
        l.to = b.nodes[to].id;
        constexpr LinkType linkTypes[] = {LinkType::Supply, LinkType::Supply, LinkType::Shipment, LinkType::Obligation, LinkType::CreditLine,
                                          LinkType::Bridge};
        l.type = chainOnly || huge ? (c.chance(70) ? LinkType::Supply : LinkType::Shipment) : pick(c, linkTypes);
        l.share = pick(c, kFractions);
        l.leadTimeDays = pick(c, kDays);
        switch (l.type) {
        case LinkType::Shipment:
            if (!b.assets.empty() && c.chance(80)) l.asset = b.assets[c.below(static_cast<int>(b.assets.size()))].id;
            l.quantity = pick(c, kQuantities);
            if (c.chance(70)) {
                l.departed = kAsOf - 86400 * c.below(30);
                l.eta = *l.departed + static_cast<Seconds>(86400 * c.below(40)); // arrives the day it departs, sometimes
            }
            if (c.chance(50)) l.transitDays = TransitTime{pick(c, kDays), c.chance(50) ? 0.0 : 4.0};
            if (c.chance(30)) l.via.push_back(b.nodes[c.below(nNodes)].id);
            if (c.chance(20)) l.capacity = pick(c, kAmounts);
            shipments.push_back(k);
            break;
        case LinkType::Obligation:
            l.amount = pick(c, kAmounts);
            if (c.chance(50)) l.due = kAsOf + 86400 * 25;
            obligations.push_back(k);
            break;
        case LinkType::CreditLine: l.limit = pick(c, kAmounts); break;
        case LinkType::Bridge:
            l.latencySec = c.chance(50) ? 0.0 : 1200.0;
            if (c.chance(50)) l.capacity = pick(c, kAmounts);
            if (c.chance(20)) l.to = l.from; // a bridge may loop (one chain to itself)
            break;
        case LinkType::Supply:
            if (c.chance(20)) l.capacity = pick(c, kAmounts);
            break;
        }
        b.links.push_back(std::move(l));
    }

    // invoice tokens on obligations
    if (!obligations.empty() && c.chance(40)) {
        Asset a;
        a.id = oddId(c, "INV", 0);
        a.kind = AssetKind::InvoiceToken;
        a.obligation = b.links[obligations[c.below(static_cast<int>(obligations.size()))]].id;
        if (c.chance(50)) a.faceValue = pick(c, kAmounts);
        else a.price = pick(c, kPrices);
        a.discount = pick(c, kFractions);
        b.assets.push_back(std::move(a));
    }
    // inventory tokens on shipments and in warehouses
    for (auto& a : b.assets)
        if (a.kind == AssetKind::InventoryToken) {
            if (!shipments.empty() && c.chance(40)) a.shipment = b.links[shipments[c.below(static_cast<int>(shipments.size()))]].id;
            if (nNodes > 0 && c.chance(50)) a.location = b.nodes[c.below(nNodes)].id;
        }
    const int nAssets = static_cast<int>(b.assets.size());

    // venues that can hold pools and lend
    std::vector<int> lendingVenues, anyNodes;
    for (int i = 0; i < nNodes; ++i) {
        anyNodes.push_back(i);
        if (b.nodes[i].isLendingVenue()) lendingVenues.push_back(i);
    }

    // pools
    const int nPools = nAssets > 0 && nNodes > 0 && !chainOnly ? count(60) : 0;
    for (int k = 0; k < nPools; ++k) {
        Pool p;
        p.id = oddId(c, "P", k);
        p.venue = b.nodes[c.below(nNodes)].id;
        const int base = c.below(nAssets);
        p.base = b.assets[base].id;
        p.quote = c.chance(70) || nAssets < 2 ? b.meta.baseCurrency : b.assets[(base + 1 + c.below(nAssets - 1)) % nAssets].id;
        if (p.quote == p.base) p.quote = b.meta.baseCurrency;
        p.feeBps = c.chance(20) ? 0.0 : c.chance(20) ? 9999.0 : 30.0;
        constexpr PoolModel models[] = {PoolModel::ConstantProduct, PoolModel::Concentrated, PoolModel::OrderBook, PoolModel::ExponentialImpact};
        p.model = pick(c, models);
        const double mid = std::clamp(pick(c, kPrices), 1e-9, 1e12); // range bounds and asks above it stay below 1e15
        switch (p.model) {
        case PoolModel::ConstantProduct:
            p.reserveBase = pick(c, kQuantities);
            p.reserveQuote = c.chance(50) ? std::min(p.reserveBase * mid, 1e15) : pick(c, kQuantities);
            break;
        case PoolModel::Concentrated: {
            p.price = mid;
            const int ranges = c.below(4); // none at all, sometimes
            for (int r = 0; r < ranges; ++r) {
                const double lo = mid * (c.chance(30) ? 1.5 : 0.5 + 0.1 * r), hi = lo * (c.chance(20) ? 1.000001 : 3.0);
                p.ranges.push_back({lo, hi, c.chance(20) ? 0.0 : pick(c, kQuantities)});
            }
            break;
        }
        case PoolModel::OrderBook: {
            const int bids = c.below(4), asks = c.below(4); // empty sides, sometimes
            for (int i = 0; i < bids; ++i) p.bids.push_back({mid * (1 - 0.01 * i), c.chance(20) ? 0.0 : pick(c, kQuantities)});
            for (int i = 0; i < asks; ++i) p.asks.push_back({mid * (1 + 0.01 * (i + 1)), pick(c, kQuantities)});
            break;
        }
        case PoolModel::ExponentialImpact:
            p.price = mid;
            p.impact = c.chance(20) ? 0.0 : 1.0;
            p.marketSize = c.chance(20) ? 1e-9 : pick(c, kQuantities) + 1.0;
            break;
        }
        if (c.chance(30)) p.utilisation = pick(c, kFractions);
        b.pools.push_back(std::move(p));
    }

    // positions
    int nPositions = nAssets > 0 && nNodes > 0 ? count(65) * (1 + c.below(3)) : 0;
    const bool bigLoan = opt.allowHuge && nPositions > 0 && !lendingVenues.empty() && c.chance(10);
    if (bigLoan) nPositions += 500;
    for (int k = 0; k < nPositions; ++k) {
        Position p;
        p.id = oddId(c, "POS", k);
        p.owner = b.nodes[bigLoan && k >= nPositions - 500 ? 0 : c.below(nNodes)].id;
        p.asset = b.assets[c.below(nAssets)].id;
        p.quantity = pick(c, kQuantities);
        if (c.chance(30)) p.venue = b.nodes[c.below(nNodes)].id;
        b.positions.push_back(std::move(p));
    }

    // loans: collateral is the borrower's unpledged positions; the venue gets risk parameters for it
    const int nLoans = !lendingVenues.empty() && nNodes > 0 ? (bigLoan ? 1 : count(55)) : 0;
    std::vector<char> pledged(b.positions.size(), 0);
    for (int k = 0; k < nLoans; ++k) {
        Loan l;
        l.id = oddId(c, "LOAN", k);
        const int venue = lendingVenues[c.below(static_cast<int>(lendingVenues.size()))];
        l.venue = b.nodes[venue].id;
        if (c.chance(50)) l.lender = l.venue;
        const int borrower = bigLoan ? 0 : c.below(nNodes);
        l.borrower = b.nodes[borrower].id;
        l.debtAsset = c.chance(70) || nAssets == 0 ? b.meta.baseCurrency : b.assets[c.below(nAssets)].id;
        l.debt = pick(c, kAmounts);
        const int wanted = bigLoan ? 500 : c.below(4);
        for (std::size_t p = 0; p < b.positions.size() && static_cast<int>(l.collateral.size()) < wanted; ++p) {
            if (pledged[p] || b.positions[p].owner != l.borrower || (!bigLoan && !c.chance(70))) continue;
            pledged[p] = 1;
            b.positions[p].pledgedTo = l.id;
            l.collateral.push_back(b.positions[p].id);
            RiskParams& r = b.nodes[venue].riskParams[b.positions[p].asset];
            if (std::isnan(r.liquidationThreshold)) {
                r.liquidationThreshold = c.chance(10) ? 0.0 : c.chance(10) ? 1.0 : 0.83;
                r.ltv = std::min(r.liquidationThreshold, 0.8);
                r.liquidationBonus = c.chance(10) ? 1.0 : c.chance(10) ? 2.0 : 1.05;
                r.protocolFee = pick(c, kFractions);
            }
        }
        if (c.chance(15) && !l.collateral.empty()) { // a loan-level override of one key
            RiskParams over;
            over.liquidationThreshold = 0.5;
            l.riskParams[b.positions[b.positions.size() - 1].asset] = over;
        }
        b.loans.push_back(std::move(l));
    }

    // derivatives
    const int nDerivatives = nNodes > 0 && !chainOnly ? count(35) : 0;
    for (int k = 0; k < nDerivatives; ++k) {
        Derivative d;
        d.id = oddId(c, "D", k);
        d.holder = b.nodes[c.below(nNodes)].id;
        if (c.chance(70)) d.counterparty = b.nodes[c.below(nNodes)].id;
        const int kind = c.below(5);
        d.quantity = pick(c, kQuantities);
        if (kind <= 2 && nAssets > 0) {
            constexpr DerivativeType t[] = {DerivativeType::EuropeanCall, DerivativeType::EuropeanPut, DerivativeType::Future};
            d.type = t[kind];
            d.underlying = b.assets[c.below(nAssets)].id;
            d.strike = pick(c, kPrices);
            d.years = c.chance(25) ? 0.0 : c.chance(25) ? 1e-9 : 0.5; // at and just before expiry
            d.volatility = c.chance(30) ? 0.0 : c.chance(30) ? kNaN : 0.4;
            d.rate = c.chance(50) ? 0.04 : -0.01;
            d.onFuture = c.chance(30);
        } else if (kind == 3 && !shipments.empty()) {
            d.type = DerivativeType::DeliveryDelayOption;
            d.shipment = b.links[shipments[c.below(static_cast<int>(shipments.size()))]].id;
            d.thresholdDays = pick(c, kDays);
            d.payoutPerDay = pick(c, kAmounts);
            d.cap = c.chance(30) ? kInf : pick(c, kAmounts);
        } else {
            d.type = DerivativeType::ParametricCover;
            d.trigger.node = b.nodes[c.below(nNodes)].id;
            d.trigger.threshold = pick(c, kDays);
            d.payout = pick(c, kAmounts);
        }
        b.derivatives.push_back(std::move(d));
    }

    // correlations and price history
    if (nAssets >= 2 && c.chance(40))
        for (int k = 0; k < 1 + c.below(3); ++k) {
            Correlation r;
            r.a = b.assets[c.below(nAssets)].id;
            r.b = b.assets[c.below(nAssets)].id;
            constexpr double rhos[] = {-1.0, -0.5, 0.0, 0.8, 0.99, 1.0};
            r.rho = pick(c, rhos);
            b.correlations.push_back(std::move(r));
        }
    if (nAssets > 0 && c.chance(30)) {
        auto& pts = b.priceHistory[b.assets[c.below(nAssets)].id];
        const int n = c.chance(30) ? 1 : 2 + c.below(40);
        for (int i = 0; i < n; ++i) pts.push_back({kAsOf - 86400 * (n - i), c.chance(20) ? 1.0 : 1.0 + 0.01 * (i % 7)});
    }

    // scenarios: none, empty ones, and every shock type on valid targets
    const int nScenarios = count(60);
    for (int k = 0; k < nScenarios; ++k) {
        Scenario sc;
        sc.id = oddId(c, "S", k);
        sc.name = c.chance(30) ? std::string() : oddName(c, sc.id);
        const int shocks = c.below(6);
        for (int j = 0; j < shocks; ++j) {
            Shock sh;
            constexpr ShockType types[] = {ShockType::Price, ShockType::Volatility, ShockType::Depeg, ShockType::Liquidity, ShockType::OracleStale,
                                           ShockType::OracleManipulation, ShockType::Default, ShockType::Delay, ShockType::Halt,
                                           ShockType::Finality, ShockType::Replay};
            sh.type = pick(c, types);
            const bool needsAsset = sh.type == ShockType::Price || sh.type == ShockType::Volatility || sh.type == ShockType::Depeg ||
                                    sh.type == ShockType::OracleStale || sh.type == ShockType::OracleManipulation ||
                                    sh.type == ShockType::Replay;
            const bool needsNode = sh.type == ShockType::Default || sh.type == ShockType::Delay || sh.type == ShockType::Halt ||
                                   sh.type == ShockType::Liquidity;
            if ((needsAsset && nAssets == 0) || (needsNode && nNodes == 0)) continue;
            if (needsAsset) sh.asset = b.assets[c.below(nAssets)].id;
            if (needsNode) sh.node = b.nodes[c.below(nNodes)].id;
            constexpr double relatives[] = {-1.0, -0.99, -0.43, 0.0, 1e-12, 4.0};
            switch (sh.type) {
            case ShockType::Price:
            case ShockType::OracleManipulation:
                if (c.chance(70)) sh.relative = pick(c, relatives);
                else sh.set = pick(c, kPrices);
                break;
            case ShockType::Volatility: sh.multiplier = c.chance(20) ? 0.0 : 2.0; break;
            case ShockType::Depeg: sh.set = c.chance(50) ? 0.0 : 0.88; break;
            case ShockType::Liquidity:
                sh.venue = sh.node, sh.node.clear();
                if (!b.pools.empty() && c.chance(40)) sh.venue.clear(), sh.pool = b.pools[c.below(static_cast<int>(b.pools.size()))].id;
                sh.drain = pick(c, kFractions);
                break;
            case ShockType::OracleStale: sh.hours = c.chance(30) ? 0.0 : 48.0; break;
            case ShockType::Default: break;
            case ShockType::Delay:
                if (!shipments.empty() && c.chance(40)) sh.node.clear(), sh.shipment = b.links[shipments[c.below(static_cast<int>(shipments.size()))]].id;
                sh.days = pick(c, kDays);
                break;
            case ShockType::Halt:
                sh.venue = sh.node, sh.node.clear();
                sh.rounds = c.below(4);
                break;
            case ShockType::Finality:
                sh.chain = c.chance(70) ? "ethereum" : "no-such-chain";
                sh.seconds = c.chance(50) ? 0.0 : 1800.0;
                break;
            case ShockType::Replay: {
                const int n = 2 + c.below(5);
                for (int i = 0; i < n; ++i) sh.path.push_back({kAsOf + 3600 * i, c.chance(20) ? 1e-9 : 100.0 * (1 + 0.3 * ((i * 7) % 3 - 1))});
                break;
            }
            }
            sc.shocks.push_back(std::move(sh));
        }
        b.scenarios.push_back(std::move(sc));
    }

    auto origins = [](auto& items, const char* kind) {
        for (std::size_t i = 0; i < items.size(); ++i) setOrigin(items[i].origin, kind, i);
    };
    origins(b.assets, "assets");
    origins(b.nodes, "nodes");
    origins(b.links, "links");
    origins(b.pools, "pools");
    origins(b.positions, "positions");
    origins(b.loans, "loans");
    origins(b.derivatives, "derivatives");
    origins(b.scenarios, "scenarios");
    origins(b.correlations, "correlations");
    b.resolve();
    return b;
}

std::string describeBook(const Book& b)
{
    return std::to_string(b.assets.size()) + " assets, " + std::to_string(b.nodes.size()) + " nodes, " +
           std::to_string(b.links.size()) + " links, " + std::to_string(b.pools.size()) + " pools, " +
           std::to_string(b.positions.size()) + " positions, " + std::to_string(b.loans.size()) + " loans, " +
           std::to_string(b.derivatives.size()) + " derivatives, " + std::to_string(b.scenarios.size()) + " scenarios";
}

} // namespace ballast
