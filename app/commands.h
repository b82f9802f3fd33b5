#pragma once
// The ballast-cli subcommands, separated from main() so that tests can run them in process.

#include "jsonparts.h"
#include "model.h"
#include "result.h"
#include "stress.h"
#include "xlsx.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ballast::app {

inline constexpr int kExitOk = 0, kExitFailure = 1, kExitBadInput = 2;

struct CommandLine
{
    std::string book, output, pool, sell, buy, scenario, preset, nodesCsv, linksCsv, positionsCsv, pricesCsv, into;
    std::string asset, family, outcome, from, to, xlsx;
    std::string feed, format = "ballast", every = "5s", until, record; // watch
    double hz = 20;
    double amount = 0, lossThreshold = 0;
    bool all = false; // shock --all: every scenario of the book
    bool json = false, odd = false, huge = false, route = false, noBreakers = false, noSave = false, fromHistory = false;
    double studentT = 0, jumps = 0;
    long long runId = 0;
    int repeats = 7;
    int nodes = 200, links = 1000, positions = 2000, loans = 200, venues = 12, assets = 24, threads = 0;
    long long scenarios = 1000;
    unsigned long long seed = 1;
    std::vector<std::string> positional;
};

/// One ballast-cli subcommand: its name, a line of help, the options it takes and what runs it.
struct Command
{
    const char* name;
    const char* help;
    void (*options)(CLI::App& command, CommandLine& cl);
    int (*run)(CommandLine& cl);
};
/// Every subcommand, in the order `ballast-cli --help` lists them: the one table (app/commands.cpp).
const std::vector<Command>& commands();
/// Adds every command of commands() to `app`, their options bound to `cl`.
void registerCommands(CLI::App& app, CommandLine& cl);

/// Prints each issue on stderr as "file: place: reason"; returns kExitBadInput when any is an error.
int printIssues(const Issues& issues);
/// Writes `sheets` to cl.xlsx and says so (on stderr with --json, so that stdout stays JSON).
int writeXlsxFile(const CommandLine& cl, const std::vector<XlsxSheet>& sheets);
/// Loads BOOK (see loadBook), printing its errors or warnings on stderr.
Result<Book> loadOrReport(const std::string& path);

/// 1.23bn, 4.56m, 7.8k, 9.10; "inf" and "-" for non-finite values (readable CLI output).
std::string money(double v);
int runSelected(CLI::App& app, CommandLine& cl);

// Each command: what runs it and the options it takes, by the file that holds them.
// commands.cpp
int cmdValidate(CommandLine& cl);
void optionsValidate(CLI::App& command, CommandLine& cl);
int cmdImport(CommandLine& cl);
void optionsImport(CLI::App& command, CommandLine& cl);
int cmdExport(CommandLine& cl);
void optionsExport(CLI::App& command, CommandLine& cl);
int cmdExposure(CommandLine& cl);
void optionsExposure(CLI::App& command, CommandLine& cl);
int cmdQuote(CommandLine& cl);
void optionsQuote(CLI::App& command, CommandLine& cl);
int cmdGenerate(CommandLine& cl);
void optionsGenerate(CLI::App& command, CommandLine& cl);
// commands_engine.cpp
int cmdShock(CommandLine& cl);
void optionsShock(CLI::App& command, CommandLine& cl);
int cmdReplay(CommandLine& cl);
void optionsReplay(CLI::App& command, CommandLine& cl);
int cmdClearing(CommandLine& cl);
void optionsClearing(CLI::App& command, CommandLine& cl);
int cmdDebtRank(CommandLine& cl);
void optionsDebtRank(CLI::App& command, CommandLine& cl);
// commands_stress.cpp
int cmdStress(CommandLine& cl);
/// The Monte Carlo options of `stress` (shared with ballast-mpi); nullopt, said on stderr, when
/// the scenario count is out of range or the book has no risk factor.
std::optional<StressOptions> stressOptions(const CommandLine& cl, const Book& book, bool say = true);
/// `shock --all`'s scenarios: every scenario of the book, in its order (the suggested ones when it
/// has none).
std::vector<Scenario> allScenarios(const Book& book);
/// The text summary `stress` prints without --json.
void printStress(const Book& book, const StressResult& r);
/// `reverse`'s JSON object and its text line (shared with ballast-mpi).
nlohmann::json reverseJson(const ReverseResult& r);
void printReverse(const ReverseResult& r);
// commands_watch.cpp
int cmdWatch(CommandLine& cl);
void optionsWatch(CLI::App& command, CommandLine& cl);
void optionsStress(CLI::App& command, CommandLine& cl);
int cmdReverse(CommandLine& cl);
void optionsReverse(CLI::App& command, CommandLine& cl);
int cmdMargin(CommandLine& cl);
void optionsMargin(CLI::App& command, CommandLine& cl);
int cmdRuns(CommandLine& cl);
void optionsRuns(CLI::App& command, CommandLine& cl);
// commands_bench.cpp
int cmdBench(CommandLine& cl);
void optionsBench(CLI::App& command, CommandLine& cl);

} // namespace ballast::app

namespace ballast::app {
/// Stores a run in the workbook's history when BOOK is a .ballast file (unless --no-save).
void storeRun(const CommandLine& cl, const Book& book, const std::string& kind, const std::string& scenario,
              const nlohmann::json& result, double ms);
/// A result on stdout as dump(2) and a newline print it, a part at a time (a big book's export or
/// exposure is gigabytes as one json tree).
void printJson(const JsonParts& parts);
/// The same for a result written a part at a time (a shock's, which can be hundreds of megabytes).
void storeRun(const CommandLine& cl, const Book& book, const std::string& kind, const std::string& scenario,
              const JsonParts& result, double ms);
}
