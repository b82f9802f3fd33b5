#pragma once
// Alerts and the event log. Alerts are raised on crossings, evaluated on every exposure snapshot:
// loan health (< 1.10 warning, < 1 critical), oracle deviation from market (> 2%), stale oracles,
// overdue attestations, pool utilisation (> 90%). An alert stays until acknowledged; when its
// condition clears it is marked so. The event log keeps what happened (feed, runs, saves) in order.

#include "alerts.h"
#include "deskstate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QWidget>

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
    struct Alert
    {
        QString key, subject, message;
        Severity severity = Severity::Warning;
        QDateTime raised;
        bool active = true, acknowledged = false;
        Selection target;
    };

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
    struct Evaluation // what one evaluate() gathers
    {
        QHash<QString, bool> seen; // conditions that hold now
        std::vector<Alert> fresh;  // new alerts, inserted in one block at the end
        QStringList said;          // what was raised, to announce
    };
    void raise(const QString& key, Severity s, const QString& subject, const QString& message, Selection target, Evaluation& ev);

    std::vector<Alert> m_rows;
    QHash<QString, int> m_byKey;
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
