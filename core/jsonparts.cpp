#include "jsonparts.h"

#include "parallel.h"

#include <algorithm>
#include <sstream>

namespace ballast {
using nlohmann::json;

namespace {
/// Writes v as v.dump(indent) would, as if it stood at nesting depth level of an enclosing dump;
/// pad holds at least indent x level spaces.
void writeJsonAt(std::ostream& os, const json& v, int indent, int level, const std::string& pad)
{
    const std::string text = v.dump(indent);
    if (indent < 0 || level == 0) {
        os << text;
        return;
    }
    // a nested dump's lines start level steps further in; JSON strings hold no raw newline
    const auto width = static_cast<std::streamsize>(indent) * level;
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
        os.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
        os.write(pad.data(), width);
        from = nl + 1;
    }
    os.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}
} // namespace

JsonParts& JsonParts::value(std::string key, std::function<json()> make)
{
    Part p;
    p.key = std::move(key);
    p.make = std::move(make);
    m_parts.push_back(std::move(p));
    return *this;
}

JsonParts& JsonParts::array(std::string key, std::size_t count, std::function<json(std::size_t)> element)
{
    Part p;
    p.key = std::move(key);
    p.count = count;
    p.element = std::move(element);
    m_parts.push_back(std::move(p));
    return *this;
}

JsonParts& JsonParts::object(std::string key, JsonParts parts)
{
    Part p;
    p.key = std::move(key);
    p.nested = std::make_shared<const JsonParts>(std::move(parts));
    m_parts.push_back(std::move(p));
    return *this;
}

bool JsonParts::has(std::string_view key) const
{
    return std::any_of(m_parts.begin(), m_parts.end(), [&](const Part& p) { return p.key == key; });
}

json JsonParts::build() const
{
    json out = json::object();
    for (const Part& p : m_parts) {
        if (p.make) out[p.key] = p.make();
        else if (p.nested) out[p.key] = p.nested->build();
        else {
            json a = json::array();
            for (std::size_t i = 0; i < p.count; ++i) a.push_back(p.element(i));
            out[p.key] = std::move(a);
        }
    }
    return out;
}

void JsonParts::write(std::ostream& os, int indent, int level) const
{
    if (m_parts.empty()) {
        os << "{}";
        return;
    }
    // the order a json object keeps its keys in
    std::vector<const Part*> order;
    order.reserve(m_parts.size());
    for (const Part& p : m_parts) order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const Part* a, const Part* b) { return a->key < b->key; });
    const bool pretty = indent >= 0;
    // the deepest indentation written here and in the parts' own dumps' first level, made once
    const std::string spaces(pretty ? static_cast<std::size_t>(indent) * (level + 2) : 0, ' ');
    auto pad = [&](int depth) {
        if (pretty) os.write(spaces.data(), static_cast<std::streamsize>(indent) * depth);
    };
    os << (pretty ? "{\n" : "{");
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Part& p = *order[k];
        pad(level + 1);
        os << json(p.key).dump() << (pretty ? ": " : ":");
        if (p.make) writeJsonAt(os, p.make(), indent, level + 1, spaces);
        else if (p.nested) p.nested->write(os, indent, level + 1);
        else if (p.count == 0) os << "[]";
        else {
            os << (pretty ? "[\n" : "[");
            auto element = [&](std::ostream& to, std::size_t i) {
                if (pretty) to.write(spaces.data(), static_cast<std::streamsize>(indent) * (level + 2));
                writeJsonAt(to, p.element(i), indent, level + 2, spaces);
                if (i + 1 < p.count) to << (pretty ? ",\n" : ",");
            };
            // A long array's elements are made and dumped on every core, a window of chunks at a
            // time, and written in their order: the same bytes (a stress book's million positions
            // took seven seconds on one core to hash or export). Each element reads only its own
            // row of what the parts were made from.
            constexpr std::size_t kChunk = 512, kWindow = 32;
            if (p.count >= 4 * kChunk) {
                std::vector<std::string> texts;
                for (std::size_t first = 0; first < p.count; first += kChunk * kWindow) {
                    const std::size_t last = std::min(p.count, first + kChunk * kWindow);
                    texts.assign((last - first + kChunk - 1) / kChunk, std::string());
                    parallelChunks<std::size_t>(0, texts.size(), 1, [&](std::size_t a, std::size_t z) {
                        for (std::size_t c = a; c < z; ++c) {
                            std::ostringstream chunk;
                            for (std::size_t i = first + c * kChunk, e = std::min(last, i + kChunk); i < e; ++i) element(chunk, i);
                            texts[c] = std::move(chunk).str();
                        }
                    });
                    for (const std::string& t : texts) os.write(t.data(), static_cast<std::streamsize>(t.size()));
                }
            } else {
                for (std::size_t i = 0; i < p.count; ++i) element(os, i);
            }
            if (pretty) os << "\n";
            pad(level + 1);
            os << "]";
        }
        if (k + 1 < order.size()) os << (pretty ? ",\n" : ",");
        else if (pretty) os << "\n";
    }
    pad(level);
    os << "}";
}

void JsonParts::write(std::ostream& os, int indent) const
{
    write(os, indent, 0);
}

std::string JsonParts::dump(int indent) const
{
    std::ostringstream s;
    write(s, indent);
    return std::move(s).str();
}

} // namespace ballast
