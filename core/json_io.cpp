#include "json_io.h"

#include "fields.h"

#include "inputlimits.h"
#include "validate.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace ballast {
using nlohmann::json;

namespace {

std::string child(const std::string& ptr, std::string_view key)
{
    std::string s = ptr + "/";
    for (char c : key) {
        if (c == '~') s += "~0";
        else if (c == '/') s += "~1";
        else s += c;
    }
    return s;
}
std::string child(const std::string& ptr, size_t i) { return ptr + "/" + std::to_string(i); }

/// Typed field access with every problem recorded at its JSON pointer.
class Reader
{
public:
    Reader(const std::string& file, Issues& issues) : m_file(file), m_issues(issues) {}

    void error(ErrorCode code, const std::string& place, Msg msg, std::vector<std::string> args = {})
    {
        m_issues.emplace_back(code, m_file, place, msg, std::move(args));
    }

    bool isObject(const json& o, const std::string& ptr)
    {
        if (o.is_object()) return true;
        error(ErrorCode::Type, ptr, Msg::ExpectedObject);
        return false;
    }

    const json* field(const json& o, const char* key) const
    {
        auto it = o.find(key);
        return it == o.end() || it->is_null() ? nullptr : &*it;
    }

    double number(const json& o, const std::string& ptr, const char* key, double def, bool required = false)
    {
        const json* v = field(o, key);
        if (!v) {
            if (required) error(ErrorCode::MissingField, child(ptr, key), Msg::RequiredNumber);
            return def;
        }
        if (!v->is_number()) {
            error(ErrorCode::Type, child(ptr, key), Msg::ExpectedNumberGot, {v->type_name()});
            return def;
        }
        return v->get<double>();
    }

    int integer(const json& o, const std::string& ptr, const char* key, int def)
    {
        const double d = number(o, ptr, key, def);
        if (d != std::floor(d) || d < -1e9 || d > 1e9) {
            error(ErrorCode::Type, child(ptr, key), Msg::ExpectedWholeNumber);
            return def;
        }
        return static_cast<int>(d);
    }

    bool boolean(const json& o, const std::string& ptr, const char* key, bool def)
    {
        const json* v = field(o, key);
        if (!v) return def;
        if (!v->is_boolean()) {
            error(ErrorCode::Type, child(ptr, key), Msg::ExpectedBool);
            return def;
        }
        return v->get<bool>();
    }

    std::string string(const json& o, const std::string& ptr, const char* key, bool required = false)
    {
        const json* v = field(o, key);
        if (!v) {
            if (required) error(ErrorCode::MissingField, child(ptr, key), Msg::RequiredText);
            return {};
        }
        if (!v->is_string()) {
            error(ErrorCode::Type, child(ptr, key), Msg::ExpectedTextGot, {v->type_name()});
            return {};
        }
        const auto& s = v->get_ref<const std::string&>();
        if (s.size() > limits::kMaxStringLength) {
            error(ErrorCode::Limit, child(ptr, key), Msg::TextTooLong,
                  {std::to_string(limits::kMaxStringLength)});
            return s.substr(0, limits::kMaxStringLength);
        }
        if (required && s.empty()) error(ErrorCode::MissingField, child(ptr, key), Msg::MustNotBeEmpty);
        return s;
    }

    std::optional<Seconds> time(const json& o, const std::string& ptr, const char* key)
    {
        const json* v = field(o, key);
        if (!v) return std::nullopt;
        if (!v->is_string()) {
            error(ErrorCode::BadDate, child(ptr, key), Msg::ExpectedTimeInQuotes);
            return std::nullopt;
        }
        auto t = parseIsoTime(v->get_ref<const std::string&>());
        if (!t) error(ErrorCode::BadDate, child(ptr, key), Msg::NotIsoTimeValue, {v->get<std::string>()});
        return t;
    }

    template <class E, class F>
    E enumeration(const json& o, const std::string& ptr, const char* key, F parse, E def, bool required)
    {
        const std::string s = string(o, ptr, key, false);
        if (s.empty()) {
            if (required) error(ErrorCode::MissingField, child(ptr, key), Msg::RequiredValue);
            return def;
        }
        auto e = parse(s);
        if (!e) {
            error(ErrorCode::BadEnum, child(ptr, key), Msg::UnknownValue, {s});
            return def;
        }
        return *e;
    }

    std::vector<std::string> strings(const json& o, const std::string& ptr, const char* key)
    {
        std::vector<std::string> out;
        const json* v = field(o, key);
        if (!v) return out;
        if (!v->is_array()) {
            error(ErrorCode::Type, child(ptr, key), Msg::ExpectedIdList);
            return out;
        }
        for (size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_string()) error(ErrorCode::Type, child(child(ptr, key), i), Msg::ExpectedId);
            else out.push_back((*v)[i].get<std::string>());
        }
        return out;
    }

    const json* array(const json& o, const std::string& ptr, const char* key)
    {
        const json* v = field(o, key);
        if (!v) return nullptr;
        if (!v->is_array()) {
            error(ErrorCode::Type, child(ptr, key), Msg::ExpectedList);
            return nullptr;
        }
        if (v->size() > limits::kMaxElements) {
            error(ErrorCode::Limit, child(ptr, key), Msg::TooManyElements, {std::to_string(limits::kMaxElements)});
            return nullptr;
        }
        return v;
    }

