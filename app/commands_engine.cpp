// The shock-engine commands: shock, replay, clearing, debtrank (stress, reverse, margin and runs are
// in commands_stress.cpp, bench in commands_bench.cpp; the table of all of them in commands.cpp).
#include "bookio.h"
#include "commands.h"
#include "csv_io.h"
#include "debtrank.h"
#include "json_io.h"
#include "report.h"
#include "shock.h"
#include "storage.h"
#include "suggest.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <future>
#include <iostream>

namespace ballast::app {
using nlohmann::json;

namespace {

std::string nowIso()
{
    return formatIsoTime(std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

} // namespace

namespace {
void storeRunText(const CommandLine& cl, const Book& book, const std::string& kind, const std::string& scenario,
                  const std::function<std::string()>& resultText, double ms)
{
    if (cl.noSave || !isSqliteFile(cl.book)) return; // runs are kept in .ballast workbooks
    // the book's hash (its whole JSON text, hashed) on the second core while the result is written
    std::future<std::string> hash = std::async(std::launch::async, [&book] { return bookHash(book); });
    std::string text = resultText();
    RunRecord r{0, kind, scenario, hash.get(), nowIso(), ms, std::move(text), json{{"elapsedMs", ms}}.dump()};
    auto id = addRun(cl.book, r);
    if (!id) for (const auto& i : id.issues()) std::fprintf(stderr, "%s\n", i.toString().c_str());
    else std::fprintf(stderr, "stored as run %lld in %s\n", *id, cl.book.c_str());
}
} // namespace

void storeRun(const CommandLine& cl, const Book& book, const std::string& kind, const std::string& scenario, const json& result,
              double ms)
{
    storeRunText(cl, book, kind, scenario, [&] { return result.dump(); }, ms);
}

void storeRun(const CommandLine& cl, const Book& book, const std::string& kind, const std::string& scenario,
              const JsonParts& result, double ms)
{
    storeRunText(cl, book, kind, scenario, [&] { return result.dump(); }, ms);
}

namespace {

/// A scenario of the book, or one it suggests by its shape ("suggested-default", core/suggest.h).
const Scenario* findScenario(const Book& b, const std::string& id)
{
    if (const int s = b.scenarioIx(id); s >= 0) return &b.scenarios[s];
    static thread_local std::vector<SuggestedScenario> suggested;
    suggested = suggestScenarios(b);
    for (const auto& x : suggested)
        if (x.scenario.id == id) return &x.scenario;
    return nullptr;
}

int reportUnknownScenario(const char* command, const Book& b, const std::string& id)
{
    std::string known;
    for (const auto& sc : b.scenarios) known += " " + sc.id;
    std::string suggested;
    for (const auto& x : suggestScenarios(b)) suggested += " " + x.scenario.id;
    if (b.scenarios.empty())
        std::fprintf(stderr, "%s: --scenario: unknown scenario '%s': the book has no scenarios (add them to the workbook's \"scenarios\")%s%s\n",
                     command, id.c_str(), suggested.empty() ? "" : "; suggested from its shape:", suggested.c_str());
    else
        std::fprintf(stderr, "%s: --scenario: unknown scenario '%s'; the book has:%s%s%s\n", command, id.c_str(), known.c_str(),
                     suggested.empty() ? "" : "; suggested:", suggested.c_str());
    return kExitBadInput;
}

void printShock(const Book& b, const ShockResult& r, const std::string& title)
{
    std::printf("%s — %s (circuit breakers %s)\n", title.c_str(), r.scenario.c_str(), r.breakers ? "on" : "off");
    std::printf("  %zu rounds, %d liquidations, debt repaid %s, collateral sold %s, bad debt %s, %d defaults\n",
                r.rounds.size(), r.liquidations, money(r.debtRepaid).c_str(), money(r.collateralSold).c_str(),
                money(r.badDebt).c_str(), r.defaults);
    const Losses& L = r.losses;
    std::printf("  loss %s = price %s + penalty %s + fire sale %s + oracle %s + default %s + supply chain %s + hedges %s\n",
                money(L.total()).c_str(), money(L.price).c_str(), money(L.liquidationPenalty).c_str(),
                money(L.fireSale).c_str(), money(L.oracle).c_str(), money(L.defaults).c_str(),
                money(L.supplyChain).c_str(), money(L.hedges).c_str());
    std::printf("  system DebtRank %.4f (impact %s, weights %s, %d steps); clearing (%s) %d iterations\n", r.systemDebtRank,
                toString(r.debtRankImpact), toString(r.debtRankWeights), r.debtRankIterations, r.clearingModel.c_str(), r.clearing.iterations);
    for (const auto& rr : r.rounds) {
        if (rr.liquidations == 0 && rr.haltedVenues.empty()) continue;
        std::printf("    round %2d%s: %3d liquidations, repaid %10s, sold %10s%s\n", rr.round,
                    rr.stage ? (" (step " + std::to_string(rr.stage) + ")").c_str() : "", rr.liquidations,
                    money(rr.debtRepaid).c_str(), money(rr.collateralSold).c_str(),
                    rr.haltedVenues.empty() ? "" : (", " + std::to_string(rr.haltedVenues.size()) + " venue(s) halted").c_str());
    }
    std::vector<int> hit;
    for (size_t i = 0; i < r.nodes.size(); ++i)
        if (r.nodes[i].defaulted) hit.push_back(static_cast<int>(i));
    for (int i : hit)
        std::printf("  default: %-18s (%s)\n", b.nodes[i].id.c_str(), toString(r.nodes[i].defaultCause));
    // the physical chain: who loses supply, how much, for how long (known with or without cash data)
    std::vector<int> cut;
    for (size_t i = 0; i < r.nodes.size(); ++i)
        if (r.nodes[i].supplyLost > 0) cut.push_back(static_cast<int>(i));
    std::sort(cut.begin(), cut.end(), [&](int x, int y) { return r.nodes[x].supplyLost > r.nodes[y].supplyLost; });
    if (!cut.empty()) std::printf("  supply chain: %zu node(s) lose supply%s\n", cut.size(), cut.size() > 10 ? " (the 10 hit hardest)" : "");
    for (size_t k = 0; k < std::min<size_t>(10, cut.size()); ++k) {
        const NodeOutcome& n = r.nodes[cut[k]];
        if (n.timeToRecoverDays > 0)
            std::printf("    %-22s loses %5.1f%% of its inflow for %.1f day(s)", b.nodes[cut[k]].id.c_str(), 100 * n.supplyLost, n.timeToRecoverDays);
        else // a supplier default recovers in the link's leadTimeDays, which a links.csv of from,to does not give
            std::printf("    %-22s loses %5.1f%% of its inflow (recovery unknown: no leadTimeDays)", b.nodes[cut[k]].id.c_str(), 100 * n.supplyLost);
        if (std::isfinite(n.timeToSurviveDays)) std::printf(", cash lasts %.1f day(s)%s", n.timeToSurviveDays, n.defaulted ? ": defaults" : "");
        std::printf("\n");
    }
}

} // namespace

std::vector<Scenario> allScenarios(const Book& b)
{
    if (!b.scenarios.empty()) return b.scenarios;
    std::vector<Scenario> out;
    for (const auto& s : suggestScenarios(b)) out.push_back(s.scenario);
    return out;
}

int cmdShock(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    if (cl.all) { // every scenario, in the book's order: an array of shock results
        const std::vector<Scenario> list = allScenarios(*b);
        if (list.empty()) {
            std::fprintf(stderr, "shock: %s: --all: the book has no scenario and suggests none\n", cl.book.c_str());
            return kExitBadInput;
        }
        ShockOptions opt;
        opt.breakers = !cl.noBreakers;
        // an array of the results, each written when it is done (as json::array().dump(2) would)
        if (cl.json) std::cout << "[\n";
        for (size_t i = 0; i < list.size(); ++i) {
            const Scenario& sc = list[i];
            const ShockResult r = runScenario(*b, sc, opt);
            const JsonParts parts = shockParts(*b, r);
            if (cl.json) {
                std::cout << "  ";
                parts.write(std::cout, 2, 1);
                std::cout << (i + 1 < list.size() ? ",\n" : "\n");
            } else {
                printShock(*b, r, sc.name.empty() ? sc.id : sc.name);
            }
            storeRun(cl, *b, "shock", sc.id, parts, r.elapsedMs);
        }
        if (cl.json) std::cout << "]\n";
        return kExitOk;
    }
    if (cl.scenario.empty()) {
        std::fprintf(stderr, "shock: give --scenario ID or --all\n");
        return kExitBadInput;
    }
    const Scenario* sc = findScenario(*b, cl.scenario);
    if (!sc) return reportUnknownScenario("shock", *b, cl.scenario);
    ShockOptions opt;
    opt.breakers = !cl.noBreakers;
    const ShockResult r = runScenario(*b, *sc, opt);
    const JsonParts parts = shockParts(*b, r);
    if (!cl.xlsx.empty() && writeXlsxFile(cl, resultSheets(nullptr, parts.build(), nullptr)) != kExitOk) return kExitFailure;
    if (cl.json) printJson(parts);
    else printShock(*b, r, sc->name.empty() ? sc->id : sc->name);
    storeRun(cl, *b, "shock", cl.scenario, parts, r.elapsedMs);
    return kExitOk;
}

int cmdReplay(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    Scenario sc;
    if (!cl.scenario.empty()) {
        const Scenario* found = findScenario(*b, cl.scenario);
        if (!found) return reportUnknownScenario("replay", *b, cl.scenario);
        sc = *found;
    } else {
        if (cl.pricesCsv.empty() || cl.asset.empty()) {
            std::fprintf(stderr, "replay: give --scenario ID, or --prices FILE.csv --asset ID [--from DATE --to DATE]\n");
            return kExitBadInput;
        }
        auto text = readTextFile(cl.pricesCsv, 1ull << 30);
        if (!text) return printIssues(text.issues());
        auto h = parsePriceCsv(*text, cl.pricesCsv, cl.asset);
        if (!h) return printIssues(h.issues());
        auto from = cl.from.empty() ? std::optional<Seconds>(INT64_MIN) : parseIsoTime(cl.from);
        auto to = cl.to.empty() ? std::optional<Seconds>(INT64_MAX) : parseIsoTime(cl.to);
        if (!from || !to) {
            std::fprintf(stderr, "replay: --from/--to: not ISO 8601 dates\n");
            return kExitBadInput;
        }
        sc.id = "replay-" + cl.asset;
        sc.name = "Replay of " + cl.asset + " from " + cl.pricesCsv;
        for (auto& [asset, pts] : *h) {
            Shock k;
            k.type = ShockType::Replay;
            k.asset = asset == cl.asset || h->size() == 1 ? cl.asset : asset;
            k.assetIx = b->assetIx(k.asset);
            if (k.assetIx < 0) {
                std::fprintf(stderr, "%s: asset '%s' is not in the book\n", cl.pricesCsv.c_str(), k.asset.c_str());
                return kExitBadInput;
            }
            for (const auto& p : pts)
                if (p.time >= *from && p.time <= *to) k.path.push_back(p);
            if (k.path.size() < 2) {
                std::fprintf(stderr, "%s: fewer than two prices of '%s' between --from and --to\n", cl.pricesCsv.c_str(), k.asset.c_str());
                return kExitBadInput;
            }
            sc.shocks.push_back(std::move(k));
        }
    }
    ShockOptions opt;
    opt.breakers = !cl.noBreakers;
    const ShockResult r = runScenario(*b, sc, opt);
    const JsonParts parts = shockParts(*b, r);
    if (cl.json) printJson(parts);
    else printShock(*b, r, sc.name.empty() ? sc.id : sc.name);
    storeRun(cl, *b, "replay", sc.id, parts, r.elapsedMs);
    return kExitOk;
}

int cmdClearing(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    const ClearingSolution c = clearBook(*b);
    const json j = clearingJson(*b, c, toString(b->settings.clearingModel));
    if (cl.json) {
        std::cout << j.dump(2) << "\n";
        return kExitOk;
    }
    int defaults = 0;
    double shortfall = 0;
    for (size_t i = 0; i < c.payments.size(); ++i) defaults += c.defaulted[i], shortfall += c.shortfall[i];
    std::printf("clearing (%s): %d defaults, %d iterations, shortfall to creditors %s\n", toString(b->settings.clearingModel),
                defaults, c.iterations, money(shortfall).c_str());
    for (size_t i = 0; i < c.payments.size(); ++i)
        if (c.defaulted[i])
            std::printf("  %-20s pays %12s of %12s (%.1f%%)\n", b->nodes[i].id.c_str(), money(c.payments[i]).c_str(),
                        money(c.nominal[i]).c_str(), 100 * c.payments[i] / c.nominal[i]);
    return kExitOk;
}

int cmdDebtRank(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    const ExposureNetwork en = exposureNetwork(*b, obligationNetwork(*b));
    const PerNodeDebtRank differential = debtRankOfEachNode(en, false), singleHit = debtRankOfEachNode(en, true);
    const std::vector<double>& dr = differential.debtRank;
    const std::vector<double>& single = singleHit.debtRank;
    const char* impact = toString(b->settings.debtRankImpact);
    const char* weights = toString(b->settings.debtRankWeights);
    if (cl.json) {
        json nodes = json::array();
        for (size_t i = 0; i < dr.size(); ++i)
            nodes.push_back({{"id", b->nodes[i].id}, {"debtRank", number(dr[i])}, {"debtRankSingleHit", number(single[i])}});
        std::cout << json{{"nodes", nodes}, {"impact", impact}, {"weights", weights},
                          {"iterations", {{"differential", differential.maxIterations}, {"singleHit", singleHit.maxIterations}}},
                          {"converged", differential.converged}}
                         .dump(2)
                  << "\n";
        return kExitOk;
    }
    std::vector<int> order(dr.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int c) { return dr[a] > dr[c]; });
    std::printf("DebtRank (impact %s, weights %s): each node's impact when it alone defaults (share of the total %s lost beyond its own)\n",
                impact, weights, b->settings.debtRankWeights == DebtRankWeights::Assets ? "economic value" : "equity");
    std::printf("  %-22s %10s %12s\n", "node", "DebtRank", "single-hit");
    for (size_t k = 0; k < std::min<size_t>(15, order.size()); ++k)
        std::printf("  %-22s %10.4f %12.4f\n", b->nodes[order[k]].id.c_str(), dr[order[k]], single[order[k]]);
    return kExitOk;
}

void optionsShock(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    auto* one = c.add_option("--scenario", cl.scenario, "scenario id");
    c.add_flag("--all", cl.all, "every scenario of the book, in its order (a JSON array); ballast-mpi splits them across ranks")->excludes(one);
    c.add_flag("--no-breakers", cl.noBreakers, "the same scenario without circuit breakers");
    c.add_flag("--no-save", cl.noSave, "do not store the run in the workbook's history");
    c.add_flag("--json", cl.json);
    c.add_option("--xlsx", cl.xlsx, "also write the result's tables (rounds, loans, nodes, prices, hedges) to an Excel workbook");
}

void optionsReplay(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option("--scenario", cl.scenario, "a replay scenario of the book");
    c.add_option("--prices", cl.pricesCsv, "prices.csv (time,asset,price) or a CoinGecko daily file");
    c.add_option("--asset", cl.asset, "the book's asset the prices are for");
    c.add_option("--from", cl.from, "first date (ISO 8601)");
    c.add_option("--to", cl.to, "last date (ISO 8601)");
    c.add_flag("--no-breakers", cl.noBreakers);
    c.add_flag("--no-save", cl.noSave);
    c.add_flag("--json", cl.json);
}

void optionsClearing(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_flag("--json", cl.json);
}

void optionsDebtRank(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_flag("--json", cl.json);
}

} // namespace ballast::app
