// The live feed's message parser and tick filter (docs/FEED.md): valid messages, every malformed
// form we could think of (each with its reason), and the ordering rules.
#include "alerts.h"
#include "feed.h"
#include "json_io.h"
#include "timeutil.h"

#include <QFile>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace ballast;

namespace {
/// JSON written with single quotes (readable in C++ source) -> real JSON
QString q(const char* s) { return QString::fromLatin1(s).replace(QLatin1Char('\''), QLatin1Char('"')); }
Book tinyBook()
{
    Book b;
    Asset eth;
    eth.id = "WETH";
    eth.kind = AssetKind::Crypto;
    eth.price = 2000;
    Asset tok;
    tok.id = "iTOK";
    tok.kind = AssetKind::InventoryToken;
    tok.underlying = "WETH";
    b.assets = {eth, tok};
    b.resolve();
    return b;
}
/// The lines of a sample file of tests/data/feed.
QList<QByteArray> sample(const char* name)
{
    QFile f(QStringLiteral(BALLAST_SOURCE_DIR "/tests/data/feed/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly)) return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}
FeedMessage parse(const QByteArray& text, FeedFormat f, const std::map<std::string, std::string>& symbols)
{
    return parseFeedMessage(std::string_view(text.constData(), static_cast<size_t>(text.size())), f, symbols);
}
const std::map<std::string, std::string> kSymbols = {
    {"ETH-USD", "WETH"}, {"BTC-USD", "WBTC"},
    {"0xFF61491A931112DDF1BD8147CD1B641375F79F5825126D665480874634FD0ACE", "WETH"}, // as Pyth's list writes them
    {"e62df6c8b4a85fe1a67db44dc12de5db330f7ac66b72dc658afedf0f4a415b43", "WBTC"}};
} // namespace

class TestFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<double>("firstPrice");
        QTest::newRow("tick") << q("{'type':'tick','asset':'WETH','price':2450.5,'seq':1}") << 1 << 2450.5;
        QTest::newRow("tick with oracle and time")
            << q("{'type':'tick','asset':'WETH','price':2450.5,'oracle':2449,'time':'2026-11-20T12:00:00Z','seq':2}") << 1 << 2450.5;
        QTest::newRow("batch") << q("{'type':'ticks','ticks':[{'asset':'WETH','price':1},{'asset':'WETH','price':2}]}") << 2 << 1.0;
        QTest::newRow("empty batch") << q("{'type':'ticks','ticks':[]}") << 0 << 0.0;
        QTest::newRow("null oracle") << q("{'type':'tick','asset':'WETH','price':3,'oracle':null}") << 1 << 3.0;
        QTest::newRow("extra keys ignored") << q("{'type':'tick','asset':'WETH','price':4,'venue':'x','v':2}") << 1 << 4.0;
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(int, ticks);
        QFETCH(double, firstPrice);
        const FeedMessage m = parseFeedMessage(text.toStdString());
        QCOMPARE(static_cast<int>(m.kind), static_cast<int>(FeedMessage::Kind::Ticks));
        QCOMPARE(static_cast<int>(m.ticks.size()), ticks);
        if (ticks) QCOMPARE(m.ticks.front().price, firstPrice);
    }

    void heartbeat()
    {
        const FeedMessage m = parseFeedMessage(q("{'type':'heartbeat','time':'2026-11-20T12:00:00Z'}").toStdString());
        QCOMPARE(static_cast<int>(m.kind), static_cast<int>(FeedMessage::Kind::Heartbeat));
        QVERIFY(m.time.has_value());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a part of the error message
        QTest::newRow("empty") << "" << "not JSON";
        QTest::newRow("truncated") << q("{'type':'tick','asset':'WE") << "not JSON";
        QTest::newRow("array") << "[1,2]" << "not a JSON object";
        QTest::newRow("no type") << q("{'asset':'WETH','price':1}") << "type";
        QTest::newRow("unknown type") << q("{'type':'trade'}") << "unknown message type";
        QTest::newRow("no asset") << q("{'type':'tick','price':1}") << "tick.asset";
        QTest::newRow("asset number") << q("{'type':'tick','asset':5,'price':1}") << "tick.asset";
        QTest::newRow("no price") << q("{'type':'tick','asset':'WETH'}") << "tick.price: missing";
        QTest::newRow("price string") << q("{'type':'tick','asset':'WETH','price':'1'}") << "tick.price: not a number";
        QTest::newRow("price zero") << q("{'type':'tick','asset':'WETH','price':0}") << "positive";
        QTest::newRow("price negative") << q("{'type':'tick','asset':'WETH','price':-5}") << "positive";
        QTest::newRow("price huge") << q("{'type':'tick','asset':'WETH','price':1e300}") << "positive";
        QTest::newRow("price overflow") << q("{'type':'tick','asset':'WETH','price':1e999}") << "";
        QTest::newRow("oracle negative") << q("{'type':'tick','asset':'WETH','price':1,'oracle':-1}") << "tick.oracle";
        QTest::newRow("bad time") << q("{'type':'tick','asset':'WETH','price':1,'time':'yesterday'}") << "tick.time";
        QTest::newRow("seq float") << q("{'type':'tick','asset':'WETH','price':1,'seq':1.5}") << "tick.seq";
        QTest::newRow("batch not array") << q("{'type':'ticks','ticks':{}}") << "ticks: missing";
        QTest::newRow("bad element") << q("{'type':'ticks','ticks':[{'asset':'WETH','price':1},{'asset':'WETH'}]}") << "ticks[1].price";
        QTest::newRow("deep") << (QStringLiteral("{\"type\":\"tick\",\"x\":") + QString(20, QLatin1Char('[')) + QString(20, QLatin1Char(']')) + QLatin1Char('}'))
                              << "nested deeper";
        QTest::newRow("long asset") << (q("{'type':'tick','price':1,'asset':'") + QString(200, QLatin1Char('A')) + QStringLiteral("\"}"))
                                    << "longer than 128";
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const FeedMessage m = parseFeedMessage(text.toStdString());
        QCOMPARE(static_cast<int>(m.kind), static_cast<int>(FeedMessage::Kind::Invalid));
        QVERIFY(m.ticks.empty());
        QVERIFY(!m.error.empty());
        QVERIFY2(QString::fromStdString(m.error).contains(reason), m.error.c_str());
    }

    void tooLarge()
    {
        const std::string big = q("{'type':'tick','asset':'WETH','price':1,'pad':'").toStdString() + std::string(kFeedMaxMessageBytes, 'x') + "\"}";
        QCOMPARE(static_cast<int>(parseFeedMessage(big).kind), static_cast<int>(FeedMessage::Kind::Invalid));
    }


    // Coinbase Exchange's ticker channel (tests/data/feed): a confirmation and a heartbeat carry no
    // price; a ticker is the trade's price as a decimal string, its product mapped to the asset,
    // its sequence and its time (microseconds dropped).
    void coinbaseSamples()
    {
        const QList<QByteArray> lines = sample("coinbase-ticker.jsonl");
        QCOMPARE(lines.size(), 5);
        QCOMPARE(parse(lines[0], FeedFormat::Coinbase, kSymbols).kind, FeedMessage::Kind::Other);
        const FeedMessage hb = parse(lines[1], FeedFormat::Coinbase, kSymbols);
        QCOMPARE(hb.kind, FeedMessage::Kind::Heartbeat);
        QCOMPARE(*hb.time, *parseIsoTime("2023-10-31T14:00:00Z"));
        const FeedMessage eth = parse(lines[2], FeedFormat::Coinbase, kSymbols);
        QCOMPARE(eth.kind, FeedMessage::Kind::Ticks);
        QCOMPARE(eth.ticks.size(), size_t(1));
        QCOMPARE(eth.ticks[0].asset, std::string("WETH"));
        QCOMPARE(eth.ticks[0].price, 1816.85);
        QVERIFY(std::isnan(eth.ticks[0].oracle)); // the oracle follows the market
        QCOMPARE(*eth.ticks[0].seq, 37475248783LL);
        QCOMPARE(*eth.ticks[0].time, *parseIsoTime("2023-10-31T14:00:00Z"));
        const FeedMessage btc = parse(lines[3], FeedFormat::Coinbase, kSymbols);
        QCOMPARE(btc.ticks[0].asset, std::string("WBTC"));
        QCOMPARE(btc.ticks[0].price, 34643.01);
        QCOMPARE(parse(lines[4], FeedFormat::Coinbase, kSymbols).ticks[0].price, 1816.60);
        // without a mapping the product id is taken as the asset id (the filter then says unknown)
        QCOMPARE(parse(lines[2], FeedFormat::Coinbase, {}).ticks[0].asset, std::string("ETH-USD"));
    }

    // Pyth's Hermes price_update (tests/data/feed): an oracle price of mantissa x 10^expo, by feed
    // id (mapped whatever its case and 0x prefix), published at Unix seconds; no market price; a
    // refused subscription is an error with the feed's own words.
    void pythSamples()
    {
        const QList<QByteArray> lines = sample("pyth-price-update.jsonl");
        QCOMPARE(lines.size(), 4);
        QCOMPARE(parse(lines[0], FeedFormat::Pyth, kSymbols).kind, FeedMessage::Kind::Other);
        const FeedMessage eth = parse(lines[1], FeedFormat::Pyth, kSymbols);
        QCOMPARE(eth.kind, FeedMessage::Kind::Ticks);
        QCOMPARE(eth.ticks[0].asset, std::string("WETH"));
        QVERIFY(std::isnan(eth.ticks[0].price));
        QVERIFY(qAbs(eth.ticks[0].oracle - 1816.855) < 1e-9); // 181685500000 x 1e-8
        QCOMPARE(*eth.ticks[0].time, Seconds(1698760800));
        const FeedMessage btc = parse(lines[2], FeedFormat::Pyth, kSymbols);
        QCOMPARE(btc.ticks[0].asset, std::string("WBTC"));
        QVERIFY(qAbs(btc.ticks[0].oracle - 34643.01) < 1e-7);
        const FeedMessage refused = parse(lines[3], FeedFormat::Pyth, kSymbols);
        QCOMPARE(refused.kind, FeedMessage::Kind::Invalid);
        QVERIFY(QString::fromStdString(refused.error).contains(QStringLiteral("Price ids not found")));
    }

    void adaptersMalformed_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const int cb = static_cast<int>(FeedFormat::Coinbase), py = static_cast<int>(FeedFormat::Pyth);
        QTest::newRow("coinbase price number") << cb << q("{'type':'ticker','product_id':'ETH-USD','price':1816.8}") << "decimal string";
        QTest::newRow("coinbase price text") << cb << q("{'type':'ticker','product_id':'ETH-USD','price':'abc'}") << "positive decimal";
        QTest::newRow("coinbase price negative") << cb << q("{'type':'ticker','product_id':'ETH-USD','price':'-1'}") << "positive decimal";
        QTest::newRow("coinbase price trailing") << cb << q("{'type':'ticker','product_id':'ETH-USD','price':'12x'}") << "positive decimal";
        QTest::newRow("coinbase no product") << cb << q("{'type':'ticker','price':'1'}") << "product_id";
        QTest::newRow("coinbase bad time") << cb << q("{'type':'ticker','product_id':'ETH-USD','price':'1','time':'now'}") << "ticker.time";
        QTest::newRow("coinbase bad sequence") << cb << q("{'type':'ticker','product_id':'ETH-USD','price':'1','sequence':'7'}") << "sequence";
        QTest::newRow("coinbase error") << cb << q("{'type':'error','message':'Failed to subscribe'}") << "the feed says: Failed to subscribe";
        QTest::newRow("coinbase not json") << cb << "{" << "not JSON";
        QTest::newRow("pyth no feed") << py << q("{'type':'price_update'}") << "price_feed";
        QTest::newRow("pyth no id") << py << q("{'type':'price_update','price_feed':{'price':{'price':'1','expo':0}}}") << "price_feed.id";
        QTest::newRow("pyth decimal") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':'12.5','expo':-1}}}") << "integer string";
        QTest::newRow("pyth number") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':125,'expo':-1}}}") << "integer string";
        QTest::newRow("pyth no expo") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':'125'}}}") << "expo";
        QTest::newRow("pyth expo huge") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':'125','expo':300}}}") << "expo";
        QTest::newRow("pyth zero") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':'0','expo':-8}}}") << "positive";
        QTest::newRow("pyth negative") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':'-5','expo':-8}}}") << "positive";
        QTest::newRow("pyth too big") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':'9','expo':20}}}") << "positive";
        QTest::newRow("pyth bad time") << py << q("{'type':'price_update','price_feed':{'id':'ab','price':{'price':'9','expo':0,'publish_time':'x'}}}") << "publish_time";
    }
    void adaptersMalformed()
    {
        QFETCH(int, format);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const FeedMessage m = parse(text.toUtf8(), static_cast<FeedFormat>(format), kSymbols);
        QCOMPARE(m.kind, FeedMessage::Kind::Invalid);
        QVERIFY(m.ticks.empty());
        QVERIFY2(QString::fromStdString(m.error).contains(reason), m.error.c_str());
    }

