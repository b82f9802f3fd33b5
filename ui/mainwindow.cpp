#include "mainwindow.h"

#include "dialogs/csvimportdialog.h"
#include "dialogs/issuesdialog.h"
#include "dialogs/recoverydialog.h"
#include "edits.h"
#include "feed/feedmenu.h"
#include "feed/livefeed.h"
#include "format.h"
#include "json_io.h"
#include "palette.h"
#include "plots/chart.h"
#include "plots/heatmapchart.h"
#include "report/lenderreport.h"
#include "report/tablesexport.h"
#include "session/document.h"
#include "session/languagemenu.h"
#include "session/session.h"
#include "story/storyview.h"
#include "views/alertsview.h"
#include "views/dashboardview.h"
#include "views/graphview.h"
#include "views/heatmapview.h"
#include "views/positionsview.h"
#include "views/stressview.h"
#include "views/oraclelagview.h"
#include "views/survivalview.h"
#include "views/bottleneckview.h"
#include "views/crosschainview.h"
#include "views/whatifview.h"
#include "widgets/kpistrip.h"
#include "widgets/redraw.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ballast::ui {

namespace {
constexpr double kPresentationChartScale = 1.35; // charts' type in presentation mode (F11)
} // namespace

QStringList MainWindow::viewNames()
{
    QStringList names;
    for (ViewId v : kAllViews) names << viewKey(v);
    return names;
}

MainWindow::MainWindow(BookIo io, bool persistent, QWidget* parent)
    : QMainWindow(parent), m_persistent(persistent), m_desk(new DeskState(this)), m_feed(new FeedController(m_desk, this)),
      m_session(new Session(persistent, this)), m_doc(new Document(std::move(io), m_desk, m_session, persistent, this))
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
    // a big workbook reads for seconds: its progress beside the status, and a way to stop it
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setText(tr("Cancel loading"));
    m_cancelLoad->setToolTip(tr("Stop reading the book; the book on the desk stays"));
    m_cancelLoad->setAutoRaise(true);
    m_cancelLoad->hide();
    statusBar()->addPermanentWidget(m_cancelLoad);
    connect(m_cancelLoad, &QToolButton::clicked, m_doc, &Document::cancelLoad);
    refreshKpis();

    connect(m_doc, &Document::loadStarted, this, [this](const QString& label) {
        m_loadingLabel = label;
        m_statusCompute->setText(tr("Loading %1…").arg(label));
        m_cancelLoad->show();
    });
    connect(m_doc, &Document::loadProgress, this, [this](int percent) {
        if (m_doc->isLoading()) m_statusCompute->setText(tr("Loading %1… %2 %").arg(m_loadingLabel).arg(percent));
    });
    connect(m_doc, &Document::loaded, this, [this] { m_cancelLoad->hide(); });
    connect(m_doc, &Document::loaded, this, &MainWindow::showLoaded);
    connect(m_doc, &Document::loadFailed, this, [this](const LoadedBook& loaded) {
        m_cancelLoad->hide();
        if (loaded.issues.size() == 1 && loaded.issues[0].code == ErrorCode::Cancelled) {
            m_statusCompute->setText(tr("Loading cancelled"));
            log(tr("Stopped loading %1; the desk keeps the book it had").arg(loaded.path));
            Q_EMIT bookLoaded(false);
            return;
        }
        m_statusCompute->setText(tr("Load failed"));
        showIssues(tr("Could not open %1; nothing was changed").arg(loaded.path), loaded.issues);
        log(tr("Could not open %1 (%2 problem(s))").arg(loaded.path).arg(loaded.issues.size()));
        Q_EMIT bookLoaded(false);
    });
    connect(m_doc, &Document::saved, this, [this](const Issues& issues) {
        if (!issues.empty()) showIssues(tr("Could not save; the file on disk is unchanged"), issues);
        else statusBar()->showMessage(tr("Saved %1").arg(m_doc->path()), 4000);
        Q_EMIT saved(issues.empty());
    });
    connect(m_doc, &Document::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_doc, &Document::logged, this, &MainWindow::log);
    // live ticks: tables and KPI cards at most ten times a second
    coalesceRedraws(m_desk, &DeskState::exposureChanged, this, 100, [this] {
        refreshTables();
        refreshKpis();
    });
    connect(m_desk, &DeskState::selectionChanged, this, &MainWindow::followSelection);
    connect(m_feed, &FeedController::stateChanged, this, [this](const QString& text, bool connected) {
        m_statusFeed->setText((connected ? QStringLiteral("● ") : QStringLiteral("○ ")) + text);
    });
    connect(m_feed, &FeedController::event, this, &MainWindow::log);

    connect(m_session, &Session::autosaveFailed, this, [this](const QString& why) { log(tr("Autosave failed: %1").arg(why)); });
    connect(m_session, &Session::recentChanged, this, &MainWindow::rebuildRecentMenu);
    m_session->startPeriodic([this] { return isDirty(); }, [this] { return std::pair{m_desk->book(), m_doc->path()}; });
    if (m_persistent) {
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
}

