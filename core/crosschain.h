#pragma once
// Cross-chain settlement: the chains a book's venues live on, how late each lending venue sees prices
// (its chain's block finality in cascade rounds, before and after a scenario's finality shocks), and
// what the bridges between chains would have to carry when liquidators sell collateral seized on one
// chain into pools on another.
//
// The cascade's router sells seized collateral wherever the depth is, at once; it does not wait for a
// bridge. This report measures what that assumes: each sale's parts (the loans whose seized
// collateral it was, from the absorption map) whose loan's venue is on chain S while the pool's venue
// is on chain P != S cross from S to P. Such a crossing is carried by the bridges that join S and P
// (a bridge link joins its endpoints' chains, both ways), split by their capacity; with none it is
// "unbridged". Per bridge and cascade round: the value it would carry against its capacity per round
// (capacity per day x round seconds / 86,400), the backlog left at the cascade's end and the rounds
// after it needed to clear it, and the rounds each crossing takes to arrive: the source chain's
// finality (after the scenario) plus the bridge's latency, in rounds, rounded up. Off-chain venues (no
// chain) neither need nor use a bridge.
//
// Without a run the crossings are the collateral at risk (loans below the absorption map's warning
// band) that would exit on another chain, without rounds.

#include "absorption.h"
#include "shock.h"

#include <string>
#include <vector>

namespace ballast {

struct ChainSummary
{
    std::string chain;
    std::vector<int> venues;               // its lending venues (node indices)
    int nodes = 0;                         // every node on it
    double finalitySec = 0, finalityAfterSec = 0; // the slowest of its nodes, before / after the scenario
    int lagRounds = 0, lagRoundsAfter = 0; // that finality in cascade rounds (floor)
};

struct VenueLag
{
    int venue = -1, chain = -1;            // node; index into CrossChainReport::chains (-1 off-chain)
    double finalitySec = 0, finalityAfterSec = 0;
    int lagRounds = 0, lagRoundsAfter = 0; // rounds its oracle view trails (floor of finality / round)
    int roundsLate = 0; // rounds of the run in which its view of some asset differed from the oracle's own
    int caused = 0, delayed = 0; // its loans the lag liquidated though healthy at the market / held back
};

struct BridgeCrossing
{
    int round = 0;      // RoundRecord::round (0 without a run)
    int loan = -1, pool = -1, asset = -1;
    bool forward = true; // from the bridge's `from` chain to its `to` chain
    double value = 0;    // market value carried (this bridge's share)
    int arrivalRounds = 0; // source finality + latency, in rounds (ceil)
};

struct BridgeUse
{
    int link = -1;
    int fromChain = -1, toChain = -1; // indices into CrossChainReport::chains (-1: an endpoint off-chain)
    double latencySec = 0, capacityPerDay = kNaN; // NaN: not stated (unbounded)
    double capacityPerRound = kNaN;
    double carried = 0, forward = 0, back = 0; // market value the cascade (or the at-risk collateral) sends over it
    std::vector<double> perRound;             // per run round (index into ShockResult::rounds)
    std::vector<double> waiting;              // per run round: value still waiting to cross after it
    double peakUse = 0;                       // the largest round's value / capacity per round
    double backlog = 0;                       // value still waiting when the cascade ends
    int roundsToClear = 0;                    // rounds after the cascade's last to carry the backlog (-1: never, capacity 0)
    int arrivalRounds = 0;                    // the slowest crossing's finality + latency, in rounds
    std::vector<BridgeCrossing> crossings;    // largest first
};

struct CrossChainReport
{
    bool fromRun = false;
    double roundSeconds = 600.0;
    std::vector<ChainSummary> chains;   // in node order of first appearance
    std::vector<VenueLag> venues;       // lending venues, node order
    std::vector<BridgeUse> bridges;     // bridge links, link order
    double unbridged = 0;               // value that crossed between chains no bridge joins
    std::vector<BridgeCrossing> unbridgedCrossings; // largest first (forward: meaningless)
    int chainOf(const std::string& chain) const;
};

/// `map` is absorptionMap(book, exposure, run) of the same book and run; `run` (optional) was run
/// with recordPrices.
CrossChainReport crossChainReport(const Book& book, const AbsorptionMap& map, const ShockResult* run = nullptr);

} // namespace ballast
