#include "mainwindow.h"

#include "chartstyle.h"
#include "csv_io.h"
#include "edits.h"
#include "feed/livefeed.h"
#include "json_io.h"
#include "format.h"
#include "models/loansmodel.h"
#include "models/positionsmodel.h"
#include "storage.h"
#include "stress.h"
#include "views/alertsview.h"
#include "views/positionsview.h"
#include "views/dashboardview.h"
#include "views/graphview.h"
#include "views/heatmapview.h"
#include "views/stressview.h"
#include "views/whatifview.h"
#include "widgets/kpistrip.h"
#include "workers/handoff.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <qcustomplot.h>


namespace ballast::ui {

namespace {

QString errorTitle(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return QObject::tr("File error");
    case ErrorCode::Parse: return QObject::tr("Malformed file");
    case ErrorCode::NewerVersion: return QObject::tr("Written by a newer Ballast");
    case ErrorCode::Integrity: return QObject::tr("Damaged or foreign file");
    case ErrorCode::Limit: return QObject::tr("Input too large");
    case ErrorCode::Storage: return QObject::tr("Workbook storage error");
    default: return QObject::tr("The book has problems");
    }
}

/// One undoable change of the book: both versions are kept (books are immutable snapshots).
class BookEdit final : public QUndoCommand
{
public:
    BookEdit(const QString& text, BookPtr before, BookPtr after, std::function<void(BookPtr, const QString&)> install)
        : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)), m_install(std::move(install))
    {
    }
    void undo() override { m_install(m_before, QObject::tr("Undo: %1").arg(text())); }
    void redo() override
    {
        if (m_first) { // the caller installs the first time
            m_first = false;
            return;
        }
        m_install(m_after, QObject::tr("Redo: %1").arg(text()));
    }

private:
    BookPtr m_before, m_after;
    std::function<void(BookPtr, const QString&)> m_install;
    bool m_first = true;
};

QString viewTitle(const QString& name)
{
    if (name == QStringLiteral("graph")) return QObject::tr("Supply chain & network");
    if (name == QStringLiteral("positions")) return QObject::tr("Positions and inventory"); // no "&": a tab would read it as a shortcut
    if (name == QStringLiteral("loans")) return QObject::tr("Loans");
    if (name == QStringLiteral("heatmap")) return QObject::tr("Liquidity heatmap");
    if (name == QStringLiteral("dashboard")) return QObject::tr("Exposure dashboard");
    if (name == QStringLiteral("whatif")) return QObject::tr("What-if");
    if (name == QStringLiteral("stress")) return QObject::tr("Stress");
    if (name == QStringLiteral("alerts")) return QObject::tr("Alerts");
    if (name == QStringLiteral("log")) return QObject::tr("Event log");
    return name;
}

} // namespace

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("graph"), QStringLiteral("positions"), QStringLiteral("loans"), QStringLiteral("heatmap"), QStringLiteral("dashboard"),
            QStringLiteral("whatif"), QStringLiteral("stress"), QStringLiteral("alerts"), QStringLiteral("log")};
}

MainWindow::MainWindow(BookIo io, bool persistent, QWidget* parent)
    : QMainWindow(parent), m_io(std::move(io)), m_persistent(persistent), m_desk(new DeskState(this)),
      m_feed(new FeedController(m_desk, this)), m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Ballast"));
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    // the right-hand column (dashboard, heatmap, alerts) runs the full height; the tables sit under the graph
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    buildDocks();
    buildActions();
    // an explicit minimum: otherwise the dock layout's minimum, computed before the widgets are
    // polished, is wider than a 1600-pixel screenshot and a laptop screen
    setMinimumSize(1024, 680);

    m_statusBook = new QLabel(this);
    m_statusFeed = new QLabel(tr("Feed off"), this);
    m_statusCompute = new QLabel(this);
    statusBar()->addWidget(m_statusBook, 1);
    statusBar()->addPermanentWidget(m_statusFeed);
    statusBar()->addPermanentWidget(m_statusCompute);
    refreshKpis();

    whenFinished(m_loadWatcher, this, [this] { applyLoaded(m_loadWatcher.result()); });
    whenFinished(m_saveWatcher, this, [this] {
        const Issues issues = m_saveWatcher.result();
        if (!issues.empty()) {
            showIssues(tr("Could not save; the file on disk is unchanged"), issues);
        } else {
            m_undo->setClean();
            statusBar()->showMessage(tr("Saved %1").arg(m_path), 4000);
            log(tr("Saved %1").arg(m_path));
            addRecent(m_path);
            // the saved file is now the newest state: its autosaves (under the old name too, after a
            // Save As, and the one it was recovered from) have nothing left to offer
            if (m_persistent) discardAutosave(autosaveFile()), discardAutosave(m_autosaveBeforeSave);
            if (!m_recoveredFrom.isEmpty()) discardAutosave(m_recoveredFrom), m_recoveredFrom.clear();
            setWindowModified(isDirty());
        }
        Q_EMIT saved(issues.empty());
    });
    m_tableCoalesce = new QTimer(this);
    m_tableCoalesce->setSingleShot(true);
    m_tableCoalesce->setInterval(100);
    connect(m_tableCoalesce, &QTimer::timeout, this, [this] {
        refreshTables();
        refreshKpis();
    });
    connect(m_desk, &DeskState::exposureChanged, this, [this] {
        if (!m_tableCoalesce->isActive()) m_tableCoalesce->start();
    });
    connect(m_desk, &DeskState::selectionChanged, this, &MainWindow::followSelection);
    connect(m_feed, &FeedController::stateChanged, this, [this](const QString& text, bool connected) {
        m_statusFeed->setText((connected ? QStringLiteral("● ") : QStringLiteral("○ ")) + text);
        if (m_feedAction) {
            const QSignalBlocker b(m_feedAction);
            m_feedAction->setChecked(m_feed->running());
        }
    });
    connect(m_feed, &FeedController::event, this, &MainWindow::log);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool) { setWindowModified(isDirty()); });

    whenFinished(m_autosaveWatcher, this, [this] {
        const JobResult<Issues> r = m_autosaveWatcher.result();
        if (!r) log(tr("Autosave failed: %1").arg(QString::fromStdString(r.error)));
        else if (!r.value->empty()) log(tr("Autosave failed: %1").arg(QString::fromStdString(r.value->front().toString())));
    });
    m_autosave = new QTimer(this);
    m_autosave->setInterval(60000);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (isDirty()) autosaveInBackground();
    });
    if (m_persistent) {
        m_autosave->start();
        QSettings s;
        restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(s.value(QStringLiteral("window/state")).toByteArray());
        rebuildRecentMenu();
        QTimer::singleShot(0, this, &MainWindow::checkRecovery);
    }
}

