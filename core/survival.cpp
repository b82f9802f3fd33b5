#include "survival.h"

#include "health.h"

#include <algorithm>
#include <cmath>

namespace ballast {

const char* toString(SurvivalQuadrant q)
{
    switch (q) {
    case SurvivalQuadrant::Safe:
        return "safe";
    case SurvivalQuadrant::PhysicalFirst:
        return "physical-first";
    case SurvivalQuadrant::FinancialFirst:
        return "financial-first";
    case SurvivalQuadrant::Both:
        return "both";
    }
    return "";
}

SurvivalMap survivalMap(const Book& book, const ShockResult& r)
{
    SurvivalMap map;
    const size_t nN = book.nodes.size();
    if (r.nodes.size() != nN || r.loans.size() != book.loans.size()) return map; // not a run of this book
    for (const NodeOutcome& n : r.nodes)
        if (std::isfinite(n.timeToRecoverDays))
            map.recoverDays = std::max(map.recoverDays, n.timeToRecoverDays);
    std::vector<int> pointOf(nN, -1);
    for (size_t l = 0; l < book.loans.size(); ++l) {
        const int b = book.loans[l].borrowerIx;
        if (b < 0 || static_cast<size_t>(b) >= nN) continue;
        if (pointOf[b] < 0) {
            pointOf[b] = static_cast<int>(map.points.size());
            SurvivalPoint p;
            p.node = b;
            p.timeToSurviveDays = r.nodes[b].timeToSurviveDays;
            p.timeToRecoverDays = r.nodes[b].timeToRecoverDays;
            map.points.push_back(p);
        }
        SurvivalPoint& p = map.points[pointOf[b]];
        const LoanOutcome& o = r.loans[l];
        ++p.loans;
        p.liquidated += o.liquidated ? 1 : 0;
        if (!std::isnan(o.healthFactorLowest))
            p.weakestHealthFactor = std::min(p.weakestHealthFactor, o.healthFactorLowest);
        if (!std::isnan(o.healthFactorAfter)) p.weakestAfter = std::min(p.weakestAfter, o.healthFactorAfter);
    }
    std::sort(map.points.begin(), map.points.end(),
              [](const SurvivalPoint& a, const SurvivalPoint& b) { return a.node < b.node; });
    for (SurvivalPoint& p : map.points) {
        p.physical = p.timeToSurviveDays < p.timeToRecoverDays; // the supply-chain stage's own test
        p.financial = isLiquidatable(p.weakestHealthFactor) || p.liquidated > 0;
        p.quadrant = p.physical && p.financial ? SurvivalQuadrant::Both
                     : p.physical              ? SurvivalQuadrant::PhysicalFirst
                     : p.financial             ? SurvivalQuadrant::FinancialFirst
                                               : SurvivalQuadrant::Safe;
        ++map.counts[static_cast<size_t>(p.quadrant)];
    }
    return map;
}

} // namespace ballast
