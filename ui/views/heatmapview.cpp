#include "heatmapview.h"
#include "widgets/redraw.h"

#include "palette.h"
#include "plots/heatmapchart.h"
#include "views/whatifview.h"
#include "widgets/emptystate.h"
#include "liquidity.h"
#include "format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace ballast::ui {

HeatmapView::HeatmapView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    QVBoxLayout* v = nullptr;
    QHBoxLayout* h = addViewBar(this, &v);
    QWidget* bar = h->parentWidget();
    m_metric = new QComboBox(bar);
    m_metric->addItem(tr("Depth at 1% impact"), Depth1);
    m_metric->addItem(tr("Depth at 2% impact"), Depth2);
    m_metric->addItem(tr("Depth at 5% impact"), Depth5);
    m_metric->addItem(tr("Slippage for a sale of…"), Slippage);
    m_metric->addItem(tr("Utilisation"), Utilisation);
    m_metric->addItem(tr("Absorption vs collateral at risk"), Coverage);
    m_metric->setItemData(m_metric->count() - 1,
                          tr("Depth at 2% impact over the collateral that would be sold there: the what-if run's "
                             "liquidation sales, or without a run the collateral of loans below HF 1.1, split "
                             "across venues by depth. Below 1× the venue cannot take it without moving 2%."),
                          Qt::ToolTipRole);
    m_size = new QDoubleSpinBox(bar);
    m_size->setRange(1e3, 1e10);
    m_size->setDecimals(0);
    m_size->setValue(1e6);
    m_size->setSingleStep(250000);
    m_size->setGroupSeparatorShown(true);
    m_size->setSuffix(tr(" base ccy"));
    m_size->setEnabled(false);
    m_hover = new QLabel(bar);
    m_hover->setObjectName(QStringLiteral("muted"));
    h->addWidget(new QLabel(tr("Metric"), bar));
    h->addWidget(m_metric);
    h->addWidget(m_size);
    h->addStretch(1);
    h->addWidget(m_hover);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_plot = new plots::HeatmapChart(QStringLiteral("heatmapPlot"), split);
    split->addWidget(m_plot);
    m_empty = new EmptyState(m_plot);

    auto* rightSplit = new QSplitter(Qt::Vertical, split);
    auto* right = new QWidget(rightSplit);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(6, 6, 6, 6);
    m_curveTitle = new QLabel(tr("Click a cell for its pools' slippage curve and the liquidations it would absorb"), right);
    m_curveTitle->setWordWrap(true);
    m_curve = new plots::Chart(QStringLiteral("slippageCurve"), right, plots::Chart::Title::None);
    plots::setUpCurves(*m_curve, tr("Sale size (base currency)"), tr("Price impact %"));
    rv->addWidget(m_curveTitle);
    rv->addWidget(m_curve, 1);
    rightSplit->addWidget(right);
    auto* lower = new QWidget(rightSplit);
    auto* lv = new QVBoxLayout(lower);
    lv->setContentsMargins(6, 0, 6, 6);
    m_cellSummary = new QLabel(lower);
    m_cellSummary->setWordWrap(true);
    m_cellSummary->setObjectName(QStringLiteral("muted"));
    m_absorbed = makeResultTable(lower, {});
    m_absorbed->setObjectName(QStringLiteral("absorbedTable"));
    m_absorbed->setSelectionMode(QAbstractItemView::SingleSelection);
    lv->addWidget(m_cellSummary);
    lv->addWidget(m_absorbed, 1);
    rightSplit->addWidget(lower);
    rightSplit->setSizes({1000, 1300});
    split->addWidget(rightSplit);
    m_plot->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    rightSplit->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000});
    v->addWidget(split, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_size->setEnabled(m_metric->currentData().toInt() == Slippage);
        refresh();
    });
    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_plot, &plots::HeatmapChart::cellHovered, this, &HeatmapView::hover);
    connect(m_plot, &plots::HeatmapChart::cellClicked, this, &HeatmapView::showCell);
    connect(m_absorbed, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_absorbed->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        const QTableWidgetItem* it = m_absorbed->item(rows.front().row(), 0);
        const int loan = it ? it->data(Qt::UserRole + 1).toInt() : -1;
        if (loan >= 0) m_desk->select({Selection::Kind::Loan, loan});
    });
    connect(desk, &DeskState::bookChanged, this, [this] {
        m_run.reset();
        m_cellRow = m_cellColumn = -1;
        rebuildAxes();
        refresh();
        fillAbsorbed(-1, -1);
    });
    // live ticks: at most four redraws a second
    coalesceRedraws(desk, &DeskState::exposureChanged, this, 250, [this] {
        refresh();
        if (m_cellRow >= 0) fillAbsorbed(m_cellRow, m_cellColumn);
    });
    fillAbsorbed(-1, -1);
}

