#include "feed.h"

#include "inputlimits.h"
#include "timeutil.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ballast {

namespace {

using nlohmann::json;

/// Nesting depth outside strings, without building anything (guards the recursive parser).
int nestingDepth(std::string_view s)
{
    int depth = 0, worst = 0;
    bool inString = false, escaped = false;
    for (char c : s) {
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') inString = true;
        else if (c == '{' || c == '[') worst = std::max(worst, ++depth);
        else if (c == '}' || c == ']') --depth;
    }
    return worst;
}

bool readTick(const json& j, const std::string& where, FeedTick& t, std::string& error)
{
    if (!j.is_object()) return error = where + ": not an object", false;
    const auto a = j.find("asset");
    if (a == j.end() || !a->is_string() || a->get_ref<const std::string&>().empty())
        return error = where + ".asset: missing or not a string", false;
    t.asset = a->get<std::string>();
    if (t.asset.size() > 128) return error = where + ".asset: longer than 128 characters", false;
    auto positive = [&](const char* key, double& out, bool required) {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null()) {
            if (required) error = where + "." + key + ": missing";
            return !required;
        }
        if (!it->is_number()) return error = where + "." + key + ": not a number", false;
        const double v = it->get<double>();
        if (!std::isfinite(v) || v <= 0 || v > limits::kMaxMagnitude)
            return error = where + "." + key + ": not a positive finite number below 1e15", false;
        out = v;
        return true;
    };
    if (!positive("price", t.price, true) || !positive("oracle", t.oracle, false)) return false;
    if (const auto it = j.find("time"); it != j.end() && !it->is_null()) {
        if (!it->is_string()) return error = where + ".time: not an ISO 8601 string", false;
        const auto s = parseIsoTime(it->get<std::string>());
        if (!s) return error = where + ".time: not an ISO 8601 time", false;
        t.time = *s;
    }
    if (const auto it = j.find("seq"); it != j.end() && !it->is_null()) {
        if (!it->is_number_integer()) return error = where + ".seq: not an integer", false;
        t.seq = it->get<long long>();
    }
    return true;
}

/// The message as a JSON object with a string `type`, within the size and depth limits; else the
/// reason in `m.error` and a discarded value.
json parseObject(std::string_view text, FeedMessage& m)
{
    if (text.size() > kFeedMaxMessageBytes) return m.error = "message larger than 1 MiB", json(json::value_t::discarded);
    if (nestingDepth(text) > kFeedMaxDepth) return m.error = "nested deeper than 6 levels", json(json::value_t::discarded);
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) return m.error = "not JSON", j;
    if (!j.is_object()) return m.error = "not a JSON object", json(json::value_t::discarded);
    const auto type = j.find("type");
    if (type == j.end() || !type->is_string()) return m.error = "type: missing or not a string", json(json::value_t::discarded);
    return j;
}

/// A positive finite price below 1e15 written as a decimal string ("4388.01000000"), as the
/// exchanges send them to keep their digits.
bool decimalPrice(const json& j, const char* key, const std::string& where, double& out, std::string& error)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return error = where + "." + key + ": missing or not a decimal string", false;
    const std::string& s = it->get_ref<const std::string&>();
    double v = kNaN;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v) || v <= 0 || v > limits::kMaxMagnitude)
        return error = where + "." + key + ": not a positive decimal below 1e15", false;
    out = v;
    return true;
}

/// How a feed's name is looked up: Pyth's feed ids in lower case without "0x", others as they are.
std::string symbolKey(FeedFormat f, std::string s)
{
    if (f != FeedFormat::Pyth) return s;
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (s.rfind("0x", 0) == 0) s.erase(0, 2);
    return s;
}

std::string assetOf(FeedFormat f, const std::string& name, const std::map<std::string, std::string>& symbols)
{
    const std::string key = symbolKey(f, name);
    for (const auto& [symbol, asset] : symbols)
        if (symbolKey(f, symbol) == key) return asset;
    return name;
}

/// What a feed's own error message says (its `key`, cut at 200 characters), as a rejection's reason.
std::string feedSays(const json& j, const char* key)
{
    const auto it = j.find(key);
    return "the feed says: " + (it != j.end() && it->is_string() ? it->get<std::string>().substr(0, 200) : std::string("error"));
}

