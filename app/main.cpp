// ballast: the desk. With no display (no DISPLAY/WAYLAND_DISPLAY) it renders the window offscreen
// to a PNG, prints an exposure summary and says where the picture is.

#include "bookio.h"
#include "feed/feedsources.h"
#include "feed/livefeed.h"
#include "mainwindow.h"
#include "report/lenderreport.h"
#include "story/storyview.h"
#include "viewid.h"
#include "format.h"
#include "theme.h"
#include "views/graphview.h"
#include "views/heatmapview.h"
#include "views/stressview.h"
#include "views/whatifview.h"
#include "widgets/kpistrip.h"

#include <QDockWidget>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <optional>

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
    std::printf("Ballast — %s (as of %s)\n", b.meta.name.c_str(), b.meta.asOf ? ballast::formatIsoTime(b.meta.asOf).c_str() : "(not set)");
    std::printf("  %zu positions, %zu loans, %zu nodes, %zu pools, %zu scenarios\n", b.positions.size(), b.loans.size(),
                b.nodes.size(), b.pools.size(), b.scenarios.size());
    std::printf("  exposure %s  exit value %s  debt %s  coverage %s\n", qPrintable(formatMoney(t.marketValue)),
                qPrintable(formatMoney(t.exitValue)), qPrintable(formatMoney(t.debtValue)),
                std::isfinite(t.collateralCoverage) ? qPrintable(QString::number(t.collateralCoverage, 'f', 2) + QStringLiteral("x")) : "- (no debt)");
    std::printf("  min health factor %s  loans at risk %d\n", qPrintable(formatHealth(t.minHealthFactor)), t.loansAtRisk);
    if (w.feed()->running())
        std::printf("  live: %s, %lld ticks accepted, %lld rejected\n", qPrintable(w.feed()->sourceName()), w.feed()->stats().accepted,
                    w.feed()->stats().rejected);
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
    QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Render to FILE.png and exit."), QStringLiteral("FILE"));
    QCommandLineOption viewOpt(QStringLiteral("view"),
                               QStringLiteral("View for --screenshot: desk (default), %1.").arg(ballast::ui::MainWindow::viewNames().join(QStringLiteral(", "))),
                               QStringLiteral("NAME"), QStringLiteral("desk"));
    QCommandLineOption scenarioOpt(QStringLiteral("scenario"), QStringLiteral("Scenario to run in the what-if view (default: the first)."),
                                   QStringLiteral("ID"));
    QCommandLineOption lightOpt(QStringLiteral("light"), QStringLiteral("Light theme."));
    QCommandLineOption presentOpt(QStringLiteral("presentation"), QStringLiteral("Presentation mode (large type, editing hidden)."));
    QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language: en, de, zh_CN (default: the one chosen in View > Language)."),
                               QStringLiteral("CODE"));
    QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Screenshot size, WIDTHxHEIGHT (default 1600x1000)."),
                               QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    QCommandLineOption reportOpt(QStringLiteral("report"),
                                 QStringLiteral("Run the scenarios (--scenario a,b,c; default: the book's first) with and without breakers and "
                                                "write the lender report to FILE.pdf, then exit."),
                                 QStringLiteral("FILE"));
    QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Paper of --report: a4 (default) or letter."), QStringLiteral("SIZE"),
                               QStringLiteral("a4"));
    QCommandLineOption mcOpt(QStringLiteral("monte-carlo"), QStringLiteral("With --report: a Monte Carlo run of N scenarios in the report."),
                             QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption linksOpt(QStringLiteral("links"),
                                QStringLiteral("The graph's links: type (default) or velocity (days in transit, value per day, the min cut)."),
                                QStringLiteral("HOW"), QStringLiteral("type"));
    QCommandLineOption storyOpt(QStringLiteral("present"), QStringLiteral("Open the story for a lender (View > Present) on --scenario."));
    QCommandLineOption stepsOpt(QStringLiteral("screenshot-steps"),
                                QStringLiteral("Render every step of the story at 1920x1080 and 1280x720 into DIR, then exit."), QStringLiteral("DIR"));
    QCommandLineOption feedOpt(QStringLiteral("feed"),
                               QStringLiteral("Start live on SOURCE: sim[:SEED] (the simulated market), a prices CSV (time,asset,price) or a "
                                              "ws:// / wss:// URL (docs/FEED.md)."),
                               QStringLiteral("SOURCE"));
    QCommandLineOption formatOpt(QStringLiteral("format"),
                                 QStringLiteral("Messages of a --feed WebSocket: ballast (default), coinbase (Exchange ticker), pyth (Hermes price_update)."),
                                 QStringLiteral("NAME"), QStringLiteral("ballast"));
    QCommandLineOption rateOpt(QStringLiteral("rate"), QStringLiteral("Ticks a second of --feed sim, rows a second of a CSV replay (default 20)."),
                               QStringLiteral("HZ"), QStringLiteral("20"));
    parser.addOptions({linksOpt, bookOpt, shotOpt, viewOpt, scenarioOpt, lightOpt, presentOpt, sizeOpt, langOpt, reportOpt, pageOpt, mcOpt, storyOpt, stepsOpt,
                       feedOpt, formatOpt, rateOpt});
    parser.process(app);

    ballast::ui::applyTheme(app, parser.isSet(lightOpt) ? ballast::ui::Theme::Light : ballast::ui::Theme::Dark);
    // translations: compiled into the executable (resources/i18n); Qt's own strings from the system
    const QString lang = parser.isSet(langOpt) ? parser.value(langOpt) : QSettings().value(QStringLiteral("language")).toString();
    QTranslator ballastTr, qtTr;
    if (!lang.isEmpty() && lang != QStringLiteral("en")) {
        if (ballastTr.load(QStringLiteral(":/i18n/ballast_") + lang + QStringLiteral(".qm"))) QApplication::installTranslator(&ballastTr);
        else std::fprintf(stderr, "ballast: no translation for '%s'; using English\n", qPrintable(lang));
        if (qtTr.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTr);
        QLocale::setDefault(QLocale(lang));
    }
    QString screenshot = parser.value(shotOpt);
    const QString report = parser.value(reportOpt);
    const QString stepsDir = parser.value(stepsOpt);
    if (!display && screenshot.isEmpty() && report.isEmpty() && stepsDir.isEmpty()) screenshot = QStringLiteral("ballast-desk.png");
    using ballast::ui::ViewId;
    const std::optional<ViewId> view = ballast::ui::viewFromKey(parser.value(viewOpt)); // nothing: the whole desk
    if (!view && parser.value(viewOpt) != QStringLiteral("desk")) {
        std::fprintf(stderr, "ballast: unknown view '%s' (desk, %s)\n", qPrintable(parser.value(viewOpt)),
                     qPrintable(ballast::ui::MainWindow::viewNames().join(QStringLiteral(", "))));
        return 2;
    }
    const auto feedFormat = ballast::feedFormatFromString(parser.value(formatOpt).toStdString());
    if (!feedFormat) {
        std::fprintf(stderr, "ballast: --format must be ballast, coinbase or pyth, not '%s'\n", qPrintable(parser.value(formatOpt)));
        return 2;
    }
    bool rateOk = false;
    const double feedRate = parser.value(rateOpt).toDouble(&rateOk);
    if (!rateOk || !(feedRate > 0) || feedRate > 100000) {
        std::fprintf(stderr, "ballast: --rate takes ticks or rows a second, above 0 and at most 100000\n");
        return 2;
    }
    QSize size(1600, 1000);
    {
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() >= 320 && wh[1].toInt() >= 240) size = QSize(wh[0].toInt(), wh[1].toInt());
    }

    ballast::ui::BookIo io{[](const std::string& p) { return ballast::app::loadBook(p); },
                           [](const std::string& p, const ballast::Book& b) { return ballast::app::saveBook(p, b); },
                           [](const std::string& p, ballast::Progress* progress) { return ballast::app::loadBook(p, progress); }};
    ballast::ui::MainWindow w(io, screenshot.isEmpty() && report.isEmpty() && stepsDir.isEmpty());
    w.resize(size);
    int exitCode = 0;
    // --feed: live from the start, once the book is in (a simulated market needs its assets)
    if (parser.isSet(feedOpt))
        QObject::connect(&w, &ballast::ui::MainWindow::bookLoaded, &app, [&](bool ok) {
            if (!ok) return;
            std::string why;
            ballast::ui::FeedSource* source =
                ballast::ui::makeFeedSource(parser.value(feedOpt).toStdString(), *feedFormat, w.book(), feedRate, nullptr, &why);
            if (!source) {
                std::fprintf(stderr, "ballast: %s\n", why.c_str());
                exitCode = 2;
                QTimer::singleShot(0, &app, [&] { app.exit(2); });
                return;
            }
            w.feed()->setFormat(*feedFormat);
            w.feed()->start(source);
        }, Qt::SingleShotConnection);
    auto grabAndQuit = [&] {
        // live: a second of ticks first, so that the picture shows the feed at its rate
        QTimer::singleShot(w.feed()->running() ? 2200 : 150, &app, [&] {
            QPixmap pixmap;
            pixmap = view ? w.view(*view)->grab() : w.grab();
            if (pixmap.isNull() || !pixmap.save(screenshot)) {
                std::fprintf(stderr, "ballast: cannot write %s\n", qPrintable(screenshot));
                exitCode = 1;
            }
            printSummary(w, exitCode == 0 ? screenshot : QString());
            app.quit();
        });
    };
    QFutureWatcher<ballast::ui::JobResult<ballast::ui::ReportInput>> reportWatcher;
    if (!report.isEmpty()) {
        const QString page = parser.value(pageOpt).toLower();
        if (page != QStringLiteral("a4") && page != QStringLiteral("letter")) {
            std::fprintf(stderr, "ballast: --page is a4 or letter, not '%s'\n", qPrintable(page));
            return 2;
        }
        const QPageSize paper(page == QStringLiteral("letter") ? QPageSize::Letter : QPageSize::A4);
        QObject::connect(&w, &ballast::ui::MainWindow::bookLoaded, &app, [&, paper](bool ok) {
            if (!ok) {
                exitCode = 2;
                app.quit();
                return;
            }
            QStringList ids = parser.value(scenarioOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!parser.isSet(scenarioOpt) && !w.book()->scenarios.empty()) ids << QString::fromStdString(w.book()->scenarios.front().id);
            for (const QString& id : ids)
                if (!ballast::ui::findScenario(*w.book(), id)) {
                    QStringList have;
                    for (const auto& sc : w.book()->scenarios) have << QString::fromStdString(sc.id);
                    std::fprintf(stderr, "ballast: --scenario: no scenario '%s' in the book (it has: %s)\n", qPrintable(id),
                                 have.isEmpty() ? "none" : qPrintable(have.join(QStringLiteral(", "))));
                    exitCode = 2;
                    app.quit();
                    return;
                }
            ballast::ui::whenFinished(reportWatcher, &app, [&] {
                const ballast::ui::JobResult<ballast::ui::ReportInput> prepared = reportWatcher.result();
                if (!prepared) {
                    std::fprintf(stderr, "ballast: %s\n", prepared.error.c_str());
                    exitCode = 2;
                } else {
                    ballast::ui::ReportInput input = *prepared.value;
                    input.network = [&w](const ballast::ShockResult* r) { return w.networkPicture(r); };
                    const ballast::Result<int> pages = ballast::ui::writeLenderReport(report, input);
                    if (!pages) {
                        for (const auto& i : pages.issues()) std::fprintf(stderr, "%s\n", i.toString().c_str());
                        exitCode = 1;
                    } else {
                        printSummary(w, QString());
                        std::printf("The lender report (%d pages) was written to %s\n", *pages, qPrintable(QFileInfo(report).absoluteFilePath()));
                    }
                }
                app.quit();
            });
            const long long mc = parser.value(mcOpt).toLongLong();
            auto prepare = [&, ids, paper, mc] { reportWatcher.setFuture(ballast::ui::prepareReportAsync(w.engine(), ids, nullptr, paper, mc)); };
            // the network picture needs the graph's layout (made on a worker when the book arrived)
            ballast::ui::whenLaidOut(w.graphView()->canvas(), &app, prepare);
        });
    } else if (!stepsDir.isEmpty()) {
        // each step of the story at two screen sizes, the cascade shown after its last round
        QObject::connect(&w, &ballast::ui::MainWindow::bookLoaded, &app, [&](bool ok) {
            if (!ok) {
                exitCode = 2;
                app.quit();
                return;
            }
            QDir().mkpath(stepsDir);
            ballast::ui::StoryView* story = w.present(parser.value(scenarioOpt));
            auto shoot = [&, story] {
                int written = 0;
                for (const QSize sz : {QSize(1920, 1080), QSize(1280, 720)}) {
                    story->resize(sz);
                    for (int i = 0; i < ballast::ui::StoryView::kSteps; ++i) {
                        story->showStep(i);
                        story->finishAnimation();
                        const QString f = QDir(stepsDir).filePath(QStringLiteral("step-%1-%2x%3.png").arg(i + 1).arg(sz.width()).arg(sz.height()));
                        if (story->grab().save(f)) ++written;
                        else exitCode = 1;
                    }
                }
                std::printf("The story's %d steps were rendered to %s (%d pictures)\n", ballast::ui::StoryView::kSteps,
                            qPrintable(QFileInfo(stepsDir).absoluteFilePath()), written);
                app.quit();
            };
            auto whenLaid = [&, story, shoot] { ballast::ui::whenLaidOut(story->findChild<ballast::ui::GraphCanvas*>(), &app, shoot); };
            if (story->ready()) whenLaid();
            else QObject::connect(story, &ballast::ui::StoryView::readyChanged, &app, whenLaid, Qt::SingleShotConnection);
        });
    } else if (!screenshot.isEmpty()) {
        QObject::connect(&w, &ballast::ui::MainWindow::bookLoaded, &app, [&](bool ok) {
            if (!ok) {
                exitCode = 2;
                app.quit();
                return;
            }
            if (parser.isSet(presentOpt)) w.setPresentationMode(true);
            if (parser.value(linksOpt) == QStringLiteral("velocity")) w.graphView()->setLinkColouring(ballast::ui::LinkColouring::Velocity);
            if (view && view != ViewId::Graph) {
                // the view alone, at the screenshot size, in its own window
                QDockWidget* dock = nullptr;
                for (QDockWidget* d : w.findChildren<QDockWidget*>())
                    if (d->widget() == w.view(*view)) dock = d;
                if (dock) {
                    dock->setFloating(true);
                    dock->show();
                    dock->resize(size);
                }
            } else if (view == ViewId::Graph) {
                for (QDockWidget* d : w.findChildren<QDockWidget*>()) d->hide();
            }
            // views that need a run first
            if (view == ViewId::WhatIf || view == ViewId::Survival || view == ViewId::OracleLag || (!view && parser.isSet(scenarioOpt)) ||
                ((view == ViewId::Heatmap || view == ViewId::CrossChain) && parser.isSet(scenarioOpt))) {
                auto* wi = w.whatIfView();
                if (parser.isSet(scenarioOpt) && !wi->loadScenario(parser.value(scenarioOpt))) {
                    std::fprintf(stderr, "ballast: no scenario '%s' in the book\n", qPrintable(parser.value(scenarioOpt)));
                    exitCode = 2;
                    app.quit();
                    return;
                }
                w.showView(view ? *view : ViewId::WhatIf);
                QObject::connect(wi, &ballast::ui::WhatIfView::finished, &app, [&](bool) {
                    if (view == ViewId::Heatmap) { // where the cascade's selling hurt most
                        w.heatmapView()->setMetric(ballast::ui::HeatmapView::Coverage);
                        w.heatmapView()->showWorstCell();
                    }
                    grabAndQuit();
                });
                wi->run();
                return;
            }
            if (view == ViewId::Stress) {
                auto* sv = w.stressView();
                sv->setScenarios(1000);
                QObject::connect(sv, &ballast::ui::StressView::finished, &app, [&](bool) { grabAndQuit(); });
                sv->run();
                return;
            }
            if (view == ViewId::Heatmap) {
                w.heatmapView()->setMetric(ballast::ui::HeatmapView::Coverage);
                w.heatmapView()->showWorstCell();
            }
            // the graph lays itself out on a worker: wait for it
            ballast::ui::whenLaidOut(w.graphView()->canvas(), &app, [&] { grabAndQuit(); });
        });
    }
    w.show();
    w.resize(size); // showing lays the docks out at their preferred sizes; the screenshot size wins
    if (parser.isSet(storyOpt) && stepsDir.isEmpty() && screenshot.isEmpty() && report.isEmpty())
        QObject::connect(&w, &ballast::ui::MainWindow::bookLoaded, &app, [&](bool ok) {
            if (ok) w.present(parser.value(scenarioOpt));
        }, Qt::SingleShotConnection);
    w.openBook(parser.value(bookOpt));
    const int rc = app.exec();
    return screenshot.isEmpty() && report.isEmpty() && stepsDir.isEmpty() && exitCode == 0 ? rc : exitCode;
}
