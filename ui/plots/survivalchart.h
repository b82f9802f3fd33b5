#pragma once
// Time to survive x health factor (core/survival.h): every borrower of a scenario's outcome as a
// dot, coloured by its quadrant, with the scenario's time to recover and a health factor of 1 as
// the boundaries and the count of each quadrant in the legend.

#include <QPointF>
#include <QString>

#include <vector>

namespace ballast {
struct SurvivalMap;
}

namespace ballast::ui::plots {

class Chart;

/// Draws `map`; `names[i]` labels point i (hover), `selected` is a point index or -1.
void drawSurvival(Chart& chart, const SurvivalMap& map, const std::vector<QString>& names, int selected);
/// The point under `pixel` (within 8 pixels) of the last drawing, or -1.
int survivalPointAt(const Chart& chart, const SurvivalMap& map, QPointF pixel);
/// Where a point sits on the chart's axes (∞ in its band at the right or the top).
QPointF survivalPlace(const SurvivalMap& map, int point);

} // namespace ballast::ui::plots
