#include "generate.h"

#include "hugepages.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ballast {
namespace {

// SplitMix64: tiny, fast, and the same numbers on every platform (unlike std distributions).
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_s(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    double lognormal(double mu, double sigma)
    {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::exp(mu + sigma * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2));
    }

private:
    std::uint64_t m_s;
};

std::string idx(const char* prefix, int i) { return std::string(prefix) + std::to_string(i); }

} // namespace

GenerateOptions GenerateOptions::desk()
{
    GenerateOptions o;
    o.nodes = 2000, o.links = 10000, o.positions = 50000, o.loans = 5000, o.venues = 40, o.assets = 100;
    o.name = "Desk book (generated)";
    return o;
}

GenerateOptions GenerateOptions::stress()
{
    GenerateOptions o;
    o.nodes = 100000, o.links = 1000000, o.positions = 1000000, o.loans = 100000, o.venues = 40, o.assets = 100;
    o.name = "Stress book (generated)";
    return o;
}

Book generateBook(const GenerateOptions& opt)
{
    Rng rng(opt.seed);
    Book b;
    b.meta.name = opt.name;
    b.meta.asOf = 1795132800; // 2026-11-20T00:00:00Z
    const Seconds now = b.meta.asOf;
    // the big arrays at their final size, on huge pages (the engine visits them at scattered places)
    reserveOnHugePages(b.links, static_cast<size_t>(std::max(opt.links, 0)));
    reserveOnHugePages(b.positions, static_cast<size_t>(std::max(opt.positions, 0)));
    reserveOnHugePages(b.loans, static_cast<size_t>(std::max(opt.loans, 0)));

    // ---- assets: crypto, stablecoins, commodities, inventory tokens, invoice tokens ----
    struct Seed
    {
        const char* id;
        AssetKind kind;
        double price, vol;
    };
    static const std::array<Seed, 16> seeds{{{"WETH", AssetKind::Crypto, 1816.86, 0.65},
                                             {"WBTC", AssetKind::Crypto, 34814.14, 0.55},
                                             {"USDC", AssetKind::Stablecoin, 1.0, 0.02},
                                             {"USDT", AssetKind::Stablecoin, 1.0, 0.03},
                                             {"LINK", AssetKind::Crypto, 7.5, 0.8},
                                             {"CU", AssetKind::Commodity, 9400, 0.22},
                                             {"AL", AssetKind::Commodity, 2250, 0.2},
                                             {"NI", AssetKind::Commodity, 18000, 0.35},
                                             {"LI", AssetKind::Commodity, 14000, 0.5},
                                             {"CO", AssetKind::Commodity, 33000, 0.4},
                                             {"ZN", AssetKind::Commodity, 2500, 0.22},
                                             {"SN", AssetKind::Commodity, 25000, 0.3},
                                             {"COFFEE", AssetKind::Commodity, 4200, 0.3},
                                             {"COCOA", AssetKind::Commodity, 3900, 0.35},
                                             {"SOY", AssetKind::Commodity, 480, 0.2},
                                             {"WHEAT", AssetKind::Commodity, 250, 0.25}}};
    const int nAssets = std::max(4, opt.assets);
    std::vector<int> commodities;
    for (int i = 0; i < nAssets; ++i) {
        Asset a;
        if (i < static_cast<int>(seeds.size())) {
            a.id = seeds[i].id;
            a.kind = seeds[i].kind;
            a.price = seeds[i].price;
            a.volatility = seeds[i].vol;
        } else if (!commodities.empty() && i % 3 != 0) {
            const int u = commodities[rng.below(static_cast<int>(commodities.size()))];
            a.kind = AssetKind::InventoryToken;
            a.id = "w" + b.assets[u].id + "-" + std::to_string(i);
            a.underlying = b.assets[u].id;
            a.unitsPerToken = 1.0;
            a.attestedAt = now - static_cast<Seconds>(rng.uniform(1, 120) * 3600);
            a.attestationMaxAgeHours = 72;
            a.decayPerDay = b.assets[u].id == "COFFEE" || b.assets[u].id == "COCOA" ? 0.001 : 0.0;
        } else {
            a.kind = AssetKind::Crypto;
            a.id = "TOK" + std::to_string(i);
            a.price = rng.lognormal(2.0, 1.5);
            a.volatility = rng.uniform(0.5, 1.2);
        }
        if (a.kind == AssetKind::Commodity) commodities.push_back(i);
        b.assets.push_back(std::move(a));
    }
    auto priceOf = [&](int a) {
        const Asset& as = b.assets[a];
        if (as.kind == AssetKind::InventoryToken) return b.assets[b.assetIx(as.underlying)].price;
        return as.price;
    };
    b.resolve();
    b.correlations.push_back({"WETH", "WBTC", 0.8});
    if (nAssets > 4) b.correlations.push_back({"WETH", "LINK", 0.7}); // LINK is the fifth asset
    if (nAssets > 7) b.correlations.push_back({"CU", "AL", 0.6});

    // ---- venues: a quarter lending, the rest AMM / exchange / OTC ----
    const int nVenues = std::max(2, opt.venues);
    const int nLending = std::max(1, nVenues / 4);
    std::vector<int> lending, trading;
    for (int v = 0; v < nVenues; ++v) {
        Node n;
        if (v < nLending) {
            n.type = v % 2 ? NodeType::Lender : NodeType::LendingVenue;
            n.id = idx(v % 2 ? "lender-" : "lend-", v);
            n.chain = v % 2 ? "" : "ethereum";
            n.finalitySec = v % 2 ? 0 : 768;
            for (const auto& a : b.assets) {
                if (a.kind == AssetKind::Fiat) continue;
                const double lt = a.kind == AssetKind::Stablecoin ? 0.87 : a.kind == AssetKind::Crypto ? rng.uniform(0.7, 0.83)
                                                                                                       : rng.uniform(0.6, 0.8);
                n.riskParams[a.id] = RiskParams{lt - 0.03, lt, a.kind == AssetKind::Crypto ? 1.05 : 1.08, 0.10};
            }
            n.circuitBreaker.maxDropPerRound = 0.3;
            n.circuitBreaker.haltRounds = 2;
            lending.push_back(static_cast<int>(b.nodes.size()));
        } else {
            const int k = v % 3;
            n.type = k == 0 ? NodeType::AmmVenue : k == 1 ? NodeType::Exchange : NodeType::OtcDesk;
            n.id = idx(k == 0 ? "amm-" : k == 1 ? "exch-" : "otc-", v);
            if (k == 0) n.chain = "ethereum", n.finalitySec = 768;
            trading.push_back(static_cast<int>(b.nodes.size()));
        }
        n.name = n.id;
        n.equity = rng.uniform(5e7, 5e8);
        n.externalAssets = n.equity * 2;
        b.nodes.push_back(std::move(n));
    }

    // ---- pools: every tradeable asset on three to six trading venues ----
    int poolId = 0;
    for (int a = 0; a < nAssets; ++a) {
        const Asset& as = b.assets[a];
        if (as.id == "USDC" || as.kind == AssetKind::InventoryToken) continue; // tokens redeem into their metal
        const double price = priceOf(a);
        const int nPools = 3 + rng.below(4);
        for (int k = 0; k < nPools && !trading.empty(); ++k) {
            const Node& venue = b.nodes[trading[(a * 7 + k * 5) % trading.size()]];
            Pool p;
            p.id = idx("pool-", poolId++);
            p.venue = venue.id;
            p.base = as.id;
            p.quote = "USDC";
            const double depthUsd = rng.lognormal(std::log(2e7), 0.8);
            if (venue.type == NodeType::AmmVenue) {
                if (k % 2 == 0) {
                    p.model = PoolModel::ConstantProduct;
                    p.feeBps = 30;
                    p.reserveBase = depthUsd / price;
                    p.reserveQuote = depthUsd;
                } else {
                    p.model = PoolModel::Concentrated;
                    p.feeBps = 5;
                    p.price = price;
                    const double L = depthUsd / std::sqrt(price) * 4;
                    p.ranges = {{price * 0.8, price * 1.25, L}, {price * 0.5, price * 2.0, L * 0.3}};
                }
            } else if (venue.type == NodeType::Exchange) {
                p.model = PoolModel::OrderBook;
                p.quote = "USDT";
                p.feeBps = 10;
                for (int l = 1; l <= 10; ++l) {
                    const double size = depthUsd / price / 40 * (1 + l * 0.3);
                    p.bids.push_back({price * (1 - 0.002 * l), size});
                    p.asks.push_back({price * (1 + 0.002 * l), size});
                }
            } else {
                p.model = PoolModel::ExponentialImpact;
                p.quote = b.meta.baseCurrency;
                p.feeBps = 20;
                p.price = price;
                p.impact = 1.0;
                p.marketSize = depthUsd / price * 5;
            }
            p.utilisation = rng.uniform(0.2, 0.95);
            b.pools.push_back(std::move(p));
        }
    }

    // ---- supply-chain nodes in tiers ----
    const int nChain = std::max(10, opt.nodes - nVenues);
    static const char* regions[] = {"CL", "PE", "CN", "KR", "JP", "DE", "NL", "US", "AU", "CD", "ID", "BR"};
    std::vector<std::vector<int>> tier(5);
    std::vector<int> ports, warehouses, all;
    for (int i = 0; i < nChain; ++i) {
        Node n;
        const double r = rng.uniform();
        int t;
        if (r < 0.05) n.type = NodeType::Port, t = -1;
        else if (r < 0.08) n.type = NodeType::Carrier, t = -1;
        else if (r < 0.14) n.type = NodeType::Warehouse, t = -1;
        else if (r < 0.16) n.type = NodeType::Fund, t = -1;
        else if (r < 0.30) n.type = NodeType::Supplier, t = 4;
        else if (r < 0.45) n.type = NodeType::Manufacturer, t = 3;
        else if (r < 0.62) n.type = NodeType::Manufacturer, t = 2;
        else if (r < 0.80) n.type = NodeType::Distributor, t = 1;
        else n.type = NodeType::Retailer, t = 0;
        if (i == 0) n.type = NodeType::Treasury, t = -1;
        n.id = i == 0 ? std::string("treasury") : idx("n-", i);
        n.name = n.id;
        n.tier = std::max(t, 0);
        n.region = regions[rng.below(12)];
        n.equity = rng.lognormal(std::log(2e7), 1.0);
        n.externalAssets = n.equity * rng.uniform(1.2, 2.5);
        n.externalLiabilities = n.equity * rng.uniform(0.1, 0.6);
        n.cash = n.equity * rng.uniform(0.05, 0.3);
        n.dailyCosts = n.equity * rng.uniform(0.002, 0.01);
        const int ix = static_cast<int>(b.nodes.size());
        if (t >= 0) tier[t].push_back(ix);
        if (n.type == NodeType::Port) ports.push_back(ix);
        if (n.type == NodeType::Warehouse) warehouses.push_back(ix);
        all.push_back(ix);
        b.nodes.push_back(std::move(n));
    }
    for (auto& t : tier)
        if (t.empty()) t.push_back(all[rng.below(static_cast<int>(all.size()))]);
    if (ports.empty()) ports.push_back(all.back());
    if (warehouses.empty()) warehouses.push_back(all.front());

    // inventory tokens live in warehouses
    for (auto& a : b.assets)
        if (a.kind == AssetKind::InventoryToken) a.location = b.nodes[warehouses[rng.below(static_cast<int>(warehouses.size()))]].id;

    // ---- links: supply (down one tier), shipments via ports, obligations back up, credit lines ----
    const int nLinks = std::max(0, opt.links);
    for (int i = 0; i < nLinks; ++i) {
        Link l;
        l.id = idx("l-", i);
        const double r = rng.uniform();
        const int t = 1 + rng.below(4); // from tier t to tier t-1
        const int from = tier[t][rng.below(static_cast<int>(tier[t].size()))];
        const int to = tier[t - 1][rng.below(static_cast<int>(tier[t - 1].size()))];
        if (from == to) continue;
        l.from = b.nodes[from].id;
        l.to = b.nodes[to].id;
        if (r < 0.35) {
            l.type = LinkType::Supply;
            l.share = rng.uniform(0.05, 0.6);
            l.leadTimeDays = rng.uniform(5, 60);
        } else if (r < 0.6) {
            l.type = LinkType::Shipment;
            l.asset = b.assets[commodities.empty() ? 0 : commodities[rng.below(static_cast<int>(commodities.size()))]].id;
            l.quantity = rng.uniform(50, 2000);
            const double days = rng.uniform(5, 40);
            l.departed = now - static_cast<Seconds>(rng.uniform(0, days) * 86400);
            l.eta = *l.departed + static_cast<Seconds>(days * 86400);
            l.transitDays = {days * rng.uniform(1.0, 1.15), days * 0.1};
            l.via.push_back(b.nodes[ports[rng.below(static_cast<int>(ports.size()))]].id);
        } else if (r < 0.95) {
            l.type = LinkType::Obligation; // the buyer owes the seller
            std::swap(l.from, l.to);
            l.amount = rng.lognormal(std::log(1e6), 1.0);
            l.due = now + static_cast<Seconds>(rng.uniform(5, 90) * 86400);
        } else {
            l.type = LinkType::CreditLine;
            l.from = b.nodes[lending[rng.below(static_cast<int>(lending.size()))]].id;
            l.limit = rng.lognormal(std::log(5e6), 0.7);
        }
        b.links.push_back(std::move(l));
    }

    // ---- loans with their collateral positions, then free positions ----
    std::vector<int> collateralAssets;
    for (int a = 0; a < nAssets; ++a)
        if (b.assets[a].id != "USDC" && b.assets[a].id != "USDT") collateralAssets.push_back(a);
    const int nLoans = std::min(opt.loans, opt.positions);
    int posId = 0;
    for (int i = 0; i < nLoans; ++i) {
        Loan loan;
        loan.id = idx("loan-", i);
        const int borrower = all[rng.below(static_cast<int>(all.size()))];
        loan.borrower = b.nodes[borrower].id;
        const Node& venue = b.nodes[lending[rng.below(static_cast<int>(lending.size()))]];
        loan.venue = venue.id;
        loan.debtAsset = rng.uniform() < 0.7 ? "USDC" : "USDT";
        const int nColl = 1 + (rng.uniform() < 0.25 ? 1 : 0);
        double cv = 0;
        for (int k = 0; k < nColl && posId < opt.positions; ++k) {
            Position p;
            p.id = idx("pos-", posId++);
            p.owner = loan.borrower;
            const int a = collateralAssets[rng.below(static_cast<int>(collateralAssets.size()))];
            p.asset = b.assets[a].id;
            const double value = rng.lognormal(std::log(2e5), 1.2);
            p.quantity = value / priceOf(a);
            p.venue = loan.venue;
            p.pledgedTo = loan.id;
            cv += value * venue.riskParams.at(p.asset).liquidationThreshold;
            loan.collateral.push_back(p.id);
            b.positions.push_back(std::move(p));
        }
        loan.debt = cv / rng.uniform(0.97, 1.9); // HF between 0.97 and 1.9
        b.loans.push_back(std::move(loan));
    }
    while (posId < opt.positions) {
        Position p;
        p.id = idx("pos-", posId++);
        p.owner = b.nodes[all[rng.below(static_cast<int>(all.size()))]].id;
        const int a = rng.below(nAssets);
        p.asset = b.assets[a].id;
        p.quantity = rng.lognormal(std::log(1e5), 1.3) / std::max(priceOf(a), 1e-9);
        if (!trading.empty() && rng.uniform() < 0.5) p.venue = b.nodes[trading[rng.below(static_cast<int>(trading.size()))]].id;
        b.positions.push_back(std::move(p));
    }

    // ---- a few derivatives and scenarios ----
    const int nDer = std::max(4, nLoans / 50);
    for (int i = 0; i < nDer; ++i) {
        Derivative d;
        d.id = idx("der-", i);
        d.holder = b.nodes[all[rng.below(static_cast<int>(all.size()))]].id;
        d.counterparty = b.nodes[trading.empty() ? all[0] : trading[rng.below(static_cast<int>(trading.size()))]].id;
        const int a = commodities.empty() ? 0 : commodities[rng.below(static_cast<int>(commodities.size()))];
        d.underlying = b.assets[a].id;
        d.type = i % 2 ? DerivativeType::EuropeanPut : DerivativeType::EuropeanCall;
        d.strike = b.assets[a].price * rng.uniform(0.85, 1.15);
        d.years = rng.uniform(0.1, 1.0);
        d.quantity = rng.uniform(10, 500);
        d.rate = 0.04;
        b.derivatives.push_back(std::move(d));
    }
    Scenario crash;
    crash.id = "crypto-crash";
    crash.name = "Crypto -40%, AMM liquidity -50%";
    crash.shocks.push_back({ShockType::Price, "WETH"});
    crash.shocks.back().relative = -0.4;
    crash.shocks.push_back({ShockType::Price, "WBTC"});
    crash.shocks.back().relative = -0.3;
    for (int v : trading)
        if (b.nodes[v].type == NodeType::AmmVenue) {
            Shock s{ShockType::Liquidity};
            s.venue = b.nodes[v].id;
            s.drain = 0.5;
            crash.shocks.push_back(s);
        }
    b.scenarios.push_back(crash);
    Scenario metals;
    metals.id = "metals-slump";
    metals.name = "Base metals -25%, a port closed for 14 days";
    for (const char* m : {"CU", "AL", "NI", "ZN"})
        if (b.assetIx(m) >= 0) {
            Shock s{ShockType::Price, m};
            s.relative = -0.25;
            metals.shocks.push_back(s);
        }
    Shock port{ShockType::Delay};
    port.node = b.nodes[ports[0]].id;
    port.days = 14;
    metals.shocks.push_back(port);
    b.scenarios.push_back(metals);

    b.resolve();
    return b;
}

} // namespace ballast