void HeatmapView::updateAbsorption(const EngineSnapshot& engine)
{
    const bool runOk = m_run && m_run->book == m_desk->book();
    m_map = absorptionMap(engine->book(), engine->result(), runOk ? &m_run->result : nullptr);
}

void HeatmapView::showWorstCell()
{
    if (const EngineSnapshot engine = m_desk->engine(); engine && m_map.cells.empty()) updateAbsorption(engine);
    int best = -1;
    for (size_t i = 0; i < m_map.cells.size(); ++i) {
        const AbsorptionCell& cell = m_map.cells[i];
        if (cell.pools.empty() || !(cell.collateralAtRisk > 0)) continue;
        if (best < 0 || cell.coverage < m_map.cells[best].coverage) best = static_cast<int>(i);
    }
    const int cols = static_cast<int>(m_assets.size());
    if (best >= 0 && cols > 0 && m_map.assets == m_assets) showCell(best / cols, best % cols);
    else
        for (size_t i = 0; i < m_cellPools.size(); ++i)
            if (!m_cellPools[i].empty()) return showCell(static_cast<int>(i) / cols, static_cast<int>(i) % cols);
}

void HeatmapView::setRun(std::shared_ptr<const WhatIfRun> run)
{
    if (run && run->book != m_desk->book()) run = nullptr; // a run of a book since changed
    m_run = std::move(run);
    refresh();
    if (m_cellRow >= 0) showCell(m_cellRow, m_cellColumn);
    else fillAbsorbed(-1, -1);
}

void HeatmapView::setMetric(Metric m)
{
    const int ix = m_metric->findData(m);
    if (ix >= 0) m_metric->setCurrentIndex(ix);
}

void HeatmapView::rebuildAxes()
{
    m_venues.clear();
    m_assets.clear();
    m_cellPools.clear();
    const BookPtr book = m_desk->book();
    if (!book) return;
    const Book& b = *book;
    std::vector<char> venueUsed(b.nodes.size(), 0), assetUsed(b.assets.size(), 0);
    for (const Pool& p : b.pools)
        if (p.venueIx >= 0 && p.baseIx >= 0) venueUsed[p.venueIx] = 1, assetUsed[p.baseIx] = 1;
    std::vector<int> venueRow(b.nodes.size(), -1), assetCol(b.assets.size(), -1);
    for (size_t i = 0; i < b.nodes.size(); ++i)
        if (venueUsed[i]) venueRow[i] = static_cast<int>(m_venues.size()), m_venues.push_back(static_cast<int>(i));
    for (size_t a = 0; a < b.assets.size(); ++a)
        if (assetUsed[a]) assetCol[a] = static_cast<int>(m_assets.size()), m_assets.push_back(static_cast<int>(a));
    m_cellPools.assign(m_venues.size() * m_assets.size(), {});
    for (size_t p = 0; p < b.pools.size(); ++p) {
        const Pool& pool = b.pools[p];
        if (pool.venueIx >= 0 && pool.baseIx >= 0)
            m_cellPools[venueRow[pool.venueIx] * m_assets.size() + assetCol[pool.baseIx]].push_back(static_cast<int>(p));
    }
    m_empty->setMessage(m_venues.empty() ? tr("<b>No liquidity pools yet</b><br>The heatmap shows venues × assets once the book has pools "
                                              "(constant-product, concentrated, order book or exponential impact) in its “pools”.")
                                         : QString());
    QStringList columns, rows;
    for (int a : m_assets) columns << QString::fromStdString(b.assets[a].id);
    for (int v : m_venues) rows << QString::fromStdString(b.nodes[v].name.empty() ? b.nodes[v].id : b.nodes[v].name);
    m_plot->setCategories(columns, rows);
}

double HeatmapView::cell(int r, int c) const
{
    const size_t ix = static_cast<size_t>(r) * m_assets.size() + c;
    return ix < m_values.size() ? m_values[ix] : kNaN;
}

