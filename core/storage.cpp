#include "storage.h"

#include "json_io.h"
#include "parallel.h"
#include "validate.h"

#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>

namespace ballast {
using nlohmann::json;

namespace {

// Forward migrations: entry i upgrades a file from user_version i to i + 1.
const char* const kMigrations[] = {
    // 0 -> 1: the first schema
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE assets(id TEXT PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT NOT NULL,
  underlying TEXT REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED, data TEXT NOT NULL);
CREATE TABLE correlations(seq INTEGER PRIMARY KEY,
  a TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,
  b TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED, data TEXT NOT NULL);
CREATE TABLE nodes(id TEXT PRIMARY KEY, seq INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE links(id TEXT PRIMARY KEY, seq INTEGER NOT NULL, type TEXT NOT NULL,
  from_node TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
  to_node TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED, data TEXT NOT NULL);
CREATE TABLE pools(id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
  venue TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
  base TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED, data TEXT NOT NULL);
CREATE TABLE loans(id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
  borrower TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
  venue TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED, data TEXT NOT NULL);
CREATE TABLE positions(id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
  owner TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED,
  asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,
  pledged_to TEXT REFERENCES loans(id) DEFERRABLE INITIALLY DEFERRED, data TEXT NOT NULL);
CREATE TABLE derivatives(id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
  holder TEXT NOT NULL REFERENCES nodes(id) DEFERRABLE INITIALLY DEFERRED, data TEXT NOT NULL);
CREATE TABLE scenarios(id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE price_history(seq INTEGER PRIMARY KEY,
  asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED, time INTEGER NOT NULL, price REAL NOT NULL);
CREATE TABLE runs(id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, scenario TEXT, input_hash TEXT,
  started_at TEXT NOT NULL, elapsed_ms REAL, results TEXT, timings TEXT);
CREATE TABLE ticks(id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL, asset TEXT NOT NULL,
  price REAL NOT NULL, oracle REAL);
)sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

struct DbCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
struct StmtCloser
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtCloser>;

/// A storage failure: what Ballast was doing (`what`, whose last placeholder takes SQLite's own
/// message) and SQLite's message, which is not translated.
Issue dbIssue(const std::string& path, sqlite3* db, Msg what, std::vector<std::string> args = {})
{
    args.push_back(db ? sqlite3_errmsg(db) : "cannot open");
    return Issue{ErrorCode::Storage, path, "", what, std::move(args)};
}

bool exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

Stmt prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) return Stmt();
    return Stmt(s);
}

void bindText(sqlite3_stmt* s, int i, const std::string& v)
{
    if (v.empty()) sqlite3_bind_null(s, i);
    else sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string columnText(sqlite3_stmt* s, int i)
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    return t ? std::string(t, static_cast<size_t>(sqlite3_column_bytes(s, i))) : std::string();
}

Result<Db> openDb(const std::string& path, bool create)
{
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
        Issue i = dbIssue(path, raw, Msg::DbCannotOpen);
        sqlite3_close_v2(raw);
        return Result<Db>(Issues{i});
    }
    Db db(raw);
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_extended_result_codes(raw, 1);
    // untrusted files: no triggers or views executing on our behalf, no extension loading
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    exec(raw, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
    return Result<Db>(std::move(db));
}

int userVersion(sqlite3* db)
{
    Stmt s = prepare(db, "PRAGMA user_version");
    return s && sqlite3_step(s.get()) == SQLITE_ROW ? sqlite3_column_int(s.get(), 0) : -1;
}

Issues migrate(sqlite3* db, const std::string& path, int from)
{
    for (int v = from; v < kSchemaVersion; ++v) {
        if (!exec(db, "BEGIN IMMEDIATE")) return {dbIssue(path, db, Msg::DbMigrationStart)};
        if (!exec(db, kMigrations[v]) ||
            !exec(db, ("PRAGMA user_version = " + std::to_string(v + 1)).c_str())) {
            Issue i = dbIssue(path, db, Msg::DbMigrationFailed, {std::to_string(v + 1)});
            exec(db, "ROLLBACK");
            return {i};
        }
        if (!exec(db, "COMMIT")) {
            Issue i = dbIssue(path, db, Msg::DbMigrationCommit);
            exec(db, "ROLLBACK");
            return {i};
        }
    }
    return {};
}

Issues checkOpenable(sqlite3* db, const std::string& path)
{
    {
        Stmt s = prepare(db, "PRAGMA integrity_check");
        if (!s) return {Issue{ErrorCode::Integrity, path, "", Msg::NotSqlite}};
        std::string first;
        if (sqlite3_step(s.get()) == SQLITE_ROW) first = columnText(s.get(), 0);
        if (first != "ok")
            return {Issue{ErrorCode::Integrity, path, "", Msg::IntegrityFailed, {first}}};
    }
    const int v = userVersion(db);
    if (v > kSchemaVersion)
        return {Issue{ErrorCode::NewerVersion, path, "", Msg::NewerSchema,
                      {std::to_string(v), std::to_string(kSchemaVersion)}}};
    return {};
}

template <class T, class Parse>
bool readTable(sqlite3* db, const char* sql, std::vector<T>& out, const char* what, Parse parse, const std::string& path,
               Issues& issues)
{
    Stmt s = prepare(db, sql);
    if (!s) {
        issues.push_back(dbIssue(path, db, Msg::DbCannotReadTable, {what}));
        return false;
    }
    // Rows are read in batches and each batch is parsed on every core: turning a million stored
    // JSON entities back into structs is most of opening a big book. Rows and their issues keep
    // their order.
    constexpr size_t kBatch = 16384;
    std::vector<std::string> texts;
    std::vector<T> parsed;
    std::vector<Issues> rowIssues;
    std::vector<char> ok;
    size_t row = 0;
    for (bool more = true; more;) {
        texts.clear();
        while (texts.size() < kBatch) {
            const int rc = sqlite3_step(s.get());
            if (rc == SQLITE_DONE) {
                more = false;
                break;
            }
            if (rc != SQLITE_ROW) {
                issues.push_back(dbIssue(path, db, Msg::DbCannotReadTable, {what}));
                return false;
            }
            texts.push_back(columnText(s.get(), 0));
        }
        const size_t n = texts.size();
        parsed.assign(n, T{});
        rowIssues.assign(n, Issues{});
        ok.assign(n, 0);
        parallelChunks<size_t>(0, n, 512, [&](size_t first, size_t last) {
            for (size_t i = first; i < last; ++i) {
                const std::string place = std::string("/") + what + "/" + std::to_string(row + i);
                const json j = json::parse(texts[i], nullptr, false);
                if (j.is_discarded()) {
                    rowIssues[i].push_back(Issue{ErrorCode::Parse, path, place, Msg::StoredNotJson});
                    continue;
                }
                parsed[i] = parse(j, place, path, rowIssues[i]);
                ok[i] = 1;
            }
        });
        for (size_t i = 0; i < n; ++i) {
            issues.insert(issues.end(), std::make_move_iterator(rowIssues[i].begin()), std::make_move_iterator(rowIssues[i].end()));
            if (ok[i]) out.push_back(std::move(parsed[i]));
        }
        row += n;
    }
    return true;
}

class Transaction
{
public:
    explicit Transaction(sqlite3* db) : m_db(db) { m_ok = exec(db, "BEGIN IMMEDIATE"); }
    ~Transaction()
    {
        if (m_ok && !m_done) exec(m_db, "ROLLBACK");
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = exec(m_db, "COMMIT");
        return m_done;
    }

private:
    sqlite3* m_db;
    bool m_ok = false, m_done = false;
};

} // namespace

bool isSqliteFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char head[16] = {};
    in.read(head, 16);
    return in.gcount() == 16 && std::string(head, 16) == std::string("SQLite format 3\0", 16);
}