    // What a client sends once connected: Coinbase's subscribe to the mapped products' ticker and
    // heartbeat channels, Pyth's subscribe to the mapped ids; nothing for Ballast's own feed. And
    // the formats by name.
    void subscriptions()
    {
        const auto cb = nlohmann::json::parse(feedSubscription(FeedFormat::Coinbase, {{"ETH-USD", "WETH"}, {"BTC-USD", "WBTC"}}));
        QCOMPARE(cb["type"].get<std::string>(), std::string("subscribe"));
        QCOMPARE(cb["product_ids"].size(), size_t(2));
        QCOMPARE(cb["channels"], nlohmann::json({"ticker", "heartbeat"}));
        const auto py = nlohmann::json::parse(feedSubscription(FeedFormat::Pyth, kSymbols));
        QCOMPARE(py["ids"].size(), size_t(2)); // the two feed ids of kSymbols, not the products
        QCOMPARE(nlohmann::json::parse(feedSubscription(FeedFormat::Coinbase, kSymbols))["product_ids"], nlohmann::json({"BTC-USD", "ETH-USD"}));
        QVERIFY(feedSubscription(FeedFormat::Ballast, kSymbols).empty());
        for (FeedFormat f : {FeedFormat::Ballast, FeedFormat::Coinbase, FeedFormat::Pyth}) QCOMPARE(*feedFormatFromString(toString(f)), f);
        QVERIFY(!feedFormatFromString("binance"));
    }

