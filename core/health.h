#pragma once
// The health-factor bands every view and alert uses: below 1 a loan can be liquidated, below 1.10
// it is a warning (the alerts' threshold and the KPI's "loans below 1.10"), below 1.30 it is
// watched (shaded in tables and the graph), above that it is safe. One home for the thresholds.

namespace ballast {

inline constexpr double kHealthWarning = 1.10, kHealthWatch = 1.30;

/// A health factor within this of 1 is 1. A loan set exactly at its threshold in decimals (0.3 WETH
/// x 2000 x LT 0.8 against a debt of 480) computes as 0.9999999999999999; rounding must not make
/// it liquidatable on the desk, in alerts, or in the cascade.
inline constexpr double kHealthTolerance = 1e-12;

/// Below 1 (beyond rounding) a loan can be liquidated; NaN (undefined) counts as liquidatable.
inline bool isLiquidatable(double hf) { return !(hf >= 1.0 - kHealthTolerance); }

enum class HealthBand { Liquidatable, Warning, Watch, Safe };

/// NaN (undefined) counts as liquidatable: a loan whose health cannot be computed is not safe.
inline HealthBand healthBand(double hf)
{
    if (isLiquidatable(hf)) return HealthBand::Liquidatable;
    if (hf < kHealthWarning) return HealthBand::Warning;
    if (hf < kHealthWatch) return HealthBand::Watch;
    return HealthBand::Safe;
}

} // namespace ballast