bool MainWindow::isDirty() const { return m_doc->isDirty(); }
QString MainWindow::currentPath() const { return m_doc->path(); }
QUndoStack* MainWindow::undoStack() const { return m_doc->undoStack(); }
void MainWindow::openBook(const QString& path) { m_doc->open(path); }
void MainWindow::importCsv(const QString& nodes, const QString& links, const QString& positions, const QString& prices)
{
    m_doc->importCsv(nodes, links, positions, prices);
}
void MainWindow::applyEdit(const QString& description, std::shared_ptr<const Book> edited) { m_doc->applyEdit(description, std::move(edited)); }
void MainWindow::recoverAutosave(const QString& file) { m_doc->recoverAutosave(file); }

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
    connect(m_positions, &PositionsView::editRequested, m_doc, &Document::applyEdit);
    connect(m_positions, &PositionsView::logged, this, &MainWindow::log);
    connect(m_positions, &PositionsView::problems, this, &MainWindow::showIssues);

    m_heatmap = new HeatmapView(m_desk, this);
    m_dashboard = new DashboardView(m_desk, this);
    m_whatIf = new WhatIfView(m_desk, this);
    m_stress = new StressView(m_desk, this);
    m_survival = new SurvivalView(m_desk, this);
    m_oracleLag = new OracleLagView(m_desk, this);
    m_bottlenecks = new BottleneckView(m_desk, this);
    m_crossChain = new CrossChainView(m_desk, this);
    connect(m_bottlenecks, &BottleneckView::showOnGraph, this, [this] {
        m_graph->setLinkColouring(LinkColouring::Velocity);
        showView(ViewId::Graph);
    });
    m_alerts = new AlertsView(m_desk, this);
    m_log = new EventLog(this);

    auto dock = [this](ViewId id, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(viewTitle(id), this);
        d->setObjectName(QStringLiteral("dock-") + viewKey(id));
        d->setWidget(w);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        m_docks[static_cast<size_t>(id)] = d;
        return d;
    };
    QDockWidget* dash = dock(ViewId::Dashboard, m_dashboard, Qt::RightDockWidgetArea);
    QDockWidget* heat = dock(ViewId::Heatmap, m_heatmap, Qt::RightDockWidgetArea);
    QDockWidget* alerts = dock(ViewId::Alerts, m_alerts, Qt::RightDockWidgetArea);
    QDockWidget* pos = dock(ViewId::Positions, m_positions, Qt::BottomDockWidgetArea);
    QDockWidget* loans = dock(ViewId::Loans, m_loans, Qt::BottomDockWidgetArea);
    QDockWidget* whatif = dock(ViewId::WhatIf, m_whatIf, Qt::BottomDockWidgetArea);
    QDockWidget* stress = dock(ViewId::Stress, m_stress, Qt::BottomDockWidgetArea);
    QDockWidget* logDock = dock(ViewId::Log, m_log, Qt::BottomDockWidgetArea);
    QDockWidget* survival = dock(ViewId::Survival, m_survival, Qt::BottomDockWidgetArea);
    QDockWidget* oracleLag = dock(ViewId::OracleLag, m_oracleLag, Qt::BottomDockWidgetArea);
    QDockWidget* bottlenecks = dock(ViewId::Bottlenecks, m_bottlenecks, Qt::BottomDockWidgetArea);
    QDockWidget* crossChain = dock(ViewId::CrossChain, m_crossChain, Qt::BottomDockWidgetArea);
    tabifyDockWidget(dash, heat);
    splitDockWidget(dash, alerts, Qt::Vertical);
    tabifyDockWidget(pos, loans);
    tabifyDockWidget(pos, whatif);
    tabifyDockWidget(pos, survival);
    tabifyDockWidget(pos, oracleLag);
    tabifyDockWidget(pos, bottlenecks);
    tabifyDockWidget(pos, crossChain);
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
    connect(m_whatIf, &WhatIfView::editRequested, m_doc, &Document::applyEdit);
    connect(m_whatIf, &WhatIfView::finished, this, [this](bool ok) {
        if (!ok) return;
        m_survival->setRun(m_whatIf->sharedRun());
        m_oracleLag->setRun(m_whatIf->sharedRun());
        m_heatmap->setRun(m_whatIf->sharedRun());
        m_crossChain->setRun(m_whatIf->sharedRun());
    });
    connect(m_whatIf, &WhatIfView::logged, this, &MainWindow::log);
    connect(m_stress, &StressView::logged, this, &MainWindow::log);
    connect(m_stress, &StressView::finished, this, &MainWindow::refreshKpis);
    connect(m_alerts->model(), &AlertsModel::raised, this, [this](const QString& t) { log(tr("ALERT %1").arg(t)); });
    connect(m_alerts, &AlertsView::countChanged, this, [this](int n) {
        dockOf(ViewId::Alerts)->setWindowTitle(n > 0 ? tr("Alerts (%1)").arg(n) : tr("Alerts"));
    });
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        onOpen(tr("Open book"), tr("Ballast books (*.ballast *.json);;All files (*)"));
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &demo book"), this, [this] {
        if (maybeSave()) openBook(QStringLiteral("demo"));
    });
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::onSave);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::onSaveAs);
    file->addSeparator();
    file->addAction(tr("Import &JSON…"), this, [this] { onOpen(tr("Import workbook JSON"), tr("JSON (*.json)")); });
    file->addAction(tr("Import &CSV…"), this, &MainWindow::onImportCsv);
    file->addAction(tr("&Export JSON…"), this, &MainWindow::onExportJson);
    file->addAction(tr("Export chart (PNG/PDF)…"), this, &MainWindow::onExportChart);
    file->addAction(tr("Export &tables (Excel)…"), this, [this] {
        QString f = QFileDialog::getSaveFileName(this, tr("Export tables"), {}, tr("Excel workbook (*.xlsx)"));
        if (f.isEmpty()) return;
        if (!f.endsWith(QStringLiteral(".xlsx"))) f += QStringLiteral(".xlsx");
        exportTables(f);
    });
    file->addAction(tr("Lender &report (PDF)…"), this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Lender report"), {}, tr("PDF (*.pdf)"));
        if (!f.isEmpty() && exportReport(f)) log(tr("Report written to %1").arg(f));
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find positions"), QKeySequence::Find, this, [this] {
        showView(ViewId::Positions);
        m_positions->focusFilter();
    });

    QMenu* views = menuBar()->addMenu(tr("&View"));
    int key = 1;
    for (ViewId v : kAllViews) {
        if (v == ViewId::Graph) continue; // the central widget, not a dock
        QAction* a = dockOf(v)->toggleViewAction();
        if (key <= 8) a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + key++)));
        views->addAction(a);
    }
    views->addSeparator();
    views->addAction(tr("Restore default layout"), this, [this] { restoreState(m_normalState); });
    fillLanguageMenu(views->addMenu(tr("&Language")),
                     [this] { statusBar()->showMessage(tr("The language changes when Ballast starts next."), 8000); });
    views->addAction(tr("P&resent the story"), QKeySequence(Qt::Key_F5), this, [this] { present(QString()); });
    m_presentAction = views->addAction(tr("&Presentation mode"), QKeySequence(Qt::Key_F11), this, [this] { setPresentationMode(!m_presentation); });
    m_presentAction->setCheckable(true);

    QAction* feedToggle = fillFeedMenu(menuBar()->addMenu(tr("&Live")), m_feed, m_desk, this);

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Run what-if"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        showView(ViewId::WhatIf);
        m_whatIf->run();
    });
    analysis->addAction(tr("Run &Monte Carlo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, [this] {
        showView(ViewId::Stress);
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
    tb->addAction(feedToggle);
    tb->addSeparator();
    tb->addAction(tr("What-if"), this, [this] { showView(ViewId::WhatIf); });
    tb->addAction(tr("Stress"), this, [this] { showView(ViewId::Stress); });
    tb->addAction(m_presentAction);
    addToolBarBreak();
    addToolBar(Qt::TopToolBarArea, kpiBar);
}

QWidget* MainWindow::view(ViewId v) const { return v == ViewId::Graph ? static_cast<QWidget*>(m_graph) : dockOf(v)->widget(); }

QWidget* MainWindow::view(const QString& key) const
{
    const auto v = viewFromKey(key);
    return v ? view(*v) : nullptr;
}

void MainWindow::showView(ViewId v)
{
    if (v == ViewId::Graph) return;
    dockOf(v)->show();
    dockOf(v)->raise();
}

void MainWindow::showView(const QString& key)
{
    if (const auto v = viewFromKey(key)) showView(*v);
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
        setChartFontScale(kPresentationChartScale);
        m_kpis->setNoteLines(2); // the notes whole at the larger type, not cut after a few words
        menuBar()->hide();
        for (QToolBar* t : findChildren<QToolBar*>())
            if (t->objectName() != QStringLiteral("kpiToolbar")) t->hide();
        for (ViewId v : {ViewId::Log, ViewId::Alerts, ViewId::Loans, ViewId::Stress}) dockOf(v)->hide();
        m_positions->setEditing(false);
        if (QApplication::platformName() != QStringLiteral("offscreen")) showFullScreen();
    } else {
        setStyleSheet(QString());
        setChartFontScale(1.0);
        m_kpis->setNoteLines(1);
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
    m_survival->restyle();
    m_oracleLag->restyle();
    m_bottlenecks->restyle();
    m_crossChain->restyle();
    if (m_stress->result()) m_stress->restyle();
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_desk->book() ? QString::fromStdString(m_desk->book()->meta.name) : QString();
    setWindowTitle(m_presentation ? tr("%1 — Ballast (presentation: F11 to leave)").arg(name) : tr("%1[*] — Ballast").arg(name));
}

void MainWindow::showLoaded(const LoadedBook& loaded, bool edit)
{
    const Book& b = *loaded.book;
    const TableRefresh why = edit ? TableRefresh::Edit : TableRefresh::NewBook;
    m_positions->refresh(why);
    m_loans->refresh(why);
    refreshKpis();
    updateTitle();
    m_statusBook->setText(tr("%1  ·  %2 positions · %3 loans · %4 nodes · as of %5")
                              .arg(QString::fromStdString(b.meta.name))
                              .arg(b.positions.size())
                              .arg(b.loans.size())
                              .arg(b.nodes.size())
                              .arg(b.meta.asOf ? QString::fromStdString(formatIsoTime(b.meta.asOf)).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) : tr("(no date set)")));
    m_statusCompute->setText(tr("Loaded in %1 ms · exposure %2 ms").arg(loaded.loadMs, 0, 'f', 0).arg(loaded.exposureMs, 0, 'f', 1));
    if (!loaded.issues.empty())
        statusBar()->showMessage(tr("%n warning(s) while loading", nullptr, static_cast<int>(loaded.issues.size())), 8000);
    if (!edit) log(tr("Opened %1 (%2 positions, %3 loans) in %4 ms").arg(loaded.path).arg(b.positions.size()).arg(b.loans.size()).arg(loaded.loadMs + loaded.exposureMs, 0, 'f', 0));
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
    const RelatedRows rows = m_desk->related(s);
    if (s.kind != Selection::Kind::Pool) {
        m_positions->selectRows(rows.positions);
        m_loans->selectRows(rows.loans);
    }
    const int node = m_desk->nodeOf(s);
    if (node >= 0)
        statusBar()->showMessage(tr("Selected %1 — %2 position(s), %3 loan(s)")
                                     .arg(QString::fromStdString(book->nodes[node].name))
                                     .arg(rows.positions.size())
                                     .arg(rows.loans.size()),
                                 6000);
}

