#include "whatifview.h"

#include "graphview.h"

#include "palette.h"
#include "plots/chart.h"
#include "plots/whatifcharts.h"
#include "layout.h"
#include "edits.h"
#include "format.h"
#include "workers/booktask.h"
#include "suggest.h"
#include "widgets/emptystate.h"
#include "workers/handoff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ballast::ui {

namespace {

constexpr int kTypeCol = 0, kTargetCol = 1, kValueCol = 2, kRemoveCol = 3;

QString shockLabel(ShockType t)
{
    switch (t) {
    case ShockType::Price: return QObject::tr("Price move");
    case ShockType::Volatility: return QObject::tr("Volatility ×");
    case ShockType::Depeg: return QObject::tr("Stablecoin depeg");
    case ShockType::Liquidity: return QObject::tr("Liquidity drain (venue)");
    case ShockType::OracleStale: return QObject::tr("Oracle stale");
    case ShockType::OracleManipulation: return QObject::tr("Oracle manipulation");
    case ShockType::Default: return QObject::tr("Node default");
    case ShockType::Delay: return QObject::tr("Shipping delay (node/port)");
    case ShockType::Halt: return QObject::tr("Venue halt");
    case ShockType::Finality: return QObject::tr("Chain finality");
    case ShockType::Replay: return QObject::tr("Historical replay");
    }
    return {};
}

QString nodeName(const Book& b, int i)
{
    return QString::fromStdString(b.nodes[i].name.empty() ? b.nodes[i].id : b.nodes[i].name);
}

QTableWidgetItem* num(const QString& text, double sortValue = 0)
{
    auto* it = new QTableWidgetItem(text);
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    it->setData(Qt::UserRole, sortValue);
    return it;
}

/// A shock's row: what the editor needs to rebuild a Shock.
struct Row
{
    ShockType type;
    int target;   // index into the target list's data
    double value; // in the unit the row shows
};

/// A default's cause in words (the what-if node table).
QString causeText(DefaultCause cause)
{
    switch (cause) {
    case DefaultCause::Shock: return WhatIfView::tr("shock");
    case DefaultCause::SupplyChain: return WhatIfView::tr("supply chain");
    case DefaultCause::Clearing: return WhatIfView::tr("clearing");
    case DefaultCause::None: break;
    }
    return QString();
}

} // namespace

