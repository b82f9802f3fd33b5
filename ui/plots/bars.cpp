#include "plots/bars.h"

#include "palette.h"
#include "plots/chart.h"
#include "plots/chartstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace ballast::ui::plots {

void horizontalBars(Chart& chart, const QString& title, const QVector<QString>& labels, const QVector<double>& values,
                    const QColor& color, const QVector<double>& second, const QColor& secondColor, const QString& firstName,
                    const QString& secondName)
{
    QCustomPlot* plot = chart.plot();
    plot->clearPlottables();
    chart.setTitle(title);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    for (int i = 0; i < labels.size(); ++i) {
        keys << i;
        QString l = labels[i];
        if (l.size() > 22) l = l.left(21) + QChar(0x2026);
        ticker->addTick(i, l);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->grid()->setVisible(false);
    moneyAxis(plot->xAxis);
    const bool two = !second.isEmpty();
    auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setWidth(two ? 0.38 : 0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setName(firstName);
    QVector<double> k1 = keys;
    if (two)
        for (double& k : k1) k -= 0.2;
    bars->setData(k1, values, true);
    double hi = values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end());
    if (two) {
        auto* b2 = new QCPBars(plot->yAxis, plot->xAxis);
        b2->setWidth(0.38);
        b2->setPen(Qt::NoPen);
        b2->setBrush(secondColor);
        b2->setName(secondName);
        QVector<double> k2 = keys;
        for (double& k : k2) k += 0.2;
        b2->setData(k2, second, true);
        if (!second.isEmpty()) hi = std::max(hi, *std::max_element(second.begin(), second.end()));
        legendUnderTitle(plot);
    } else {
        plot->legend->setVisible(false);
    }
    plot->yAxis->setRange(-0.6, std::max<int>(1, static_cast<int>(labels.size())) - 0.4);
    plot->xAxis->setRange(0, std::max(hi, 1.0) * 1.05);
    styleChart(plot);
    plot->yAxis->grid()->setVisible(false);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void drawHealthBands(Chart& chart, const QStringList& names, const QVector<double>& count, const QString& title, const QString& axisLabel)
{
    QCustomPlot* p = chart.plot();
    p->clearPlottables();
    const Colors c = colors();
    QVector<double> keys;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < names.size(); ++i) keys << i, ticker->addTick(i, names[i]);
    p->xAxis->setTicker(ticker);
    p->xAxis->setTickLabelRotation(-35);
    p->xAxis->grid()->setVisible(false);
    for (int part = 0; part < 3; ++part) { // bad, warn, good coloured separately
        auto* bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setWidth(0.75);
        bars->setPen(Qt::NoPen);
        bars->setBrush(part == 0 ? c.bad : part == 1 ? c.warn : c.good);
        QVector<double> k, v;
        for (int i = 0; i < names.size(); ++i)
        if ((part == 0 && i == 0) || (part == 1 && (i == 1 || i == 2)) || (part == 2 && i >= 3)) k << i, v << count[i];
        bars->setData(k, v, true);
    }
    const double hi = *std::max_element(count.begin(), count.end());
    p->xAxis->setRange(-0.6, names.size() - 0.4);
    p->yAxis->setRange(0, std::max(1.0, hi * 1.1));
    p->yAxis->setLabel(axisLabel);
    chart.setTitle(title);
    styleChart(p);
    p->xAxis->grid()->setVisible(false);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void setUpLiveSeries(Chart& chart, const QString& title, const QString& timeLabel, const QString& firstName, const QString& secondName)
{
    QCustomPlot* p = chart.plot();
    p->yAxis2->setVisible(true);
    p->xAxis->setLabel(timeLabel);
    moneyAxis(p->yAxis);
    p->addGraph(p->xAxis, p->yAxis);
    p->addGraph(p->xAxis, p->yAxis2);
    p->graph(0)->setName(firstName);
    p->graph(1)->setName(secondName);
    p->graph(0)->setPen(QPen(colors().series[0], 1.8));
    p->graph(1)->setPen(QPen(colors().warn, 1.8));
    for (int g = 0; g < 2; ++g) p->graph(g)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    legendUnderTitle(p);
    chart.setTitle(title);
    styleChart(p);
}

void drawLiveSeries(Chart& chart, const QVector<double>& t, const QVector<double>& e, const QVector<double>& hf)
{
    QCustomPlot* p = chart.plot();
    styleChart(p);
    p->graph(0)->setData(t, e, true);
    p->graph(1)->setData(t, hf, true);
    p->rescaleAxes();
    if (t.size() < 2 || p->xAxis->range().upper < 60) p->xAxis->setRange(0, std::max(60.0, t.isEmpty() ? 0.0 : t.back()));
    const QCPRange r = p->yAxis->range();
    const double pad = std::max(r.size() * 0.1, std::fabs(r.center()) * 0.005 + 1); // a flat series still gets an axis
    p->yAxis->setRange(r.lower - pad, r.upper + pad);
    const QCPRange r2 = p->yAxis2->range();
    p->yAxis2->setRange(std::max(0.0, r2.lower - 0.05), r2.upper + 0.05);
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ballast::ui::plots