    // settings.feed.symbols: read, written back, and a symbol naming an unknown asset is an error
    // at its place.
    void symbolsInTheWorkbook()
    {
        const std::string text = q("{'format':'ballast.workbook','version':1,'assets':[{'id':'WETH','kind':'crypto','price':2000}],"
                                   "'settings':{'feed':{'symbols':{'ETH-USD':'WETH'}}}}").toStdString();
        auto b = parseWorkbookJson(text, "book.json");
        QVERIFY(b.ok());
        QCOMPARE(b.value().settings.feedSymbols.at("ETH-USD"), std::string("WETH"));
        QCOMPARE(workbookToJson(b.value())["settings"]["feed"]["symbols"]["ETH-USD"].get<std::string>(), std::string("WETH"));
        const std::string bad = q("{'format':'ballast.workbook','version':1,'assets':[{'id':'WETH','kind':'crypto','price':2000}],"
                                  "'settings':{'feed':{'symbols':{'BTC-USD':'WBTC','X':3}}}}").toStdString();
        const auto r = parseWorkbookJson(bad, "book.json");
        QVERIFY(!r.ok());
        QStringList places;
        for (const Issue& i : r.issues()) places << QString::fromStdString(i.toString());
        QVERIFY2(places.join(QLatin1Char('\n')).contains(QStringLiteral("/settings/feed/symbols/X")), qPrintable(places.join(QLatin1Char('\n'))));
    }