    RiskParams riskParams(const json& o, const std::string& ptr)
    {
        RiskParams r;
        if (!isObject(o, ptr)) return r;
        r.ltv = number(o, ptr, "ltv", kNaN);
        r.liquidationThreshold = number(o, ptr, "liquidationThreshold", kNaN);
        r.liquidationBonus = number(o, ptr, "liquidationBonus", kNaN);
        r.protocolFee = number(o, ptr, "protocolFee", kNaN);
        return r;
    }

    std::map<std::string, RiskParams> riskParamsMap(const json& o, const std::string& ptr)
    {
        std::map<std::string, RiskParams> m;
        const json* v = field(o, "riskParams");
        if (!v) return m;
        const std::string p = child(ptr, "riskParams");
        if (!isObject(*v, p)) return m;
        for (auto it = v->begin(); it != v->end(); ++it) m[it.key()] = riskParams(it.value(), child(p, it.key()));
        return m;
    }

    std::vector<BookLevel> levels(const json& o, const std::string& ptr, const char* key)
    {
        std::vector<BookLevel> out;
        const json* v = array(o, ptr, key);
        if (!v) return out;
        for (size_t i = 0; i < v->size(); ++i) {
            const json& l = (*v)[i];
            if (!l.is_array() || l.size() != 2 || !l[0].is_number() || !l[1].is_number()) {
                error(ErrorCode::Type, child(child(ptr, key), i), Msg::ExpectedPriceSize);
                continue;
            }
            out.push_back({l[0].get<double>(), l[1].get<double>()});
        }
        return out;
    }

private:
    const std::string& m_file;
    Issues& m_issues;
};

RawJson keep(const json& o) { return RawJson(o); }

// ---- writing: start from the raw object, overwrite what the model knows ----------------------

class Writer
{
public:
    explicit Writer(const RawJson& raw) : m_keep(raw ? raw.parsed() : json()), m_raw(raw ? &m_keep : nullptr)
    {
        m_out = m_raw && m_raw->is_object() ? *m_raw : json::object();
    }
    const json* original() const { return m_raw; }
    json take() { return std::move(m_out); }

    bool had(const char* key) const { return m_raw && m_raw->is_object() && m_raw->contains(key); }

    void number(const char* key, double v, double def)
    {
        if (had(key)) {
            const json& r = (*m_raw)[key];
            if (r.is_number() && r.get<double>() == v) return; // unchanged: keep the original spelling
        }
        const bool isDefault = v == def || (std::isnan(v) && std::isnan(def));
        if (std::isnan(v) || (std::isinf(v) && isDefault)) {
            m_out.erase(key);
            return;
        }
        if (had(key) || !isDefault) m_out[key] = v;
    }
    void integer(const char* key, long v, long def)
    {
        if (had(key) || v != def) m_out[key] = v;
    }
    void boolean(const char* key, bool v, bool def)
    {
        if (had(key) || v != def) m_out[key] = v;
    }
    void string(const char* key, const std::string& v)
    {
        if (had(key) && (*m_raw)[key].is_string() && (*m_raw)[key].get_ref<const std::string&>() == v) return;
        if (v.empty()) m_out.erase(key);
        else m_out[key] = v;
    }
    void time(const char* key, const std::optional<Seconds>& t)
    {
        if (!t) {
            m_out.erase(key);
            return;
        }
        if (had(key) && (*m_raw)[key].is_string()) {
            auto old = parseIsoTime((*m_raw)[key].get<std::string>());
            if (old && *old == *t) return;
        }
        m_out[key] = formatIsoTime(*t);
    }
    void strings(const char* key, const std::vector<std::string>& v)
    {
        if (v.empty() && !had(key)) m_out.erase(key);
        else m_out[key] = v;
    }
    void set(const char* key, json v) { m_out[key] = std::move(v); }
    void erase(const char* key) { m_out.erase(key); }

private:
    json m_keep;
    const json* m_raw;
    json m_out;
};

json riskParamsJson(const RiskParams& r)
{
    json o = json::object();
    if (!std::isnan(r.ltv)) o["ltv"] = r.ltv;
    if (!std::isnan(r.liquidationThreshold)) o["liquidationThreshold"] = r.liquidationThreshold;
    if (!std::isnan(r.liquidationBonus)) o["liquidationBonus"] = r.liquidationBonus;
    if (!std::isnan(r.protocolFee)) o["protocolFee"] = r.protocolFee;
    return o;
}

json riskParamsMapJson(const std::map<std::string, RiskParams>& m)
{
    json o = json::object();
    for (const auto& [k, v] : m) o[k] = riskParamsJson(v);
    return o;
}

json levelsJson(const std::vector<BookLevel>& levels)
{
    json a = json::array();
    for (const auto& l : levels) a.push_back(json::array({l.price, l.size}));
    return a;
}


// ---- the plain fields of an entity, from its table (fields.h) ------------------------------

