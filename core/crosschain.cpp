#include "crosschain.h"

#include "oraclelag.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ballast {

int CrossChainReport::chainOf(const std::string& chain) const
{
    for (size_t c = 0; c < chains.size(); ++c)
        if (chains[c].chain == chain) return static_cast<int>(c);
    return -1;
}

namespace {

int floorRounds(double seconds, double roundSeconds)
{
    // capped: a finality of years is "never" for a cascade, and must not overflow an int
    return roundSeconds > 0 && seconds > 0 ? static_cast<int>(std::min(std::floor(seconds / roundSeconds), 1e9)) : 0;
}

int ceilRounds(double seconds, double roundSeconds)
{
    return roundSeconds > 0 && seconds > 0 ? static_cast<int>(std::min(std::ceil(seconds / roundSeconds - 1e-9), 1e9)) : 0;
}

bool largerFirst(const BridgeCrossing& a, const BridgeCrossing& b) { return a.value > b.value; }

} // namespace

CrossChainReport crossChainReport(const Book& b, const AbsorptionMap& map, const ShockResult* run)
{
    CrossChainReport out;
    const size_t nN = b.nodes.size();
    const bool useRun = run && map.fromRun && run->loans.size() == b.loans.size();
    out.fromRun = useRun;
    if (run && run->roundSeconds > 0) out.roundSeconds = run->roundSeconds;
    const double rs = out.roundSeconds;
    const bool after = useRun && run->finalitySec.size() == nN;
    auto finalityAfter = [&](size_t v) { return after ? run->finalitySec[v] : b.nodes[v].finalitySec; };

    // the chains, and every node's
    std::vector<int> chainOfNode(nN, -1);
    for (size_t v = 0; v < nN; ++v) {
        const Node& n = b.nodes[v];
        if (n.chain.empty()) continue;
        int c = out.chainOf(n.chain);
        if (c < 0) {
            c = static_cast<int>(out.chains.size());
            out.chains.push_back({});
            out.chains.back().chain = n.chain;
        }
        chainOfNode[v] = c;
        ChainSummary& cs = out.chains[c];
        ++cs.nodes;
        if (std::isfinite(n.finalitySec)) cs.finalitySec = std::max(cs.finalitySec, n.finalitySec);
        if (std::isfinite(finalityAfter(v))) cs.finalityAfterSec = std::max(cs.finalityAfterSec, finalityAfter(v));
        if (n.isLendingVenue()) cs.venues.push_back(static_cast<int>(v));
    }
    for (ChainSummary& cs : out.chains)
        cs.lagRounds = floorRounds(cs.finalitySec, rs), cs.lagRoundsAfter = floorRounds(cs.finalityAfterSec, rs);

    // each lending venue's lag, and what it did in the run
    std::vector<int> slot(nN, -1);
    for (size_t v = 0; v < nN; ++v) {
        if (!b.nodes[v].isLendingVenue()) continue;
        slot[v] = static_cast<int>(out.venues.size());
        VenueLag vl;
        vl.venue = static_cast<int>(v);
        vl.chain = chainOfNode[v];
        vl.finalitySec = b.nodes[v].finalitySec;
        vl.finalityAfterSec = finalityAfter(v);
        vl.lagRounds = floorRounds(vl.finalitySec, rs);
        vl.lagRoundsAfter = useRun && v < run->oracleLagRounds.size() && run->oracleLagRounds[v] >= 0
                                ? run->oracleLagRounds[v]
                                : floorRounds(vl.finalityAfterSec, rs);
        out.venues.push_back(vl);
    }
    if (useRun) {
        for (const RoundRecord& rr : run->rounds)
            for (const auto& [v, view] : rr.oracleSeen) {
                if (v < 0 || static_cast<size_t>(v) >= nN || slot[v] < 0) continue;
                bool late = false; // some asset's view differed from the oracle's own price this round
                for (const auto& [a, seen] : view) {
                    const auto own = rr.oracle.find(a);
                    const double truth = own != rr.oracle.end() ? own->second
                                         : static_cast<size_t>(a) < run->oracleBefore.size() ? run->oracleBefore[a]
                                                                                            : seen;
                    late |= std::fabs(seen - truth) > 1e-9 * std::max(1.0, std::fabs(truth));
                }
                out.venues[slot[v]].roundsLate += late ? 1 : 0;
            }
        const OracleLagLoans loans = oracleLagLoans(b, *run);
        for (VenueLag& vl : out.venues) vl.caused = loans.caused[vl.venue], vl.delayed = loans.delayed[vl.venue];
    }

    // the bridges, and which join each pair of chains
    std::map<std::pair<int, int>, std::vector<int>> joining; // (lower chain, higher chain) -> bridges (report index)
    for (size_t l = 0; l < b.links.size(); ++l) {
        const Link& k = b.links[l];
        if (k.type != LinkType::Bridge || k.fromIx < 0 || k.toIx < 0) continue;
        BridgeUse u;
        u.link = static_cast<int>(l);
        u.fromChain = chainOfNode[k.fromIx];
        u.toChain = chainOfNode[k.toIx];
        u.latencySec = std::isfinite(k.latencySec) ? k.latencySec : 0.0;
        u.capacityPerDay = k.capacity;
        if (std::isfinite(k.capacity) && k.capacity >= 0) u.capacityPerRound = k.capacity * rs / 86400.0;
        if (useRun) u.perRound.assign(run->rounds.size(), 0.0);
        if (u.fromChain >= 0 && u.toChain >= 0 && u.fromChain != u.toChain)
            joining[{std::min(u.fromChain, u.toChain), std::max(u.fromChain, u.toChain)}].push_back(static_cast<int>(out.bridges.size()));
        out.bridges.push_back(std::move(u));
    }

    // the crossings: each sale's (or at-risk) part whose loan's venue sits on another chain than the pool's
    std::map<int, size_t> roundIndex;
    if (useRun)
        for (size_t i = 0; i < run->rounds.size(); ++i) roundIndex.emplace(run->rounds[i].round, i);
    auto cross = [&](int round, int pool, int asset, int loan, double value, int poolVenue) {
        if (!(value > 1e-6) || loan < 0 || poolVenue < 0) return; // dust (a pro-rata share of nothing) crosses nothing
        const int lv = b.loans[loan].venueIx;
        if (lv < 0) return;
        const int s = chainOfNode[lv], p = chainOfNode[poolVenue];
        if (s < 0 || p < 0 || s == p) return;
        BridgeCrossing c{round, loan, pool, asset, true, value, 0};
        const auto it = joining.find({std::min(s, p), std::max(s, p)});
        if (it == joining.end()) {
            out.unbridged += value;
            out.unbridgedCrossings.push_back(c);
            return;
        }
        // split across the joining bridges by capacity (equally where one states none)
        double total = 0;
        bool allStated = true;
        for (int u : it->second) {
            const double cap = out.bridges[u].capacityPerDay;
            allStated &= std::isfinite(cap) && cap > 0;
            total += std::isfinite(cap) && cap > 0 ? cap : 0.0;
        }
        for (int u : it->second) {
            BridgeUse& bu = out.bridges[u];
            const double share = allStated && total > 0 ? bu.capacityPerDay / total : 1.0 / static_cast<double>(it->second.size());
            BridgeCrossing part = c;
            part.value = value * share;
            part.forward = s == bu.fromChain;
            const double sourceFinality = out.chains[s].finalityAfterSec;
            part.arrivalRounds = ceilRounds(sourceFinality + bu.latencySec, rs);
            bu.carried += part.value;
            (part.forward ? bu.forward : bu.back) += part.value;
            bu.arrivalRounds = std::max(bu.arrivalRounds, part.arrivalRounds);
            if (useRun)
                if (const auto r = roundIndex.find(round); r != roundIndex.end()) bu.perRound[r->second] += part.value;
            bu.crossings.push_back(part);
        }
    };
    for (const AbsorptionCell& cell : map.cells) {
        if (useRun) {
            for (const AbsorbedSale& sale : cell.sales)
                for (const AbsorbedPart& part : sale.loans)
                    cross(sale.round, sale.pool, sale.asset, part.loan, part.marketValue, cell.venue);
        } else {
            for (const AbsorbedPart& part : cell.atRisk)
                cross(0, cell.pools.empty() ? -1 : cell.pools.front(), cell.asset, part.loan, part.marketValue, cell.venue);
        }
    }

    // per bridge: the rounds' use against capacity, and the queue it leaves
    for (BridgeUse& u : out.bridges) {
        std::stable_sort(u.crossings.begin(), u.crossings.end(), largerFirst);
        if (!(u.capacityPerRound >= 0) || !std::isfinite(u.capacityPerRound)) continue; // unbounded
        double queue = 0, peak = 0;
        u.waiting.reserve(u.perRound.size());
        for (double v : u.perRound) {
            peak = std::max(peak, v);
            queue = std::max(0.0, queue + v - u.capacityPerRound);
            u.waiting.push_back(queue);
        }
        if (!useRun) peak = u.carried, queue = std::max(0.0, u.carried - u.capacityPerRound);
        u.peakUse = u.capacityPerRound > 0 ? peak / u.capacityPerRound : (peak > 0 ? kInf : 0.0);
        u.backlog = queue;
        u.roundsToClear = queue > 0 ? (u.capacityPerRound > 0 ? static_cast<int>(std::ceil(queue / u.capacityPerRound - 1e-9)) : -1) : 0;
    }
    std::stable_sort(out.unbridgedCrossings.begin(), out.unbridgedCrossings.end(), largerFirst);
    return out;
}

} // namespace ballast
