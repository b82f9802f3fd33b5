#pragma once
// The live feed's message formats (docs/FEED.md), the rules for accepting ticks and the simulated
// market. Pure functions, no Qt: the desk's feed, `ballast-cli watch`, the fuzzer and the tests
// share them. Ballast's own messages:
//
//   {"type":"tick","asset":"WETH","price":2450.5,"oracle":2449.0,"time":"2026-11-20T12:00:00Z","seq":17}
//   {"type":"ticks","ticks":[{...tick without "type"...}, ...]}
//   {"type":"heartbeat","time":"2026-11-20T12:00:01Z"}
//
// and two public layouts: Coinbase Exchange's "ticker" channel (a trade's price: the market) and
// Pyth's Hermes "price_update" (an oracle's price), their names mapped to the book's assets by
// settings.feed.symbols.

#include "model.h"

#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ballast {

struct FeedTick
{
    std::string asset;
    /// The market price; NaN in an oracle's update (Pyth), which leaves the market where it is.
    /// The oracle price; NaN: the oracle follows the market (Ballast's and Coinbase's messages).
    double price = kNaN, oracle = kNaN;
    std::optional<Seconds> time;
    std::optional<long long> seq;
};

struct FeedMessage
{
    /// Other: a message of the format that carries no price (a subscription's confirmation).
    enum class Kind { Ticks, Heartbeat, Other, Invalid };
    Kind kind = Kind::Invalid;
    std::vector<FeedTick> ticks;
    std::optional<Seconds> time; // heartbeat
    std::string error;           // Invalid: why, with the place ("ticks[3].price: not a positive number")
};

inline constexpr size_t kFeedMaxMessageBytes = 1 << 20;
inline constexpr size_t kFeedMaxTicksPerMessage = 10000;
inline constexpr int kFeedMaxDepth = 6;

enum class FeedFormat { Ballast, Coinbase, Pyth };
const char* toString(FeedFormat format);
std::optional<FeedFormat> feedFormatFromString(std::string_view name);

/// Parses one message. Never throws; anything malformed is Kind::Invalid with a reason.
FeedMessage parseFeedMessage(std::string_view text);
/// One message in `format`; `symbols` maps the feed's names (a Coinbase product id such as
/// "ETH-USD", a Pyth feed id in hex) to asset ids; a name the map lacks is taken as an asset id.
FeedMessage parseFeedMessage(std::string_view text, FeedFormat format, const std::map<std::string, std::string>& symbols);
/// What a client sends once connected for the feed to start (the subscription to the mapped
/// symbols of the format: Pyth's 64-hex-digit feed ids, Coinbase's other names), or "" when the
/// format needs nothing.
std::string feedSubscription(FeedFormat format, const std::map<std::string, std::string>& symbols);

/// Accepts or rejects ticks: unknown assets, tokens (priced from their underlying), out-of-order
/// sequence numbers and ticks older than the last accepted one for the asset are rejected.
class FeedFilter
{
public:
    enum class Verdict { Accepted, UnknownAsset, NotTradable, OutOfOrder, Stale };
    explicit FeedFilter(const Book& book);
    Verdict check(const FeedTick& tick, int* assetIx);
    static const char* verdictName(Verdict v);

private:
    const Book& m_book;
    std::unordered_map<int, long long> m_lastSeq;
    std::unordered_map<int, Seconds> m_lastTime;
};

/// The seeded simulated market (docs/FEED.md): geometric Brownian moves of every priced asset that
/// is not a token or fiat and has a volatility, a quarter of them moving at each step of
/// `secondsPerTick` market seconds. The same seed gives the same ticks.
class SimulatedMarket
{
public:
    SimulatedMarket(const Book& book, std::uint64_t seed, double secondsPerTick = 60.0);
    std::vector<FeedTick> step();
    bool empty() const { return m_assets.empty(); }

private:
    const Book& m_book;
    std::mt19937_64 m_rng;
    std::vector<int> m_assets;
    std::vector<double> m_price;
    double m_secondsPerTick;
    long long m_seq = 0;
    Seconds m_time = 0;
};

/// The rows of a prices CSV (or a book's price history) as ticks in time order; rows of the same
/// time keep their order.
std::vector<FeedTick> replayTicks(const std::map<std::string, std::vector<PricePoint>>& series);

} // namespace ballast
