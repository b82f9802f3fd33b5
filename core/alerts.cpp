#include "alerts.h"

#include "health.h"

#include <cmath>

namespace ballast {

std::vector<AlertCondition> alertConditions(const Book& b, const Exposure& x)
{
    using K = AlertCondition::Kind;
    std::vector<AlertCondition> out;
    for (size_t l = 0; l < b.loans.size() && l < x.loans.size(); ++l) {
        const double hf = x.loans[l].healthFactor;
        if (hf < kHealthWarning) out.push_back({K::Health, static_cast<int>(l), hf, isLiquidatable(hf)});
    }
    for (size_t a = 0; a < b.assets.size() && a < x.assets.size(); ++a) {
        const AssetExposure& ax = x.assets[a];
        if (std::fabs(ax.oracleDeviation) > kOracleDeviationWarning && b.assets[a].kind != AssetKind::InventoryToken)
            out.push_back({K::OracleDeviation, static_cast<int>(a), ax.oracleDeviation, std::fabs(ax.oracleDeviation) > kOracleDeviationCritical});
        if (ax.oracleStale) out.push_back({K::OracleStale, static_cast<int>(a), ax.oracleAgeSec, false});
        if (ax.attestationOverdue) out.push_back({K::AttestationOverdue, static_cast<int>(a), ax.attestationAgeHours, false});
    }
    for (size_t p = 0; p < b.pools.size(); ++p)
        if (b.pools[p].utilisation > kUtilisationWarning) out.push_back({K::Utilisation, static_cast<int>(p), b.pools[p].utilisation, false});
    return out;
}

} // namespace ballast