template <class T>
void readFields(Reader& r, const json& o, const std::string& ptr, const fields::Table<T>& table, T& t)
{
    static const T blank{};
    for (const auto& f : table) {
        const bool required = f.required(t);
        std::visit(
            [&](auto m) {
                using M = std::decay_t<decltype(t.*m)>;
                if constexpr (std::is_same_v<M, std::string>) t.*m = r.string(o, ptr, f.key, required);
                else if constexpr (std::is_same_v<M, double>) t.*m = r.number(o, ptr, f.key, blank.*m, required);
                else if constexpr (std::is_same_v<M, int>) t.*m = r.integer(o, ptr, f.key, blank.*m);
                else if constexpr (std::is_same_v<M, bool>) t.*m = r.boolean(o, ptr, f.key, blank.*m);
                else t.*m = r.time(o, ptr, f.key);
            },
            f.member);
    }
}

template <class T>
void writeFields(Writer& w, const fields::Table<T>& table, const T& t)
{
    static const T blank{};
    for (const auto& f : table) {
        const bool always = f.writeAlways(t);
        std::visit(
            [&](auto m) {
                using M = std::decay_t<decltype(t.*m)>;
                if constexpr (std::is_same_v<M, std::string>) w.string(f.key, t.*m);
                else if constexpr (std::is_same_v<M, double>) w.number(f.key, t.*m, always ? kNaN : blank.*m); // kNaN: never the default
                else if constexpr (std::is_same_v<M, int>) always ? w.set(f.key, t.*m) : w.integer(f.key, t.*m, blank.*m);
                else if constexpr (std::is_same_v<M, bool>) always ? w.set(f.key, t.*m) : w.boolean(f.key, t.*m, blank.*m);
                else w.time(f.key, t.*m);
            },
            f.member);
    }
}

/// Whether writing an entity back without its original object gives that object again (by value):
/// only keys the model knows, no empty strings, no numbers at the defaults the writer omits, times
/// in canonical form. Then no copy of the original is kept: a million positions would otherwise
/// hold a million copies (the stress book). `texts`: keys outside the table that are non-empty
/// text (kinds, types); `extraKnown`: other keys the caller has checked.
template <class T>
bool plain(const json& o, const fields::Table<T>& table, std::initializer_list<const char*> texts, size_t extraKnown = 0)
{
    static const T blank{};
    auto text = [](const json& v) { return v.is_string() && !v.get_ref<const std::string&>().empty(); };
    size_t known = 0;
    for (const auto& f : table) {
        const auto it = o.find(f.key);
        if (it == o.end()) continue;
        if (f.applies) return false; // a rule that depends on the kind: keep the original
        const bool ok = std::visit(
            [&](auto m) -> bool {
                using M = std::decay_t<decltype(blank.*m)>;
                if constexpr (std::is_same_v<M, std::string>) return text(*it);
                else if constexpr (std::is_same_v<M, double>)
                    return it->is_number() && (f.writeAlways(blank) || std::isnan(blank.*m) || it->template get<double>() != blank.*m);
                else if constexpr (std::is_same_v<M, int>)
                    return it->is_number_integer() && (f.writeAlways(blank) || it->template get<long long>() != blank.*m);
                else if constexpr (std::is_same_v<M, bool>) return it->is_boolean() && (f.writeAlways(blank) || it->template get<bool>() != blank.*m);
                else {
                    if (!it->is_string()) return false;
                    const auto t = parseIsoTime(it->template get_ref<const std::string&>());
                    return t && formatIsoTime(*t) == it->template get_ref<const std::string&>();
                }
            },
            f.member);
        if (!ok) return false;
        ++known;
    }
    for (const char* k : texts)
        if (const auto it = o.find(k); it != o.end()) {
            if (!text(*it)) return false;
            ++known;
        }
    return known + extraKnown == o.size();
}

} // namespace

// ---- entities ---------------------------------------------------------------------------------

Asset assetFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Asset a;
    a.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return a;
    a.raw = keep(o);
    a.kind = r.enumeration(o, ptr, "kind", assetKindFromString, AssetKind::Crypto, true);
    readFields(r, o, ptr, fields::assetFields(), a);
    return a;
}

json toJson(const Asset& a)
{
    Writer w(a.raw);
    w.string("kind", toString(a.kind));
    writeFields(w, fields::assetFields(), a);
    return w.take();
}

Correlation correlationFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Correlation c;
    c.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return c;
    c.raw = keep(o);
    c.a = r.string(o, ptr, "a", true);
    c.b = r.string(o, ptr, "b", true);
    c.rho = r.number(o, ptr, "rho", 0.0, true);
    return c;
}

json toJson(const Correlation& c)
{
    Writer w(c.raw);
    w.string("a", c.a);
    w.string("b", c.b);
    w.number("rho", c.rho, kNaN);
    return w.take();
}

Node nodeFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Node n;
    n.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return n;
    n.raw = keep(o);
    n.type = r.enumeration(o, ptr, "type", nodeTypeFromString, NodeType::Supplier, true);
    readFields(r, o, ptr, fields::nodeFields(), n);
    n.riskParams = r.riskParamsMap(o, ptr);
    if (const json* cb = r.field(o, "circuitBreaker")) {
        const std::string p = child(ptr, "circuitBreaker");
        if (r.isObject(*cb, p)) {
            n.circuitBreaker.maxDropPerRound = r.number(*cb, p, "maxDropPerRound", kNaN);
            n.circuitBreaker.haltRounds = r.integer(*cb, p, "haltRounds", 0);
            n.circuitBreaker.maxLiquidationPerRound = r.number(*cb, p, "maxLiquidationPerRound", kNaN);
            n.circuitBreaker.oracleMaxJump = r.number(*cb, p, "oracleMaxJump", kNaN);
        }
    }
    return n;
}

