// `ballast-cli watch` from the outside, as a server runs it: a WebSocket server on loopback (in the
// test) feeds it, and its JSON Lines are read one by one — alerts raised and cleared in order,
// malformed, out-of-order and unknown ticks reported, a dropped connection reconnected, SIGTERM
// ending with a summary and status 0; Coinbase and Pyth messages through the book's symbol map; a
// CSV replay to its end and --until a tick count; --record surviving SIGKILL; bad arguments.
#include "bookio.h"
#include "exposure.h"
#include "json_io.h"
#include "storage.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <set>

using namespace ballast;
using nlohmann::json;

namespace {

/// A running watch and the lines it printed, read as they come.
class Watch
{
  public:
    explicit Watch(const QStringList& args)
    {
        m_p.setProgram(QStringLiteral(BALLAST_CLI));
        m_p.setArguments(QStringList{QStringLiteral("watch")} + args);
        m_p.start();
    }
    ~Watch()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.kill();
            m_p.waitForFinished(5000);
        }
    }
    /// The next line that `match` accepts (earlier ones are kept in `seen`); null after `ms`.
    json next(const std::function<bool(const json&)>& match, int ms = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            while (m_p.canReadLine()) {
                const QByteArray line = m_p.readLine().trimmed();
                if (line.isEmpty()) continue;
                const json j = json::parse(line.constData(), nullptr, false);
                if (j.is_discarded()) {
                    m_bad << QString::fromUtf8(line);
                    continue;
                }
                seen.push_back(j);
                if (match(j)) return j;
            }
            if (m_p.state() == QProcess::NotRunning && !m_p.canReadLine()) break;
            m_p.waitForReadyRead(50);
            QCoreApplication::processEvents(); // the server's side
        }
        return nullptr;
    }
    static std::function<bool(const json&)> type(const char* t)
    {
        return [t](const json& j) { return j.value("type", "") == t; };
    }
    QProcess& process() { return m_p; }
    /// True once the process has ended (waitForFinished alone says false when it already has).
    bool ended(int ms = 10000) { return m_p.state() == QProcess::NotRunning || m_p.waitForFinished(ms); }
    QStringList notJson() const { return m_bad; }
    std::vector<json> seen;

  private:
    QProcess m_p;
    QStringList m_bad;
};

int run(const QStringList& args, QByteArray* err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(BALLAST_CLI), args);
    if (!p.waitForFinished(60000)) return -1;
    if (err) *err = p.readAllStandardError();
    return p.exitCode();
}

