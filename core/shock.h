#pragma once
// What-if shocks and contagion (PRODUCT.md "What-if shocks and contagion"). A scenario runs as a
// pipeline of seven stages (core/shock.cpp, one function each after the cascade):
//   1. the shocks (prices, pools, oracles, halts, delays and their perishable decay, defaults);
//   2. the liquidation cascade round by round (oracles lag by chain finality, circuit breakers halt
//      venues, liquidators sell seized collateral by best execution, arbitrage aligns pools) until
//      nothing changes or maxRounds;
//   3. the supply chain (defaults stop supply, delays cut inflows, nodes whose cash runs out before
//      their inflows recover default; delays push ETAs and the invoices waiting on them);
//   4. hedges repriced after the scenario;
//   5. clearing of the obligation network (core/obligations.h);
//   6. loss attribution by channel, whose sum is the total by construction and whose market part
//      is cross-checked against an independent mark-to-market;
//   7. DebtRank of the outcome on the clearing's network.
//
// Time: one cascade round is `roundSeconds` (default 600 s). A lending venue on a chain with
// finality F sees oracle prices floor(F / roundSeconds) rounds late. A replay shock steps through
// its path, each step a move relative to the path's first point, with a cascade after each step.

#include "bookindex.h"
#include "clearing.h"
#include "obligations.h"

#include <cstdint>
#include "model.h"
#include "progress.h"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ballast {

struct ShockOptions
{
    bool breakers = true;        // false: the same scenario without circuit breakers
    int maxRounds = -1;          // -1: settings.cascade.maxRounds
    double roundSeconds = 600.0;
    bool computeDebtRank = true; // per-node DebtRank of the post-shock network
    int perNodeDebtRankLimit = 5000; // above this many nodes the per-node DebtRank (2 runs per node) is skipped;
                                     // `ballast-cli debtrank` computes it on its own
    bool recordPrices = true;    // per-round price maps (off in Monte Carlo)
    bool systemDebtRank = true;  // the scenario's own DebtRank (off in Monte Carlo and reverse stress,
                                 // whose outcomes do not read it; systemDebtRank stays 0)
    bool loanHealthAfter = true; // each loan's health after the run (healthFactorAfter, AtMarket); off in
                                 // Monte Carlo and reverse stress (left at infinity)
    bool loanSeizures = true;    // each loan's seized collateral and protocol fees per asset (the maps
                                 // of LoanOutcome); off in Monte Carlo and reverse stress (left empty)
    bool incremental = true;     // each round, recompute the health of only the loans whose venue's view
                                 // of their assets, or whose collateral or debt, changed (false: every
                                 // loan every round; the same result, which tests check)
};

struct RoundRecord
{
    int round = 0, stage = 0; // stage: replay step (0 without replay)
    int liquidations = 0;
    double debtRepaid = 0, collateralSold = 0, proceeds = 0, badDebt = 0;
    std::vector<int> haltedVenues;
    std::map<int, double> prices; // asset -> market price after the round (assets that moved)
    // what each lending venue's oracle showed this round, for assets whose view moved from the start
    std::map<int, std::map<int, double>> oracleSeen; // venue node -> asset -> price (recordPrices)
    std::map<int, double> oracle;                    // asset -> the oracle's own price this round, where it moved
    // the oracle's lag in this round: loans liquidated though healthy at the market price (the
    // lag caused them) and loans liquidatable at the market that their venue did not see yet (the
    // lag delayed them); loans that moved, not every loan of the book (recordPrices)
    std::vector<int> liquidatedByOracle, delayedByOracle;
    // where the liquidators sold this round (recordPrices): each pool a seized asset was routed
    // into, and what each liquidation seized (the sales' owners, pro rata per asset)
    struct Sale
    {
        int asset = -1;          // the seized asset (an inventory token sells into its metal's pools)
        int pool = -1;
        double quantity = 0;     // of the seized asset
        double marketValue = 0;  // quantity x its market price before the round's sales
        double proceeds = 0;     // base currency
        double midBefore = 0, midAfter = 0; // the pool's mid (its quote per base) around this sale
    };
    struct Seizure
    {
        int loan = -1, asset = -1;
        double quantity = 0; // sold by the liquidator: seized less the protocol's fee
    };
    std::vector<Sale> sales;
    std::vector<Seizure> seized;
};

