#include "positionsview.h"

#include "edits.h"
#include "format.h"
#include "json_io.h"
#include "models/loansmodel.h"
#include "models/positionsmodel.h"
#include "widgets/emptystate.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ballast::ui {

namespace {

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model)
{
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->setSortingEnabled(true);
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->verticalHeader()->setVisible(false);
    v->verticalHeader()->setDefaultSectionSize(22);
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setHighlightSections(false);
    v->setWordWrap(false);
    v->setShowGrid(false);
    return v;
}

/// Sorts by keys read once per sort: a million positions sorted through data() took about 40
/// million calls of it (two a comparison), seven seconds of the stress book's first frame. The
/// order is the one QSortFilterProxyModel's own comparison gives: numbers by value, text by
/// QString::compare with the proxy's case sensitivity.
class KeyedSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSourceModel(QAbstractItemModel* source) override
    {
        if (sourceModel()) disconnect(sourceModel(), nullptr, this, nullptr);
        // before the proxy's own handling of a reset, which sorts the new rows by the sort column
        // it has: the keys of the rows that were are no use (and with none, the base class's
        // lessThan reads data() twice per comparison: 40 million calls for a million positions)
        if (source) connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { dropKeys(); });
        dropKeys();
        QSortFilterProxyModel::setSourceModel(source);
    }

    void sort(int column, Qt::SortOrder order) override
    {
        dropKeys(); // values move with ticks: read them again
        QSortFilterProxyModel::sort(column, order);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const auto l = static_cast<size_t>(left.row()), r = static_cast<size_t>(right.row());
        if (left.column() == right.column()) {
            if (m_column != left.column()) readKeys(left.column());
            if (!m_numbers.empty() && l < m_numbers.size() && r < m_numbers.size()) return m_numbers[l] < m_numbers[r];
            if (!m_texts.empty() && l < m_texts.size() && r < m_texts.size())
                return m_texts[l].compare(m_texts[r], sortCaseSensitivity()) < 0;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    void dropKeys()
    {
        m_numbers.clear();
        m_texts.clear();
        m_column = -1;
    }
    /// Each row's sort key in `column`, read once for a sort (numbers when every value is one).
    void readKeys(int column) const
    {
        m_numbers.clear();
        m_texts.clear();
        m_column = column;
        const QAbstractItemModel* source = sourceModel();
        if (!source || column < 0 || column >= source->columnCount()) return;
        const int rows = source->rowCount();
        bool numeric = true;
        std::vector<QVariant> values(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r) {
            values[static_cast<size_t>(r)] = source->index(r, column).data(sortRole());
            const QMetaType t = values[static_cast<size_t>(r)].metaType();
            numeric = numeric && (t.id() == QMetaType::Double || t.id() == QMetaType::Int || t.id() == QMetaType::LongLong ||
                                  t.id() == QMetaType::Float || t.id() == QMetaType::UInt || t.id() == QMetaType::ULongLong);
        }
        if (numeric) {
            m_numbers.reserve(values.size());
            for (const QVariant& v : values) m_numbers.push_back(v.toDouble());
        } else {
            m_texts.reserve(values.size());
            for (const QVariant& v : values) m_texts.push_back(v.toString());
        }
    }

    mutable int m_column = -1; // whose keys are read
    mutable std::vector<double> m_numbers;
    mutable std::vector<QString> m_texts;
};

QSortFilterProxyModel* makeProxy(QObject* parent, QAbstractItemModel* source)
{
    auto* p = new KeyedSortProxy(parent);
    p->setSourceModel(source);
    p->setSortRole(UnderlyingDataRole);
    p->setFilterKeyColumn(-1);
    p->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // live ticks change values, not rows: re-sorting 50,000 rows on every refresh stalled the GUI
    // for most of a second; the order holds until the user sorts or filters again
    p->setDynamicSortFilter(false);
    return p;
}

/// A new book's table in its first order. The proxy sorts the new rows by its sort column when the
/// model resets: sorted that way already, they are not sorted again (a million positions: a second).
void sortOnce(QTableView* v, const QSortFilterProxyModel* proxy, int column, Qt::SortOrder order)
{
    if (proxy->sortColumn() != column || proxy->sortOrder() != order) v->sortByColumn(column, order);
}

void resort(QTableView* v) { v->sortByColumn(v->horizontalHeader()->sortIndicatorSection(), v->horizontalHeader()->sortIndicatorOrder()); }

void fitColumns(QTableView* v)
{
    v->resizeColumnsToContents();
    for (int c = 0; c < v->model()->columnCount(); ++c) v->setColumnWidth(c, std::min(v->columnWidth(c) + 12, 220));
}

void select(QTableView* view, QSortFilterProxyModel* proxy, const std::vector<int>& sourceRows)
{
    QItemSelection sel;
    QModelIndex first;
    for (int r : sourceRows) {
        const QModelIndex i = proxy->mapFromSource(proxy->sourceModel()->index(r, 0));
        if (!i.isValid()) continue;
        sel.select(i, i.siblingAtColumn(proxy->columnCount() - 1));
        if (!first.isValid() || i.row() < first.row()) first = i;
    }
    view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first, QAbstractItemView::PositionAtCenter);
    }
}