json toJson(const Node& n)
{
    Writer w(n.raw);
    w.string("type", toString(n.type));
    writeFields(w, fields::nodeFields(), n);
    if (!n.riskParams.empty() || w.had("riskParams")) w.set("riskParams", riskParamsMapJson(n.riskParams));
    if (n.circuitBreaker.present() || w.had("circuitBreaker")) {
        json cb = json::object();
        const auto& c = n.circuitBreaker;
        if (!std::isnan(c.maxDropPerRound)) cb["maxDropPerRound"] = c.maxDropPerRound;
        if (c.haltRounds) cb["haltRounds"] = c.haltRounds;
        if (!std::isnan(c.maxLiquidationPerRound)) cb["maxLiquidationPerRound"] = c.maxLiquidationPerRound;
        if (!std::isnan(c.oracleMaxJump)) cb["oracleMaxJump"] = c.oracleMaxJump;
        w.set("circuitBreaker", cb);
    }
    return w.take();
}

Link linkFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Link l;
    l.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return l;
    {
        size_t extra = 0;
        bool ok = true;
        if (const auto v = o.find("via"); v != o.end()) {
            ok = v->is_array() && !v->empty();
            for (const auto& e : *v) ok = ok && e.is_string();
            ++extra;
        }
        if (const auto t = o.find("transitDays"); t != o.end()) {
            const auto std = t->is_object() ? t->find("std") : t->end();
            ok = ok && t->is_object() && t->contains("mean") && (*t)["mean"].is_number() &&
                 t->size() == (std != t->end() ? 2u : 1u) && (std == t->end() || (std->is_number() && std->get<double>() != 0.0));
            ++extra;
        }
        if (!ok || !plain(o, fields::linkFields(), {"type"}, extra))
            l.raw = keep(o);
    }
    l.type = r.enumeration(o, ptr, "type", linkTypeFromString, LinkType::Supply, true);
    readFields(r, o, ptr, fields::linkFields(), l);
    l.via = r.strings(o, ptr, "via");
    if (const json* t = r.field(o, "transitDays")) {
        const std::string p = child(ptr, "transitDays");
        if (r.isObject(*t, p)) {
            l.transitDays.mean = r.number(*t, p, "mean", kNaN, true);
            l.transitDays.std = r.number(*t, p, "std", 0.0);
        }
    }
    return l;
}

json toJson(const Link& l)
{
    Writer w(l.raw);
    w.string("type", toString(l.type));
    writeFields(w, fields::linkFields(), l);
    w.strings("via", l.via);
    if (!std::isnan(l.transitDays.mean)) {
        json t = {{"mean", l.transitDays.mean}};
        if (l.transitDays.std != 0.0 || (w.had("transitDays") && w.original()->at("transitDays").contains("std")))
            t["std"] = l.transitDays.std;
        w.set("transitDays", t);
    } else {
        w.erase("transitDays");
    }
    return w.take();
}

Pool poolFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Pool p;
    p.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return p;
    p.raw = keep(o);
    p.model = r.enumeration(o, ptr, "model", poolModelFromString, PoolModel::ConstantProduct, true);
    readFields(r, o, ptr, fields::poolFields(), p);
    p.bids = r.levels(o, ptr, "bids");
    p.asks = r.levels(o, ptr, "asks");
    if (const json* rs = r.array(o, ptr, "ranges")) {
        for (size_t i = 0; i < rs->size(); ++i) {
            const std::string rp = child(child(ptr, "ranges"), i);
            const json& x = (*rs)[i];
            if (!r.isObject(x, rp)) continue;
            p.ranges.push_back({r.number(x, rp, "lower", 0.0, true), r.number(x, rp, "upper", 0.0, true),
                                r.number(x, rp, "liquidity", 0.0, true)});
        }
    } else if (p.model == PoolModel::Concentrated) {
        r.error(ErrorCode::MissingField, child(ptr, "ranges"), Msg::ConcentratedNeedsRanges);
    }
    return p;
}

json toJson(const Pool& p)
{
    Writer w(p.raw);
    w.string("model", toString(p.model));
    writeFields(w, fields::poolFields(), p);
    if (!p.bids.empty() || w.had("bids")) w.set("bids", levelsJson(p.bids));
    if (!p.asks.empty() || w.had("asks")) w.set("asks", levelsJson(p.asks));
    if (!p.ranges.empty() || w.had("ranges") || p.model == PoolModel::Concentrated) { // required, even empty
        json a = json::array();
        for (const auto& rg : p.ranges) a.push_back({{"lower", rg.lower}, {"upper", rg.upper}, {"liquidity", rg.liquidity}});
        w.set("ranges", a);
    }
    return w.take();
}

Position positionFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Position p;
    p.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return p;
    if (!plain(o, fields::positionFields(), {})) p.raw = keep(o);
    readFields(r, o, ptr, fields::positionFields(), p);
    return p;
}

json toJson(const Position& p)
{
    Writer w(p.raw);
    writeFields(w, fields::positionFields(), p);
    return w.take();
}

