#pragma once
// The live feed (PRODUCT.md "Live feed"): three sources — a seeded simulated market, a replay of a
// prices CSV, and a WebSocket JSON client (docs/FEED.md) — feeding one controller. The controller
// checks every tick (FeedFilter: unknown assets, out-of-order and stale ticks are dropped and
// logged), hands the accepted ones to a worker thread that applies them incrementally to its own
// exposure engine, and publishes a snapshot at most every 50 ms (redraws coalesced). The GUI
// thread never computes exposure.

#include "deskstate.h"
#include "feed.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QVector>

#include <memory>
#include <random>

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
};

/// Geometric Brownian moves of every priced, non-token asset at `hz`, volatilities from the book,
/// time compressed so that one tick is `secondsPerTick` of market time. Seeded: reproducible.
class SimulatedFeed final : public FeedSource
{
    Q_OBJECT

public:
    SimulatedFeed(BookPtr book, double hz, std::uint64_t seed, QObject* parent = nullptr);
    void start() override;
    void stop() override;
    QString name() const override { return tr("Simulated market"); }
    void setSecondsPerTick(double s) { m_secondsPerTick = s; }
    /// One step (for tests and benchmarks): the ticks it would emit.
    QVector<FeedTick> step();

private:
    BookPtr m_book;
    QTimer* m_timer;
    std::mt19937_64 m_rng;
    std::vector<int> m_assets;
    std::vector<double> m_price;
    double m_secondsPerTick = 60.0;
    long long m_seq = 0;
    Seconds m_time = 0;
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

private:
    void scheduleReconnect();

    QUrl m_url;
    QWebSocket* m_socket;
    QTimer* m_reconnect;
    int m_backoffMs = 1000;
    bool m_running = false;
};

/// Applies ticks to its own ExposureEngine on a worker thread; publishes snapshots.
class LiveEngine final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPublishMs = 50; // the controller asks for a snapshot this often

    explicit LiveEngine(std::shared_ptr<ExposureEngine> engine);
    void applyTicks(const QVector<QPair<int, FeedTick>>& ticks); // (asset index, tick); call in the worker thread
    void publishIfDirty();
    bool event(QEvent* e) override; // runs the calls posted by postToWorker()

    // called on the worker thread; they post to the GUI thread (set before the worker starts)
    std::function<void(EngineSnapshot engine, double applyMs, int ticks)> onSnapshot;
    std::function<void()> onApplied; // a batch of applyTicks() is done: the controller may send the next

private:
    std::shared_ptr<ExposureEngine> m_engine;
    bool m_dirty = false;
    double m_applyMs = 0;
    int m_pending = 0;
    QElapsedTimer m_sincePublish, m_sinceRefresh; // the last snapshot, the last refresh of the flows
    double m_copyMs = 0, m_refreshMs = 0;         // what they cost
};

class FeedController final : public QObject
{
    Q_OBJECT

public:
    explicit FeedController(DeskState* desk, QObject* parent = nullptr);
    ~FeedController() override;

    /// Starts `source` (the controller takes it); stops the previous one.
    void start(FeedSource* source);
    void stop();
    bool running() const { return m_source != nullptr; }
    QString sourceName() const;

    struct Stats
    {
        long long received = 0, accepted = 0, malformed = 0, rejected = 0, snapshots = 0;
        long long superseded = 0; // accepted, then replaced by a newer tick of the same asset before the worker took it
        long long batches = 0;
        int largestBatch = 0;     // at most one tick per asset: a flood cannot grow the worker's queue
        double lastApplyMs = 0, maxApplyMs = 0;
    };
    const Stats& stats() const { return m_stats; }
    /// Parses and applies one raw message as if the WebSocket had sent it (tests, and the client).
    void acceptRaw(const QByteArray& text);

Q_SIGNALS:
    void stateChanged(QString text, bool connected);
    void event(QString text);

private:
    void acceptTicks(const QVector<FeedTick>& ticks);
    void restartWorker();
    void dispatch();

    DeskState* m_desk;
    QPointer<FeedSource> m_source;
    QThread m_thread;
    LiveEngine* m_worker = nullptr;
    std::unique_ptr<FeedFilter> m_filter;
    BookPtr m_filterBook;
    QTimer* m_publish;
    Stats m_stats;
    int m_malformedLogged = 0;
    // ticks wait here, the latest per asset, while the worker applies the previous batch
    QVector<FeedTick> m_latest;
    QVector<char> m_waiting;
    QVector<int> m_waitingAssets;
    bool m_inFlight = false;
    int m_generation = 0; // of the worker, so that a late "applied" from a replaced one is ignored
};

} // namespace ballast::ui

Q_DECLARE_METATYPE(ballast::FeedTick)
