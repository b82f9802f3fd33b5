#pragma once
// Alerts and the event log. Alerts are raised on crossings, evaluated on every exposure snapshot:
// loan health (< 1.10 warning, < 1 critical), oracle deviation from market (> 2%), stale oracles,
// overdue attestations, pool utilisation (> 90%). An alert stays until acknowledged; when its
// condition clears it is marked so. The event log keeps what happened (feed, runs, saves) in order.

#include "alerts.h"
#include "deskstate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QWidget>

#include <cstdint>
#include <unordered_map>

class QListWidget;
class QTableView;
class QLabel;

namespace ballast::ui {

class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeCol, SeverityCol, SubjectCol, MessageCol, StateCol, ColumnCount };
    enum class Severity { Info, Warning, Critical };
    /// One condition's alert. Its message is made from the condition's latest value when shown (a
    /// live stress book moves thousands of weak loans' health factors with every snapshot: their
    /// texts made each time were most of the GUI thread's time).
    struct Alert
    {
        AlertCondition::Kind kind = AlertCondition::Kind::Health;
        int index = -1;        // the loan, asset or pool
        QString subject, who;  // who: a loan's borrower
        double value = 0;      // at the last evaluation
        bool critical = false; // at the last evaluation
        Severity severity = Severity::Warning; // the highest since it was last raised
        QDateTime raised;
        bool active = true, acknowledged = false;
        Selection target;
    };
    static QString message(const Alert& a);

    /// How raised alerts are announced (the `raised` signal, which the event log shows): each one,
    /// up to ten per evaluation and then a count; or, for a book just opened, one line in all.
    enum class Announce { Each, Summary };

    explicit AlertsModel(QObject* parent = nullptr);
    /// Re-evaluates every rule; returns the number of new alerts (inserted in one block).
    /// Merges the conditions a worker found (ExposureEngine::alerts): new ones raised, gone ones
    /// marked cleared; returns the number of new alerts (inserted in one block).
    int evaluate(const Book& book, const std::vector<AlertCondition>& conditions, Announce announce = Announce::Each);
    void clear();
    void acknowledge(int row);
    void acknowledgeAll();
    int unacknowledged() const;
    const Alert& alert(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void raised(QString text);

private:
    std::vector<Alert> m_rows;
    std::unordered_map<std::uint64_t, int> m_rowOf; // (kind, index) -> row
};

class AlertsView final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsView(DeskState* desk, QWidget* parent = nullptr);
    AlertsModel* model() const { return m_model; }

Q_SIGNALS:
    void countChanged(int unacknowledged);

private:
    DeskState* m_desk;
    AlertsModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
};

class EventLog final : public QWidget
{
    Q_OBJECT

public:
    explicit EventLog(QWidget* parent = nullptr);
    void log(const QString& text);
    int count() const;
    QString last() const;

private:
    QListWidget* m_list;
};

} // namespace ballast::ui