void HeatmapView::refresh()
{
    const EngineSnapshot engine = m_desk->engine();
    if (!engine || m_venues.empty()) {
        m_plot->setValues({}, plots::HeatmapChart::Scale::Percent, QString());
        return;
    }
    const Exposure& x = engine->result();
    const auto& pools = engine->pools();
    const Metric metric = static_cast<Metric>(m_metric->currentData().toInt());
    // the absorption map (a pass over the loans) only for the metric or a shown cell's table
    if (metric == Coverage || m_cellRow >= 0) updateAbsorption(engine);
    else m_map = {};
    const bool mapOk = m_map.venues == m_venues && m_map.assets == m_assets;
    const double size = m_size->value();
    const size_t cols = m_assets.size();
    m_values.assign(m_venues.size() * cols, kNaN);
    for (size_t r = 0; r < m_venues.size(); ++r)
        for (size_t c = 0; c < cols; ++c) {
            const auto& ps = m_cellPools[r * cols + c];
            if (ps.empty()) continue;
            double v = 0;
            if (metric <= Depth5) {
                for (int p : ps) v += x.pools[p].depthValue[metric];
            } else if (metric == Slippage) {
                // the deepest pool of the cell, selling `size` worth of base
                double best = kInf;
                for (int p : ps) {
                    const double price = engine->valueOf(pools[p].baseIx);
                    if (!(price > 0)) continue;
                    const Quote q = quoteSellBase(pools[p], size / price);
                    best = std::min(best, q.exhausted ? 1.0 : q.priceImpact);
                }
                v = std::isinf(best) ? kNaN : best * 100.0;
            } else if (metric == Coverage) {
                const AbsorptionCell* cell = mapOk ? m_map.cell(static_cast<int>(r), static_cast<int>(c)) : nullptr;
                v = cell ? std::min(cell->coverage, 1000.0) : kNaN; // nothing at risk: the top of the scale
            } else {
                double n = 0;
                v = 0;
                for (int p : ps)
                    if (!std::isnan(pools[p].utilisation)) v += pools[p].utilisation * 100.0, ++n;
                v = n > 0 ? v / n : kNaN;
            }
            m_values[r * cols + c] = v;
        }
    if (metric == Coverage)
        m_plot->setValues(m_values, plots::HeatmapChart::Scale::Coverage,
                          m_map.fromRun ? tr("2% depth ÷ the run's sales") : tr("2% depth ÷ collateral at HF < 1.1"));
    else if (metric <= Depth5) m_plot->setValues(m_values, plots::HeatmapChart::Scale::LogMoney, tr("depth (log)"));
    else m_plot->setValues(m_values, plots::HeatmapChart::Scale::Percent, metric == Slippage ? tr("impact %") : tr("utilisation %"));
}

void HeatmapView::hover(int r, int c)
{
    const BookPtr book = m_desk->book();
    if (!book || r < 0 || c < 0 || r >= static_cast<int>(m_venues.size()) || c >= static_cast<int>(m_assets.size())) {
        m_hover->clear();
        return;
    }
    const double v = cell(r, c);
    const Metric metric = static_cast<Metric>(m_metric->currentData().toInt());
    QString value = std::isnan(v) ? tr("no pool") : metric <= Depth5 ? formatMoney(v) : QStringLiteral("%1 %").arg(v, 0, 'f', 2);
    if (metric == Coverage && !std::isnan(v))
        if (const AbsorptionCell* cell = m_map.cell(r, c))
            value = cell->collateralAtRisk > 0 ? tr("absorbs %1 at 2%, %2 at risk: %3×")
                                                     .arg(formatMoney(cell->depthValue[1]), formatMoney(cell->collateralAtRisk),
                                                          formatNumber(cell->coverage, 2))
                                               : tr("absorbs %1 at 2%, nothing at risk").arg(formatMoney(cell->depthValue[1]));
    const Node& n = book->nodes[m_venues[r]];
    m_hover->setText(QStringLiteral("%1 · %2: %3").arg(QString::fromStdString(n.name.empty() ? n.id : n.name),
                                                        QString::fromStdString(book->assets[m_assets[c]].id), value));
}

