#include "plots/survivalchart.h"

#include "format.h"
#include "palette.h"
#include "plots/chart.h"
#include "plots/chartstyle.h"
#include "survival.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ballast::ui::plots {
namespace {

struct Frame
{
    double xMin = 0.5, xHi = 10, xBand = 15, xInf = 25, xMax = 40, yTop = 2, yInf = 2.2, yMax = 2.35;
};

/// The axes' extent: times on a log scale (a day and a century on one page), healths with room,
/// ∞ in a band beyond each.
Frame frame(const SurvivalMap& m)
{
    double lo = 1.0, hi = std::max(m.recoverDays * 3, 10.0), y = 1.6;
    for (const SurvivalPoint& p : m.points) {
        if (std::isfinite(p.timeToSurviveDays)) {
            hi = std::max(hi, p.timeToSurviveDays * 1.5);
            if (p.timeToSurviveDays > 0) lo = std::min(lo, p.timeToSurviveDays / 1.5);
        }
        if (std::isfinite(p.weakestHealthFactor))
            y = std::max(y, std::min(p.weakestHealthFactor * 1.08, 3.0));
    }
    Frame f;
    f.xMin = std::max(lo, 1e-3);
    f.xHi = hi;
    f.xBand = hi * 1.4;
    f.xInf = hi * 2.2;
    f.xMax = hi * 3.2;
    f.yTop = y;
    f.yInf = y * 1.1;
    f.yMax = y * 1.16;
    return f;
}

QPointF place(const Frame& f, const SurvivalPoint& p)
{
    const double x = std::isfinite(p.timeToSurviveDays) ? std::max(p.timeToSurviveDays, f.xMin) : f.xInf;
    const double y = std::isfinite(p.weakestHealthFactor) ? std::min(p.weakestHealthFactor, f.yTop) : f.yInf;
    return {x, y};
}

QColor quadrantColour(SurvivalQuadrant q, const Colors& c)
{
    switch (q) {
    case SurvivalQuadrant::Safe:
        return c.good;
    case SurvivalQuadrant::PhysicalFirst:
        return c.warn;
    case SurvivalQuadrant::FinancialFirst:
        return c.bad;
    case SurvivalQuadrant::Both:
        return c.series[3]; // violet: neither the warning nor the red alone
    }
    return c.neutral;
}

} // namespace

QPointF survivalPlace(const SurvivalMap& map, int point)
{
    if (point < 0 || point >= static_cast<int>(map.points.size())) return {};
    return place(frame(map), map.points[point]);
}

