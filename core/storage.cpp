#include "storage.h"

#include "fields.h"
#include "hugepages.h"
#include "inputlimits.h"
#include "json_io.h"
#include "parallel.h"
#include "validate.h"

#include <sqlite3.h>
#ifdef __linux__
#endif

#include <array>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <limits>
#include <variant>
#include <fstream>
#include <functional>
#include <future>
#include <iterator>
#include <memory>
#include <mutex>
#include <ostream>
#include <streambuf>

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
    // 1 -> 2: positions and links in typed columns, one per key of their field tables (fields.h),
    // named by the key in snake case (from -> from_node, to -> to_node, limit -> credit_limit);
    // a link's via is a JSON array of node ids, its transitDays two columns.
    // A row whose entity those columns hold whole stores '' in `data`; the others keep their JSON
    // there, the columns a copy for queries. Rows of a version 1 file keep their JSON until saved.
    R"sql(
ALTER TABLE positions ADD COLUMN quantity REAL;
ALTER TABLE positions ADD COLUMN venue TEXT;
ALTER TABLE links ADD COLUMN asset TEXT;
ALTER TABLE links ADD COLUMN quantity REAL;
ALTER TABLE links ADD COLUMN amount REAL;
ALTER TABLE links ADD COLUMN share REAL;
ALTER TABLE links ADD COLUMN lead_time_days REAL;
ALTER TABLE links ADD COLUMN credit_limit REAL;
ALTER TABLE links ADD COLUMN latency_sec REAL;
ALTER TABLE links ADD COLUMN capacity REAL;
ALTER TABLE links ADD COLUMN departed INTEGER;
ALTER TABLE links ADD COLUMN eta INTEGER;
ALTER TABLE links ADD COLUMN due INTEGER;
ALTER TABLE links ADD COLUMN via TEXT;
ALTER TABLE links ADD COLUMN transit_days_mean REAL;
ALTER TABLE links ADD COLUMN transit_days_std REAL;
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

/// Binds text, an empty one as NULL unless `emptyIsText`.
void bindText(sqlite3_stmt* s, int i, const std::string& v, bool emptyIsText = false)
{
    if (v.empty() && !emptyIsText) sqlite3_bind_null(s, i);
    else sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string placeholders(size_t n)
{
    std::string s;
    for (size_t i = 0; i < n; ++i) s += ", ?";
    return s;
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

// ---- rows in columns (schema 2) -------------------------------------------------------------

/// The column of a field-table key: the key in snake case; from, to and limit are SQL words.
std::string columnOf(std::string_view key)
{
    if (key == "from") return "from_node";
    if (key == "to") return "to_node";
    if (key == "limit") return "credit_limit";
    std::string c;
    for (char ch : key) {
        if (ch >= 'A' && ch <= 'Z') {
            c += '_';
            c += static_cast<char>(ch - 'A' + 'a');
        } else {
            c += ch;
        }
    }
    return c;
}

template <class T>
std::string columnList(const fields::Table<T>& table)
{
    std::string s;
    for (const auto& f : table) s += (s.empty() ? "" : ", ") + columnOf(f.key);
    return s;
}

/// Whether the columns hold the whole entity: no original object kept (the JSON writer then
/// writes it from its fields alone) and no number the columns cannot hold (NaN is NULL, which
/// reads back as the field's default, so only where that default is NaN).
template <class T>
bool columnsHold(const T& t, const fields::Table<T>& table)
{
    static const T blank{};
    if (t.raw) return false;
    for (const auto& f : table)
        if (const auto* m = std::get_if<double T::*>(&f.member)) {
            const double v = t.**m;
            if (!std::isfinite(v) && !(std::isnan(v) && std::isnan(blank.**m))) return false;
        }
    return true;
}

/// Binds an entity's fields to columns `first`...: NULL where a key would not be written (an empty
/// text, an unset time, NaN, a number at its default unless the writer always writes it).
template <class T>
void bindFields(sqlite3_stmt* s, int first, const fields::Table<T>& table, const T& t)
{
    static const T blank{};
    int c = first;
    for (const auto& f : table) {
        std::visit(
            [&](auto m) {
                using M = std::decay_t<decltype(t.*m)>;
                const bool unset = !f.writeAlways(t) && t.*m == blank.*m;
                if constexpr (std::is_same_v<M, std::string>) bindText(s, c, t.*m);
                else if constexpr (std::is_same_v<M, double>)
                    std::isnan(t.*m) || unset ? sqlite3_bind_null(s, c) : sqlite3_bind_double(s, c, t.*m);
                else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, bool>)
                    unset ? sqlite3_bind_null(s, c) : sqlite3_bind_int64(s, c, t.*m);
                else t.*m ? sqlite3_bind_int64(s, c, *(t.*m)) : sqlite3_bind_null(s, c);
            },
            f.member);
        ++c;
    }
}

const char* storedTypeName(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT: return "number";
    case SQLITE_TEXT: return "string";
    case SQLITE_BLOB: return "binary";
    default: return "null";
    }
}

