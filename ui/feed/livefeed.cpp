#include "livefeed.h"

#include "csv_io.h"
#include "hugepages.h"
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


// ---- worker -------------------------------------------------------------------------------------

LiveEngine::LiveEngine(EngineSnapshot start) : m_start(std::move(start)) {}

ExposureEngine& LiveEngine::engine()
{
    if (!m_engine) {
        m_engine = std::make_shared<ExposureEngine>(*m_start);
        m_start.reset();
    }
    return *m_engine;
}

bool LiveEngine::event(QEvent* e)
{
    handoff::inWorker(); // first: even the event's type was written before the sender's release
    return runQueuedCall(e) || QObject::event(e);
}

void LiveEngine::applyTicks(const QVector<QPair<int, FeedTick>>& ticks)
{
    QElapsedTimer t;
    t.start();
    m_batch.clear();
    for (const auto& [asset, tick] : ticks) // an oracle's update (no market price) leaves the market where it is
        m_batch.push_back({asset, std::isnan(tick.price) ? engine().marketPrice(asset) : tick.price, tick.oracle});
    engine().setPrices(m_batch); // what the ticks move, recomputed once for the batch
    m_applyMs += t.nsecsElapsed() / 1e6;
    m_pending += static_cast<int>(ticks.size());
    m_dirty = m_dirty || !ticks.isEmpty();
    if (onApplied) onApplied();
}

EngineSnapshot LiveEngine::snapshot()
{
    std::unique_ptr<ExposureEngine> copy;
    {
        std::lock_guard<std::mutex> hold(m_handoff->lock);
        if (!m_handoff->spares.empty()) copy = std::move(m_handoff->spares.back()), m_handoff->spares.pop_back();
        m_handoff->undelivered = true;
    }
    if (copy) {
        *copy = engine(); // the same engine as a fresh copy, in memory already paged in
    } else {
        const PlainPagesHere plain; // the desk's memory is fragmented by now: huge pages are dear
        copy = std::make_unique<ExposureEngine>(engine());
    }
    copy->refreshAlerts(); // here, on the worker: the alerts view merges, it does not scan
    // when the views let go of it (on the GUI thread), it is kept for a next snapshot (up to
    // kSpares of them; the rest are freed, as are the spares with the worker)
    const std::weak_ptr<Handoff> handoff = m_handoff;
    return EngineSnapshot(copy.release(), [handoff](const ExposureEngine* done) {
        std::unique_ptr<ExposureEngine> e(const_cast<ExposureEngine*>(done));
        if (const auto h = handoff.lock()) {
            std::lock_guard<std::mutex> hold(h->lock);
            if (h->spares.size() < Handoff::kSpares) h->spares.push_back(std::move(e));
        }
    });
}

void LiveEngine::publishIfDirty()
{
    if (!m_dirty) return;
    {
        // the views have not taken the last one yet (a GUI thread busy painting a big book): a newer
        // snapshot would only replace it unseen, and need memory of its own while both are alive
        std::lock_guard<std::mutex> hold(m_handoff->lock);
        if (m_handoff->undelivered) return; // stays dirty: the next timer
    }
    // On a big book a snapshot is dear (the stress book: a copy of 50 ms and a max-flow of 100 ms
    // against ticks of a few): neither may take the worker's time from the ticks. A copy dearer
    // than a quarter of the publish interval waits until four times its cost has passed since the
    // last; flows dearer than a tenth of it are refreshed once ten times their cost has (the stress
    // book: about once a second). On the desk book both cost a millisecond or less: every snapshot,
    // with flows at its prices.
    const bool dearCopy = 4 * m_copyMs > kPublishMs, dearFlows = 10 * m_refreshMs > kPublishMs;
    if (dearCopy && m_sincePublish.elapsed() < 4 * m_copyMs) return; // stays dirty: the next timer
    if (engine().networkStale() && (!dearFlows || m_sinceRefresh.elapsed() >= 10 * m_refreshMs)) {
        QElapsedTimer t;
        t.start();
        engine().refreshNetwork();
        m_refreshMs = t.nsecsElapsed() / 1e6;
        m_sinceRefresh.start();
    }
    m_dirty = false;
    QElapsedTimer t;
    t.start();
    EngineSnapshot snapshot = this->snapshot();
    m_copyMs = t.nsecsElapsed() / 1e6;
    m_sincePublish.start();
    if (onSnapshot) onSnapshot(std::move(snapshot), m_applyMs, m_pending);
    m_applyMs = 0;
    m_pending = 0;
}

