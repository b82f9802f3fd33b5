#include "alertsview.h"

#include "palette.h"
#include "alerts.h"
#include "widgets/emptystate.h"
#include "format.h"
#include "models/positionsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace ballast::ui {

AlertsModel::AlertsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

QString AlertsModel::message(const Alert& a)
{
    using K = AlertCondition::Kind;
    switch (a.kind) {
    case K::Health:
        return a.critical ? tr("HF %1 — liquidatable (%2)").arg(formatHealth(a.value), a.who) : tr("HF %1 below 1.10 (%2)").arg(formatHealth(a.value), a.who);
    case K::OracleDeviation: return tr("deviates %1 from market").arg(formatPercent(a.value, 2));
    case K::OracleStale: return tr("stale: last update %1 min ago").arg(a.value / 60.0, 0, 'f', 0);
    case K::AttestationOverdue: return tr("overdue: %1 h since the last attestation").arg(a.value, 0, 'f', 0);
    case K::Utilisation: return tr("utilisation %1").arg(formatPercent(a.value));
    }
    return {};
}

int AlertsModel::evaluate(const Book& b, const std::vector<AlertCondition>& conditions, Announce announce)
{
    using K = AlertCondition::Kind;
    std::vector<char> seen(m_rows.size(), 0); // rows whose conditions hold now
    std::vector<Alert> fresh;                 // new alerts, inserted in one block at the end
    QStringList said;                         // what was raised, to announce
    int firstMoved = -1, lastMoved = -1;      // rows whose values moved: one repaint for them all
    for (const AlertCondition& c : conditions) {
        const Severity severity = c.critical ? Severity::Critical : Severity::Warning;
        const std::uint64_t which = (static_cast<std::uint64_t>(c.kind) << 32) | static_cast<std::uint32_t>(c.index);
        if (const auto it = m_rowOf.find(which); it != m_rowOf.end()) {
            const int row = it->second;
            if (row >= static_cast<int>(m_rows.size())) continue; // raised already in this evaluation
            seen[row] = 1;
            Alert& a = m_rows[row];
            const bool escalated = severity > a.severity;
            const bool moved = !(a.value == c.value || (std::isnan(a.value) && std::isnan(c.value))) || a.critical != c.critical;
            if (!moved && a.active && !escalated) continue; // unchanged: no repaint
            a.value = c.value, a.critical = c.critical;
            if (!a.active || escalated) { // came back, or got worse: raise again
                a.active = true;
                a.severity = severity;
                a.acknowledged = false;
                a.raised = QDateTime::currentDateTime();
                said << a.subject + QStringLiteral(": ") + message(a);
            }
            firstMoved = firstMoved < 0 ? row : std::min(firstMoved, row);
            lastMoved = std::max(lastMoved, row);
            continue;
        }
        Alert a;
        a.kind = c.kind, a.index = c.index, a.value = c.value, a.critical = c.critical, a.severity = severity;
        a.raised = QDateTime::currentDateTime();
        switch (c.kind) {
        case K::Health: {
            const Loan& loan = b.loans[c.index];
            a.who = loan.borrowerIx >= 0 ? QString::fromStdString(b.nodes[loan.borrowerIx].name) : QString();
            a.subject = tr("Loan %1").arg(QString::fromStdString(loan.id));
            a.target = {Selection::Kind::Loan, c.index};
            break;
        }
        case K::OracleDeviation:
        case K::OracleStale:
            a.subject = tr("Oracle %1").arg(QString::fromStdString(b.assets[c.index].id));
            a.target = {Selection::Kind::Asset, c.index};
            break;
        case K::AttestationOverdue:
            a.subject = tr("Attestation %1").arg(QString::fromStdString(b.assets[c.index].id));
            a.target = {Selection::Kind::Asset, c.index};
            break;
        case K::Utilisation:
            a.subject = tr("Pool %1").arg(QString::fromStdString(b.pools[c.index].id));
            a.target = {Selection::Kind::Pool, c.index};
            break;
        }
        m_rowOf.emplace(which, static_cast<int>(m_rows.size() + fresh.size()));
        said << a.subject + QStringLiteral(": ") + message(a);
        fresh.push_back(std::move(a));
    }
    // conditions that cleared
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].active && !seen[r]) {
            m_rows[r].active = false;
            firstMoved = firstMoved < 0 ? static_cast<int>(r) : std::min(firstMoved, static_cast<int>(r));
            lastMoved = std::max(lastMoved, static_cast<int>(r));
        }
    if (firstMoved >= 0) Q_EMIT dataChanged(index(firstMoved, 0), index(lastMoved, ColumnCount - 1));
    // new alerts in one block: a book opened with a thousand weak loans is one insertion, not a thousand
    const int added = static_cast<int>(fresh.size());
    if (added > 0) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + added - 1);
        std::move(fresh.begin(), fresh.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
    if (announce == Announce::Summary) {
        if (!said.isEmpty()) {
            int critical = 0;
            for (const Alert& a : m_rows) critical += a.active && a.severity == Severity::Critical;
            Q_EMIT raised(tr("%n condition(s) on opening, %1 critical (listed under Alerts)", nullptr, static_cast<int>(said.size())).arg(critical));
        }
    } else {
        const int shown = std::min<int>(static_cast<int>(said.size()), 10);
        for (int k = 0; k < shown; ++k) Q_EMIT raised(said[k]);
        if (said.size() > shown) Q_EMIT raised(tr("… and %n more (listed under Alerts)", nullptr, static_cast<int>(said.size()) - shown));
    }
    return added;
}

