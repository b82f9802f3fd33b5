#pragma once
// The workbook model: one book of assets, network nodes, links, venue pools, positions, loans,
// derivatives and scenarios (FORMAT.md "Workbook JSON"). Entities refer to each other by string id;
// Book::resolve() fills the integer indices the engine works with (-1 where a reference is empty
// or unknown; validate() reports the unknown ones).

#include "timeutil.h"

#include <nlohmann/json_fwd.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ballast {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr int kFormatVersion = 1;

/// Where an entity came from, so that errors can name the file and the place.
struct Origin
{
    std::string pointer; // JSON pointer of the entity, e.g. "/positions/12"
    int line = 0;        // CSV line (1-based, header is line 1), 0 for JSON
    std::string file;    // CSV file the entity came from, empty for the main input
};

/// The original JSON object an entity was read from; export starts from it so that unknown keys
/// survive and an export of an import is identical in content. Kept as compact text and parsed
/// only on export: a million parsed trees would cost gigabytes (the stress book).
class RawJson
{
public:
    RawJson() = default;
    RawJson(std::nullptr_t) {}
    explicit RawJson(const nlohmann::json& object);
    explicit operator bool() const { return m_text != nullptr; }
    void reset() { m_text.reset(); }
    /// The object it holds (parsed now); an empty object when there is none.
    nlohmann::json parsed() const;

private:
    std::shared_ptr<const std::string> m_text;
};

enum class AssetKind { Crypto, Stablecoin, Commodity, Fiat, InventoryToken, InvoiceToken };

struct Asset
{
    std::string id, name, unit;
    AssetKind kind = AssetKind::Crypto;
    double price = kNaN;       // market price in base currency; NaN for tokens priced from underlying
    double oraclePrice = kNaN; // what lending venues see; NaN = same as market
    double volatility = 0.0;   // annualised
    double oracleHeartbeatSec = 0.0;
    std::optional<Seconds> oracleUpdatedAt;
    // inventory tokens
    std::string underlying, location, shipment;
    double unitsPerToken = 1.0;
    std::optional<Seconds> attestedAt;
    double attestationMaxAgeHours = 0.0; // 0 = no limit
    double decayPerDay = 0.0;
    // invoice tokens
    std::string obligation;
    double faceValue = kNaN; // per token; NaN = obligation amount / supply
    double discount = 0.0;   // fraction off face value when no market price is given

    int underlyingIx = -1, locationIx = -1, shipmentIx = -1, obligationIx = -1;
    Origin origin;
    RawJson raw;
};

struct Correlation
{
    std::string a, b;
    double rho = 0.0;
    int aIx = -1, bIx = -1;
    Origin origin;
    RawJson raw;
};

enum class NodeType {
    Supplier, Manufacturer, Carrier, Port, Warehouse, Distributor, Retailer, Lender, LendingVenue,
    AmmVenue, Exchange, OtcDesk, Oracle, Insurer, Fund, Treasury
};

struct RiskParams
{
    double ltv = kNaN, liquidationThreshold = kNaN, liquidationBonus = kNaN, protocolFee = kNaN;
};

struct CircuitBreaker
{
    double maxDropPerRound = kNaN;        // halt when a collateral price falls more than this in a round
    int haltRounds = 0;                   // rounds the halt lasts
    double maxLiquidationPerRound = kNaN; // cap on debt repaid per round (base currency)
    double oracleMaxJump = kNaN;          // reject oracle updates moving more than this fraction
    bool present() const
    {
        return !std::isnan(maxDropPerRound) || !std::isnan(maxLiquidationPerRound) || !std::isnan(oracleMaxJump);
    }
};

struct Node
{
    std::string id, name, region, chain;
    NodeType type = NodeType::Supplier;
    int tier = 0;
    double finalitySec = 0.0;
    double equity = 0.0, externalAssets = 0.0, externalLiabilities = 0.0;
    double cash = kNaN, dailyCosts = kNaN; // for time-to-survive; NaN = unknown
    double closeFactor = 0.5, fullCloseBelowHealthFactor = 0.95;
    std::map<std::string, RiskParams> riskParams;
    CircuitBreaker circuitBreaker;
    double x = kNaN, y = kNaN; // optional layout hint
    Origin origin;
    RawJson raw;
    bool isLendingVenue() const { return type == NodeType::LendingVenue || type == NodeType::Lender; }
    bool isVenue() const
    {
        return type == NodeType::LendingVenue || type == NodeType::AmmVenue || type == NodeType::Exchange ||
               type == NodeType::OtcDesk || type == NodeType::Lender;
    }
};

