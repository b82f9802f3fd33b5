#include "alertsview.h"

#include "chartstyle.h"
#include "health.h"
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
#include <iterator>

namespace ballast::ui {

AlertsModel::AlertsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_byKey.clear();
    endResetModel();
}

void AlertsModel::raise(const QString& key, Severity s, const QString& subject, const QString& message, Selection target,
                        Evaluation& ev)
{
    ev.seen.insert(key, true);
    const auto it = m_byKey.find(key);
    if (it != m_byKey.end() && it.value() >= static_cast<int>(m_rows.size())) return; // raised already in this evaluation
    if (it != m_byKey.end()) {
        Alert& a = m_rows[it.value()];
        const bool escalated = s > a.severity;
        if (a.message == message && a.active && !escalated) return; // unchanged: no repaint
        a.message = message;
        if (!a.active || escalated) { // came back, or got worse: raise again
            a.active = true;
            a.severity = s;
            a.acknowledged = false;
            a.raised = QDateTime::currentDateTime();
            ev.said << subject + QStringLiteral(": ") + message;
        }
        Q_EMIT dataChanged(index(it.value(), 0), index(it.value(), ColumnCount - 1));
        return;
    }
    m_byKey.insert(key, static_cast<int>(m_rows.size() + ev.fresh.size()));
    ev.fresh.push_back({key, subject, message, s, QDateTime::currentDateTime(), true, false, target});
    ev.said << subject + QStringLiteral(": ") + message;
}

int AlertsModel::evaluate(const Book& b, const Exposure& x, Announce announce)
{
    Evaluation ev;
    for (size_t l = 0; l < b.loans.size() && l < x.loans.size(); ++l) {
        const double hf = x.loans[l].healthFactor;
        if (!(hf < kHealthWarning)) continue;
        const Loan& loan = b.loans[l];
        const QString who = loan.borrowerIx >= 0 ? QString::fromStdString(b.nodes[loan.borrowerIx].name) : QString();
        raise(QStringLiteral("hf:") + QString::fromStdString(loan.id), hf < 1 ? Severity::Critical : Severity::Warning,
              tr("Loan %1").arg(QString::fromStdString(loan.id)),
              hf < 1 ? tr("HF %1 — liquidatable (%2)").arg(formatHealth(hf), who) : tr("HF %1 below 1.10 (%2)").arg(formatHealth(hf), who),
              {Selection::Kind::Loan, static_cast<int>(l)}, ev);
    }
    for (size_t a = 0; a < b.assets.size() && a < x.assets.size(); ++a) {
        const AssetExposure& ax = x.assets[a];
        const QString id = QString::fromStdString(b.assets[a].id);
        if (std::fabs(ax.oracleDeviation) > 0.02 && b.assets[a].kind != AssetKind::InventoryToken)
            raise(QStringLiteral("dev:") + id, std::fabs(ax.oracleDeviation) > 0.05 ? Severity::Critical : Severity::Warning,
                  tr("Oracle %1").arg(id), tr("deviates %1 from market").arg(formatPercent(ax.oracleDeviation, 2)),
                  {Selection::Kind::Asset, static_cast<int>(a)}, ev);
        if (ax.oracleStale)
            raise(QStringLiteral("stale:") + id, Severity::Warning, tr("Oracle %1").arg(id),
                  tr("stale: last update %1 min ago").arg(ax.oracleAgeSec / 60.0, 0, 'f', 0), {Selection::Kind::Asset, static_cast<int>(a)}, ev);
        if (ax.attestationOverdue)
            raise(QStringLiteral("attest:") + id, Severity::Warning, tr("Attestation %1").arg(id),
                  tr("overdue: %1 h since the last attestation").arg(ax.attestationAgeHours, 0, 'f', 0),
                  {Selection::Kind::Asset, static_cast<int>(a)}, ev);
    }
    for (size_t p = 0; p < b.pools.size(); ++p)
        if (b.pools[p].utilisation > 0.9)
            raise(QStringLiteral("util:") + QString::fromStdString(b.pools[p].id), Severity::Warning,
                  tr("Pool %1").arg(QString::fromStdString(b.pools[p].id)), tr("utilisation %1").arg(formatPercent(b.pools[p].utilisation)),
                  {Selection::Kind::Pool, static_cast<int>(p)}, ev);
    // conditions that cleared
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].active && !ev.seen.contains(m_rows[r].key)) {
            m_rows[r].active = false;
            Q_EMIT dataChanged(index(static_cast<int>(r), 0), index(static_cast<int>(r), ColumnCount - 1));
        }
    // new alerts in one block: a book opened with a thousand weak loans is one insertion, not a thousand
    const int fresh = static_cast<int>(ev.fresh.size());
    if (fresh > 0) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + fresh - 1);
        std::move(ev.fresh.begin(), ev.fresh.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
    const QStringList& said = ev.said;
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
    return fresh;
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
        case MessageCol: return a.message;
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
    auto update = [this] {
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
        if (const Exposure* x = m_desk->exposure()) m_model->evaluate(*m_desk->book(), *x, AlertsModel::Announce::Summary);
        m_view->resizeColumnsToContents();
        update();
    });
    connect(desk, &DeskState::exposureChanged, this, [this, update] {
        if (const Exposure* x = m_desk->exposure()) {
            if (m_model->evaluate(*m_desk->book(), *x) > 0) m_view->scrollToBottom();
        }
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