Loan loanFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Loan l;
    l.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return l;
    l.raw = keep(o);
    readFields(r, o, ptr, fields::loanFields(), l);
    l.collateral = r.strings(o, ptr, "collateral");
    l.riskParams = r.riskParamsMap(o, ptr);
    return l;
}

json toJson(const Loan& l)
{
    Writer w(l.raw);
    writeFields(w, fields::loanFields(), l);
    w.strings("collateral", l.collateral);
    if (!l.riskParams.empty() || w.had("riskParams")) w.set("riskParams", riskParamsMapJson(l.riskParams));
    return w.take();
}

Derivative derivativeFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Derivative d;
    d.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return d;
    d.raw = keep(o);
    d.type = r.enumeration(o, ptr, "type", derivativeTypeFromString, DerivativeType::EuropeanCall, true);
    readFields(r, o, ptr, fields::derivativeFields(), d);
    if (const json* t = r.field(o, "trigger")) {
        const std::string p = child(ptr, "trigger");
        if (r.isObject(*t, p)) {
            d.trigger.metric = r.string(*t, p, "metric");
            if (d.trigger.metric.empty()) d.trigger.metric = "delay-days";
            else if (d.trigger.metric != "delay-days")
                r.error(ErrorCode::BadEnum, child(p, "metric"), Msg::UnknownMetric, {d.trigger.metric});
            d.trigger.node = r.string(*t, p, "node", true);
            d.trigger.threshold = r.number(*t, p, "threshold", 0.0, true);
        }
    } else if (d.type == DerivativeType::ParametricCover) {
        r.error(ErrorCode::MissingField, child(ptr, "trigger"), Msg::CoverNeedsTrigger);
    }
    return d;
}

json toJson(const Derivative& d)
{
    Writer w(d.raw);
    w.string("type", toString(d.type));
    writeFields(w, fields::derivativeFields(), d); // a key the reader requires is written even at its default
    if (d.type == DerivativeType::ParametricCover || w.had("trigger"))
        w.set("trigger", {{"metric", d.trigger.metric}, {"node", d.trigger.node}, {"threshold", d.trigger.threshold}});
    return w.take();
}

Scenario scenarioFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Scenario s;
    s.origin.pointer = ptr;
    if (!r.isObject(o, ptr)) return s;
    s.raw = keep(o);
    s.id = r.string(o, ptr, "id", true);
    s.name = r.string(o, ptr, "name");
    s.description = r.string(o, ptr, "description");
    const json* shocks = r.array(o, ptr, "shocks");
    if (!shocks) return s;
    if (shocks->size() > limits::kMaxShocksPerScenario) {
        r.error(ErrorCode::Limit, child(ptr, "shocks"), Msg::TooManyShocks);
        return s;
    }
    for (size_t i = 0; i < shocks->size(); ++i) {
        const std::string p = child(child(ptr, "shocks"), i);
        const json& x = (*shocks)[i];
        if (!r.isObject(x, p)) continue;
        Shock k;
        k.type = r.enumeration(x, p, "type", shockTypeFromString, ShockType::Price, true);
        k.asset = r.string(x, p, "asset");
        k.pool = r.string(x, p, "pool");
        k.venue = r.string(x, p, "venue");
        k.node = r.string(x, p, "node");
        k.shipment = r.string(x, p, "shipment");
        k.chain = r.string(x, p, "chain");
        k.relative = r.number(x, p, "relative", kNaN);
        k.set = r.number(x, p, "set", kNaN);
        k.multiplier = r.number(x, p, "multiplier", kNaN);
        k.drain = r.number(x, p, "drain", kNaN);
        k.hours = r.number(x, p, "hours", kNaN);
        k.days = r.number(x, p, "days", kNaN);
        k.seconds = r.number(x, p, "seconds", kNaN);
        k.peg = r.number(x, p, "peg", kNaN);
        k.rounds = r.integer(x, p, "rounds", 0);
        if (const json* path = r.array(x, p, "path")) {
            if (path->size() > limits::kMaxPathPoints) r.error(ErrorCode::Limit, child(p, "path"), Msg::TooManyPoints);
            else
                for (size_t j = 0; j < path->size(); ++j) {
                    const json& pt = (*path)[j];
                    const std::string pp = child(child(p, "path"), j);
                    if (!pt.is_array() || pt.size() != 2 || !pt[0].is_string() || !pt[1].is_number()) {
                        r.error(ErrorCode::Type, pp, Msg::ExpectedTimePrice);
                        continue;
                    }
                    auto t = parseIsoTime(pt[0].get<std::string>());
                    if (!t) {
                        r.error(ErrorCode::BadDate, pp + "/0", Msg::NotIsoTime);
                        continue;
                    }
                    k.path.push_back({*t, pt[1].get<double>()});
                }
        }
        s.shocks.push_back(std::move(k));
    }
    return s;
}

