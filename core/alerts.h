#pragma once
// The conditions the desk raises alerts on, found in an exposure (PRODUCT.md "Live feed"): loan
// health below 1.10 (critical below 1), an oracle more than 2% from the market (critical above
// 5%), a stale oracle, an overdue attestation, a pool more than 90% utilised. A scan of the loans,
// assets and pools: it runs where the exposure is made (the load and live workers), never on the
// GUI thread, and the alerts view only merges what it finds.

#include "exposure.h"

#include <map>
#include <utility>
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

const char* toString(AlertCondition::Kind kind); // "health", "oracle-deviation", ...

struct AlertEvent
{
    enum class Change { Raised, Escalated, Eased, Cleared };
    Change change = Change::Raised;
    AlertCondition condition; // as it is now; for a cleared one, as it was last seen
};
const char* toString(AlertEvent::Change change); // "raised", "escalated", "eased", "cleared"

/// Follows the conditions from one evaluation to the next: a condition new since the last update
/// is raised, one that turned critical escalated, one that turned back to a warning eased, one
/// gone cleared — past a margin (a health factor 0.5% above 1.10, an oracle deviation a tenth
/// under 2%, a utilisation a point under 90%), so that a value hovering at a line does not raise
/// and clear an alert on every tick. Raised, escalated and eased come in the order of the scan,
/// cleared ones after them by kind and index, with the value as it is now.
class AlertTracker
{
public:
    std::vector<AlertEvent> update(const Book& book, const Exposure& exposure);
    size_t active() const { return m_active.size(); }

private:
    std::map<std::pair<int, int>, AlertCondition> m_active; // by (kind, index)
};
} // namespace ballast
