#pragma once
// The tables of the desk: positions and tokenized inventory (filter, grouping by owner, venue,
// asset or pledge with subtotals, CSV export of the visible rows in their order, quantities
// editable) and loans (filter). Both follow the one selection and keep their order, selection and
// scroll through live ticks; with nothing to show they say what is missing and how to add it.

#include "deskstate.h"
#include "result.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace ballast::ui {

class EmptyState;

/// Why a table takes a new snapshot: a tick keeps order, selection and scroll; an edit of the book
/// keeps the user's sort and refits the columns; a new book sorts by the default column.
enum class TableRefresh { Tick, Edit, NewBook };
class LoansModel;
class PositionsModel;

class PositionsView final : public QWidget
{
    Q_OBJECT

public:
    explicit PositionsView(DeskState* desk, QWidget* parent = nullptr);

    /// Takes the desk's current snapshot (a new book sorts by market value, largest first).
    void refresh(TableRefresh why);
    /// Selects these source rows (others are deselected) and scrolls to the first.
    void selectRows(const std::vector<int>& rows);
    /// Presentation mode hides the filter and the grouping.
    void setEditing(bool on);
    void focusFilter();
    /// Writes the visible rows, in their order, with raw numbers; returns the issues.
    Issues exportCsv(const QString& path) const;
    int visibleRows() const;

    QTableView* table() const { return m_table; }
    PositionsModel* model() const { return m_model; }

Q_SIGNALS:
    /// The user selected a position (a source row).
    void positionSelected(int row);
    /// The user edited a quantity in the table: the book with it, to make an undoable edit.
    void editRequested(const QString& description, ballast::BookPtr edited);
    /// What an export or an edit did, for the event log; what it could not do, for the user.
    void logged(const QString& text);
    void problems(const QString& title, const ballast::Issues& issues);

private:
    void rebuildGrouping();
    void updateEmptyState();

    DeskState* m_desk;
    PositionsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QStandardItemModel* m_grouped;
    QTreeView* m_groupedView;
    QComboBox* m_groupBy;
    QLineEdit* m_filter;
    EmptyState* m_empty;
    bool m_syncing = false;
};

class LoansView final : public QWidget
{
    Q_OBJECT

public:
    explicit LoansView(DeskState* desk, QWidget* parent = nullptr);
    /// Takes the desk's current snapshot (a new book sorts by health factor, weakest first).
    void refresh(TableRefresh why);
    void selectRows(const std::vector<int>& rows);
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void loanSelected(int row);

private:
    void updateEmptyState();

    DeskState* m_desk;
    LoansModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    EmptyState* m_empty;
    bool m_syncing = false;
};

} // namespace ballast::ui