WhatIfView::WhatIfView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(split);

    // ---- left: library + editor ----
    auto* left = new QWidget(split);
    m_editor = left;
    auto* lv = new QVBoxLayout(left);
    lv->setContentsMargins(6, 6, 6, 6);
    lv->setSpacing(4);
    lv->addWidget(new QLabel(tr("<b>Scenario library</b>"), left));
    m_library = new QListWidget(left);
    m_library->setMaximumHeight(150);
    lv->addWidget(m_library);
    auto* nameRow = new QHBoxLayout;
    m_name = new QLineEdit(left);
    m_name->setPlaceholderText(tr("Scenario name"));
    nameRow->addWidget(m_name, 1);
    lv->addLayout(nameRow);
    m_shocks = makeResultTable(left, {tr("Shock"), tr("Target"), tr("Size"), QString()});
    m_shocks->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_shocks->setSelectionMode(QAbstractItemView::NoSelection);
    m_shocks->verticalHeader()->setDefaultSectionSize(26);
    m_shocks->horizontalHeader()->setSectionResizeMode(kTypeCol, QHeaderView::Interactive);
    m_shocks->horizontalHeader()->setSectionResizeMode(kTargetCol, QHeaderView::Stretch);
    m_shocks->horizontalHeader()->setSectionResizeMode(kValueCol, QHeaderView::Interactive);
    m_shocks->horizontalHeader()->setSectionResizeMode(kRemoveCol, QHeaderView::Fixed);
    m_shocks->horizontalHeader()->setStretchLastSection(false);
    m_shocks->setColumnWidth(kTypeCol, 150);
    m_shocks->setColumnWidth(kValueCol, 120);
    m_shocks->setColumnWidth(kRemoveCol, 26);
    left->setMinimumWidth(460);
    lv->addWidget(m_shocks, 1);
    auto* add = new QToolButton(left);
    add->setText(tr("Add shock"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto* addMenu = new QMenu(add);
    for (ShockType t : {ShockType::Price, ShockType::Volatility, ShockType::Depeg, ShockType::Liquidity, ShockType::OracleStale,
                        ShockType::OracleManipulation, ShockType::Default, ShockType::Delay, ShockType::Halt, ShockType::Finality})
        addMenu->addAction(shockLabel(t), this, [this, t] { addShockRow(t); });
    add->setMenu(addMenu);
    m_saveButton = new QPushButton(tr("Save to book"), left);
    m_saveButton->setToolTip(tr("Add this scenario to the book's library (undoable)"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    addRow->addWidget(m_saveButton);
    lv->addLayout(addRow);
    m_breakers = new QCheckBox(tr("Circuit breakers on"), left);
    m_breakers->setChecked(true);
    m_compareBreakers = new QCheckBox(tr("Also run without breakers (compare)"), left);
    m_compareBreakers->setChecked(true);
    lv->addWidget(m_breakers);
    lv->addWidget(m_compareBreakers);
    auto* runRow = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), left);
    m_runButton->setDefault(true);
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runButton->setToolTip(tr("Run the scenario (Ctrl+R)"));
    m_cancelButton = new QPushButton(tr("Cancel"), left);
    m_cancelButton->setEnabled(false);
    m_pinButton = new QPushButton(tr("Pin as B"), left);
    m_pinButton->setToolTip(tr("Keep this result to compare the next run against"));
    m_pinButton->setEnabled(false);
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_pinButton);
    lv->addLayout(runRow);
    m_progress = new QProgressBar(left);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    lv->addWidget(m_progress);
    m_status = new QLabel(left);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("muted"));
    lv->addWidget(m_status);
    split->addWidget(left);

    // ---- right: results ----
    auto* right = new QWidget(split);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(right);
    m_tabs->setDocumentMode(true);
    auto* overview = new QWidget(m_tabs);
    auto* ov = new QHBoxLayout(overview);
    ov->setContentsMargins(4, 4, 4, 4);
    m_summary = makeResultTable(overview, {tr("Measure"), tr("Run"), tr("Compare")});
    m_summary->setSortingEnabled(false);
    m_waterfall = new plots::Chart(QStringLiteral("chartWaterfall"), overview);
    ov->addWidget(m_summary, 2);
    ov->addWidget(m_waterfall, 3);
    m_tabs->addTab(overview, tr("Summary && attribution"));

    auto* cascade = new QWidget(m_tabs);
    auto* cv = new QVBoxLayout(cascade);
    cv->setContentsMargins(4, 4, 4, 4);
    auto* replay = new QHBoxLayout;
    m_play = new QToolButton(cascade);
    m_play->setText(tr("Play"));
    m_play->setCheckable(true);
    m_step = new QToolButton(cascade);
    m_step->setText(tr("Step"));
    m_roundSlider = new QSlider(Qt::Horizontal, cascade);
    m_roundSlider->setRange(0, 0);
    m_roundLabel = new QLabel(cascade);
    replay->addWidget(m_play);
    replay->addWidget(m_step);
    replay->addWidget(m_roundSlider, 1);
    replay->addWidget(m_roundLabel);
    cv->addLayout(replay);
    auto* cs = new QSplitter(Qt::Vertical, cascade);
    m_cascade = new plots::Chart(QStringLiteral("chartCascade"), cs, plots::Chart::Title::None);
    m_rounds = makeResultTable(cs, {tr("Round"), tr("Stage"), tr("Liquidations"), tr("Debt repaid"), tr("Collateral sold"),
                              tr("Proceeds"), tr("Bad debt"), tr("Halted venues")});
    cs->addWidget(m_cascade);
    cs->addWidget(m_rounds);
    cv->addWidget(cs, 1);
    m_tabs->addTab(cascade, tr("Cascade"));
    m_nodes = makeResultTable(m_tabs, {tr("Node"), tr("Type"), tr("Loss"), tr("Price"), tr("Liq. penalty"), tr("Fire sale"), tr("Oracle"),
                                 tr("Default"), tr("Supply chain"), tr("Hedges"), tr("Defaulted"), tr("DebtRank"), tr("Supply lost"),
                                 tr("Recovers in"), tr("Survives")});
    m_nodes->setSortingEnabled(true);
    m_nodes->setObjectName(QStringLiteral("whatIfNodes"));
    // a click selects the node everywhere (connected once: a lambda cannot be a unique connection)
    connect(m_nodes, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (auto* it = m_nodes->item(row, 0)) m_desk->select({Selection::Kind::Node, it->data(Qt::UserRole + 5).toInt()});
    });
    m_tabs->addTab(m_nodes, tr("Defaults && losses by node"));
    rv->addWidget(m_tabs);
    m_empty = new EmptyState(m_tabs);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);

    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(600);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (m_roundSlider->value() >= m_roundSlider->maximum()) {
            m_play->setChecked(false);
            return;
        }
        m_roundSlider->setValue(m_roundSlider->value() + 1);
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        if (on && m_roundSlider->value() >= m_roundSlider->maximum()) m_roundSlider->setValue(0);
        if (on) m_playTimer->start();
        else m_playTimer->stop();
        m_play->setText(on ? tr("Pause") : tr("Play"));
    });
    connect(m_step, &QToolButton::clicked, this, [this] { m_roundSlider->setValue(std::min(m_roundSlider->value() + 1, m_roundSlider->maximum())); });
    connect(m_roundSlider, &QSlider::valueChanged, this, &WhatIfView::showRound);
    connect(m_library, &QListWidget::currentRowChanged, this, [this](int row) {
        const BookPtr b = m_desk->book();
        if (!b || row < 0) return;
        const int nBook = static_cast<int>(b->scenarios.size());
        const int nUser = static_cast<int>(m_userScenarios.size());
        if (row < nBook) loadIntoEditor(b->scenarios[row]);
        else if (row - nBook < nUser) loadIntoEditor(m_userScenarios[row - nBook]);
        else if (const QVariant k = m_library->item(row)->data(Qt::UserRole); k.isValid() && k.toInt() < static_cast<int>(m_suggested.size()))
            loadIntoEditor(m_suggested[k.toInt()]);
    });
    connect(m_runButton, &QPushButton::clicked, this, &WhatIfView::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &WhatIfView::cancel);
    connect(m_pinButton, &QPushButton::clicked, this, [this] {
        m_pinned = m_run;
        m_status->setText(tr("Pinned “%1” as B; the next run is compared against it.").arg(QString::fromStdString(m_run->scenario.name)));
        fillSummary();
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        Scenario s = editedScenario();
        if (s.shocks.empty()) return;
        m_userScenarios.push_back(s);
        rebuildLibrary();
        if (const BookPtr b = m_desk->book()) Q_EMIT editRequested(tr("add scenario “%1”").arg(QString::fromStdString(s.name)), withScenario(*b, s));
    });
    whenFinished(m_watcher, this, [this] {
        m_runButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        const JobResult<std::shared_ptr<WhatIfRun>> r = m_watcher.result();
        if (!r || (*r.value)->result.cancelled) {
            m_status->setText(r ? tr("Cancelled; nothing changed.") : tr("The run failed: %1").arg(QString::fromStdString(r.error)));
            m_progress->setValue(0);
            Q_EMIT finished(false);
            return;
        }
        m_run = *r.value;
        m_empty->setMessage({});
        m_pinButton->setEnabled(true);
        m_progress->setValue(100);
        showRun();
        const ShockResult& res = m_run->result;
        Q_EMIT logged(tr("What-if “%1”: loss %2, bad debt %3, %4 liquidations, %5 defaults (%6 ms)")
                          .arg(QString::fromStdString(m_run->scenario.name), formatMoney(res.losses.total()), formatMoney(res.badDebt))
                          .arg(res.liquidations)
                          .arg(res.defaults)
                          .arg(res.elapsedMs, 0, 'f', 1));
        Q_EMIT finished(true);
    });
    connect(desk, &DeskState::bookChanged, this, [this] {
        m_run.reset();
        m_pinned.reset();
        m_userScenarios.clear();
        rebuildLibrary();
        if (m_library->count() > 0) m_library->setCurrentRow(0);
        else m_shocks->setRowCount(0), m_name->clear();
        const BookPtr b = m_desk->book();
        if (!b) m_empty->setMessage(tr("<b>No book open</b><br>File > Open, or File > Import CSV…"));
        else if (m_library->count() == 0)
            m_empty->setMessage(tr("<b>Nothing to shock yet</b><br>This book has no nodes, assets or scenarios. "
                                   "Add a supply chain (File > Import CSV… with nodes.csv and links.csv) or assets and positions."));
        else if (b->scenarios.empty())
            m_empty->setMessage(tr("<b>No scenarios in this book</b><br>The library suggests some from the book's shape "
                                   "(a supplier default, a delay at the busiest hub…). Pick one, or build your own with Add shock, "
                                   "then press Run (Ctrl+R)."));
        else m_empty->setMessage(tr("<b>No run yet</b><br>Pick a scenario in the library (or build one with Add shock) and press Run (Ctrl+R)."));
    });
}

