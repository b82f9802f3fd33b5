#include "csv_io.h"

#include "json_io.h"
#include "inputlimits.h"
#include "validate.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

namespace ballast {

Result<CsvTable> parseCsv(std::string_view text, const std::string& file)
{
    CsvTable t;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = 1, rowLine = 1;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3); // BOM
    auto endRow = [&]() -> bool {
        row.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
        const bool blank = row.size() == 1 && row[0].empty();
        if (!blank) {
            if (t.header.empty()) t.header = std::move(row);
            else {
                t.rows.push_back(std::move(row));
                t.lines.push_back(rowLine);
            }
        }
        row.clear();
        return t.rows.size() <= limits::kMaxElements;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
                else quoted = false;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (!endRow()) return Result<CsvTable>::fail(ErrorCode::Limit, file, "line " + std::to_string(line), Msg::TooManyRows);
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
        if (field.size() > limits::kMaxStringLength)
            return Result<CsvTable>::fail(ErrorCode::Limit, file, "line " + std::to_string(line), Msg::FieldTooLong);
    }
    if (quoted) return Result<CsvTable>::fail(ErrorCode::Parse, file, "line " + std::to_string(rowLine), Msg::UnterminatedQuote);
    if (!field.empty() || !row.empty()) endRow();
    if (t.header.empty()) return Result<CsvTable>::fail(ErrorCode::MissingField, file, "line 1", Msg::HeaderRequired);
    for (auto& h : t.header) {
        while (!h.empty() && (h.back() == ' ' || h.back() == '\t')) h.pop_back();
        while (!h.empty() && (h.front() == ' ' || h.front() == '\t')) h.erase(h.begin());
    }
    return t;
}

namespace {

class Columns
{
public:
    Columns(const CsvTable& t, const std::string& file, std::vector<std::string> known, Issues& issues)
        : m_table(t), m_file(file), m_issues(issues)
    {
        for (size_t i = 0; i < t.header.size(); ++i) {
            if (std::find(known.begin(), known.end(), t.header[i]) == known.end())
                issues.push_back(Issue{ErrorCode::Invalid, file, "line 1, column " + std::to_string(i + 1),
                                       Msg::UnknownColumn, {t.header[i]}, true});
            else if (!m_ix.emplace(t.header[i], static_cast<int>(i)).second)
                issues.push_back(Issue{ErrorCode::DuplicateId, file, "line 1", Msg::ColumnTwice, {t.header[i]}});
        }
    }
    bool has(const std::string& c) const { return m_ix.count(c) > 0; }
    void require(const std::string& c)
    {
        if (!has(c)) m_issues.push_back(Issue{ErrorCode::MissingField, m_file, "line 1", Msg::RequiredColumn, {c}});
    }
    std::string text(size_t row, const std::string& c) const
    {
        auto it = m_ix.find(c);
        if (it == m_ix.end()) return {};
        const auto& r = m_table.rows[row];
        return it->second < static_cast<int>(r.size()) ? r[it->second] : std::string();
    }
    double number(size_t row, const std::string& c, double def)
    {
        std::string s = text(row, c);
        while (!s.empty() && s.back() == ' ') s.pop_back();
        while (!s.empty() && s.front() == ' ') s.erase(s.begin());
        if (s.empty()) return def;
        double v = 0;
        const char* b = s.data();
        if (*b == '+') ++b;
        auto [ptr, ec] = std::from_chars(b, s.data() + s.size(), v);
        if (ptr != s.data() + s.size() || (ec != std::errc() && ec != std::errc::result_out_of_range)) {
            m_issues.push_back(Issue{ErrorCode::Type, m_file, place(row, c), Msg::NotANumberCsv, {s}});
            return def;
        }
        if (ec == std::errc::result_out_of_range) return s[0] == '-' ? -kInf : kInf;
        return v;
    }
    std::string place(size_t row, const std::string& c) const
    {
        return "line " + std::to_string(m_table.lines[row]) + ", column " + c;
    }
    Origin origin(size_t row) const { return Origin{{}, m_table.lines[row], m_file}; }

private:
    const CsvTable& m_table;
    const std::string& m_file;
    Issues& m_issues;
    std::unordered_map<std::string, int> m_ix;
};

Result<CsvTable> loadCsv(const std::string& path)
{
    auto text = readTextFile(path, limits::kMaxFileBytes);
    if (!text) return Result<CsvTable>(text.takeIssues());
    return parseCsv(*text, path);
}

} // namespace