Result<Book> openWorkbook(const std::string& path)
{
    {
        std::ifstream probe(path, std::ios::binary);
        if (!probe) return Result<Book>::fail(ErrorCode::Io, path, "", Msg::CannotOpenForReading);
    }
    if (!isSqliteFile(path)) return Result<Book>::fail(ErrorCode::Integrity, path, "", Msg::NoSqliteHeader);
    auto dbr = openDb(path, false);
    if (!dbr) return Result<Book>(dbr.takeIssues());
    sqlite3* db = dbr->get();
    Issues issues = checkOpenable(db, path);
    if (!issues.empty()) return Result<Book>(std::move(issues));
    const int v = userVersion(db);
    if (v < kSchemaVersion) {
        if (v == 0) return Result<Book>::fail(ErrorCode::Integrity, path, "", Msg::SqliteNotWorkbook);
        issues = migrate(db, path, v);
        if (!issues.empty()) return Result<Book>(std::move(issues));
    }

    Book book;
    {
        Stmt s = prepare(db, "SELECT key, value FROM meta");
        if (!s) return Result<Book>(Issues{dbIssue(path, db, Msg::DbNotWorkbook)});
        bool isWorkbook = false;
        while (sqlite3_step(s.get()) == SQLITE_ROW) {
            const std::string key = columnText(s.get(), 0), value = columnText(s.get(), 1);
            if (key == "format") isWorkbook = value == "ballast.workbook";
            json j = json::parse(value, nullptr, false);
            if (key == "meta" && !j.is_discarded()) book.meta = metaFromJson(j, "/meta", path, issues);
            else if (key == "settings" && !j.is_discarded()) book.settings = settingsFromJson(j, "/settings", path, issues);
            else if (key == "extra" && j.is_object()) book.raw = RawJson(j);
        }
        if (!isWorkbook) return Result<Book>::fail(ErrorCode::Integrity, path, "", Msg::SqliteNotWorkbook);
    }
    readTable(db, "SELECT data FROM assets ORDER BY seq", book.assets, "assets", assetFromJson, path, issues);
    readTable(db, "SELECT data FROM correlations ORDER BY seq", book.correlations, "correlations", correlationFromJson, path, issues);
    readTable(db, "SELECT data FROM nodes ORDER BY seq", book.nodes, "nodes", nodeFromJson, path, issues);
    readTable(db, "SELECT data FROM links ORDER BY seq", book.links, "links", linkFromJson, path, issues);
    readTable(db, "SELECT data FROM pools ORDER BY seq", book.pools, "pools", poolFromJson, path, issues);
    readTable(db, "SELECT data FROM positions ORDER BY seq", book.positions, "positions", positionFromJson, path, issues);
    readTable(db, "SELECT data FROM loans ORDER BY seq", book.loans, "loans", loanFromJson, path, issues);
    readTable(db, "SELECT data FROM derivatives ORDER BY seq", book.derivatives, "derivatives", derivativeFromJson, path, issues);
    readTable(db, "SELECT data FROM scenarios ORDER BY seq", book.scenarios, "scenarios", scenarioFromJson, path, issues);
    {
        Stmt s = prepare(db, "SELECT asset, time, price FROM price_history ORDER BY seq");
        while (s && sqlite3_step(s.get()) == SQLITE_ROW)
            book.priceHistory[columnText(s.get(), 0)].push_back({sqlite3_column_int64(s.get(), 1), sqlite3_column_double(s.get(), 2)});
    }
    book.resolve();
    Issues semantic = validate(book, path);
    issues.insert(issues.end(), semantic.begin(), semantic.end());
    if (hasErrors(issues)) return Result<Book>(std::move(issues));
    return Result<Book>(std::move(book), std::move(issues));
}