    // The simulated market is the same for the same seed (the desk's and watch's), a replay is in
    // time order.
    void simulatedAndReplay()
    {
        Book b = tinyBook();
        b.assets[0].volatility = 0.6;
        SimulatedMarket m1(b, 9), m2(b, 9), m3(b, 10);
        const auto a = m1.step(), c = m2.step(), d = m3.step();
        QCOMPARE(a.size(), size_t(1));
        QCOMPARE(a[0].price, c[0].price);
        QVERIFY(a[0].price != d[0].price);
        QCOMPARE(a[0].asset, std::string("WETH"));
        const auto rows = replayTicks({{"A", {{30, 1.0}, {10, 2.0}}}, {"B", {{20, 3.0}}}});
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(*rows[0].time, Seconds(10));
        QCOMPARE(rows[1].asset, std::string("B"));
    }

    // Alerts over time, by hand: a loan at HF 1.05 is raised (warning), at 0.95 escalated
    // (critical), at 1.05 eased; at 1.102 it no longer meets the condition but is within the 0.5%
    // margin above 1.10: still held, nothing said; at 1.11 cleared, with 1.11. An oracle 6% off
    // the market is raised critical at once and cleared at 1.5%.
    void alertTracker()
    {
        Book b = tinyBook();
        Loan loan;
        loan.id = "loan-1";
        b.loans = {loan};
        b.resolve();
        Exposure x;
        x.loans.resize(1);
        x.assets.resize(b.assets.size());
        AlertTracker t;
        auto step = [&](double hf, double deviation) {
            x.loans[0].healthFactor = hf;
            x.assets[0].oracleDeviation = deviation;
            QStringList said;
            for (const AlertEvent& e : t.update(b, x))
                said << QStringLiteral("%1 %2 %3 %4").arg(QString::fromLatin1(toString(e.change)), QString::fromLatin1(toString(e.condition.kind)))
                            .arg(e.condition.critical ? QStringLiteral("critical") : QStringLiteral("warning"))
                            .arg(e.condition.value);
            return said;
        };
        QCOMPARE(step(1.05, 0), QStringList{QStringLiteral("raised health warning 1.05")});
        QCOMPARE(step(0.95, 0), QStringList{QStringLiteral("escalated health critical 0.95")});
        QCOMPARE(step(1.05, 0), QStringList{QStringLiteral("eased health warning 1.05")});
        QCOMPARE(step(1.102, 0), QStringList{});
        QCOMPARE(t.active(), size_t(1));
        QCOMPARE(step(1.11, 0.06), (QStringList{QStringLiteral("raised oracle-deviation critical 0.06"), QStringLiteral("cleared health warning 1.11")}));
        // under 2% but not a tenth under: held, eased to a warning
        QCOMPARE(step(1.11, 0.019), QStringList{QStringLiteral("eased oracle-deviation warning 0.019")});
        QCOMPARE(t.active(), size_t(1));
        QCOMPARE(step(1.11, 0.015), QStringList{QStringLiteral("cleared oracle-deviation warning 0.015")});
        QCOMPARE(t.active(), size_t(0));
    }