/// Coinbase Exchange's public WebSocket feed (wss://ws-feed.exchange.coinbase.com): a "ticker"
/// message per trade with the product, its price as a decimal string, the time and the product's
/// sequence number; "heartbeat" messages; "subscriptions" confirms; "error" says what went wrong.
FeedMessage parseCoinbase(std::string_view text, const std::map<std::string, std::string>& symbols)
{
    FeedMessage m;
    const json j = parseObject(text, m);
    if (j.is_discarded()) return m;
    const std::string& t = j["type"].get_ref<const std::string&>();
    if (t == "heartbeat") {
        m.kind = FeedMessage::Kind::Heartbeat;
        if (const auto it = j.find("time"); it != j.end() && it->is_string()) m.time = parseIsoTime(it->get<std::string>());
        return m;
    }
    if (t == "subscriptions") return m.kind = FeedMessage::Kind::Other, m;
    if (t == "error") return m.error = feedSays(j, "message"), m;
    if (t != "ticker") return m.kind = FeedMessage::Kind::Other, m; // "new message types can be added at any time"
    FeedTick tick;
    const auto product = j.find("product_id");
    if (product == j.end() || !product->is_string() || product->get_ref<const std::string&>().empty())
        return m.error = "ticker.product_id: missing or not a string", m;
    if (product->get_ref<const std::string&>().size() > 128) return m.error = "ticker.product_id: longer than 128 characters", m;
    tick.asset = assetOf(FeedFormat::Coinbase, product->get<std::string>(), symbols);
    if (!decimalPrice(j, "price", "ticker", tick.price, m.error)) return m;
    if (const auto it = j.find("time"); it != j.end() && !it->is_null()) {
        if (!it->is_string() || !(tick.time = parseIsoTime(it->get<std::string>()))) return m.error = "ticker.time: not an ISO 8601 time", m;
    }
    if (const auto it = j.find("sequence"); it != j.end() && !it->is_null()) {
        if (!it->is_number_integer()) return m.error = "ticker.sequence: not an integer", m;
        tick.seq = it->get<long long>();
    }
    m.ticks.push_back(std::move(tick));
    m.kind = FeedMessage::Kind::Ticks;
    return m;
}

/// Pyth's Hermes WebSocket (wss://hermes.pyth.network/ws): a "price_update" carries a price feed
/// by its id, its price as an integer string with a power-of-ten exponent, and its publish time
/// (Unix seconds); a "response" confirms or refuses a subscription. An oracle's price: the tick
/// moves the asset's oracle, not its market.
FeedMessage parsePyth(std::string_view text, const std::map<std::string, std::string>& symbols)
{
    FeedMessage m;
    const json j = parseObject(text, m);
    if (j.is_discarded()) return m;
    const std::string& t = j["type"].get_ref<const std::string&>();
    if (t == "response") {
        const auto status = j.find("status");
        if (status != j.end() && status->is_string() && status->get_ref<const std::string&>() == "error")
            return m.error = feedSays(j, "error"), m;
        return m.kind = FeedMessage::Kind::Other, m;
    }
    if (t != "price_update") return m.kind = FeedMessage::Kind::Other, m;
    const auto feed = j.find("price_feed");
    if (feed == j.end() || !feed->is_object()) return m.error = "price_feed: missing or not an object", m;
    const auto id = feed->find("id");
    if (id == feed->end() || !id->is_string() || id->get_ref<const std::string&>().empty() || id->get_ref<const std::string&>().size() > 128)
        return m.error = "price_feed.id: missing or not a string", m;
    const auto price = feed->find("price");
    if (price == feed->end() || !price->is_object()) return m.error = "price_feed.price: missing or not an object", m;
    const auto mantissa = price->find("price");
    const auto expo = price->find("expo");
    if (mantissa == price->end() || !mantissa->is_string()) return m.error = "price_feed.price.price: missing or not an integer string", m;
    if (expo == price->end() || !expo->is_number_integer() || std::abs(expo->get<long long>()) > 30)
        return m.error = "price_feed.price.expo: missing or not an integer within ±30", m;
    const std::string& digits = mantissa->get_ref<const std::string&>();
    long long units = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), units);
    if (ec != std::errc() || end != digits.data() + digits.size())
        return m.error = "price_feed.price.price: not an integer string", m;
    FeedTick tick;
    tick.asset = assetOf(FeedFormat::Pyth, id->get<std::string>(), symbols);
    tick.oracle = static_cast<double>(units) * std::pow(10.0, static_cast<double>(expo->get<long long>()));
    if (!std::isfinite(tick.oracle) || tick.oracle <= 0 || tick.oracle > limits::kMaxMagnitude)
        return m.error = "price_feed.price: not a positive price below 1e15", m;
    if (const auto it = price->find("publish_time"); it != price->end() && !it->is_null()) {
        if (!it->is_number_integer() || it->get<long long>() < 0) return m.error = "price_feed.price.publish_time: not Unix seconds", m;
        tick.time = static_cast<Seconds>(it->get<long long>());
    }
    m.ticks.push_back(std::move(tick));
    m.kind = FeedMessage::Kind::Ticks;
    return m;
}

} // namespace

