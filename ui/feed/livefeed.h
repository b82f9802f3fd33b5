#pragma once
// The live feed (PRODUCT.md "Live feed"): a source (feed/feedsources.h: the seeded simulated
// market, a replay of a prices CSV, a WebSocket client) feeding one controller. The controller
// checks every tick (FeedFilter: unknown assets, out-of-order and stale ticks are dropped and
// logged), hands the accepted ones to a worker thread that applies them incrementally to its own
// exposure engine, and publishes a snapshot at most every 50 ms (redraws coalesced). The GUI
// thread never computes exposure.

#include "deskstate.h"
#include "feed.h"
#include "feed/feedsources.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QVector>

#include <memory>
#include <mutex>
#include <random>

class QTimer;
class QWebSocket;

namespace ballast::ui {

/// Applies ticks to its own ExposureEngine on a worker thread; publishes snapshots.
class LiveEngine final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPublishMs = 50; // the controller asks for a snapshot this often

    /// Ticks apply to a copy of `start`, made on the worker thread at the first tick (the stress
    /// book's engine takes 30 ms to copy: not the GUI thread's to pay when a feed starts).
    explicit LiveEngine(EngineSnapshot start);
    void applyTicks(const QVector<QPair<int, FeedTick>>& ticks); // (asset index, tick); call in the worker thread
    void publishIfDirty();
    bool event(QEvent* e) override; // runs the calls posted by postToWorker()

    /// What the worker and the GUI thread share about snapshots: those the views have let go of,
    /// kept for the next copies, and whether the last one published has reached the views.
    struct Handoff
    {
        /// Two: the tables let go of a snapshot at their next refresh (up to 100 ms after it was
        /// replaced), so the views hold two at times, and a third is being copied meanwhile.
        static constexpr size_t kSpares = 2;
        std::mutex lock;
        std::vector<std::unique_ptr<ExposureEngine>> spares;
        bool undelivered = false;
        /// The GUI thread has handed the last snapshot to the views: the worker may publish again.
        void delivered()
        {
            std::lock_guard<std::mutex> hold(lock);
            undelivered = false;
        }
    };
    std::shared_ptr<Handoff> handoff() const { return m_handoff; }

    // called on the worker thread; they post to the GUI thread (set before the worker starts)
    std::function<void(EngineSnapshot engine, double applyMs, int ticks)> onSnapshot;
    std::function<void()> onApplied; // a batch of applyTicks() is done: the controller may send the next

private:
    ExposureEngine& engine();
    /// A copy of the engine for the views: made over the memory of a snapshot they have let go of
    /// (the stress book's is 120 MB: a fresh copy's page faults cost ten times the copying).
    EngineSnapshot snapshot();
    std::shared_ptr<Handoff> m_handoff = std::make_shared<Handoff>();
    EngineSnapshot m_start;
    std::shared_ptr<ExposureEngine> m_engine;
    std::vector<ExposureEngine::PriceTick> m_batch;
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
    /// The layout of raw messages (docs/FEED.md); names mapped by the book's settings.feed.symbols.
    void setFormat(FeedFormat format) { m_format = format; }
    FeedFormat format() const { return m_format; }
    /// Accepted ticks a second over the last second (0 when off).
    double ticksPerSecond() const { return m_rate; }

Q_SIGNALS:
    void stateChanged(QString text, bool connected);
    void event(QString text);

private:
    void acceptTicks(const QVector<FeedTick>& ticks);
    void restartWorker();
    void dispatch();
    void sayState();

    DeskState* m_desk;
    QPointer<FeedSource> m_source;
    QThread m_thread;
    LiveEngine* m_worker = nullptr;
    std::unique_ptr<FeedFilter> m_filter;
    BookPtr m_filterBook;
    QTimer* m_publish;
    QTimer* m_rateTimer; // once a second: the rate in the state's text
    QString m_stateText;
    bool m_connected = false;
    long long m_acceptedAtRate = 0;
    double m_rate = 0;
    Stats m_stats;
    int m_malformedLogged = 0;
    FeedFormat m_format = FeedFormat::Ballast;
    // ticks wait here, the latest per asset, while the worker applies the previous batch
    QVector<FeedTick> m_latest;
    QVector<char> m_waiting;
    QVector<int> m_waitingAssets;
    bool m_inFlight = false;
    int m_generation = 0; // of the worker, so that a late "applied" from a replaced one is ignored
};

} // namespace ballast::ui
