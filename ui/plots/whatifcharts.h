#pragma once
// The what-if view's charts: the loss waterfall by channel and the cascade round by round.

#include <vector>

namespace ballast {
struct Losses;
struct RoundRecord;
}

namespace ballast::ui::plots {

class Chart;

/// Each loss channel as a step of a waterfall, the total last.
void drawLossWaterfall(Chart& chart, const Losses& losses);
/// Debt repaid per cascade round; beside it the same scenario without breakers when `compare` is given.
void drawCascade(Chart& chart, const std::vector<RoundRecord>& rounds, const std::vector<RoundRecord>* compare);
/// The replay cursor at `round` (0: before the first).
void moveRoundCursor(Chart& chart, int round);

} // namespace ballast::ui::plots