const char* toString(FeedFormat f)
{
    switch (f) {
    case FeedFormat::Ballast: return "ballast";
    case FeedFormat::Coinbase: return "coinbase";
    case FeedFormat::Pyth: return "pyth";
    }
    return "ballast";
}

std::optional<FeedFormat> feedFormatFromString(std::string_view name)
{
    for (FeedFormat f : {FeedFormat::Ballast, FeedFormat::Coinbase, FeedFormat::Pyth})
        if (name == toString(f)) return f;
    return std::nullopt;
}

FeedMessage parseFeedMessage(std::string_view text, FeedFormat format, const std::map<std::string, std::string>& symbols)
{
    switch (format) {
    case FeedFormat::Coinbase: return parseCoinbase(text, symbols);
    case FeedFormat::Pyth: return parsePyth(text, symbols);
    case FeedFormat::Ballast: break;
    }
    FeedMessage m = parseFeedMessage(text);
    if (!symbols.empty())
        for (FeedTick& t : m.ticks) t.asset = assetOf(FeedFormat::Ballast, t.asset, symbols);
    return m;
}

std::string feedSubscription(FeedFormat format, const std::map<std::string, std::string>& symbols)
{
    // one map serves both: Pyth's names are 32-byte feed ids in hex, Coinbase's are products
    auto pythId = [](const std::string& s) {
        const std::string k = symbolKey(FeedFormat::Pyth, s);
        return k.size() == 64 && k.find_first_not_of("0123456789abcdef") == std::string::npos;
    };
    json names = json::array();
    for (const auto& [symbol, asset] : symbols)
        if (pythId(symbol) == (format == FeedFormat::Pyth)) names.push_back(symbol);
    switch (format) {
    case FeedFormat::Coinbase: return json{{"type", "subscribe"}, {"product_ids", names}, {"channels", {"ticker", "heartbeat"}}}.dump();
    case FeedFormat::Pyth: return json{{"type", "subscribe"}, {"ids", names}}.dump();
    case FeedFormat::Ballast: break;
    }
    return {};
}

FeedMessage parseFeedMessage(std::string_view text)
{
    FeedMessage m;
    const json j = parseObject(text, m);
    if (j.is_discarded()) return m;
    const std::string& t = j["type"].get_ref<const std::string&>();
    if (t == "heartbeat") {
        m.kind = FeedMessage::Kind::Heartbeat;
        if (const auto it = j.find("time"); it != j.end() && it->is_string()) {
            if (const auto s = parseIsoTime(it->get<std::string>())) m.time = *s;
        }
        return m;
    }
    if (t == "tick") {
        FeedTick tick;
        if (!readTick(j, "tick", tick, m.error)) return m;
        m.ticks.push_back(std::move(tick));
        m.kind = FeedMessage::Kind::Ticks;
        return m;
    }
    if (t == "ticks") {
        const auto arr = j.find("ticks");
        if (arr == j.end() || !arr->is_array()) return m.error = "ticks: missing or not an array", m;
        if (arr->size() > kFeedMaxTicksPerMessage) return m.error = "ticks: more than 10000 in one message", m;
        for (size_t i = 0; i < arr->size(); ++i) {
            FeedTick tick;
            if (!readTick((*arr)[i], "ticks[" + std::to_string(i) + "]", tick, m.error)) {
                m.ticks.clear();
                return m;
            }
            m.ticks.push_back(std::move(tick));
        }
        m.kind = FeedMessage::Kind::Ticks;
        return m;
    }
    m.error = "type: unknown message type '" + t.substr(0, 40) + "'";
    return m;
}

