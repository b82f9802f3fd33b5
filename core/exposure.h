#pragma once
// The exposure engine (PRODUCT.md "Exposure"). Works on an immutable snapshot of the book; keeps
// its own working copy of prices and pools so that live ticks can be applied incrementally:
// setPrice() recomputes only the assets, positions, loans, derivatives and pools that depend on
// the changed asset, then the aggregates, and gives the same numbers as a full compute().

#include "bookindex.h"
#include "liquidity.h"
#include "model.h"
#include "network.h"
#include "scratch.h"
#include "supplychain.h"
#include "pricing.h"
#include "progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ballast {

class DeltaNormal;           // riskfactors.h
struct AlertCondition;       // alerts.h

struct AssetExposure
{
    double price = 0.0, oraclePrice = 0.0; // base currency, effective (tokens priced from underlying)
    double quality = 1.0;                  // inventory tokens: exp(-decay * days since attestation)
    double attestationAgeHours = 0.0;
    bool attestationOverdue = false;
    double oracleDeviation = 0.0;  // oracle / market - 1
    double oracleAgeSec = 0.0;     // asOf - oracleUpdatedAt
    bool oracleStale = false;      // older than its heartbeat
    double holdings = 0.0, marketValue = 0.0, pledgedValue = 0.0;
    double depth[3] = {0, 0, 0};   // base-currency value sellable within 1%, 2%, 5% impact (all pools)
    double hhi = 0.0;              // concentration of holders by market value
    bool hasMarket = false;        // some pool trades it (directly or through its underlying)
};

struct PositionExposure
{
    double price = 0.0, oraclePrice = 0.0, marketValue = 0.0, exitValue = 0.0, liquidationCost = 0.0;
    double collateralValue = 0.0; // quantity x oracle price x liquidation threshold (pledged only)
    double haircut = 0.0;         // 1 - liquidation threshold (pledged), else 0
    double healthFactor = kInf;   // of the loan it is pledged to
    double liquidationPrice = kNaN;
    bool exitExhausted = false;   // the pools cannot absorb the whole position
    bool exitAtMarket = false;    // no pool trades it: exit value = market value (Route::noMarket)
};

struct LoanExposure
{
    double collateralValue = 0.0;       // sum(q x oracle x LT)
    double collateralMarketValue = 0.0; // sum(q x market)
    double borrowingPower = 0.0;        // sum(q x oracle x LTV)
    double debtValue = 0.0;
    double healthFactor = kInf;
    double ltv = 0.0;                  // debt / collateral at oracle prices
    double liquidationPrice = kNaN;    // single-collateral loans: price of the collateral at HF = 1
    double distanceToLiquidation = kNaN; // 1 - liquidationPrice / oracle price
    bool atRisk = false;               // HF < 1
};

struct NodeExposure
{
    double receivables = 0.0, payables = 0.0, net = 0.0;
    double holdings = 0.0, collateralPosted = 0.0;
    std::vector<std::pair<int, double>> collateralByVenue; // (venue node, market value)
    double inflowPerDay = 0.0, outflowCapacityPerDay = 0.0;
    bool bottleneck = false;
};

struct VenueExposure
{
    int node = -1;
    double collateralValue = 0.0, debtValue = 0.0, hhi = 0.0;
    int loans = 0, loansAtRisk = 0;
};

struct DerivativeExposure
{
    Greeks unit;        // per unit of the contract
    double value = 0.0; // unit price x quantity
};

struct UnderlyingGreeks
{
    int asset = -1;
    double delta = 0, gamma = 0, vega = 0, theta = 0, rho = 0, value = 0;
    double hedgeCost = 0; // cost of trading the net delta through the pools
};

struct PoolExposure
{
    double mid = 0.0, depth[3] = {0, 0, 0}; // depth in base units
    double depthValue[3] = {0, 0, 0};       // in base currency
};

struct LinkFlow
{
    double unitsPerDay = 0.0, valuePerDay = 0.0, inTransitValue = 0.0;
    bool onMinCut = false;
};

struct Totals
{
    double marketValue = 0, exitValue = 0, liquidationCost = 0, collateralValue = 0, debtValue = 0;
    double exitAtMarketValue = 0; // the part of exitValue at market price: positions no pool trades
    double minHealthFactor = kInf, collateralCoverage = kInf; // collateral market value / debt
    int loansAtRisk = 0;
    double derivativesValue = 0;
    double maxFlowPerDay = 0;
    double deltaNormalVaR = 0; // 99%, over settings.stress.horizonDays, of the holdings (riskfactors.h)
};