/// The demo book with a symbol map for Coinbase and Pyth names, written as JSON.
QString demoWithSymbols(const QTemporaryDir& dir)
{
    Book b = std::move(*app::loadBook("demo"));
    b.settings.feedSymbols = {{"ETH-USD", "WETH"},
                              {"0xff61491a931112ddf1bd8147cd1b641375f79f5825126d665480874634fd0ace", "WETH"}};
    const QString path = dir.filePath(QStringLiteral("symbols.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(QByteArray::fromStdString(workbookToJson(b).dump()));
    return path;
}

/// The demo's loans that a WETH price of `price` puts under HF 1 (the engine in the test).
std::set<std::string> liquidatableAt(double price)
{
    const auto book = std::make_shared<const Book>(std::move(*app::loadBook("demo")));
    ExposureEngine e(book);
    e.compute();
    e.setPrice(book->assetIx("WETH"), price);
    std::set<std::string> out;
    for (size_t l = 0; l < book->loans.size(); ++l)
        if (e.result().loans[l].healthFactor < 1) out.insert(book->loans[l].id);
    return out;
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    void overLoopbackWebSocket()
    {
        QWebSocketServer server(QStringLiteral("feed"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSignalSpy connections(&server, &QWebSocketServer::newConnection);
        Watch w({QStringLiteral("demo"), QStringLiteral("--feed"),
                 QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("--every"),
                 QStringLiteral("1s")});
        QVERIFY(!w.next(Watch::type("start")).is_null());
        QVERIFY(connections.wait(10000));
        QWebSocket* peer = server.nextPendingConnection();
        QVERIFY(!w.next([](const json& j) {
                      return j.value("type", "") == "feed" && j.value("state", "") == "connected";
                  }).is_null());

        // WETH falls to 1,000: the loans it puts under 1 are raised (or escalated) as critical
        const std::set<std::string> under = liquidatableAt(1000);
        QVERIFY(!under.empty());
        peer->sendTextMessage(QStringLiteral(R"({"type":"tick","asset":"WETH","price":1000,"seq":1})"));
        std::set<std::string> raised;
        while (raised.size() < under.size()) {
            const json a = w.next([](const json& j) {
                return j.value("type", "") == "alert" && j.value("kind", "") == "health" &&
                       j.value("severity", "") == "critical";
            });
            QVERIFY2(!a.is_null(), "a critical health alert");
            QVERIFY(a["change"] == "raised" || a["change"] == "escalated");
            raised.insert(a["loan"].get<std::string>());
        }
        QCOMPARE(raised, under);
        // back to its price: each of them clears (or eases to a warning), after they were raised
        peer->sendTextMessage(QStringLiteral(R"({"type":"tick","asset":"WETH","price":1816.855,"seq":2})"));
        std::set<std::string> calmed;
        while (calmed.size() < under.size()) {
            const json a = w.next([](const json& j) {
                return j.value("type", "") == "alert" &&
                       (j["change"] == "cleared" || j["change"] == "eased") &&
                       j.value("kind", "") == "health";
            });
            QVERIFY2(!a.is_null(), "a cleared health alert");
            if (under.count(a["loan"].get<std::string>())) calmed.insert(a["loan"].get<std::string>());
        }
        // what a feed gets wrong is said, with the reason
        peer->sendTextMessage(QStringLiteral("not json"));
        json r = w.next(Watch::type("rejected"));
        QCOMPARE(r["what"], "message");
        QCOMPARE(r["reason"], "not JSON");
        peer->sendTextMessage(QStringLiteral(R"({"type":"tick","asset":"WETH","price":1800,"seq":1})"));
        r = w.next(Watch::type("rejected"));
        QCOMPARE(r["what"], "tick");
        QCOMPARE(r["reason"], "out of order");
        QCOMPARE(r["seq"], 1);
        peer->sendTextMessage(QStringLiteral(R"({"type":"tick","asset":"NOPE","price":1})"));
        r = w.next(Watch::type("rejected"));
        QCOMPARE(r["asset"], "NOPE");
        QCOMPARE(r["reason"], "unknown asset");
        QCOMPARE(r["count"], 3);
        // the connection drops: the watch says so, comes back after a second, and goes on
        peer->close();
        const json down = w.next([](const json& j) {
            return j.value("type", "") == "feed" && j.value("state", "") == "disconnected";
        });
        QVERIFY(!down.is_null());
        QCOMPARE(down["retryInSeconds"], 1);
        QVERIFY(connections.wait(10000));
        peer = server.nextPendingConnection();
        QVERIFY(!w.next([](const json& j) {
                      return j.value("type", "") == "feed" && j.value("state", "") == "connected";
                  }).is_null());
        peer->sendTextMessage(QStringLiteral(
            R"({"type":"ticks","ticks":[{"asset":"WBTC","price":30000,"seq":1},{"asset":"WETH","price":1810,"seq":3}]})"));
        const json s = w.next([](const json& j) {
            return j.value("type", "") == "summary" && j.value("ticksAccepted", 0) >= 4;
        });
        QVERIFY(!s.is_null());
        QCOMPARE(s["ticksRejected"], 2);
        QCOMPARE(s["messagesMalformed"], 1);
        QVERIFY(s["exposure"].get<double>() > 0);
        // SIGTERM: a last summary, the end, status 0
        w.process().terminate();
        QVERIFY(!w.next(Watch::type("summary")).is_null());
        const json end = w.next(Watch::type("end"));
        QCOMPARE(end["reason"], "terminated (SIGTERM)");
        QVERIFY(w.ended());
        QCOMPARE(w.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(w.process().exitCode(), 0);
        QVERIFY2(w.notJson().isEmpty(), qPrintable(w.notJson().join(QLatin1Char('\n'))));
        for (const json& j : w.seen)
            QVERIFY(j.contains("time"));
    }

    // Coinbase's ticker moves the market price (the subscription names the mapped product); Pyth's
    // price update moves the oracle alone: 6% under the market, a critical oracle deviation.
    void publicFormats()
    {
        QTemporaryDir dir;
        const QString book = demoWithSymbols(dir);
        QVERIFY(!book.isEmpty());
        for (const char* format : {"coinbase", "pyth"}) {
            QWebSocketServer server(QStringLiteral("feed"), QWebSocketServer::NonSecureMode);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            QSignalSpy connections(&server, &QWebSocketServer::newConnection);
            Watch w({book, QStringLiteral("--feed"),
                     QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("--format"),
                     QString::fromLatin1(format), QStringLiteral("--every"), QStringLiteral("500ms")});
            QVERIFY(connections.wait(10000));
            QWebSocket* peer = server.nextPendingConnection();
            QSignalSpy received(peer, &QWebSocket::textMessageReceived);
            QVERIFY(received.wait(5000));
            const json subscribe = json::parse(received.takeFirst().at(0).toString().toStdString());
            QCOMPARE(subscribe["type"], "subscribe");
            if (QByteArray(format) == "coinbase") {
                QCOMPARE(subscribe["product_ids"], json({"ETH-USD"}));
                peer->sendTextMessage(QStringLiteral(R"({"type":"subscriptions","channels":[]})"));
                peer->sendTextMessage(QStringLiteral(
                    R"({"type":"ticker","sequence":5,"product_id":"ETH-USD","price":"1000.00","time":"2026-11-20T12:00:00.5Z"})"));
                const json a = w.next([](const json& j) {
                    return j.value("type", "") == "alert" && j.value("severity", "") == "critical";
                });
                QCOMPARE(a["kind"], "health");
            } else {
                QCOMPARE(subscribe["ids"].size(), size_t(1));
                peer->sendTextMessage(QStringLiteral(R"({"type":"response","status":"success"})"));
                peer->sendTextMessage(QStringLiteral(
                    R"({"type":"price_update","price_feed":{"id":"ff61491a931112ddf1bd8147cd1b641375f79f5825126d665480874634fd0ace","price":{"price":"170784370000","conf":"1","expo":-8,"publish_time":1795000000}}})"));
                const json a = w.next([](const json& j) {
                    return j.value("type", "") == "alert" && j.value("kind", "") == "oracle-deviation";
                });
                QCOMPARE(a["asset"], "WETH");
                QCOMPARE(a["severity"], "critical");
                QVERIFY(qAbs(a["deviation"].get<double>() + 0.06) < 1e-6); // 1707.8437 / 1816.855 - 1
            }
            const json s = w.next([](const json& j) {
                return j.value("type", "") == "summary" && j.value("ticksAccepted", 0) == 1;
            });
            QVERIFY(!s.is_null());
            QCOMPARE(s["messagesMalformed"], 0);
        }
    }

    // A CSV replay ends with the feed, --until a tick count ends there; both with a summary.
    void replayAndUntil()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("prices.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,asset,price\n");
        for (int k = 0; k < 40; ++k)
            f.write(QStringLiteral("2026-11-20T12:%1:00Z,WETH,%2\n")
                        .arg(k, 2, 10, QLatin1Char('0'))
                        .arg(1800 - k)
                        .toUtf8());
        f.close();
        {
            Watch w({QStringLiteral("demo"), QStringLiteral("--feed"), csv, QStringLiteral("--rate"),
                     QStringLiteral("500")});
            const json end = w.next(Watch::type("end"));
            QCOMPARE(end["reason"], "feed finished");
            QCOMPARE(end["ticksAccepted"], 40);
            QVERIFY(w.ended());
            QCOMPARE(w.process().exitCode(), 0);
        }
        {
            Watch w({QStringLiteral("demo"), QStringLiteral("--feed"), QStringLiteral("sim:3"),
                     QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--until"),
                     QStringLiteral("50ticks")});
            const json s = w.next(Watch::type("summary"));
            QCOMPARE(s["ticksAccepted"], 50);
            QCOMPARE(w.next(Watch::type("end"))["reason"], "until");
            QVERIFY(w.ended());
            QCOMPARE(w.process().exitCode(), 0);
        }
    }

    // --record appends the accepted ticks a batch a second; a SIGKILL loses at most the batch in
    // hand: the workbook opens with its book as saved and the ticks of the batches written.
    void recordSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.ballast"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("demo"), QStringLiteral("-o"), path}), 0);
        const std::string before = bookHash(*openWorkbook(path.toStdString()));
        Watch w({path, QStringLiteral("--feed"), QStringLiteral("sim:5"), QStringLiteral("--rate"),
                 QStringLiteral("500"), QStringLiteral("--record"), path, QStringLiteral("--every"),
                 QStringLiteral("500ms")});
        const json s = w.next(
            [](const json& j) { return j.value("type", "") == "summary" && j.value("recorded", 0) > 0; });
        QVERIFY(!s.is_null());
        ::kill(static_cast<pid_t>(w.process().processId()), SIGKILL);
        QVERIFY(w.ended());
        QCOMPARE(w.process().exitStatus(), QProcess::CrashExit);
        const auto reopened = openWorkbook(path.toStdString());
        QVERIFY(reopened.ok());
        QCOMPARE(bookHash(reopened.value()), before);
        const auto ticks = tickCount(path.toStdString());
        QVERIFY(ticks.ok());
        QVERIFY2(ticks.value() >= s["recorded"].get<long long>(), qPrintable(QString::number(ticks.value())));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("binance")}
                                << "--format must be";
        QTest::newRow("until") << QStringList{QStringLiteral("--until"), QStringLiteral("soon")}
                               << "--until takes";
        QTest::newRow("every") << QStringList{QStringLiteral("--every"), QStringLiteral("10ms")}
                               << "--every takes";
        QTest::newRow("rate") << QStringList{QStringLiteral("--rate"), QStringLiteral("0")} << "--rate takes";
        QTest::newRow("record") << QStringList{QStringLiteral("--record"),
                                               QStringLiteral(BALLAST_SOURCE_DIR "/README.md")}
                                << "not a .ballast workbook";
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QByteArray err;
        QCOMPARE(run(QStringList{QStringLiteral("watch"), QStringLiteral("demo"), QStringLiteral("--feed"),
                                 QStringLiteral("sim")} +
                         args,
                     &err),
                 2);
        QVERIFY2(QString::fromUtf8(err).contains(says), err.constData());
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("demo"), QStringLiteral("--feed"),
                      QStringLiteral("no-such.csv")},
                     &err),
                 2);
        QVERIFY(err.contains("no such file"));
        QCOMPARE(run({QStringLiteral("watch"), QStringLiteral("demo"), QStringLiteral("--feed"),
                      QStringLiteral("sim:x")},
                     &err),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