/// "a,b" -> "\"a,b\"": CSV quoting (RFC 4180) of one field.
QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

// ---- positions ---------------------------------------------------------------------------------

PositionsView::PositionsView(DeskState* desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new PositionsModel(this)), m_proxy(makeProxy(this, m_model))
{
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 0);
    l->setSpacing(4);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter positions: token, owner, venue, loan… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_groupBy = new QComboBox(this);
    m_groupBy->addItem(tr("No grouping"), -1);
    m_groupBy->addItem(tr("Group by owner"), PositionsModel::Owner);
    m_groupBy->addItem(tr("Group by venue"), PositionsModel::Venue);
    m_groupBy->addItem(tr("Group by asset"), PositionsModel::Asset);
    m_groupBy->addItem(tr("Group by pledge"), PositionsModel::PledgedTo);
    auto* exportCsv = new QPushButton(tr("Export CSV…"), this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_groupBy);
    bar->addWidget(exportCsv);
    l->addLayout(bar);
    auto* stack = new QStackedWidget(this);
    m_table = makeTable(stack, m_proxy);
    m_grouped = new QStandardItemModel(this);
    m_groupedView = new QTreeView(stack);
    m_groupedView->setModel(m_grouped);
    m_groupedView->setAlternatingRowColors(true);
    m_groupedView->setUniformRowHeights(true);
    m_groupedView->setSortingEnabled(true);
    stack->addWidget(m_table);
    stack->addWidget(m_groupedView);
    l->addWidget(stack, 1);
    m_empty = new EmptyState(m_table->viewport());
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this, stack] {
        stack->setCurrentIndex(m_groupBy->currentData().toInt() < 0 ? 0 : 1);
        rebuildGrouping();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_groupBy->currentData().toInt() >= 0) rebuildGrouping();
        updateEmptyState();
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Export positions"), {}, tr("CSV (*.csv)"));
        if (f.isEmpty()) return;
        const Issues issues = this->exportCsv(f);
        if (!issues.empty()) Q_EMIT problems(tr("Could not export"), issues);
        else Q_EMIT logged(tr("Exported %1 positions to %2").arg(visibleRows()).arg(f));
    });
    // risk first: what it is worth, what it would fetch, what it backs and how close to liquidation
    {
        using C = PositionsModel;
        const int order[] = {C::Id, C::Asset, C::Owner, C::Quantity, C::MarketValue, C::ExitValue, C::LiquidationCost,
                             C::PledgedTo, C::HealthFactor, C::LiquidationPrice, C::Haircut, C::CollateralValue,
                             C::Price, C::OraclePrice, C::Underlying, C::Location, C::Shipment, C::AttestationAge, C::Venue};
        QHeaderView* h = m_table->horizontalHeader();
        for (int visual = 0; visual < static_cast<int>(std::size(order)); ++visual) h->moveSection(h->visualIndex(order[visual]), visual);
    }
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_model, &PositionsModel::quantityEdited, this, [this](int row, double quantity) {
        const BookPtr b = m_desk->book();
        if (!b) return;
        auto edited = withPositionQuantity(*b, row, quantity);
        if (!edited) return Q_EMIT problems(tr("Not changed"), edited.issues());
        if (!*edited) return; // the same quantity: nothing to undo
        const Position& pos = b->positions[row];
        Q_EMIT editRequested(tr("quantity of %1: %2 → %3").arg(QString::fromStdString(pos.id), formatNumber(pos.quantity, 4), formatNumber(quantity, 4)),
                             *edited);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (m_syncing || !i.isValid()) return;
        Q_EMIT positionSelected(m_proxy->mapToSource(i).row());
    });
    updateEmptyState();
}