Issues saveWorkbook(const std::string& path, const Book& book)
{
    bool exists = false;
    {
        std::ifstream probe(path, std::ios::binary);
        exists = static_cast<bool>(probe) && probe.peek() != std::ifstream::traits_type::eof();
    }
    if (exists && !isSqliteFile(path))
        return {Issue{ErrorCode::Io, path, "", Msg::RefuseOverwrite}};
    auto dbr = openDb(path, true);
    if (!dbr) return dbr.takeIssues();
    sqlite3* db = dbr->get();
    if (exists) {
        Issues i = checkOpenable(db, path);
        if (!i.empty()) return i;
    }
    if (!exec(db, "PRAGMA journal_mode = WAL")) return {dbIssue(path, db, Msg::DbNoWal)};
    const int v = userVersion(db);
    if (v < kSchemaVersion) {
        Issues i = migrate(db, path, v);
        if (!i.empty()) return i;
    }

    Transaction tx(db);
    if (!tx.ok()) return {dbIssue(path, db, Msg::DbBusyWriting)};
    for (const char* t : {"positions", "loans", "derivatives", "pools", "links", "correlations", "price_history",
                          "scenarios", "nodes", "assets", "meta"})
        if (!exec(db, (std::string("DELETE FROM ") + t).c_str())) return {dbIssue(path, db, Msg::DbCannotClear, {t})};

    auto run = [&](const char* sql, const std::function<void(sqlite3_stmt*, size_t)>& bind, size_t n) -> Issues {
        Stmt s = prepare(db, sql);
        if (!s) return {dbIssue(path, db, Msg::DbCannotPrepareSave)};
        for (size_t i = 0; i < n; ++i) {
            sqlite3_reset(s.get());
            sqlite3_clear_bindings(s.get());
            bind(s.get(), i);
            if (sqlite3_step(s.get()) != SQLITE_DONE) return {dbIssue(path, db, Msg::DbCannotSave)};
        }
        return {};
    };
    Issues is;
    auto check = [&](Issues i) {
        if (!i.empty() && is.empty()) is = std::move(i);
    };
    json extra = book.raw.parsed();
    const std::vector<std::pair<std::string, std::string>> meta = {{"format", "ballast.workbook"},
                                                                   {"meta", metaToJson(book.meta).dump()},
                                                                   {"settings", settingsToJson(book.settings).dump()},
                                                                   {"extra", extra.dump()}};
    check(run("INSERT INTO meta(key, value) VALUES(?, ?)", [&](sqlite3_stmt* s, size_t i) {
        bindText(s, 1, meta[i].first);
        bindText(s, 2, meta[i].second);
    }, meta.size()));
    check(run("INSERT INTO assets(id, seq, kind, underlying, data) VALUES(?, ?, ?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& a = book.assets[i];
        bindText(s, 1, a.id);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
        bindText(s, 3, toString(a.kind));
        bindText(s, 4, a.underlying);
        bindText(s, 5, toJson(a).dump());
    }, book.assets.size()));
    check(run("INSERT INTO correlations(seq, a, b, data) VALUES(?, ?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& c = book.correlations[i];
        sqlite3_bind_int64(s, 1, static_cast<sqlite3_int64>(i));
        bindText(s, 2, c.a);
        bindText(s, 3, c.b);
        bindText(s, 4, toJson(c).dump());
    }, book.correlations.size()));
    check(run("INSERT INTO nodes(id, seq, type, data) VALUES(?, ?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& n = book.nodes[i];
        bindText(s, 1, n.id);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
        bindText(s, 3, toString(n.type));
        bindText(s, 4, toJson(n).dump());
    }, book.nodes.size()));
    check(run("INSERT INTO links(id, seq, type, from_node, to_node, data) VALUES(?, ?, ?, ?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& l = book.links[i];
        bindText(s, 1, l.id);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
        bindText(s, 3, toString(l.type));
        bindText(s, 4, l.from);
        bindText(s, 5, l.to);
        bindText(s, 6, toJson(l).dump());
    }, book.links.size()));
    check(run("INSERT INTO pools(id, seq, venue, base, data) VALUES(?, ?, ?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& p = book.pools[i];
        bindText(s, 1, p.id);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
        bindText(s, 3, p.venue);
        bindText(s, 4, p.base);
        bindText(s, 5, toJson(p).dump());
    }, book.pools.size()));
    check(run("INSERT INTO loans(id, seq, borrower, venue, data) VALUES(?, ?, ?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& l = book.loans[i];
        bindText(s, 1, l.id);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
        bindText(s, 3, l.borrower);
        bindText(s, 4, l.venue);
        bindText(s, 5, toJson(l).dump());
    }, book.loans.size()));
    check(run("INSERT INTO positions(id, seq, owner, asset, pledged_to, data) VALUES(?, ?, ?, ?, ?, ?)",
              [&](sqlite3_stmt* s, size_t i) {
                  const auto& p = book.positions[i];
                  bindText(s, 1, p.id);
                  sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
                  bindText(s, 3, p.owner);
                  bindText(s, 4, p.asset);
                  bindText(s, 5, p.pledgedTo);
                  bindText(s, 6, toJson(p).dump());
              }, book.positions.size()));
    check(run("INSERT INTO derivatives(id, seq, holder, data) VALUES(?, ?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& d = book.derivatives[i];
        bindText(s, 1, d.id);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
        bindText(s, 3, d.holder);
        bindText(s, 4, toJson(d).dump());
    }, book.derivatives.size()));
    check(run("INSERT INTO scenarios(id, seq, data) VALUES(?, ?, ?)", [&](sqlite3_stmt* s, size_t i) {
        const auto& sc = book.scenarios[i];
        bindText(s, 1, sc.id);
        sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
        bindText(s, 3, toJson(sc).dump());
    }, book.scenarios.size()));
    {
        Stmt s = prepare(db, "INSERT INTO price_history(asset, time, price) VALUES(?, ?, ?)");
        for (const auto& [asset, pts] : book.priceHistory)
            for (const auto& pt : pts) {
                sqlite3_reset(s.get());
                bindText(s.get(), 1, asset);
                sqlite3_bind_int64(s.get(), 2, pt.time);
                sqlite3_bind_double(s.get(), 3, pt.price);
                if (sqlite3_step(s.get()) != SQLITE_DONE) check({dbIssue(path, db, Msg::DbCannotSaveHistory)});
            }
    }
    if (!is.empty()) return is; // the transaction rolls back: the file keeps its last saved state
    {
        Stmt fk = prepare(db, "PRAGMA foreign_key_check");
        if (fk && sqlite3_step(fk.get()) == SQLITE_ROW)
            return {Issue{ErrorCode::UnknownId, path, columnText(fk.get(), 0), Msg::DanglingReference}};
    }
    if (!tx.commit()) return {dbIssue(path, db, Msg::DbCannotCommitSave)};
    exec(db, "PRAGMA wal_checkpoint(PASSIVE)");
    return {};
}

