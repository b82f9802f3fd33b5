#include "xlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace ballast {
using nlohmann::json;

namespace {

enum class Fmt { Text, Money, Number, Quantity, Ratio, Percent, Integer };

struct Column
{
    const char* key;
    const char* header;
    Fmt fmt;
};

// The known keys of the result tables, in reading order: what a column is called and how its
// numbers read. A key not listed keeps its JSON name and the general money format.
const std::vector<Column>& knownColumns()
{
    static const std::vector<Column> c = {
        {"id", "Id", Fmt::Text},
        {"round", "Round", Fmt::Integer},
        {"stage", "Stage", Fmt::Integer},
        {"key", "Figure", Fmt::Text},
        {"value", "Value", Fmt::Number},
        {"confidence", "Confidence", Fmt::Percent},
        {"var", "VaR", Fmt::Money},
        {"es", "Expected shortfall", Fmt::Money},
        {"liquidationsAtRisk", "Liquidations at risk", Fmt::Money},
        {"asset", "Asset", Fmt::Text},
        {"underlying", "Underlying", Fmt::Text},
        {"owner", "Owner", Fmt::Text},
        {"borrower", "Borrower", Fmt::Text},
        {"venue", "Venue", Fmt::Text},
        {"pledgedTo", "Pledged to", Fmt::Text},
        {"quantity", "Quantity", Fmt::Quantity},
        {"price", "Price", Fmt::Quantity},
        {"oraclePrice", "Oracle price", Fmt::Quantity},
        {"before", "Price before", Fmt::Quantity},
        {"after", "Price after", Fmt::Quantity},
        {"oracleAfter", "Oracle after", Fmt::Quantity},
        {"mid", "Mid price", Fmt::Quantity},
        {"marketValue", "Market value", Fmt::Money},
        {"exitValue", "Exit value", Fmt::Money},
        {"liquidationCost", "Liquidation cost", Fmt::Money},
        {"collateralValue", "Collateral (risk-adjusted)", Fmt::Money},
        {"collateralMarketValue", "Collateral at market", Fmt::Money},
        {"borrowingPower", "Borrowing power", Fmt::Money},
        {"debtValue", "Debt", Fmt::Money},
        {"haircut", "Haircut", Fmt::Percent},
        {"ltv", "LTV", Fmt::Percent},
        {"healthFactor", "Health factor", Fmt::Ratio},
        {"healthFactorBefore", "HF before", Fmt::Ratio},
        {"healthFactorAfter", "HF after", Fmt::Ratio},
        {"healthFactorAtMarket", "HF at market", Fmt::Ratio},
        {"liquidationPrice", "Liquidation price", Fmt::Quantity},
        {"distanceToLiquidation", "Distance to liquidation", Fmt::Percent},
        {"liquidated", "Liquidated", Fmt::Text},
        {"liquidations", "Liquidations", Fmt::Integer},
        {"debtRepaid", "Debt repaid", Fmt::Money},
        {"collateralSold", "Collateral sold", Fmt::Money},
        {"proceeds", "Proceeds", Fmt::Money},
        {"penalty", "Penalty", Fmt::Money},
        {"badDebt", "Bad debt", Fmt::Money},
        {"loss", "Loss", Fmt::Money},
        {"defaulted", "Defaulted", Fmt::Text},
        {"debtRank", "DebtRank", Fmt::Ratio},
        {"debtRankSingleHit", "DebtRank (single hit)", Fmt::Ratio},
        {"receivables", "Receivables", Fmt::Money},
        {"payables", "Payables", Fmt::Money},
        {"net", "Net", Fmt::Money},
        {"holdings", "Holdings", Fmt::Money},
        {"collateralPosted", "Collateral posted", Fmt::Money},
        {"bottleneck", "Bottleneck", Fmt::Text},
        {"oracleDeviation", "Oracle deviation", Fmt::Percent},
        {"oracleStale", "Oracle stale", Fmt::Text},
        {"quality", "Quality", Fmt::Percent},
        {"attestationAgeHours", "Attestation age (h)", Fmt::Number},
        {"attestationOverdue", "Attestation overdue", Fmt::Text},
        {"depth1pct", "Depth to 1% impact", Fmt::Money},
        {"depth2pct", "Depth to 2% impact", Fmt::Money},
        {"depth5pct", "Depth to 5% impact", Fmt::Money},
        {"hhi", "HHI", Fmt::Ratio},
        {"loans", "Loans", Fmt::Integer},
        {"loansAtRisk", "Loans at risk", Fmt::Integer},
        {"delta", "Delta", Fmt::Number},
        {"gamma", "Gamma", Fmt::Number},
        {"vega", "Vega", Fmt::Number},
        {"theta", "Theta", Fmt::Number},
        {"rho", "Rho", Fmt::Number},
        {"hedgeCost", "Hedge cost", Fmt::Money},
        {"valueBefore", "Value before", Fmt::Money},
        {"valueAfter", "Value after", Fmt::Money},
        {"payout", "Payout", Fmt::Money},
        {"unitsPerDay", "Units per day", Fmt::Quantity},
        {"valuePerDay", "Value per day", Fmt::Money},
        {"inTransitValue", "In transit", Fmt::Money},
        {"onMinCut", "On the min cut", Fmt::Text},
        {"days", "Days", Fmt::Number},
        {"defaultedNodes", "Defaulted nodes", Fmt::Integer},
        {"scenarios", "Scenarios", Fmt::Integer},
        {"from", "Loss from", Fmt::Money},
        {"to", "Loss to", Fmt::Money},
        {"count", "Scenarios", Fmt::Integer},
    };
    return c;
}

const char* numberFormat(Fmt f)
{
    switch (f) {
    case Fmt::Money: return "#,##0.00;[Red]-#,##0.00";
    case Fmt::Number: return "#,##0.0000";
    case Fmt::Quantity: return "#,##0.0000";
    case Fmt::Ratio: return "0.000";
    case Fmt::Percent: return "0.00%";
    case Fmt::Integer: return "#,##0";
    case Fmt::Text: return "@";
    }
    return "General";
}

std::string sheetName(std::string n, std::set<std::string>& used)
{
    for (char& ch : n)
        if (std::string_view("[]:*?/\\").find(ch) != std::string_view::npos) ch = '-';
    if (n.empty()) n = "Sheet";
    if (n.size() > 31) n.resize(31);
    std::string unique = n;
    for (int k = 2; used.count(unique); ++k) unique = n.substr(0, 27) + " (" + std::to_string(k) + ")";
    used.insert(unique);
    return unique;
}

/// An object of scalars as rows of (key, value); an array of objects as it is.
json asRows(const json& t)
{
    if (t.is_array()) return t;
    json rows = json::array();
    if (t.is_object())
        for (const auto& [k, v] : t.items())
            if (!v.is_structured()) rows.push_back({{"key", k}, {"value", v}});
    return rows;
}

class Writer
{
public:
    explicit Writer(lxw_workbook* wb) : m_wb(wb)
    {
        m_header = workbook_add_format(wb);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_note = workbook_add_format(wb);
        format_set_italic(m_note);
        for (Fmt f : {Fmt::Text, Fmt::Money, Fmt::Number, Fmt::Quantity, Fmt::Ratio, Fmt::Percent, Fmt::Integer}) {
            lxw_format* x = workbook_add_format(wb);
            format_set_num_format(x, numberFormat(f));
            m_formats[f] = x;
        }
    }

