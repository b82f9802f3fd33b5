#pragma once
// The oracle's lag in a scenario, round by round (the seed's "latency sensitivity"): for one asset,
// the market price, the oracle's own price and what each lending venue's oracle showed after each
// cascade round, with the liquidations the lag caused (healthy at the market, liquidated at the
// venue's stale price) and the loans it delayed (liquidatable at the market, not yet at the
// venue). Read from a ShockResult run with recordPrices (the what-if, `shock`).

#include "shock.h"

#include <vector>

namespace ballast {

struct OracleLagVenue
{
    int venue = -1;
    int lagRounds = 0;  // its chain's finality in rounds
    int roundsLate = 0; // rounds its view of the asset differed from the oracle's own price
    int caused = 0;     // liquidations of its loans the lag caused (loans, distinct)
    int delayed = 0;    // its loans the lag delayed (distinct)
};

struct OracleLagTimeline
{
    int asset = -1;
    std::vector<double> market, oracle;    // per round, 0 = before the shock
    std::vector<int> venues;               // lending venues, in node order
    std::vector<std::vector<double>> view; // per venue, per round
    std::vector<int> caused, delayed;      // per round: loans (every venue's)
    std::vector<OracleLagVenue> table;     // per venue
};

/// Per node of the book (zero where it is no lending venue): its distinct loans the oracle's lag
/// liquidated though healthy at the market (`caused`) and held back while liquidatable at the market
/// (`delayed`), over every asset and round of `result`.
struct OracleLagLoans
{
    std::vector<int> caused, delayed;
};
OracleLagLoans oracleLagLoans(const Book& book, const ShockResult& result);

/// The assets whose market or oracle moved in `result` (the timeline's choices), most moved first.
std::vector<int> oracleLagAssets(const Book& book, const ShockResult& result);
/// The timeline of `asset` (the caused and delayed loans are every asset's: a loan has several).
OracleLagTimeline oracleLagTimeline(const Book& book, const ShockResult& result, int asset);

} // namespace ballast