MainWindow::~MainWindow()
{
    // the feed's children outlive this object's body: stop it while the window is whole, and let
    // nothing it emits while being destroyed reach the window (UBSan found the late signal)
    m_feed->stop();
    for (QObject* child : findChildren<QObject*>()) QObject::disconnect(child, nullptr, this, nullptr);
    m_loadWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
    m_autosaveWatcher.waitForFinished();
}

bool MainWindow::isDirty() const { return !m_undo->isClean() || !m_recoveredFrom.isEmpty(); }

void MainWindow::buildDocks()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_kpis = new KpiStrip(this);
    m_graph = new GraphView(m_desk, central);
    layout->addWidget(m_graph, 1);
    setCentralWidget(central);

    m_positions = new PositionsView(m_desk, this);
    m_loans = new LoansView(m_desk, this);
    connect(m_positions, &PositionsView::positionSelected, this, [this](int row) { m_desk->select({Selection::Kind::Position, row}); });
    connect(m_loans, &LoansView::loanSelected, this, [this](int row) { m_desk->select({Selection::Kind::Loan, row}); });
    connect(m_positions, &PositionsView::exportRequested, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Export positions"), {}, tr("CSV (*.csv)"));
        if (f.isEmpty()) return;
        const Issues issues = m_positions->exportCsv(f);
        if (!issues.empty()) showIssues(tr("Could not export"), issues);
        else log(tr("Exported %1 positions to %2").arg(m_positions->visibleRows()).arg(f));
    });
    connect(m_positions, &PositionsView::quantityEdited, this, [this](int row, double quantity) {
        const BookPtr b = m_desk->book();
        if (!b) return;
        auto edited = withPositionQuantity(*b, row, quantity);
        if (!edited) return showIssues(tr("Not changed"), edited.issues());
        if (!*edited) return; // the same quantity: nothing to undo
        const Position& pos = b->positions[row];
        applyEdit(tr("quantity of %1: %2 → %3").arg(QString::fromStdString(pos.id), formatNumber(pos.quantity, 4), formatNumber(quantity, 4)),
                  *edited);
    });

    m_heatmap = new HeatmapView(m_desk, this);
    m_dashboard = new DashboardView(m_desk, this);
    m_whatIf = new WhatIfView(m_desk, this);
    m_stress = new StressView(m_desk, this);
    m_alerts = new AlertsView(m_desk, this);
    m_log = new EventLog(this);

    auto dock = [this](const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(viewTitle(name), this);
        d->setObjectName(QStringLiteral("dock-") + name);
        d->setWidget(w);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        m_docks.insert(name, d);
        return d;
    };
    QDockWidget* dash = dock(QStringLiteral("dashboard"), m_dashboard, Qt::RightDockWidgetArea);
    QDockWidget* heat = dock(QStringLiteral("heatmap"), m_heatmap, Qt::RightDockWidgetArea);
    QDockWidget* alerts = dock(QStringLiteral("alerts"), m_alerts, Qt::RightDockWidgetArea);
    QDockWidget* pos = dock(QStringLiteral("positions"), m_positions, Qt::BottomDockWidgetArea);
    QDockWidget* loans = dock(QStringLiteral("loans"), m_loans, Qt::BottomDockWidgetArea);
    QDockWidget* whatif = dock(QStringLiteral("whatif"), m_whatIf, Qt::BottomDockWidgetArea);
    QDockWidget* stress = dock(QStringLiteral("stress"), m_stress, Qt::BottomDockWidgetArea);
    QDockWidget* logDock = dock(QStringLiteral("log"), m_log, Qt::BottomDockWidgetArea);
    tabifyDockWidget(dash, heat);
    splitDockWidget(dash, alerts, Qt::Vertical);
    tabifyDockWidget(pos, loans);
    tabifyDockWidget(pos, whatif);
    tabifyDockWidget(pos, stress);
    tabifyDockWidget(pos, logDock);
    dash->raise();
    pos->raise();
    // proportions once the window has its size (before that they would grow the window)
    QTimer::singleShot(0, this, [this, dash, pos, alerts] {
        resizeDocks({dash}, {width() * 42 / 100}, Qt::Horizontal);
        resizeDocks({pos}, {height() * 34 / 100}, Qt::Vertical);
        resizeDocks({dash, alerts}, {height() * 68 / 100, height() * 17 / 100}, Qt::Vertical);
        m_normalState = saveState();
    });

    connect(m_whatIf, &WhatIfView::overlay, this, [this](std::vector<char> d, std::vector<char> l, std::vector<double> delays) {
        m_graph->canvas()->setOverlay(std::move(d), std::move(l), std::move(delays));
    });
    connect(m_whatIf, &WhatIfView::finished, this, [this](bool ok) {
        if (!ok || !m_whatIf->lastRun()) return;
        const ShockResult& r = m_whatIf->lastRun()->result;
        log(tr("What-if “%1”: loss %2, bad debt %3, %4 liquidations, %5 defaults (%6 ms)")
                .arg(QString::fromStdString(m_whatIf->lastRun()->scenario.name), formatMoney(r.losses.total()), formatMoney(r.badDebt))
                .arg(r.liquidations)
                .arg(r.defaults)
                .arg(r.elapsedMs, 0, 'f', 1));
    });
    connect(m_whatIf, &WhatIfView::scenarioSaved, this, [this](const Scenario& s) {
        if (const BookPtr b = m_desk->book()) applyEdit(tr("add scenario “%1”").arg(QString::fromStdString(s.name)), withScenario(*b, s));
    });
    connect(m_stress, &StressView::finished, this, [this](bool ok) {
        if (!ok || !m_stress->result()) return;
        const StressResult& r = *m_stress->result();
        log(tr("Monte Carlo: %L1 scenarios, VaR99 %2, ES99 %3 (%4 s)")
                .arg(r.scenarios)
                .arg(formatMoney(r.var.empty() ? 0 : r.var.back()), formatMoney(r.es.empty() ? 0 : r.es.back()))
                .arg(r.elapsedMs / 1000.0, 0, 'f', 2));
        refreshKpis();
    });
    connect(m_alerts->model(), &AlertsModel::raised, this, [this](const QString& t) { log(tr("ALERT %1").arg(t)); });
    connect(m_alerts, &AlertsView::countChanged, this, [this](int n) {
        m_docks[QStringLiteral("alerts")]->setWindowTitle(n > 0 ? tr("Alerts (%1)").arg(n) : tr("Alerts"));
    });
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::onOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &demo book"), this, [this] {
        if (maybeSave()) openBook(QStringLiteral("demo"));
    });
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::onSave);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::onSaveAs);
    file->addSeparator();
    file->addAction(tr("Import &JSON…"), this, &MainWindow::onImportJson);
    file->addAction(tr("Import &CSV…"), this, &MainWindow::onImportCsv);
    file->addAction(tr("&Export JSON…"), this, &MainWindow::onExportJson);
    file->addAction(tr("Export chart (PNG/PDF)…"), this, &MainWindow::onExportChart);
    file->addAction(tr("Lender &report (PDF)…"), this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Lender report"), {}, tr("PDF (*.pdf)"));
        if (!f.isEmpty() && exportReport(f)) log(tr("Report written to %1").arg(f));
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find positions"), QKeySequence::Find, this, [this] {
        showView(QStringLiteral("positions"));
        m_positions->focusFilter();
    });

    QMenu* views = menuBar()->addMenu(tr("&View"));
    int key = 1;
    for (const QString& name : viewNames()) {
        if (name == QStringLiteral("graph")) continue;
        QAction* a = m_docks[name]->toggleViewAction();
        if (key <= 8) a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + key++)));
        views->addAction(a);
    }
    views->addSeparator();
    views->addAction(tr("Restore default layout"), this, [this] { restoreState(m_normalState); });
    QMenu* language = views->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto& [code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction* a = language->addAction(name, this, [this, code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes when Ballast starts next."), 8000);
        });
        a->setCheckable(true);
        a->setActionGroup(languages);
        a->setChecked(current == code || (current.isEmpty() && code == QStringLiteral("en")));
    }
    m_presentAction = views->addAction(tr("&Presentation mode"), QKeySequence(Qt::Key_F11), this, [this] { setPresentationMode(!m_presentation); });
    m_presentAction->setCheckable(true);

    QMenu* live = menuBar()->addMenu(tr("&Live"));
    m_feedAction = live->addAction(tr("Simulated &market feed"), this, [this](bool on) {
        if (!on) return m_feed->stop();
        if (!m_desk->book()) return;
        m_feed->start(new SimulatedFeed(m_desk->book(), 20.0, 42));
    });
    m_feedAction->setCheckable(true);
    m_feedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    live->addAction(tr("Replay prices &CSV…"), this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Prices CSV"), {}, tr("CSV (*.csv)"));
        if (!f.isEmpty()) m_feed->start(new CsvReplayFeed(f, 20.0));
    });
    live->addAction(tr("Connect &WebSocket…"), this, [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("WebSocket feed"), tr("URL (ws:// or wss://)"), QLineEdit::Normal,
                                                  QStringLiteral("ws://127.0.0.1:8765"), &ok);
        if (ok && !url.isEmpty()) m_feed->start(new WebSocketFeed(QUrl(url)));
    });
    live->addAction(tr("&Stop feed"), this, [this] { m_feed->stop(); });

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Run what-if"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        showView(QStringLiteral("whatif"));
        m_whatIf->run();
    });
    analysis->addAction(tr("Run &Monte Carlo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] {
        showView(QStringLiteral("stress"));
        m_stress->run();
    });

    QToolBar* tb = addToolBar(tr("Main"));
    auto* kpiBar = new QToolBar(tr("Key figures"), this);
    kpiBar->setObjectName(QStringLiteral("kpiToolbar"));
    kpiBar->setMovable(false);
    kpiBar->setFloatable(false);
    kpiBar->addWidget(m_kpis);
    kpiBar->setStyleSheet(QStringLiteral("QToolBar { border: none; padding: 0; spacing: 0; }"));
    tb->setObjectName(QStringLiteral("mainToolbar"));
    tb->setMovable(false);
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addAction(open);
    tb->addAction(save);
    tb->addSeparator();
    tb->addAction(undo);
    tb->addAction(redo);
    tb->addSeparator();
    tb->addAction(m_feedAction);
    tb->addSeparator();
    tb->addAction(tr("What-if"), this, [this] { showView(QStringLiteral("whatif")); });
    tb->addAction(tr("Stress"), this, [this] { showView(QStringLiteral("stress")); });
    tb->addAction(m_presentAction);
    addToolBarBreak();
    addToolBar(Qt::TopToolBarArea, kpiBar);
}

