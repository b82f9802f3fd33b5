#pragma once
// The health-factor bands every view and alert uses: below 1 a loan can be liquidated, below 1.10
// it is a warning (the alerts' threshold and the KPI's "loans below 1.10"), below 1.30 it is
// watched (shaded in tables and the graph), above that it is safe. One home for the thresholds.

namespace ballast {

inline constexpr double kHealthWarning = 1.10, kHealthWatch = 1.30;

enum class HealthBand { Liquidatable, Warning, Watch, Safe };

/// NaN (undefined) counts as liquidatable: a loan whose health cannot be computed is not safe.
inline HealthBand healthBand(double hf)
{
    if (!(hf >= 1.0)) return HealthBand::Liquidatable;
    if (hf < kHealthWarning) return HealthBand::Warning;
    if (hf < kHealthWatch) return HealthBand::Watch;
    return HealthBand::Safe;
}

} // namespace ballast
