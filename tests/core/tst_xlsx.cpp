// Excel exports (core/xlsx): written by ballast-cli's --xlsx and the desk, read back here as what
// they are — a zip of XML parts (unzip) — and compared with the JSON results they come from: the
// sheets there should be, the header in words, every row, numbers as numbers in their formats.
#include "bookio.h"
#include "json_io.h"
#include "report.h"
#include "shock.h"
#include "stress.h"
#include "xlsx.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ballast;
using nlohmann::json;

namespace {

QString part(const QString& xlsx, const QString& name)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, name});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList sheetNames(const QString& xlsx)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("<sheet name=\"([^\"]*)\""));
    for (auto it = re.globalMatch(part(xlsx, QStringLiteral("xl/workbook.xml"))); it.hasNext();) out << it.next().captured(1);
    return out;
}

/// The cells of one row of a sheet as text (inline strings, numbers as written).
QStringList rowCells(const QString& sheetXml, int row)
{
    static const QRegularExpression rowRe(QStringLiteral("<row r=\"(\\d+)\"[^>]*>(.*?)</row>"));
    static const QRegularExpression cellRe(QStringLiteral("<c r=\"[A-Z]+\\d+\"[^>]*?(?:/>|>(?:<is><t[^>]*>(.*?)</t></is>|<v>(.*?)</v>)</c>)"));
    for (auto it = rowRe.globalMatch(sheetXml); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1).toInt() != row) continue;
        QStringList cells;
        for (auto c = cellRe.globalMatch(m.captured(2)); c.hasNext();) {
            const auto cm = c.next();
            cells << (cm.captured(1).isEmpty() ? cm.captured(2) : cm.captured(1));
        }
        return cells;
    }
    return {};
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list) out << QString::fromUtf8(n);
    return out;
}

int rowCount(const QString& sheetXml) { return static_cast<int>(sheetXml.count(QStringLiteral("<row "))); }

QString sheet(const QString& xlsx, int index) { return part(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index)); }

int runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(BALLAST_CLI), args);
    if (!p.waitForFinished(120000)) return -1;
    return p.exitCode();
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-v")});
        if (!p.waitForFinished(5000)) QSKIP("unzip is not installed");
    }

    void exposureTablesMatchTheJson()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("exposure.xlsx"));
        QCOMPARE(runCli({QStringLiteral("exposure"), QStringLiteral("demo"), QStringLiteral("--xlsx"), f}), 0);
        auto book = std::make_shared<const Book>(std::move(*app::loadBook("demo")));
        ExposureEngine e(book);
        e.compute();
        const json j = exposureJson(e);
        QCOMPARE(sheetNames(f), names({"Exposure", "Positions", "Loans", "Assets", "Venues", "Counterparties", "Greeks",
                                             "Derivatives", "Pools", "Flows"}));
        const QString positions = sheet(f, 2);
        QCOMPARE(rowCount(positions), static_cast<int>(book->positions.size()) + 1);
        const QStringList header = rowCells(positions, 1);
        QCOMPARE(header.mid(0, 3), names({"Id", "Asset", "Owner"}));
        const int mv = static_cast<int>(header.indexOf(QStringLiteral("Market value")));
        QVERIFY(mv > 0);
        // the first position's market value, as the number the JSON has (relative 1e-15: %.17g)
        const QStringList first = rowCells(positions, 2);
        QCOMPARE(first[0], QString::fromStdString(j["positions"][0]["id"].get<std::string>()));
        QVERIFY(qAbs(first[mv].toDouble() / j["positions"][0]["marketValue"].get<double>() - 1) < 1e-15);
        // money and percentage formats are in the styles, and the market value cell uses a style
        const QString styles = part(f, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains(QStringLiteral("#,##0.00")));
        QVERIFY(styles.contains(QStringLiteral("0.00%")));
        QVERIFY(positions.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(positions.contains(QStringLiteral("<autoFilter")));
        // the loans sheet: every loan, health factors as numbers (or "inf" with no debt)
        QCOMPARE(rowCount(sheet(f, 3)), static_cast<int>(book->loans.size()) + 1);
        // the summary: the totals as figure/value pairs, the market value in its own row
        const QString summary = sheet(f, 1);
        bool found = false;
        for (int row = 2; row <= rowCount(summary) && !found; ++row) {
            const QStringList cells = rowCells(summary, row);
            if (cells.size() < 2 || cells[0] != QStringLiteral("marketValue")) continue;
            found = true;
            QVERIFY(qAbs(cells[1].toDouble() / j["totals"]["marketValue"].get<double>() - 1) < 1e-15);
        }
        QVERIFY(found);
    }

    void shockAndStressSheets()
    {
        QTemporaryDir dir;
        const QString s = dir.filePath(QStringLiteral("shock.xlsx")), m = dir.filePath(QStringLiteral("stress.xlsx"));
        QCOMPARE(runCli({QStringLiteral("shock"), QStringLiteral("demo"), QStringLiteral("--scenario"), QStringLiteral("perfect-storm"),
                         QStringLiteral("--no-save"), QStringLiteral("--xlsx"), s}),
                 0);
        QCOMPARE(sheetNames(s), names({"Scenario", "Rounds", "Scenario loans", "Scenario nodes", "Scenario prices", "Hedges"}));
        const Book b = std::move(*app::loadBook("demo"));
        ShockContext ctx(b);
        const json j = shockJson(b, runScenario(ctx, *std::find_if(b.scenarios.begin(), b.scenarios.end(), [](const Scenario& x) {
                                                    return x.id == "perfect-storm";
                                                }),
                                                ShockOptions{}));
        QCOMPARE(rowCount(sheet(s, 2)), static_cast<int>(j["rounds"].size()) + 1);
        QCOMPARE(rowCount(sheet(s, 3)), static_cast<int>(j["loans"].size()) + 1);
        QVERIFY(sheet(s, 1).contains(QStringLiteral("loss.fireSale")));

        QCOMPARE(runCli({QStringLiteral("stress"), QStringLiteral("demo"), QStringLiteral("--scenarios"), QStringLiteral("200"),
                         QStringLiteral("--no-save"), QStringLiteral("--xlsx"), m}),
                 0);
        QCOMPARE(sheetNames(m), names({"Monte Carlo", "VaR and ES", "Loss histogram", "Defaults"}));
        const QString levels = sheet(m, 2);
        QCOMPARE(rowCells(levels, 1).mid(0, 3), names({"Confidence", "VaR", "Expected shortfall"}));
        QCOMPARE(rowCount(levels), static_cast<int>(b.settings.confidence.size()) + 1);
    }

    void emptyBookAndFailures()
    {
        QTemporaryDir dir;
        auto empty = std::make_shared<const Book>(std::move(*parseWorkbookJson(R"({"format":"ballast.workbook","version":1})", "e.json")));
        ExposureEngine e(empty);
        e.compute();
        const QString f = dir.filePath(QStringLiteral("empty.xlsx"));
        QVERIFY(writeXlsx(f.toStdString(), resultSheets(exposureJson(e), nullptr, nullptr)).empty());
        QVERIFY(sheet(f, 2).contains(QStringLiteral("(none in this book)")));
        // a folder that does not exist: an issue, nothing written; an existing file is left as it was
        QVERIFY(!writeXlsx(dir.filePath(QStringLiteral("no/such/dir/x.xlsx")).toStdString(), resultSheets(exposureJson(e), nullptr, nullptr)).empty());
        const QString keep = dir.filePath(QStringLiteral("keep.xlsx"));
        QFile k(keep);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write("precious");
        k.close();
        QDir(dir.path()).mkdir(QStringLiteral("keep.xlsx.tmp-xlsx")); // the temporary cannot be created
        QVERIFY(!writeXlsx(keep.toStdString(), resultSheets(exposureJson(e), nullptr, nullptr)).empty());
        QVERIFY(k.open(QIODevice::ReadOnly));
        QCOMPARE(k.readAll(), QByteArray("precious"));
        // sheet names Excel refuses are mended, duplicates numbered
        const QString odd = dir.filePath(QStringLiteral("odd.xlsx"));
        QVERIFY(writeXlsx(odd.toStdString(), {{"a/b:c", json::array()}, {"a/b:c", json::array()}, {std::string(40, 'x'), json::array()}}).empty());
        QCOMPARE(sheetNames(odd), (names({"a-b-c", "a-b-c (2)"}) << QString(31, QLatin1Char('x'))));
    }
};

QTEST_APPLESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