    void sheet(const std::string& name, const json& table)
    {
        lxw_worksheet* ws = workbook_add_worksheet(m_wb, name.c_str());
        const json rows = asRows(table);
        // the columns: known keys in their order, then the others as they first appear; nested
        // values (lists, objects) are left to the JSON
        std::set<std::string> present;
        std::vector<std::string> others;
        for (const json& r : rows)
            if (r.is_object())
                for (const auto& [k, v] : r.items())
                    if (!v.is_structured() && present.insert(k).second) others.push_back(k);
        std::vector<Column> cols;
        for (const Column& c : knownColumns())
            if (present.count(c.key)) cols.push_back(c);
        for (const std::string& k : others)
            if (std::none_of(cols.begin(), cols.end(), [&](const Column& c) { return k == c.key; })) {
                const char* name = m_keys.insert(k).first->c_str();
                cols.push_back({name, name, Fmt::Money});
            }
        for (size_t c = 0; c < cols.size(); ++c) {
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), cols[c].header, m_header);
            const double width = cols[c].fmt == Fmt::Text ? 18 : 15;
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
        }
        if (rows.empty() || cols.empty()) {
            worksheet_write_string(ws, 1, 0, "(none in this book)", m_note);
            return;
        }
        constexpr size_t kMaxRows = 1048575; // Excel's rows less the header
        const size_t n = std::min(rows.size(), kMaxRows - 1);
        for (size_t i = 0; i < n; ++i) {
            const json& r = rows[i];
            const auto row = static_cast<lxw_row_t>(i + 1);
            for (size_t c = 0; c < cols.size(); ++c) {
                const auto it = r.find(cols[c].key);
                if (it == r.end() || it->is_null()) continue;
                const auto col = static_cast<lxw_col_t>(c);
                lxw_format* f = m_formats[cols[c].fmt];
                if (it->is_number()) worksheet_write_number(ws, row, col, it->get<double>(), cols[c].fmt == Fmt::Text ? nullptr : f);
                else if (it->is_boolean()) worksheet_write_boolean(ws, row, col, it->get<bool>(), nullptr);
                else if (it->is_string()) worksheet_write_string(ws, row, col, it->get_ref<const std::string&>().c_str(), nullptr);
            }
        }
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(n), static_cast<lxw_col_t>(cols.size() - 1));
        if (n < rows.size()) {
            const std::string note = std::to_string(rows.size() - n) + " more rows than Excel holds are in the JSON result";
            worksheet_write_string(ws, static_cast<lxw_row_t>(n + 1), 0, note.c_str(), m_note);
        }
    }