/// Reads an entity's fields from columns `first`..., with the JSON reader's rules and messages
/// (NULL is an absent key), each problem at the key's place under `place`.
template <class T>
void readFields(sqlite3_stmt* s, int first, const fields::Table<T>& table, T& t, const std::string& file,
                const std::string& place, Issues& issues)
{
    static const T blank{};
    auto error = [&](ErrorCode code, const char* key, Msg msg, std::vector<std::string> args = {}) {
        issues.emplace_back(code, file, place + "/" + key, msg, std::move(args));
    };
    int c = first;
    for (const auto& f : table) {
        const int type = sqlite3_column_type(s, c);
        const bool required = f.required(t);
        std::visit(
            [&](auto m) {
                using M = std::decay_t<decltype(t.*m)>;
                if constexpr (std::is_same_v<M, std::string>) {
                    if (type == SQLITE_NULL) {
                        if (required) error(ErrorCode::MissingField, f.key, Msg::RequiredText);
                    } else if (type != SQLITE_TEXT) {
                        error(ErrorCode::Type, f.key, Msg::ExpectedTextGot, {storedTypeName(type)});
                    } else {
                        t.*m = columnText(s, c);
                        if ((t.*m).size() > limits::kMaxStringLength) {
                            error(ErrorCode::Limit, f.key, Msg::TextTooLong, {std::to_string(limits::kMaxStringLength)});
                            (t.*m).resize(limits::kMaxStringLength);
                        }
                        if (required && (t.*m).empty()) error(ErrorCode::MissingField, f.key, Msg::MustNotBeEmpty);
                    }
                } else if constexpr (std::is_same_v<M, double> || std::is_same_v<M, int> || std::is_same_v<M, bool>) {
                    if (type == SQLITE_NULL) {
                        if (required) error(ErrorCode::MissingField, f.key, Msg::RequiredNumber);
                        return;
                    }
                    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT) {
                        error(ErrorCode::Type, f.key, std::is_same_v<M, bool> ? Msg::ExpectedBool : Msg::ExpectedNumberGot,
                              {storedTypeName(type)});
                        return;
                    }
                    const double v = sqlite3_column_double(s, c);
                    if constexpr (std::is_same_v<M, double>) t.*m = v;
                    else if constexpr (std::is_same_v<M, bool>) {
                        if (v == 0.0 || v == 1.0) t.*m = v != 0.0;
                        else error(ErrorCode::Type, f.key, Msg::ExpectedBool);
                    } else {
                        if (v == std::floor(v) && v >= -1e9 && v <= 1e9) t.*m = static_cast<int>(v);
                        else error(ErrorCode::Type, f.key, Msg::ExpectedWholeNumber);
                    }
                } else {
                    if (type == SQLITE_NULL) return;
                    if (type != SQLITE_INTEGER) error(ErrorCode::BadDate, f.key, Msg::NotIsoTimeValue, {columnText(s, c)});
                    else t.*m = static_cast<Seconds>(sqlite3_column_int64(s, c));
                }
            },
            f.member);
        ++c;
    }
}

Position positionFromColumns(sqlite3_stmt* s, int first, const std::string& file, const std::string& place, Issues& issues)
{
    Position p;
    p.origin.pointer = place;
    readFields(s, first, fields::positionFields(), p, file, place, issues);
    return p;
}