WhatIfView::~WhatIfView()
{
    if (m_cancelToken) m_cancelToken->cancel();
    waitFor(m_watcher);
}

QList<plots::Chart*> WhatIfView::charts() const { return {m_waterfall, m_cascade}; }

void WhatIfView::setEditing(bool on) { m_editor->setVisible(on); }

void WhatIfView::restyle()
{
    if (!m_run) return;
    fillWaterfall();
    fillRounds();
    showRound(m_roundSlider->value());
}

void WhatIfView::rebuildLibrary()
{
    const QSignalBlocker block(m_library);
    m_library->clear();
    const BookPtr b = m_desk->book();
    if (!b) return;
    for (const Scenario& s : b->scenarios) {
        auto* it = new QListWidgetItem(QString::fromStdString(s.name.empty() ? s.id : s.name), m_library);
        it->setToolTip(QString::fromStdString(s.description));
    }
    for (const Scenario& s : m_userScenarios) new QListWidgetItem(QString::fromStdString(s.name) + tr("  (yours)"), m_library);
    // suggestions from the book's shape: a book without scenarios (a supply chain from CSV) still has something to run
    m_suggested.clear();
    for (const SuggestedScenario& x : suggestScenarios(*b)) {
        Scenario sc = x.scenario;
        const QString target = x.target < 0 ? QString()
                               : x.kind == SuggestedScenario::Kind::LargestHoldingDrop || x.kind == SuggestedScenario::Kind::OracleFreeze
                                   ? QString::fromStdString(b->assets[x.target].id)
                                   : nodeName(*b, x.target);
        QString name;
        switch (x.kind) {
        case SuggestedScenario::Kind::SupplierDefault: name = tr("Default of %1").arg(target); break;
        case SuggestedScenario::Kind::HubDelay: name = tr("14-day delay at %1").arg(target); break;
        case SuggestedScenario::Kind::LargestHoldingDrop: name = tr("%1 falls 30%").arg(target); break;
        case SuggestedScenario::Kind::CryptoCrash: name = tr("Crypto falls 40%"); break;
        case SuggestedScenario::Kind::OracleFreeze: name = tr("Oracle of %1 frozen 48 h, price −25%").arg(target); break;
        case SuggestedScenario::Kind::LiquidityDrain: name = tr("Half the liquidity of %1 withdrawn").arg(target); break;
        }
        sc.name = name.toStdString();
        auto* it = new QListWidgetItem(name + tr("  (suggested)"), m_library);
        it->setData(Qt::UserRole, static_cast<int>(m_suggested.size()));
        it->setToolTip(tr("Suggested from the book's shape; Save to book keeps it"));
        m_suggested.push_back(std::move(sc));
    }
}