private:
    lxw_workbook* m_wb;
    lxw_format* m_header;
    lxw_format* m_note;
    std::map<Fmt, lxw_format*> m_formats;
    std::set<std::string> m_keys; // names of unlisted columns, alive until the workbook is closed
};

} // namespace

std::vector<XlsxSheet> resultSheets(const json& exposure, const json& shock, const json& stress)
{
    std::vector<XlsxSheet> out;
    if (exposure.is_object()) {
        json about = {{"book", exposure.value("book", "")}, {"asOf", exposure.value("asOf", "")},
                      {"baseCurrency", exposure.value("baseCurrency", "")}};
        const json totals = exposure.value("totals", json::object()); // items() of a temporary would dangle
        for (const auto& [k, v] : totals.items()) about[k] = v;
        out.push_back({"Exposure", about});
        for (const auto& [key, name] : std::vector<std::pair<const char*, const char*>>{
                 {"positions", "Positions"}, {"loans", "Loans"}, {"assets", "Assets"}, {"venues", "Venues"},
                 {"nodes", "Counterparties"}, {"greeks", "Greeks"}, {"derivatives", "Derivatives"},
                 {"pools", "Pools"}, {"flows", "Flows"}})
            out.push_back({name, exposure.value(key, json::array())});
    }
    if (shock.is_object()) {
        json summary = {{"scenario", shock.value("scenario", "")}, {"breakers", shock.value("breakers", true)}};
        const json scenarioSummary = shock.value("summary", json::object());
        for (const auto& [k, v] : scenarioSummary.items()) summary[k] = v;
        const json losses = shock.value("losses", json::object());
        summary["lossTotal"] = losses.value("total", json());
        const json byChannel = losses.value("byChannel", json::object());
        for (const auto& [k, v] : byChannel.items()) summary["loss." + k] = v;
        out.push_back({"Scenario", summary});
        out.push_back({"Rounds", shock.value("rounds", json::array())});
        out.push_back({"Scenario loans", shock.value("loans", json::array())});
        out.push_back({"Scenario nodes", shock.value("nodes", json::array())});
        json prices = json::array();
        const json byAsset = shock.value("prices", json::object());
        for (const auto& [id, p] : byAsset.items()) {
            json row = p;
            row["id"] = id;
            prices.push_back(std::move(row));
        }
        out.push_back({"Scenario prices", prices});
        out.push_back({"Hedges", shock.value("derivatives", json::array())});
    }
    if (stress.is_object()) {
        json summary = json::object();
        for (const char* k : {"scenarios", "seed", "meanLoss", "maxLoss", "threads", "psdRepairs", "elapsedMs", "scenariosPerSecond"})
            if (stress.contains(k)) summary[k] = stress[k];
        out.push_back({"Monte Carlo", summary});
        json levels = json::array();
        const json var = stress.value("var", json::object());
        for (const auto& [conf, v] : var.items()) {
            double c = 0;
            std::sscanf(conf.c_str(), "%lf", &c);
            levels.push_back({{"confidence", c}, {"var", v}, {"es", stress["es"].value(conf, json())},
                              {"liquidationsAtRisk", stress["liquidationsAtRisk"].value(conf, json())},
                              {"badDebt", stress["badDebt"].value(conf, json())}});
        }
        out.push_back({"VaR and ES", levels});
        json hist = json::array();
        const json h = stress.value("histogram", json::object());
        if (h.contains("counts") && h["min"].is_number() && h["width"].is_number()) {
            const double lo = h["min"].get<double>(), w = h["width"].get<double>();
            for (size_t i = 0; i < h["counts"].size(); ++i)
                hist.push_back({{"from", lo + w * static_cast<double>(i)}, {"to", lo + w * static_cast<double>(i + 1)}, {"count", h["counts"][i]}});
        }
        out.push_back({"Loss histogram", hist});
        json defaults = json::array();
        const json defaultCounts = stress.value("defaults", json::object());
        for (const auto& [n, count] : defaultCounts.items())
            defaults.push_back({{"defaultedNodes", std::stoi(n)}, {"scenarios", count}});
        out.push_back({"Defaults", defaults});
    }
    return out;
}

Issues writeXlsx(const std::string& path, const std::vector<XlsxSheet>& sheets)
{
    const std::string tmp = path + ".tmp-xlsx";
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // a million positions: rows are streamed, not held
    lxw_workbook* wb = workbook_new_opt(tmp.c_str(), &options);
    if (!wb) return {Issue{ErrorCode::Io, path, "", Msg::CannotCreateTemp}};
    {
        Writer w(wb);
        std::set<std::string> used;
        for (const XlsxSheet& s : sheets) w.sheet(sheetName(s.name, used), s.rows);
        const lxw_error err = workbook_close(wb);
        if (err != LXW_NO_ERROR) {
            std::remove(tmp.c_str());
            return {Issue{ErrorCode::Io, path, "", Msg::XlsxFailed, {lxw_strerror(err)}}};
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return {Issue{ErrorCode::Io, path, "", Msg::CannotReplace}};
    }
    return {};
}

} // namespace ballast
