#pragma once
// The conditions the desk raises alerts on, found in an exposure (PRODUCT.md "Live feed"): loan
// health below 1.10 (critical below 1), an oracle more than 2% from the market (critical above
// 5%), a stale oracle, an overdue attestation, a pool more than 90% utilised. A scan of the loans,
// assets and pools: it runs where the exposure is made (the load and live workers), never on the
// GUI thread, and the alerts view only merges what it finds.

#include "exposure.h"

#include <vector>

namespace ballast {

inline constexpr double kOracleDeviationWarning = 0.02, kOracleDeviationCritical = 0.05, kUtilisationWarning = 0.9;

struct AlertCondition
{
    enum class Kind { Health, OracleDeviation, OracleStale, AttestationOverdue, Utilisation };
    Kind kind = Kind::Health;
    int index = -1;     // the loan, asset or pool
    double value = 0;   // HF, deviation, age in seconds (oracle) or hours (attestation), utilisation
    bool critical = false;
};

std::vector<AlertCondition> alertConditions(const Book& book, const Exposure& exposure);

} // namespace ballast
