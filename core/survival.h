#pragma once
// Time to survive against health factor (PRODUCT.md "What-if shocks"): for each borrower of a
// scenario's outcome, how long its cash lasts against the inflows the supply shocks cut, and the
// weakest health factor its loans had in the liquidation cascade (a liquidation lifts a loan back
// above 1, so the health after the cascade alone would hide who was liquidated). Four quadrants:
// a borrower fails physically (its cash runs out before its own inflows come back: the supply-chain
// stage's test, so these are the nodes it defaults), financially (a loan became liquidatable in the
// cascade: liquidated, or left below 1 where a halt or a cap held the liquidators back), both, or
// neither. The scenario's time to recover (the longest any hit node waits) is where a chart draws
// the boundary; a node with a shorter wait of its own can sit left of it and survive.

#include "shock.h"

#include <array>
#include <vector>

namespace ballast {

enum class SurvivalQuadrant
{
    Safe,
    PhysicalFirst,
    FinancialFirst,
    Both
};
const char* toString(SurvivalQuadrant q); // "safe", "physical-first", "financial-first", "both"

struct SurvivalPoint
{
    int node = -1;
    double timeToSurviveDays = kInf; // ∞: no inflow lost, or no cash/daily costs given
    double timeToRecoverDays = 0;    // its own wait for its inflows (0: none lost)
    double weakestHealthFactor =
        kInf;                   // the lowest health any of its loans had in the cascade (healthFactorLowest)
    double weakestAfter = kInf; // the lowest healthFactorAfter of its loans (∞: no debt left)
    int loans = 0, liquidated = 0;
    bool physical = false, financial = false;
    SurvivalQuadrant quadrant = SurvivalQuadrant::Safe;
};

struct SurvivalMap
{
    std::vector<SurvivalPoint> points; // every node that borrows, in node order
    double recoverDays = 0;            // the scenario's time to recover: the longest of the nodes'
    std::array<int, 4> counts{};       // by SurvivalQuadrant
};

/// The map of `result`, a run of a scenario on `book` (the same book).
SurvivalMap survivalMap(const Book& book, const ShockResult& result);

} // namespace ballast