struct Exposure
{
    std::vector<AssetExposure> assets;
    std::vector<PositionExposure> positions;
    std::vector<LoanExposure> loans;
    std::vector<NodeExposure> nodes;
    std::vector<VenueExposure> venues;
    std::vector<DerivativeExposure> derivatives;
    std::vector<UnderlyingGreeks> greeks;
    std::vector<PoolExposure> pools;
    std::vector<LinkFlow> links;
    Totals totals;
    /// Changes whenever the links' flows (and the nodes' in- and outflows) are recomputed, to a
    /// number no other recompute in the process has had; a copy keeps it. What a view derives from
    /// the flows alone (the graph's link widths and classes) is kept while it stands.
    std::uint64_t flowsVersion = 0;

    Exposure() = default;
    /// A copy's big arrays are on huge pages: a live snapshot of the stress book copies 120 MB, and
    /// with 4 KB pages the page faults of the fresh memory cost ten times the copying (200 ms).
    Exposure(const Exposure& other);
    Exposure& operator=(const Exposure& other);
    Exposure(Exposure&&) noexcept = default;
    Exposure& operator=(Exposure&&) noexcept = default;
    ~Exposure() = default;
};

class ExposureEngine
{
public:
    explicit ExposureEngine(BookPtr book);

    /// Full recompute. Returns false when cancelled (the result is then incomplete).
    bool compute(Progress* progress = nullptr);

    /// A live tick: new market price (and oracle price; NaN = follow the market) of a non-token
    /// asset. Recomputes what depends on it. Pools trading the asset are recentred to the new price.
    void setPrice(int asset, double market, double oracle = kNaN);
    /// A batch of ticks (a feed's, coalesced while the last batch was applied): the same values as
    /// setPrice() for each in turn, with what depends on them recomputed once. A tick of an unknown
    /// asset or of a negative, NaN or infinite price is skipped, as setPrice() skips it.
    struct PriceTick
    {
        int asset = -1;
        double market = 0, oracle = kNaN;
    };
    void setPrices(const PriceTick* ticks, size_t count);
    void setPrices(const std::vector<PriceTick>& ticks) { setPrices(ticks.data(), ticks.size()); }

    /// Link flows, node in/outflow, bottlenecks and the max-flow are valued at the prices of the last
    /// full recompute or refresh: a tick of a shipped good marks them stale (a max-flow per tick
    /// would cost more than the tick), and the live worker refreshes them with the snapshots it
    /// publishes (each one on the desk book; about once a second where the max-flow is dear).
    bool networkStale() const { return m_networkStale; }
    void refreshNetwork();

    const Exposure& result() const { return m_x; }
    /// The alert conditions of the result as of the last refreshAlerts() (alerts.h); the workers
    /// that publish snapshots refresh them, so the alerts view reads, never scans.
    const std::vector<AlertCondition>& alerts() const { return *m_alerts; }
    void refreshAlerts();
    /// The physical chain's structure (tiers, single-sourced, dependants), from the book alone.
    const SupplyChainStructure& structure() const { return *m_structure; }
    /// The book's reverse lookups, shared with a ShockContext built on the same book.
    std::shared_ptr<const BookIndex> index() const { return m_index; }
    const Book& book() const { return *m_book; }
    BookPtr bookPtr() const { return m_book; }
    const std::vector<Pool>& pools() const { return m_pools; }
    double marketPrice(int asset) const { return m_x.assets[asset].price; }
    /// value of one unit of `assetId` in base currency (1 for the base currency itself)
    double valueOf(int assetIx) const { return assetIx < 0 ? 1.0 : m_x.assets[assetIx].price; }
    double oracleValueOf(int assetIx) const { return assetIx < 0 ? 1.0 : m_x.assets[assetIx].oraclePrice; }