enum class LinkType { Shipment, Supply, Obligation, CreditLine, Bridge };

struct TransitTime
{
    double mean = kNaN, std = 0.0; // days
};

struct Link
{
    std::string id, from, to, asset;
    LinkType type = LinkType::Supply;
    double quantity = 0.0, amount = 0.0, leadTimeDays = 0.0;
    double share = kNaN; // supply: fraction of the receiver's inflow; NaN = not given (see effectiveSupplyShares)
    double limit = 0.0;                       // credit line
    double latencySec = 0.0, capacity = kNaN; // bridge; capacity also caps flows (per day)
    std::optional<Seconds> departed, eta, due;
    TransitTime transitDays;
    std::vector<std::string> via; // ports and hubs a shipment passes through
    int fromIx = -1, toIx = -1, assetIx = -1;
    std::vector<int> viaIx;
    Origin origin;
    RawJson raw;
};

enum class PoolModel { ConstantProduct, Concentrated, OrderBook, ExponentialImpact };

struct LiquidityRange
{
    double lower = 0, upper = 0, liquidity = 0;
};
struct BookLevel
{
    double price = 0, size = 0;
};

struct Pool
{
    std::string id, venue, base, quote;
    PoolModel model = PoolModel::ConstantProduct;
    double feeBps = 0.0;
    double reserveBase = 0.0, reserveQuote = 0.0; // constant product
    double price = kNaN;                          // concentrated / exponential
    std::vector<LiquidityRange> ranges;           // concentrated
    std::vector<BookLevel> bids, asks;            // order book, best first after resolve()
    double impact = 1.0, marketSize = 0.0;        // exponential impact
    double utilisation = kNaN;                    // optional, for the heatmap
    int venueIx = -1, baseIx = -1, quoteIx = -1;  // quoteIx -1 with quote == base currency
    Origin origin;
    RawJson raw;
};

struct Position
{
    std::string id, owner, asset, venue, pledgedTo;
    double quantity = 0.0;
    int ownerIx = -1, assetIx = -1, venueIx = -1, loanIx = -1;
    Origin origin;
    RawJson raw;
};

struct Loan
{
    std::string id, borrower, venue, lender, debtAsset;
    double debt = 0.0;
    std::vector<std::string> collateral;
    std::map<std::string, RiskParams> riskParams; // overrides of the venue's, key by key
    int borrowerIx = -1, venueIx = -1, lenderIx = -1, debtAssetIx = -1; // debtAssetIx -1 = base currency
    std::vector<int> collateralIx;
    Origin origin;
    RawJson raw;
};

enum class DerivativeType { EuropeanCall, EuropeanPut, Future, DeliveryDelayOption, ParametricCover };

struct Trigger
{
    std::string metric = "delay-days", node;
    double threshold = 0.0;
    int nodeIx = -1;
};

struct Derivative
{
    std::string id, holder, counterparty, underlying, shipment;
    DerivativeType type = DerivativeType::EuropeanCall;
    bool onFuture = false; // Black-76: the underlying's price is a futures price
    double strike = 0.0, years = 0.0, quantity = 1.0, volatility = kNaN, rate = 0.0, dividendYield = 0.0;
    double thresholdDays = 0.0, payoutPerDay = 0.0, cap = kInf; // delivery-delay option
    Trigger trigger;                                            // parametric cover
    double payout = 0.0;
    int holderIx = -1, counterpartyIx = -1, underlyingIx = -1, shipmentIx = -1;
    Origin origin;
    RawJson raw;
};

enum class ShockType {
    Price, Volatility, Depeg, Liquidity, OracleStale, OracleManipulation, Default, Delay, Halt, Finality, Replay
};

struct PricePoint
{
    Seconds time = 0;
    double price = 0.0;
};

struct Shock
{
    ShockType type = ShockType::Price;
    std::string asset, pool, venue, node, shipment, chain;
    double relative = kNaN, set = kNaN, multiplier = kNaN, drain = kNaN, hours = kNaN, days = kNaN,
           seconds = kNaN, peg = kNaN;
    int rounds = 0;
    std::vector<PricePoint> path; // replay
    int assetIx = -1, poolIx = -1, venueIx = -1, nodeIx = -1, shipmentIx = -1;
};

struct Scenario
{
    std::string id, name, description;
    std::vector<Shock> shocks;
    Origin origin;
    RawJson raw;
};