QWidget* MainWindow::view(const QString& name) const
{
    if (name == QStringLiteral("graph")) return m_graph;
    const auto it = m_docks.find(name);
    return it == m_docks.end() ? nullptr : it.value()->widget();
}

void MainWindow::showView(const QString& name)
{
    const auto it = m_docks.find(name);
    if (it == m_docks.end()) return;
    it.value()->show();
    it.value()->raise();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation) return;
    m_presentation = on;
    if (m_presentAction) {
        const QSignalBlocker b(m_presentAction);
        m_presentAction->setChecked(on);
    }
    // large type, editing hidden: the toolbar, the menu, the editors and filters go away
    if (on) {
        m_layoutBeforePresentation = saveState();
        setStyleSheet(QStringLiteral("QWidget { font-size: 12pt; } #kpiValue { font-size: 21pt; } #kpiTitle { font-size: 9.5pt; }"
                                     " #kpiNote { font-size: 9.5pt; } QHeaderView::section { font-size: 11pt; }"));
        setChartFontScale(1.35);
        menuBar()->hide();
        for (QToolBar* t : findChildren<QToolBar*>())
            if (t->objectName() != QStringLiteral("kpiToolbar")) t->hide();
        for (const QString& n : {QStringLiteral("log"), QStringLiteral("alerts"), QStringLiteral("loans"), QStringLiteral("stress")})
            m_docks[n]->hide();
        m_positions->setEditing(false);
        if (QApplication::platformName() != QStringLiteral("offscreen")) showFullScreen();
    } else {
        setStyleSheet(QString());
        setChartFontScale(1.0);
        menuBar()->show();
        for (QToolBar* t : findChildren<QToolBar*>()) t->show();
        m_positions->setEditing(true);
        restoreState(m_layoutBeforePresentation);
        if (isFullScreen()) showNormal();
    }
    m_whatIf->setEditing(!on);
    // charts take the new type size on their next draw
    m_dashboard->refresh();
    m_heatmap->refresh();
    if (m_whatIf->lastRun()) m_whatIf->restyle();
    if (m_stress->result()) m_stress->restyle();
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_desk->book() ? QString::fromStdString(m_desk->book()->meta.name) : QString();
    setWindowTitle(m_presentation ? tr("%1 — Ballast (presentation: F11 to leave)").arg(name) : tr("%1[*] — Ballast").arg(name));
}

