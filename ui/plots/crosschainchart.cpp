#include "plots/crosschainchart.h"

#include "palette.h"
#include "plots/chart.h"
#include "plots/chartstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ballast::ui::plots {
namespace {

QString shortLabel(QString l)
{
    return l.size() > 28 ? l.left(27) + QChar(0x2026) : l;
}

void reset(QCustomPlot* p)
{
    p->clearPlottables();
    p->clearItems();
    for (QCPAxis* a : {p->xAxis, p->yAxis}) {
        a->setRangeReversed(false);
        a->setTicker(QSharedPointer<QCPAxisTicker>::create());
        a->setLabel(QString());
        a->setTickLabelRotation(0);
    }
}

} // namespace

void drawVenueLag(Chart& chart, const QString& title, const QVector<QString>& venues, const QVector<double>& before,
                  const QVector<double>& after, const QVector<double>& late)
{
    QCustomPlot* p = chart.plot();
    reset(p);
    chart.setTitle(title);
    const Colors c = colors();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> k1, k2;
    for (int i = 0; i < venues.size(); ++i) {
        ticker->addTick(i, shortLabel(venues[i]));
        k1 << i - 0.18, k2 << i + 0.18;
    }
    p->yAxis->setTicker(ticker);
    p->yAxis->setRangeReversed(true);
    auto bars = [&](const QVector<double>& keys, const QVector<double>& values, const QColor& colour, const QString& name) {
        auto* b = new QCPBars(p->yAxis, p->xAxis);
        b->setWidth(after.isEmpty() ? 0.6 : 0.34);
        b->setPen(Qt::NoPen);
        b->setBrush(colour);
        b->setName(name);
        b->setData(keys, values, true);
    };
    if (after.isEmpty()) { // today: one bar per venue
        for (double& k : k1) k += 0.18;
        bars(k1, before, c.accent, Chart::tr("lag today"));
    } else {
        QColor muted = c.muted;
        muted.setAlpha(170);
        bars(k1, before, muted, Chart::tr("lag before"));
        bars(k2, after, c.warn, Chart::tr("lag in the scenario"));
    }
    double hi = 1;
    for (const auto* v : {&before, &after, &late})
        for (double x : *v)
            if (std::isfinite(x)) hi = std::max(hi, x);
    if (!late.isEmpty()) {
        auto* g = p->addGraph(p->yAxis, p->xAxis);
        g->setName(Chart::tr("rounds seen late"));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(c.bad, 1.5), c.bad, 8));
        QVector<double> keys;
        for (int i = 0; i < late.size(); ++i) keys << i;
        g->setData(keys, late, true);
    }
    legendUnderTitle(p);
    p->xAxis->setLabel(Chart::tr("cascade rounds"));
    auto ints = QSharedPointer<QCPAxisTickerFixed>::create();
    ints->setTickStep(1.0);
    ints->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->xAxis->setTicker(ints);
    p->xAxis->setRange(0, hi * 1.12 + 0.2);
    p->yAxis->setRange(-0.6, std::max<int>(1, static_cast<int>(venues.size())) - 0.4);
    styleChart(p);
    p->yAxis->grid()->setVisible(false);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void drawBridgeUse(Chart& chart, const QString& title, const QVector<QString>& roundLabels,
                   const QVector<BridgeSeries>& bridges, const QVector<double>& backlog)
{
    QCustomPlot* p = chart.plot();
    reset(p);
    chart.setTitle(title);
    const Colors c = colors();
    const int n = static_cast<int>(roundLabels.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    for (int i = 0; i < n; ++i) keys << i, ticker->addTick(i, roundLabels[i]);
    p->xAxis->setTicker(ticker);
    p->xAxis->grid()->setVisible(false);
    moneyAxis(p->yAxis);
    double hi = 0;
    QVector<double> stack(n, 0.0);
    QCPBars* below = nullptr;
    for (int k = 0; k < bridges.size(); ++k) {
        const BridgeSeries& s = bridges[k];
        auto* b = new QCPBars(p->xAxis, p->yAxis);
        b->setWidth(0.6);
        b->setPen(Qt::NoPen);
        b->setBrush(c.series[k % 8]);
        b->setName(s.name);
        QVector<double> v(n, 0.0);
        for (int i = 0; i < n && i < s.perRound.size(); ++i) v[i] = s.perRound[i], stack[i] += s.perRound[i];
        b->setData(keys, v, true);
        if (below) b->moveAbove(below);
        below = b;
        if (std::isfinite(s.capacityPerRound)) {
            auto* line = p->addGraph();
            line->setName(bridges.size() == 1 ? Chart::tr("capacity per round")
                                              : Chart::tr("%1: capacity per round").arg(s.name));
            line->setPen(QPen(b->brush().color().darker(130), 1.6, Qt::DashLine));
            line->setData({-0.5, n - 0.5}, {s.capacityPerRound, s.capacityPerRound}, true);
            hi = std::max(hi, s.capacityPerRound);
        }
    }
    for (double v : stack) hi = std::max(hi, v);
    if (!backlog.isEmpty()) {
        auto* g = p->addGraph();
        g->setName(Chart::tr("waiting at the bridges"));
        g->setPen(QPen(c.bad, 2.0));
        g->setLineStyle(QCPGraph::lsLine);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        QVector<double> v(n, 0.0);
        for (int i = 0; i < n && i < backlog.size(); ++i) v[i] = backlog[i], hi = std::max(hi, backlog[i]);
        g->setData(keys, v, true);
    }
    legendUnderTitle(p);
    p->xAxis->setRange(-0.6, std::max(1, n) - 0.4);
    p->yAxis->setRange(0, std::max(hi, 1.0) * 1.1);
    styleChart(p);
    p->xAxis->grid()->setVisible(false);
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ballast::ui::plots