Result<long long> addRun(const std::string& path, const RunRecord& r)
{
    auto dbr = openDb(path, false);
    if (!dbr) return Result<long long>(dbr.takeIssues());
    sqlite3* db = dbr->get();
    Issues i = checkOpenable(db, path);
    if (!i.empty()) return Result<long long>(std::move(i));
    exec(db, "PRAGMA journal_mode = WAL");
    Stmt s = prepare(db, "INSERT INTO runs(kind, scenario, input_hash, started_at, elapsed_ms, results, timings) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!s) return Result<long long>(Issues{dbIssue(path, db, Msg::DbNotWorkbook)});
    bindText(s.get(), 1, r.kind);
    bindText(s.get(), 2, r.scenario);
    bindText(s.get(), 3, r.inputHash);
    bindText(s.get(), 4, r.startedAt);
    sqlite3_bind_double(s.get(), 5, r.elapsedMs);
    bindText(s.get(), 6, r.results);
    bindText(s.get(), 7, r.timings);
    if (sqlite3_step(s.get()) != SQLITE_DONE) return Result<long long>(Issues{dbIssue(path, db, Msg::DbCannotStoreRun)});
    return static_cast<long long>(sqlite3_last_insert_rowid(db));
}

Result<std::vector<RunRecord>> listRuns(const std::string& path, bool withResults)
{
    using R = Result<std::vector<RunRecord>>;
    if (!isSqliteFile(path)) return R::fail(ErrorCode::Integrity, path, "", Msg::NotAWorkbook);
    auto dbr = openDb(path, false);
    if (!dbr) return R(dbr.takeIssues());
    sqlite3* db = dbr->get();
    Stmt s = prepare(db, withResults ? "SELECT id, kind, scenario, input_hash, started_at, elapsed_ms, results, timings FROM runs ORDER BY id DESC"
                                     : "SELECT id, kind, scenario, input_hash, started_at, elapsed_ms, NULL, timings FROM runs ORDER BY id DESC");
    if (!s) return R(Issues{dbIssue(path, db, Msg::DbNotWorkbook)});
    std::vector<RunRecord> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
        RunRecord r;
        r.id = sqlite3_column_int64(s.get(), 0);
        r.kind = columnText(s.get(), 1);
        r.scenario = columnText(s.get(), 2);
        r.inputHash = columnText(s.get(), 3);
        r.startedAt = columnText(s.get(), 4);
        r.elapsedMs = sqlite3_column_double(s.get(), 5);
        r.results = columnText(s.get(), 6);
        r.timings = columnText(s.get(), 7);
        out.push_back(std::move(r));
    }
    return out;
}