void PositionsView::refresh(TableRefresh why)
{
    const EngineSnapshot e = m_desk->engine();
    if (!e) return;
    m_syncing = true;
    m_model->setExposure(e->bookPtr(), std::shared_ptr<const Exposure>(e, &e->result()));
    m_syncing = false;
    if (why != TableRefresh::Tick) {
        fitColumns(m_table);
        if (why == TableRefresh::NewBook) sortOnce(m_table, m_proxy, PositionsModel::MarketValue, Qt::DescendingOrder);
        else resort(m_table);
        rebuildGrouping();
    }
    updateEmptyState();
}

void PositionsView::selectRows(const std::vector<int>& rows)
{
    m_syncing = true;
    select(m_table, m_proxy, rows);
    m_syncing = false;
}

void PositionsView::setEditing(bool on)
{
    m_filter->setVisible(on);
    m_groupBy->setVisible(on);
    fitColumns(m_table); // presentation mode's larger type (set just before) needs wider columns
}

void PositionsView::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

int PositionsView::visibleRows() const { return m_proxy->rowCount(); }

void PositionsView::updateEmptyState()
{
    const BookPtr b = m_desk->book();
    if (!b) m_empty->setMessage(tr("<b>No book open</b><br>File > Open, or File > Import CSV…"));
    else if (b->positions.empty())
        m_empty->setMessage(b->assets.empty() ? tr("<b>No market data yet</b><br>This book has no assets or positions. "
                                                   "File > Import CSV… with a positions.csv (id,owner,asset,quantity) and a prices.csv, "
                                                   "or add assets and positions to the workbook.")
                                              : tr("<b>No positions yet</b><br>File > Import CSV… with a positions.csv "
                                                   "(id,owner,asset,quantity,venue,pledgedTo), or add them to the workbook."));
    else if (m_proxy->rowCount() == 0) m_empty->setMessage(tr("No position matches “%1”.").arg(m_filter->text().toHtmlEscaped()));
    else m_empty->setMessage({});
}

void PositionsView::rebuildGrouping()
{
    const int column = m_groupBy->currentData().toInt();
    m_grouped->clear();
    if (column < 0 || !m_desk->engine()) return;
    const int cols[] = {PositionsModel::Id, PositionsModel::Asset, PositionsModel::Owner, PositionsModel::Quantity, PositionsModel::MarketValue,
                        PositionsModel::ExitValue, PositionsModel::LiquidationCost, PositionsModel::CollateralValue, PositionsModel::HealthFactor};
    QStringList headers;
    for (int c : cols) headers << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    headers[0] = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    m_grouped->setHorizontalHeaderLabels(headers);
    QMap<QString, QList<int>> groups; // key -> proxy rows (the filter applies)
    for (int r = 0; r < m_proxy->rowCount(); ++r) groups[m_proxy->index(r, column).data().toString()].push_back(r);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        double sums[9] = {};
        double minHf = kInf;
        auto* parent = new QStandardItem(it.key().isEmpty() ? tr("(none)") : it.key());
        for (int r : it.value()) {
            QList<QStandardItem*> row;
            for (int k = 0; k < 9; ++k) {
                const QModelIndex i = m_proxy->index(r, cols[k]);
                auto* item = new QStandardItem(i.data().toString());
                item->setData(i.data(UnderlyingDataRole), UnderlyingDataRole);
                if (k >= 3) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                row << item;
                const double v = i.data(UnderlyingDataRole).toDouble();
                if (k >= 4 && k <= 7 && std::isfinite(v)) sums[k] += v;
                if (k == 8 && std::isfinite(v) && v > 0) minHf = std::min(minHf, v);
            }
            parent->appendRow(row);
        }
        QList<QStandardItem*> top{parent, new QStandardItem(tr("%n position(s)", nullptr, static_cast<int>(it.value().size()))), new QStandardItem(),
                                  new QStandardItem()};
        for (int k = 4; k <= 7; ++k) {
            auto* item = new QStandardItem(formatMoney(sums[k]));
            item->setData(sums[k], UnderlyingDataRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            top << item;
        }
        auto* hf = new QStandardItem(std::isfinite(minHf) ? formatHealth(minHf) : QString());
        hf->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        top << hf;
        QFont f = parent->font();
        f.setBold(true);
        parent->setFont(f);
        m_grouped->appendRow(top);
    }
    m_grouped->setSortRole(UnderlyingDataRole);
    m_groupedView->sortByColumn(4, Qt::DescendingOrder);
    for (int c = 0; c < 9; ++c) m_groupedView->resizeColumnToContents(c);
}