bool WhatIfView::loadScenario(const QString& id)
{
    const BookPtr b = m_desk->book();
    if (!b) return false;
    for (size_t i = 0; i < b->scenarios.size(); ++i)
        if (QString::fromStdString(b->scenarios[i].id) == id) {
            m_library->setCurrentRow(static_cast<int>(i));
            loadIntoEditor(b->scenarios[i]);
            return true;
        }
    for (int row = 0; row < m_library->count(); ++row) { // a suggestion, by its id ("suggested-default")
        const int k = m_library->item(row)->data(Qt::UserRole).isValid() ? m_library->item(row)->data(Qt::UserRole).toInt() : -1;
        if (k >= 0 && k < static_cast<int>(m_suggested.size()) && QString::fromStdString(m_suggested[k].id) == id) {
            m_library->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void WhatIfView::fillTargets(int row)
{
    const BookPtr book = m_desk->book();
    auto* typeBox = qobject_cast<QComboBox*>(m_shocks->cellWidget(row, kTypeCol));
    auto* target = qobject_cast<QComboBox*>(m_shocks->cellWidget(row, kTargetCol));
    auto* value = qobject_cast<QDoubleSpinBox*>(m_shocks->cellWidget(row, kValueCol));
    if (!book || !typeBox || !target || !value) return;
    const Book& b = *book;
    const auto type = static_cast<ShockType>(typeBox->currentData().toInt());
    const QSignalBlocker block(target);
    target->clear();
    auto assets = [&](auto pred) {
        for (size_t a = 0; a < b.assets.size(); ++a)
            if (pred(b.assets[a])) target->addItem(QString::fromStdString(b.assets[a].id), static_cast<int>(a));
    };
    auto nodes = [&](auto pred) {
        for (size_t i = 0; i < b.nodes.size(); ++i)
            if (pred(b.nodes[i])) target->addItem(nodeName(b, static_cast<int>(i)), static_cast<int>(i));
    };
    value->setEnabled(true);
    switch (type) {
    case ShockType::Price:
    case ShockType::OracleManipulation:
        assets([](const Asset& a) { return a.kind != AssetKind::InvoiceToken; });
        value->setRange(-99, 500);
        value->setSuffix(QStringLiteral(" %"));
        value->setValue(-30);
        break;
    case ShockType::Volatility:
        assets([](const Asset& a) { return a.volatility > 0; });
        value->setRange(0.1, 20);
        value->setSuffix(QStringLiteral(" ×"));
        value->setValue(2);
        break;
    case ShockType::Depeg:
        assets([](const Asset& a) { return a.kind == AssetKind::Stablecoin; });
        value->setRange(0, 2);
        value->setSuffix(tr(" peg"));
        value->setValue(0.88);
        break;
    case ShockType::Liquidity:
        nodes([](const Node& n) { return n.type == NodeType::AmmVenue || n.type == NodeType::Exchange || n.type == NodeType::OtcDesk; });
        value->setRange(0, 100);
        value->setSuffix(tr(" % drained"));
        value->setValue(60);
        break;
    case ShockType::OracleStale:
        assets([](const Asset& a) { return a.kind != AssetKind::Fiat; });
        value->setEnabled(false);
        value->setSuffix(QString());
        break;
    case ShockType::Default:
        nodes([](const Node&) { return true; });
        value->setEnabled(false);
        value->setSuffix(QString());
        break;
    case ShockType::Delay:
        nodes([](const Node& n) { return isSupplyChainNode(n.type); });
        value->setRange(0, 365);
        value->setSuffix(tr(" days"));
        value->setValue(14);
        break;
    case ShockType::Halt:
        nodes([](const Node& n) { return n.isVenue(); });
        value->setRange(0, 1000);
        value->setDecimals(0);
        value->setSuffix(tr(" rounds (0 = all)"));
        value->setValue(6);
        break;
    case ShockType::Finality: {
        QStringList chains;
        for (const Node& n : b.nodes)
            if (!n.chain.empty()) chains << QString::fromStdString(n.chain);
        chains.removeDuplicates();
        for (const QString& c : chains) target->addItem(c, c);
        value->setRange(0, 86400);
        value->setDecimals(0);
        value->setSuffix(tr(" s"));
        value->setValue(3600);
        break;
    }
    case ShockType::Replay:
        assets([](const Asset& a) { return a.kind == AssetKind::Crypto; });
        value->setEnabled(false);
        break;
    }
}

void WhatIfView::addShockRow(ShockType type)
{
    const int row = m_shocks->rowCount();
    m_shocks->insertRow(row);
    auto* typeBox = new QComboBox(m_shocks);
    for (ShockType t : {ShockType::Price, ShockType::Volatility, ShockType::Depeg, ShockType::Liquidity, ShockType::OracleStale,
                        ShockType::OracleManipulation, ShockType::Default, ShockType::Delay, ShockType::Halt, ShockType::Finality,
                        ShockType::Replay})
        typeBox->addItem(shockLabel(t), static_cast<int>(t));
    typeBox->setCurrentIndex(typeBox->findData(static_cast<int>(type)));
    auto* target = new QComboBox(m_shocks);
    target->setEditable(true);
    target->setInsertPolicy(QComboBox::NoInsert);
    auto* value = new QDoubleSpinBox(m_shocks);
    value->setDecimals(2);
    value->setGroupSeparatorShown(true);
    auto* remove = new QToolButton(m_shocks);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this shock"));
    remove->setAutoRaise(true);
    m_shocks->setCellWidget(row, kTypeCol, typeBox);
    m_shocks->setCellWidget(row, kTargetCol, target);
    m_shocks->setCellWidget(row, kValueCol, value);
    m_shocks->setCellWidget(row, kRemoveCol, remove);
    fillTargets(row);
    connect(typeBox, &QComboBox::currentIndexChanged, this, [this, typeBox] {
        for (int r = 0; r < m_shocks->rowCount(); ++r)
            if (m_shocks->cellWidget(r, kTypeCol) == typeBox) fillTargets(r);
    });
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int r = 0; r < m_shocks->rowCount(); ++r)
            if (m_shocks->cellWidget(r, kRemoveCol) == remove) {
                m_shocks->removeRow(r);
                break;
            }
    });
}