void MainWindow::openBook(const QString& path)
{
    const std::string p = path.toStdString();
    auto load = m_io.load;
    startLoad(path, [load, p] { return load(p); });
}

void MainWindow::importCsv(const QString& nodes, const QString& links, const QString& positions, const QString& prices)
{
    CsvInputs in{nodes.toStdString(), links.toStdString(), positions.toStdString(), prices.toStdString()};
    startLoad(tr("CSV import"), [in] { return ballast::importCsv(in, Book{}); });
}

void MainWindow::startLoad(const QString& label, BookLoader loader, bool edit)
{
    if (m_loadWatcher.isRunning()) return;
    m_loadIsEdit = edit;
    m_statusCompute->setText(tr("Loading %1…").arg(label));
    m_loadWatcher.setFuture(loadBookAsync(label, std::move(loader)));
}

void MainWindow::installBook(BookPtr book, const QString& why)
{
    // an edit of the current book: recompute in the background, keep the path
    startLoad(why, [book] { return Result<Book>(Book(*book)); }, true);
}

void MainWindow::applyEdit(const QString& description, std::shared_ptr<const Book> edited)
{
    const BookPtr before = m_desk->book();
    if (!before || !edited) return;
    m_undo->push(new BookEdit(description, before, edited, [this](BookPtr b, const QString& why) { installBook(b, why); }));
    installBook(edited, description);
    log(tr("Edit: %1").arg(description));
}

