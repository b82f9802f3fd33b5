#include "heatmapview.h"
#include "widgets/redraw.h"

#include "palette.h"
#include "plots/heatmapchart.h"
#include "widgets/emptystate.h"
#include "liquidity.h"
#include "format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

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

    auto* right = new QWidget(split);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(6, 6, 6, 6);
    m_curveTitle = new QLabel(tr("Click a cell for its pools' slippage curve"), right);
    m_curveTitle->setWordWrap(true);
    m_curve = new plots::Chart(QStringLiteral("slippageCurve"), right, plots::Chart::Title::None);
    plots::setUpCurves(*m_curve, tr("Sale size (base currency)"), tr("Price impact %"));
    rv->addWidget(m_curveTitle);
    rv->addWidget(m_curve, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_size->setEnabled(m_metric->currentData().toInt() == Slippage);
        refresh();
    });
    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_plot, &plots::HeatmapChart::cellHovered, this, &HeatmapView::hover);
    connect(m_plot, &plots::HeatmapChart::cellClicked, this, &HeatmapView::showCell);
    connect(desk, &DeskState::bookChanged, this, [this] {
        rebuildAxes();
        refresh();
    });
    // live ticks: at most four redraws a second
    coalesceRedraws(desk, &DeskState::exposureChanged, this, 250, [this] { refresh(); });
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
            } else {
                double n = 0;
                v = 0;
                for (int p : ps)
                    if (!std::isnan(pools[p].utilisation)) v += pools[p].utilisation * 100.0, ++n;
                v = n > 0 ? v / n : kNaN;
            }
            m_values[r * cols + c] = v;
        }
    if (metric <= Depth5) m_plot->setValues(m_values, plots::HeatmapChart::Scale::LogMoney, tr("depth (log)"));
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
    const QString value = std::isnan(v) ? tr("no pool") : metric <= Depth5 ? formatMoney(v) : QStringLiteral("%1 %").arg(v, 0, 'f', 2);
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
    m_desk->select({Selection::Kind::Pool, ps.front()});
    std::vector<plots::Curve> curves;
    for (int p : ps) {
        const Pool& pool = engine->pools()[p];
        const double price = engine->valueOf(pool.baseIx);
        if (!(price > 0)) continue;
        const double top = std::max(engine->result().pools[p].depthValue[2] * 3.0, 1e4);
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
    const Node& n = b.nodes[m_venues[r]];
    m_curveTitle->setText(tr("<b>%1</b> on %2 — price impact of a sale, by size")
                              .arg(QString::fromStdString(b.assets[m_assets[c]].id), QString::fromStdString(n.name.empty() ? n.id : n.name)));
}

} // namespace ballast::ui
