#include "heatmapview.h"
#include "widgets/redraw.h"

#include "palette.h"
#include "plots/chartstyle.h"
#include "widgets/emptystate.h"
#include "liquidity.h"
#include "format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
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
    m_plot = new QCustomPlot(split);
    m_plot->setObjectName(QStringLiteral("heatmapPlot"));
    m_plot->setNoAntialiasingOnDrag(true);
    styleChart(m_plot);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(10);
    m_map->setColorScale(m_scale);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false); // cells centred on their category ticks
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->axis()->setTickLabelColor(colors().muted);
    m_scale->axis()->setBasePen(QPen(colors().grid));
    m_scale->axis()->setTickPen(QPen(colors().grid));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->xAxis->setTickLabelRotation(-50);
    m_plot->yAxis->setRangeReversed(true);
    split->addWidget(m_plot);
    m_empty = new EmptyState(m_plot);
    // category labels thinned to what fits: 300 venues x 2,000 assets would be ink, not names
    connect(m_plot, &QCustomPlot::afterLayout, this, &HeatmapView::relabel);

    auto* right = new QWidget(split);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(6, 6, 6, 6);
    m_curveTitle = new QLabel(tr("Click a cell for its pools' slippage curve"), right);
    m_curveTitle->setWordWrap(true);
    m_curve = new QCustomPlot(right);
    m_curve->setObjectName(QStringLiteral("slippageCurve"));
    styleChart(m_curve);
    m_curve->xAxis->setLabel(tr("Sale size (base currency)"));
    m_curve->yAxis->setLabel(tr("Price impact %"));
    moneyAxis(m_curve->xAxis);
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
    connect(m_plot, &QCustomPlot::mouseMove, this, &HeatmapView::hover);
    connect(m_plot, &QCustomPlot::mousePress, this, &HeatmapView::click);
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
    m_labelStep[0] = m_labelStep[1] = 0; // relabel() sets the ticks for the size the plot gets
    m_empty->setMessage(m_venues.empty() ? tr("<b>No liquidity pools yet</b><br>The heatmap shows venues × assets once the book has pools "
                                              "(constant-product, concentrated, order book or exponential impact) in its “pools”.")
                                         : QString());
    const int cols = std::max<int>(1, static_cast<int>(m_assets.size())), rows = std::max<int>(1, static_cast<int>(m_venues.size()));
    m_map->data()->setSize(cols, rows);
    m_map->data()->setRange(QCPRange(0, cols - 1), QCPRange(0, rows - 1));
    m_plot->xAxis->setRange(-0.5, cols - 0.5);
    m_plot->yAxis->setRange(-0.5, rows - 0.5);
    QFont f = m_plot->xAxis->tickLabelFont();
    f.setPointSizeF(cols > 60 ? 6.5 : 8);
    m_plot->xAxis->setTickLabelFont(f);
    f.setPointSizeF(rows > 30 ? 6.5 : 8);
    m_plot->yAxis->setTickLabelFont(f);
}