void WhatIfView::loadIntoEditor(const Scenario& s)
{
    m_shocks->setRowCount(0);
    m_name->setText(QString::fromStdString(s.name.empty() ? s.id : s.name));
    m_name->setProperty("scenarioId", QString::fromStdString(s.id));
    m_name->setProperty("replays", QVariant());
    for (const Shock& k : s.shocks) {
        addShockRow(k.type);
        const int row = m_shocks->rowCount() - 1;
        auto* target = qobject_cast<QComboBox*>(m_shocks->cellWidget(row, kTargetCol));
        auto* value = qobject_cast<QDoubleSpinBox*>(m_shocks->cellWidget(row, kValueCol));
        QVariant key;
        double v = value->value();
        switch (k.type) {
        case ShockType::Price:
        case ShockType::OracleManipulation:
            key = k.assetIx;
            if (!std::isnan(k.relative)) v = k.relative * 100;
            else if (!std::isnan(k.set) && k.assetIx >= 0 && m_desk->engine())
                v = (k.set / std::max(1e-300, m_desk->engine()->marketPrice(k.assetIx)) - 1) * 100;
            break;
        case ShockType::Volatility: key = k.assetIx, v = std::isnan(k.multiplier) ? v : k.multiplier; break;
        case ShockType::Depeg: key = k.assetIx, v = !std::isnan(k.peg) ? k.peg : !std::isnan(k.set) ? k.set : v; break;
        case ShockType::Liquidity: key = k.venueIx, v = std::isnan(k.drain) ? v : k.drain * 100; break;
        case ShockType::OracleStale: key = k.assetIx; break;
        case ShockType::Default: key = k.nodeIx; break;
        case ShockType::Delay: key = k.nodeIx >= 0 ? k.nodeIx : -1, v = std::isnan(k.days) ? v : k.days; break;
        case ShockType::Halt: key = k.venueIx, v = k.rounds; break;
        case ShockType::Finality: key = QString::fromStdString(k.chain), v = std::isnan(k.seconds) ? v : k.seconds; break;
        case ShockType::Replay: key = k.assetIx; break;
        }
        const int ix = target->findData(key);
        if (ix >= 0) target->setCurrentIndex(ix);
        value->setValue(v);
        // shocks the editor cannot express exactly (a pool drain, one shipment, a price path) run as loaded
        if (k.type == ShockType::Replay || (k.type == ShockType::Liquidity && k.poolIx >= 0) ||
            (k.type == ShockType::Delay && k.shipmentIx >= 0)) {
            target->setEnabled(false);
            value->setEnabled(false);
            target->setToolTip(tr("Defined in the book (pool, shipment or price path); runs as loaded"));
            target->setProperty("verbatim", QVariant::fromValue(static_cast<int>(&k - s.shocks.data())));
        }
    }
    m_name->setProperty("source", QString::fromStdString(s.id));
}