json toJson(const Scenario& s)
{
    Writer w(s.raw);
    w.string("id", s.id);
    w.string("name", s.name);
    w.string("description", s.description);
    json shocks = json::array();
    for (const auto& k : s.shocks) {
        json o = {{"type", toString(k.type)}};
        auto str = [&](const char* key, const std::string& v) {
            if (!v.empty()) o[key] = v;
        };
        auto num = [&](const char* key, double v) {
            if (!std::isnan(v)) o[key] = v;
        };
        str("asset", k.asset);
        str("pool", k.pool);
        str("venue", k.venue);
        str("node", k.node);
        str("shipment", k.shipment);
        str("chain", k.chain);
        num("relative", k.relative);
        num("set", k.set);
        num("multiplier", k.multiplier);
        num("drain", k.drain);
        num("hours", k.hours);
        num("days", k.days);
        num("seconds", k.seconds);
        num("peg", k.peg);
        if (k.rounds) o["rounds"] = k.rounds;
        if (!k.path.empty()) {
            json path = json::array();
            for (const auto& pt : k.path) path.push_back(json::array({formatIsoTime(pt.time), pt.price}));
            o["path"] = path;
        }
        shocks.push_back(o);
    }
    w.set("shocks", shocks);
    return w.take();
}

Settings settingsFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Settings s;
    if (!r.isObject(o, ptr)) return s;
    s.raw = keep(o);
    if (const json* c = r.field(o, "clearing")) {
        const std::string p = child(ptr, "clearing");
        if (r.isObject(*c, p)) {
            s.clearingModel = r.enumeration(*c, p, "model", clearingModelFromString, ClearingModel::EisenbergNoe, false);
            s.alpha = r.number(*c, p, "alpha", 1.0);
            s.beta = r.number(*c, p, "beta", 1.0);
        }
    }
    if (const json* c = r.field(o, "debtRank")) {
        const std::string p = child(ptr, "debtRank");
        if (r.isObject(*c, p)) {
            s.debtRankImpact = r.enumeration(*c, p, "impact", debtRankImpactFromString, DebtRankImpact::Capped, false);
            s.debtRankWeights = r.enumeration(*c, p, "weights", debtRankWeightsFromString, DebtRankWeights::Equity, false);
        }
    }
    if (const json* c = r.field(o, "cascade")) {
        const std::string p = child(ptr, "cascade");
        if (r.isObject(*c, p)) {
            s.maxRounds = r.integer(*c, p, "maxRounds", 50);
            s.arbitrage = r.boolean(*c, p, "arbitrage", true);
            s.sellSeizedCollateral = r.boolean(*c, p, "sellSeizedCollateral", true);
        }
    }
    if (const json* c = r.field(o, "stress")) {
        const std::string p = child(ptr, "stress");
        if (r.isObject(*c, p)) {
            if (const json* conf = r.array(*c, p, "confidence")) {
                s.confidence.clear();
                for (size_t i = 0; i < conf->size(); ++i) {
                    if (!(*conf)[i].is_number()) r.error(ErrorCode::Type, child(child(p, "confidence"), i), Msg::ExpectedNumber);
                    else s.confidence.push_back((*conf)[i].get<double>());
                }
            }
            s.horizonDays = r.number(*c, p, "horizonDays", 1.0);
        }
    }
    if (const json* c = r.field(o, "inventory")) {
        const std::string p = child(ptr, "inventory");
        if (r.isObject(*c, p)) s.staleAttestationHaircut = r.number(*c, p, "staleAttestationHaircut", 0.0);
    }
    if (const json* c = r.field(o, "margin")) {
        const std::string p = child(ptr, "margin");
        if (r.isObject(*c, p)) s.timeToSellHours = r.number(*c, p, "timeToSellHours", 1.0);
    }
    if (const json* c = r.field(o, "feed")) {
        const std::string p = child(ptr, "feed");
        if (r.isObject(*c, p))
            if (const json* symbols = r.field(*c, "symbols")) {
                const std::string sp = child(p, "symbols");
                if (r.isObject(*symbols, sp))
                    for (auto it = symbols->begin(); it != symbols->end(); ++it) {
                        if (!it.value().is_string()) r.error(ErrorCode::Type, child(sp, it.key()), Msg::ExpectedTextGot, {it.value().type_name()});
                        else s.feedSymbols[it.key()] = it.value().get<std::string>();
                    }
            }
    }
    return s;
}

json settingsToJson(const Settings& s)
{
    json o = s.raw.parsed();
    auto merge = [&](const char* key, json values) {
        json sub = o.contains(key) && o[key].is_object() ? o[key] : json::object();
        for (auto it = values.begin(); it != values.end(); ++it) {
            const bool same = sub.contains(it.key()) && sub[it.key()] == it.value();
            if (!same) sub[it.key()] = it.value();
        }
        o[key] = sub;
    };
    merge("clearing", {{"model", toString(s.clearingModel)}, {"alpha", s.alpha}, {"beta", s.beta}});
    if (s.debtRankImpact != DebtRankImpact::Capped || s.debtRankWeights != DebtRankWeights::Equity || o.contains("debtRank"))
        merge("debtRank", {{"impact", toString(s.debtRankImpact)}, {"weights", toString(s.debtRankWeights)}});
    merge("cascade", {{"maxRounds", s.maxRounds}, {"arbitrage", s.arbitrage}, {"sellSeizedCollateral", s.sellSeizedCollateral}});
    merge("stress", {{"confidence", s.confidence}, {"horizonDays", s.horizonDays}});
    if (s.staleAttestationHaircut != 0.0 || o.contains("inventory"))
        merge("inventory", {{"staleAttestationHaircut", s.staleAttestationHaircut}});
    if (s.timeToSellHours != 1.0 || o.contains("margin")) merge("margin", {{"timeToSellHours", s.timeToSellHours}});
    if (!s.feedSymbols.empty() || o.contains("feed")) {
        json feed = o.contains("feed") && o["feed"].is_object() ? o["feed"] : json::object();
        feed["symbols"] = s.feedSymbols;
        o["feed"] = feed;
    }
    return o;
}

