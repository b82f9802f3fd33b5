#include "plots/heatmapchart.h"

#include "format.h"
#include "palette.h"
#include "plots/chartstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ballast::ui::plots {

HeatmapChart::HeatmapChart(const QString& objectName, QWidget* parent) : Chart(objectName, parent, Title::None)
{
    QCustomPlot* p = plot();
    p->setNoAntialiasingOnDrag(true);
    m_map = new QCPColorMap(p->xAxis, p->yAxis);
    m_scale = new QCPColorScale(p);
    p->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(10);
    m_map->setColorScale(m_scale);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false); // cells centred on their category ticks
    auto* margins = new QCPMarginGroup(p);
    p->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->axis()->setTickLabelColor(colors().muted);
    m_scale->axis()->setBasePen(QPen(colors().grid));
    m_scale->axis()->setTickPen(QPen(colors().grid));
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setTickLabelRotation(-50);
    p->yAxis->setRangeReversed(true);
    // category labels thinned to what fits: 300 venues x 2,000 assets would be ink, not names
    connect(p, &QCustomPlot::afterLayout, this, &HeatmapChart::relabel);
    connect(p, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        int r, c;
        if (cellAt(e, r, c)) Q_EMIT cellHovered(r, c);
        else Q_EMIT cellHovered(-1, -1);
    });
    connect(p, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        int r, c;
        if (cellAt(e, r, c)) Q_EMIT cellClicked(r, c);
    });
}

void HeatmapChart::setCategories(const QStringList& columns, const QStringList& rows)
{
    m_columns = columns;
    m_rows = rows;
    m_labelStep[0] = m_labelStep[1] = 0; // relabel() sets the ticks for the size the plot gets
    QCustomPlot* p = plot();
    const int cols = std::max<int>(1, static_cast<int>(columns.size())), nrows = std::max<int>(1, static_cast<int>(rows.size()));
    // a colour map of one cell along a side spans nothing (its cell extent is range / (size - 1)):
    // such a side gets two data cells a half apart, the same value in each
    m_map->data()->setSize(std::max(cols, 2), std::max(nrows, 2));
    m_map->data()->setRange(cols == 1 ? QCPRange(-0.25, 0.25) : QCPRange(0, cols - 1),
                            nrows == 1 ? QCPRange(-0.25, 0.25) : QCPRange(0, nrows - 1));
    p->xAxis->setRange(-0.5, cols - 0.5);
    p->yAxis->setRange(-0.5, nrows - 0.5);
    QFont f = p->xAxis->tickLabelFont();
    f.setPointSizeF(cols > 60 ? 6.5 : 8);
    p->xAxis->setTickLabelFont(f);
    f.setPointSizeF(nrows > 30 ? 6.5 : 8);
    p->yAxis->setTickLabelFont(f);
}