Link linkFromColumns(sqlite3_stmt* s, int first, const std::string& file, const std::string& place, Issues& issues)
{
    Link l;
    l.origin.pointer = place;
    const std::string type = sqlite3_column_type(s, first) == SQLITE_TEXT ? columnText(s, first) : std::string();
    if (type.empty()) issues.emplace_back(ErrorCode::MissingField, file, place + "/type", Msg::RequiredValue);
    else if (auto t = linkTypeFromString(type)) l.type = *t;
    else issues.emplace_back(ErrorCode::BadEnum, file, place + "/type", Msg::UnknownValue, std::vector<std::string>{type});
    readFields(s, first + 1, fields::linkFields(), l, file, place, issues);
    const int extra = first + 1 + static_cast<int>(fields::linkFields().size());
    if (sqlite3_column_type(s, extra) != SQLITE_NULL) {
        const json via = json::parse(columnText(s, extra), nullptr, false);
        if (!via.is_array()) {
            issues.emplace_back(ErrorCode::Type, file, place + "/via", Msg::ExpectedIdList);
        } else {
            l.via.reserve(via.size());
            for (size_t i = 0; i < via.size(); ++i) {
                if (via[i].is_string()) l.via.push_back(via[i].get<std::string>());
                else issues.emplace_back(ErrorCode::Type, file, place + "/via/" + std::to_string(i), Msg::ExpectedId);
            }
        }
    }
    auto number = [&](int c, const char* key, double def) {
        const int type = sqlite3_column_type(s, c);
        if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) return sqlite3_column_double(s, c);
        if (type != SQLITE_NULL)
            issues.emplace_back(ErrorCode::Type, file, place + "/transitDays/" + key, Msg::ExpectedNumberGot,
                                std::vector<std::string>{storedTypeName(type)});
        return def;
    };
    l.transitDays.mean = number(extra + 1, "mean", kNaN);
    l.transitDays.std = number(extra + 2, "std", 0.0);
    if (std::isnan(l.transitDays.mean) && sqlite3_column_type(s, extra + 2) != SQLITE_NULL)
        issues.emplace_back(ErrorCode::MissingField, file, place + "/transitDays/mean", Msg::RequiredNumber);
    return l;
}

/// The columns a position is read from and written to, after seq and data.
std::string positionColumns() { return columnList(fields::positionFields()); }
/// The columns a link is read from (linkFromColumns, in this order) and written to, after seq and data.
std::string linkColumns() { return "type, " + columnList(fields::linkFields()) + ", via, transit_days_mean, transit_days_std"; }
constexpr size_t kLinkColumnsBeyondFields = 4; // type, via, transit_days_mean, transit_days_std

/// Reads a table's rows in order. `data` holds each row's JSON, or '' where `fromColumns` (if
/// given) reads the entity from the columns `columns` that follow seq and data. Rows are read in
/// the order they were written (rowid), which is seq order unless the file was edited by hand; then
/// the table is read again sorted by seq (a sort of a million rows costs SQLite about a second).
/// JSON rows are parsed in batches on every core: turning a million stored JSON entities back into
/// structs was most of opening a big book. Rows and their issues keep their order.
/// Rows read so far by every table's reader, for an open's progress and its cancelling.
struct ReadProgress
{
    Progress* progress = nullptr;
    size_t total = 0;
    std::atomic<size_t> done{0};
    /// Counts a batch; false when the open is cancelled. The two readers' reports are made one at
    /// a time and never go back, so a listener needs no lock of its own.
    bool batch(size_t rows)
    {
        const size_t d = done.fetch_add(rows) + rows;
        if (!progress) return true;
        if (total) {
            std::lock_guard<std::mutex> lock(reporting);
            if (d > reported) {
                reported = d;
                progress->report(0.75 * static_cast<double>(std::min(d, total)) / static_cast<double>(total));
            }
        }
        return !progress->cancelled();
    }
    std::mutex reporting;
    size_t reported = 0;
};

