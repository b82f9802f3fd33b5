// `ballast-cli watch` under load (docs/FEED.md, BENCHMARKS.md): a WebSocket server on loopback
// sends single-tick messages in Ballast's format at a set rate to a watch on a book, with one
// summary a second, and reads the watch's own summaries (ticks it received a second, the longest
// a tick waited to be applied) and its resident memory each second.
//
//   watch_load BALLAST_CLI BOOK [--rate 25000] [--seconds 60]
//
// Prints one line a second (sent, the watch's rate, lag, RSS) and at the end the median rate, the
// ticks sent and received, and the RSS at 10 s, at the end and at its highest. The sender keeps
// to its rate in 1 ms slices and never waits for the watch: what the watch cannot take piles up in
// the socket and shows as a lower rate and a growing lag.
#include "bookio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

long rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

double median(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: watch_load BALLAST_CLI BOOK [--rate 25000] [--seconds 60]\n");
        return 2;
    }
    const QString cli = args[1], bookPath = args[2];
    double rate = 25000;
    int seconds = 60;
    for (int i = 3; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--rate"))
            rate = args[i + 1].toDouble();
        else if (args[i] == QStringLiteral("--seconds"))
            seconds = args[i + 1].toInt();
    }
    // the book's tradable assets and their prices: the ticks walk around them
    const auto loaded = ballast::app::loadBook(bookPath.toStdString());
    if (!loaded) {
        std::fprintf(stderr, "watch_load: cannot open %s\n", qPrintable(bookPath));
        return 2;
    }
    struct Walk
    {
        std::string id;
        double price;
        long long seq = 0;
    };
    std::vector<Walk> walks;
    for (const ballast::Asset& a : loaded->assets)
        if (a.kind != ballast::AssetKind::InventoryToken && a.kind != ballast::AssetKind::InvoiceToken &&
            a.price > 0)
            walks.push_back({a.id, a.price});
    if (walks.empty()) {
        std::fprintf(stderr, "watch_load: the book has no priced asset\n");
        return 2;
    }

    QWebSocketServer server(QStringLiteral("load"), QWebSocketServer::NonSecureMode);
    if (!server.listen(QHostAddress::LocalHost, 0)) return 1;
    QWebSocket* peer = nullptr;
    QObject::connect(&server, &QWebSocketServer::newConnection, &app,
                     [&] { peer = server.nextPendingConnection(); });

    QProcess watch;
    watch.setProgram(cli);
    watch.setArguments({QStringLiteral("watch"), bookPath, QStringLiteral("--feed"),
                        QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()),
                        QStringLiteral("--every"), QStringLiteral("1s")});
    watch.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QTimer sender;
    std::vector<double> rates, lags;
    std::vector<long> rss;
    long long received = 0, sent = 0;
    QObject::connect(&watch, &QProcess::readyReadStandardOutput, &app, [&] {
        while (watch.canReadLine()) {
            const nlohmann::json j = nlohmann::json::parse(watch.readLine().toStdString(), nullptr, false);
            if (j.is_discarded() || j.value("type", "") != "summary") continue;
            received = j.value("ticksReceived", 0LL);
            const double r = j.value("ticksPerSecond", 0.0), lag = j.value("lagMs", 0.0);
            const long kb = rssKb(watch.processId());
            if (sent > 0 && sender.isActive()) rates.push_back(r), lags.push_back(lag), rss.push_back(kb);
            std::printf("t=%3zus  sent %9lld  watch %8.0f ticks/s  lag %7.1f ms  RSS %6.1f MB\n",
                        rates.size(), sent, r, lag, kb / 1024.0);
            std::fflush(stdout);
        }
    });
    watch.start();

    std::mt19937_64 rng(7);
    std::normal_distribution<double> step(0, 0.001);
    QElapsedTimer clock;
    sender.setInterval(1);
    size_t next = 0;
    QObject::connect(&sender, &QTimer::timeout, &app, [&] {
        if (!peer) return;
        if (!clock.isValid()) clock.start();
        const long long due = static_cast<long long>(clock.nsecsElapsed() / 1e9 * rate);
        for (; sent < due; ++sent) {
            Walk& w = walks[next++ % walks.size()];
            w.price *= 1 + step(rng);
            peer->sendTextMessage(QStringLiteral(R"({"type":"tick","asset":"%1","price":%2,"seq":%3})")
                                      .arg(QString::fromStdString(w.id))
                                      .arg(w.price, 0, 'g', 10)
                                      .arg(++w.seq));
        }
        if (clock.elapsed() >= seconds * 1000LL) {
            sender.stop();
            QTimer::singleShot(1500, &app, [&] { watch.terminate(); });
        }
    });
    sender.start();
    QObject::connect(&watch, &QProcess::finished, &app, [&] { app.quit(); });
    app.exec();

    if (rates.size() > 1)
        rates.erase(rates.begin()), lags.erase(lags.begin()),
            rss.erase(rss.begin()); // the first second is partial
    const long at10 = rss.size() > 10 ? rss[9] : (rss.empty() ? -1 : rss.front());
    std::printf("\nbook %s (%zu priced assets), %d s at %.0f ticks/s asked\n", qPrintable(bookPath),
                walks.size(), seconds, rate);
    std::printf("sent %lld, the watch received %lld\n", sent, received);
    std::printf("median %.0f ticks/s (min %.0f), median lag %.1f ms (max %.1f)\n", median(rates),
                rates.empty() ? 0.0 : *std::min_element(rates.begin(), rates.end()), median(lags),
                lags.empty() ? 0.0 : *std::max_element(lags.begin(), lags.end()));
    std::printf("RSS at 10 s %.1f MB, at the end %.1f MB, highest %.1f MB\n", at10 / 1024.0,
                rss.empty() ? -1.0 : rss.back() / 1024.0,
                rss.empty() ? -1.0 : *std::max_element(rss.begin(), rss.end()) / 1024.0);
    return 0;
}