Meta metaFromJson(const json& o, const std::string& ptr, const std::string& file, Issues& issues)
{
    Reader r(file, issues);
    Meta m;
    if (!r.isObject(o, ptr)) return m;
    m.raw = keep(o);
    m.name = r.string(o, ptr, "name");
    m.baseCurrency = r.string(o, ptr, "baseCurrency");
    if (m.baseCurrency.empty()) m.baseCurrency = "USD";
    if (auto t = r.time(o, ptr, "asOf")) m.asOf = *t;
    return m;
}

json metaToJson(const Meta& m)
{
    Writer w(m.raw);
    w.string("name", m.name);
    w.string("baseCurrency", m.baseCurrency);
    w.time("asOf", m.asOf ? std::optional<Seconds>(m.asOf) : std::nullopt);
    return w.take();
}

// ---- whole workbook -----------------------------------------------------------------------------

namespace {

std::string lineColumn(std::string_view text, size_t byte)
{
    size_t line = 1, col = 1;
    for (size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') ++line, col = 1;
        else ++col;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

/// Where the first array or object nested more than `limit` levels inside others opens, or npos.
/// A plain scan (strings and escapes skipped): nlohmann's callback parser, which could enforce the
/// same limit, is about ten times slower than its DOM parser on a big book.
size_t tooDeepAt(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (depth > limit) return i;
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::string_view::npos;
}

template <class T, class F>
void readArray(Reader& r, const json& root, const char* key, std::vector<T>& out, F parse, const std::string& file,
               Issues& issues)
{
    const json* a = r.array(root, "", key);
    if (!a) return;
    out.reserve(a->size());
    const std::string base = std::string("/") + key;
    for (size_t i = 0; i < a->size(); ++i) out.push_back(parse((*a)[i], child(base, i), file, issues));
}

} // namespace

Result<Book> parseWorkbookJson(std::string_view text, const std::string& file)
{
    Issues issues;
    if (text.size() > limits::kMaxFileBytes)
        return Result<Book>::fail(ErrorCode::Limit, file, "", Msg::FileOver1GiB);

    if (const size_t deep = tooDeepAt(text, limits::kMaxJsonDepth); deep != std::string_view::npos)
        return Result<Book>::fail(ErrorCode::Limit, file, lineColumn(text, deep), Msg::NestedTooDeep,
                                  {std::to_string(limits::kMaxJsonDepth)});
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        auto pos = what.find("syntax error");
        return Result<Book>::fail(ErrorCode::Parse, file, lineColumn(text, e.byte > 0 ? e.byte - 1 : 0),
                                  Msg::Verbatim, {pos == std::string::npos ? what : what.substr(pos)});
    } catch (const json::out_of_range&) {
        // a number literal beyond double range (1e999): find it to say where
        size_t at = 0;
        std::string literal;
        for (size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if ((c == '-' || (c >= '0' && c <= '9')) && (i == 0 || std::string_view(":[, \n\t").find(text[i - 1]) != std::string_view::npos)) {
                size_t j = i;
                while (j < text.size() && std::string_view("+-.eE0123456789").find(text[j]) != std::string_view::npos) ++j;
                const std::string token(text.substr(i, j - i));
                if (!std::isfinite(std::strtod(token.c_str(), nullptr))) {
                    at = i;
                    literal = token;
                    break;
                }
                i = j;
            }
        }
        return Result<Book>::fail(ErrorCode::NotFinite, file, lineColumn(text, at), Msg::NumberTooLarge, {literal});
    } catch (const json::exception& e) {
        return Result<Book>::fail(ErrorCode::Parse, file, "", Msg::Verbatim, {e.what()});
    }
    if (!root.is_object()) return Result<Book>::fail(ErrorCode::Type, file, "", Msg::NotAnObjectWorkbook);

    Reader r(file, issues);
    const std::string format = r.string(root, "", "format");
    if (!format.empty() && format != "ballast.workbook")
        r.error(ErrorCode::Invalid, "/format", Msg::NotAWorkbookFormat, {format});
    const double version = r.number(root, "", "version", kFormatVersion);
    if (version > kFormatVersion)
        return Result<Book>::fail(ErrorCode::NewerVersion, file, "/version", Msg::NewerFormat,
                                  {std::to_string(static_cast<long>(version)), std::to_string(kFormatVersion)});
    if (version < 1) r.error(ErrorCode::OutOfRange, "/version", Msg::VersionAtLeast1);

    Book book;
    json top = json::object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const char* known[] = {"format", "version", "meta", "settings", "assets", "correlations", "nodes",
                                      "links", "pools", "positions", "loans", "derivatives", "scenarios",
                                      "priceHistory"};
        bool isKnown = false;
        for (const char* k : known) isKnown |= it.key() == k;
        if (!isKnown) top[it.key()] = it.value();
    }
    book.raw = keep(top);
    if (const json* m = r.field(root, "meta")) book.meta = metaFromJson(*m, "/meta", file, issues);
    if (const json* s = r.field(root, "settings")) book.settings = settingsFromJson(*s, "/settings", file, issues);
    readArray(r, root, "assets", book.assets, assetFromJson, file, issues);
    readArray(r, root, "correlations", book.correlations, correlationFromJson, file, issues);
    readArray(r, root, "nodes", book.nodes, nodeFromJson, file, issues);
    readArray(r, root, "links", book.links, linkFromJson, file, issues);
    readArray(r, root, "pools", book.pools, poolFromJson, file, issues);
    readArray(r, root, "positions", book.positions, positionFromJson, file, issues);
    readArray(r, root, "loans", book.loans, loanFromJson, file, issues);
    readArray(r, root, "derivatives", book.derivatives, derivativeFromJson, file, issues);
    readArray(r, root, "scenarios", book.scenarios, scenarioFromJson, file, issues);
    if (const json* h = r.field(root, "priceHistory")) {
        if (r.isObject(*h, "/priceHistory"))
            for (auto it = h->begin(); it != h->end(); ++it) {
                const std::string p = child("/priceHistory", it.key());
                if (!it->is_array()) {
                    r.error(ErrorCode::Type, p, Msg::ExpectedTimePriceList);
                    continue;
                }
                auto& pts = book.priceHistory[it.key()];
                for (size_t j = 0; j < it->size(); ++j) {
                    const json& pt = (*it)[j];
                    auto t = pt.is_array() && pt.size() == 2 && pt[0].is_string() ? parseIsoTime(pt[0].get<std::string>())
                                                                                 : std::nullopt;
                    if (!t || !pt[1].is_number()) {
                        r.error(ErrorCode::Type, child(p, j), Msg::ExpectedTimePrice);
                        continue;
                    }
                    pts.push_back({*t, pt[1].get<double>()});
                }
            }
    }
    book.resolve();

