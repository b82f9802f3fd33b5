// ballast: the desk. With no display (no DISPLAY/WAYLAND_DISPLAY) it renders the window offscreen
// to a PNG, prints an exposure summary and says where the picture is.

#include "bookio.h"
#include "mainwindow.h"
#include "models/positionsmodel.h"
#include "theme.h"
#include "widgets/kpistrip.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

bool haveDisplay()
{
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform) return std::string(platform) != "offscreen" && std::string(platform) != "minimal";
    return (std::getenv("DISPLAY") && *std::getenv("DISPLAY")) || (std::getenv("WAYLAND_DISPLAY") && *std::getenv("WAYLAND_DISPLAY"));
}

void printSummary(const ballast::ui::MainWindow& w, const QString& png)
{
    using namespace ballast::ui;
    const auto engine = w.engine();
    if (!engine) return;
    const auto& t = engine->result().totals;
    const auto& b = engine->book();
    std::printf("Ballast — %s (as of %s)\n", b.meta.name.c_str(), ballast::formatIsoTime(b.meta.asOf).c_str());
    std::printf("  %zu positions, %zu loans, %zu nodes, %zu pools, %zu scenarios\n", b.positions.size(), b.loans.size(),
                b.nodes.size(), b.pools.size(), b.scenarios.size());
    std::printf("  exposure %s  exit value %s  debt %s  coverage %.2fx\n", qPrintable(formatMoney(t.marketValue)),
                qPrintable(formatMoney(t.exitValue)), qPrintable(formatMoney(t.debtValue)), t.collateralCoverage);
    std::printf("  min health factor %s  loans at risk %d\n", qPrintable(formatHealth(t.minHealthFactor)), t.loansAtRisk);
    if (!png.isEmpty()) std::printf("The desk was rendered to %s\n", qPrintable(QFileInfo(png).absoluteFilePath()));
}

} // namespace

int main(int argc, char** argv)
{
    const bool display = haveDisplay();
    if (!display) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ballast"));
    QApplication::setOrganizationName(QStringLiteral("Ballast"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ballast — risk cockpit for supply-chain finance on tokenized collateral"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption bookOpt(QStringLiteral("book"), QStringLiteral("Book to open (.ballast, .json); default: the demo book."),
                               QStringLiteral("FILE"), QStringLiteral("demo"));
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Render the desk to FILE.png and exit."),
                               QStringLiteral("FILE"));
    QCommandLineOption viewOpt(QStringLiteral("view"), QStringLiteral("View for --screenshot: positions, loans."),
                               QStringLiteral("NAME"), QStringLiteral("positions"));
    QCommandLineOption scenarioOpt(QStringLiteral("scenario"), QStringLiteral("Scenario to show in the what-if view."),
                                   QStringLiteral("ID"));
    QCommandLineOption lightOpt(QStringLiteral("light"), QStringLiteral("Light theme."));
    parser.addOptions({bookOpt, shotOpt, viewOpt, scenarioOpt, lightOpt});
    parser.process(app);

    ballast::ui::applyTheme(app, parser.isSet(lightOpt) ? ballast::ui::Theme::Light : ballast::ui::Theme::Dark);
    QString screenshot = parser.value(shotOpt);
    if (!display && screenshot.isEmpty()) screenshot = QStringLiteral("ballast-desk.png");

    ballast::ui::BookIo io{[](const std::string& p) { return ballast::app::loadBook(p); },
                           [](const std::string& p, const ballast::Book& b) { return ballast::app::saveBook(p, b); }};
    ballast::ui::MainWindow w(io);
    w.resize(1600, 1000);
    int exitCode = 0;
    if (!screenshot.isEmpty()) {
        QObject::connect(&w, &ballast::ui::MainWindow::bookLoaded, &app, [&](bool ok) {
            if (!ok) {
                exitCode = 2;
                app.quit();
                return;
            }
            QTimer::singleShot(50, &app, [&] {
                const QPixmap pixmap = w.grab();
                if (!pixmap.save(screenshot)) {
                    std::fprintf(stderr, "ballast: cannot write %s\n", qPrintable(screenshot));
                    exitCode = 1;
                }
                printSummary(w, exitCode == 0 ? screenshot : QString());
                app.quit();
            });
        });
    }
    w.show();
    w.openBook(parser.value(bookOpt));
    const int rc = app.exec();
    return screenshot.isEmpty() ? rc : exitCode;
}
