#include "feed/feedmenu.h"

#include "deskstate.h"
#include "feed/livefeed.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QUrl>

namespace ballast::ui {

QAction* fillFeedMenu(QMenu* menu, FeedController* feed, DeskState* desk, QWidget* dialogParent)
{
    QAction* simulated = menu->addAction(FeedController::tr("Simulated &market feed"), feed, [feed, desk](bool on) {
        if (!on) return feed->stop();
        if (!desk->book()) return;
        feed->start(new SimulatedFeed(desk->book(), 20.0, 42));
    });
    simulated->setCheckable(true);
    simulated->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QObject::connect(feed, &FeedController::stateChanged, simulated, [feed, simulated](const QString&, bool) {
        const QSignalBlocker b(simulated);
        simulated->setChecked(feed->running());
    });
    menu->addAction(FeedController::tr("Replay prices &CSV…"), feed, [feed, dialogParent] {
        const QString f = QFileDialog::getOpenFileName(dialogParent, FeedController::tr("Prices CSV"), {}, FeedController::tr("CSV (*.csv)"));
        if (!f.isEmpty()) feed->start(new CsvReplayFeed(f, 20.0));
    });
    menu->addAction(FeedController::tr("Connect &WebSocket…"), feed, [feed, dialogParent] {
        bool ok = false;
        const QString url = QInputDialog::getText(dialogParent, FeedController::tr("WebSocket feed"), FeedController::tr("URL (ws:// or wss://)"),
                                                  QLineEdit::Normal, QStringLiteral("ws://127.0.0.1:8765"), &ok);
        if (ok && !url.isEmpty()) feed->start(new WebSocketFeed(QUrl(url)));
    });
    menu->addAction(FeedController::tr("&Stop feed"), feed, [feed] { feed->stop(); });
    return simulated;
}

} // namespace ballast::ui
