#pragma once
// The cross-chain settlement charts (core/crosschain.h): each lending venue's oracle lag in cascade
// rounds before and after the scenario, with the rounds it actually saw prices late; and what the
// bridges would carry per cascade round against their capacity per round, with the backlog left.

#include <QString>
#include <QVector>

namespace ballast::ui::plots {

class Chart;

/// Horizontal bars per venue: lag before (muted) and after (warning) the scenario, and a marker at
/// the rounds it saw a price late (run only: pass an empty `late`).
void drawVenueLag(Chart& chart, const QString& title, const QVector<QString>& venues, const QVector<double>& before,
                  const QVector<double>& after, const QVector<double>& late);

struct BridgeSeries
{
    QString name;
    QVector<double> perRound; // value carried per round (keys 1..n), or one value without rounds
    double capacityPerRound = 0; // NaN: unbounded (no line)
};

/// Stacked bars of the value each bridge carries per round (x: the run's rounds, `roundLabels`),
/// a dashed line at each bridge's capacity per round, the total backlog as a step line.
void drawBridgeUse(Chart& chart, const QString& title, const QVector<QString>& roundLabels,
                   const QVector<BridgeSeries>& bridges, const QVector<double>& backlog);

} // namespace ballast::ui::plots
