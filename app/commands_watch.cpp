// ballast-cli watch: the desk's live engine without a screen (docs/FEED.md, "Watching from a
// server"). A feed's ticks go through the desk's FeedFilter into the incremental ExposureEngine;
// every alert raised, escalated, eased or cleared, every rejected message or tick (rate-limited as
// in the desk), the feed's connection and a periodic summary are printed as one JSON object per
// line. --until or SIGINT/SIGTERM end it with a last summary and exit status 0.
#include "alerts.h"
#include "bookio.h"
#include "commands.h"
#include "exposure.h"
#include "feed.h"
#include "feed/feedsources.h"
#include "storage.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <optional>

namespace ballast::app {

namespace {

using nlohmann::json;
using ui::FeedSource;
using ui::makeFeedSource;

volatile std::sig_atomic_t g_signal = 0;
extern "C" void onSignal(int s)
{
    g_signal = s;
}

/// "250ms", "5s", "2m", "1h" in milliseconds; nothing when it is not such a duration.
std::optional<long long> durationMs(const std::string& s)
{
    struct Unit
    {
        const char* suffix;
        long long ms;
    };
    for (const Unit& u : {Unit{"ms", 1}, Unit{"s", 1000}, Unit{"m", 60000}, Unit{"h", 3600000}}) {
        const std::string suffix = u.suffix;
        if (s.size() <= suffix.size() || s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string number = s.substr(0, s.size() - suffix.size());
        if (number.find_first_not_of("0123456789.") != std::string::npos) return std::nullopt;
        try {
            const double v = std::stod(number);
            if (!(v > 0) || v > 1e9) return std::nullopt;
            return static_cast<long long>(v * static_cast<double>(u.ms));
        } catch (...) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

/// When a watch ends: after a duration, a number of accepted ticks, or at a wall-clock time.
struct Until
{
    std::optional<long long> ms, ticks;
    std::optional<Seconds> at;
};

std::optional<Until> parseUntil(const std::string& s)
{
    Until u;
    if (s.empty()) return u;
    for (const char* suffix : {"ticks", "t"}) {
        const std::string x = suffix;
        if (s.size() > x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0) {
            const std::string n = s.substr(0, s.size() - x.size());
            if (!n.empty() && n.find_first_not_of("0123456789") == std::string::npos && n.size() < 16) {
                u.ticks = std::stoll(n);
                return u;
            }
        }
    }
    if (const auto ms = durationMs(s)) {
        u.ms = *ms;
        return u;
    }
    if (const auto t = parseIsoTime(s)) {
        u.at = *t;
        return u;
    }
    return std::nullopt;
}

std::string now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

class Watcher final : public QObject
{
  public:
    Watcher(std::shared_ptr<const Book> book, const CommandLine& cl, FeedFormat format, Until until,
            long long everyMs)
        : m_book(std::move(book)), m_engine(m_book), m_filter(*m_book), m_cl(cl), m_format(format),
          m_until(until), m_everyMs(everyMs)
    {
        m_latest.resize(m_book->assets.size());
        m_waiting.assign(m_book->assets.size(), 0);
    }

    /// Starts the feed and runs until the end; the exit status.
    int run()
    {
        m_engine.compute();
        std::vector<AlertCondition> atStart;
        for (const AlertEvent& e : m_alerts.update(*m_book, m_engine.result()))
            atStart.push_back(e.condition);
        line({{"type", "start"},
              {"book", m_book->meta.name},
              {"source", m_cl.feed},
              {"format", toString(m_format)},
              {"everySeconds", m_everyMs / 1000.0},
              {"alertsActive", m_alerts.active()}});
        for (const AlertCondition& c : atStart)
            alertLine("active", c); // what holds at the start, said once
        FeedSource* source = makeSource();
        if (!source) return kExitBadInput;
        m_source = source;
        connect(source, &FeedSource::ticks, this, [this](const QVector<FeedTick>& t) { accept(t); });
        connect(source, &FeedSource::rawMessage, this, &Watcher::onRaw);
        connect(source, &FeedSource::connected, this, [this] {
            line({{"type", "feed"}, {"state", "connected"}, {"source", m_cl.feed}});
        });
        connect(source, &FeedSource::disconnected, this, [this](const QString& why, int retry) {
            line({{"type", "feed"},
                  {"state", "disconnected"},
                  {"reason", why.toStdString()},
                  {"retryInSeconds", retry}});
        });
        connect(source, &FeedSource::finished, this, [this] { finish("feed finished"); });
        connect(source, &FeedSource::failed, this, [this](const QString& why) {
            line({{"type", "feed"}, {"state", "failed"}, {"reason", why.toStdString()}});
            m_exit = kExitBadInput;
            finish("feed failed");
        });
        auto every = [this](int ms, auto fn) {
            auto* t = new QTimer(this);
            t->setInterval(ms);
            connect(t, &QTimer::timeout, this, fn);
            t->start();
        };
        every(static_cast<int>(m_everyMs), [this] { summary(); });
        every(50, [this] { // signals, the clock's end
            if (g_signal) finish(g_signal == SIGINT ? "interrupted (SIGINT)" : "terminated (SIGTERM)");
            if (m_until.ms && m_clock.elapsed() >= *m_until.ms) finish("until");
            if (m_until.at && QDateTime::currentSecsSinceEpoch() >= *m_until.at) finish("until");
        });
        if (!m_cl.record.empty()) every(1000, [this] { flushRecord(); });
        m_apply.setSingleShot(true);
        connect(&m_apply, &QTimer::timeout, this, &Watcher::apply);
        m_evaluate.setSingleShot(true);
        connect(&m_evaluate, &QTimer::timeout, this, &Watcher::evaluate);
        m_clock.start();
        m_sinceSummary.start();
        m_sinceEvaluation.start();
        if (!m_cl.feed.starts_with("ws"))
            line({{"type", "feed"}, {"state", "started"}, {"source", m_cl.feed}});
        source->start();
        if (!m_finished) QCoreApplication::exec();
        return m_exit;
    }

  private:
    FeedSource* makeSource()
    {
        std::string why;
        FeedSource* source = makeFeedSource(m_cl.feed, m_format, m_book, m_cl.hz, this, &why);
        if (!source) std::fprintf(stderr, "watch: %s\n", why.c_str());
        return source;
    }

    void line(json j)
    {
        j["time"] = now();
        const std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
    }

    /// A rejected message or tick, as the desk logs them: the first 20, then every 1000th.
    void rejected(json j)
    {
        if (++m_rejectedSaid > 20 && m_rejectedSaid % 1000 != 0) return;
        j["type"] = "rejected";
        j["count"] = m_rejectedSaid;
        line(std::move(j));
    }

    void onRaw(const QByteArray& text)
    {
        const FeedMessage m =
            parseFeedMessage(std::string_view(text.constData(), static_cast<size_t>(text.size())), m_format,
                             m_book->settings.feedSymbols);
        if (m.kind == FeedMessage::Kind::Invalid) {
            ++m_malformed;
            rejected({{"what", "message"}, {"reason", m.error}});
            return;
        }
        if (m.kind == FeedMessage::Kind::Ticks) accept(QVector<FeedTick>(m.ticks.begin(), m.ticks.end()));
    }

    /// Every tick through the filter (it must see them all, in order); the latest accepted one per
    /// asset waits for the next application, which comes once the messages at hand are read.
    void accept(const QVector<FeedTick>& ticks)
    {
        if (m_finished) return;
        if (!m_oldestWaiting.isValid()) m_oldestWaiting.start();
        for (const FeedTick& t : ticks) {
            ++m_received;
            int a = -1;
            const FeedFilter::Verdict v = m_filter.check(t, &a);
            if (v != FeedFilter::Verdict::Accepted) {
                ++m_rejectedTicks;
                json j{{"what", "tick"}, {"asset", t.asset}, {"reason", FeedFilter::verdictName(v)}};
                if (t.seq) j["seq"] = *t.seq;
                rejected(std::move(j));
                continue;
            }
            ++m_accepted;
            if (m_waiting[a])
                ++m_superseded;
            else
                m_waiting[a] = 1, m_waitingAssets.push_back(a);
            m_latest[a] = t;
            if (!m_cl.record.empty()) {
                const double market = std::isnan(t.price) ? m_engine.marketPrice(a) : t.price;
                m_record.push_back(
                    {t.time.value_or(QDateTime::currentSecsSinceEpoch()), t.asset, market, t.oracle});
            }
            if (m_until.ticks && m_accepted >= *m_until.ticks) break;
        }
        if (!m_apply.isActive()) m_apply.start(0);
        if (m_until.ticks && m_accepted >= *m_until.ticks) {
            apply();
            finish("until");
        }
    }

    void apply()
    {
        if (m_waitingAssets.empty()) return;
        m_batch.clear();
        for (int a : m_waitingAssets) { // an oracle's update (no market price) leaves the market where it is
            const FeedTick& t = m_latest[a];
            m_batch.push_back({a, std::isnan(t.price) ? m_engine.marketPrice(a) : t.price, t.oracle});
            m_waiting[a] = 0;
            ++m_applied;
        }
        m_engine.setPrices(m_batch);
        m_waitingAssets.clear();
        m_lagMs = std::max(m_lagMs, m_oldestWaiting.nsecsElapsed() / 1e6);
        m_oldestWaiting.invalidate();
        // alerts at most every 50 ms, as the desk's snapshots
        if (m_sinceEvaluation.elapsed() >= 50)
            evaluate();
        else if (!m_evaluate.isActive())
            m_evaluate.start(static_cast<int>(50 - m_sinceEvaluation.elapsed()));
    }

    void evaluate()
    {
        m_sinceEvaluation.restart();
        for (const AlertEvent& e : m_alerts.update(*m_book, m_engine.result()))
            alertLine(toString(e.change), e.condition);
    }

    void alertLine(const char* change, const AlertCondition& c)
    {
        using K = AlertCondition::Kind;
        json j{{"type", "alert"},
               {"change", change},
               {"kind", toString(c.kind)},
               {"severity", c.critical ? "critical" : "warning"}};
        switch (c.kind) {
        case K::Health: {
            const Loan& loan = m_book->loans[c.index];
            j["loan"] = loan.id;
            if (loan.borrowerIx >= 0) j["borrower"] = m_book->nodes[loan.borrowerIx].id;
            j["healthFactor"] = c.value;
            break;
        }
        case K::OracleDeviation:
            j["asset"] = m_book->assets[c.index].id, j["deviation"] = c.value;
            break;
        case K::OracleStale:
            j["asset"] = m_book->assets[c.index].id, j["ageSeconds"] = c.value;
            break;
        case K::AttestationOverdue:
            j["asset"] = m_book->assets[c.index].id, j["ageHours"] = c.value;
            break;
        case K::Utilisation:
            j["pool"] = m_book->pools[c.index].id, j["utilisation"] = c.value;
            break;
        }
        line(std::move(j));
    }

    void summary()
    {
        const Totals& t = m_engine.result().totals;
        const double seconds = std::max(1e-3, m_sinceSummary.nsecsElapsed() / 1e9);
        line({{"type", "summary"},
              {"exposure", t.marketValue},
              {"exitValue", t.exitValue},
              {"debt", t.debtValue},
              {"minHealthFactor", std::isfinite(t.minHealthFactor) ? json(t.minHealthFactor) : json(nullptr)},
              {"loansAtRisk", t.loansAtRisk},
              {"alertsActive", m_alerts.active()},
              {"ticksReceived", m_received},
              {"ticksAccepted", m_accepted},
              {"ticksApplied", m_applied},
              {"ticksSuperseded", m_superseded},
              {"ticksRejected", m_rejectedTicks},
              {"messagesMalformed", m_malformed},
              {"ticksPerSecond", (m_received - m_receivedAtSummary) / seconds},
              {"lagMs", m_lagMs},
              {"recorded", m_recorded}});
        m_receivedAtSummary = m_received;
        m_lagMs = 0;
        m_sinceSummary.restart();
    }

    /// Appends the accepted ticks to the workbook's tick history, one transaction a batch: a kill
    /// loses at most the batch in hand, never the workbook.
    void flushRecord()
    {
        if (m_record.empty()) return;
        const Issues issues = addTicks(m_cl.record, m_record);
        if (!issues.empty()) {
            line({{"type", "record"}, {"state", "failed"}, {"reason", issues.front().toString()}});
            m_exit = kExitFailure;
            m_cl.record.clear(); // stop trying: the watch goes on
            m_record.clear();
            return;
        }
        m_recorded += static_cast<long long>(m_record.size());
        m_record.clear();
    }

    void finish(const char* reason)
    {
        if (m_finished) return;
        m_finished = true;
        apply();
        evaluate();
        if (m_source) m_source->stop();
        if (!m_cl.record.empty()) flushRecord();
        summary();
        line({{"type", "end"},
              {"reason", reason},
              {"ticksAccepted", m_accepted},
              {"seconds", m_clock.elapsed() / 1000.0}});
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }

    std::shared_ptr<const Book> m_book;
    ExposureEngine m_engine;
    FeedFilter m_filter;
    CommandLine m_cl;
    FeedFormat m_format;
    Until m_until;
    long long m_everyMs;
    AlertTracker m_alerts;
    FeedSource* m_source = nullptr;
    QTimer m_apply, m_evaluate;
    QElapsedTimer m_clock, m_sinceSummary, m_sinceEvaluation, m_oldestWaiting;
    std::vector<FeedTick> m_latest; // per asset: the latest accepted tick not applied yet
    std::vector<char> m_waiting;
    std::vector<int> m_waitingAssets;
    std::vector<ExposureEngine::PriceTick> m_batch; // the waiting ticks, applied as one
    std::vector<TickRecord> m_record;
    long long m_received = 0, m_accepted = 0, m_applied = 0, m_superseded = 0, m_rejectedTicks = 0,
              m_malformed = 0;
    long long m_rejectedSaid = 0, m_receivedAtSummary = 0, m_recorded = 0;
    double m_lagMs = 0;
    bool m_finished = false;
    int m_exit = kExitOk;
};

} // namespace

int cmdWatch(CommandLine& cl)
{
    const auto format = feedFormatFromString(cl.format);
    if (!format) {
        std::fprintf(stderr, "watch: --format must be ballast, coinbase or pyth\n");
        return kExitBadInput;
    }
    const auto until = parseUntil(cl.until);
    if (!until) {
        std::fprintf(
            stderr,
            "watch: --until takes a duration (90s, 10m, 2h), a tick count (5000ticks) or an ISO time\n");
        return kExitBadInput;
    }
    const auto every = durationMs(cl.every);
    if (!every || *every < 100) {
        std::fprintf(stderr, "watch: --every takes a duration of 100ms or more (5s, 1m)\n");
        return kExitBadInput;
    }
    if (!(cl.hz > 0) || cl.hz > 100000) {
        std::fprintf(stderr,
                     "watch: --rate takes ticks (sim) or rows (CSV) a second, above 0 and at most 100000\n");
        return kExitBadInput;
    }
    auto loaded = loadOrReport(cl.book);
    if (!loaded) return kExitBadInput;
    if (!cl.record.empty() && !isSqliteFile(cl.record)) {
        std::fprintf(stderr,
                     "watch: --record %s: not a .ballast workbook (ballast-cli import BOOK -o FILE.ballast "
                     "makes one)\n",
                     cl.record.c_str());
        return kExitBadInput;
    }
    int argc = 1;
    char name[] = "ballast-cli";
    char* argv[] = {name, nullptr};
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance()) app = std::make_unique<QCoreApplication>(argc, argv);
    g_signal = 0;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    Watcher w(std::make_shared<const Book>(std::move(loaded.value())), cl, *format, *until, *every);
    const int rc = w.run();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return rc;
}

void optionsWatch(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option(
         "--feed", cl.feed,
         "sim[:SEED] (the simulated market), a prices CSV (time,asset,price), or a ws:// / wss:// URL")
        ->required();
    c.add_option("--format", cl.format,
                 "the WebSocket's messages: ballast (default), coinbase (Exchange ticker channel), pyth "
                 "(Hermes price_update)");
    c.add_option("--every", cl.every, "a summary this often (default 5s)");
    c.add_option("--until", cl.until,
                 "end after a duration (10m), a number of accepted ticks (5000ticks) or at an ISO time; else "
                 "at SIGINT/SIGTERM");
    c.add_option("--rate", cl.hz,
                 "ticks a second of the simulated market, rows a second of a CSV replay (default 20)");
    c.add_option("--record", cl.record,
                 "append the accepted ticks to this workbook's tick history (once a second)");
}

} // namespace ballast::app
