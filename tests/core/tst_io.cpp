// JSON and SQLite round trips, CSV import, storage safety.
#include "bookio.h"
#include "csv_io.h"
#include "fields.h"
#include "generate.h"
#include "json_io.h"
#include "storage.h"
#include "testbooks.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <functional>
#include <mutex>
#include <sqlite3.h>

using namespace ballast;
using nlohmann::json;

namespace {
void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}
QString dump(const Issues& issues)
{
    QString s;
    for (const auto& i : issues) s += QString::fromStdString(i.toString()) + QLatin1Char('\n');
    return s;
}
/// Opens `path` and expects `before`; saves the book over the file and opens it again: still
/// `before`. Empty when so, else what went wrong.
QString opensAsBeforeTwice(const QString& path, const json& before)
{
    for (int pass = 0; pass < 2; ++pass) {
        auto opened = openWorkbook(path.toStdString());
        if (!opened.ok()) return dump(opened.issues());
        if (workbookToJson(*opened) != before) return QStringLiteral("not the book saved (pass %1)").arg(pass + 1);
        if (pass == 0) {
            const Issues w = saveWorkbook(path.toStdString(), *opened);
            if (!w.empty()) return dump(w);
        }
    }
    return {};
}
bool sqlExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Every plain field of an entity's table, one at a time, set to a value that is not its default:
// the writer writes the key with that value and the reader reads it back into the same member.
// `prepare` gives the entity a kind under which the field applies.
template <class T, class Read>
QStringList roundTripEachField(const fields::Table<T>& table, Read read, const std::function<void(T&, const fields::Field<T>&)>& prepare)
{
    QStringList problems;
    for (const auto& f : table) {
        T t{};
        prepare(t, f);
        json expected;
        std::visit(
            [&](auto m) {
                using M = std::decay_t<decltype(t.*m)>;
                if constexpr (std::is_same_v<M, std::string>) t.*m = std::string("v-") + f.key, expected = t.*m;
                else if constexpr (std::is_same_v<M, double>) t.*m = std::isfinite(t.*m) ? t.*m * 0.5 + 0.3 : 0.375, expected = t.*m;
                else if constexpr (std::is_same_v<M, int>) t.*m = t.*m + 3, expected = t.*m;
                else if constexpr (std::is_same_v<M, bool>) t.*m = !(t.*m), expected = t.*m;
                else t.*m = Seconds(1764547200), expected = "2025-12-01T00:00:00Z";
            },
            f.member);
        const json j = toJson(t);
        if (!j.contains(f.key) || j[f.key] != expected) {
            problems << QStringLiteral("%1 written as %2").arg(QLatin1String(f.key), QString::fromStdString(j.dump()));
            continue;
        }
        Issues issues;
        const T back = read(j, "/x", "x.json", issues);
        const bool same = std::visit([&](auto m) { return back.*m == t.*m; }, f.member);
        if (!same) problems << QStringLiteral("%1 not read back").arg(QLatin1String(f.key));
    }
    return problems;
}
} // namespace

class TestIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The field tables (core/fields.h) drive the reader and the writer: each plain key survives a
    // write and a read at a value that is not its default, and docs/FORMAT.md names every one.
    void fieldTablesDriveReadingAndWriting()
    {
        QStringList problems;
        problems << roundTripEachField<Asset>(fields::assetFields(), assetFromJson, [](Asset& a, const fields::Field<Asset>& f) {
            a.kind = std::string(f.key) == "faceValue" || std::string(f.key) == "discount" ? AssetKind::InvoiceToken : AssetKind::InventoryToken;
        });
        problems << roundTripEachField<Node>(fields::nodeFields(), nodeFromJson, [](Node&, const fields::Field<Node>&) {});
        problems << roundTripEachField<Link>(fields::linkFields(), linkFromJson, [](Link&, const fields::Field<Link>&) {});
        problems << roundTripEachField<Pool>(fields::poolFields(), poolFromJson, [](Pool& p, const fields::Field<Pool>& f) {
            p.model = std::string(f.key) == "impact" || std::string(f.key) == "marketSize" || std::string(f.key) == "price"
                          ? PoolModel::ExponentialImpact
                          : PoolModel::ConstantProduct;
        });
        problems << roundTripEachField<Position>(fields::positionFields(), positionFromJson, [](Position&, const fields::Field<Position>&) {});
        problems << roundTripEachField<Loan>(fields::loanFields(), loanFromJson, [](Loan&, const fields::Field<Loan>&) {});
        problems << roundTripEachField<Derivative>(fields::derivativeFields(), derivativeFromJson, [](Derivative& d, const fields::Field<Derivative>& f) {
            const std::string k = f.key;
            d.type = k == "shipment" || k == "thresholdDays" || k == "payoutPerDay" || k == "cap" ? DerivativeType::DeliveryDelayOption
                     : k == "payout"                                                            ? DerivativeType::ParametricCover
                                                                                                : DerivativeType::EuropeanCall;
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));

        QFile doc(QStringLiteral(BALLAST_SOURCE_DIR "/docs/FORMAT.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QStringList undocumented;
        auto documented = [&](const auto& table) {
            for (const auto& f : table)
                if (!text.contains(QLatin1Char('"') + QLatin1String(f.key) + QLatin1Char('"')) &&
                    !text.contains(QLatin1Char('`') + QLatin1String(f.key) + QLatin1Char('`')))
                    undocumented << QLatin1String(f.key);
        };
        documented(fields::assetFields());
        documented(fields::nodeFields());
        documented(fields::linkFields());
        documented(fields::poolFields());
        documented(fields::positionFields());
        documented(fields::loanFields());
        documented(fields::derivativeFields());
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("docs/FORMAT.md does not name: ") + undocumented.join(QStringLiteral(", "))));
    }

    void jsonExportOfImportIsIdentical()
    {
        const json original = json::parse(app::demoBookJson());
        auto b = parseWorkbookJson(app::demoBookJson(), "demo-book.json");
        QVERIFY2(b.ok(), qPrintable(dump(b.issues())));
        const json exported = workbookToJson(*b);
        if (exported != original) {
            const json diff = json::diff(original, exported);
            QFAIL(qPrintable(QString::fromStdString(diff.dump().substr(0, 2000))));
        }
    }

    // the workbook written a part at a time is the whole object's text, unknown top-level keys
    // included, and the run history's input hash is FNV-1a of that text (as before it was streamed)
    void workbookWrittenInPartsIsTheWholeText()
    {
        json original = json::parse(app::demoBookJson());
        original["x-desk"] = {{"layout", "wide"}, {"zoom", 1.5}};
        original["aaa-first"] = json::array({1, "two"});
        auto b = parseWorkbookJson(original.dump(), "demo-book.json");
        QVERIFY2(b.ok(), qPrintable(dump(b.issues())));
        const json whole = workbookToJson(*b);
        QCOMPARE(whole["x-desk"]["layout"], json("wide"));
        for (int indent : {-1, 2})
            QCOMPARE(QByteArray::fromStdString(workbookParts(*b).dump(indent)), QByteArray::fromStdString(whole.dump(indent)));
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char c : whole.dump()) h = (h ^ c) * 1099511628211ull;
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
        QCOMPARE(QByteArray::fromStdString(bookHash(*b)), QByteArray(hex));
        // a different book, a different hash
        Book other = *b;
        other.positions.front().quantity += 1;
        QVERIFY(bookHash(other) != bookHash(*b));
    }

    void sqliteRoundTrip_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("generated") << QStringLiteral("generated");
        QTest::newRow("40,000 positions (read in three batches)") << QStringLiteral("big");
    }
    void sqliteRoundTrip()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        Book b;
        if (which == QStringLiteral("demo")) b = std::move(*app::loadBook("demo"));
        else {
            GenerateOptions o;
            o.seed = 3;
            if (which == QStringLiteral("big")) o.positions = 40000, o.loans = 2000;
            b = generateBook(o);
        }
        const json before = workbookToJson(b);
        const QString path = dir.filePath(QStringLiteral("book.ballast"));
        Issues w = saveWorkbook(path.toStdString(), b);
        QVERIFY2(w.empty(), qPrintable(dump(w)));
        // and saved again over the same file (one transaction), opened again: still identical
        const QString problem = opensAsBeforeTwice(path, before);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Positions and links are stored in typed columns (schema 2). Every row of a generated book
    // is a column row, the fields no generated link has (capacity, latency) too; an entity with
    // keys the columns do not hold (an unknown key, transitDays with an explicit std of 0) keeps
    // its JSON; either way the book reads back identical, and the columns hold the values.
    void positionsAndLinksInColumns()
    {
        QTemporaryDir dir;
        GenerateOptions o;
        o.seed = 5;
        Book b = generateBook(o);
        QVERIFY(b.links.size() > 10 && b.positions.size() > 10);
        b.links[0].capacity = 12.5;
        b.links[1].latencySec = 7.25;
        json withExtra = workbookToJson(b);
        withExtra["positions"][2]["note"] = "kept";
        int shipment = -1;
        for (size_t i = 0; i < withExtra["links"].size() && shipment < 0; ++i)
            if (withExtra["links"][i]["type"] == "shipment" && withExtra["links"][i].contains("transitDays")) shipment = static_cast<int>(i);
        QVERIFY(shipment >= 0);
        withExtra["links"][shipment]["transitDays"]["std"] = 0;
        auto parsed = parseWorkbookJson(withExtra.dump(), "book.json");
        QVERIFY2(parsed.ok(), qPrintable(dump(parsed.issues())));
        const json before = workbookToJson(*parsed);
        QCOMPARE(before["positions"][2]["note"], json("kept"));

        const QString path = dir.filePath(QStringLiteral("columns.ballast"));
        QVERIFY(saveWorkbook(path.toStdString(), *parsed).empty());
        auto opened = openWorkbook(path.toStdString());
        QVERIFY2(opened.ok(), qPrintable(dump(opened.issues())));
        QVERIFY(workbookToJson(*opened) == before);

        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        auto scalar = [&](const std::string& sql) {
            sqlite3_stmt* s = nullptr;
            sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
            std::string v = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0) ? reinterpret_cast<const char*>(sqlite3_column_text(s, 0)) : "";
            sqlite3_finalize(s);
            return QString::fromStdString(v);
        };
        QCOMPARE(scalar("SELECT group_concat(seq) FROM positions WHERE data <> ''"), QStringLiteral("2"));
        QCOMPARE(scalar("SELECT group_concat(seq) FROM links WHERE data <> ''"), QString::number(shipment));
        QCOMPARE(scalar("SELECT capacity FROM links WHERE seq = 0"), QStringLiteral("12.5"));
        QCOMPARE(scalar("SELECT latency_sec FROM links WHERE seq = 1"), QStringLiteral("7.25"));
        {
            sqlite3_stmt* s = nullptr;
            sqlite3_prepare_v2(db, "SELECT quantity FROM positions WHERE seq = 3", -1, &s, nullptr);
            QCOMPARE(sqlite3_step(s), SQLITE_ROW);
            QCOMPARE(sqlite3_column_double(s, 0), b.positions[3].quantity); // the very double
            sqlite3_finalize(s);
        }
        QCOMPARE(scalar("SELECT via FROM links WHERE seq = " + std::to_string(shipment)),
                 QString::fromStdString(json(parsed->links[static_cast<size_t>(shipment)].via).dump()));
        QCOMPARE(scalar("SELECT count(*) FROM links WHERE type = 'shipment' AND departed IS NULL"), QStringLiteral("0"));
        sqlite3_close(db);
    }

    // A version 1 file (every row's JSON in data, no typed columns) opens as it did: migrated,
    // read from its JSON, saved in columns, identical throughout.
    void versionOneFileOpensAndMigrates()
    {
        QTemporaryDir dir;
        GenerateOptions o;
        o.seed = 6;
        const Book b = generateBook(o);
        const json before = workbookToJson(b);
        const QString path = dir.filePath(QStringLiteral("v1.ballast"));
        QVERIFY(saveWorkbook(path.toStdString(), b).empty());
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        for (const char* table : {"positions", "links"}) {
            sqlite3_stmt* s = nullptr;
            sqlite3_prepare_v2(db, (std::string("UPDATE ") + table + " SET data = ? WHERE seq = ?").c_str(), -1, &s, nullptr);
            const json& rows = before[table];
            for (size_t i = 0; i < rows.size(); ++i) {
                const std::string text = rows[i].dump();
                sqlite3_bind_text(s, 1, text.c_str(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
                QCOMPARE(sqlite3_step(s), SQLITE_DONE);
                sqlite3_reset(s);
            }
            sqlite3_finalize(s);
        }
        for (const char* sql : {"ALTER TABLE positions DROP COLUMN quantity", "ALTER TABLE positions DROP COLUMN venue",
                                "ALTER TABLE links DROP COLUMN asset", "ALTER TABLE links DROP COLUMN quantity",
                                "ALTER TABLE links DROP COLUMN amount", "ALTER TABLE links DROP COLUMN share",
                                "ALTER TABLE links DROP COLUMN lead_time_days", "ALTER TABLE links DROP COLUMN credit_limit",
                                "ALTER TABLE links DROP COLUMN latency_sec", "ALTER TABLE links DROP COLUMN capacity",
                                "ALTER TABLE links DROP COLUMN departed", "ALTER TABLE links DROP COLUMN eta",
                                "ALTER TABLE links DROP COLUMN due", "ALTER TABLE links DROP COLUMN via",
                                "ALTER TABLE links DROP COLUMN transit_days_mean", "ALTER TABLE links DROP COLUMN transit_days_std",
                                "PRAGMA user_version = 1"})
            QVERIFY2(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK, sql);
        sqlite3_close(db);
        const QString problem = opensAsBeforeTwice(path, before);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A column edited by hand to something the reader refuses is named by its row and key, as
    // the same mistake in JSON would be; nothing else is reported.
    void badColumnValueIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("text for a number") << "UPDATE positions SET quantity = 'lots' WHERE seq = 7" << "/positions/7/quantity"
                                           << "expected a number, got string";
        QTest::newRow("missing required number") << "UPDATE positions SET quantity = NULL WHERE seq = 4" << "/positions/4/quantity"
                                                 << "required number is missing";
        QTest::newRow("number for a text") << "UPDATE positions SET venue = x'00ff' WHERE seq = 3" << "/positions/3/venue"
                                           << "expected text, got binary";
        QTest::newRow("unknown link type") << "UPDATE links SET type = 'teleport' WHERE seq = 5" << "/links/5/type"
                                           << "unknown value 'teleport'";
        QTest::newRow("via not a list") << "UPDATE links SET via = '\"n-1\"' WHERE seq = 2" << "/links/2/via"
                                        << "expected a list of ids";
        QTest::newRow("time as text") << "UPDATE links SET departed = 'soon' WHERE seq = 6" << "/links/6/departed"
                                      << "'soon' is not an ISO 8601 UTC time";
    }
    void badColumnValueIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, place);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edited.ballast"));
        GenerateOptions o;
        QVERIFY(saveWorkbook(path.toStdString(), generateBook(o)).empty());
        QVERIFY(sqlExec(path, sql.toUtf8().constData()));
        const auto r = openWorkbook(path.toStdString());
        QVERIFY(!r.ok());
        QVERIFY2(r.issues().size() == 1, qPrintable(dump(r.issues())));
        QCOMPARE(QString::fromStdString(r.issues()[0].place), place);
        QCOMPARE(QString::fromStdString(r.issues()[0].message), message);
    }

    // Rows are read in the order they were written and checked against seq; a table whose rows
    // were renumbered by hand is read again in seq order.
    void rowsOutOfWritingOrderFollowSeq()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("order.ballast"));
        GenerateOptions o;
        Book b = generateBook(o);
        QVERIFY(saveWorkbook(path.toStdString(), b).empty());
        QVERIFY(sqlExec(path, "UPDATE positions SET seq = CASE seq WHEN 1 THEN 9 WHEN 9 THEN 1 ELSE seq END"));
        std::swap(b.positions[1], b.positions[9]);
        for (size_t i = 0; i < b.positions.size(); ++i) b.positions[i].origin.pointer = "/positions/" + std::to_string(i);
        b.resolve();
        const auto r = openWorkbook(path.toStdString());
        QVERIFY2(r.ok(), qPrintable(dump(r.issues())));
        QVERIFY(workbookToJson(*r) == workbookToJson(b));
    }

    // Opening reports the share of rows read, then resolving and validating, and stops when
    // cancelled with one Cancelled issue and no book.
    void openReportsProgressAndCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.ballast"));
        GenerateOptions o;
        o.positions = 40000, o.loans = 2000; // positions in three batches
        QVERIFY(saveWorkbook(path.toStdString(), generateBook(o)).empty());
        std::mutex m;
        std::vector<double> heard;
        Progress listen([&](double f) {
            std::lock_guard<std::mutex> lock(m);
            heard.push_back(f);
        });
        auto r = openWorkbook(path.toStdString(), &listen);
        QVERIFY2(r.ok(), qPrintable(dump(r.issues())));
        QVERIFY(heard.size() >= 5);
        QCOMPARE(*std::max_element(heard.begin(), heard.end() - 2), 0.75); // every row read
        QCOMPARE(heard[heard.size() - 2], 0.85);
        QCOMPARE(heard.back(), 0.9);
        for (double f : heard) QVERIFY(f >= 0 && f <= 0.9);
        QVERIFY(std::is_sorted(heard.begin(), heard.end())); // the two readers' reports never go back

        Progress* self = nullptr;
        int reports = 0; // reports come one at a time, from either reader's thread
        Progress stop([&](double) {
            if (++reports == 1) self->cancel(); // after the first batch
        });
        self = &stop;
        auto c = openWorkbook(path.toStdString(), &stop);
        QVERIFY(!c.ok());
        QCOMPARE(c.issues().size(), size_t(1));
        QCOMPARE(c.issues()[0].code, ErrorCode::Cancelled);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.ballast"));
        QVERIFY(saveWorkbook(path.toStdString(), test::parse(test::kOneLoanBook)).empty());
        QVERIFY(sqlExec(path, "PRAGMA user_version = 99"));
        auto r = openWorkbook(path.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.issues()[0].code, ErrorCode::NewerVersion);
        // and a save over it is refused too, leaving it as it was
        QVERIFY(!saveWorkbook(path.toStdString(), test::parse(test::kOneLoanBook)).empty());
    }

    void damagedAndForeignFiles()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        writeText(text, "just some notes\n");
        auto r = openWorkbook(text.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.issues()[0].code, ErrorCode::Integrity);
        QVERIFY(!saveWorkbook(text.toStdString(), test::parse(test::kOneLoanBook)).empty()); // refuses to overwrite
        std::ifstream in(text.toStdString());
        std::string kept((std::istreambuf_iterator<char>(in)), {});
        QCOMPARE(QString::fromStdString(kept), QStringLiteral("just some notes\n"));

        const QString path = dir.filePath(QStringLiteral("damaged.ballast"));
        GenerateOptions o;
        QVERIFY(saveWorkbook(path.toStdString(), generateBook(o)).empty());
        {
            std::fstream f(path.toStdString(), std::ios::in | std::ios::out | std::ios::binary);
            f.seekg(0, std::ios::end);
            const auto size = static_cast<long>(f.tellg());
            f.seekp(size / 3); // through b-tree pages of the big tables
            const std::string junk(static_cast<size_t>(size / 3), '\x5a');
            f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
        }
        auto d = openWorkbook(path.toStdString());
        QVERIFY(!d.ok());
        QVERIFY2(d.issues()[0].code == ErrorCode::Integrity || d.issues()[0].code == ErrorCode::Storage ||
                     d.issues()[0].code == ErrorCode::Parse,
                 qPrintable(dump(d.issues())));
    }

    // A stored row that is not JSON is named by its place, in row order, however the rows were
    // split for parsing; the rows around it are read.
    void damagedRowIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("row.ballast"));
        GenerateOptions o;
        o.positions = 40000, o.loans = 2000;
        QVERIFY(saveWorkbook(path.toStdString(), generateBook(o)).empty());
        QVERIFY(sqlExec(path, "UPDATE positions SET data = '{\"id\": ' WHERE seq IN "
                              "(SELECT seq FROM positions ORDER BY seq LIMIT 2 OFFSET 20000)"));
        const auto r = openWorkbook(path.toStdString());
        QVERIFY(!r.ok());
        QStringList places;
        for (const Issue& i : r.issues())
            if (i.message == "stored entity is not valid JSON") places << QString::fromStdString(i.place);
        QCOMPARE(places, (QStringList{QStringLiteral("/positions/20000"), QStringLiteral("/positions/20001")}));
    }

    void failedSaveKeepsLastSavedState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.ballast"));
        const Book good = test::parse(test::kOneLoanBook);
        QVERIFY(saveWorkbook(path.toStdString(), good).empty());
        Book bad = good;
        bad.positions[1].asset = "NOPE"; // a dangling reference the foreign keys catch
        const Issues w = saveWorkbook(path.toStdString(), bad);
        QVERIFY(!w.empty());
        auto r = openWorkbook(path.toStdString());
        QVERIFY(r.ok());
        QVERIFY(workbookToJson(*r) == workbookToJson(good));
    }

    void runHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.ballast"));
        const Book b = test::parse(test::kOneLoanBook);
        QVERIFY(saveWorkbook(path.toStdString(), b).empty());
        RunRecord run{0, "shock", "black-thursday", bookHash(b), "2026-11-20T10:00:00Z", 12.5, R"({"losses":{"total":1}})", "{}"};
        auto id = addRun(path.toStdString(), run);
        QVERIFY(id.ok());
        auto runs = listRuns(path.toStdString());
        QCOMPARE(runs->size(), size_t(1));
        QCOMPARE(QString::fromStdString(runs->front().scenario), QStringLiteral("black-thursday"));
        auto loaded = loadRun(path.toStdString(), *id);
        QVERIFY(loaded.ok());
        QCOMPARE(QString::fromStdString(loaded->results), QStringLiteral(R"({"losses":{"total":1}})"));
        // saving the book again keeps its history
        QVERIFY(saveWorkbook(path.toStdString(), b).empty());
        QCOMPARE(listRuns(path.toStdString())->size(), size_t(1));
        // a run is not stored into what is not a workbook, nor into a newer one; neither file changes
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        writeText(text, "just some notes\n");
        const auto intoText = addRun(text.toStdString(), run);
        QVERIFY(!intoText.ok());
        QCOMPARE(intoText.issues()[0].code, ErrorCode::Integrity);
        QCOMPARE(QFileInfo(text).size(), qint64(16));
        QVERIFY(sqlExec(path, "PRAGMA user_version = 99"));
        const auto intoNewer = addRun(path.toStdString(), run);
        QVERIFY(!intoNewer.ok());
        QCOMPARE(intoNewer.issues()[0].code, ErrorCode::NewerVersion);
        QCOMPARE(listRuns(path.toStdString())->size(), size_t(1));
    }

    void csvImport()
    {
        QTemporaryDir dir;
        const QString nodes = dir.filePath(QStringLiteral("nodes.csv")), links = dir.filePath(QStringLiteral("links.csv")),
                      positions = dir.filePath(QStringLiteral("positions.csv"));
        writeText(nodes, "id,type,name,tier,region,equity,externalAssets,externalLiabilities,colour\n"
                         "mine,supplier,\"Andes, Copper\",3,CL,4e7,2.5e7,0,red\r\n"
                         "smelter,manufacturer,Smelter,2,CN,6e7,3e7,1e7,blue\n"
                         "treasury,treasury,Us,0,NL,1e8,5e7,0,\n");
        writeText(links, "from,to,asset,quantity,amount,due,share,leadTimeDays,type,id\n"
                         "mine,smelter,,,,,0.6,30,,\n"
                         "smelter,mine,,,3200000,2026-12-15T00:00:00Z,,,obligation,inv-1\n");
        writeText(positions, "id,owner,asset,quantity\npos-1,treasury,CU,100\n");
        Book base = test::parse(R"({"meta":{"asOf":"2026-11-20T00:00:00Z"},
            "assets":[{"id":"CU","kind":"commodity","price":9400}]})");
        auto r = importCsv({nodes.toStdString(), links.toStdString(), positions.toStdString(), {}}, base);
        QVERIFY2(r.ok(), qPrintable(dump(r.issues())));
        QCOMPARE(r->nodes.size(), size_t(3));
        QCOMPARE(QString::fromStdString(r->nodes[0].name), QStringLiteral("Andes, Copper"));
        QCOMPARE(r->links.size(), size_t(2));
        QCOMPARE(QString::fromStdString(r->links[0].id), QStringLiteral("link-1")); // generated
        QCOMPARE(r->links[0].type, LinkType::Supply);                              // default type
        QCOMPARE(r->links[1].amount, 3200000.0);
        bool warned = false;
        for (const auto& i : r.issues()) warned |= i.warning && i.message.find("colour") != std::string::npos;
        QVERIFY(warned); // unknown column reported and ignored
    }

    void csvErrorsNameLineAndColumn()
    {
        QTemporaryDir dir;
        const QString nodes = dir.filePath(QStringLiteral("nodes.csv"));
        writeText(nodes, "id,type,equity\nmine,supplier,12\nsmelter,castle,3\nbank,lender,1,5e\ntreasury,treasury,-4\n");
        auto r = importCsv({nodes.toStdString(), {}, {}, {}}, Book{});
        QVERIFY(!r.ok());
        const QString all = dump(r.issues());
        QVERIFY2(all.contains(QStringLiteral("nodes.csv: line 3, column type: unknown node type 'castle'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 5, column equity: must not be negative")), qPrintable(all));
        writeText(nodes, "id,type\n\"mine,supplier\n");
        auto u = importCsv({nodes.toStdString(), {}, {}, {}}, Book{});
        QVERIFY(!u.ok());
        QCOMPARE(u.issues()[0].code, ErrorCode::Parse);
        auto missing = importCsv({dir.filePath(QStringLiteral("absent.csv")).toStdString(), {}, {}, {}}, Book{});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.issues()[0].code, ErrorCode::Io);
    }

    void priceCsvIncludingCoinGecko()
    {
        auto plain = parsePriceCsv("time,asset,price\n2020-03-13T00:00:00Z,WETH,110.6\n2020-03-12T00:00:00Z,WETH,194.22\n", "p.csv");
        QVERIFY(plain.ok());
        QCOMPARE(plain->at("WETH").size(), size_t(2));
        QCOMPARE(plain->at("WETH")[0].price, 194.22); // sorted by time
        // the real ETH history shipped in resources/data (CoinGecko's columns)
        auto text = readTextFile(BALLAST_SOURCE_DIR "/resources/data/prices/eth-usd-daily.csv", 1 << 26);
        QVERIFY(text.ok());
        auto gecko = parsePriceCsv(*text, "eth-usd-daily.csv", "WETH");
        QVERIFY2(gecko.ok(), qPrintable(dump(gecko.issues())));
        const auto& pts = gecko->at("WETH");
        const Seconds t13 = *parseIsoTime("2020-03-13T00:00:00Z");
        bool found = false;
        for (const auto& p : pts)
            if (p.time == t13) found = std::fabs(p.price - 110.5978978308351) < 1e-9;
        QVERIFY(found); // Black Thursday's close
        auto bad = parsePriceCsv("time,asset,price\nnot-a-date,WETH,1\n2020-01-01,WETH,-3\n", "bad.csv");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.issues().size(), size_t(2));
        QCOMPARE(QString::fromStdString(bad.issues()[0].place), QStringLiteral("line 2, column time"));
    }

    void isoTimes()
    {
        QCOMPARE(*parseIsoTime("1970-01-01T00:00:00Z"), Seconds(0));
        QCOMPARE(*parseIsoTime("2026-11-20T00:00:00Z"), Seconds(1795132800));
        QCOMPARE(*parseIsoTime("2026-11-20T02:00:00+02:00"), Seconds(1795132800));
        QCOMPARE(*parseIsoTime("2020-03-13 00:00:00 UTC"), *parseIsoTime("2020-03-13T00:00:00Z"));
        QCOMPARE(QString::fromStdString(formatIsoTime(1795132800)), QStringLiteral("2026-11-20T00:00:00Z"));
        QVERIFY(!parseIsoTime("2026-13-01T00:00:00Z"));
        QVERIFY(!parseIsoTime("2025-02-29"));
        QVERIFY(parseIsoTime("2024-02-29").has_value());
    }
};

QTEST_APPLESS_MAIN(TestIo)
#include "tst_io.moc"
