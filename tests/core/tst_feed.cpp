// The live feed's message parser and tick filter (docs/FEED.md): valid messages, every malformed
// form we could think of (each with its reason), and the ordering rules.
#include "feed.h"

#include <QtTest>

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