Scenario WhatIfView::editedScenario() const
{
    Scenario s;
    const BookPtr book = m_desk->book();
    if (!book) return s;
    const Book& b = *book;
    s.name = m_name->text().toStdString();
    s.id = m_name->property("scenarioId").toString().toStdString();
    if (s.id.empty()) s.id = "custom";
    // the library scenario the editor started from, for shocks kept verbatim
    const Scenario* source = nullptr;
    for (const Scenario& sc : b.scenarios)
        if (sc.id == m_name->property("source").toString().toStdString()) source = &sc;
    for (const Scenario& sc : m_userScenarios)
        if (sc.id == m_name->property("source").toString().toStdString()) source = &sc;
    for (const Scenario& sc : m_suggested)
        if (sc.id == m_name->property("source").toString().toStdString()) source = &sc;
    for (int r = 0; r < m_shocks->rowCount(); ++r) {
        auto* typeBox = qobject_cast<QComboBox*>(m_shocks->cellWidget(r, kTypeCol));
        auto* target = qobject_cast<QComboBox*>(m_shocks->cellWidget(r, kTargetCol));
        auto* value = qobject_cast<QDoubleSpinBox*>(m_shocks->cellWidget(r, kValueCol));
        if (!typeBox || !target || !value) continue;
        const QVariant verbatim = target->property("verbatim");
        if (verbatim.isValid() && source && verbatim.toInt() < static_cast<int>(source->shocks.size())) {
            s.shocks.push_back(source->shocks[verbatim.toInt()]);
            continue;
        }
        Shock k;
        k.type = static_cast<ShockType>(typeBox->currentData().toInt());
        const QVariant key = target->currentData();
        const double v = value->value();
        const int ix = key.toInt();
        switch (k.type) {
        case ShockType::Price:
        case ShockType::OracleManipulation:
            if (ix < 0 || ix >= static_cast<int>(b.assets.size())) continue;
            k.assetIx = ix, k.asset = b.assets[ix].id, k.relative = v / 100.0;
            break;
        case ShockType::Volatility:
            if (ix < 0 || ix >= static_cast<int>(b.assets.size())) continue;
            k.assetIx = ix, k.asset = b.assets[ix].id, k.multiplier = v;
            break;
        case ShockType::Depeg:
            if (ix < 0 || ix >= static_cast<int>(b.assets.size())) continue;
            k.assetIx = ix, k.asset = b.assets[ix].id, k.peg = v, k.set = v;
            break;
        case ShockType::OracleStale:
            if (ix < 0 || ix >= static_cast<int>(b.assets.size())) continue;
            k.assetIx = ix, k.asset = b.assets[ix].id;
            break;
        case ShockType::Liquidity:
            if (ix < 0 || ix >= static_cast<int>(b.nodes.size())) continue;
            k.venueIx = ix, k.venue = b.nodes[ix].id, k.drain = v / 100.0;
            break;
        case ShockType::Default:
            if (ix < 0 || ix >= static_cast<int>(b.nodes.size())) continue;
            k.nodeIx = ix, k.node = b.nodes[ix].id;
            break;
        case ShockType::Delay:
            if (ix < 0 || ix >= static_cast<int>(b.nodes.size())) continue;
            k.nodeIx = ix, k.node = b.nodes[ix].id, k.days = v;
            break;
        case ShockType::Halt:
            if (ix < 0 || ix >= static_cast<int>(b.nodes.size())) continue;
            k.venueIx = ix, k.venue = b.nodes[ix].id, k.rounds = static_cast<int>(v);
            break;
        case ShockType::Finality:
            if (key.toString().isEmpty()) continue;
            k.chain = key.toString().toStdString(), k.seconds = v;
            break;
        case ShockType::Replay: continue; // only from the library (needs a price path)
        }
        s.shocks.push_back(k);
    }
    return s;
}

bool WhatIfView::running() const { return m_watcher.isRunning(); }

void WhatIfView::run()
{
    const BookPtr book = m_desk->book();
    if (m_watcher.isRunning()) return;
    const Scenario sc = editedScenario();
    if (!book || sc.shocks.empty()) {
        // nothing to run is an answer too: whoever waits for the run (the report, a screenshot) hears it
        m_status->setText(book ? tr("Add at least one shock.") : tr("No book is open."));
        Q_EMIT finished(false);
        return;
    }
    ShockOptions opt;
    opt.breakers = m_breakers->isChecked();
    const bool compare = m_compareBreakers->isChecked() && opt.breakers;
    auto token = guiProgress(this, [this](int percent) {
        m_progress->setValue(percent);
        Q_EMIT progressChanged(percent);
    });
    m_cancelToken = token;
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Running “%1” on a worker thread…").arg(QString::fromStdString(sc.name)));
    m_watcher.setFuture(runJob([book, sc, opt, compare, token]() -> std::shared_ptr<WhatIfRun> {
        auto r = std::make_shared<WhatIfRun>();
        r->book = book;
        r->scenario = sc;
        const ShockContext context(*book);
        r->result = runScenario(context, sc, opt, token.get());
        if (r->result.cancelled || token->cancelled()) {
            r->result.cancelled = true;
            return r;
        }
        if (compare) {
            ShockOptions off = opt;
            off.breakers = false;
            off.computeDebtRank = false;
            r->withoutBreakers = runScenario(context, sc, off, nullptr);
            r->compared = true;
        }
        return r;
    }));
}

void WhatIfView::cancel()
{
    if (m_cancelToken) m_cancelToken->cancel();
    m_status->setText(tr("Cancelling…"));
}

