// Every validation error, each with its code and JSON pointer.
#include "json_io.h"
#include "testbooks.h"

#include <QtTest>

using namespace ballast;
using nlohmann::json;

namespace {
// Applies "pointer=value" mutations to the one-loan book and parses the result.
Issues parseMutated(const QString& mutation)
{
    json j = json::parse(test::kOneLoanBook);
    for (const QString& m : mutation.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = m.indexOf(QLatin1Char('='));
        const std::string ptr = m.left(eq).toStdString();
        const std::string value = m.mid(eq + 1).toStdString();
        if (value == "<delete>") {
            const auto p = json::json_pointer(ptr);
            j[p.parent_pointer()].erase(p.back());
        } else {
            j[json::json_pointer(ptr)] = json::parse(value);
        }
    }
    auto r = parseWorkbookJson(j.dump(), "book.json");
    return r.issues();
}
bool hasIssue(const Issues& issues, ErrorCode code, const std::string& place)
{
    for (const auto& i : issues)
        if (i.code == code && i.place == place && !i.warning && i.file == "book.json") return true;
    return false;
}
QString dump(const Issues& issues)
{
    QString s;
    for (const auto& i : issues) s += QString::fromStdString(i.toString()) + QLatin1Char('\n');
    return s;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanBookHasNoErrors() { QVERIFY(!hasErrors(parseMutated({}))); }

    void errors_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("place");
        auto row = [](const char* name, const char* m, ErrorCode c, const char* place) {
            QTest::newRow(name) << QString::fromUtf8(m) << static_cast<int>(c) << QString::fromUtf8(place);
        };
        row("unknown asset", "/positions/0/asset=\"XYZ\"", ErrorCode::UnknownId, "/positions/0/asset");
        row("unknown owner", "/positions/1/owner=\"nobody\"", ErrorCode::UnknownId, "/positions/1/owner");
        row("unknown loan venue", "/loans/0/venue=\"nowhere\"", ErrorCode::UnknownId, "/loans/0/venue");
        row("unknown collateral", "/loans/0/collateral/0=\"pos-99\"", ErrorCode::UnknownId, "/loans/0/collateral/0");
        row("unknown pool base", "/pools/0/base=\"ABC\"", ErrorCode::UnknownId, "/pools/0/base");
        row("unknown link node", "/links/0/to=\"ghost\"", ErrorCode::UnknownId, "/links/0/to");
        row("duplicate asset", "/assets/1/id=\"WETH\"", ErrorCode::DuplicateId, "/assets/1/id");
        row("duplicate position", "/positions/2/id=\"pos-2\"", ErrorCode::DuplicateId, "/positions/2/id");
        row("negative quantity", "/positions/1/quantity=-1", ErrorCode::Negative, "/positions/1/quantity");
        row("negative debt", "/loans/0/debt=-5", ErrorCode::Negative, "/loans/0/debt");
        row("negative price", "/assets/0/price=-1816", ErrorCode::Negative, "/assets/0/price");
        row("negative obligation", "/links/0/amount=-1", ErrorCode::Negative, "/links/0/amount");
        row("huge amount", "/positions/1/quantity=1e300", ErrorCode::Limit, "/positions/1/quantity");
        row("threshold above 1", "/nodes/3/riskParams/WETH/liquidationThreshold=1.3", ErrorCode::OutOfRange,
            "/nodes/3/riskParams/WETH/liquidationThreshold");
        row("close factor above 1", "/nodes/3/closeFactor=2", ErrorCode::OutOfRange, "/nodes/3/closeFactor");
        row("bonus below 1", "/nodes/3/riskParams/WETH/liquidationBonus=0.5", ErrorCode::OutOfRange,
            "/nodes/3/riskParams/WETH/liquidationBonus");
        row("share above 1", "/links/0/share=1.5", ErrorCode::OutOfRange, "/links/0/share");
        row("alpha above 1", "/settings={\"clearing\":{\"alpha\":1.5}}", ErrorCode::OutOfRange, "/settings/clearing/alpha");
        row("pledge not owned", "/positions/0/owner=\"bank\"", ErrorCode::PledgeOwner, "/loans/0/collateral/0");
        row("pledged twice", "/loans/1={\"id\":\"loan-2\",\"borrower\":\"treasury\",\"venue\":\"aave-eth\",\"debtAsset\":\"USDC\",\"debt\":1,\"collateral\":[\"pos-1\"]}",
            ErrorCode::PledgeTwice, "/loans/1/collateral/0");
        row("no risk params", "/nodes/3/riskParams={}", ErrorCode::MissingRiskParams, "/loans/0/collateral/0");
        row("bad date", "/meta/asOf=\"yesterday\"", ErrorCode::BadDate, "/meta/asOf");
        row("impossible date", "/links/0/due=\"2026-02-30T00:00:00Z\"", ErrorCode::BadDate, "/links/0/due");
        row("date without zone", "/assets/3/attestedAt=\"2026-11-19T08:00:00\"", ErrorCode::BadDate, "/assets/3/attestedAt");
        row("bad asset kind", "/assets/0/kind=\"magic\"", ErrorCode::BadEnum, "/assets/0/kind");
        row("bad node type", "/nodes/0/type=\"castle\"", ErrorCode::BadEnum, "/nodes/0/type");
        row("bad pool model", "/pools/0/model=\"lottery\"", ErrorCode::BadEnum, "/pools/0/model");
        row("bad clearing model", "/settings={\"clearing\":{\"model\":\"magic\"}}", ErrorCode::BadEnum, "/settings/clearing/model");
        row("newer version", "/version=2", ErrorCode::NewerVersion, "/version");
        row("wrong type", "/positions/1/quantity=\"ten\"", ErrorCode::Type, "/positions/1/quantity");
        row("missing quantity", "/positions/1/quantity=<delete>", ErrorCode::MissingField, "/positions/1/quantity");
        row("missing price", "/assets/0/price=<delete>", ErrorCode::MissingField, "/assets/0/price");
        row("token of itself", "/assets/3/underlying=\"wCU\"", ErrorCode::Cycle, "/assets/3/underlying");
        row("loan on an AMM", "/loans/0/venue=\"uni-eth\"", ErrorCode::Invalid, "/loans/0/venue");
        row("bad shock target", "/scenarios=[{\"id\":\"s\",\"shocks\":[{\"type\":\"default\",\"node\":\"ghost\"}]}]",
            ErrorCode::UnknownId, "/scenarios/0/shocks/0/node");
        row("bad shock type", "/scenarios=[{\"id\":\"s\",\"shocks\":[{\"type\":\"meteor\"}]}]", ErrorCode::BadEnum,
            "/scenarios/0/shocks/0/type");
        row("drain above 1", "/scenarios=[{\"id\":\"s\",\"shocks\":[{\"type\":\"liquidity\",\"pool\":\"uni-weth-usdc\",\"drain\":3}]}]",
            ErrorCode::OutOfRange, "/scenarios/0/shocks/0/drain");
    }
    void errors()
    {
        QFETCH(QString, mutation);
        QFETCH(int, code);
        QFETCH(QString, place);
        const Issues issues = parseMutated(mutation);
        QVERIFY2(hasIssue(issues, static_cast<ErrorCode>(code), place.toStdString()), qPrintable(dump(issues)));
    }