void MainWindow::refreshKpis() { m_kpis->show(m_desk->engine().get(), m_stress ? m_stress->result() : nullptr); }

void MainWindow::showIssues(const QString& title, const Issues& issues) { ballast::ui::showIssues(this, title, issues); }

bool MainWindow::maybeSave()
{
    if (!isDirty() || QApplication::platformName() == QStringLiteral("offscreen")) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The book has changes that are not saved. Save them first?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) {
        onSave();
        m_doc->waitForSave(); // the user asked to wait for the save
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
        if (!isDirty()) Session::discardAll(); // a clean exit leaves nothing to recover
    }
    m_feed->stop();
    e->accept();
}

QString MainWindow::autosaveDirectory() { return Session::autosaveDirectory(); }

QString MainWindow::autosaveNow()
{
    const BookPtr b = m_desk->book();
    return b ? m_session->autosaveNow(*b, m_doc->path()) : QString();
}

void MainWindow::checkRecovery()
{
    const QString file = Session::newestAutosave();
    if (file.isEmpty() || QApplication::platformName() == QStringLiteral("offscreen")) return;
    switch (askRecovery(this, file)) {
    case RecoveryChoice::Open: m_doc->recoverAutosave(file); break;
    case RecoveryChoice::Discard:
        Session::discard(file);
        log(tr("Discarded the autosave %1").arg(file));
        break;
    case RecoveryChoice::Later: break;
    }
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = m_session->recentFiles();
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

bool MainWindow::exportReport(const QString& path, const QPageSize& pageSize)
{
    ReportInput in{m_desk->engine(), {}, m_stress->sharedResult(), pageSize, [this](const ShockResult* r) { return networkPicture(r); }};
    if (!in.engine) return false;
    // the last what-if run, when it was of this book
    if (const WhatIfRun* run = m_whatIf->lastRun(); run && run->book == m_desk->book())
        in.scenarios.push_back({run->scenario, run->result, run->compared ? std::optional(run->withoutBreakers) : std::nullopt});
    const Result<int> r = writeLenderReport(path, in);
    if (!r) showIssues(tr("Could not write the report"), r.issues());
    return r.ok();
}

StoryView* MainWindow::present(const QString& scenarioId)
{
    if (!m_story) {
        m_story = new StoryView(m_desk, this);
        m_story->setWindowFlag(Qt::Window);
        m_story->setWindowTitle(tr("%1 — Ballast story").arg(m_desk->book() ? QString::fromStdString(m_desk->book()->meta.name) : QString()));
        connect(m_story, &StoryView::closed, this, [this] {
            m_story->hide();
            setChartFontScale(m_presentation ? kPresentationChartScale : 1.0); // the desk's type size back
            activateWindow();
        });
    }
    m_story->start(scenarioId);
    if (QApplication::platformName() != QStringLiteral("offscreen")) m_story->showFullScreen();
    m_story->setFocus();
    return m_story;
}

QImage MainWindow::networkPicture(const ShockResult* scenario) { return m_graph->printPicture(scenario); }

void MainWindow::exportTables(const QString& path)
{
    exportTablesInBackground(this, path, m_desk->engine(), m_whatIf->sharedRun(), m_stress->sharedResult(), [this, path](const Issues& issues, int sheets) {
        if (!issues.empty()) showIssues(tr("Could not export the tables"), issues);
        else log(tr("Exported %n table(s) to %1", nullptr, sheets).arg(path));
        Q_EMIT tablesExported(issues.empty());
    });
}

void MainWindow::onOpen(const QString& caption, const QString& filter)
{
    if (!maybeSave()) return;
    const QString f = QFileDialog::getOpenFileName(this, caption, {}, filter);
    if (!f.isEmpty()) m_doc->open(f);
}

void MainWindow::onSave()
{
    if (m_doc->path().isEmpty()) onSaveAs();
    else m_doc->saveTo(m_doc->path());
}

void MainWindow::onSaveAs()
{
    if (!m_desk->book()) return;
    QString f = QFileDialog::getSaveFileName(this, tr("Save workbook"), {}, tr("Ballast workbook (*.ballast)"));
    if (f.isEmpty()) return;
    if (!f.endsWith(QStringLiteral(".ballast"))) f += QStringLiteral(".ballast");
    m_doc->saveTo(f);
}

void MainWindow::onImportCsv()
{
    if (!maybeSave()) return;
    if (const auto in = askCsvImport(this))
        importCsv(QString::fromStdString(in->nodes), QString::fromStdString(in->links), QString::fromStdString(in->positions),
                  QString::fromStdString(in->prices));
}

void MainWindow::onExportJson()
{
    if (!m_desk->book()) return;
    const QString f = QFileDialog::getSaveFileName(this, tr("Export workbook JSON"), {}, tr("JSON (*.json)"));
    if (f.isEmpty()) return;
    const Issues issues = writeFileAtomic(f.toStdString(), workbookToJson(*m_desk->book()).dump(2) + "\n");
    if (!issues.empty()) showIssues(tr("Could not export"), issues);
}

void MainWindow::onExportChart()
{
    QList<plots::Chart*> all = m_dashboard->charts() + m_whatIf->charts() + m_stress->charts();
    plots::Chart* target = plots::focusedChart(all << m_heatmap->plot() << m_heatmap->curve());
    const QString f = QFileDialog::getSaveFileName(this, tr("Export chart"), {}, tr("PNG (*.png);;PDF (*.pdf)"));
    if (f.isEmpty()) return;
    if (!target || !target->exportTo(f)) showIssues(tr("Could not export the chart"), {Issue{ErrorCode::Io, f.toStdString(), "", Msg::Verbatim, {tr("no visible chart, or the file cannot be written").toStdString()}}});
}

QTableView* MainWindow::positionsView() const { return m_positions->table(); }
QTableView* MainWindow::loansView() const { return m_loans->table(); }
PositionsModel* MainWindow::positionsModel() const { return m_positions->model(); }

} // namespace ballast::ui
