#include "livefeed.h"

#include "csv_io.h"
#include "json_io.h"
#include "timeutil.h"
#include "workers/handoff.h"

#include "issuetext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>

namespace ballast::ui {
namespace {
/// Why the filter dropped a tick, in the user's language (core/feed.h's verdicts).
QString verdictText(FeedFilter::Verdict v)
{
    switch (v) {
    case FeedFilter::Verdict::Accepted: return FeedController::tr("accepted");
    case FeedFilter::Verdict::UnknownAsset: return FeedController::tr("unknown asset");
    case FeedFilter::Verdict::NotTradable: return FeedController::tr("token priced from its underlying");
    case FeedFilter::Verdict::OutOfOrder: return FeedController::tr("out of order");
    case FeedFilter::Verdict::Stale: return FeedController::tr("older than the last tick");
    }
    return QString();
}
} // namespace


// ---- simulated market ---------------------------------------------------------------------------

SimulatedFeed::SimulatedFeed(BookPtr book, double hz, std::uint64_t seed, QObject* parent)
    : FeedSource(parent), m_book(std::move(book)), m_timer(new QTimer(this)), m_rng(seed)
{
    m_timer->setInterval(std::max(1, static_cast<int>(std::lround(1000.0 / std::max(0.1, hz)))));
    m_timer->setTimerType(Qt::PreciseTimer);
    for (size_t a = 0; a < m_book->assets.size(); ++a) {
        const Asset& as = m_book->assets[a];
        if (as.kind == AssetKind::InventoryToken || as.kind == AssetKind::InvoiceToken || as.kind == AssetKind::Fiat) continue;
        if (!(as.price > 0) || !(as.volatility > 0)) continue;
        m_assets.push_back(static_cast<int>(a));
        m_price.push_back(as.price);
    }
    m_time = m_book->meta.asOf;
    connect(m_timer, &QTimer::timeout, this, [this] {
        const auto t = step();
        if (!t.isEmpty()) Q_EMIT ticks(t);
    });
}

QVector<FeedTick> SimulatedFeed::step()
{
    QVector<FeedTick> out;
    if (m_assets.empty()) return out;
    std::normal_distribution<double> z(0.0, 1.0);
    const double dt = m_secondsPerTick / (365.0 * 86400.0);
    m_time += static_cast<Seconds>(m_secondsPerTick);
    // a few assets move each tick, as on a real feed
    const size_t moves = std::max<size_t>(1, m_assets.size() / 4);
    std::uniform_int_distribution<size_t> pick(0, m_assets.size() - 1);
    for (size_t k = 0; k < moves; ++k) {
        const size_t i = pick(m_rng);
        const double sigma = m_book->assets[m_assets[i]].volatility;
        m_price[i] *= std::exp(-0.5 * sigma * sigma * dt + sigma * std::sqrt(dt) * z(m_rng));
        FeedTick t;
        t.asset = m_book->assets[m_assets[i]].id;
        t.price = m_price[i];
        t.seq = ++m_seq;
        t.time = m_time;
        out.push_back(std::move(t));
    }
    return out;
}

void SimulatedFeed::start()
{
    m_timer->start();
    Q_EMIT state(tr("Simulated market · %1 Hz").arg(1000.0 / m_timer->interval(), 0, 'f', 0), true);
}

void SimulatedFeed::stop()
{
    m_timer->stop();
    Q_EMIT state(tr("Feed stopped"), false);
}

// ---- CSV replay ---------------------------------------------------------------------------------

CsvReplayFeed::CsvReplayFeed(QString path, double rowsPerSecond, QObject* parent)
    : FeedSource(parent), m_path(std::move(path)), m_timer(new QTimer(this))
{
    m_timer->setInterval(std::max(1, static_cast<int>(std::lround(1000.0 / std::max(0.1, rowsPerSecond)))));
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_next >= m_rows.size()) {
            m_timer->stop();
            Q_EMIT event(tr("CSV replay finished (%1 rows)").arg(m_rows.size()));
            Q_EMIT state(tr("CSV replay finished"), false);
            return;
        }
        // every row with the same time goes in one batch
        QVector<FeedTick> batch;
        const auto time = m_rows[m_next].time;
        while (m_next < m_rows.size() && m_rows[m_next].time == time) batch.push_back(m_rows[m_next++]);
        Q_EMIT ticks(batch);
    });
}

