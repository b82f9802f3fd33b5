// ballast-cli as a user runs it: exit codes, stderr naming file/place/reason, FORMAT.md JSON keys.
#include "exercise.h"
#include "oddbook.h"
#include "validate.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <functional>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using nlohmann::json;

namespace {
struct Run
{
    int code = -1;
    QString out, err;
};
Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(BALLAST_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
json parseOut(const Run& r) { return json::parse(r.out.toStdString()); }
void writeText(const QString& path, const std::string& text) { std::ofstream(path.toStdString()) << text; }
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatDocumentsTheOutput()
    {
        // every key docs/FORMAT.md lists for a command's JSON is in that command's output on the demo book
        QFile f(QStringLiteral(BALLAST_SOURCE_DIR "/docs/FORMAT.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(f.readAll());
        const QMap<QString, QStringList> runs = {
            {QStringLiteral("exposure"), {QStringLiteral("exposure"), QStringLiteral("demo"), QStringLiteral("--json")}},
            {QStringLiteral("shock"), {QStringLiteral("shock"), QStringLiteral("demo"), QStringLiteral("--scenario"), QStringLiteral("perfect-storm"),
                                       QStringLiteral("--json"), QStringLiteral("--no-save")}},
            {QStringLiteral("quote"), {QStringLiteral("quote"), QStringLiteral("demo"), QStringLiteral("--pool"), QStringLiteral("uni-weth-usdc"),
                                       QStringLiteral("--sell"), QStringLiteral("WETH"), QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--json")}},
            {QStringLiteral("stress"), {QStringLiteral("stress"), QStringLiteral("demo"), QStringLiteral("--scenarios"), QStringLiteral("200"),
                                        QStringLiteral("--json"), QStringLiteral("--no-save")}},
            {QStringLiteral("bench"), {QStringLiteral("bench"), QStringLiteral("demo"), QStringLiteral("--repeats"), QStringLiteral("1"),
                                       QStringLiteral("--scenarios"), QStringLiteral("50"), QStringLiteral("--json")}},
            {QStringLiteral("clearing"), {QStringLiteral("clearing"), QStringLiteral("demo"), QStringLiteral("--json")}},
            {QStringLiteral("debtrank"), {QStringLiteral("debtrank"), QStringLiteral("demo"), QStringLiteral("--json")}},
            {QStringLiteral("reverse"), {QStringLiteral("reverse"), QStringLiteral("demo"), QStringLiteral("--family"), QStringLiteral("crypto"),
                                         QStringLiteral("--outcome"), QStringLiteral("bad-debt"), QStringLiteral("--json"), QStringLiteral("--no-save")}},
        };
        // maps keyed by ids (an asset, a node): the doc's key is a placeholder
        const QSet<QString> maps = {QStringLiteral("prices"), QStringLiteral("collateralSeized"), QStringLiteral("protocolFee"),
                                    QStringLiteral("payments")};
        std::function<void(const json&, const json&, const QString&, QStringList&)> check =
            [&](const json& d, const json& o, const QString& at, QStringList& missing) {
                if (d.is_object()) {
                    if (!o.is_object()) return missing.push_back(at + QStringLiteral(" (not an object)"));
                    for (auto it = d.begin(); it != d.end(); ++it) {
                        const QString key = QString::fromStdString(it.key());
                        if (maps.contains(at.section(QLatin1Char('/'), -1))) break;
                        if (!o.contains(it.key())) missing.push_back(at + QLatin1Char('/') + key);
                        else check(it.value(), o[it.key()], at + QLatin1Char('/') + key, missing);
                    }
                } else if (d.is_array() && !d.empty() && d[0].is_object()) {
                    if (!o.is_array() || o.empty()) return missing.push_back(at + QStringLiteral(" (no elements)"));
                    check(d[0], o[0], at + QStringLiteral("/0"), missing);
                }
            };
        int blocks = 0;
        const QRegularExpression block(QStringLiteral("`ballast-cli (\\w+) BOOK[^\n]*\n(?:[^`][^\n]*\n)*?```json\n(.*?)```"),
                                       QRegularExpression::DotMatchesEverythingOption);
        for (auto m = block.globalMatch(doc); m.hasNext();) {
            const auto match = m.next();
            const QString command = match.captured(1);
            if (!runs.contains(command)) continue;
            const json d = json::parse(match.captured(2).toStdString(), nullptr, false);
            QVERIFY2(!d.is_discarded(), qPrintable(command + QStringLiteral(": the example in FORMAT.md is not JSON")));
            const Run r = cli(runs[command]);
            QVERIFY2(r.code == 0, qPrintable(command + QStringLiteral(": ") + r.err));
            QStringList missing;
            check(d, parseOut(r), command, missing);
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("FORMAT.md lists what the output lacks: ") + missing.join(QStringLiteral(", "))));
            ++blocks;
        }
        QVERIFY2(blocks >= 7, qPrintable(QString::number(blocks))); // exposure, shock, quote, stress, bench, clearing, reverse
    }

    void everyCommandOnOddBooks_data()
    {
        QTest::addColumn<quint64>("seed");
        int rows = 0;
        for (quint64 seed = 1; rows < 12 && seed < 400; seed += 7) {
            ballast::Choices c = ballast::Choices::seeded(seed);
            if (ballast::hasErrors(ballast::validate(ballast::generateOddBook(c), "odd.json"))) continue;
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
            ++rows;
        }
    }
    void everyCommandOnOddBooks()
    {
        // as a user would: the book written by `generate --odd`, then every command on it; each
        // finishes with 0 and a result, or 2 and a reason on stderr; JSON results carry no NaN
        QFETCH(quint64, seed);
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("odd.json")), wb = dir.filePath(QStringLiteral("odd.ballast"));
        QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--odd"), QStringLiteral("--seed"), QString::number(seed), QStringLiteral("-o"), json}).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), json, QStringLiteral("-o"), wb}).code, 0);
        const auto book = nlohmann::json::parse(std::ifstream(json.toStdString()));
        auto first = [&](const char* kind) {
            return book.contains(kind) && !book[kind].empty() ? QString::fromStdString(book[kind][0]["id"].get<std::string>()) : QStringLiteral("none");
        };
        const QString asset = first("assets"), node = first("nodes"), pool = first("pools");
        const QString scenario = book.contains("scenarios") && !book["scenarios"].empty() ? first("scenarios") : QStringLiteral("suggested-default");
        const QList<QStringList> commands = {
            {QStringLiteral("validate"), wb},
            {QStringLiteral("export"), wb},
            {QStringLiteral("exposure"), wb, QStringLiteral("--json")},
            {QStringLiteral("exposure"), json},
            {QStringLiteral("quote"), wb, QStringLiteral("--route"), QStringLiteral("--sell"), asset, QStringLiteral("--amount"), QStringLiteral("1"), QStringLiteral("--json")},
            {QStringLiteral("quote"), wb, QStringLiteral("--pool"), pool, QStringLiteral("--sell"), asset, QStringLiteral("--amount"), QStringLiteral("1000"), QStringLiteral("--json")},
            {QStringLiteral("shock"), wb, QStringLiteral("--scenario"), scenario, QStringLiteral("--json")},
            {QStringLiteral("shock"), json, QStringLiteral("--scenario"), scenario, QStringLiteral("--no-breakers")},
            {QStringLiteral("replay"), wb, QStringLiteral("--scenario"), scenario, QStringLiteral("--json")},
            {QStringLiteral("stress"), wb, QStringLiteral("--scenarios"), QStringLiteral("20"), QStringLiteral("--json")},
            {QStringLiteral("stress"), json, QStringLiteral("--scenarios"), QStringLiteral("20"), QStringLiteral("--student-t"), QStringLiteral("4"), QStringLiteral("--jumps"), QStringLiteral("10")},
            {QStringLiteral("reverse"), wb, QStringLiteral("--family"), QStringLiteral("crypto"), QStringLiteral("--outcome"), QStringLiteral("bad-debt"), QStringLiteral("--json")},
            {QStringLiteral("reverse"), wb, QStringLiteral("--family"), QStringLiteral("delay:") + node, QStringLiteral("--outcome"), QStringLiteral("default:") + node},
            {QStringLiteral("margin"), wb, QStringLiteral("--json")},
            {QStringLiteral("clearing"), wb, QStringLiteral("--json")},
            {QStringLiteral("debtrank"), wb, QStringLiteral("--json")},
            {QStringLiteral("runs"), wb, QStringLiteral("--json")},
            {QStringLiteral("runs"), json},
            {QStringLiteral("bench"), wb, QStringLiteral("--repeats"), QStringLiteral("1"), QStringLiteral("--scenarios"), QStringLiteral("20"), QStringLiteral("--json")},
        };
        for (const QStringList& args : commands) {
            const Run r = cli(args);
            const QString what = args.join(QLatin1Char(' ')).replace(dir.path(), QStringLiteral("DIR"));
            QVERIFY2(r.code == 0 || r.code == 2, qPrintable(QStringLiteral("%1: exit %2\n%3").arg(what).arg(r.code).arg(r.err)));
            if (r.code == 2) QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(what + QStringLiteral(": exit 2 without a reason")));
            static const QRegularExpression nan(QStringLiteral("\\bnan\\b"), QRegularExpression::CaseInsensitiveOption); // a word: "financial" is fine
            QVERIFY2(!r.out.contains(nan), qPrintable(what + QStringLiteral(": ") + r.out.left(400)));
            if (r.code == 0 && args.contains(QStringLiteral("--json"))) {
                const auto j = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
                QVERIFY2(!j.is_discarded(), qPrintable(what));
                if (args[0] == QStringLiteral("exposure") || args[0] == QStringLiteral("shock") || args[0] == QStringLiteral("clearing")) {
                    const auto problems = ballast::test::resultProblems(j, args[0].toStdString());
                    QVERIFY2(problems.empty(), qPrintable(what + QStringLiteral(": ") + QString::fromStdString(problems.empty() ? "" : problems.front())));
                }
            }
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("validate demo") << QStringList{QStringLiteral("validate"), QStringLiteral("demo")} << 0;
        QTest::newRow("missing file") << QStringList{QStringLiteral("validate"), QStringLiteral("/nonexistent/book.json")} << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown pool") << QStringList{QStringLiteral("quote"), QStringLiteral("demo"), QStringLiteral("--pool"),
                                                     QStringLiteral("nope"), QStringLiteral("--sell"), QStringLiteral("WETH"),
                                                     QStringLiteral("--amount"), QStringLiteral("1")} << 2;
        QTest::newRow("negative amount") << QStringList{QStringLiteral("quote"), QStringLiteral("demo"), QStringLiteral("--route"),
                                                        QStringLiteral("--sell"), QStringLiteral("WETH"), QStringLiteral("--amount"),
                                                        QStringLiteral("-3")} << 2;
        QTest::newRow("unwritable output") << QStringList{QStringLiteral("export"), QStringLiteral("demo"), QStringLiteral("-o"),
                                                          QStringLiteral("/proc/ballast-cannot-write/out.json")} << 1;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = cli(args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
    }

    void badInputNamesFilePlaceReason()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("bad.json"));
        writeText(f, R"({"format":"ballast.workbook","version":1,"assets":[{"id":"X","kind":"crypto","price":-2}]})");
        const Run r = cli({QStringLiteral("validate"), f});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(f + QStringLiteral(": /assets/0/price: must not be negative")), qPrintable(r.err));
        const Run j = cli({QStringLiteral("validate"), f, QStringLiteral("--json")});
        QCOMPARE(j.code, 2);
        QCOMPARE(parseOut(j)["issues"][0]["place"].get<std::string>(), std::string("/assets/0/price"));
    }

    void exposureJsonKeys()
    {
        const Run r = cli({QStringLiteral("exposure"), QStringLiteral("demo"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json j = parseOut(r);
        for (const char* k : {"marketValue", "collateralValue", "debtValue", "minHealthFactor", "loansAtRisk"})
            QVERIFY2(j["totals"].contains(k), k);
        for (const char* k : {"id", "asset", "quantity", "price", "marketValue", "exitValue"}) QVERIFY(j["positions"][0].contains(k));
        for (const char* k : {"id", "collateralValue", "debtValue", "healthFactor", "liquidationPrice"}) QVERIFY(j["loans"][0].contains(k));
        for (const char* k : {"id", "receivables", "payables"}) QVERIFY(j["nodes"][0].contains(k));
        for (const char* k : {"id", "price", "delta", "gamma", "vega", "theta", "rho"}) QVERIFY(j["derivatives"][0].contains(k));
        QCOMPARE(j["positions"].size(), size_t(330));
    }

    void infiniteHealthFactorIsTheStringInf()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(QStringLiteral("zero.json"));
        writeText(f, R"({"format":"ballast.workbook","version":1,
          "assets":[{"id":"WETH","kind":"crypto","price":1800},{"id":"USDC","kind":"stablecoin","price":1}],
          "nodes":[{"id":"t","type":"treasury"},{"id":"v","type":"lending-venue",
            "riskParams":{"WETH":{"ltv":0.8,"liquidationThreshold":0.83,"liquidationBonus":1.05}}}],
          "positions":[{"id":"p","owner":"t","asset":"WETH","quantity":1,"pledgedTo":"l"}],
          "loans":[{"id":"l","borrower":"t","venue":"v","debtAsset":"USDC","debt":0,"collateral":["p"]}]})");
        const Run r = cli({QStringLiteral("exposure"), f, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json j = parseOut(r);
        QCOMPARE(j["loans"][0]["healthFactor"].get<std::string>(), std::string("inf"));
        QCOMPARE(j["totals"]["minHealthFactor"].get<std::string>(), std::string("inf"));
    }

    void quoteJson()
    {
        const Run r = cli({QStringLiteral("quote"), QStringLiteral("demo"), QStringLiteral("--pool"), QStringLiteral("uni-weth-usdc"),
                           QStringLiteral("--sell"), QStringLiteral("WETH"), QStringLiteral("--amount"), QStringLiteral("10"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json j = parseOut(r);
        for (const char* k : {"amountIn", "amountOut", "averagePrice", "priceImpact", "priceAfter"}) QVERIFY2(j.contains(k), k);
        // demo pool: 12000 WETH / 12000 x 1816.85499606 USDC, fee 30 bps
        const double rb = 12000, rq = 21802259.95, a = 10 * 0.997;
        QVERIFY(std::fabs(j["amountOut"].get<double>() - a * rq / (rb + a)) < 1e-6);
        const Run route = cli({QStringLiteral("quote"), QStringLiteral("demo"), QStringLiteral("--route"), QStringLiteral("--sell"),
                               QStringLiteral("WETH"), QStringLiteral("--amount"), QStringLiteral("5000"), QStringLiteral("--json")});
        QCOMPARE(route.code, 0);
        const json rj = parseOut(route);
        QVERIFY(rj["legs"].size() >= 2);
        QVERIFY(std::fabs(rj["amountIn"].get<double>() - 5000) < 1e-6);
    }

    void shockJsonKeys()
    {
        const Run r = cli({QStringLiteral("shock"), QStringLiteral("demo"), QStringLiteral("--scenario"), QStringLiteral("perfect-storm"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const json j = parseOut(r);
        QCOMPARE(j["scenario"].get<std::string>(), std::string("perfect-storm"));
        for (const char* k : {"round", "liquidations", "debtRepaid", "prices"}) QVERIFY2(j["rounds"][0].contains(k), k);
        for (const char* k : {"id", "healthFactorBefore", "healthFactorAfter", "debtRepaid", "collateralSeized", "protocolFee",
                              "badDebt", "liquidated"})
            QVERIFY2(j["loans"][0].contains(k), k);
        for (const char* k : {"model", "payments", "defaults", "iterations"}) QVERIFY2(j["clearing"].contains(k), k);
        for (const char* k : {"id", "loss", "defaulted", "debtRank"}) QVERIFY2(j["nodes"][0].contains(k), k);
        double sum = 0;
        for (const char* k : {"price", "liquidationPenalty", "fireSale", "oracle", "default", "supplyChain", "hedges"}) {
            QVERIFY2(j["losses"]["byChannel"].contains(k), k);
            sum += j["losses"]["byChannel"][k].get<double>();
        }
        QVERIFY(std::fabs(sum - j["losses"]["total"].get<double>()) < 1e-6 * std::max(1.0, std::fabs(sum)));
        QVERIFY(j["prices"]["WETH"].contains("before") && j["prices"]["WETH"].contains("after"));
        QCOMPARE(cli({QStringLiteral("shock"), QStringLiteral("demo"), QStringLiteral("--scenario"), QStringLiteral("nope")}).code, 2);
    }

    void stressClearingDebtRankKeys()
    {
        const Run s = cli({QStringLiteral("stress"), QStringLiteral("demo"), QStringLiteral("--scenarios"), QStringLiteral("50"),
                           QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
        QCOMPARE(s.code, 0);
        const json j = parseOut(s);
        QCOMPARE(j["scenarios"].get<int>(), 50);
        QCOMPARE(j["seed"].get<int>(), 7);
        for (const char* g : {"var", "es", "liquidationsAtRisk"})
            for (const char* q : {"0.95", "0.99"}) QVERIFY2(j[g].contains(q), g);
        QVERIFY(j["badDebt"].contains("mean") && j["badDebt"].contains("0.99"));
        const Run c = cli({QStringLiteral("clearing"), QStringLiteral("demo"), QStringLiteral("--json")});
        QCOMPARE(c.code, 0);
        for (const char* k : {"model", "payments", "defaults", "iterations"}) QVERIFY2(parseOut(c).contains(k), k);
        const Run d = cli({QStringLiteral("debtrank"), QStringLiteral("demo"), QStringLiteral("--json")});
        QCOMPARE(d.code, 0);
        QCOMPARE(parseOut(d)["nodes"].size(), size_t(72));
        QVERIFY(parseOut(d)["nodes"][0].contains("debtRank"));
    }

    void runsAreStoredAndReloaded()
    {
        QTemporaryDir dir;
        const QString wb = dir.filePath(QStringLiteral("demo.ballast"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("demo"), QStringLiteral("-o"), wb}).code, 0);
        QCOMPARE(cli({QStringLiteral("shock"), wb, QStringLiteral("--scenario"), QStringLiteral("usdc-depeg")}).code, 0);
        const Run list = cli({QStringLiteral("runs"), wb, QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const json runs = parseOut(list)["runs"];
        QCOMPARE(runs.size(), size_t(1));
        const Run one = cli({QStringLiteral("runs"), wb, QStringLiteral("--id"), QString::number(runs[0]["id"].get<int>())});
        QCOMPARE(parseOut(one)["scenario"].get<std::string>(), std::string("usdc-depeg"));
    }

    void generateIsReproducibleBySeed()
    {
        const QStringList args{QStringLiteral("generate"), QStringLiteral("--nodes"), QStringLiteral("120"), QStringLiteral("--positions"),
                               QStringLiteral("400"), QStringLiteral("--loans"), QStringLiteral("60"), QStringLiteral("--seed"),
                               QStringLiteral("42")};
        const Run a = cli(args), b = cli(args);
        QCOMPARE(a.code, 0);
        QCOMPARE(a.out, b.out);
        QStringList other = args;
        other.last() = QStringLiteral("43");
        QVERIFY(cli(other).out != a.out);
        const json j = parseOut(a);
        QCOMPARE(j["positions"].size(), size_t(400));
        QCOMPARE(j["loans"].size(), size_t(60));
    }

    void importExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString json1 = dir.filePath(QStringLiteral("demo.json")), wb = dir.filePath(QStringLiteral("demo.ballast")),
                      json2 = dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("demo"), QStringLiteral("-o"), json1}).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), json1, QStringLiteral("-o"), wb}).code, 0);
        QCOMPARE(cli({QStringLiteral("export"), wb, QStringLiteral("-o"), json2}).code, 0);
        std::ifstream a(json1.toStdString()), b(json2.toStdString());
        QVERIFY(json::parse(a) == json::parse(b));
        QCOMPARE(cli({QStringLiteral("validate"), wb}).code, 0);
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
