#pragma once
// The oracle lag timeline (core/oraclelag.h): the market price, the oracle's own price and each
// lending venue's view of one asset, round by round, as steps; the rounds where the lag caused or
// delayed liquidations marked on the market's line with their counts.

#include <QString>

#include <vector>

namespace ballast {
struct OracleLagTimeline;
}

namespace ballast::ui::plots {

class Chart;

/// `venueNames[k]` names t.venues[k]; venues whose view never leaves the oracle's are drawn once,
/// as the oracle, and named in its legend entry's count.
void drawOracleLag(Chart& chart, const OracleLagTimeline& t, const QString& asset,
                   const std::vector<QString>& venueNames);

} // namespace ballast::ui::plots
