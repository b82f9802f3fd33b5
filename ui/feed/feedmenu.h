#pragma once
// The Live menu: the simulated market feed (a toggle that follows the feed's state), a prices CSV
// replay and a WebSocket connection, all started on the one FeedController.

class QAction;
class QMenu;
class QWidget;

namespace ballast::ui {

class DeskState;
class FeedController;

/// Fills `menu`; returns the simulated-feed toggle (for the toolbar).
QAction* fillFeedMenu(QMenu* menu, FeedController* feed, DeskState* desk, QWidget* dialogParent);

} // namespace ballast::ui