template <class T, class Parse, class FromColumns>
bool readTable(sqlite3* db, const char* what, const std::string& columns, std::vector<T>& out, Parse parse,
               FromColumns fromColumns, const std::string& path, Issues& issues, ReadProgress& read)
{
    {
        Stmt count = prepare(db, (std::string("SELECT count(*) FROM ") + what).c_str());
        if (count && sqlite3_step(count.get()) == SQLITE_ROW) {
            const auto rows = static_cast<size_t>(std::max<sqlite3_int64>(sqlite3_column_int64(count.get(), 0), 0));
            if (rows > limits::kMaxElements) { // as a JSON list of more would be refused
                issues.emplace_back(ErrorCode::Limit, path, std::string("/") + what, Msg::TooManyElements,
                                    std::vector<std::string>{std::to_string(limits::kMaxElements)});
                return false;
            }
            out.reserve(out.size() + rows);
            adviseHugePages(out.data(), out.capacity() * sizeof(T));
        }
    }
    const size_t outStart = out.size(), issuesStart = issues.size();
    for (const char* order : {"rowid", "seq"}) {
        const std::string sql = std::string("SELECT seq, data") + (columns.empty() ? "" : ", " + columns) + " FROM " + what +
                                " ORDER BY " + order;
        Stmt s = prepare(db, sql.c_str());
        if (!s) {
            issues.push_back(dbIssue(path, db, Msg::DbCannotReadTable, {what}));
            return false;
        }
        constexpr size_t kBatch = 16384;
        struct Text
        {
            size_t slot, index;
            std::string text;
        };
        std::vector<Text> texts;
        std::vector<Issues> rowIssues;
        std::vector<size_t> notJson;
        const bool sortedBySeq = order[0] == 's';
        bool inOrder = true;
        sqlite3_int64 lastSeq = std::numeric_limits<sqlite3_int64>::min();
        for (bool more = true; more && inOrder;) {
            texts.clear();
            rowIssues.clear();
            while (rowIssues.size() < kBatch) {
                const int rc = sqlite3_step(s.get());
                if (rc == SQLITE_DONE) {
                    more = false;
                    break;
                }
                if (rc != SQLITE_ROW) {
                    issues.push_back(dbIssue(path, db, Msg::DbCannotReadTable, {what}));
                    return false;
                }
                const sqlite3_int64 seq = sqlite3_column_int64(s.get(), 0);
                if (!sortedBySeq && seq < lastSeq) {
                    inOrder = false;
                    break;
                }
                lastSeq = seq;
                const size_t index = out.size() - outStart;
                rowIssues.emplace_back();
                const std::string place = std::string("/") + what + "/" + std::to_string(index);
                if constexpr (!std::is_same_v<FromColumns, std::nullptr_t>) {
                    if (sqlite3_column_type(s.get(), 1) == SQLITE_TEXT && sqlite3_column_bytes(s.get(), 1) == 0) {
                        out.push_back(fromColumns(s.get(), 2, path, place, rowIssues.back()));
                        continue;
                    }
                }
                out.emplace_back();
                texts.push_back(Text{rowIssues.size() - 1, out.size() - 1, columnText(s.get(), 1)});
            }
            if (!inOrder) break;
            std::vector<char> bad(texts.size(), 0);
            parallelChunks<size_t>(0, texts.size(), 512, [&](size_t first, size_t last) {
                for (size_t i = first; i < last; ++i) {
                    const Text& t = texts[i];
                    const std::string place = std::string("/") + what + "/" + std::to_string(t.index - outStart);
                    const json j = json::parse(t.text, nullptr, false);
                    if (j.is_discarded()) {
                        rowIssues[t.slot].push_back(Issue{ErrorCode::Parse, path, place, Msg::StoredNotJson});
                        bad[i] = 1;
                        continue;
                    }
                    out[t.index] = parse(j, place, path, rowIssues[t.slot]);
                }
            });
            for (size_t i = 0; i < texts.size(); ++i)
                if (bad[i]) notJson.push_back(texts[i].index);
            for (auto& r : rowIssues) issues.insert(issues.end(), std::make_move_iterator(r.begin()), std::make_move_iterator(r.end()));
            if (!read.batch(rowIssues.size())) {
                issues.emplace_back(ErrorCode::Cancelled, path, "", Msg::Cancelled);
                return false;
            }
        }
        if (!inOrder) { // written out of seq order: read it again, sorted
            out.resize(outStart);
            issues.resize(issuesStart);
            continue;
        }
        for (auto it = notJson.rbegin(); it != notJson.rend(); ++it) out.erase(out.begin() + static_cast<std::ptrdiff_t>(*it));
        return true;
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

Result<Book> openWorkbook(const std::string& path, Progress* progress)
{
    {
        std::ifstream probe(path, std::ios::binary);
        if (!probe) return Result<Book>::fail(ErrorCode::Io, path, "", Msg::CannotOpenForReading);
    }
    if (!isSqliteFile(path)) return Result<Book>::fail(ErrorCode::Integrity, path, "", Msg::NoSqliteHeader);
    auto dbr = openDb(path, false);
    if (!dbr) return Result<Book>(dbr.takeIssues());
    sqlite3* db = dbr->get();
    // The integrity check reads every page of the file (about a second for the stress book). A
    // file of this schema is checked on a connection of its own while its book is read, and the
    // book is kept only if the check passes; a file to migrate is checked before it is written.
    Issues issues;
    std::future<Issues> integrity;
    if (userVersion(db) == kSchemaVersion) {
        integrity = std::async(std::launch::async, [path] {
            auto checker = openDb(path, false);
            return checker ? checkOpenable(checker->get(), path) : checker.takeIssues();
        });
    } else {
        issues = checkOpenable(db, path);
        if (!issues.empty()) return Result<Book>(std::move(issues));
        const int v = userVersion(db);
        if (v < kSchemaVersion) {
            if (v == 0) return Result<Book>::fail(ErrorCode::Integrity, path, "", Msg::SqliteNotWorkbook);
            issues = migrate(db, path, v);
            if (!issues.empty()) return Result<Book>(std::move(issues));
        }
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
        if (!isWorkbook) {
            if (integrity.valid())
                if (Issues bad = integrity.get(); !bad.empty()) return Result<Book>(std::move(bad));
            return Result<Book>::fail(ErrorCode::Integrity, path, "", Msg::SqliteNotWorkbook);
        }
    }
    // The tables are read on two connections side by side (links, nodes and loans on the second),
    // each table's issues kept apart and joined in the tables' order. Two connections see the
    // file as it is when each starts reading: if another process saved the workbook meanwhile
    // (PRAGMA data_version moved), the book is read again in one transaction on one connection.
    enum { Assets, Correlations, Nodes, Links, Pools, Positions, Loans, Derivatives, Scenarios, Tables };
    std::array<Issues, Tables> tableIssues;
    ReadProgress read;
    read.progress = progress;
    // the rows to read, for the progress: max(rowid) is found at once where count(*) walks a
    // table (0.2 s for a million rows); it is the count when the file was written by a save
    if (progress)
        for (const char* t : {"assets", "correlations", "nodes", "links", "pools", "positions", "loans", "derivatives", "scenarios"}) {
            Stmt rows = prepare(db, (std::string("SELECT max(rowid) FROM ") + t).c_str());
            if (rows && sqlite3_step(rows.get()) == SQLITE_ROW) read.total += static_cast<size_t>(std::max<sqlite3_int64>(sqlite3_column_int64(rows.get(), 0), 0));
        }
    auto readSecond = [&](sqlite3* c) {
        readTable(c, "nodes", "", book.nodes, nodeFromJson, nullptr, path, tableIssues[Nodes], read);
        readTable(c, "links", linkColumns(), book.links, linkFromJson, linkFromColumns, path, tableIssues[Links], read);
        readTable(c, "loans", "", book.loans, loanFromJson, nullptr, path, tableIssues[Loans], read);
    };
    auto readFirst = [&](sqlite3* c) {
        readTable(c, "assets", "", book.assets, assetFromJson, nullptr, path, tableIssues[Assets], read);
        readTable(c, "correlations", "", book.correlations, correlationFromJson, nullptr, path, tableIssues[Correlations], read);
        readTable(c, "pools", "", book.pools, poolFromJson, nullptr, path, tableIssues[Pools], read);
        readTable(c, "positions", positionColumns(), book.positions, positionFromJson, positionFromColumns, path, tableIssues[Positions], read);
        readTable(c, "derivatives", "", book.derivatives, derivativeFromJson, nullptr, path, tableIssues[Derivatives], read);
        readTable(c, "scenarios", "", book.scenarios, scenarioFromJson, nullptr, path, tableIssues[Scenarios], read);
        Stmt s = prepare(c, "SELECT asset, time, price FROM price_history ORDER BY seq");
        while (s && sqlite3_step(s.get()) == SQLITE_ROW)
            book.priceHistory[columnText(s.get(), 0)].push_back({sqlite3_column_int64(s.get(), 1), sqlite3_column_double(s.get(), 2)});
    };
    auto dataVersion = [&] {
        Stmt s = prepare(db, "PRAGMA data_version");
        return s && sqlite3_step(s.get()) == SQLITE_ROW ? sqlite3_column_int64(s.get(), 0) : -1;
    };
    const sqlite3_int64 before = dataVersion();
    bool together = false;
    {
        auto second = openDb(path, false);
        if (second) {
            auto done = std::async(std::launch::async, [&] { readSecond(second->get()); });
            readFirst(db);
            done.get();
            together = before >= 0 && dataVersion() == before;
        }
    }
    if (!together) {
        book.assets.clear(), book.correlations.clear(), book.nodes.clear(), book.links.clear(), book.pools.clear();
        book.positions.clear(), book.loans.clear(), book.derivatives.clear(), book.scenarios.clear(), book.priceHistory.clear();
        for (auto& t : tableIssues) t.clear();
        read.done = 0; // the progress waits until the re-read passes what was shown
        exec(db, "BEGIN");
        readFirst(db);
        readSecond(db);
        exec(db, "COMMIT");
    }
    for (auto& t : tableIssues) issues.insert(issues.end(), std::make_move_iterator(t.begin()), std::make_move_iterator(t.end()));
    if (isCancelled(progress)) return Result<Book>::fail(ErrorCode::Cancelled, path, "", Msg::Cancelled);
    if (integrity.valid()) {
        Issues bad = integrity.get();
        if (!bad.empty()) return Result<Book>(std::move(bad));
    }
    book.resolve();
    if (progress) progress->report(0.85);
    if (isCancelled(progress)) return Result<Book>::fail(ErrorCode::Cancelled, path, "", Msg::Cancelled);
    Issues semantic = validate(book, path);
    if (progress) progress->report(0.9);
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
    {
        const std::string sql = "INSERT INTO links(seq, data, " + linkColumns() + ") VALUES(?, ?" +
                                placeholders(fields::linkFields().size() + kLinkColumnsBeyondFields) + ")";
        check(run(sql.c_str(), [&](sqlite3_stmt* s, size_t i) {
            const auto& l = book.links[i];
            sqlite3_bind_int64(s, 1, static_cast<sqlite3_int64>(i));
            const TransitTime& t = l.transitDays;
            const bool transit = std::isnan(t.mean) ? t.std == 0.0 : std::isfinite(t.mean) && std::isfinite(t.std);
            bindText(s, 2, transit && columnsHold(l, fields::linkFields()) ? std::string() : toJson(l).dump(), true);
            bindText(s, 3, toString(l.type));
            const int extra = 4 + static_cast<int>(fields::linkFields().size());
            bindFields(s, 4, fields::linkFields(), l);
            bindText(s, extra, l.via.empty() ? std::string() : json(l.via).dump());
            const bool hasTransit = std::isfinite(t.mean);
            hasTransit ? sqlite3_bind_double(s, extra + 1, t.mean) : sqlite3_bind_null(s, extra + 1);
            hasTransit && t.std != 0.0 && std::isfinite(t.std) ? sqlite3_bind_double(s, extra + 2, t.std) : sqlite3_bind_null(s, extra + 2);
        }, book.links.size()));
    }
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
    {
        const std::string sql = "INSERT INTO positions(seq, data, " + positionColumns() + ") VALUES(?, ?" +
                                placeholders(fields::positionFields().size()) + ")";
        check(run(sql.c_str(), [&](sqlite3_stmt* s, size_t i) {
            const auto& p = book.positions[i];
            sqlite3_bind_int64(s, 1, static_cast<sqlite3_int64>(i));
            bindText(s, 2, columnsHold(p, fields::positionFields()) ? std::string() : toJson(p).dump(), true);
            bindFields(s, 3, fields::positionFields(), p);
        }, book.positions.size()));
    }
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
    // Appending a row needs no integrity check of every page (PRAGMA integrity_check: over two
    // seconds for the stress book before each stored run, while the run's own insert was a fraction
    // of it): a SQLite file whose schema this version knows, with a runs table, takes the row in
    // one statement, atomic; SQLite refuses it if a page it touches is damaged. The book was checked
    // when it was opened.
    using R = Result<long long>;
    if (!isSqliteFile(path)) return R::fail(ErrorCode::Integrity, path, "", Msg::NotAWorkbook);
    auto dbr = openDb(path, false);
    if (!dbr) return R(dbr.takeIssues());
    sqlite3* db = dbr->get();
    if (const int v = userVersion(db); v > kSchemaVersion)
        return R(Issues{Issue{ErrorCode::NewerVersion, path, "", Msg::NewerSchema, {std::to_string(v), std::to_string(kSchemaVersion)}}});
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

namespace {
/// An output that keeps only the FNV-1a hash of what is written to it.
class Fnv1aBuffer : public std::streambuf
{
public:
    std::uint64_t hash = 1469598103934665603ull;

protected:
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof())) add(static_cast<unsigned char>(traits_type::to_char_type(c)));
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override
    {
        for (std::streamsize i = 0; i < n; ++i) add(static_cast<unsigned char>(s[i]));
        return n;
    }

private:
    void add(unsigned char c) { hash = (hash ^ c) * 1099511628211ull; }
};
} // namespace

std::string bookHash(const Book& book)
{
    // the hash of workbookToJson(book).dump(), written a part at a time instead of held whole
    Fnv1aBuffer buffer;
    std::ostream out(&buffer);
    workbookParts(book).write(out);
    const std::uint64_t h = buffer.hash;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

} // namespace ballast