FeedFilter::FeedFilter(const Book& book) : m_book(book) {}

FeedFilter::Verdict FeedFilter::check(const FeedTick& t, int* assetIx)
{
    const int a = m_book.assetIx(t.asset);
    if (assetIx) *assetIx = a;
    if (a < 0) return Verdict::UnknownAsset;
    const AssetKind k = m_book.assets[a].kind;
    if (k == AssetKind::InventoryToken || (k == AssetKind::InvoiceToken && std::isnan(m_book.assets[a].price)))
        return Verdict::NotTradable;
    if (t.seq) {
        const auto it = m_lastSeq.find(a);
        if (it != m_lastSeq.end() && *t.seq <= it->second) return Verdict::OutOfOrder;
    }
    if (t.time) {
        const auto it = m_lastTime.find(a);
        if (it != m_lastTime.end() && *t.time < it->second) return Verdict::Stale;
    }
    if (t.seq) m_lastSeq[a] = *t.seq;
    if (t.time) m_lastTime[a] = *t.time;
    return Verdict::Accepted;
}

const char* FeedFilter::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Accepted: return "accepted";
    case Verdict::UnknownAsset: return "unknown asset";
    case Verdict::NotTradable: return "token priced from its underlying";
    case Verdict::OutOfOrder: return "out of order";
    case Verdict::Stale: return "older than the last tick";
    }
    return "";
}

SimulatedMarket::SimulatedMarket(const Book& book, std::uint64_t seed, double secondsPerTick)
    : m_book(book), m_rng(seed), m_secondsPerTick(secondsPerTick), m_time(book.meta.asOf)
{
    for (size_t a = 0; a < book.assets.size(); ++a) {
        const Asset& as = book.assets[a];
        if (as.kind == AssetKind::InventoryToken || as.kind == AssetKind::InvoiceToken || as.kind == AssetKind::Fiat) continue;
        if (!(as.price > 0) || !(as.volatility > 0)) continue;
        m_assets.push_back(static_cast<int>(a));
        m_price.push_back(as.price);
    }
}

std::vector<FeedTick> SimulatedMarket::step()
{
    std::vector<FeedTick> out;
    if (m_assets.empty()) return out;
    std::normal_distribution<double> z(0.0, 1.0);
    const double dt = m_secondsPerTick / (365.0 * 86400.0);
    m_time += static_cast<Seconds>(m_secondsPerTick);
    // a few assets move each tick, as on a real feed
    const size_t moves = std::max<size_t>(1, m_assets.size() / 4);
    std::uniform_int_distribution<size_t> pick(0, m_assets.size() - 1);
    for (size_t k = 0; k < moves; ++k) {
        const size_t i = pick(m_rng);
        const double sigma = m_book.assets[m_assets[i]].volatility;
        m_price[i] *= std::exp(-0.5 * sigma * sigma * dt + sigma * std::sqrt(dt) * z(m_rng));
        FeedTick t;
        t.asset = m_book.assets[m_assets[i]].id;
        t.price = m_price[i];
        t.seq = ++m_seq;
        t.time = m_time;
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<FeedTick> replayTicks(const std::map<std::string, std::vector<PricePoint>>& series)
{
    std::vector<FeedTick> rows;
    for (const auto& [asset, points] : series)
        for (const PricePoint& p : points) {
            FeedTick t;
            t.asset = asset;
            t.price = p.price;
            t.time = p.time;
            rows.push_back(std::move(t));
        }
    std::stable_sort(rows.begin(), rows.end(), [](const FeedTick& a, const FeedTick& b) { return *a.time < *b.time; });
    return rows;
}

} // namespace ballast
