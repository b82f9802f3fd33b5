// Monte Carlo stress, reverse stress, predictive margin, run history.
#include "bookio.h"
#include "commands.h"
#include "report.h"
#include "storage.h"
#include "stress.h"
#include "xlsx.h"

#include <cstdio>
#include <optional>
#include <iostream>

namespace ballast::app {
using nlohmann::json;

namespace {

} // namespace

std::optional<StressOptions> stressOptions(const CommandLine& cl, const Book& b, bool say)
{
    if (cl.scenarios < 1 || cl.scenarios > 100000000) {
        if (say) std::fprintf(stderr, "stress: --scenarios must be between 1 and 1e8\n");
        return std::nullopt;
    }
    if (const Issues missing = monteCarloPrerequisites(b); !missing.empty()) {
        for (const auto& i : missing)
            if (say) std::fprintf(stderr, "stress: %s: %s\n", cl.book.c_str(), i.message.c_str());
        return std::nullopt;
    }
    StressOptions o;
    o.scenarios = cl.scenarios;
    o.seed = cl.seed;
    o.threads = cl.threads;
    o.studentT = cl.studentT;
    o.jumpIntensity = cl.jumps;
    o.fromHistory = cl.fromHistory;
    o.breakers = !cl.noBreakers;
    return o;
}

void printStress(const Book& b, const StressResult& r)
{
    std::printf("Monte Carlo: %lld scenarios (seed %llu, %d factors, horizon %g day(s)), %.0f scenarios/s on %d threads\n",
                r.scenarios, static_cast<unsigned long long>(r.seed), static_cast<int>(r.factors.size()),
                b.settings.horizonDays, r.scenariosPerSecond, r.threads);
    for (size_t i = 0; i < r.confidence.size(); ++i)
        std::printf("  %4.1f%%  VaR %10s   ES %10s   liquidations at risk %10s   bad debt %10s\n", 100 * r.confidence[i],
                    money(r.var[i]).c_str(), money(r.es[i]).c_str(), money(r.liquidationsAtRisk[i]).c_str(),
                    money(r.badDebtQuantile[i]).c_str());
    std::printf("  mean loss %s, worst %s, mean bad debt %s\n", money(r.meanLoss).c_str(), money(r.maxLoss).c_str(),
                money(r.meanBadDebt).c_str());
}

int cmdStress(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    const std::optional<StressOptions> o = stressOptions(cl, *b);
    if (!o) return kExitBadInput;
    const StressResult r = runMonteCarlo(*b, *o);
    const json out = stressJson(*b, r);
    if (!cl.xlsx.empty() && writeXlsxFile(cl, resultSheets(nullptr, nullptr, out)) != kExitOk) return kExitFailure;
    if (cl.json) std::cout << out.dump(2) << "\n";
    else printStress(*b, r);
    storeRun(cl, *b, "stress", "monte-carlo " + std::to_string(r.scenarios) + " seed " + std::to_string(r.seed), out, r.elapsedMs);
    return kExitOk;
}

json reverseJson(const ReverseResult& r)
{
    return {{"family", r.family}, {"outcome", r.outcome}, {"found", r.found}, {"magnitude", number(r.magnitude)},
            {"bracket", {number(r.lower), number(r.upper)}}, {"evaluations", r.evaluations},
            {"loss", number(r.loss)}, {"badDebt", number(r.badDebt)}};
}

void printReverse(const ReverseResult& r)
{
    if (!r.found)
        std::printf("reverse stress: '%s' is not reached by '%s' even at its largest size (%g); %d evaluations\n",
                    r.outcome.c_str(), r.family.c_str(), r.upper, r.evaluations);
    else
        std::printf("reverse stress: the smallest '%s' that causes '%s' is %.6g (loss %s, bad debt %s; %d evaluations)\n",
                    r.family.c_str(), r.outcome.c_str(), r.magnitude, money(r.loss).c_str(), money(r.badDebt).c_str(),
                    r.evaluations);
}

int cmdReverse(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    auto r = reverseStress(*b, cl.family, cl.outcome);
    if (!r) {
        for (const auto& i : r.issues()) std::fprintf(stderr, "reverse: %s: %s\n", i.place.c_str(), i.message.c_str());
        return kExitBadInput;
    }
    const json out = reverseJson(*r);
    if (cl.json) std::cout << out.dump(2) << "\n";
    else printReverse(*r);
    storeRun(cl, *b, "reverse", cl.family + " -> " + cl.outcome, out, 0);
    return kExitOk;
}

int cmdMargin(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    const auto rows = predictiveMargin(*b);
    json out = json::array();
    for (const auto& r : rows)
        out.push_back({{"asset", b->assets[r.asset].id}, {"pledgedValue", number(r.pledgedValue)},
                       {"horizonHours", number(r.horizonHours)}, {"volatility", number(r.volatility)},
                       {"volatilityHaircut", number(r.volatilityHaircut)}, {"slippage", number(r.slippage)},
                       {"suggestedHaircut", number(r.suggestedHaircut)}, {"suggestedMaxLtv", number(r.suggestedMaxLtv)},
                       {"currentLtv", number(r.currentLtv)}, {"currentThreshold", number(r.currentThreshold)},
                       {"liquidationBonus", number(r.bonus)}, {"underMargined", r.underMargined}});
    if (cl.json) {
        std::cout << json{{"assets", out}}.dump(2) << "\n";
        return kExitOk;
    }
    std::printf("Predictive margin (99%% move over oracle heartbeat + finality + time to sell, plus the slippage of selling it all)\n");
    std::printf("  %-14s %10s %8s %8s %8s %9s %9s %8s\n", "asset", "pledged", "horizon", "vol hc", "slippage", "haircut",
                "max LTV", "LTV now");
    for (const auto& r : rows)
        std::printf("  %-14s %10s %7.1fh %7.2f%% %7.2f%% %8.2f%% %8.2f%% %7.2f%%%s\n", b->assets[r.asset].id.c_str(),
                    money(r.pledgedValue).c_str(), r.horizonHours, 100 * r.volatilityHaircut, 100 * r.slippage,
                    100 * r.suggestedHaircut, 100 * r.suggestedMaxLtv, 100 * r.currentLtv,
                    r.underMargined ? "  UNDER-MARGINED" : "");
    return kExitOk;
}

int cmdRuns(CommandLine& cl)
{
    if (cl.book == "demo" || !isSqliteFile(cl.book)) {
        if (std::FILE* f = std::fopen(cl.book.c_str(), "rb"); f || cl.book == "demo") {
            if (f) std::fclose(f);
            std::fprintf(stderr, "runs: %s: runs are kept in .ballast workbooks, and this is a JSON book "
                                 "(ballast-cli import %s -o book.ballast, then run shock/stress/replay on it)\n",
                         cl.book.c_str(), cl.book.c_str());
            return kExitBadInput;
        }
    }
    if (cl.runId > 0) {
        auto r = loadRun(cl.book, cl.runId);
        if (!r) {
            for (const auto& i : r.issues()) std::fprintf(stderr, "%s\n", i.toString().c_str());
            return kExitBadInput;
        }
        std::cout << json::parse(r->results, nullptr, false).dump(2) << "\n";
        return kExitOk;
    }
    auto runs = listRuns(cl.book);
    if (!runs) {
        for (const auto& i : runs.issues()) std::fprintf(stderr, "%s\n", i.toString().c_str());
        return kExitBadInput;
    }
    if (cl.json) {
        json out = json::array();
        for (const auto& r : *runs)
            out.push_back({{"id", r.id}, {"kind", r.kind}, {"scenario", r.scenario}, {"inputHash", r.inputHash},
                           {"startedAt", r.startedAt}, {"elapsedMs", r.elapsedMs}});
        std::cout << json{{"runs", out}}.dump(2) << "\n";
        return kExitOk;
    }
    std::printf("%5s  %-8s %-22s %-40s %10s  %s\n", "id", "kind", "started", "scenario", "ms", "book hash");
    for (const auto& r : *runs)
        std::printf("%5lld  %-8s %-22s %-40s %10.1f  %s\n", r.id, r.kind.c_str(), r.startedAt.c_str(), r.scenario.c_str(),
                    r.elapsedMs, r.inputHash.c_str());
    return kExitOk;
}

void optionsStress(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option("--scenarios", cl.scenarios, "number of scenarios (default 1000)");
    c.add_option("--seed", cl.seed, "random seed (default 1)");
    c.add_option("--threads", cl.threads, "threads (default: all cores); results do not depend on it");
    c.add_option("--student-t", cl.studentT, "degrees of freedom of a multivariate t (fat tails)");
    c.add_option("--jumps", cl.jumps, "jumps per year per crypto asset");
    c.add_flag("--from-history", cl.fromHistory, "estimate correlations from the book's price history");
    c.add_option("--xlsx", cl.xlsx, "also write the result's tables to an Excel workbook");
    c.add_flag("--no-breakers", cl.noBreakers);
    c.add_flag("--no-save", cl.noSave);
    c.add_flag("--json", cl.json);
}

void optionsReverse(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option("--family", cl.family, "price:ASSET | crypto | liquidity:VENUE | delay:NODE")->required();
    c.add_option("--outcome", cl.outcome, "bad-debt | default:NODE | loss:AMOUNT")->required();
    c.add_flag("--no-save", cl.noSave);
    c.add_flag("--json", cl.json);
}

void optionsMargin(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_flag("--json", cl.json);
}

void optionsRuns(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option("--id", cl.runId, "print this run's results");
    c.add_flag("--json", cl.json);
}

} // namespace ballast::app
