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

const char* toString(AlertCondition::Kind kind)
{
    switch (kind) {
    case AlertCondition::Kind::Health: return "health";
    case AlertCondition::Kind::OracleDeviation: return "oracle-deviation";
    case AlertCondition::Kind::OracleStale: return "oracle-stale";
    case AlertCondition::Kind::AttestationOverdue: return "attestation-overdue";
    case AlertCondition::Kind::Utilisation: return "utilisation";
    }
    return "";
}

const char* toString(AlertEvent::Change change)
{
    switch (change) {
    case AlertEvent::Change::Raised: return "raised";
    case AlertEvent::Change::Escalated: return "escalated";
    case AlertEvent::Change::Eased: return "eased";
    case AlertEvent::Change::Cleared: return "cleared";
    }
    return "";
}

namespace {

/// A condition's value in `x` now, held or not.
double valueNow(const AlertCondition& c, const Book& b, const Exposure& x)
{
    using K = AlertCondition::Kind;
    switch (c.kind) {
    case K::Health: return c.index < static_cast<int>(x.loans.size()) ? x.loans[c.index].healthFactor : c.value;
    case K::OracleDeviation: return c.index < static_cast<int>(x.assets.size()) ? x.assets[c.index].oracleDeviation : c.value;
    case K::OracleStale: return c.index < static_cast<int>(x.assets.size()) ? x.assets[c.index].oracleAgeSec : c.value;
    case K::AttestationOverdue: return c.index < static_cast<int>(x.assets.size()) ? x.assets[c.index].attestationAgeHours : c.value;
    case K::Utilisation: return c.index < static_cast<int>(b.pools.size()) ? b.pools[c.index].utilisation : c.value;
    }
    return c.value;
}

/// Whether a value that no longer meets its condition is clear of it by the margin.
bool pastMargin(AlertCondition::Kind kind, double v)
{
    using K = AlertCondition::Kind;
    switch (kind) {
    case K::Health: return !(v < kHealthWarning * 1.005);
    case K::OracleDeviation: return std::fabs(v) <= kOracleDeviationWarning * 0.9;
    case K::Utilisation: return v <= kUtilisationWarning - 0.01;
    default: return true; // stale and overdue are yes or no
    }
}

} // namespace

std::vector<AlertEvent> AlertTracker::update(const Book& book, const Exposure& exposure)
{
    std::vector<AlertEvent> events;
    std::map<std::pair<int, int>, AlertCondition> next;
    for (const AlertCondition& c : alertConditions(book, exposure)) {
        const std::pair<int, int> key{static_cast<int>(c.kind), c.index};
        const auto it = m_active.find(key);
        if (it == m_active.end()) events.push_back({AlertEvent::Change::Raised, c});
        else if (c.critical && !it->second.critical) events.push_back({AlertEvent::Change::Escalated, c});
        else if (!c.critical && it->second.critical) events.push_back({AlertEvent::Change::Eased, c});
        next[key] = c;
    }
    for (const auto& [key, held] : m_active) {
        if (next.count(key)) continue;
        AlertCondition c = held;
        c.value = valueNow(held, book, exposure);
        if (pastMargin(c.kind, c.value)) {
            events.push_back({AlertEvent::Change::Cleared, c});
            continue;
        }
        const bool wasCritical = c.critical;
        c.critical = false; // within the margin: a warning still
        if (wasCritical) events.push_back({AlertEvent::Change::Eased, c});
        next[key] = c;
    }
    m_active = std::move(next);
    return events;
}

} // namespace ballast
