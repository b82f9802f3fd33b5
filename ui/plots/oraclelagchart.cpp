#include "plots/oraclelagchart.h"

#include "format.h"
#include "oraclelag.h"
#include "palette.h"
#include "plots/chart.h"
#include "plots/chartstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ballast::ui::plots {

void drawOracleLag(Chart& chart, const OracleLagTimeline& t, const QString& asset,
                   const std::vector<QString>& venueNames)
{
    QCustomPlot* p = chart.plot();
    p->clearPlottables();
    p->clearItems();
    const Colors c = colors();
    const int n = static_cast<int>(t.market.size());
    QVector<double> rounds(n);
    for (int k = 0; k < n; ++k)
        rounds[k] = k;
    double lo = 1e300, hi = -1e300;
    auto extend = [&](const std::vector<double>& v) {
        for (double x : v)
            if (std::isfinite(x)) lo = std::min(lo, x), hi = std::max(hi, x);
    };
    auto line = [&](const std::vector<double>& v, const QString& name, const QPen& pen) {
        auto* g = p->addGraph();
        g->setName(name);
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setPen(pen);
        g->setData(rounds, QVector<double>(v.begin(), v.end()), true);
        extend(v);
        return g;
    };
    line(t.market, Chart::tr("market"), QPen(c.text, 2.2));
    // venues that never trail the oracle follow its line: drawn once, counted in its name
    int following = 0;
    std::vector<size_t> late;
    for (size_t s = 0; s < t.venues.size(); ++s)
        (t.table[s].roundsLate > 0 ? late.push_back(s) : void(++following));
    line(t.oracle,
         following == 0   ? Chart::tr("oracle")
         : following == 1 ? Chart::tr("oracle (1 venue on time)")
                          : Chart::tr("oracle (%1 venues on time)").arg(following),
         QPen(c.accent, 1.6, Qt::DashLine));
    const QColor venueColours[] = {c.warn, c.bad, c.series[3], c.series[6], c.series[1], c.series[5]};
    int shown = 0;
    for (size_t s : late) {
        if (shown == 6) break; // the table lists the rest
        const QString name = s < venueNames.size() ? venueNames[s] : QString();
        const int r = t.table[s].roundsLate;
        line(t.view[s],
             r == 1 ? Chart::tr("%1 (1 round late)").arg(name)
                    : Chart::tr("%1 (%2 rounds late)").arg(name).arg(r),
             QPen(venueColours[shown++], 1.8));
    }
    if (!std::isfinite(lo)) lo = 0, hi = 1;
    const double pad = std::max((hi - lo) * 0.12, std::fabs(hi) * 0.01 + 1e-12);
    // what the lag did, on the market's line: rounds with liquidations it caused or loans it held back
    QFont small = p->font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));
    auto marks = [&](const std::vector<int>& counts, const QString& name, QCPScatterStyle::ScatterShape shape,
                     const QColor& colour, double above) {
        QVector<double> xs, ys;
        for (int k = 0; k < n && k < static_cast<int>(counts.size()); ++k)
            if (counts[k] > 0) {
                xs << k, ys << t.market[k];
                auto* label = new QCPItemText(p);
                label->position->setCoords(k, t.market[k] + above * pad);
                label->setText(QString::number(counts[k]));
                label->setColor(colour);
                label->setFont(small);
            }
        auto* g = p->addGraph();
        g->setName(name);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(shape, QPen(colour, 2), colour, 10));
        g->setData(xs, ys, true);
        if (xs.isEmpty()) g->removeFromLegend();
    };
    marks(t.caused, Chart::tr("liquidations the lag caused"), QCPScatterStyle::ssCross, c.bad, -0.45);
    marks(t.delayed, Chart::tr("loans the lag held back"), QCPScatterStyle::ssTriangle, c.warn, 0.45);
    p->xAxis->setLabel(Chart::tr("cascade round (0: before the shock)"));
    p->yAxis->setLabel(Chart::tr("%1 price").arg(asset));
    p->xAxis->setRange(-0.3, std::max(1, n - 1) + 0.3);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(std::max(1.0, std::ceil((n - 1) / 12.0)));
    p->xAxis->setTicker(ticker);
    p->yAxis->setRange(lo - pad, hi + pad);
    legendUnderTitle(p);
    p->legend->setWrap(3); // rows of three: the venues' names stay whole in a narrow dock
    p->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    chart.setTitle(Chart::tr("Oracle lag: %1 as the market and each venue saw it").arg(asset));
    styleChart(p);
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ballast::ui::plots
