#pragma once
// The live feed's message format (docs/FEED.md) and the rules for accepting ticks. Pure functions,
// no Qt: the desk's WebSocket client, the fuzzer and the tests share them.
//
//   {"type":"tick","asset":"WETH","price":2450.5,"oracle":2449.0,"time":"2026-11-20T12:00:00Z","seq":17}
//   {"type":"ticks","ticks":[{...tick without "type"...}, ...]}
//   {"type":"heartbeat","time":"2026-11-20T12:00:01Z"}

#include "model.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ballast {

struct FeedTick
{
    std::string asset;
    double price = kNaN, oracle = kNaN;
    std::optional<Seconds> time;
    std::optional<long long> seq;
};

struct FeedMessage
{
    enum class Kind { Ticks, Heartbeat, Invalid };
    Kind kind = Kind::Invalid;
    std::vector<FeedTick> ticks;
    std::optional<Seconds> time; // heartbeat
    std::string error;           // Invalid: why, with the place ("ticks[3].price: not a positive number")
};

inline constexpr size_t kFeedMaxMessageBytes = 1 << 20;
inline constexpr size_t kFeedMaxTicksPerMessage = 10000;
inline constexpr int kFeedMaxDepth = 6;

/// Parses one message. Never throws; anything malformed is Kind::Invalid with a reason.
FeedMessage parseFeedMessage(std::string_view text);

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

} // namespace ballast
