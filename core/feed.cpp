#include "feed.h"

#include "inputlimits.h"
#include "timeutil.h"

#include <nlohmann/json.hpp>

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

} // namespace

FeedMessage parseFeedMessage(std::string_view text)
{
    FeedMessage m;
    if (text.size() > kFeedMaxMessageBytes) return m.error = "message larger than 1 MiB", m;
    if (nestingDepth(text) > kFeedMaxDepth) return m.error = "nested deeper than 6 levels", m;
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) return m.error = "not JSON", m;
    if (!j.is_object()) return m.error = "not a JSON object", m;
    const auto type = j.find("type");
    if (type == j.end() || !type->is_string()) return m.error = "type: missing or not a string", m;
    const std::string& t = type->get_ref<const std::string&>();
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

} // namespace ballast