void WhatIfView::showRun()
{
    if (!m_run) return;
    const ShockResult& r = m_run->result;
    m_status->setText(tr("“%1”: loss %2, bad debt %3, %4 liquidations, %5 defaults — %6 ms")
                          .arg(QString::fromStdString(m_run->scenario.name), formatMoney(r.losses.total()), formatMoney(r.badDebt))
                          .arg(r.liquidations)
                          .arg(r.defaults)
                          .arg(r.elapsedMs, 0, 'f', 1));
    fillSummary();
    fillWaterfall();
    fillRounds();
    fillNodes();
    const QSignalBlocker block(m_roundSlider);
    m_roundSlider->setRange(0, static_cast<int>(r.rounds.size()));
    m_roundSlider->setValue(static_cast<int>(r.rounds.size()));
    showRound(static_cast<int>(r.rounds.size()));
}

void WhatIfView::fillSummary()
{
    m_summary->setRowCount(0);
    if (!m_run) return;
    const ShockResult& a = m_run->result;
    const ShockResult* b = m_pinned && m_pinned != m_run ? &m_pinned->result : m_run->compared ? &m_run->withoutBreakers : nullptr;
    const QString bName = m_pinned && m_pinned != m_run ? tr("B: %1").arg(QString::fromStdString(m_pinned->scenario.name))
                          : m_run->compared            ? tr("No breakers")
                                                       : QString();
    m_summary->setHorizontalHeaderLabels({tr("Measure"), tr("This run"), bName});
    double minBefore = kInf, minAfter = kInf;
    for (const auto& l : a.loans) minBefore = std::min(minBefore, l.healthFactorBefore), minAfter = std::min(minAfter, l.healthFactorAfter);
    auto minHf = [](const ShockResult& r) {
        double m = kInf;
        for (const auto& l : r.loans) m = std::min(m, l.healthFactorAfter);
        return m;
    };
    struct Line
    {
        QString name;
        std::function<QString(const ShockResult&)> f;
    };
    const QList<Line> lines = {
        {tr("Total loss"), [](const ShockResult& r) { return formatMoney(r.losses.total()); }},
        {tr("  price"), [](const ShockResult& r) { return formatMoney(r.losses.price); }},
        {tr("  liquidation penalty"), [](const ShockResult& r) { return formatMoney(r.losses.liquidationPenalty); }},
        {tr("  fire-sale slippage"), [](const ShockResult& r) { return formatMoney(r.losses.fireSale); }},
        {tr("  oracle"), [](const ShockResult& r) { return formatMoney(r.losses.oracle); }},
        {tr("  defaults"), [](const ShockResult& r) { return formatMoney(r.losses.defaults); }},
        {tr("  supply chain"), [](const ShockResult& r) { return formatMoney(r.losses.supplyChain); }},
        {tr("  hedges"), [](const ShockResult& r) { return formatMoney(r.losses.hedges); }},
        {tr("Bad debt"), [](const ShockResult& r) { return formatMoney(r.badDebt); }},
        {tr("Liquidations"), [](const ShockResult& r) { return QString::number(r.liquidations); }},
        {tr("Debt repaid"), [](const ShockResult& r) { return formatMoney(r.debtRepaid); }},
        {tr("Collateral sold"), [](const ShockResult& r) { return formatMoney(r.collateralSold); }},
        {tr("Liquidators' slippage"), [](const ShockResult& r) { return formatMoney(r.liquidatorSlippage); }},
        {tr("Cascade rounds"), [](const ShockResult& r) { return QString::number(r.rounds.size()); }},
        {tr("Defaults"), [](const ShockResult& r) { return QString::number(r.defaults); }},
        {tr("Nodes losing supply"), [](const ShockResult& r) {
             int n = 0;
             for (const auto& no : r.nodes) n += no.supplyLost > 0;
             return QString::number(n);
         }},
        {tr("Shipments delayed"), [](const ShockResult& r) { return QString::number(r.delayedShipments.size()); }},
        {tr("Min HF after"), [minHf](const ShockResult& r) { return formatHealth(minHf(r)); }},
        {tr("System DebtRank"), [](const ShockResult& r) { return formatNumber(r.systemDebtRank, 4); }},
        {tr("Clearing iterations"), [](const ShockResult& r) { return QString::number(r.clearing.iterations); }},
        {tr("Compute time"), [](const ShockResult& r) { return QStringLiteral("%1 ms").arg(r.elapsedMs, 0, 'f', 1); }},
    };
    m_summary->setRowCount(static_cast<int>(lines.size()) + 1);
    m_summary->setItem(0, 0, new QTableWidgetItem(tr("Min HF before")));
    m_summary->setItem(0, 1, num(formatHealth(minBefore)));
    for (int i = 0; i < lines.size(); ++i) {
        auto* name = new QTableWidgetItem(lines[i].name);
        if (!lines[i].name.startsWith(QLatin1Char(' '))) {
            QFont f = name->font();
            f.setBold(i == 0);
            name->setFont(f);
        }
        m_summary->setItem(i + 1, 0, name);
        m_summary->setItem(i + 1, 1, num(lines[i].f(a)));
        if (b) m_summary->setItem(i + 1, 2, num(lines[i].f(*b)));
    }
    m_summary->resizeColumnsToContents();
}

