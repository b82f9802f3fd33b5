#pragma once
// The ballast-cli subcommands, separated from main() so that tests can run them in process.

#include "model.h"
#include "result.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ballast::app {

inline constexpr int kExitOk = 0, kExitFailure = 1, kExitBadInput = 2;

struct CommandLine
{
    std::string book, output, pool, sell, buy, scenario, preset, nodesCsv, linksCsv, positionsCsv, pricesCsv, into;
    std::string asset, family, outcome, from, to;
    double amount = 0, lossThreshold = 0;
    bool json = false, odd = false, huge = false, route = false, noBreakers = false, noSave = false, fromHistory = false;
    double studentT = 0, jumps = 0;
    long long runId = 0;
    int repeats = 7;
    int nodes = 200, links = 1000, positions = 2000, loans = 200, venues = 12, assets = 24, threads = 0;
    long long scenarios = 1000;
    unsigned long long seed = 1;
    std::vector<std::string> positional;
};

void registerCommands(CLI::App& app, CommandLine& cl);

/// Prints each issue on stderr as "file: place: reason"; returns kExitBadInput when any is an error.
int printIssues(const Issues& issues);
/// Loads BOOK (see loadBook), printing its errors or warnings on stderr.
Result<Book> loadOrReport(const std::string& path);

/// 1.23bn, 4.56m, 7.8k, 9.10; "inf" and "-" for non-finite values (readable CLI output).
std::string money(double v);
int runSelected(CLI::App& app, CommandLine& cl);

} // namespace ballast::app

namespace ballast::app {
/// Stores a run in the workbook's history when BOOK is a .ballast file (unless --no-save).
void storeRun(const CommandLine& cl, const Book& book, const std::string& kind, const std::string& scenario,
              const nlohmann::json& result, double ms);
}