    /// Best-execution sale of `quantity` of `asset` across every pool that trades it (or its
    /// underlying, for inventory tokens), valued in base currency.
    Route exitRoute(int asset, double quantity) const;
    /// The pools a sale of `asset` can use and how many pool base units one unit is worth there:
    /// its own pools, and for an inventory token also its underlying's (redeemed).
    void exitPools(int asset, std::vector<int>& pools, std::vector<double>& scale) const;

private:
    void computeAssetPrice(int a);
    void computeAssetMarket(int a);
    void computePosition(int p);
    void computeLoan(int l);
    void computeDerivative(int d);
    void computePool(int p);
    void aggregate();
    // a tick's changes applied to the aggregates (old values of what was recomputed)
    /// A position a tick recomputes, and (recomputePosition()) the changes of its values with what
    /// the aggregates need of the book, read while the position is in cache.
    struct PositionChange
    {
        int p, owner = -1, asset = -1, loan = -1, venue = -1, slot = -1;
        double marketValue = 0, exitValue = 0, liquidationCost = 0;
        bool exitAtMarket = false;
    };
    void recomputePosition(PositionChange& c);
    struct LoanBefore
    {
        int l;
        double collateralValue, debtValue, collateralMarketValue, healthFactor;
        bool atRisk;
    };
    struct PoolBefore
    {
        int p;
        double depth[3];
    };
    void aggregateDelta(const std::vector<PositionChange>& positions, const std::vector<LoanBefore>& loans,
                        const std::vector<PoolBefore>& pools);
    void aggregateGreeks();
    void updateValueAtRisk();
    void applyNetwork(const NetworkFlows& f);
    std::vector<double> marketPrices() const;
    /// A venue's concentration by borrower summed afresh; also sets its slots and sums for the ticks.
    double sumVenueConcentration(size_t row);
    void computeConcentration();
    void buildCurve(int asset);

    BookPtr m_book;
    Exposure m_x;
    std::vector<Pool> m_pools;           // working copy, recentred on ticks
    std::vector<double> m_baseMarket;    // market price overrides of non-token assets
    std::vector<double> m_baseOracle;
    // dependency indices
    std::shared_ptr<const BookIndex> m_index;        // reverse lookups, one per book (shared by copies)
    /// What the engine derives from the book once, shared by copies: a live snapshot copies only
    /// what ticks change (the stress book's groupings alone are 100,000 small arrays).
    struct Plan
    {
        std::vector<std::vector<int>> assetDependents; // asset -> tokens priced from it (transitively)
        std::vector<std::vector<int>> curveUsers;      // asset -> assets whose curves use its pools
        // groupings for aggregate()
        std::vector<std::vector<std::pair<int, int>>> pledgedByNode; // node -> (venue, position), by venue
        std::vector<std::vector<std::pair<int, int>>> venueHoldings; // row -> (owner, position), by owner
        // one slot per (venue, borrower) for the venues' concentration
        std::vector<int> venueSlotOfPosition; // position -> slot, -1 when not pledged at a venue
        std::vector<int> venueRowOfSlot;
        std::vector<int> greekUnderlyings; // row -> asset
        std::vector<int> greekRowOfDerivative;
        std::vector<char> assetShipped; // a shipment carries it: its ticks move the flows
    };
    std::shared_ptr<const Plan> m_plan;
    bool m_concentrationDone = false;
    double m_collateralMarket = 0; // sum of the loans' collateral at market (coverage numerator)
    // incremental aggregates are re-summed in full now and then (rounding): after 256 ticks, or once
    // the ticks since the last have updated 16 times as many positions, loans and pools as the book holds
    int m_ticksSinceFull = 0;
    size_t m_tickWorkSinceFull = 0;
    /// What a tick marks as touched, per position, loan, pool and asset: kept all zero between ticks
    /// (a tick clears what it marked) so that a tick allocates and zeroes nothing of the book's size;
    /// and its lists of what it recomputes, whose memory the next tick reuses.
    struct TickMarks
    {
        std::vector<char> position, loan, pool, curve;
        std::vector<int> curves; // the dirty curves of a tick, rebuilt side by side
        std::vector<PositionChange> changes;
        std::vector<int> loans;
        std::vector<LoanBefore> loansBefore;
        std::vector<PoolBefore> poolsBefore;
    };
    Scratch<TickMarks> m_marks;
    // a venue's concentration by borrower kept by difference on ticks: per slot (Plan) the market
    // value of a borrower's collateral there, and per venue the sum and the sum of squares of its slots
    std::vector<double> m_venueSlotValue, m_venueTotal, m_venueSumSq;
    std::shared_ptr<const std::vector<AlertCondition>> m_alerts;
    std::shared_ptr<const SupplyChainStructure> m_structure; // book-only, shared by copies
    std::shared_ptr<const DeltaNormal> m_deltaNormal; // the factors' correlation, once per book (shared by copies)
    std::shared_ptr<const NetworkPlan> m_networkPlan; // the supply network's structure (shared by copies)
    Scratch<NetworkScratch> m_networkScratch;         // the flows' memory, reused by recomputes
    bool m_networkStale = false;
    std::vector<ExitCurve> m_curves;                 // per asset: best-execution proceeds
};

} // namespace ballast