void AlertsModel::acknowledge(int row)
{
    if (row < 0 || row >= static_cast<int>(m_rows.size())) return;
    m_rows[row].acknowledged = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AlertsModel::acknowledgeAll()
{
    for (auto& a : m_rows) a.acknowledged = true;
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

int AlertsModel::unacknowledged() const
{
    int n = 0;
    for (const auto& a : m_rows) n += !a.acknowledged;
    return n;
}

int AlertsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int AlertsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AlertsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size())) return {};
    const Alert& a = m_rows[index.row()];
    const Colors c = colors();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeCol: return a.raised.toString(QStringLiteral("HH:mm:ss"));
        case SeverityCol: return a.severity == Severity::Critical ? tr("critical") : a.severity == Severity::Warning ? tr("warning") : tr("info");
        case SubjectCol: return a.subject;
        case MessageCol: return message(a);
        case StateCol: return a.acknowledged ? (a.active ? tr("acknowledged") : tr("cleared")) : (a.active ? tr("NEW") : tr("cleared, unread"));
        }
    }
    if (role == Qt::ForegroundRole) {
        if (a.acknowledged || !a.active) return c.muted;
        if (index.column() == SeverityCol || index.column() == StateCol) return a.severity == Severity::Critical ? c.bad : c.warn;
    }
    if (role == Qt::FontRole && !a.acknowledged && a.active) {
        QFont f;
        f.setBold(index.column() == StateCol);
        return f;
    }
    if (role == UnderlyingDataRole) {
        if (index.column() == TimeCol) return a.raised;
        if (index.column() == SeverityCol) return static_cast<int>(a.severity);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeCol: return tr("Time");
    case SeverityCol: return tr("Severity");
    case SubjectCol: return tr("Subject");
    case MessageCol: return tr("Alert");
    case StateCol: return tr("State");
    }
    return {};
}

AlertsView::AlertsView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk), m_model(new AlertsModel(this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    v->setSpacing(4);
    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    auto* ack = new QPushButton(tr("Acknowledge"), this);
    auto* ackAll = new QPushButton(tr("Acknowledge all"), this);
    bar->addWidget(m_summary, 1);
    bar->addWidget(ack);
    bar->addWidget(ackAll);
    v->addLayout(bar);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(20);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AlertsModel::MessageCol, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    v->addWidget(m_view, 1);
    auto* empty = new EmptyState(m_view->viewport());
    auto update = [this, empty] {
        empty->setMessage(m_model->rowCount() > 0 ? QString()
                                                  : tr("<b>No alerts</b><br>Watched: loan health below 1.10, oracles more than 2% from the market "
                                                       "or stale, overdue attestations, pools more than 90% utilised."));
        const int n = m_model->unacknowledged();
        m_summary->setText(tr("%1 alert(s), %2 unacknowledged").arg(m_model->rowCount()).arg(n));
        Q_EMIT countChanged(n);
    };
    connect(ack, &QPushButton::clicked, this, [this, update] {
        for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) m_model->acknowledge(i.row());
        update();
    });
    connect(ackAll, &QPushButton::clicked, this, [this, update] {
        m_model->acknowledgeAll();
        update();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this, update](const QModelIndex& i) {
        m_model->acknowledge(i.row());
        m_desk->select(m_model->alert(i.row()).target);
        update();
    });
    connect(desk, &DeskState::bookChanged, this, [this, update] {
        m_model->clear();
        if (const EngineSnapshot e = m_desk->engine()) m_model->evaluate(e->book(), e->alerts(), AlertsModel::Announce::Summary);
        m_view->resizeColumnsToContents();
        update();
    });
    connect(desk, &DeskState::exposureChanged, this, [this, update] {
        if (const EngineSnapshot e = m_desk->engine())
            if (m_model->evaluate(e->book(), e->alerts()) > 0) m_view->scrollToBottom();
        update();
    });
    update();
}

EventLog::EventLog(QWidget* parent) : QWidget(parent)
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    v->addWidget(m_list);
}

void EventLog::log(const QString& text)
{
    if (m_list->count() >= 5000) delete m_list->takeItem(0);
    m_list->addItem(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")) + QStringLiteral("  ") + text);
    m_list->scrollToBottom();
}

int EventLog::count() const { return m_list->count(); }

QString EventLog::last() const { return m_list->count() ? m_list->item(m_list->count() - 1)->text() : QString(); }

} // namespace ballast::ui
