#include "oraclelag.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace ballast {

OracleLagLoans oracleLagLoans(const Book& book, const ShockResult& r)
{
    const size_t nN = book.nodes.size();
    std::vector<std::set<int>> caused(nN), delayed(nN);
    auto tally = [&](const std::vector<int>& loans, std::vector<std::set<int>>& into) {
        for (int l : loans)
            if (l >= 0 && static_cast<size_t>(l) < book.loans.size())
                if (const int v = book.loans[l].venueIx; v >= 0) into[v].insert(l);
    };
    for (const RoundRecord& rr : r.rounds) {
        tally(rr.liquidatedByOracle, caused);
        tally(rr.delayedByOracle, delayed);
    }
    OracleLagLoans out;
    out.caused.resize(nN);
    out.delayed.resize(nN);
    for (size_t v = 0; v < nN; ++v)
        out.caused[v] = static_cast<int>(caused[v].size()), out.delayed[v] = static_cast<int>(delayed[v].size());
    return out;
}

std::vector<int> oracleLagAssets(const Book& book, const ShockResult& r)
{
    const size_t nA = book.assets.size();
    if (r.priceBefore.size() != nA || r.oracleBefore.size() != nA) return {};
    std::vector<double> move(nA, 0.0);
    for (const RoundRecord& rr : r.rounds) {
        for (const auto& [a, p] : rr.prices)
            move[a] = std::max(move[a], std::fabs(p / r.priceBefore[a] - 1));
        for (const auto& [a, p] : rr.oracle)
            if (r.oracleBefore[a] > 0) move[a] = std::max(move[a], std::fabs(p / r.oracleBefore[a] - 1));
    }
    std::vector<int> out;
    for (size_t a = 0; a < nA; ++a)
        if (move[a] > 0) out.push_back(static_cast<int>(a));
    std::stable_sort(out.begin(), out.end(), [&](int x, int y) { return move[x] > move[y]; });
    return out;
}

OracleLagTimeline oracleLagTimeline(const Book& book, const ShockResult& r, int asset)
{
    OracleLagTimeline t;
    if (asset < 0 || static_cast<size_t>(asset) >= book.assets.size() ||
        r.priceBefore.size() != book.assets.size() || r.oracleBefore.size() != book.assets.size() ||
        r.loans.size() != book.loans.size())
        return t;
    t.asset = asset;
    const size_t nR = r.rounds.size();
    for (size_t v = 0; v < r.oracleLagRounds.size(); ++v)
        if (r.oracleLagRounds[v] >= 0) t.venues.push_back(static_cast<int>(v));
    t.market.assign(nR + 1, r.priceBefore[asset]);
    t.oracle.assign(nR + 1, r.oracleBefore[asset]);
    t.view.assign(t.venues.size(), std::vector<double>(nR + 1, r.oracleBefore[asset]));
    t.caused.assign(nR + 1, 0);
    t.delayed.assign(nR + 1, 0);
    t.table.resize(t.venues.size());
    std::vector<int> slot(book.nodes.size(), -1);
    for (size_t k = 0; k < t.venues.size(); ++k) {
        slot[t.venues[k]] = static_cast<int>(k);
        t.table[k].venue = t.venues[k];
        t.table[k].lagRounds = r.oracleLagRounds[t.venues[k]];
    }
    for (size_t i = 0; i < nR; ++i) {
        const RoundRecord& rr = r.rounds[i];
        const size_t k = i + 1;
        if (const auto it = rr.prices.find(asset); it != rr.prices.end()) t.market[k] = it->second;
        if (const auto it = rr.oracle.find(asset); it != rr.oracle.end()) t.oracle[k] = it->second;
        for (const auto& [v, view] : rr.oracleSeen)
            if (slot[v] >= 0)
                if (const auto it = view.find(asset); it != view.end()) t.view[slot[v]][k] = it->second;
        for (size_t s = 0; s < t.venues.size(); ++s)
            if (std::fabs(t.view[s][k] - t.oracle[k]) > 1e-9 * std::max(1.0, std::fabs(t.oracle[k])))
                ++t.table[s].roundsLate;
        t.caused[k] = static_cast<int>(rr.liquidatedByOracle.size());
        t.delayed[k] = static_cast<int>(rr.delayedByOracle.size());
    }
    const OracleLagLoans loans = oracleLagLoans(book, r);
    for (size_t s = 0; s < t.venues.size(); ++s) {
        t.table[s].caused = loans.caused[t.venues[s]];
        t.table[s].delayed = loans.delayed[t.venues[s]];
    }
    return t;
}

} // namespace ballast
