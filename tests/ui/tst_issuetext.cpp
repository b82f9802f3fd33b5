// The core's issues in the user's language (ui/issuetext.h): every message code has a source text
// with its placeholders and a German and Chinese translation with the same ones; the issues that
// bad books, bad CSV and bad files really produce carry a code (not prose) and read, translated,
// with every argument filled in.
#include "csv_io.h"
#include "issuetext.h"
#include "json_io.h"
#include "oddbook.h"
#include "storage.h"
#include "validate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <fstream>

using namespace ballast;
using namespace ballast::ui;

namespace {
constexpr int kLastMsg = static_cast<int>(Msg::InternalError);

QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();) out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

void write(const QString& path, const char* text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

/// Issues a user can meet: a workbook JSON with a fault of most kinds, CSV with bad rows, files
/// that are not workbooks, and the warnings of odd books.
Issues realIssues(const QString& dir)
{
    Issues all;
    auto add = [&](const Issues& is) { all.insert(all.end(), is.begin(), is.end()); };
    const char* bad = R"({"format":"ballast.workbook","version":1,
        "meta":{"asOf":"2026-13-40T00:00:00Z","baseCurrency":"USD"},
        "assets":[{"id":"A","kind":"crypto","price":-1,"volatility":"high"},{"id":"A","kind":"crypto"},
                  {"id":"T","kind":"inventory-token","underlying":"NOPE","shipment":"L1"}],
        "nodes":[{"id":"n1","type":"producer","equity":1e16},{"id":"v","type":"warehouse"},{"id":"n2","type":"planet"}],
        "links":[{"id":"L1","type":"supply","from":"n1","to":"n1","amount":-5},{"id":"L2","type":"supply","from":"n1","to":"ghost"}],
        "positions":[{"id":"p1","owner":"n1","asset":"A","quantity":-3,"pledgedTo":"loan1"},{"id":"p2","owner":"n2","asset":"Z","quantity":1}],
        "loans":[{"id":"loan1","borrower":"n2","venue":"v","collateral":["p1","p9"],"debt":10}],
        "pools":[{"id":"pool","type":"cpmm","venue":"v","base":"A","quote":"USD","reserveBase":0,"reserveQuote":0,"feeBps":20000}],
        "scenarios":[{"id":"s","shocks":[{"type":"price","asset":"A"},{"type":"liquidity"},{"type":"delay","days":-1}]}],
        "settings":{"clearing":{"alpha":2},"cascade":{"maxRounds":0}}})";
    auto r = parseWorkbookJson(bad, "bad.json");
    add(r.issues());
    if (r) add(validate(*r, "bad.json"));
    add(parseWorkbookJson("{\"format\":\"ballast.workbook\",\"version\":99}", "newer.json").issues());
    add(parseWorkbookJson("[1,2", "broken.json").issues());
    add(parseWorkbookJson("{\"version\":1e999}", "huge.json").issues());

    const QString nodes = dir + QStringLiteral("/nodes.csv"), links = dir + QStringLiteral("/links.csv"),
                  positions = dir + QStringLiteral("/positions.csv"), prices = dir + QStringLiteral("/prices.csv");
    write(nodes, "id,type,tier,colour\nn1,producer,1.5,red\n,alien,2,blue\n");
    write(links, "id,type,from,to,due\nL1,teleport,n1,n1,yesterday\n");
    write(positions, "id,owner,asset\np1,n1,CU\n");
    write(prices, "time,asset,price\nnot-a-time,CU,1\n2026-01-01T00:00:00Z,,2\n2026-01-02T00:00:00Z,CU,-3\n");
    add(importCsv({nodes.toStdString(), links.toStdString(), positions.toStdString(), prices.toStdString()}, Book{}).issues());

    const QString notWorkbook = dir + QStringLiteral("/notes.ballast");
    write(notWorkbook, "plain text, not SQLite");
    add(openWorkbook(notWorkbook.toStdString()).issues());
    add(openWorkbook((dir + QStringLiteral("/missing.ballast")).toStdString()).issues());

    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        Choices c = Choices::seeded(seed);
        add(validate(generateOddBook(c), "odd.json"));
    }
    return all;
}
} // namespace