void WhatIfView::fillWaterfall()
{
    if (!m_run) {
        m_waterfall->clear();
        return;
    }
    plots::drawLossWaterfall(*m_waterfall, m_run->result.losses);
}

void WhatIfView::fillRounds()
{
    const ShockResult& r = m_run->result;
    const Book& b = *m_run->book;
    m_rounds->setRowCount(static_cast<int>(r.rounds.size()));
    for (int i = 0; i < static_cast<int>(r.rounds.size()); ++i) {
        const RoundRecord& rr = r.rounds[i];
        QStringList halted;
        for (int v : rr.haltedVenues) halted << nodeName(b, v);
        m_rounds->setItem(i, 0, num(QString::number(rr.round), rr.round));
        m_rounds->setItem(i, 1, num(QString::number(rr.stage), rr.stage));
        m_rounds->setItem(i, 2, num(QString::number(rr.liquidations), rr.liquidations));
        m_rounds->setItem(i, 3, num(formatMoney(rr.debtRepaid), rr.debtRepaid));
        m_rounds->setItem(i, 4, num(formatMoney(rr.collateralSold), rr.collateralSold));
        m_rounds->setItem(i, 5, num(formatMoney(rr.proceeds), rr.proceeds));
        m_rounds->setItem(i, 6, num(formatMoney(rr.badDebt), rr.badDebt));
        m_rounds->setItem(i, 7, new QTableWidgetItem(halted.join(QStringLiteral(", "))));
    }
    m_rounds->resizeColumnsToContents();

    plots::drawCascade(*m_cascade, r.rounds, m_run->compared ? &m_run->withoutBreakers.rounds : nullptr);
}

void WhatIfView::fillNodes()
{
    const ShockResult& r = m_run->result;
    const Book& b = *m_run->book;
    m_nodes->setSortingEnabled(false);
    std::vector<int> order(r.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (r.nodes[x].defaulted != r.nodes[y].defaulted) return r.nodes[x].defaulted > r.nodes[y].defaulted;
        if (r.nodes[x].loss != r.nodes[y].loss) return r.nodes[x].loss > r.nodes[y].loss;
        return r.nodes[x].supplyLost > r.nodes[y].supplyLost; // a chain without finance: who is cut off
    });
    const int shown = std::min<int>(static_cast<int>(order.size()), 500);
    m_nodes->setRowCount(shown);
    const Colors c = colors();
    for (int row = 0; row < shown; ++row) {
        const int i = order[row];
        const NodeOutcome& no = r.nodes[i];
        auto* name = new QTableWidgetItem(nodeName(b, i));
        name->setData(Qt::UserRole + 5, i);
        m_nodes->setItem(row, 0, name);
        m_nodes->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(toString(b.nodes[i].type))));
        m_nodes->setItem(row, 2, num(formatMoney(no.loss), no.loss));
        for (int ch = 0; ch < ChannelCount; ++ch) m_nodes->setItem(row, 3 + ch, num(formatMoney(no.channels[ch]), no.channels[ch]));
        auto* d = new QTableWidgetItem(no.defaulted ? tr("yes (%1)").arg(causeText(no.defaultCause)) : QString());
        if (no.defaulted) d->setForeground(c.bad);
        m_nodes->setItem(row, 10, d);
        m_nodes->setItem(row, 11, num(formatNumber(no.debtRank, 4), no.debtRank));
        const bool hit = no.supplyLost > 0;
        m_nodes->setItem(row, 12, num(hit ? formatPercent(no.supplyLost, 0) : QString(), no.supplyLost));
        m_nodes->setItem(row, 13, num(hit && no.timeToRecoverDays > 0 ? tr("%1 d").arg(formatNumber(no.timeToRecoverDays, 1))
                                      : hit                         ? tr("unknown")
                                                                    : QString(),
                                      no.timeToRecoverDays));
        if (hit && !(no.timeToRecoverDays > 0)) m_nodes->item(row, 13)->setToolTip(tr("No lead time is given for the links it lost (leadTimeDays)"));
        m_nodes->setItem(row, 14, num(hit && std::isfinite(no.timeToSurviveDays) ? tr("%1 d").arg(formatNumber(no.timeToSurviveDays, 1)) : QString(),
                                      std::isfinite(no.timeToSurviveDays) ? no.timeToSurviveDays : 1e300));
    }
    m_nodes->resizeColumnsToContents();
    m_nodes->setSortingEnabled(true);
}

void WhatIfView::showRound(int round)
{
    if (!m_run) return;
    const ShockResult& r = m_run->result;
    const Book& b = *m_run->book;
    const int last = static_cast<int>(r.rounds.size());
    m_roundLabel->setText(round >= last ? tr("after the cascade (%1 rounds)").arg(last) : tr("round %1 of %2").arg(round).arg(last));
    GraphOverlay o = overlayOf(b, r, round);
    Q_EMIT overlay(std::move(o.defaulted), std::move(o.liquidated), std::move(o.delayDays));
    plots::moveRoundCursor(*m_cascade, round);
    if (round > 0 && round <= m_rounds->rowCount()) m_rounds->selectRow(round - 1);
}

} // namespace ballast::ui