void HeatmapChart::relabel()
{
    if (m_columns.isEmpty() && m_rows.isEmpty()) return;
    QCustomPlot* p = plot();
    const QRect area = p->axisRect()->rect();
    const int cols = static_cast<int>(m_columns.size()), rows = static_cast<int>(m_rows.size());
    const int colStep = std::max(1, static_cast<int>(std::ceil(13.0 * cols / std::max(1, area.width()))));
    const int rowStep = std::max(1, static_cast<int>(std::ceil(11.0 * rows / std::max(1, area.height()))));
    if (colStep == m_labelStep[0] && rowStep == m_labelStep[1]) return;
    m_labelStep[0] = colStep, m_labelStep[1] = rowStep;
    auto xt = QSharedPointer<QCPAxisTickerText>::create();
    auto yt = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < cols; c += colStep) xt->addTick(c, m_columns[c]);
    for (int r = 0; r < rows; r += rowStep) yt->addTick(r, m_rows[r]);
    p->xAxis->setTicker(xt);
    p->yAxis->setTicker(yt);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapChart::setValues(const std::vector<double>& values, Scale scale, const QString& scaleLabel)
{
    const int cols = static_cast<int>(m_columns.size()), rows = static_cast<int>(m_rows.size());
    double lo = 1e300, hi = -1e300;
    for (double v : values)
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    const bool logScale = scale == Scale::LogMoney; // depth: venues differ by orders of magnitude
    const bool coverage = scale == Scale::Coverage;
    const int dataCols = m_map->data()->keySize(), dataRows = m_map->data()->valueSize();
    for (int dr = 0; dr < dataRows; ++dr)
        for (int dc = 0; dc < dataCols; ++dc) {
            const int r = rows == 1 ? 0 : dr, c = cols == 1 ? 0 : dc; // a side of one category: two data cells
            const size_t ix = static_cast<size_t>(r) * cols + c;
            const double v = ix < values.size() ? values[ix] : std::nan("");
            const double shown = coverage ? std::clamp(std::log10(std::max(v, 1e-3)), -1.0, 1.5) : logScale ? std::log10(std::max(v, 1.0)) : v;
            m_map->data()->setCell(dc, dr, std::isfinite(v) ? shown : std::nan(""));
        }
    QCPColorGradient g(logScale ? QCPColorGradient::gpThermal : QCPColorGradient::gpJet);
    g.clearColorStops();
    if (coverage) { // log10 of the ratio, -1 (0.1x) .. 1.5 (about 32x): 1x sits at 0.4
        g.setColorStopAt(0.0, QColor(0x99, 0x1b, 0x1b));
        g.setColorStopAt(0.3, QColor(0xdc, 0x26, 0x26));
        g.setColorStopAt(0.4, QColor(0xd9, 0x77, 0x06));
        g.setColorStopAt(0.55, QColor(0xca, 0x8a, 0x04));
        g.setColorStopAt(0.75, QColor(0x16, 0xa3, 0x4a));
        g.setColorStopAt(1.0, QColor(0x0e, 0x74, 0x90));
    } else if (logScale) {
        g.setColorStopAt(0.0, QColor(0x7f, 0x1d, 0x1d));
        g.setColorStopAt(0.35, QColor(0xd9, 0x77, 0x06));
        g.setColorStopAt(0.7, QColor(0x16, 0xa3, 0x4a));
        g.setColorStopAt(1.0, QColor(0x0e, 0x74, 0x90));
    } else {
        g.setColorStopAt(0.0, QColor(0x0e, 0x74, 0x90));
        g.setColorStopAt(0.4, QColor(0x16, 0xa3, 0x4a));
        g.setColorStopAt(0.7, QColor(0xd9, 0x77, 0x06));
        g.setColorStopAt(1.0, QColor(0xb9, 0x1c, 0x1c));
    }
    g.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(g);
    if (lo > hi) lo = 0, hi = 1;
    if (coverage) {
        m_map->setDataRange(QCPRange(-1.0, 1.5));
        auto t = QSharedPointer<QCPAxisTickerText>::create();
        t->addTick(-1.0, QStringLiteral("0.1×"));
        t->addTick(std::log10(0.5), QStringLiteral("0.5×"));
        t->addTick(0.0, QStringLiteral("1×"));
        t->addTick(std::log10(3.0), QStringLiteral("3×"));
        t->addTick(1.0, QStringLiteral("10×"));
        t->addTick(1.5, QStringLiteral("≥30×"));
        m_scale->axis()->setTicker(t);
    } else if (logScale) {
        m_map->setDataRange(QCPRange(std::log10(std::max(lo, 1.0)), std::max(std::log10(std::max(hi, 1.0)), std::log10(std::max(lo, 1.0)) + 1e-6)));
        auto t = QSharedPointer<QCPAxisTickerText>::create();
        for (int e = static_cast<int>(std::floor(std::log10(std::max(lo, 1.0)))); e <= static_cast<int>(std::ceil(std::log10(std::max(hi, 1.0)))); ++e)
            t->addTick(e, formatMoney(std::pow(10.0, e)));
        m_scale->axis()->setTicker(t);
    } else {
        m_map->setDataRange(QCPRange(lo, std::max(hi, lo + 1e-9)));
        m_scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    m_scale->axis()->setLabel(scaleLabel);
    m_scale->axis()->setLabelColor(colors().muted);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

bool HeatmapChart::cellAt(QMouseEvent* e, int& r, int& c) const
{
    const QCustomPlot* p = plot();
    const double x = p->xAxis->pixelToCoord(e->position().x()), y = p->yAxis->pixelToCoord(e->position().y());
    c = static_cast<int>(std::lround(x));
    r = static_cast<int>(std::lround(y));
    return c >= 0 && r >= 0 && c < static_cast<int>(m_columns.size()) && r < static_cast<int>(m_rows.size()) &&
           p->axisRect()->rect().contains(e->pos());
}

void setUpCurves(Chart& chart, const QString& xLabel, const QString& yLabel)
{
    QCustomPlot* p = chart.plot();
    p->xAxis->setLabel(xLabel);
    p->yAxis->setLabel(yLabel);
    moneyAxis(p->xAxis);
}

void drawCurves(Chart& chart, const std::vector<Curve>& curves)
{
    QCustomPlot* p = chart.plot();
    p->clearGraphs();
    const Colors col = colors();
    for (size_t k = 0; k < curves.size(); ++k) {
        QCPGraph* g = p->addGraph();
        g->setData(curves[k].x, curves[k].y, true);
        g->setPen(QPen(col.series[k % 8], 2));
        g->setName(curves[k].name);
    }
    p->legend->setVisible(true);
    styleChart(p);
    p->rescaleAxes();
    p->yAxis->setRangeLower(0);
    p->replot();
}

} // namespace ballast::ui::plots
