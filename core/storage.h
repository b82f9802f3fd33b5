#pragma once
// The native .ballast document: a SQLite file. Schema versioned (PRAGMA user_version) with forward
// migrations, foreign keys on, WAL journal, every save one transaction (a crash leaves the last
// saved state), PRAGMA integrity_check on open (beside the reading), a newer schema refused. All
// SQL is parameterised. Positions and links are stored in typed columns (docs/FORMAT.md).

#include "model.h"
#include "progress.h"
#include "result.h"

#include <string>
#include <vector>

namespace ballast {

inline constexpr int kSchemaVersion = 2;

/// True when the file starts with the SQLite header.
bool isSqliteFile(const std::string& path);

/// Opens a workbook, checks integrity and version, migrates an older schema, validates the book.
/// `progress` (optional) hears the share of rows read (0 to 0.75), then the resolving (0.85) and
/// the validation (0.9); cancelled, the open ends with a Cancelled issue and no book.
Result<Book> openWorkbook(const std::string& path, Progress* progress = nullptr);

/// Saves the book in one transaction. Creates the file if needed; refuses to overwrite a file that
/// is not a Ballast workbook. Keeps the run and tick history already in the file.
Issues saveWorkbook(const std::string& path, const Book& book);

struct RunRecord
{
    long long id = 0;
    std::string kind;     // "shock", "stress", "replay", "reverse", ...
    std::string scenario; // scenario id or description
    std::string inputHash;
    std::string startedAt; // ISO 8601
    double elapsedMs = 0;
    std::string results;   // JSON text (FORMAT.md result object)
    std::string timings;   // JSON text
};

/// Appends a run to the workbook's history. Returns the new run id.
Result<long long> addRun(const std::string& path, const RunRecord& run);
/// Lists runs, newest first; `withResults` also loads the result JSON.
Result<std::vector<RunRecord>> listRuns(const std::string& path, bool withResults = false);
Result<RunRecord> loadRun(const std::string& path, long long id);

struct TickRecord
{
    Seconds time = 0;
    std::string asset;
    double price = 0, oracle = kNaN;
};
/// Appends ticks to the workbook's tick history in one transaction.
Issues addTicks(const std::string& path, const std::vector<TickRecord>& ticks);
/// How many ticks the workbook's history holds.
Result<long long> tickCount(const std::string& path);

/// A stable hash of the book's content (FNV-1a of its canonical JSON), for run records.
std::string bookHash(const Book& book);

} // namespace ballast