enum class ClearingModel { EisenbergNoe, RogersVeraart };
/// DebtRank's impact of a debtor's distress on a creditor: Battiston et al. 2012 cap it at 1
/// (min(1, exposure / equity)); Bardoscia et al. 2015 propagate the leverage exposure / equity.
enum class DebtRankImpact { Capped, Leverage };
/// DebtRank's relative importance of a node: its equity share, or its economic value (external
/// assets + receivables, Battiston et al. 2012).
enum class DebtRankWeights { Equity, Assets };

struct Settings
{
    ClearingModel clearingModel = ClearingModel::EisenbergNoe;
    double alpha = 1.0, beta = 1.0;
    DebtRankImpact debtRankImpact = DebtRankImpact::Capped;
    DebtRankWeights debtRankWeights = DebtRankWeights::Equity;
    int maxRounds = 50;
    bool arbitrage = true, sellSeizedCollateral = true;
    std::vector<double> confidence{0.95, 0.99};
    double horizonDays = 1.0;
    double staleAttestationHaircut = 0.0; // extra haircut on collateral whose attestation is overdue
    double timeToSellHours = 1.0;         // predictive margin horizon component
    std::map<std::string, std::string> feedSymbols; // a live feed's names (Coinbase "ETH-USD", a Pyth feed id) -> asset ids
    RawJson raw;
};

struct Meta
{
    std::string name = "Untitled book", baseCurrency = "USD";
    Seconds asOf = 0;
    RawJson raw;
};

struct Book
{
    Meta meta;
    Settings settings;
    std::vector<Asset> assets;
    std::vector<Correlation> correlations;
    std::vector<Node> nodes;
    std::vector<Link> links;
    std::vector<Pool> pools;
    std::vector<Position> positions;
    std::vector<Loan> loans;
    std::vector<Derivative> derivatives;
    std::vector<Scenario> scenarios;
    std::map<std::string, std::vector<PricePoint>> priceHistory; // asset id -> points, time ascending
    RawJson raw; // top-level unknown keys

    // id -> index; rebuilt by resolve()
    std::unordered_map<std::string, int> assetIndex, nodeIndex, linkIndex, poolIndex, positionIndex, loanIndex,
        derivativeIndex, scenarioIndex;

    /// Rebuilds the id indices and every entity's resolved references. Duplicates keep the first.
    void resolve();

    int assetIx(const std::string& id) const { return find(assetIndex, id); }
    int nodeIx(const std::string& id) const { return find(nodeIndex, id); }
    int linkIx(const std::string& id) const { return find(linkIndex, id); }
    int poolIx(const std::string& id) const { return find(poolIndex, id); }
    int positionIx(const std::string& id) const { return find(positionIndex, id); }
    int loanIx(const std::string& id) const { return find(loanIndex, id); }
    int scenarioIx(const std::string& id) const { return find(scenarioIndex, id); }

    /// Risk parameters of a collateral asset for a loan: the venue's, overridden key by key by the loan's.
    RiskParams riskParams(const Loan& loan, const std::string& asset) const;

    /// Per link, the share of its receiver's inflow a supply link carries: its `share`, or, where a
    /// link gives none (a links.csv of from,to), an equal part of what the receiver's given shares
    /// leave (1 - their sum, at least 0). 0 for links that are not supply links.
    std::vector<double> effectiveSupplyShares() const;

private:
    static int find(const std::unordered_map<std::string, int>& m, const std::string& id)
    {
        auto it = m.find(id);
        return it == m.end() ? -1 : it->second;
    }
};

using BookPtr = std::shared_ptr<const Book>;

// enum <-> string (the FORMAT.md spellings)
const char* toString(AssetKind);
const char* toString(NodeType);
const char* toString(LinkType);
const char* toString(PoolModel);
const char* toString(DerivativeType);
const char* toString(ShockType);
const char* toString(ClearingModel);
const char* toString(DebtRankImpact);
const char* toString(DebtRankWeights);
std::optional<AssetKind> assetKindFromString(std::string_view);
std::optional<NodeType> nodeTypeFromString(std::string_view);
std::optional<LinkType> linkTypeFromString(std::string_view);
std::optional<PoolModel> poolModelFromString(std::string_view);
std::optional<DerivativeType> derivativeTypeFromString(std::string_view);
std::optional<ShockType> shockTypeFromString(std::string_view);
std::optional<ClearingModel> clearingModelFromString(std::string_view);
std::optional<DebtRankImpact> debtRankImpactFromString(std::string_view);
std::optional<DebtRankWeights> debtRankWeightsFromString(std::string_view);

} // namespace ballast