void CsvReplayFeed::start()
{
    const auto text = readTextFile(m_path.toStdString(), 256u << 20);
    if (!text) {
        Q_EMIT event(issueLine(text.issues().front()));
        Q_EMIT state(tr("CSV replay: cannot read the file"), false);
        return;
    }
    const auto series = parsePriceCsv(text.value(), m_path.toStdString());
    if (!series) {
        Q_EMIT event(issueLine(series.issues().front()));
        Q_EMIT state(tr("CSV replay: malformed file"), false);
        return;
    }
    m_rows.clear();
    for (const auto& [asset, points] : series.value())
        for (const PricePoint& p : points) {
            FeedTick t;
            t.asset = asset;
            t.price = p.price;
            t.time = p.time;
            m_rows.push_back(std::move(t));
        }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const FeedTick& a, const FeedTick& b) { return *a.time < *b.time; });
    m_next = 0;
    m_timer->start();
    Q_EMIT state(tr("CSV replay · %1 rows").arg(m_rows.size()), true);
}

void CsvReplayFeed::stop()
{
    m_timer->stop();
    Q_EMIT state(tr("Feed stopped"), false);
}

// ---- WebSocket ----------------------------------------------------------------------------------

WebSocketFeed::WebSocketFeed(QUrl url, QObject* parent)
    : FeedSource(parent), m_url(std::move(url)), m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this)),
      m_reconnect(new QTimer(this))
{
    m_socket->setMaxAllowedIncomingMessageSize(kFeedMaxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kFeedMaxMessageBytes);
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        if (m_running) m_socket->open(m_url);
    });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_backoffMs = 1000;
        Q_EMIT state(tr("Connected to %1").arg(m_url.toString()), true);
        Q_EMIT event(tr("Feed connected: %1").arg(m_url.toString()));
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_running) return;
        Q_EMIT state(tr("Disconnected — retrying in %1 s").arg(m_backoffMs / 1000), false);
        Q_EMIT event(tr("Feed disconnected (%1); reconnecting in %2 s").arg(m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason()).arg(m_backoffMs / 1000));
        scheduleReconnect();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) { Q_EMIT rawMessage(text.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray&) {
        Q_EMIT event(tr("Feed sent a binary frame; only JSON text messages are read"));
    });
}

WebSocketFeed::~WebSocketFeed()
{
    m_running = false;
    m_socket->abort();
}

void WebSocketFeed::scheduleReconnect()
{
    m_reconnect->start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, 30000);
}

void WebSocketFeed::start()
{
    m_running = true;
    Q_EMIT state(tr("Connecting to %1…").arg(m_url.toString()), false);
    m_socket->open(m_url);
}

void WebSocketFeed::stop()
{
    m_running = false;
    m_reconnect->stop();
    m_socket->close();
    Q_EMIT state(tr("Feed stopped"), false);
}

// ---- worker -------------------------------------------------------------------------------------

LiveEngine::LiveEngine(std::shared_ptr<ExposureEngine> engine) : m_engine(std::move(engine)) {}

bool LiveEngine::event(QEvent* e)
{
    handoff::inWorker(); // first: even the event's type was written before the sender's release
    return runQueuedCall(e) || QObject::event(e);
}

void LiveEngine::applyTicks(const QVector<QPair<int, FeedTick>>& ticks)
{
    QElapsedTimer t;
    t.start();
    for (const auto& [asset, tick] : ticks) m_engine->setPrice(asset, tick.price, tick.oracle);
    m_applyMs += t.nsecsElapsed() / 1e6;
    m_pending += static_cast<int>(ticks.size());
    m_dirty = m_dirty || !ticks.isEmpty();
    if (onApplied) onApplied();
}

