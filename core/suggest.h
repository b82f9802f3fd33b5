#pragma once
// Scenarios a book suggests by its shape, for books that bring none (a supply chain imported from
// CSV) and as a starting point for any: the default of the supplier most of the chain depends on,
// a delay at the busiest hub, the largest holding falling 30%, a crypto crash, the most pledged
// asset's oracle freezing, the deepest venue losing half its liquidity. Each is made only when the
// book has what it needs, so every suggestion runs and means something.

#include "model.h"

#include <string>
#include <vector>

namespace ballast {

struct SuggestedScenario
{
    enum class Kind { SupplierDefault, HubDelay, LargestHoldingDrop, CryptoCrash, OracleFreeze, LiquidityDrain };
    Kind kind;
    Scenario scenario; // resolved against the book; ids start with "suggested-"
    int target = -1;   // the node or asset it is about
};

std::vector<SuggestedScenario> suggestScenarios(const Book& book);

} // namespace ballast
