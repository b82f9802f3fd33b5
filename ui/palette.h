#pragma once
// Colours shared by every view, derived from the application palette so that light and dark
// themes stay consistent; the health palette; the bar of controls on top of a view.

#include <QColor>
#include <QString>
#include <QStringList>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QWidget;
class QTableWidget;
class QTableWidgetItem;

namespace ballast::ui {

class WrapLayout;

struct Colors
{
    QColor background, panel, text, muted, grid, accent, good, warn, watch, bad, neutral;
    QColor series[8];
};

/// The current theme's colours (reads QApplication's palette; paper colours inside a PrintTheme).
Colors colors();

/// While one lives, colors() gives the print theme (white paper, dark text), whatever the desk's
/// theme: charts made in its scope are styled for the lender report.
class PrintTheme
{
  public:
    PrintTheme();
    ~PrintTheme();
    PrintTheme(const PrintTheme&) = delete;
    PrintTheme& operator=(const PrintTheme&) = delete;
};
bool darkTheme();

/// A view's layout: a bar of controls on top (returned), the content below (add it to `outer`).
QHBoxLayout* addViewBar(QWidget* view, QVBoxLayout** outer);
/// The same with a bar whose controls wrap onto a second row when the view is too narrow for them.
WrapLayout* addWrappingViewBar(QWidget* view, QVBoxLayout** outer);
/// A muted caption that wraps, taking the rest of a view bar's width.
QLabel* addViewCaption(QHBoxLayout* bar);

/// A read-only table of results in the desk's style: rows selected whole, alternating colours, no
/// grid, no row numbers, the last column stretched.
QTableWidget* makeResultTable(QWidget* parent, const QStringList& headers);

/// A chart beside a table (three fifths to the chart, whatever the table's columns ask), in a
/// body added to `outer` and returned: the widget an EmptyState covers (a splitter would take the
/// empty state for a pane).
QWidget* addChartBesideTable(QVBoxLayout* outer, QWidget* chart, QWidget* table);

/// A table cell that sorts by `value`, not by its text ("9.5 d" before "10 d"), right-aligned.
QTableWidgetItem* numberItem(const QString& text, double value);

/// Type size of every chart and of the graph's labels (presentation mode enlarges it).
void setChartFontScale(double scale);
double chartFontScale();

/// A health factor's colour by its band (core/health.h): bad below 1, warn below 1.10, watch below
/// 1.30, good above. The one health palette of the desk: tables, graph, charts.
QColor healthColor(double hf);
/// The same for text in a table: no colour (the palette's text) when safe.
QColor healthTextColor(double hf);

} // namespace ballast::ui