    void filterOrdering()
    {
        const Book b = tinyBook();
        FeedFilter f(b);
        auto tick = [](const char* asset, long long seq, std::optional<Seconds> t = std::nullopt) {
            FeedTick x;
            x.asset = asset;
            x.price = 1;
            x.seq = seq;
            x.time = t;
            return x;
        };
        int a = -1;
        QCOMPARE(f.check(tick("WETH", 5), &a), FeedFilter::Verdict::Accepted);
        QCOMPARE(a, 0);
        QCOMPARE(f.check(tick("WETH", 5), &a), FeedFilter::Verdict::OutOfOrder); // duplicate
        QCOMPARE(f.check(tick("WETH", 4), &a), FeedFilter::Verdict::OutOfOrder); // late
        QCOMPARE(f.check(tick("WETH", 6, 1000), &a), FeedFilter::Verdict::Accepted);
        QCOMPARE(f.check(tick("WETH", 7, 999), &a), FeedFilter::Verdict::Stale); // newer seq, older time
        QCOMPARE(f.check(tick("WETH", 8, 1000), &a), FeedFilter::Verdict::Accepted);
        QCOMPARE(f.check(tick("BTC", 1), &a), FeedFilter::Verdict::UnknownAsset);
        QCOMPARE(f.check(tick("iTOK", 1), &a), FeedFilter::Verdict::NotTradable);
    }
};

QTEST_APPLESS_MAIN(TestFeed)
#include "tst_feed.moc"