class TestIssueText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void catalogue()
    {
        QFETCH(QString, lang);
        QTranslator tr;
        QVERIFY(tr.load(QStringLiteral(BALLAST_QM_DIR "/ballast_") + lang + QStringLiteral(".qm")));
        for (int k = 1; k <= kLastMsg; ++k) {
            const char* source = messageSource(static_cast<Msg>(k));
            QVERIFY2(source && *source, qPrintable(QStringLiteral("message %1 has no text").arg(k)));
            const QString translated = tr.translate("Issue", source);
            QVERIFY2(!translated.isEmpty(), qPrintable(QStringLiteral("[%1] \"%2\" is not translated").arg(lang, QString::fromUtf8(source))));
            QCOMPARE(placeholders(translated), placeholders(QString::fromUtf8(source)));
        }
    }

    void englishIsTheCliText()
    {
        // without a translator the desk shows what the CLI prints
        const Issue i(ErrorCode::PledgeOwner, "b.json", "/loans/0/collateral/1", Msg::NotBorrowersPosition, {"p7", "acme", "zeta"});
        QCOMPARE(i.message, std::string("position 'p7' belongs to 'acme', not to the borrower 'zeta'"));
        QCOMPARE(issueText(i), QString::fromStdString(i.message));
        QCOMPARE(issueLine(i), QString::fromStdString(i.toString()));
        // an argument that looks like a placeholder is not expanded again
        const Issue odd(ErrorCode::UnknownId, "", "", Msg::PledgedElsewhere, {"%2", "L"});
        QCOMPARE(odd.message, std::string("position '%2' is already pledged to loan 'L'"));
        QCOMPARE(issueText(odd), QStringLiteral("position '%2' is already pledged to loan 'L'"));
    }

    void realIssuesReadTranslated()
    {
        QTemporaryDir dir;
        const Issues issues = realIssues(dir.path());
        QVERIFY(issues.size() > 40);
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(BALLAST_QM_DIR "/ballast_de.qm")));
        QCoreApplication::installTranslator(&de);
        QSet<int> codes;
        int translated = 0;
        for (const Issue& i : issues) {
            const QString where = QString::fromStdString(i.toString());
            // prose only where it comes from a library (the JSON parser's syntax error, SQLite)
            QVERIFY2(i.msg != Msg::Verbatim || i.code == ErrorCode::Parse, qPrintable(where + QStringLiteral(" carries no message code")));
            codes.insert(static_cast<int>(i.msg));
            const QString text = issueText(i);
            for (const std::string& a : i.args) QVERIFY2(text.contains(QString::fromStdString(a)), qPrintable(where + QStringLiteral(" lost an argument")));
            QString rest = text;
            for (const std::string& a : i.args) rest.remove(QString::fromStdString(a));
            QVERIFY2(placeholders(rest).isEmpty(), qPrintable(where + QStringLiteral(" -> ") + text));
            if (i.msg != Msg::Verbatim && text != QString::fromStdString(i.message)) ++translated;
        }
        QCoreApplication::removeTranslator(&de);
        qInfo("%zu issues, %lld distinct messages, %d translated", issues.size(), static_cast<long long>(codes.size()), translated);
        QVERIFY2(codes.size() >= 30, qPrintable(QStringLiteral("only %1 distinct messages met").arg(codes.size())));
        QCOMPARE(translated, static_cast<int>(std::count_if(issues.begin(), issues.end(), [](const Issue& i) { return i.msg != Msg::Verbatim; })));
        // the place of a CSV issue is said in German too
        const Issue csv(ErrorCode::Type, "n.csv", "line 3, column tier", Msg::TierWhole);
        QCOMPARE(issuePlace(csv), QStringLiteral("line 3, column tier")); // no translator installed now
        QCoreApplication::installTranslator(&de);
        QCOMPARE(issuePlace(csv), QStringLiteral("Zeile 3, Spalte tier"));
        QCOMPARE(issueText(csv), QStringLiteral("eine Stufe ist eine ganze Zahl"));
        QCoreApplication::removeTranslator(&de);
    }
};

QTEST_GUILESS_MAIN(TestIssueText)
#include "tst_issuetext.moc"