void drawSurvival(Chart& chart, const SurvivalMap& m, const std::vector<QString>& names, int selected)
{
    QCustomPlot* p = chart.plot();
    p->clearPlottables();
    p->clearItems();
    const Colors c = colors();
    const Frame f = frame(m);
    QFont small = p->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));

    // the bands where ∞ sits: no inflow lost (right), no debt left (top)
    auto band = [&](double x0, double y0, double x1, double y1, const QString& text, Qt::Alignment at,
                    QPointF where) {
        auto* r = new QCPItemRect(p);
        r->topLeft->setCoords(x0, y1);
        r->bottomRight->setCoords(x1, y0);
        QColor fill = c.grid;
        fill.setAlpha(70);
        r->setBrush(fill);
        r->setPen(Qt::NoPen);
        r->setLayer(QStringLiteral("background"));
        auto* t = new QCPItemText(p);
        t->position->setCoords(where);
        t->setPositionAlignment(at);
        t->setText(text);
        t->setColor(c.muted);
        t->setFont(small);
        return t;
    };
    const double xBand = f.xBand;
    band(xBand, 0, f.xMax, f.yMax, Chart::tr("∞: no inflow lost"), Qt::AlignCenter,
         {std::sqrt(f.xInf * f.xMax), f.yTop * 0.45});
    // the right band's words run up its edge, clear of its dots
    for (int i = 0; i < p->itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(p->item(i))) t->setRotation(-90);
    const double yBand = (f.yInf + f.yTop) / 2;
    band(f.xMin, yBand, xBand, f.yMax, Chart::tr("no debt left"), Qt::AlignVCenter | Qt::AlignLeft,
         {f.xMin * 1.05, f.yInf});

    // the boundaries: HF 1 and the scenario's time to recover
    auto* hf1 = new QCPItemStraightLine(p);
    hf1->point1->setCoords(f.xMin, 1);
    hf1->point2->setCoords(f.xMax, 1);
    hf1->setPen(QPen(c.bad, 1.2, Qt::DashLine));
    if (m.recoverDays > 0) {
        auto* rec = new QCPItemStraightLine(p);
        rec->point1->setCoords(m.recoverDays, 0);
        rec->point2->setCoords(m.recoverDays, 1);
        rec->setPen(QPen(c.warn, 1.2, Qt::DashLine));
        auto* t = new QCPItemText(p);
        t->position->setCoords(m.recoverDays, f.yTop);
        t->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
        t->setPadding(QMargins(4, 2, 2, 2));
        t->setText(Chart::tr("time to recover %1 d").arg(formatNumber(m.recoverDays, 1)));
        t->setColor(c.warn);
        t->setFont(small);
    }

    // one graph per quadrant, named with its count (the legend reads as the quadrants' tally)
    const SurvivalQuadrant order[] = {SurvivalQuadrant::PhysicalFirst, SurvivalQuadrant::FinancialFirst,
                                      SurvivalQuadrant::Both, SurvivalQuadrant::Safe};
    const QString title[] = {Chart::tr("fails physically first"), Chart::tr("fails financially first"),
                             Chart::tr("fails both ways"), Chart::tr("safe")};
    for (int k = 0; k < 4; ++k) {
        const SurvivalQuadrant q = order[k];
        auto* g = p->addGraph();
        g->setName(QStringLiteral("%1 (%2)").arg(title[k]).arg(m.counts[static_cast<size_t>(q)]));
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = quadrantColour(q, c);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fill, fill, 7));
        g->setPen(QPen(fill));
        QVector<double> xs, ys;
        for (const SurvivalPoint& pt : m.points)
            if (pt.quadrant == q) {
                const QPointF at = place(f, pt);
                xs << at.x(), ys << at.y();
            }
        g->setData(xs, ys, false);
    }
    if (selected >= 0 && selected < static_cast<int>(m.points.size())) {
        auto* g = p->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c.accent, 2.2), Qt::NoBrush, 15));
        const QPointF at = place(f, m.points[selected]);
        g->setData({at.x()}, {at.y()});
        g->removeFromLegend();
        auto* t = new QCPItemText(p);
        t->position->setCoords(at);
        t->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
        t->setPadding(QMargins(9, 0, 0, 6));
        t->setText(selected < static_cast<int>(names.size()) ? names[selected] : QString());
        t->setColor(c.text);
        t->setFont(small);
    }
    p->xAxis->setLabel(Chart::tr("time to survive (days of cash against the inflows lost)"));
    p->yAxis->setLabel(Chart::tr("weakest health factor in the cascade"));
    p->xAxis->setScaleType(QCPAxis::stLogarithmic);
    // days at 1, 2, 5 x powers of ten up to the finite extent, then ∞ in its band
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const double decades = std::log10(f.xHi / f.xMin);
    for (double decade = std::pow(10.0, std::floor(std::log10(f.xMin))); decade <= f.xHi; decade *= 10)
        for (double k : {1.0, 2.0, 5.0}) {
            const double t = decade * k;
            if (t < f.xMin || t > f.xHi || (decades > 3 && k != 1.0)) continue;
            ticker->addTick(t, t >= 1 ? QString::number(t, 'f', 0) : QString::number(t, 'g', 2));
        }
    ticker->addTick(f.xInf, QStringLiteral("∞"));
    p->xAxis->setTicker(ticker);
    p->xAxis->setRange(f.xMin, f.xMax);
    p->yAxis->setRange(0, f.yMax);
    legendUnderTitle(p);
    p->legend->setWrap(2); // two rows of two: the quadrants' tally fits a narrow dock
    p->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    styleChart(p);
    p->replot(QCustomPlot::rpQueuedReplot);
}

int survivalPointAt(const Chart& chart, const SurvivalMap& m, QPointF pixel)
{
    const QCustomPlot* p = chart.plot();
    const Frame f = frame(m);
    int best = -1;
    double bestD = 8.0 * 8.0;
    for (size_t i = 0; i < m.points.size(); ++i) {
        const QPointF at = place(f, m.points[i]);
        const double dx = p->xAxis->coordToPixel(at.x()) - pixel.x(),
                     dy = p->yAxis->coordToPixel(at.y()) - pixel.y();
        if (dx * dx + dy * dy < bestD) bestD = dx * dx + dy * dy, best = static_cast<int>(i);
    }
    return best;
}

} // namespace ballast::ui::plots