void MainWindow::applyLoaded(const LoadedBook& loaded)
{
    const bool recovered = !m_recovering.isEmpty() && loaded.path == m_recovering;
    m_recovering.clear();
    if (!loaded.book) {
        m_statusCompute->setText(tr("Load failed"));
        showIssues(tr("Could not open %1; nothing was changed").arg(loaded.path), loaded.issues);
        log(tr("Could not open %1 (%2 problem(s))").arg(loaded.path).arg(loaded.issues.size()));
        Q_EMIT bookLoaded(false);
        return;
    }
    if (!m_loadIsEdit) {
        const QString p = recovered ? m_recoveringOrigin : loaded.path;
        m_path = p.endsWith(QStringLiteral(".ballast")) ? p : QString();
        m_recoveredFrom = recovered ? loaded.path : QString();
        m_undo->clear();
        if (!recovered && p != QStringLiteral("demo") && QFileInfo::exists(p)) addRecent(QFileInfo(p).absoluteFilePath());
    }
    m_desk->setBook(loaded.book, loaded.engine);
    const Book& b = *loaded.book;
    const TableRefresh why = m_loadIsEdit ? TableRefresh::Edit : TableRefresh::NewBook;
    m_positions->refresh(why);
    m_loans->refresh(why);
    refreshKpis();
    updateTitle();
    setWindowModified(isDirty());
    m_statusBook->setText(tr("%1  ·  %2 positions · %3 loans · %4 nodes · as of %5")
                              .arg(QString::fromStdString(b.meta.name))
                              .arg(b.positions.size())
                              .arg(b.loans.size())
                              .arg(b.nodes.size())
                              .arg(b.meta.asOf ? QString::fromStdString(formatIsoTime(b.meta.asOf)).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) : tr("(no date set)")));
    m_statusCompute->setText(tr("Loaded in %1 ms · exposure %2 ms").arg(loaded.loadMs, 0, 'f', 0).arg(loaded.exposureMs, 0, 'f', 1));
    if (!loaded.issues.empty())
        statusBar()->showMessage(tr("%n warning(s) while loading", nullptr, static_cast<int>(loaded.issues.size())), 8000);
    if (!m_loadIsEdit) log(tr("Opened %1 (%2 positions, %3 loans) in %4 ms").arg(loaded.path).arg(b.positions.size()).arg(b.loans.size()).arg(loaded.loadMs + loaded.exposureMs, 0, 'f', 0));
    m_loadIsEdit = false;
    Q_EMIT bookLoaded(true);
}

