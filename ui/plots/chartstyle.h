#pragma once
// Chart styling of the desk: fonts, axes, grid and background of a QCustomPlot, money ticks, the
// export menu. Only code under ui/plots/ includes QCustomPlot.

#include <QString>

class QCustomPlot;
class QCPAxis;

namespace ballast::ui {

/// Axes, grid, fonts and background of a QCustomPlot in the desk's style.
void styleChart(QCustomPlot* plot);

/// The legend in its own row under the title, laid out horizontally: it never covers data.
void legendUnderTitle(QCustomPlot* plot);

/// Axis tick labels in money units (k, m, bn).
void moneyAxis(QCPAxis* axis);

/// A right-click menu on the chart: export as PNG or PDF (styleChart adds it).
void enableChartExport(QCustomPlot* plot);

/// "Exports the chart": PNG or PDF by extension; returns false on failure.
bool exportChart(QCustomPlot* plot, const QString& path);

} // namespace ballast::ui