Result<std::map<std::string, std::vector<PricePoint>>> parsePriceCsv(std::string_view text, const std::string& file,
                                                                   const std::string& single)
{
    using R = Result<std::map<std::string, std::vector<PricePoint>>>;
    auto t = parseCsv(text, file);
    if (!t) return R(t.takeIssues());
    Issues issues;
    const bool gecko = std::find(t->header.begin(), t->header.end(), "snapped_at") != t->header.end();
    Columns cols(*t, file,
                 gecko ? std::vector<std::string>{"snapped_at", "price", "market_cap", "total_volume"}
                       : std::vector<std::string>{"time", "asset", "price"},
                 issues);
    if (gecko && single.empty())
        issues.push_back(Issue{ErrorCode::MissingField, file, "line 1", Msg::AssetNotNamed});
    cols.require(gecko ? "snapped_at" : "time");
    if (!gecko) cols.require("asset");
    cols.require("price");
    std::map<std::string, std::vector<PricePoint>> out;
    if (hasErrors(issues)) return R(std::move(issues));
    for (size_t i = 0; i < t->rows.size(); ++i) {
        const std::string ts = cols.text(i, gecko ? "snapped_at" : "time");
        auto time = parseIsoTime(ts);
        if (!time) {
            issues.push_back(Issue{ErrorCode::BadDate, file, cols.place(i, gecko ? "snapped_at" : "time"),
                                   Msg::NotIsoTimeValue, {ts}});
            continue;
        }
        const std::string asset = gecko ? single : cols.text(i, "asset");
        if (asset.empty()) {
            issues.push_back(Issue{ErrorCode::MissingField, file, cols.place(i, "asset"), Msg::AssetIdRequired});
            continue;
        }
        const double p = cols.number(i, "price", kNaN);
        if (!(p > 0) || std::isinf(p)) {
            issues.push_back(Issue{ErrorCode::OutOfRange, file, cols.place(i, "price"), Msg::PricePositive});
            continue;
        }
        out[asset].push_back({*time, p});
    }
    for (auto& [a, pts] : out)
        std::stable_sort(pts.begin(), pts.end(), [](auto& x, auto& y) { return x.time < y.time; });
    if (hasErrors(issues)) return R(std::move(issues));
    return R(std::move(out), std::move(issues));
}