Result<RunRecord> loadRun(const std::string& path, long long id)
{
    auto all = listRuns(path, true);
    if (!all) return Result<RunRecord>(all.takeIssues());
    for (auto& r : *all)
        if (r.id == id) return r;
    return Result<RunRecord>::fail(ErrorCode::UnknownId, path, "runs/" + std::to_string(id), Msg::NoSuchRun);
}

Issues addTicks(const std::string& path, const std::vector<TickRecord>& ticks)
{
    auto dbr = openDb(path, false);
    if (!dbr) return dbr.takeIssues();
    sqlite3* db = dbr->get();
    Transaction tx(db);
    if (!tx.ok()) return {dbIssue(path, db, Msg::DbBusy)};
    Stmt s = prepare(db, "INSERT INTO ticks(time, asset, price, oracle) VALUES(?, ?, ?, ?)");
    if (!s) return {dbIssue(path, db, Msg::DbNotWorkbook)};
    for (const auto& t : ticks) {
        sqlite3_reset(s.get());
        sqlite3_bind_int64(s.get(), 1, t.time);
        bindText(s.get(), 2, t.asset);
        sqlite3_bind_double(s.get(), 3, t.price);
        if (std::isnan(t.oracle)) sqlite3_bind_null(s.get(), 4);
        else sqlite3_bind_double(s.get(), 4, t.oracle);
        if (sqlite3_step(s.get()) != SQLITE_DONE) return {dbIssue(path, db, Msg::DbCannotStoreTicks)};
    }
    if (!tx.commit()) return {dbIssue(path, db, Msg::DbCannotCommitTicks)};
    return {};
}

Result<long long> tickCount(const std::string& path)
{
    using R = Result<long long>;
    if (!isSqliteFile(path)) return R::fail(ErrorCode::Integrity, path, "", Msg::NotAWorkbook);
    auto dbr = openDb(path, false);
    if (!dbr) return R(dbr.takeIssues());
    sqlite3* db = dbr->get();
    Stmt s = prepare(db, "SELECT COUNT(*) FROM ticks");
    if (!s || sqlite3_step(s.get()) != SQLITE_ROW) return R(Issues{dbIssue(path, db, Msg::DbNotWorkbook)});
    return static_cast<long long>(sqlite3_column_int64(s.get(), 0));
}

std::string bookHash(const Book& book)
{
    const std::string s = workbookToJson(book).dump();
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

} // namespace ballast