struct LoanOutcome
{
    double healthFactorBefore = kInf, healthFactorAfter = kInf, healthFactorAtMarket = kInf;
    double healthFactorLowest = kInf; // the lowest its venue saw: before, at each round it was liquidatable, after
    double debtRepaid = 0, debtRepaidValue = 0, badDebt = 0, penalty = 0;
    std::map<int, double> collateralSeized, protocolFee; // asset -> quantity
    bool liquidated = false;
    int liquidations = 0;
    int firstRound = 0;
};

/// Loss channels (FORMAT.md "losses.byChannel" names via channelName()).
enum Channel { ChPrice, ChLiquidationPenalty, ChFireSale, ChOracle, ChDefault, ChSupplyChain, ChHedges, ChannelCount };
const char* channelName(int channel);

/// Why a node defaulted, in the order the stages find it (FORMAT.md "defaultCause" via toString()).
enum class DefaultCause { None, Shock, SupplyChain, Clearing };
const char* toString(DefaultCause cause);

struct NodeOutcome
{
    double loss = 0;
    std::array<double, ChannelCount> channels{};
    bool defaulted = false;
    DefaultCause defaultCause = DefaultCause::None;
    double debtRank = 0, debtRankSingleHit = 0;
    double timeToSurviveDays = kInf, timeToRecoverDays = 0;
    double supplyLost = 0; // share of its inflow a supply-chain disruption cut (0..1), with or without cash data
};

struct Losses
{
    double price = 0, liquidationPenalty = 0, fireSale = 0, oracle = 0, defaults = 0, supplyChain = 0, hedges = 0;
    double total() const { return price + liquidationPenalty + fireSale + oracle + defaults + supplyChain + hedges; }
};

struct HedgeOutcome
{
    double valueBefore = 0, valueAfter = 0, payout = 0;
};

struct ShockResult
{
    std::string scenario;
    bool breakers = true;
    bool cancelled = false;
    std::vector<RoundRecord> rounds;
    std::vector<LoanOutcome> loans;
    std::vector<NodeOutcome> nodes;
    std::vector<HedgeOutcome> derivatives;
    ClearingSolution clearing;
    std::string clearingModel;
    Losses losses;
    double badDebt = 0, debtRepaid = 0, collateralSold = 0;
    double liquidatorSlippage = 0; // market value of the collateral sold minus the liquidators' proceeds
    int liquidations = 0, defaults = 0;
    double systemDebtRank = 0;
    int debtRankIterations = 0;   // steps of the system DebtRank's differential propagation
    DebtRankImpact debtRankImpact = DebtRankImpact::Capped;    // settings.debtRank used
    DebtRankWeights debtRankWeights = DebtRankWeights::Equity;
    bool perNodeDebtRank = false; // nodes[].debtRank computed (see ShockOptions::perNodeDebtRankLimit)
    double markToMarketCheck = 0; // independent MTM of holdings; equals price + fireSale + perishableDecay
    double perishableDecay = 0;   // the part of the supply-chain channel that is perishable inventory decay
    std::vector<double> priceBefore, priceAfter; // market, per asset (effective)
    std::vector<double> oracleAfter, oracleBefore;
    std::vector<double> shipmentDelayDays; // per link
    std::vector<int> oracleLagRounds;      // per node: rounds its oracle trails the market (lending venues; -1 elsewhere)
    std::vector<double> finalitySec;       // per node: its chain's finality after the scenario's finality shocks (recordPrices)
    double roundSeconds = 600.0;           // the run's ShockOptions::roundSeconds
    struct Pushed
    {
        int link = -1;           // a delayed shipment, or an obligation waiting on its delivery
        double days = 0;
        std::optional<Seconds> newDate; // new ETA / new due date
    };
    std::vector<Pushed> delayedShipments, pushedObligations;
    double elapsedMs = 0;
    // The loans that were liquidatable in some round, ascending: the only rows the cascade writes
    // (and, unless ShockOptions::loanHealthAfter, the only ones that differ from a row holding just
    // healthFactorBefore). A run into this result on the same context resets only those rows.
    std::vector<int> loansTouched;
    std::uint64_t loanRowsOf = 0; // ShockContext::Data::id whose rows `loans` holds that way (0: none)
};

