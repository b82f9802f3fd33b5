#include "absorption.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ballast {

AbsorptionMap absorptionMap(const Book& b, const Exposure& x, const ShockResult* run)
{
    AbsorptionMap out;
    const size_t nA = b.assets.size(), nN = b.nodes.size();
    const bool depths = x.pools.size() == b.pools.size(); // without an exposure: the run's sales alone
    std::vector<int> row(nN, -1), column(nA, -1);
    std::vector<char> venueUsed(nN, 0), assetUsed(nA, 0);
    for (const Pool& p : b.pools)
        if (p.venueIx >= 0 && p.baseIx >= 0) venueUsed[p.venueIx] = 1, assetUsed[p.baseIx] = 1;
    for (size_t v = 0; v < nN; ++v)
        if (venueUsed[v])
            row[v] = static_cast<int>(out.venues.size()), out.venues.push_back(static_cast<int>(v));
    for (size_t a = 0; a < nA; ++a)
        if (assetUsed[a])
            column[a] = static_cast<int>(out.assets.size()), out.assets.push_back(static_cast<int>(a));
    const size_t cols = out.assets.size();
    out.cells.resize(out.venues.size() * cols);
    for (size_t r = 0; r < out.venues.size(); ++r)
        for (size_t c = 0; c < cols; ++c)
            out.cells[r * cols + c].venue = out.venues[r], out.cells[r * cols + c].asset = out.assets[c];
    std::vector<int> cellOfPool(b.pools.size(), -1);
    for (size_t p = 0; p < b.pools.size(); ++p) {
        const Pool& pool = b.pools[p];
        if (pool.venueIx < 0 || pool.baseIx < 0) continue;
        const int ix = row[pool.venueIx] * static_cast<int>(cols) + column[pool.baseIx];
        cellOfPool[p] = ix;
        AbsorptionCell& cell = out.cells[ix];
        cell.pools.push_back(static_cast<int>(p));
        for (int k = 0; k < 3 && depths; ++k)
            if (std::isfinite(x.pools[p].depthValue[k])) cell.depthValue[k] += x.pools[p].depthValue[k];
    }

    const bool useRun = run && run->loans.size() == b.loans.size() && run->priceBefore.size() == nA;
    out.fromRun = useRun;
    if (!useRun) {
        // collateral near liquidation, split across its exit asset's venues by their 2% depth
        std::vector<double> atRisk(nA, 0.0), depth2(nA, 0.0);
        std::vector<std::vector<AbsorbedPart>> loansAt(nA); // exit asset -> (loan, quantity, value)
        for (const AbsorptionCell& cell : out.cells)
            depth2[cell.asset] += cell.depthValue[1];
        for (size_t l = 0; l < b.loans.size() && l < x.loans.size(); ++l) {
            if (!(x.loans[l].healthFactor < out.atRiskBand) || !depths) continue;
            for (int p : b.loans[l].collateralIx) {
                if (p < 0 || static_cast<size_t>(p) >= x.positions.size()) continue;
                const int a = b.positions[p].assetIx;
                if (a < 0) continue;
                const double value = x.positions[p].marketValue;
                if (!(value > 0)) continue;
                // the exit: its own pools, else the metal a token redeems into
                const int u = b.assets[a].underlyingIx;
                const int exit = depth2[a] > 0 || u < 0 ? a : u;
                atRisk[exit] += value;
                const double units =
                    exit == a ? b.positions[p].quantity : b.positions[p].quantity * b.assets[a].unitsPerToken;
                loansAt[exit].push_back({static_cast<int>(l), units, value});
            }
        }
        std::vector<int> venuesOf(nA, 0);
        for (const AbsorptionCell& cell : out.cells)
            venuesOf[cell.asset] += cell.pools.empty() ? 0 : 1;
        for (AbsorptionCell& cell : out.cells) {
            if (cell.pools.empty() || !(atRisk[cell.asset] > 0)) continue;
            const double share =
                depth2[cell.asset] > 0 ? cell.depthValue[1] / depth2[cell.asset] : 1.0 / venuesOf[cell.asset];
            cell.collateralAtRisk = atRisk[cell.asset] * share;
            std::map<int, AbsorbedPart> byLoan;
            for (const AbsorbedPart& part : loansAt[cell.asset]) {
                AbsorbedPart& q = byLoan[part.loan];
                q.loan = part.loan;
                q.quantity += part.quantity * share;
                q.marketValue += part.marketValue * share;
            }
            for (const auto& [l, part] : byLoan)
                cell.atRisk.push_back(part);
            std::stable_sort(
                cell.atRisk.begin(), cell.atRisk.end(),
                [](const AbsorbedPart& x, const AbsorbedPart& y) { return x.marketValue > y.marketValue; });
        }
    } else {
        // the loans each sale moved the price for: the pool's base, and tokens redeemable into it
        std::vector<std::vector<int>> holders(nA); // asset -> loans with collateral in it
        for (size_t l = 0; l < b.loans.size(); ++l)
            for (int p : b.loans[l].collateralIx)
                if (p >= 0 && b.positions[p].assetIx >= 0) {
                    auto& h = holders[b.positions[p].assetIx];
                    if (h.empty() || h.back() != static_cast<int>(l)) h.push_back(static_cast<int>(l));
                }
        for (size_t k = 0; k < run->rounds.size(); ++k) {
            const RoundRecord& rr = run->rounds[k];
            // the next wave: the next round that liquidated anything (an oracle's lag delays it)
            int nextWave = -1;
            for (size_t j = k + 1; j < run->rounds.size() && nextWave < 0; ++j)
                if (run->rounds[j].liquidations > 0) nextWave = run->rounds[j].round;
            std::map<int, double> seizedOf; // asset -> quantity the round's liquidations seized (net of fees)
            for (const auto& s : rr.seized)
                seizedOf[s.asset] += s.quantity;
            for (const auto& sale : rr.sales) {
                if (sale.pool < 0 || static_cast<size_t>(sale.pool) >= cellOfPool.size() ||
                    cellOfPool[sale.pool] < 0)
                    continue;
                AbsorptionCell& cell = out.cells[cellOfPool[sale.pool]];
                AbsorbedSale a;
                a.round = rr.round;
                a.pool = sale.pool;
                a.asset = sale.asset;
                a.quantity = sale.quantity;
                a.marketValue = sale.marketValue;
                a.proceeds = sale.proceeds;
                a.impact = sale.midBefore > 0 ? std::max(0.0, 1.0 - sale.midAfter / sale.midBefore) : 0.0;
                const double total = seizedOf[sale.asset];
                if (total > 0) {
                    std::map<int, double> parts;
                    for (const auto& s : rr.seized)
                        if (s.asset == sale.asset) parts[s.loan] += s.quantity;
                    for (const auto& [loan, q] : parts) {
                        const double share = q / total;
                        a.loans.push_back({loan, share * sale.quantity, share * sale.marketValue});
                    }
                    std::stable_sort(a.loans.begin(), a.loans.end(),
                                     [](const AbsorbedPart& p, const AbsorbedPart& o) {
                                         return p.marketValue > o.marketValue;
                                     });
                }
                if (a.impact > 0 && nextWave >= 0) {
                    const int base = b.pools[sale.pool].baseIx;
                    std::vector<int> moved;
                    for (size_t t = 0; t < nA; ++t)
                        if (static_cast<int>(t) == base || b.assets[t].underlyingIx == base)
                            moved.insert(moved.end(), holders[t].begin(), holders[t].end());
                    std::sort(moved.begin(), moved.end());
                    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
                    for (int l : moved)
                        if (run->loans[l].liquidated && run->loans[l].firstRound == nextWave)
                            a.pushedUnder.push_back(l);
                }
                cell.sold += a.marketValue;
                cell.proceeds += a.proceeds;
                cell.maxImpact = std::max(cell.maxImpact, a.impact);
                cell.sales.push_back(std::move(a));
            }
        }
        for (AbsorptionCell& cell : out.cells)
            cell.collateralAtRisk = cell.sold;
    }
    for (AbsorptionCell& cell : out.cells)
        cell.coverage = cell.collateralAtRisk > 0 ? cell.depthValue[1] / cell.collateralAtRisk : kInf;
    return out;
}

} // namespace ballast
