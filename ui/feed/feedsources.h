#pragma once
// The live feed's sources (docs/FEED.md), on Qt Core and Qt WebSockets alone, for the desk's feed
// controller and for `ballast-cli watch`: a seeded simulated market, a replay of a prices CSV in
// time order, and a WebSocket client that subscribes as its format needs and reconnects after a
// drop with a back-off of 1, 2, 4 … 30 s.

#include "feed.h"

#include <QObject>
#include <QUrl>
#include <QVector>

#include <memory>

class QTimer;
class QWebSocket;

namespace ballast::ui {

class FeedSource : public QObject
{
    Q_OBJECT

  public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual QString name() const = 0;

  Q_SIGNALS:
    void ticks(QVector<ballast::FeedTick> ticks);
    void rawMessage(QByteArray text); // parsed by the controller (WebSocket)
    void state(QString text, bool connected);
    void event(QString text);
    /// The connection (WebSocket): up, or down with why and when the next attempt comes.
    void connected();
    void disconnected(QString why, int retryInSeconds);
    /// The source has nothing more to send (a replay at its end), or cannot start (why).
    void finished();
    void failed(QString why);
};

/// Geometric Brownian moves of every priced, non-token asset at `hz`, volatilities from the book,
/// time compressed so that one tick is `secondsPerTick` of market time. Seeded: reproducible.
class SimulatedFeed final : public FeedSource
{
    Q_OBJECT

  public:
    SimulatedFeed(std::shared_ptr<const Book> book, double hz, std::uint64_t seed, QObject* parent = nullptr);
    void start() override;
    void stop() override;
    QString name() const override { return tr("Simulated market"); }
    /// One step (for tests and benchmarks): the ticks it would emit.
    QVector<FeedTick> step();

  private:
    std::shared_ptr<const Book> m_book;
    SimulatedMarket m_market; // core/feed.h: the same ticks as `ballast-cli watch --feed sim`
    QTimer* m_timer;
};

/// Replays a prices CSV ("time,asset,price") in time order at `rowsPerSecond`.
class CsvReplayFeed final : public FeedSource
{
    Q_OBJECT

  public:
    CsvReplayFeed(QString path, double rowsPerSecond, QObject* parent = nullptr);
    void start() override;
    void stop() override;
    QString name() const override { return tr("CSV replay"); }

  private:
    QString m_path;
    QTimer* m_timer;
    std::vector<FeedTick> m_rows;
    size_t m_next = 0;
};

/// A WebSocket JSON client; reconnects with backoff (1, 2, 4 … 30 s) after a drop.
class WebSocketFeed final : public FeedSource
{
    Q_OBJECT

  public:
    WebSocketFeed(QUrl url, QObject* parent = nullptr);
    ~WebSocketFeed() override;
    void start() override;
    void stop() override;
    QString name() const override { return tr("WebSocket %1").arg(m_url.toString()); }
    /// What to send on every (re)connection before the feed starts (core's feedSubscription).
    void setSubscription(QByteArray text) { m_subscription = std::move(text); }

  private:
    void scheduleReconnect();

    QUrl m_url;
    QByteArray m_subscription;
    QWebSocket* m_socket;
    QTimer* m_reconnect;
    int m_backoffMs = 1000;
    bool m_running = false;
};

/// The source a command line names (`ballast-cli watch --feed`, `ballast --feed`): `sim` or
/// `sim:SEED`, a `ws://` / `wss://` URL (subscribing as `format` needs, with the book's symbol map),
/// or a prices CSV; `rate` is the simulated market's ticks or the replay's rows a second. Null with
/// `error` set when the spec is not one of them (the format applies to WebSockets alone).
FeedSource* makeFeedSource(const std::string& spec, FeedFormat format, std::shared_ptr<const Book> book,
                           double rate, QObject* parent, std::string* error);

} // namespace ballast::ui

Q_DECLARE_METATYPE(ballast::FeedTick)