/// What a scenario run needs from a book that does not depend on the scenario: index maps, resolved
/// risk parameters, the starting prices, health factors and hedge values, the obligation network.
/// Built once and shared (read-only, thread-safe) by many runs, e.g. the scenarios of a Monte Carlo.
/// The book must outlive the context and stay unchanged.
class ShockContext
{
public:
    /// `index`, when given, must be the index of this book (e.g. ExposureEngine::index()).
    explicit ShockContext(const Book& book, std::shared_ptr<const BookIndex> index = nullptr);

    struct Data
    {
        const Book& book;
        std::uint64_t id = 0;                   // unique per context in the process (buffers reused per thread)
        std::shared_ptr<const BookIndex> index; // reverse lookups (pools of an asset, loan of a position, venues)
        std::vector<double> supplyShare;        // per link: Book::effectiveSupplyShares
        std::vector<int> positionAsset;         // per position: its asset (hot loops avoid the Position structs)
        std::vector<std::vector<int>> tokensOf; // per asset: the inventory tokens priced from it
        // per loan, flat (the cascade's loops touch no Loan struct): its venue node and the venue's
        // row (-1: none), its borrower (0 when unset, as the penalties count it), its debt asset, and its collateral positions from collStart[l] to collStart[l + 1] with each
        // one's asset, liquidation threshold, liquidation bonus (1 when unset) and protocol fee (0 when
        // unset), in the loan's order
        std::vector<int> loanVenue, loanSlot, loanBorrower, loanDebtAsset, collStart, collPos, collAsset;
        std::vector<double> collThreshold, collBonus, collFee;
        std::vector<double> quality, m0, o0, vol, finality, qty, debt;
        std::vector<Pool> pools;                // lean copies (no raw JSON), the scenarios' starting pools
        std::vector<double> priceBefore, oracleBefore, healthBefore, derivativesBefore;
        std::vector<std::vector<char>> collateralAtVenue;
        // asset -> the loans at a lending venue with it as collateral or debt, grouped by the venue's row
        // (ascending), and where each row's group starts: which loans a venue's new view of an asset touches
        std::vector<std::vector<int>> venueLoansOfAsset;
        std::vector<int> venueLoanRowStart; // [asset * (venue rows + 1) + row]: the row's first index (row + 1: its end)
        enum Role : char { Collateral = 1, Debt = 2 };
        std::vector<std::vector<char>> venueLoanRoles; // asset -> per venueLoansOfAsset entry: its Roles
        ObligationNetwork network;              // the unshocked obligation network
        ClearingPlan clearingPlan;              // its p̄ and Πᵀ (a scenario changes only its external assets)
        struct Holding
        {
            int owner = -1, asset = -1;
            double quantity = 0;
        };
        std::vector<Holding> holdings, unpledged; // positions summed per (owner, asset); unpledged ones alone
    };
    const Data& data() const { return *d; }

private:
    std::shared_ptr<const Data> d;
};

/// Runs `scenario` on `book`. Never throws for a valid book; numbers are finite.
ShockResult runScenario(const Book& book, const Scenario& scenario, const ShockOptions& options = {},
                        Progress* progress = nullptr);
/// The same on a prepared context (many scenarios on one book).
ShockResult runScenario(const ShockContext& context, const Scenario& scenario, const ShockOptions& options = {},
                        Progress* progress = nullptr);
/// The same into `into`, which is reset first; its per-loan and per-node rows keep their memory, so
/// a caller running many scenarios one after another (a Monte Carlo thread) does not allocate and
/// free them for every one. The result is the same as the function above's.
void runScenario(const ShockContext& context, const Scenario& scenario, const ShockOptions& options, ShockResult& into,
                 Progress* progress = nullptr);

} // namespace ballast
