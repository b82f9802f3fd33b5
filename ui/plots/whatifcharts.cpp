#include "plots/whatifcharts.h"

#include "format.h"
#include "palette.h"
#include "plots/chart.h"
#include "plots/chartstyle.h"
#include "shock.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ballast::ui::plots {

void drawLossWaterfall(Chart& chart, const Losses& L)
{
    QCustomPlot* p = chart.plot();
    p->clearPlottables();
    p->clearItems();
    const Colors c = colors();
    const QStringList names = {Chart::tr("Price"), Chart::tr("Liq. penalty"), Chart::tr("Fire sale"), Chart::tr("Oracle"), Chart::tr("Defaults"), Chart::tr("Supply chain"), Chart::tr("Hedges"), Chart::tr("Total")};
    const double v[] = {L.price, L.liquidationPenalty, L.fireSale, L.oracle, L.defaults, L.supplyChain, L.hedges};
    auto* base = new QCPBars(p->xAxis, p->yAxis);
    auto* up = new QCPBars(p->xAxis, p->yAxis);
    auto* down = new QCPBars(p->xAxis, p->yAxis);
    auto* total = new QCPBars(p->xAxis, p->yAxis);
    base->setBrush(Qt::NoBrush);
    base->setPen(Qt::NoPen);
    up->setBrush(c.bad);
    down->setBrush(c.good);
    total->setBrush(c.accent);
    for (auto* b : {base, up, down, total}) b->setWidth(0.62), b->setPen(Qt::NoPen);
    up->moveAbove(base);
    down->moveAbove(base);
    double run = 0, lo = 0, hi = 0;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < 7; ++i) {
        const double start = run, end = run + v[i];
        base->addData(i, std::min(start, end));
        (v[i] >= 0 ? up : down)->addData(i, std::fabs(v[i]));
        run = end;
        lo = std::min(lo, std::min(start, end));
        hi = std::max(hi, std::max(start, end));
        ticker->addTick(i, names[i]);
        auto* label = new QCPItemText(p);
        label->position->setCoords(i, std::max(start, end));
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        label->setText(formatMoney(v[i]));
        label->setColor(c.muted);
        QFont f = p->font();
        f.setPointSizeF(7.5);
        label->setFont(f);
    }
    total->addData(7, run);
    ticker->addTick(7, names[7]);
    auto* tl = new QCPItemText(p);
    tl->position->setCoords(7, std::max(run, 0.0));
    tl->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
    tl->setText(formatMoney(run));
    tl->setColor(c.text);
    hi = std::max(hi, run);
    p->xAxis->setTicker(ticker);
    p->xAxis->setTickLabelRotation(-30);
    p->xAxis->grid()->setVisible(false);
    moneyAxis(p->yAxis);
    p->xAxis->setRange(-0.6, 7.6);
    const double pad = (hi - lo) * 0.12 + 1;
    p->yAxis->setRange(lo - (lo < 0 ? pad : 0), hi + pad);
    chart.setTitle(Chart::tr("Loss attribution by channel"));
    styleChart(p);
    p->xAxis->grid()->setVisible(false);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void drawCascade(Chart& chart, const std::vector<RoundRecord>& rounds, const std::vector<RoundRecord>* compare)
{
    QCustomPlot* p = chart.plot();
    p->clearPlottables();
    p->clearItems();
    const Colors c = colors();
    auto* repaid = new QCPBars(p->xAxis, p->yAxis);
    repaid->setName(Chart::tr("debt repaid (this run)"));
    repaid->setBrush(c.series[0]);
    repaid->setPen(Qt::NoPen);
    repaid->setWidth(compare ? 0.4 : 0.7);
    QVector<double> k, v, k2, v2;
    for (size_t i = 0; i < rounds.size(); ++i) k << i + 1 - (compare ? 0.2 : 0.0), v << rounds[i].debtRepaid;
    repaid->setData(k, v, true);
    double hi = v.isEmpty() ? 1 : *std::max_element(v.begin(), v.end());
    int n = static_cast<int>(rounds.size());
    if (compare) {
        auto* off = new QCPBars(p->xAxis, p->yAxis);
        off->setName(Chart::tr("debt repaid without breakers"));
        off->setBrush(c.series[2]);
        off->setPen(Qt::NoPen);
        off->setWidth(0.4);
        for (size_t i = 0; i < (*compare).size(); ++i) k2 << i + 1 + 0.2, v2 << (*compare)[i].debtRepaid;
        off->setData(k2, v2, true);
        if (!v2.isEmpty()) hi = std::max(hi, *std::max_element(v2.begin(), v2.end()));
        n = std::max(n, static_cast<int>((*compare).size()));
    }
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    p->xAxis->setLabel(Chart::tr("cascade round"));
    p->xAxis->setRange(0.3, std::max(1, n) + 0.7);
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    p->xAxis->ticker()->setTickCount(std::min(n + 1, 12));
    moneyAxis(p->yAxis);
    p->yAxis->setRange(0, std::max(1.0, hi * 1.15));
    auto* cursor = new QCPItemStraightLine(p);
    cursor->setPen(QPen(c.warn, 1.5, Qt::DashLine));
    cursor->point1->setCoords(n, 0);
    cursor->point2->setCoords(n, 1);
    cursor->setObjectName(QStringLiteral("cursor"));
    styleChart(p);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void moveRoundCursor(Chart& chart, int round)
{
    QCustomPlot* p = chart.plot();
    for (int i = 0; i < p->itemCount(); ++i)
        if (auto* line = qobject_cast<QCPItemStraightLine*>(p->item(i))) {
            line->point1->setCoords(std::max(round, 0) + 0.5, 0);
            line->point2->setCoords(std::max(round, 0) + 0.5, 1);
        }
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ballast::ui::plots
