#pragma once
// The desk's main window: the KPI strip over the supply-chain graph, and docks around one shared
// selection — positions and tokenized inventory, loans, the liquidity heatmap, the exposure
// dashboard, what-if, stress, alerts and the event log. Layouts persist (QSettings); light and dark
// themes; toolbar, status bar (feed state, last recompute, book), shortcuts, recent files,
// undo/redo of edits, an unsaved-changes prompt, autosave and recovery, presentation mode (F11).
// Books load and compute on worker threads; the window never waits on the engine.

#include "deskstate.h"
#include "session/document.h"
#include "viewid.h"

#include <QMainWindow>
#include <QPageSize>

#include <array>

class QAction;
class QImage;
class QDockWidget;
class QLabel;
class QToolButton;
class QMenu;
class QTableView;
class QUndoStack;

namespace ballast {
struct ShockResult;
}

namespace ballast::ui {

class AlertsView;
class DashboardView;
class EventLog;
class FeedController;
class GraphView;
class HeatmapView;
class KpiStrip;
class LoansView;
class PositionsModel;
class PositionsView;
class Session;
class StoryView;
class StressView;
class WhatIfView;
class SurvivalView;
class OracleLagView;
class BottleneckView;
class CrossChainView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `persistent`: read and write QSettings (layout, recent files) and autosave; off for
    /// screenshots and tests so that they are reproducible.
    explicit MainWindow(BookIo io, bool persistent = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a book in the background ("demo" = the embedded demo book).
    void openBook(const QString& path);
    /// Loads from CSV files into a new book in the background.
    void importCsv(const QString& nodes, const QString& links, const QString& positions, const QString& prices);
    /// Replaces the book by an edited copy (undoable); recomputes in the background.
    void applyEdit(const QString& description, std::shared_ptr<const Book> edited);

    BookPtr book() const { return m_desk->book(); }
    EngineSnapshot engine() const { return m_desk->engine(); }
    DeskState* desk() const { return m_desk; }
    QString currentPath() const;
    KpiStrip* kpis() const { return m_kpis; }
    QTableView* positionsView() const;
    QTableView* loansView() const;
    PositionsModel* positionsModel() const;
    GraphView* graphView() const { return m_graph; }
    HeatmapView* heatmapView() const { return m_heatmap; }
    DashboardView* dashboardView() const { return m_dashboard; }
    WhatIfView* whatIfView() const { return m_whatIf; }
    SurvivalView* survivalView() const { return m_survival; }
    OracleLagView* oracleLagView() const { return m_oracleLag; }
    BottleneckView* bottleneckView() const { return m_bottlenecks; }
    CrossChainView* crossChainView() const { return m_crossChain; }
    StressView* stressView() const { return m_stress; }
    AlertsView* alertsView() const { return m_alerts; }
    EventLog* eventLog() const { return m_log; }
    FeedController* feed() const { return m_feed; }
    QUndoStack* undoStack() const;
    bool isDirty() const;

    /// The widget of a view; by key ("graph", "positions"…: viewid.h) for app/ and tests.
    QWidget* view(ViewId v) const;
    QWidget* view(const QString& key) const;
    /// Raises the dock holding that view.
    void showView(ViewId v);
    void showView(const QString& key);
    /// The views' keys, in menu order.
    static QStringList viewNames();

    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }
    /// Writes the current book as JSON to the autosave file now (normally every 60 s when dirty).
    QString autosaveNow();
    /// Opens an autosave left by a session that did not close cleanly: the book comes back unsaved
    /// (dirty) and saves to the workbook it was autosaved from; the autosave is kept until then.
    void recoverAutosave(const QString& file);
    static QString autosaveDirectory();

    /// Exports the positions table (visible rows, current order) as CSV; returns issues.
    Issues exportPositionsCsv(const QString& path) const;
    /// Every table of the desk (exposure, last what-if, last Monte Carlo) to an Excel workbook, on a
    /// worker; tablesExported() tells when it is written.
    void exportTables(const QString& path);
    /// PDF report for lenders: book summary, KPIs, charts, and the last what-if run.
    bool exportReport(const QString& path, const QPageSize& pageSize = QPageSize(QPageSize::A4));
    /// The story for a lender (View > Present, F5): full screen, step by step, on `scenarioId`
    /// (empty: the book's first). Esc returns to the desk.
    StoryView* present(const QString& scenarioId);
    /// The graph drawn for paper at print resolution, after `scenario` (null: as the book is).
    QImage networkPicture(const ShockResult* scenario);

Q_SIGNALS:
    void bookLoaded(bool ok);
    void saved(bool ok);
    void tablesExported(bool ok);

protected:
    void closeEvent(QCloseEvent* e) override;

private:
    void buildDocks();
    void buildActions();
    void showLoaded(const LoadedBook& loaded, bool edit);
    void refreshKpis();
    void refreshTables();
    void followSelection(const Selection& s);
    void showIssues(const QString& title, const Issues& issues);
    bool maybeSave();
    void rebuildRecentMenu();
    void checkRecovery();
    void log(const QString& text);
    void updateTitle(); // the book's name; the way out of presentation mode while in it
    void onOpen(const QString& caption, const QString& filter);
    void onSave();
    void onSaveAs();
    void onImportCsv();
    void onExportJson();
    void onExportChart();

    bool m_persistent;
    DeskState* m_desk;
    FeedController* m_feed;
    Session* m_session;
    Document* m_doc;
    KpiStrip* m_kpis = nullptr;
    GraphView* m_graph = nullptr;
    HeatmapView* m_heatmap = nullptr;
    DashboardView* m_dashboard = nullptr;
    WhatIfView* m_whatIf = nullptr;
    SurvivalView* m_survival = nullptr;
    OracleLagView* m_oracleLag = nullptr;
    BottleneckView* m_bottlenecks = nullptr;
    CrossChainView* m_crossChain = nullptr;
    StressView* m_stress = nullptr;
    AlertsView* m_alerts = nullptr;
    EventLog* m_log = nullptr;
    PositionsView* m_positions = nullptr;
    LoansView* m_loans = nullptr;
    std::array<QDockWidget*, kAllViews.size()> m_docks{}; // by ViewId (the graph's slot stays empty: it is central)
    QDockWidget* dockOf(ViewId v) const { return m_docks[static_cast<size_t>(v)]; }
    QLabel* m_statusBook = nullptr;
    QLabel* m_statusFeed = nullptr;
    QLabel* m_statusCompute = nullptr;
    QToolButton* m_cancelLoad = nullptr;
    QString m_loadingLabel;
    QMenu* m_recentMenu = nullptr;
    QAction* m_presentAction = nullptr;
    bool m_presentation = false;
    StoryView* m_story = nullptr;
    QByteArray m_normalState;
    QByteArray m_layoutBeforePresentation;
};

} // namespace ballast::ui
