#pragma once
// Colours and chart styling shared by every view, derived from the application palette so that
// light and dark themes stay consistent.

#include <QColor>
#include <QString>

class QCustomPlot;
class QCPAxis;
class QHBoxLayout;
class QVBoxLayout;
class QWidget;

namespace ballast::ui {

struct Colors
{
    QColor background, panel, text, muted, grid, accent, good, warn, watch, bad, neutral;
    QColor series[8];
};

/// The current theme's colours (reads QApplication's palette).
Colors colors();
bool darkTheme();

/// A view's layout: a bar of controls on top (returned), the content below (add it to `outer`).
QHBoxLayout* addViewBar(QWidget* view, QVBoxLayout** outer);

/// A health factor's colour by its band (core/health.h): bad below 1, warn below 1.10, watch below
/// 1.30, good above. The one health palette of the desk: tables, graph, charts.
QColor healthColor(double hf);
/// The same for text in a table: no colour (the palette's text) when safe.
QColor healthTextColor(double hf);

/// Type size of every chart (presentation mode enlarges it).
void setChartFontScale(double scale);
double chartFontScale();

/// Axes, grid, fonts and background of a QCustomPlot in the desk's style.
void styleChart(QCustomPlot* plot);

/// Axis tick labels in money units (k, m, bn).
void moneyAxis(QCPAxis* axis);

/// A right-click menu on the chart: export as PNG or PDF (styleChart adds it).
void enableChartExport(QCustomPlot* plot);

/// "Exports the chart": PNG or PDF by extension; returns false on failure.
bool exportChart(QCustomPlot* plot, const QString& path);

} // namespace ballast::ui