void LiveEngine::publishIfDirty()
{
    if (!m_dirty) return;
    // On a big book a snapshot is dear (the stress book: a copy of 50 ms and a max-flow of 100 ms
    // against ticks of a few): neither may take the worker's time from the ticks. A copy dearer
    // than a quarter of the publish interval waits until four times its cost has passed since the
    // last; flows dearer than a tenth of it are refreshed once ten times their cost has (the stress
    // book: about once a second). On the desk book both cost a millisecond or less: every snapshot,
    // with flows at its prices.
    const bool dearCopy = 4 * m_copyMs > kPublishMs, dearFlows = 10 * m_refreshMs > kPublishMs;
    if (dearCopy && m_sincePublish.elapsed() < 4 * m_copyMs) return; // stays dirty: the next timer
    if (m_engine->networkStale() && (!dearFlows || m_sinceRefresh.elapsed() >= 10 * m_refreshMs)) {
        QElapsedTimer t;
        t.start();
        m_engine->refreshNetwork();
        m_refreshMs = t.nsecsElapsed() / 1e6;
        m_sinceRefresh.start();
    }
    m_dirty = false;
    QElapsedTimer t;
    t.start();
    auto copy = std::make_shared<ExposureEngine>(*m_engine);
    copy->refreshAlerts(); // here, on the worker: the alerts view merges, it does not scan
    EngineSnapshot snapshot = std::move(copy);
    m_copyMs = t.nsecsElapsed() / 1e6;
    m_sincePublish.start();
    if (onSnapshot) onSnapshot(std::move(snapshot), m_applyMs, m_pending);
    m_applyMs = 0;
    m_pending = 0;
}

// ---- controller ---------------------------------------------------------------------------------

FeedController::FeedController(DeskState* desk, QObject* parent) : QObject(parent), m_desk(desk), m_publish(new QTimer(this))
{
    qRegisterMetaType<ballast::ui::EngineSnapshot>("ballast::ui::EngineSnapshot");
    m_thread.setObjectName(QStringLiteral("ballast-live"));
    m_thread.start();
    m_publish->setInterval(LiveEngine::kPublishMs); // 20 snapshots a second at most, whatever the tick rate
    connect(m_publish, &QTimer::timeout, this, [this] {
        if (!m_worker) return;
        LiveEngine* w = m_worker;
        postToWorker(w, [w] { w->publishIfDirty(); });
    });
    connect(desk, &DeskState::bookChanged, this, [this] {
        const bool was = running();
        stop();
        if (was) Q_EMIT event(tr("Feed stopped: a new book was opened"));
    });
}

FeedController::~FeedController()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

QString FeedController::sourceName() const { return m_source ? m_source->name() : QString(); }

void FeedController::restartWorker()
{
    if (m_worker) m_worker->deleteLater();
    m_worker = nullptr;
    const EngineSnapshot current = m_desk->engine();
    if (!current) return;
    m_worker = new LiveEngine(std::make_shared<ExposureEngine>(*current));
    // what a worker posts after it was replaced (a new book, a restart) is dropped by generation
    const int generation = ++m_generation;
    const QPointer<FeedController> self(this);
    m_worker->onSnapshot = [self, generation](EngineSnapshot e, double applyMs, int n) {
        postToGui([self, generation, e = std::move(e), applyMs, n]() mutable {
            if (!self || generation != self->m_generation) return;
            ++self->m_stats.snapshots;
            self->m_stats.lastApplyMs = n > 0 ? applyMs / n : 0;
            self->m_stats.maxApplyMs = std::max(self->m_stats.maxApplyMs, self->m_stats.lastApplyMs);
            self->m_desk->setExposure(std::move(e));
        });
    };
    m_worker->onApplied = [self, generation] {
        postToGui([self, generation] {
            if (!self || generation != self->m_generation) return;
            self->m_inFlight = false;
            self->dispatch();
        });
    };
    m_worker->moveToThread(&m_thread);
    m_filterBook = m_desk->book();
    m_filter = std::make_unique<FeedFilter>(*m_filterBook);
    const int assets = static_cast<int>(m_filterBook->assets.size());
    m_latest = QVector<FeedTick>(assets);
    m_waiting = QVector<char>(assets, 0);
    m_waitingAssets.clear();
    m_inFlight = false;
}