    void supplyCycleIsAllowed()
    {
        // real chains loop (returns, recycling): a supply cycle is a warning at its place, and the book is valid
        const Issues issues = parseMutated(QStringLiteral(
            "/links/1={\"id\":\"s1\",\"type\":\"supply\",\"from\":\"treasury\",\"to\":\"bank\",\"share\":0.5};"
            "/links/2={\"id\":\"s2\",\"type\":\"supply\",\"from\":\"bank\",\"to\":\"treasury\",\"share\":0.5}"));
        QVERIFY2(!hasErrors(issues), qPrintable(dump(issues)));
        bool warned = false;
        for (const auto& i : issues) warned |= i.code == ErrorCode::Cycle && i.warning && i.place == "/links/2/to";
        QVERIFY2(warned, qPrintable(dump(issues)));
    }

    void reportsEveryProblem()
    {
        const Issues issues = parseMutated(QStringLiteral("/positions/1/quantity=-1;/assets/0/kind=\"magic\";/links/0/to=\"ghost\";/meta/asOf=\"x\""));
        int errors = 0;
        for (const auto& i : issues) errors += !i.warning;
        QVERIFY2(errors >= 4, qPrintable(dump(issues)));
    }

    void nonFiniteLiterals()
    {
        // JSON has no NaN; an overflowing literal becomes infinity and is refused
        std::string text = test::kOneLoanBook;
        text.replace(text.find("\"quantity\": 5"), 13, "\"quantity\": 1e999");
        auto r = parseWorkbookJson(text, "book.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.issues().size(), size_t(1));
        QCOMPARE(r.issues()[0].code, ErrorCode::NotFinite);
        QVERIFY2(QString::fromStdString(r.issues()[0].place).startsWith(QStringLiteral("line ")), qPrintable(dump(r.issues())));
        QVERIFY(r.issues()[0].message.find("1e999") != std::string::npos);
    }

    void malformedJsonNamesLineAndColumn()
    {
        auto r = parseWorkbookJson("{\n  \"format\": \"ballast.workbook\",\n  \"assets\": [1, 2,, 3]\n}", "bad.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.issues().size(), size_t(1));
        QCOMPARE(r.issues()[0].code, ErrorCode::Parse);
        QCOMPARE(QString::fromStdString(r.issues()[0].place), QStringLiteral("line 3, column 19"));
        QCOMPARE(QString::fromStdString(r.issues()[0].file), QStringLiteral("bad.json"));
    }

    void nestingLimit()
    {
        std::string deep = "{\"format\":\"ballast.workbook\",\"x\":" + std::string(100, '[') + std::string(100, ']') + "}";
        auto r = parseWorkbookJson(deep, "deep.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.issues()[0].code, ErrorCode::Limit);
        // the 33rd array inside the root object is the first one too deep; brackets in strings do not count
        const int prefix = static_cast<int>(std::string("{\"format\":\"ballast.workbook\",\"x\":").size());
        QCOMPARE(QString::fromStdString(r.issues()[0].place), QStringLiteral("line 1, column %1").arg(prefix + 33));
        const std::string inString = "{\"format\":\"ballast.workbook\",\"x\":\"" + std::string(100, '[') + "\\\"\"}";
        const auto s = parseWorkbookJson(inString, "strings.json");
        for (const auto& is : s.issues()) QVERIFY(is.code != ErrorCode::Limit);
        // 32 arrays inside the root object are within the limit
        const std::string within = "{\"format\":\"ballast.workbook\",\"x\":" + std::string(32, '[') + std::string(32, ']') + "}";
        const auto w = parseWorkbookJson(within, "ok.json");
        for (const auto& is : w.issues()) QVERIFY(is.code != ErrorCode::Limit);
    }

    void longStringLimit()
    {
        json j = json::parse(test::kOneLoanBook);
        j["nodes"][0]["name"] = std::string(10000, 'x');
        auto r = parseWorkbookJson(j.dump(), "book.json");
        QVERIFY(hasIssue(r.issues(), ErrorCode::Limit, "/nodes/0/name"));
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