Issues PositionsView::exportCsv(const QString& path) const
{
    QString out;
    const QHeaderView* h = m_table->horizontalHeader();
    QStringList head;
    for (int v = 0; v < h->count(); ++v) head << csvField(m_model->headerData(h->logicalIndex(v), Qt::Horizontal, Qt::DisplayRole).toString());
    out += head.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList row;
        for (int v = 0; v < h->count(); ++v) {
            const QVariant raw = m_proxy->index(r, h->logicalIndex(v)).data(UnderlyingDataRole);
            // raw numbers, not "1.2m": the file is for spreadsheets
            row << csvField(raw.typeId() == QMetaType::Double ? QString::number(raw.toDouble(), 'g', 15) : raw.toString());
        }
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return writeFileAtomic(path.toStdString(), out.toStdString());
}

// ---- loans -------------------------------------------------------------------------------------

LoansView::LoansView(DeskState* desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_model(new LoansModel(this)), m_proxy(makeProxy(this, m_model))
{
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 0);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter loans: borrower, venue, asset…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &LoansView::updateEmptyState);
    l->addWidget(m_filter);
    m_table = makeTable(this, m_proxy);
    l->addWidget(m_table, 1);
    m_empty = new EmptyState(m_table->viewport());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (m_syncing || !i.isValid()) return;
        Q_EMIT loanSelected(m_proxy->mapToSource(i).row());
    });
    updateEmptyState();
}

void LoansView::refresh(TableRefresh why)
{
    const EngineSnapshot e = m_desk->engine();
    if (!e) return;
    m_syncing = true;
    m_model->setExposure(e->bookPtr(), std::shared_ptr<const Exposure>(e, &e->result()));
    m_syncing = false;
    if (why != TableRefresh::Tick) {
        fitColumns(m_table);
        if (why == TableRefresh::NewBook) sortOnce(m_table, m_proxy, LoansModel::HealthFactor, Qt::AscendingOrder);
        else resort(m_table);
    }
    updateEmptyState();
}

void LoansView::selectRows(const std::vector<int>& rows)
{
    m_syncing = true;
    select(m_table, m_proxy, rows);
    m_syncing = false;
}

void LoansView::updateEmptyState()
{
    const BookPtr b = m_desk->book();
    if (!b) m_empty->setMessage(tr("<b>No book open</b><br>File > Open, or File > Import CSV…"));
    else if (b->loans.empty())
        m_empty->setMessage(tr("<b>No loans yet</b><br>Loans live in the workbook: a borrower, a lending venue with risk parameters, "
                               "the debt and the positions pledged as collateral (docs/FORMAT.md, “loans”)."));
    else if (m_proxy->rowCount() == 0) m_empty->setMessage(tr("No loan matches “%1”.").arg(m_filter->text().toHtmlEscaped()));
    else m_empty->setMessage({});
}

} // namespace ballast::ui