void FeedController::dispatch()
{
    if (m_inFlight || !m_worker || m_waitingAssets.isEmpty()) return;
    QVector<QPair<int, FeedTick>> batch;
    batch.reserve(m_waitingAssets.size());
    for (int a : std::as_const(m_waitingAssets)) {
        batch.push_back({a, m_latest[a]});
        m_waiting[a] = 0;
    }
    m_waitingAssets.clear();
    ++m_stats.batches;
    m_stats.largestBatch = std::max(m_stats.largestBatch, static_cast<int>(batch.size()));
    m_inFlight = true;
    LiveEngine* w = m_worker;
    postToWorker(w, [w, batch] { w->applyTicks(batch); });
}

void FeedController::start(FeedSource* source)
{
    stop();
    if (!m_desk->engine()) {
        delete source;
        return;
    }
    restartWorker();
    m_source = source;
    source->setParent(this);
    connect(source, &FeedSource::ticks, this, &FeedController::acceptTicks);
    connect(source, &FeedSource::rawMessage, this, &FeedController::acceptRaw);
    connect(source, &FeedSource::state, this, &FeedController::stateChanged);
    connect(source, &FeedSource::event, this, &FeedController::event);
    m_stats = {};
    m_malformedLogged = 0;
    m_publish->start();
    Q_EMIT event(tr("Feed started: %1").arg(source->name()));
    source->start();
}

void FeedController::stop()
{
    m_publish->stop();
    if (m_source) {
        m_source->stop();
        m_source->deleteLater();
        m_source = nullptr;
    }
    if (m_worker) {
        m_worker->deleteLater();
        m_worker = nullptr;
        ++m_generation; // its snapshots still on the way are dropped
        m_inFlight = false;
    }
    Q_EMIT stateChanged(tr("Feed off"), false);
}

void FeedController::acceptRaw(const QByteArray& text)
{
    const FeedMessage m = parseFeedMessage(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    if (m.kind == FeedMessage::Kind::Invalid) {
        ++m_stats.malformed;
        // a flood of bad messages must not flood the log: the first 20, then every 1000th
        if (++m_malformedLogged <= 20 || m_malformedLogged % 1000 == 0)
            Q_EMIT event(tr("Malformed feed message dropped (%1): %2").arg(m_malformedLogged).arg(QString::fromStdString(m.error)));
        return;
    }
    if (m.kind == FeedMessage::Kind::Heartbeat) return;
    acceptTicks(QVector<FeedTick>(m.ticks.begin(), m.ticks.end()));
}

void FeedController::acceptTicks(const QVector<FeedTick>& ticks)
{
    if (!m_worker || !m_filter) {
        if (m_desk->engine()) restartWorker();
        if (!m_worker) return;
    }
    bool any = false;
    for (const FeedTick& t : ticks) {
        ++m_stats.received;
        int a = -1;
        const auto v = m_filter->check(t, &a);
        if (v != FeedFilter::Verdict::Accepted) {
            ++m_stats.rejected;
            if (m_stats.rejected <= 20 || m_stats.rejected % 1000 == 0)
                Q_EMIT event(tr("Tick for %1 dropped: %2").arg(QString::fromStdString(t.asset), verdictText(v)));
            continue;
        }
        ++m_stats.accepted;
        any = true;
        // prices are states, not events: a newer tick replaces one the worker has not taken yet
        // (recentring pools is path-independent), so a flood costs neither memory nor latency
        if (a < 0 || a >= m_latest.size()) continue;
        if (m_waiting[a]) ++m_stats.superseded;
        else m_waiting[a] = 1, m_waitingAssets.push_back(a);
        m_latest[a] = t;
    }
    if (!any) return;
    dispatch();
    if (!m_publish->isActive()) m_publish->start();
}

} // namespace ballast::ui