// ---- controller ---------------------------------------------------------------------------------

FeedController::FeedController(DeskState* desk, QObject* parent)
    : QObject(parent), m_desk(desk), m_publish(new QTimer(this)), m_rateTimer(new QTimer(this))
{
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, [this] {
        m_rate = static_cast<double>(m_stats.accepted - m_acceptedAtRate);
        m_acceptedAtRate = m_stats.accepted;
        sayState();
    });
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
    m_worker = new LiveEngine(current);
    // what a worker posts after it was replaced (a new book, a restart) is dropped by generation;
    // its hand-off weakly: the spare snapshots go with the worker, on its thread
    struct Route
    {
        QPointer<FeedController> self;
        int generation;
        std::weak_ptr<LiveEngine::Handoff> handoff;
        FeedController* current() const { return self && generation == self->m_generation ? self.data() : nullptr; }
    };
    const auto route = std::make_shared<const Route>(Route{this, ++m_generation, m_worker->handoff()});
    m_worker->onSnapshot = [route](EngineSnapshot e, double applyMs, int n) {
        postToGui([route, e = std::move(e), applyMs, n]() mutable {
            if (FeedController* self = route->current()) {
                ++self->m_stats.snapshots;
                self->m_stats.lastApplyMs = n > 0 ? applyMs / n : 0;
                self->m_stats.maxApplyMs = std::max(self->m_stats.maxApplyMs, self->m_stats.lastApplyMs);
                self->m_desk->setExposure(std::move(e));
            }
            if (const auto h = route->handoff.lock()) h->delivered(); // the views have it: the worker may publish again
        });
    };
    m_worker->onApplied = [route] {
        postToGui([route] {
            FeedController* self = route->current();
            if (!self) return;
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
    connect(source, &FeedSource::state, this, [this](const QString& text, bool connected) {
        m_stateText = text;
        m_connected = connected;
        sayState();
    });
    connect(source, &FeedSource::event, this, &FeedController::event);
    m_stats = {};
    m_malformedLogged = 0;
    m_acceptedAtRate = 0;
    m_rate = 0;
    m_publish->start();
    m_rateTimer->start();
    Q_EMIT event(tr("Feed started: %1").arg(source->name()));
    source->start();
}

void FeedController::sayState()
{
    if (!m_source) return;
    // the source's own words, then what arrives: "Connected to ws://… · 20 ticks/s"
    Q_EMIT stateChanged(m_stateText.isEmpty() ? m_source->name() : m_stateText + QStringLiteral(" · ") + tr("%1 ticks/s").arg(qRound(m_rate)),
                        m_connected);
}

void FeedController::stop()
{
    m_publish->stop();
    m_rateTimer->stop();
    m_rate = 0;
    m_stateText.clear();
    m_connected = false;
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
    const BookPtr book = m_desk->book();
    static const std::map<std::string, std::string> none;
    const FeedMessage m = parseFeedMessage(std::string_view(text.constData(), static_cast<size_t>(text.size())), m_format,
                                           book ? book->settings.feedSymbols : none);
    if (m.kind == FeedMessage::Kind::Invalid) {
        ++m_stats.malformed;
        // a flood of bad messages must not flood the log: the first 20, then every 1000th
        if (++m_malformedLogged <= 20 || m_malformedLogged % 1000 == 0)
            Q_EMIT event(tr("Malformed feed message dropped (%1): %2").arg(m_malformedLogged).arg(QString::fromStdString(m.error)));
        return;
    }
    if (m.kind != FeedMessage::Kind::Ticks) return; // a heartbeat, a subscription's confirmation
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