void HeatmapView::relabel()
{
    const BookPtr book = m_desk->book();
    if (!book) return;
    // one label per 11 px of rows and 13 px of (rotated) columns; every k-th category otherwise,
    // the hover line naming any cell
    const QRect area = m_plot->axisRect()->rect();
    const int cols = static_cast<int>(m_assets.size()), rows = static_cast<int>(m_venues.size());
    const int colStep = std::max(1, static_cast<int>(std::ceil(13.0 * cols / std::max(1, area.width()))));
    const int rowStep = std::max(1, static_cast<int>(std::ceil(11.0 * rows / std::max(1, area.height()))));
    if (colStep == m_labelStep[0] && rowStep == m_labelStep[1]) return;
    m_labelStep[0] = colStep, m_labelStep[1] = rowStep;
    auto xt = QSharedPointer<QCPAxisTickerText>::create();
    auto yt = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < cols; c += colStep) xt->addTick(c, QString::fromStdString(book->assets[m_assets[c]].id));
    for (int r = 0; r < rows; r += rowStep) {
        const Node& n = book->nodes[m_venues[r]];
        yt->addTick(r, QString::fromStdString(n.name.empty() ? n.id : n.name));
    }
    m_plot->xAxis->setTicker(xt);
    m_plot->yAxis->setTicker(yt);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
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
        m_plot->replot();
        return;
    }
    const Exposure& x = engine->result();
    const auto& pools = engine->pools();
    const Metric metric = static_cast<Metric>(m_metric->currentData().toInt());
    const double size = m_size->value();
    const size_t cols = m_assets.size();
    m_values.assign(m_venues.size() * cols, kNaN);
    double lo = 1e300, hi = -1e300;
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
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        }
    // depth on a log scale: venues differ by orders of magnitude
    const bool logScale = metric <= Depth5;
    for (size_t r = 0; r < m_venues.size(); ++r)
        for (size_t c = 0; c < cols; ++c) {
            const double v = m_values[r * cols + c];
            m_map->data()->setCell(static_cast<int>(c), static_cast<int>(r),
                                   std::isfinite(v) ? (logScale ? std::log10(std::max(v, 1.0)) : v) : std::nan(""));
        }
    QCPColorGradient g(metric <= Depth5 ? QCPColorGradient::gpThermal : QCPColorGradient::gpJet);
    if (metric <= Depth5) {
        g.clearColorStops();
        g.setColorStopAt(0.0, QColor(0x7f, 0x1d, 0x1d));
        g.setColorStopAt(0.35, QColor(0xd9, 0x77, 0x06));
        g.setColorStopAt(0.7, QColor(0x16, 0xa3, 0x4a));
        g.setColorStopAt(1.0, QColor(0x0e, 0x74, 0x90));
    } else {
        g.clearColorStops();
        g.setColorStopAt(0.0, QColor(0x0e, 0x74, 0x90));
        g.setColorStopAt(0.4, QColor(0x16, 0xa3, 0x4a));
        g.setColorStopAt(0.7, QColor(0xd9, 0x77, 0x06));
        g.setColorStopAt(1.0, QColor(0xb9, 0x1c, 0x1c));
    }
    g.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(g);
    if (lo > hi) lo = 0, hi = 1;
    if (logScale) {
        m_map->setDataRange(QCPRange(std::log10(std::max(lo, 1.0)), std::max(std::log10(std::max(hi, 1.0)), std::log10(std::max(lo, 1.0)) + 1e-6)));
        auto t = QSharedPointer<QCPAxisTickerText>::create();
        for (int e = static_cast<int>(std::floor(std::log10(std::max(lo, 1.0)))); e <= static_cast<int>(std::ceil(std::log10(std::max(hi, 1.0)))); ++e)
            t->addTick(e, formatMoney(std::pow(10.0, e)));
        m_scale->axis()->setTicker(t);
        m_scale->axis()->setLabel(tr("depth (log)"));
    } else {
        m_map->setDataRange(QCPRange(lo, std::max(hi, lo + 1e-9)));
        m_scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_scale->axis()->setLabel(metric == Slippage ? tr("impact %") : tr("utilisation %"));
    }
    m_scale->axis()->setLabelColor(colors().muted);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool HeatmapView::cellAt(QMouseEvent* e, int& r, int& c) const
{
    const double x = m_plot->xAxis->pixelToCoord(e->position().x()), y = m_plot->yAxis->pixelToCoord(e->position().y());
    c = static_cast<int>(std::lround(x));
    r = static_cast<int>(std::lround(y));
    return c >= 0 && r >= 0 && c < static_cast<int>(m_assets.size()) && r < static_cast<int>(m_venues.size()) &&
           m_plot->axisRect()->rect().contains(e->pos());
}

void HeatmapView::hover(QMouseEvent* e)
{
    int r, c;
    const BookPtr book = m_desk->book();
    if (!book || !cellAt(e, r, c)) {
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

void HeatmapView::click(QMouseEvent* e)
{
    int r, c;
    if (!cellAt(e, r, c)) return;
    showCell(r, c);
}

void HeatmapView::showCell(int r, int c)
{
    const EngineSnapshot engine = m_desk->engine();
    if (!engine || r < 0 || c < 0 || r >= static_cast<int>(m_venues.size()) || c >= static_cast<int>(m_assets.size())) return;
    const auto& ps = m_cellPools[r * m_assets.size() + c];
    if (ps.empty()) return;
    const Book& b = engine->book();
    m_desk->select({Selection::Kind::Pool, ps.front()});
    m_curve->clearGraphs();
    const Colors col = colors();
    double maxX = 0;
    for (size_t k = 0; k < ps.size(); ++k) {
        const Pool& pool = engine->pools()[ps[k]];
        const double price = engine->valueOf(pool.baseIx);
        if (!(price > 0)) continue;
        const double top = std::max(engine->result().pools[ps[k]].depthValue[2] * 3.0, 1e4);
        QVector<double> xs, ys;
        for (int i = 1; i <= 60; ++i) {
            const double value = top * i / 60.0;
            const Quote q = quoteSellBase(pool, value / price);
            if (q.exhausted) break;
            xs << value;
            ys << q.priceImpact * 100.0;
        }
        QCPGraph* g = m_curve->addGraph();
        g->setData(xs, ys, true);
        g->setPen(QPen(col.series[k % 8], 2));
        g->setName(QStringLiteral("%1 (%2)").arg(QString::fromStdString(pool.id), QString::fromStdString(toString(pool.model))));
        if (!xs.isEmpty()) maxX = std::max(maxX, xs.back());
    }
    m_curve->legend->setVisible(true);
    styleChart(m_curve);
    m_curve->rescaleAxes();
    m_curve->yAxis->setRangeLower(0);
    const Node& n = b.nodes[m_venues[r]];
    m_curveTitle->setText(tr("<b>%1</b> on %2 — price impact of a sale, by size")
                              .arg(QString::fromStdString(b.assets[m_assets[c]].id), QString::fromStdString(n.name.empty() ? n.id : n.name)));
    m_curve->replot();
}

} // namespace ballast::ui
