#include "plots/stresscharts.h"

#include "format.h"
#include "palette.h"
#include "plots/chart.h"
#include "plots/chartstyle.h"
#include "stress.h"

#include <qcustomplot.h>

#include <algorithm>

namespace ballast::ui::plots {

void drawLossHistogram(Chart& chart, const StressResult& r)
{
    const Colors c = colors();
    QCustomPlot* p = chart.plot();
    p->clearPlottables();
    p->clearItems();
    auto* bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.series[0]);
    bars->setWidth(r.histogramWidth * 0.9);
    long long hi = 1;
    for (size_t i = 0; i < r.histogram.size(); ++i) {
        bars->addData(r.histogramMin + (i + 0.5) * r.histogramWidth, static_cast<double>(r.histogram[i]));
        hi = std::max(hi, r.histogram[i]);
    }
    auto marker = [&](double x, const QColor& col, const QString& text, double at) {
        auto* line = new QCPItemStraightLine(p);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(col, 1.6, Qt::DashLine));
        auto* label = new QCPItemText(p);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(x, hi * at);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setText(text);
        label->setColor(col);
    };
    for (size_t k = 0; k < r.confidence.size(); ++k) {
        const QString q = QStringLiteral("%1%").arg(r.confidence[k] * 100, 0, 'f', 0);
        marker(r.var[k], c.warn, Chart::tr("VaR %1 %2").arg(q, formatMoney(r.var[k])), 1.0 - 0.16 * k);
        marker(r.es[k], c.bad, Chart::tr("ES %1 %2").arg(q, formatMoney(r.es[k])), 0.92 - 0.16 * k);
    }
    moneyAxis(p->xAxis);
    p->xAxis->setLabel(Chart::tr("loss over the horizon"));
    p->yAxis->setLabel(Chart::tr("scenarios"));
    p->xAxis->setRange(r.histogramMin, r.histogramMin + r.histogramWidth * std::max<size_t>(1, r.histogram.size()));
    p->yAxis->setRange(0, hi * 1.1);
    chart.setTitle(Chart::tr("Monte Carlo loss distribution — %L1 scenarios, mean %2, max %3").arg(r.scenarios).arg(formatMoney(r.meanLoss), formatMoney(r.maxLoss)));
    styleChart(p);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void drawDefaultCounts(Chart& chart, const StressResult& r)
{
    const Colors c = colors();
    QCustomPlot* d = chart.plot();
    d->clearPlottables();
    auto* db = new QCPBars(d->xAxis, d->yAxis);
    db->setPen(Qt::NoPen);
    db->setBrush(c.series[4]);
    db->setWidth(0.7);
    double dh = 1, dmax = 1;
    for (const auto& [n, count] : r.defaultCounts) {
        db->addData(n, static_cast<double>(count) / std::max(1LL, r.scenarios) * 100.0);
        dh = std::max(dh, static_cast<double>(count) / std::max(1LL, r.scenarios) * 100.0);
        dmax = std::max(dmax, static_cast<double>(n));
    }
    auto fixed = QSharedPointer<QCPAxisTickerFixed>::create();
    fixed->setTickStep(1.0);
    fixed->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    d->xAxis->setTicker(fixed);
    d->xAxis->setLabel(Chart::tr("defaults in a scenario"));
    d->yAxis->setLabel(Chart::tr("% of scenarios"));
    d->xAxis->setRange(-0.6, dmax + 0.6);
    d->yAxis->setRange(0, dh * 1.1);
    styleChart(d);
    d->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ballast::ui::plots
