#include "feed/feedsources.h"

#include "csv_io.h"
#include "issuetext.h"
#include "json_io.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>

namespace ballast::ui {

// ---- simulated market ---------------------------------------------------------------------------

SimulatedFeed::SimulatedFeed(std::shared_ptr<const Book> book, double hz, std::uint64_t seed, QObject* parent)
    : FeedSource(parent), m_book(std::move(book)), m_market(*m_book, seed), m_timer(new QTimer(this))
{
    m_timer->setInterval(std::max(1, static_cast<int>(std::lround(1000.0 / std::max(0.1, hz)))));
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const auto t = step();
        if (!t.isEmpty()) Q_EMIT ticks(t);
    });
}

QVector<FeedTick> SimulatedFeed::step()
{
    const std::vector<FeedTick> t = m_market.step();
    return QVector<FeedTick>(t.begin(), t.end());
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
            Q_EMIT finished();
            return;
        }
        // every row with the same time goes in one batch
        QVector<FeedTick> batch;
        const auto time = m_rows[m_next].time;
        while (m_next < m_rows.size() && m_rows[m_next].time == time)
            batch.push_back(m_rows[m_next++]);
        Q_EMIT ticks(batch);
    });
}

void CsvReplayFeed::start()
{
    const auto text = readTextFile(m_path.toStdString(), 256u << 20);
    if (!text) {
        Q_EMIT event(issueLine(text.issues().front()));
        Q_EMIT state(tr("CSV replay: cannot read the file"), false);
        Q_EMIT failed(QString::fromStdString(text.issues().front().toString()));
        return;
    }
    const auto series = parsePriceCsv(text.value(), m_path.toStdString());
    if (!series) {
        Q_EMIT event(issueLine(series.issues().front()));
        Q_EMIT state(tr("CSV replay: malformed file"), false);
        Q_EMIT failed(QString::fromStdString(series.issues().front().toString()));
        return;
    }
    m_rows = replayTicks(series.value());
    m_next = 0;
    m_timer->start();
    Q_EMIT state(tr("CSV replay %1 · %2 rows").arg(QFileInfo(m_path).fileName()).arg(m_rows.size()), true);
}

void CsvReplayFeed::stop()
{
    m_timer->stop();
    Q_EMIT state(tr("Feed stopped"), false);
}

// ---- WebSocket ----------------------------------------------------------------------------------

WebSocketFeed::WebSocketFeed(QUrl url, QObject* parent)
    : FeedSource(parent), m_url(std::move(url)),
      m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this)),
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
        if (!m_subscription.isEmpty()) m_socket->sendTextMessage(QString::fromUtf8(m_subscription));
        Q_EMIT state(tr("Connected to %1").arg(m_url.toString()), true);
        Q_EMIT event(tr("Feed connected: %1").arg(m_url.toString()));
        Q_EMIT connected();
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_running) return;
        const QString why =
            m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason();
        Q_EMIT state(tr("Disconnected — retrying in %1 s").arg(m_backoffMs / 1000), false);
        Q_EMIT event(tr("Feed disconnected (%1); reconnecting in %2 s").arg(why).arg(m_backoffMs / 1000));
        Q_EMIT disconnected(why, m_backoffMs / 1000);
        scheduleReconnect();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString& text) { Q_EMIT rawMessage(text.toUtf8()); });
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

FeedSource* makeFeedSource(const std::string& f, FeedFormat format, std::shared_ptr<const Book> book,
                           double rate, QObject* parent, std::string* error)
{
    auto bad = [error](std::string why) -> FeedSource* {
        if (error) *error = std::move(why);
        return nullptr;
    };
    if (!book) return bad("no book to feed");
    if (f == "sim" || f.starts_with("sim:")) {
        std::uint64_t seed = 42;
        if (f.size() > 4 || f == "sim:") {
            const std::string s = f.substr(4);
            if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 19)
                return bad("--feed sim:SEED takes a whole number as its seed");
            seed = std::stoull(s);
        }
        return new SimulatedFeed(std::move(book), rate, seed, parent);
    }
    if (f.starts_with("ws://") || f.starts_with("wss://")) {
        const QUrl url(QString::fromStdString(f));
        if (!url.isValid() || url.host().isEmpty()) return bad("--feed " + f + ": not a WebSocket URL");
        auto* ws = new WebSocketFeed(url, parent);
        ws->setSubscription(QByteArray::fromStdString(feedSubscription(format, book->settings.feedSymbols)));
        return ws;
    }
    if (format != FeedFormat::Ballast) return bad("--format applies to WebSocket feeds (ws:// or wss://)");
    if (!QFile::exists(QString::fromStdString(f)))
        return bad("--feed " + f +
                   ": no such file (a source is sim[:seed], a prices CSV or a ws:// / wss:// URL)");
    return new CsvReplayFeed(QString::fromStdString(f), rate, parent);
}

} // namespace ballast::ui