void MainWindow::refreshTables()
{
    const EngineSnapshot e = m_desk->engine();
    if (!e) return;
    m_positions->refresh(TableRefresh::Tick);
    m_loans->refresh(TableRefresh::Tick);
    if (m_feed->running()) {
        const auto& st = m_feed->stats();
        m_statusCompute->setText(tr("Live · %1 ticks · last recompute %2 ms/tick · %3")
                                     .arg(st.accepted)
                                     .arg(st.lastApplyMs, 0, 'f', 2)
                                     .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    }
}

void MainWindow::followSelection(const Selection& s)
{
    const BookPtr book = m_desk->book();
    if (!book) return;
    std::vector<int> posRows, loanRows;
    const Book& b = *book;
    switch (s.kind) {
    case Selection::Kind::Position:
        posRows.push_back(s.index);
        if (s.index < static_cast<int>(b.positions.size()) && b.positions[s.index].loanIx >= 0) loanRows.push_back(b.positions[s.index].loanIx);
        break;
    case Selection::Kind::Loan:
        loanRows.push_back(s.index);
        if (s.index < static_cast<int>(b.loans.size()))
            for (int p : b.loans[s.index].collateralIx) posRows.push_back(p);
        break;
    case Selection::Kind::Node:
        for (size_t p = 0; p < b.positions.size(); ++p)
            if (b.positions[p].ownerIx == s.index) posRows.push_back(static_cast<int>(p));
        for (size_t l = 0; l < b.loans.size(); ++l)
            if (b.loans[l].borrowerIx == s.index || b.loans[l].venueIx == s.index) loanRows.push_back(static_cast<int>(l));
        break;
    case Selection::Kind::Asset:
        for (size_t p = 0; p < b.positions.size(); ++p)
            if (b.positions[p].assetIx == s.index) posRows.push_back(static_cast<int>(p));
        break;
    case Selection::Kind::Pool:
    case Selection::Kind::None: break;
    }
    if (s.kind != Selection::Kind::Pool) {
        m_positions->selectRows(posRows);
        m_loans->selectRows(loanRows);
    }
    const int node = m_desk->nodeOf(s);
    if (node >= 0) statusBar()->showMessage(tr("Selected %1 — %2 position(s), %3 loan(s)").arg(QString::fromStdString(b.nodes[node].name)).arg(posRows.size()).arg(loanRows.size()), 6000);
}

void MainWindow::refreshKpis() { m_kpis->show(m_desk->engine().get(), m_stress ? m_stress->result() : nullptr); }

void MainWindow::showIssues(const QString& title, const Issues& issues)
{
    QString details;
    int shown = 0;
    for (const auto& i : issues) {
        if (++shown > 200) {
            details += tr("… and %1 more\n").arg(issues.size() - 200);
            break;
        }
        details += QString::fromStdString(i.toString()) + QLatin1Char('\n');
    }
    if (QApplication::platformName() == QStringLiteral("offscreen")) { // no one to click OK
        qWarning("%s\n%s", qPrintable(title), qPrintable(details));
        return;
    }
    QMessageBox box(QMessageBox::Warning, issues.empty() ? title : errorTitle(issues.front().code), title, QMessageBox::Ok, this);
    box.setInformativeText(tr("%n problem(s). The first: %1", nullptr, static_cast<int>(issues.size()))
                               .arg(issues.empty() ? QString() : QString::fromStdString(issues.front().toString())));
    box.setDetailedText(details);
    box.exec();
}

void MainWindow::saveTo(const QString& path)
{
    if (!m_desk->book() || m_saveWatcher.isRunning()) return;
    m_autosaveBeforeSave = autosaveFile();
    m_path = path;
    m_saveWatcher.setFuture(saveBookAsync(path, m_desk->book(), m_io.save));
}

bool MainWindow::maybeSave()
{
    if (!isDirty() || QApplication::platformName() == QStringLiteral("offscreen")) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The book has changes that are not saved. Save them first?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) {
        onSave();
        m_saveWatcher.waitForFinished(); // the user asked to wait for the save
        return !isDirty();
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    if (!maybeSave()) {
        e->ignore();
        return;
    }
    if (m_persistent) {
        QSettings s;
        if (m_presentation) setPresentationMode(false);
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
        if (!isDirty()) QDir(autosaveDirectory()).removeRecursively(); // a clean exit leaves nothing to recover
    }
    m_feed->stop();
    e->accept();
}

QString MainWindow::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

namespace {
/// Writes the autosave of `book` (and which workbook it belongs to); returns the issues.
Issues writeAutosave(const Book& book, const QString& file, const QString& origin)
{
    const Issues issues = writeFileAtomic(file.toStdString(), workbookToJson(book).dump(1) + "\n");
    if (issues.empty()) {
        QFile f(file + QStringLiteral(".origin"));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(origin.toUtf8());
    }
    return issues;
}
} // namespace

QString MainWindow::autosaveFile() const
{
    const QString key = m_path.isEmpty() ? QStringLiteral("untitled")
                                         : QString::fromLatin1(QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return autosaveDirectory() + QStringLiteral("/") + key + QStringLiteral(".json");
}

QString MainWindow::autosaveNow()
{
    const BookPtr b = m_desk->book();
    if (!b) return {};
    QDir().mkpath(autosaveDirectory());
    const QString file = autosaveFile();
    const Issues issues = writeAutosave(*b, file, m_path);
    if (!issues.empty()) log(tr("Autosave failed: %1").arg(QString::fromStdString(issues.front().toString())));
    return file;
}

void MainWindow::autosaveInBackground()
{
    // serialising a desk-sized book takes about a second: never on the GUI thread
    const BookPtr b = m_desk->book();
    if (!b || m_autosaveWatcher.isRunning()) return;
    QDir().mkpath(autosaveDirectory());
    m_autosaveWatcher.setFuture(runJob([b, file = autosaveFile(), origin = m_path] { return writeAutosave(*b, file, origin); }));
}

void MainWindow::checkRecovery()
{
    const QDir dir(autosaveDirectory());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    if (files.isEmpty() || QApplication::platformName() == QStringLiteral("offscreen")) return;
    const QString file = dir.filePath(files.front());
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"),
                    tr("Ballast did not close cleanly. An autosave from %1 exists.\nOpen it now? "
                       "(Your saved files are untouched either way.)")
                        .arg(QFileInfo(file).lastModified().toString()),
                    QMessageBox::NoButton, this);
    QPushButton* open = box.addButton(tr("Open it"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard it"), QMessageBox::DestructiveRole);
    box.addButton(tr("Ask next time"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == open) {
        recoverAutosave(file);
    } else if (box.clickedButton() == discard) { // else it is offered again at the next start
        discardAutosave(file);
        log(tr("Discarded the autosave %1").arg(file));
    }
}

void MainWindow::recoverAutosave(const QString& file)
{
    if (m_loadWatcher.isRunning()) return;
    QFile origin(file + QStringLiteral(".origin"));
    m_recoveringOrigin = origin.open(QIODevice::ReadOnly) ? QString::fromUtf8(origin.readAll()).trimmed() : QString();
    m_recovering = file;
    openBook(file);
    log(m_recoveringOrigin.isEmpty() ? tr("Recovering the autosave %1 (an unnamed book: Save asks where)").arg(file)
                                     : tr("Recovering the autosave %1; Save writes it to %2").arg(file, m_recoveringOrigin));
}

void MainWindow::discardAutosave(const QString& file)
{
    if (file.isEmpty()) return;
    QFile::remove(file);
    QFile::remove(file + QStringLiteral(".origin"));
}

void MainWindow::addRecent(const QString& path)
{
    if (!m_persistent || path.isEmpty()) return;
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10) recent.removeLast();
    s.setValue(QStringLiteral("recent"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = m_persistent ? QSettings().value(QStringLiteral("recent")).toStringList() : QStringList();
    for (const QString& f : recent)
        m_recentMenu->addAction(QFileInfo(f).fileName() + QStringLiteral("  —  ") + QFileInfo(f).absolutePath(), this, [this, f] {
            if (maybeSave()) openBook(f);
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::log(const QString& text)
{
    if (m_log) m_log->log(text);
}

Issues MainWindow::exportPositionsCsv(const QString& path) const { return m_positions->exportCsv(path); }

bool MainWindow::exportReport(const QString& path)
{
    const EngineSnapshot e = m_desk->engine();
    if (!e) return false;
    const Book& b = e->book();
    const Totals& t = e->result().totals;
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(tr("Ballast report — %1").arg(QString::fromStdString(b.meta.name)));
    pdf.setCreator(QStringLiteral("Ballast"));
    QPainter p;
    if (!p.begin(&pdf)) return false;
    const QRect page(0, 0, pdf.width(), pdf.height());
    const int margin = 90;
    int y = margin;
    QFont title = p.font();
    title.setPointSizeF(18);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(9.5);
    p.setFont(title);
    p.drawText(QRect(margin, y, page.width() - 2 * margin, 60), Qt::AlignLeft, QString::fromStdString(b.meta.name));
    y += 70;
    p.setFont(body);
    const QString summary =
        tr("As of %1 · %2 positions · %3 loans · %4 nodes · %5 pools\n\n"
           "Exposure %6 · exit value %7 (liquidation cost %8) · debt %9 · collateral coverage %10× · min health factor %11 · "
           "loans at risk %12.")
            .arg(QString::fromStdString(formatIsoTime(b.meta.asOf)))
            .arg(b.positions.size())
            .arg(b.loans.size())
            .arg(b.nodes.size())
            .arg(b.pools.size())
            .arg(formatMoney(t.marketValue), formatMoney(t.exitValue), formatMoney(t.liquidationCost), formatMoney(t.debtValue))
            .arg(t.collateralCoverage, 0, 'f', 2)
            .arg(formatHealth(t.minHealthFactor))
            .arg(t.loansAtRisk);
    QRect textBox(margin, y, page.width() - 2 * margin, 200);
    QRect used = p.boundingRect(textBox, Qt::TextWordWrap, summary);
    p.drawText(textBox, Qt::TextWordWrap, summary);
    y += used.height() + 30;
    auto drawWidget = [&](QCustomPlot* w, int height) {
        if (y + height > page.height() - margin) {
            pdf.newPage();
            y = margin;
        }
        // rendered at a fixed size: the chart may sit in a hidden dock
        const QPixmap pm = w->toPixmap(1400, 1400 * height / (page.width() - 2 * margin), 1.0);
        p.drawPixmap(QRect(margin, y, page.width() - 2 * margin, height), pm);
        y += height + 30;
    };
    const QList<QCustomPlot*> dash = m_dashboard->charts();
    for (int i = 0; i < 2 && i < dash.size(); ++i) drawWidget(dash[i], 520);
    if (const WhatIfRun* run = m_whatIf->lastRun()) {
        pdf.newPage();
        y = margin;
        p.setFont(title);
        p.drawText(QRect(margin, y, page.width() - 2 * margin, 60), Qt::AlignLeft, tr("Scenario: %1").arg(QString::fromStdString(run->scenario.name)));
        y += 70;
        p.setFont(body);
        const ShockResult& r = run->result;
        const QString text = tr("Total loss %1 (price %2, liquidation penalty %3, fire sale %4, oracle %5, defaults %6, supply chain %7, hedges %8). "
                                "Bad debt %9; %10 liquidations over %11 rounds; %12 defaults.")
                                 .arg(formatMoney(r.losses.total()), formatMoney(r.losses.price), formatMoney(r.losses.liquidationPenalty),
                                      formatMoney(r.losses.fireSale), formatMoney(r.losses.oracle), formatMoney(r.losses.defaults),
                                      formatMoney(r.losses.supplyChain), formatMoney(r.losses.hedges), formatMoney(r.badDebt))
                                 .arg(r.liquidations)
                                 .arg(r.rounds.size())
                                 .arg(r.defaults);
        used = p.boundingRect(QRect(margin, y, page.width() - 2 * margin, 300), Qt::TextWordWrap, text);
        p.drawText(QRect(margin, y, page.width() - 2 * margin, 300), Qt::TextWordWrap, text);
        y += used.height() + 30;
        for (QCustomPlot* c : m_whatIf->charts()) drawWidget(c, 560);
    }
    p.end();
    return true;
}

void MainWindow::onOpen()
{
    if (!maybeSave()) return;
    const QString f = QFileDialog::getOpenFileName(this, tr("Open book"), {}, tr("Ballast books (*.ballast *.json);;All files (*)"));
    if (!f.isEmpty()) openBook(f);
}

void MainWindow::onSave()
{
    if (m_path.isEmpty()) onSaveAs();
    else saveTo(m_path);
}

void MainWindow::onSaveAs()
{
    if (!m_desk->book()) return;
    QString f = QFileDialog::getSaveFileName(this, tr("Save workbook"), {}, tr("Ballast workbook (*.ballast)"));
    if (f.isEmpty()) return;
    if (!f.endsWith(QStringLiteral(".ballast"))) f += QStringLiteral(".ballast");
    saveTo(f);
}

void MainWindow::onImportJson()
{
    if (!maybeSave()) return;
    const QString f = QFileDialog::getOpenFileName(this, tr("Import workbook JSON"), {}, tr("JSON (*.json)"));
    if (!f.isEmpty()) openBook(f);
}

void MainWindow::onImportCsv()
{
    if (!maybeSave()) return;
    QDialog d(this);
    d.setWindowTitle(tr("Import CSV"));
    auto* form = new QFormLayout(&d);
    QLineEdit* edits[4];
    const QString labels[4] = {tr("Nodes"), tr("Links"), tr("Positions"), tr("Prices")};
    for (int i = 0; i < 4; ++i) {
        auto* row = new QWidget(&d);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edits[i] = new QLineEdit(row);
        auto* browse = new QPushButton(tr("Browse…"), row);
        QLineEdit* e = edits[i];
        connect(browse, &QPushButton::clicked, &d, [e, &d] {
            const QString f = QFileDialog::getOpenFileName(&d, tr("CSV file"), {}, tr("CSV (*.csv)"));
            if (!f.isEmpty()) e->setText(f);
        });
        h->addWidget(edits[i], 1);
        h->addWidget(browse);
        form->addRow(labels[i], row);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(buttons);
    if (d.exec() == QDialog::Accepted) importCsv(edits[0]->text(), edits[1]->text(), edits[2]->text(), edits[3]->text());
}

void MainWindow::onExportJson()
{
    if (!m_desk->book()) return;
    const QString f = QFileDialog::getSaveFileName(this, tr("Export workbook JSON"), {}, tr("JSON (*.json)"));
    if (f.isEmpty()) return;
    const std::string text = workbookToJson(*m_desk->book()).dump(2) + "\n";
    const Issues issues = writeFileAtomic(f.toStdString(), text);
    if (!issues.empty()) showIssues(tr("Could not export"), issues);
}

void MainWindow::onExportChart()
{
    // the chart under focus, or the first visible one
    QList<QCustomPlot*> all = m_dashboard->charts() + m_whatIf->charts() + m_stress->charts();
    all << m_heatmap->plot() << m_heatmap->curve();
    QCustomPlot* target = nullptr;
    for (QCustomPlot* c : all)
        if (c->isVisible() && (c->hasFocus() || !target)) target = c;
    const QString f = QFileDialog::getSaveFileName(this, tr("Export chart"), {}, tr("PNG (*.png);;PDF (*.pdf)"));
    if (f.isEmpty()) return;
    if (!target || !exportChart(target, f)) showIssues(tr("Could not export the chart"), {Issue{ErrorCode::Io, f.toStdString(), "", "no visible chart, or the file cannot be written"}});
}

QTableView* MainWindow::positionsView() const { return m_positions->table(); }
QTableView* MainWindow::loansView() const { return m_loans->table(); }
PositionsModel* MainWindow::positionsModel() const { return m_positions->model(); }

} // namespace ballast::ui