    Issues semantic = validate(book, file);
    issues.insert(issues.end(), semantic.begin(), semantic.end());
    if (hasErrors(issues)) return Result<Book>(std::move(issues));
    return Result<Book>(std::move(book), std::move(issues));
}

Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return Result<std::string>::fail(ErrorCode::Io, path, "", Msg::CannotOpenForReading);
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) return Result<std::string>::fail(ErrorCode::Io, path, "", Msg::CannotRead);
    if (static_cast<std::size_t>(size) > maxBytes)
        return Result<std::string>::fail(ErrorCode::Limit, path, "", Msg::FileOverLimit,
                                         {std::to_string(static_cast<long long>(size)), std::to_string(maxBytes)});
    in.seekg(0);
    std::string s(static_cast<std::size_t>(size), '\0');
    in.read(s.data(), size);
    if (!in) return Result<std::string>::fail(ErrorCode::Io, path, "", Msg::CannotRead);
    return s;
}

Result<Book> readWorkbookJson(const std::string& path)
{
    auto text = readTextFile(path, limits::kMaxFileBytes);
    if (!text) return Result<Book>(text.takeIssues());
    return parseWorkbookJson(*text, path);
}

JsonParts workbookParts(const Book& book)
{
    JsonParts root;
    root.value("format", [] { return json("ballast.workbook"); });
    root.value("version", [] { return json(kFormatVersion); });
    root.value("meta", [&book] { return metaToJson(book.meta); });
    root.value("settings", [&book] { return settingsToJson(book.settings); });
    auto arr = [&root](const char* key, const auto& items) {
        root.array(key, items.size(), [&items](size_t i) { return toJson(items[i]); });
    };
    arr("assets", book.assets);
    arr("correlations", book.correlations);
    arr("nodes", book.nodes);
    arr("links", book.links);
    arr("pools", book.pools);
    arr("positions", book.positions);
    arr("loans", book.loans);
    arr("derivatives", book.derivatives);
    arr("scenarios", book.scenarios);
    if (!book.priceHistory.empty())
        root.value("priceHistory", [&book] {
            json h = json::object();
            for (const auto& [asset, pts] : book.priceHistory) {
                json a = json::array();
                for (const auto& pt : pts) a.push_back(json::array({formatIsoTime(pt.time), pt.price}));
                h[asset] = std::move(a);
            }
            return h;
        });
    // the keys of the original top level that Ballast does not write, kept as they were
    auto raw = std::make_shared<const json>(book.raw.parsed());
    for (const auto& [key, value] : raw->items())
        if (!root.has(key)) root.value(key, [raw, key = key] { return raw->at(key); });
    return root;
}

json workbookToJson(const Book& book)
{
    return workbookParts(book).build();
}

Issues writeFileAtomic(const std::string& path, std::string_view content)
{
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return {Issue{ErrorCode::Io, path, "", Msg::CannotCreateTemp}};
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n <= 0) {
            ::close(fd);
            ::unlink(tmp.c_str());
            return {Issue{ErrorCode::Io, path, "", Msg::WriteFailed}};
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return {Issue{ErrorCode::Io, path, "", Msg::CannotFlush}};
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        ::unlink(tmp.c_str());
        return {Issue{ErrorCode::Io, path, "", Msg::CannotReplace}};
    }
    return {};
}

} // namespace ballast