void HeatmapView::showCell(int r, int c)
{
    const EngineSnapshot engine = m_desk->engine();
    if (!engine || r < 0 || c < 0 || r >= static_cast<int>(m_venues.size()) || c >= static_cast<int>(m_assets.size())) return;
    const auto& ps = m_cellPools[r * m_assets.size() + c];
    if (ps.empty()) return;
    const Book& b = engine->book();
    m_cellRow = r, m_cellColumn = c;
    if (m_map.cells.empty()) updateAbsorption(engine);
    const AbsorptionCell* cell = m_map.venues == m_venues && m_map.assets == m_assets ? m_map.cell(r, c) : nullptr;
    const double atRisk = cell ? cell->collateralAtRisk : 0.0;
    // the cell's largest liquidation is the selection (its loan everywhere), else its pool
    const AbsorbedPart* top = nullptr;
    if (cell)
        for (const AbsorbedSale& sale : cell->sales)
            for (const AbsorbedPart& part : sale.loans)
                if (!top || part.marketValue > top->marketValue) top = &part;
    if (cell && !top && !cell->atRisk.empty()) top = &cell->atRisk.front();
    if (top) m_desk->select({Selection::Kind::Loan, top->loan});
    else m_desk->select({Selection::Kind::Pool, ps.front()});
    std::vector<plots::Curve> curves;
    for (int p : ps) {
        const Pool& pool = engine->pools()[p];
        const double price = engine->valueOf(pool.baseIx);
        if (!(price > 0)) continue;
        const double top = std::max({engine->result().pools[p].depthValue[2] * 3.0, atRisk * 1.25, 1e4});
        plots::Curve curve{QStringLiteral("%1 (%2)").arg(QString::fromStdString(pool.id), QString::fromStdString(toString(pool.model))), {}, {}};
        for (int i = 1; i <= 60; ++i) {
            const double value = top * i / 60.0;
            const Quote q = quoteSellBase(pool, value / price);
            if (q.exhausted) break;
            curve.x << value;
            curve.y << q.priceImpact * 100.0;
        }
        curves.push_back(std::move(curve));
    }
    plots::drawCurves(*m_curve, curves);
    if (atRisk > 0) { // where the collateral at risk lands on the curves
        QCustomPlot* plot = m_curve->plot();
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(atRisk, 0);
        line->point2->setCoords(atRisk, 1);
        line->setPen(QPen(colors().bad, 1.5, Qt::DashLine));
        auto* label = new QCPItemText(plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(atRisk, 0.96); // low on the line: the legend sits top right, the curves rise
        label->setPositionAlignment(atRisk > plot->xAxis->range().center() ? (Qt::AlignRight | Qt::AlignBottom) : (Qt::AlignLeft | Qt::AlignBottom));
        label->setPadding(QMargins(4, 0, 4, 0));
        label->setColor(colors().bad);
        label->setFont(plot->xAxis->tickLabelFont()); // the chart's type, which presentation mode enlarges
        label->setText(m_map.fromRun ? tr("sold in the run %1").arg(formatMoney(atRisk)) : tr("at risk %1").arg(formatMoney(atRisk)));
        plot->replot();
    }
    fillAbsorbed(r, c);
    const Node& n = b.nodes[m_venues[r]];
    m_curveTitle->setText(tr("<b>%1</b> on %2 — price impact of a sale, by size")
                              .arg(QString::fromStdString(b.assets[m_assets[c]].id), QString::fromStdString(n.name.empty() ? n.id : n.name)));
}

void HeatmapView::fillAbsorbed(int r, int c)
{
    m_absorbed->setSortingEnabled(false);
    m_absorbed->clearContents();
    m_absorbed->setRowCount(0);
    const EngineSnapshot engine = m_desk->engine();
    const AbsorptionCell* cell = engine && m_map.venues == m_venues && m_map.assets == m_assets ? m_map.cell(r, c) : nullptr;
    if (!cell || cell->pools.empty()) {
        m_absorbed->setColumnCount(0);
        m_cellSummary->setText(!engine || m_venues.empty() ? QString()
                               : m_run ? tr("Click a cell: the run's liquidation sales into it, round by round")
                                       : tr("Click a cell: the loans near liquidation (HF < 1.1) whose collateral it would have to absorb. "
                                            "Run a scenario in the What-if view to see its cascade's sales instead."));
        return;
    }
    const Book& b = engine->book();
    auto nameOf = [&](int node) {
        if (node < 0) return QString();
        const Node& n = b.nodes[node];
        return QString::fromStdString(n.name.empty() ? n.id : n.name);
    };
    const QString where = tr("%1 on %2").arg(QString::fromStdString(b.assets[cell->asset].id), nameOf(cell->venue));
    const QString depths = tr("absorbs %1 / %2 / %3 before a 1 / 2 / 5% impact")
                               .arg(formatMoney(cell->depthValue[0]), formatMoney(cell->depthValue[1]), formatMoney(cell->depthValue[2]));
    auto loanItem = [&](int loan) {
        auto* it = new QTableWidgetItem(QString::fromStdString(b.loans[loan].id));
        it->setData(Qt::UserRole + 1, loan);
        return it;
    };
    auto pushedText = [&](const std::vector<int>& loans) {
        QStringList ids;
        for (int l : loans) ids << QString::fromStdString(b.loans[l].id);
        return ids.join(QStringLiteral(", "));
    };
    if (m_map.fromRun) {
        const QString scenario = QString::fromStdString(m_run->scenario.name.empty() ? m_run->scenario.id : m_run->scenario.name);
        m_absorbed->setColumnCount(7);
        m_absorbed->setHorizontalHeaderLabels({tr("Loan"), tr("Round"), tr("Borrower"), tr("Sold"), tr("Impact"), tr("Pool"), tr("Pushed under next")});
        m_absorbed->horizontalHeaderItem(3)->setToolTip(tr("The loan's part of the sale: what its liquidation seized, at market value before the sale"));
        m_absorbed->horizontalHeaderItem(4)->setToolTip(tr("How far the sale moved the pool's price"));
        m_absorbed->horizontalHeaderItem(6)->setToolTip(
            tr("Loans first liquidated in the next round that liquidated, holding collateral whose price this sale moved"));
        int pushed = 0;
        for (const AbsorbedSale& sale : cell->sales) {
            pushed += static_cast<int>(sale.pushedUnder.size());
            bool first = true;
            for (const AbsorbedPart& part : sale.loans) {
                const int row = m_absorbed->rowCount();
                m_absorbed->insertRow(row);
                m_absorbed->setItem(row, 0, loanItem(part.loan));
                m_absorbed->setItem(row, 1, numberItem(QString::number(sale.round), sale.round));
                m_absorbed->setItem(row, 2, new QTableWidgetItem(nameOf(b.loans[part.loan].borrowerIx)));
                m_absorbed->setItem(row, 3, numberItem(formatMoney(part.marketValue), part.marketValue));
                m_absorbed->setItem(row, 4, numberItem(formatPercent(sale.impact, 2), sale.impact));
                m_absorbed->setItem(row, 5, new QTableWidgetItem(QString::fromStdString(b.pools[sale.pool].id)));
                m_absorbed->setItem(row, 6, new QTableWidgetItem(first ? pushedText(sale.pushedUnder) : QString()));
                first = false;
            }
        }
        m_cellSummary->setText(cell->sales.empty()
                                   ? tr("<b>%1</b>: %2. %3's cascade sold nothing here.").arg(where, depths, scenario)
                                   : tr("<b>%1</b>: %2. %3 sold %4 here in %n sale(s) (coverage %5×, worst impact %6); "
                                        "%7 loan(s) went under in the next wave holding what it moved.",
                                        "", static_cast<int>(cell->sales.size()))
                                         .arg(where, depths, scenario, formatMoney(cell->sold), formatNumber(cell->coverage, 2),
                                              formatPercent(cell->maxImpact, 1))
                                         .arg(pushed));
    } else {
        m_absorbed->setColumnCount(5);
        m_absorbed->setHorizontalHeaderLabels({tr("Loan"), tr("Borrower"), tr("HF"), tr("At risk here"), tr("Quantity")});
        m_absorbed->horizontalHeaderItem(3)->setToolTip(tr("The loan's collateral that exits through this asset, at market value, "
                                                           "times this venue's share of the asset's 2% depth"));
        const Exposure& x = engine->result();
        for (const AbsorbedPart& part : cell->atRisk) {
            const int row = m_absorbed->rowCount();
            m_absorbed->insertRow(row);
            const double hf = part.loan < static_cast<int>(x.loans.size()) ? x.loans[part.loan].healthFactor : kNaN;
            m_absorbed->setItem(row, 0, loanItem(part.loan));
            m_absorbed->setItem(row, 1, new QTableWidgetItem(nameOf(b.loans[part.loan].borrowerIx)));
            auto* health = numberItem(formatHealth(hf), std::isfinite(hf) ? hf : 1e300);
            if (const QColor tone = healthTextColor(hf); tone.isValid()) health->setForeground(tone);
            m_absorbed->setItem(row, 2, health);
            m_absorbed->setItem(row, 3, numberItem(formatMoney(part.marketValue), part.marketValue));
            m_absorbed->setItem(row, 4, numberItem(formatNumber(part.quantity, 2), part.quantity));
        }
        m_cellSummary->setText(cell->atRisk.empty()
                                   ? tr("<b>%1</b>: %2. No loan near liquidation (HF &lt; 1.1) exits through it.").arg(where, depths)
                                   : tr("<b>%1</b>: %2; %n loan(s) near liquidation (HF &lt; 1.1) would sell %3 here (coverage %4×).", "",
                                        static_cast<int>(cell->atRisk.size()))
                                         .arg(where, depths, formatMoney(cell->collateralAtRisk), formatNumber(cell->coverage, 2)));
    }
    m_absorbed->setSortingEnabled(true);
    m_absorbed->resizeColumnsToContents();
}

} // namespace ballast::ui
