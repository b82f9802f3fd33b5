#pragma once
// The stress view's charts: the Monte Carlo loss distribution and the number of defaults.

namespace ballast {
struct StressResult;
}

namespace ballast::ui::plots {

class Chart;

/// The loss histogram over the horizon with VaR and ES marked at each confidence.
void drawLossHistogram(Chart& chart, const StressResult& result);
/// The share of scenarios with 0, 1, 2, ... defaults.
void drawDefaultCounts(Chart& chart, const StressResult& result);

} // namespace ballast::ui::plots