Result<Book> importCsv(const CsvInputs& in, Book book)
{
    Issues issues;
    if (!in.nodes.empty()) {
        auto t = loadCsv(in.nodes);
        if (!t) return Result<Book>(t.takeIssues());
        Columns c(*t, in.nodes, {"id", "type", "name", "tier", "region", "equity", "externalAssets", "externalLiabilities",
                                 "chain", "cash", "dailyCosts"}, issues);
        c.require("id");
        c.require("type");
        for (size_t i = 0; i < t->rows.size(); ++i) {
            Node n;
            n.origin = c.origin(i);
            n.id = c.text(i, "id");
            if (n.id.empty()) issues.push_back(Issue{ErrorCode::MissingField, in.nodes, c.place(i, "id"), Msg::IdRequired});
            const std::string type = c.text(i, "type");
            if (auto ty = nodeTypeFromString(type)) n.type = *ty;
            else issues.push_back(Issue{ErrorCode::BadEnum, in.nodes, c.place(i, "type"), Msg::UnknownNodeType, {type}});
            n.name = c.text(i, "name");
            n.region = c.text(i, "region");
            n.chain = c.text(i, "chain");
            const double tier = c.number(i, "tier", 0);
            if (tier != std::floor(tier) || std::fabs(tier) > 1000)
                issues.push_back(Issue{ErrorCode::Type, in.nodes, c.place(i, "tier"), Msg::TierWhole});
            else n.tier = static_cast<int>(tier);
            n.equity = c.number(i, "equity", 0);
            n.externalAssets = c.number(i, "externalAssets", 0);
            n.externalLiabilities = c.number(i, "externalLiabilities", 0);
            n.cash = c.number(i, "cash", kNaN);
            n.dailyCosts = c.number(i, "dailyCosts", kNaN);
            book.nodes.push_back(std::move(n));
        }
    }
    if (!in.links.empty()) {
        auto t = loadCsv(in.links);
        if (!t) return Result<Book>(t.takeIssues());
        Columns c(*t, in.links, {"id", "type", "from", "to", "asset", "quantity", "amount", "due", "share", "leadTimeDays",
                                 "departed", "eta", "capacity"}, issues);
        c.require("from");
        c.require("to");
        std::unordered_map<std::string, int> taken;
        for (const auto& l : book.links) taken.emplace(l.id, 0);
        int next = 1;
        for (size_t i = 0; i < t->rows.size(); ++i) {
            Link l;
            l.origin = c.origin(i);
            l.id = c.text(i, "id");
            if (l.id.empty()) { // a missing id is generated (FORMAT.md)
                do l.id = "link-" + std::to_string(next++);
                while (taken.count(l.id));
            }
            taken.emplace(l.id, 0);
            const std::string type = c.text(i, "type");
            if (type.empty()) l.type = LinkType::Supply;
            else if (auto ty = linkTypeFromString(type)) l.type = *ty;
            else issues.push_back(Issue{ErrorCode::BadEnum, in.links, c.place(i, "type"), Msg::UnknownLinkType, {type}});
            l.from = c.text(i, "from");
            l.to = c.text(i, "to");
            l.asset = c.text(i, "asset");
            l.quantity = c.number(i, "quantity", 0);
            l.amount = c.number(i, "amount", 0);
            l.share = c.number(i, "share", kNaN);
            l.leadTimeDays = c.number(i, "leadTimeDays", 0);
            l.capacity = c.number(i, "capacity", kNaN);
            for (const char* key : {"due", "departed", "eta"}) {
                const std::string s = c.text(i, key);
                if (s.empty()) continue;
                auto tm = parseIsoTime(s);
                if (!tm) issues.push_back(Issue{ErrorCode::BadDate, in.links, c.place(i, key), Msg::NotIsoTimeValue, {s}});
                else if (std::string_view(key) == "due") l.due = tm;
                else if (std::string_view(key) == "departed") l.departed = tm;
                else l.eta = tm;
            }
            book.links.push_back(std::move(l));
        }
    }
    if (!in.positions.empty()) {
        auto t = loadCsv(in.positions);
        if (!t) return Result<Book>(t.takeIssues());
        Columns c(*t, in.positions, {"id", "owner", "asset", "quantity", "venue", "pledgedTo"}, issues);
        for (const char* k : {"id", "owner", "asset", "quantity"}) c.require(k);
        for (size_t i = 0; i < t->rows.size(); ++i) {
            Position p;
            p.origin = c.origin(i);
            p.id = c.text(i, "id");
            p.owner = c.text(i, "owner");
            p.asset = c.text(i, "asset");
            p.quantity = c.number(i, "quantity", kNaN);
            if (std::isnan(p.quantity))
                issues.push_back(Issue{ErrorCode::MissingField, in.positions, c.place(i, "quantity"), Msg::QuantityRequired});
            p.venue = c.text(i, "venue");
            p.pledgedTo = c.text(i, "pledgedTo");
            if (p.id.empty()) issues.push_back(Issue{ErrorCode::MissingField, in.positions, c.place(i, "id"), Msg::IdRequired});
            // a pledge in the CSV is also recorded on the loan, so that both sides agree
            book.positions.push_back(std::move(p));
        }
        book.resolve();
        for (const auto& p : book.positions) {
            if (p.pledgedTo.empty() || p.loanIx < 0) continue;
            auto& coll = book.loans[p.loanIx].collateral;
            if (std::find(coll.begin(), coll.end(), p.id) == coll.end()) coll.push_back(p.id);
        }
    }
    if (!in.prices.empty()) {
        auto text = readTextFile(in.prices, limits::kMaxFileBytes);
        if (!text) return Result<Book>(text.takeIssues());
        auto h = parsePriceCsv(*text, in.prices);
        if (!h) return Result<Book>(h.takeIssues());
        for (auto& w : h.takeIssues()) issues.push_back(std::move(w));
        for (auto& [a, pts] : *h) {
            auto& dst = book.priceHistory[a];
            dst.insert(dst.end(), pts.begin(), pts.end());
            std::stable_sort(dst.begin(), dst.end(), [](auto& x, auto& y) { return x.time < y.time; });
        }
    }
    book.resolve();
    Issues semantic = validate(book, "");
    issues.insert(issues.end(), semantic.begin(), semantic.end());
    if (hasErrors(issues)) return Result<Book>(std::move(issues));
    return Result<Book>(std::move(book), std::move(issues));
}

} // namespace ballast
