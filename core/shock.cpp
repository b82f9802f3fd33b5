#include "shock.h"

#include "health.h"
#include "valuation.h"

#include "debtrank.h"
#include "obligations.h"
#include "liquidity.h"
#include "network.h"
#include "pricing.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <cstring>
#include <numeric>

namespace ballast {
namespace {

constexpr int kForever = INT_MAX / 2;


/// Who defaulted and why, filled stage by stage (a node keeps its first cause).
struct Defaults
{
    explicit Defaults(int n) : in(n, 0), cause(n, DefaultCause::None) {}
    void mark(int v, DefaultCause why)
    {
        if (in[v]) return;
        in[v] = 1;
        cause[v] = why;
    }
    bool any() const { return std::find(in.begin(), in.end(), 1) != in.end(); }
    std::vector<char> in;
    std::vector<DefaultCause> cause;
};

/// Sums per node, added to in any order and read in node order, each node's terms added in the order
/// they came (as std::map<int, double>'s m[n] += v did, without its allocation and search per entry:
/// a book of 100,000 borrowers made those a tenth of a scenario). Each node's sum is kept as its
/// terms come, in a vector over the nodes made at the first term: the same additions in the same
/// order as summing the node's terms afterwards (which had copied and stable-sorted every term, 5 %
/// of a stress-book scenario, and searched all of them for one node's sum).
class NodeSums
{
public:
    void add(int node, double v)
    {
        if (node >= static_cast<int>(m_sum.size())) m_sum.resize(static_cast<size_t>(node) + 1, 0.0), m_has.resize(m_sum.size(), 0);
        if (!m_has[node]) m_has[node] = 1, m_nodes.push_back(node);
        m_sum[node] += v;
    }
    double at(int node) const { return node < static_cast<int>(m_sum.size()) ? m_sum[node] : 0.0; }
    template <class F>
    void forEach(F&& f) const
    {
        std::vector<int> nodes = m_nodes;
        std::sort(nodes.begin(), nodes.end());
        for (int n : nodes) f(n, m_sum[n]);
    }

private:
    std::vector<double> m_sum;
    std::vector<char> m_has;
    std::vector<int> m_nodes; // each node with a term once, in the order of its first
};

/// Buffers a thread's cascades reuse from one scenario to the next (Monte Carlo runs thousands on
/// each thread): the pools' books and ranges, the quantities and the debts keep their capacity, so
/// copying the starting state into them allocates nothing after the first scenario.
struct CascadeBuffers
{
    std::vector<Pool> pools;
    std::vector<double> qty, debt; // equal to context `holds`'s starting quantities and debts
    std::uint64_t holds = 0;       // ShockContext::Data::id, 0: none
};
CascadeBuffers& threadBuffers()
{
    thread_local CascadeBuffers buffers;
    return buffers;
}

/// Stages 1 and 2 of a scenario: the shocks, then the liquidation cascade round by round (a replay
/// runs a stage of rounds per step of its path). Owns the scenario's market state: prices, pools,
/// oracle views, halts, quantities and debts left; the later stages read it through the accessors.
class Cascade
{
public:
    Cascade(const ShockContext::Data& pre, const Scenario& sc, const ShockOptions& opt)
        : b(pre.book), pre(pre), sc(sc), opt(opt), order(pre.index->priceOrder), loanOf(pre.index->loanOfPosition),
          venueSlot(pre.index->venueRow), venues(pre.index->venues), poolsOf(pre.index->poolsOfAsset), risk(pre.index->positionRisk),
          quality(pre.quality), m0(pre.m0), o0(pre.o0), m_defaults(static_cast<int>(pre.book.nodes.size()))
    {
        nA = static_cast<int>(b.assets.size());
        nN = static_cast<int>(b.nodes.size());
        maxRounds = opt.maxRounds > 0 ? opt.maxRounds : b.settings.maxRounds;
        m = m0;
        manip.assign(nA, 1.0);
        oracleSet.assign(nA, kNaN);
        frozen.assign(nA, 0);
        frozenValue.assign(nA, 0.0);
        extraDecay.assign(nA, 1.0);
        vol = pre.vol;
        CascadeBuffers& reuse = threadBuffers();
        pools.swap(reuse.pools), qty.swap(reuse.qty), debt.swap(reuse.debt);
        pools = pre.pools;
        tradeHaltUntil.assign(nN, 0);
        liqHaltUntil.assign(nN, 0);
        finality = pre.finality;
        // the quantities and debts the last cascade on this thread restored are this context's start
        // unless the thread ran another context since (a million positions are not copied per scenario)
        if (reuse.holds != pre.id) {
            qty = pre.qty;
            debt = pre.debt;
        }
        reuse.holds = 0; // until the destructor has put them back
        delay.assign(b.links.size(), 0.0);
        hfLowest.assign(b.loans.size(), kInf);
        everFlag.assign(b.loans.size(), 0);
        if (pre.healthBefore.size() == b.loans.size() && opt.incremental) {
            // every venue sees the oracle as it was before, so each loan's health is its health
            // before (the same computation on the same numbers): only the loans that may be
            // liquidatable already are computed in the first round, the others wait for a move
            hfSeen = pre.healthBefore;
            hfBound = pre.healthBefore;
            hfStale.assign(b.loans.size(), 0);
            staleLoans.clear();
            for (int l = 0, nL = static_cast<int>(b.loans.size()); l < nL; ++l)
                if (!certainlyHealthy(hfBound[l])) markStale(l);
        } else {
            hfSeen.assign(b.loans.size(), kNaN);
            hfBound.assign(b.loans.size(), kNaN);
            hfStale.assign(b.loans.size(), 1);
            staleLoans.resize(b.loans.size());
            std::iota(staleLoans.begin(), staleLoans.end(), 0);
        }
    }

    ~Cascade()
    {
        for (int p : changedPositions) qty[p] = pre.qty[p];
        for (int l : changedLoans) debt[l] = pre.debt[l];
        CascadeBuffers& reuse = threadBuffers();
        pools.swap(reuse.pools), qty.swap(reuse.qty), debt.swap(reuse.debt);
        reuse.holds = pre.id;
    }
    Cascade(const Cascade&) = delete;
    Cascade& operator=(const Cascade&) = delete;

    /// Applies the shocks and runs the cascade into out.rounds and out.loans; false when cancelled.
    bool run(ShockResult& out, Progress* progress)
    {
        oracleHist.push_back(pre.oracleBefore);
        seen.assign(venues.size(), pre.oracleBefore);
        applyShocks();
        exoBase = m;
        if (replays.empty()) return cascadeStage(0, out, progress);
        size_t steps = 0;
        for (const Shock* r : replays) steps = std::max(steps, r->path.size());
        const std::vector<double> start = m;
        for (size_t k = 1; k < steps; ++k) {
            for (const Shock* r : replays) {
                const auto& path = r->path;
                const double ratio = path[std::min(k, path.size() - 1)].price / path.front().price;
                setMarket(r->assetIx, start[r->assetIx] * ratio);
            }
            if (!cascadeStage(static_cast<int>(k), out, progress)) return false;
        }
        for (const Shock* r : replays) exoBase[r->assetIx] = start[r->assetIx] * r->path.back().price / r->path.front().price;
        return true;
    }

    /// Market prices now (inventory tokens from their underlying, with the delays' extra decay),
    /// valid until the next change of a market price or a decay.
    const std::vector<double>& marketVector() const
    {
        if (!marketValid) marketNow = marketAt(m, true), marketValid = true; // until m or a decay changes
        return marketNow;
    }
    /// The same without the delays' extra decay.
    std::vector<double> marketWithoutDecay() const { return marketAt(m, false); }
    /// Market prices at the exogenous level (the shocks and each replay's last point, none of the
    /// cascade's own moves), without the delays' decay: attribution's "price" channel.
    std::vector<double> exogenousPrices() const { return marketAt(exoBase, false); }
    std::vector<double> oracleVector() const
    {
        std::vector<double> v(nA);
        const std::vector<double>& mk = marketVector();
        for (int a : order) {
            const Asset& as = b.assets[a];
            if (frozen[a]) {
                v[a] = frozenValue[a];
            } else if (!std::isnan(oracleSet[a])) {
                v[a] = oracleSet[a];
            } else if (as.kind == AssetKind::InventoryToken && std::isnan(as.oraclePrice)) {
                v[a] = as.underlyingIx >= 0 ? v[as.underlyingIx] * as.unitsPerToken * quality[a] * extraDecay[a] * manip[a] : 0.0;
            } else if (as.kind == AssetKind::InvoiceToken) {
                v[a] = (std::isnan(as.oraclePrice) ? mk[a] : as.oraclePrice) * manip[a];
            } else {
                // the oracle keeps its spread to the market; from a market price of 0 there is no
                // spread to keep, and it reads the market (a price shock sets both)
                v[a] = (m0[a] > 0 ? o0[a] * (mk[a] / m0[a]) : mk[a]) * manip[a];
            }
        }
        return v;
    }
    double loanHealth(int l, const std::vector<double>& o, double* cvOut = nullptr, double* dvOut = nullptr) const
    {
        double cv = 0;
        for (int k = pre.collStart[l], end = pre.collStart[l + 1]; k < end; ++k) {
            const double q = qty[pre.collPos[k]];
            if (q <= 0) continue;
            cv += q * o[pre.collAsset[k]] * pre.collThreshold[k];
        }
        const int da = pre.loanDebtAsset[l];
        const double dv = debt[l] * (da >= 0 ? o[da] : 1.0);
        if (cvOut) *cvOut = cv;
        if (dvOut) *dvOut = dv;
        return dv > 0 ? cv / dv : kInf;
    }

    /// A loan's health as its venue's oracle view has it now (`oracle` for a loan at no venue).
    /// The lowest health loan `l` had in a round it was liquidatable (inf: never).
    double lowestHealth(int l) const { return hfLowest[l]; }
    /// The loans liquidatable in some round (the only ones the cascade writes a row for), in the order found.
    const std::vector<int>& everLiquidatable() const { return everLiquidatableLoans; }

    double healthSeen(int l, const std::vector<double>& oracle) const
    {
        const int v = b.loans[l].venueIx;
        return v >= 0 && venueSlot[v] >= 0 ? loanHealth(l, seen[venueSlot[v]]) : loanHealth(l, oracle);
    }

    Defaults& defaults() { return m_defaults; }
    std::vector<int> oracleLagRounds() const
    {
        std::vector<int> out(b.nodes.size(), -1);
        for (int v : venues) out[v] = lagRounds(v);
        return out;
    }
    const std::vector<double>& finalities() const { return finality; }
    const std::vector<double>& shipmentDelays() const { return delay; }
    const std::vector<double>& volatilities() const { return vol; }
    /// Per node (in node order, only those with an entry): each borrower's penalties the market also
    /// triggered, those only the oracle triggered, and each venue's bad debt of exhausted loans.
    const NodeSums& marketPenalties() const { return marketPenalty; }
    const NodeSums& oraclePenalties() const { return oraclePenalty; }
    const NodeSums& venueBadDebt() const { return badDebtAt; }
    double liquidatorSlippage() const { return slippage; }

private:
    std::vector<double> marketAt(const std::vector<double>& market, bool withDecay) const
    {
        std::vector<double> v(nA);
        for (int a : order) v[a] = marketOf(a, market, v, withDecay);
        return v;
    }
    /// Asset a's market price in marketAt, its underlying's already in v.
    double marketOf(int a, const std::vector<double>& market, const std::vector<double>& v, bool withDecay) const
    {
        const Asset& as = b.assets[a];
        if (as.kind == AssetKind::InventoryToken)
            return as.underlyingIx >= 0 ? v[as.underlyingIx] * as.unitsPerToken * quality[a] * (withDecay ? extraDecay[a] : 1.0) : 0.0;
        if (as.kind == AssetKind::InvoiceToken && std::isnan(as.price)) return invoiceTokenValue(b, as);
        return market[a];
    }
    /// Sets one market price; the market vector, when valid, is brought up to date in place: the
    /// asset's own entry and the tokens priced from it, by the same computation as marketAt
    /// (a sale moves one or two of a hundred prices).
    void setMarketPrice(int a, double price)
    {
        m[a] = price;
        if (!marketValid) return;
        marketNow[a] = marketOf(a, m, marketNow, true);
        for (int t : pre.tokensOf[a]) updateTokens(t, 1);
    }
    void updateTokens(int t, int depth)
    {
        if (depth > nA) return marketValid = false, void(); // a loop of tokens (validate refuses those): recompute all
        marketNow[t] = marketOf(t, m, marketNow, true);
        for (int u : pre.tokensOf[t]) updateTokens(u, depth + 1);
    }
    double quoteValue(const std::vector<double>& mk, int quoteIx) const { return quoteIx < 0 ? 1.0 : mk[quoteIx]; }

    void recentrePoolsOf(int a, const std::vector<double>& mk)
    {
        for (int p : poolsOf[a]) {
            const double qv = quoteValue(mk, pools[p].quoteIx);
            if (qv > 0 && mk[a] > 0) recentre(pools[p], mk[a] / qv);
        }
    }
    void setMarket(int a, double price)
    {
        setMarketPrice(a, std::max(price, 0.0));
        recentrePoolsOf(a, marketVector());
    }


    // ---- shocks -------------------------------------------------------------------------------
    void applyShocks()
    {
        const std::vector<double> oracleBefore = oracleVector();
        for (const Shock& k : sc.shocks) {
            switch (k.type) {
            case ShockType::Price:
            case ShockType::Depeg:
                if (k.assetIx < 0) break;
                if (b.assets[k.assetIx].kind == AssetKind::InventoryToken) { // tokens follow their underlying
                    const int u = b.assets[k.assetIx].underlyingIx;
                    if (u >= 0) setMarket(u, !std::isnan(k.set) ? k.set / std::max(1e-300, b.assets[k.assetIx].unitsPerToken * quality[k.assetIx])
                                                              : m[u] * (1 + k.relative));
                } else {
                    setMarket(k.assetIx, !std::isnan(k.set) ? k.set : m[k.assetIx] * (1 + k.relative));
                }
                break;
            case ShockType::Volatility:
                if (k.assetIx >= 0) vol[k.assetIx] *= k.multiplier;
                break;
            case ShockType::Liquidity:
                if (k.poolIx >= 0) drainLiquidity(pools[k.poolIx], k.drain);
                if (k.venueIx >= 0)
                    for (auto& p : pools)
                        if (p.venueIx == k.venueIx) drainLiquidity(p, k.drain);
                break;
            case ShockType::OracleStale:
                if (k.assetIx >= 0) {
                    frozen[k.assetIx] = 1;
                    frozenValue[k.assetIx] = oracleBefore[k.assetIx];
                }
                break;
            case ShockType::OracleManipulation:
                if (k.assetIx >= 0) {
                    if (!std::isnan(k.set) && oracleBefore[k.assetIx] > 0) manip[k.assetIx] *= k.set / oracleBefore[k.assetIx];
                    else if (!std::isnan(k.set)) oracleSet[k.assetIx] = k.set; // no price to scale: the oracle reads `set`
                    else manip[k.assetIx] *= 1 + k.relative;
                }
                break;
            case ShockType::Default:
                if (k.nodeIx >= 0) m_defaults.mark(k.nodeIx, DefaultCause::Shock);
                break;
            case ShockType::Delay:
                for (size_t l = 0; l < b.links.size(); ++l) {
                    const Link& s = b.links[l];
                    if (s.type != LinkType::Shipment) continue;
                    bool hit = static_cast<int>(l) == k.shipmentIx;
                    if (k.nodeIx >= 0) {
                        hit |= s.fromIx == k.nodeIx || s.toIx == k.nodeIx;
                        for (int v : s.viaIx) hit |= v == k.nodeIx;
                    }
                    if (hit) delay[l] += k.days;
                }
                break;
            case ShockType::Halt: {
                if (k.venueIx < 0) break;
                const int until = k.rounds > 0 ? k.rounds : kForever;
                if (b.nodes[k.venueIx].isLendingVenue()) liqHaltUntil[k.venueIx] = std::max(liqHaltUntil[k.venueIx], until);
                else tradeHaltUntil[k.venueIx] = std::max(tradeHaltUntil[k.venueIx], until);
                break;
            }
            case ShockType::Finality:
                for (int v = 0; v < nN; ++v)
                    if (b.nodes[v].chain == k.chain) finality[v] = k.seconds;
                break;
            case ShockType::Replay:
                if (k.assetIx >= 0 && k.path.size() >= 2) replays.push_back(&k);
                break;
            }
        }
        // perishable inventory on delayed shipments decays for the extra days
        for (int a = 0; a < nA; ++a) {
            const Asset& as = b.assets[a];
            if (as.kind == AssetKind::InventoryToken && as.shipmentIx >= 0 && delay[as.shipmentIx] > 0)
                extraDecay[a] = std::exp(-as.decayPerDay * delay[as.shipmentIx]), marketValid = false;
        }
    }

    // ---- the oracle's lag, recorded for the timeline (recordPrices) --------------------------
    /// Each lending venue's view of the assets whose view moved from the start.
    void recordOracleViews(RoundRecord& rec, const std::vector<double>& oracleNow) const
    {
        for (int a = 0; a < nA; ++a)
            if (b.assets[a].kind != AssetKind::InventoryToken && std::fabs(oracleNow[a] - pre.oracleBefore[a]) > 1e-12 * std::fabs(pre.oracleBefore[a]))
                rec.oracle[a] = oracleNow[a];
        for (size_t s = 0; s < venues.size(); ++s)
            for (int a = 0; a < nA; ++a)
                if (b.assets[a].kind != AssetKind::InventoryToken && std::fabs(seen[s][a] - pre.oracleBefore[a]) > 1e-12 * std::fabs(pre.oracleBefore[a]))
                    rec.oracleSeen[venues[s]][a] = seen[s][a];
    }
    /// Loans at a venue whose oracle trails the market, liquidatable at the market's price, that the
    /// venue's view does not let the liquidators touch this round.
    void recordDelayed(RoundRecord& rec) const
    {
        // which venue rows trail the market, once a round (not per loan, from its Loan struct)
        std::vector<char> lags(venues.size());
        bool any = false;
        for (size_t s = 0; s < venues.size(); ++s) any |= (lags[s] = lagRounds(venues[s]) > 0);
        if (!any) return;
        const std::vector<double> market = marketVector();
        for (int l = 0, nL = static_cast<int>(b.loans.size()); l < nL; ++l) {
            const int s = pre.loanSlot[l];
            if (s < 0 || debt[l] <= 0 || !lags[s]) continue;
            if (isLiquidatable(loanHealth(l, market)) && !isLiquidatable(loanHealth(l, seen[s]))) rec.delayedByOracle.push_back(l);
        }
    }

    // ---- the cascade -------------------------------------------------------------------------
    int lagRounds(int v) const // capped: finality of years must not overflow an int
    {
        return opt.roundSeconds > 0 ? static_cast<int>(std::min(std::floor(finality[v] / opt.roundSeconds), 1e9)) : 0;
    }

    bool cascadeStage(int stage, ShockResult& out, Progress* progress)
    {
        const int stageStart = round;
        while (round < maxRounds) {
            if (isCancelled(progress)) return false;
            ++round;
            RoundRecord rec;
            rec.round = round;
            rec.stage = stage;
            const std::vector<double> oracleNow = oracleVector();
            oracleHist.push_back(oracleNow);
            bool lagging = false;
            // each lending venue sees the oracle as its chain delivers it
            for (size_t s = 0; s < venues.size(); ++s) {
                const int v = venues[s];
                const int lag = lagRounds(v);
                const int idx = std::max(0, static_cast<int>(oracleHist.size()) - 1 - lag);
                const std::vector<double>& target = oracleHist[idx];
                lagging |= idx != static_cast<int>(oracleHist.size()) - 1 && target != oracleNow;
                const CircuitBreaker& cb = b.nodes[v].circuitBreaker;
                std::vector<double>& view = seen[s];
                bool drop = false;
                for (int a = 0; a < nA; ++a) {
                    const double prev = view[a], next = target[a];
                    if (opt.breakers && !std::isnan(cb.oracleMaxJump) && prev > 0 && std::fabs(next / prev - 1) > cb.oracleMaxJump)
                        continue; // the guard rejects the update
                    if (opt.breakers && !std::isnan(cb.maxDropPerRound) && prev > 0 && next < prev * (1 - cb.maxDropPerRound) &&
                        pre.collateralAtVenue[s][a])
                        drop = true;
                    if (std::memcmp(&prev, &next, sizeof prev) != 0) touchLoans(static_cast<int>(s), a, prev, next);
                    view[a] = next;
                }
                if (drop && cb.haltRounds > 0) liqHaltUntil[v] = std::max(liqHaltUntil[v], round + cb.haltRounds - 1);
                if (liqHaltUntil[v] >= round) rec.haltedVenues.push_back(v);
            }

            if (opt.recordPrices) recordOracleViews(rec, oracleNow);
            // liquidations, lowest health first
            // A loan's health is the same as last round unless its venue's view of one of its assets,
            // or the loan itself (a liquidation), changed since: those are on the stale list. So the
            // candidates are the stale loans now liquidatable and the others liquidatable last round
            // (sorted below, the order they are found in does not matter).
            if (!opt.incremental)
                for (int l = 0; l < static_cast<int>(b.loans.size()); ++l) markStale(l);
            std::vector<std::pair<double, int>> candidates;
            std::vector<int> stillLiquidatable;
            auto consider = [&](int l, double hf) {
                if (!isLiquidatable(hf)) return;
                candidates.push_back({hf, l});
                stillLiquidatable.push_back(l);
                if (!everFlag[l]) everFlag[l] = 1, everLiquidatableLoans.push_back(l);
                hfLowest[l] = std::min(hfLowest[l], hf);
            };
            for (int l : liquidatable)
                if (!hfStale[l] && debt[l] > 0) consider(l, hfSeen[l]);
            auto refresh = [&](int l) {
                const int s = pre.loanSlot[l];
                hfStale[l] = 0;
                if (s < 0 || debt[l] <= 0) return;
                hfSeen[l] = hfBound[l] = loanHealth(l, seen[s]);
                consider(l, hfSeen[l]);
            };
            if (staleLoans.size() * 8 > b.loans.size()) { // most loans: in book order, which the memory follows
                for (int l = 0, nL = static_cast<int>(b.loans.size()); l < nL; ++l)
                    if (hfStale[l]) refresh(l);
            } else {
                for (int l : staleLoans) refresh(l);
            }
            staleLoans.clear();
            liquidatable.swap(stillLiquidatable);
            // loans at a venue whose liquidations are halted this round wait, whatever their order
            // (the halt is set above, before any liquidation): left out of the sort
            const size_t candidatesBefore = candidates.size();
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](const std::pair<double, int>& c) { return liqHaltUntil[pre.loanVenue[c.second]] >= round; }),
                             candidates.end());
            bool pendingHalted = candidates.size() < candidatesBefore;
            std::sort(candidates.begin(), candidates.end());
            if (opt.recordPrices) recordDelayed(rec);
            // what each lending venue (by its row) may still liquidate this round
            std::vector<double> capLeft(venues.size(), kInf);
            for (size_t s = 0; s < venues.size(); ++s) {
                const double cap = b.nodes[venues[s]].circuitBreaker.maxLiquidationPerRound;
                if (opt.breakers && !std::isnan(cap)) capLeft[s] = cap;
            }
            std::vector<double> toSell(nA, 0.0), marketBefore = marketVector();
            for (const auto& [hf, l] : candidates) {
                const int v = pre.loanVenue[l], slot = pre.loanSlot[l];
                if (capLeft[slot] <= 0) {
                    pendingHalted = true;
                    continue;
                }
                const std::vector<double>& o = seen[slot];
                double cv = 0, dv = 0;
                loanHealth(l, o, &cv, &dv);
                const Node& venue = b.nodes[v];
                const double cf = hf > venue.fullCloseBelowHealthFactor ? venue.closeFactor : 1.0;
                // the liquidator takes the largest collateral position
                int best = -1, bestK = -1;
                double bestValue = 0;
                for (int k = pre.collStart[l], end = pre.collStart[l + 1]; k < end; ++k) {
                    const int p = pre.collPos[k];
                    if (qty[p] > 0 && qty[p] * o[pre.collAsset[k]] > bestValue)
                        best = p, bestK = k, bestValue = qty[p] * o[pre.collAsset[k]];
                }
                LoanOutcome& lo = out.loans[l];
                const int debtAsset = pre.loanDebtAsset[l];
                const double debtPrice = debtAsset >= 0 ? o[debtAsset] : 1.0;
                if (best < 0 || bestValue <= 0) {
                    // nothing left to seize: the rest is bad debt of the venue
                    markStale(l);
                    changing(-1, l);
                    lo.badDebt += dv;
                    rec.badDebt += dv;
                    debt[l] = 0;
                    continue;
                }
                const int a = pre.collAsset[bestK];
                const double bonus = pre.collBonus[bestK], fee = pre.collFee[bestK];
                double repayValue = std::min({cf * dv, bestValue / bonus, capLeft[slot]});
                const double seizedQty = std::min(qty[best], repayValue * bonus / o[a]);
                const double bonusQty = seizedQty - seizedQty / bonus;
                const double feeQty = fee * bonusQty;
                markStale(l);
                changing(best, l);
                qty[best] -= seizedQty;
                if (qty[best] < 1e-12 * pre.qty[best]) qty[best] = 0;
                debt[l] -= debtPrice > 0 ? repayValue / debtPrice : debt[l];
                if (debt[l] < 1e-9) debt[l] = 0;
                capLeft[slot] -= repayValue;
                if (lo.liquidations == 0) lo.firstRound = round;
                lo.liquidated = true;
                ++lo.liquidations;
                lo.debtRepaid += debtPrice > 0 ? repayValue / debtPrice : 0.0;
                lo.debtRepaidValue += repayValue;
                if (opt.loanSeizures) {
                    lo.collateralSeized[a] += seizedQty;
                    if (feeQty > 0) lo.protocolFee[a] += feeQty;
                }
                const double penalty = repayValue * (bonus - 1);
                lo.penalty += penalty;
                // liquidated because of the oracle: at market prices the loan was healthy
                double cvm = 0, dvm = 0;
                const double hfMarket = loanHealthAt(l, marketBefore, best, seizedQty, repayValue / std::max(debtPrice, 1e-300), &cvm, &dvm);
                if (!isLiquidatable(hfMarket)) {
                    oraclePenalty.add(pre.loanBorrower[l], penalty);
                    if (opt.recordPrices && (rec.liquidatedByOracle.empty() || rec.liquidatedByOracle.back() != l)) rec.liquidatedByOracle.push_back(l);
                } else {
                    marketPenalty.add(pre.loanBorrower[l], penalty);
                }
                toSell[a] += seizedQty - feeQty;
                if (opt.recordPrices) rec.seized.push_back({l, a, seizedQty - feeQty});
                ++rec.liquidations;
                rec.debtRepaid += repayValue;
                // collateral exhausted with debt left: bad debt
                bool anyLeft = false;
                for (int k = pre.collStart[l], end = pre.collStart[l + 1]; k < end; ++k) anyLeft |= qty[pre.collPos[k]] > 0;
                if (!anyLeft && debt[l] > 0) {
                    const double bd = debt[l] * debtPrice;
                    lo.badDebt += bd;
                    rec.badDebt += bd;
                    badDebtAt.add(v, bd);
                    debt[l] = 0;
                }
            }
            // liquidators sell what they seized
            if (b.settings.sellSeizedCollateral)
                for (int a = 0; a < nA; ++a)
                    if (toSell[a] > 0) sell(a, toSell[a], marketBefore, rec);
            if (opt.recordPrices) {
                const auto mk = marketVector();
                for (int a = 0; a < nA; ++a)
                    if (b.assets[a].kind != AssetKind::InventoryToken && std::fabs(mk[a] - m0[a]) > 1e-12 * std::fabs(m0[a]))
                        rec.prices[a] = mk[a];
            }
            out.rounds.push_back(std::move(rec));
            if (progress) progress->report(std::min(0.9, 0.9 * round / std::max(1, maxRounds)));
            const RoundRecord& last = out.rounds.back();
            bool haltPending = false;
            for (int v : venues) haltPending |= liqHaltUntil[v] >= round && liqHaltUntil[v] < kForever;
            if (last.liquidations == 0 && !lagging && !(pendingHalted && haltPending) && round > stageStart) break;
        }
        return true;
    }

    /// A health factor at or above this bound is not liquidatable (isLiquidatable's tolerance below 1).
    static bool certainlyHealthy(double bound) { return bound >= 1.0; }

    /// Venue row s's view of asset a moved from `prev` to `next`: the health of its loans with a as
    /// collateral or debt moves too. A loan's health is only needed when it may be liquidatable (no
    /// other loan's health is read): so each loan keeps a lower bound of its health, its last
    /// computed health scaled by every move since (collateral falling by r scales it by at least r,
    /// debt rising by r by at least 1 / r, with a margin far above the rounding), and is recomputed
    /// only when that bound is no longer certainly healthy. A recomputed health is the same number
    /// a recompute of every loan every round gives (ShockOptions::incremental).
    void touchLoans(int s, int a, double prev, double next)
    {
        const int* rowStart = &pre.venueLoanRowStart[static_cast<size_t>(a) * (venues.size() + 1)];
        const int begin = rowStart[s], end = rowStart[s + 1];
        if (begin == end) return;
        const auto& loans = pre.venueLoansOfAsset[a];
        const auto& roles = pre.venueLoanRoles[a];
        const double r = next / prev;
        if (!(prev > 0 && r > 0 && r < kInf)) {
            for (int k = begin; k < end; ++k) markStale(loans[k]);
            return;
        }
        constexpr double slack = 1 - 1e-12;
        const double collateral = std::min(r, 1.0) * slack, debtDown = slack / std::max(r, 1.0);
        const double scale[4] = {1.0, collateral, debtDown, collateral * debtDown}; // by role
        for (int k = begin; k < end; ++k) {
            const int l = loans[k];
            if (hfStale[l]) continue;
            const double bound = hfBound[l] * scale[roles[k] & 3];
            hfBound[l] = bound;
            if (!certainlyHealthy(bound)) markStale(l);
        }
    }
    void changing(int position, int loan)
    {
        if (position >= 0) changedPositions.push_back(position);
        changedLoans.push_back(loan);
    }
    void markStale(int l)
    {
        if (hfStale[l]) return;
        hfStale[l] = 1;
        staleLoans.push_back(l);
    }

    double loanHealthAt(int l, const std::vector<double>& prices, int seizedPos, double seizedQty, double repaid, double* cv,
                        double* dv) const
    {
        // health at market prices just before this liquidation step
        double c = 0;
        for (int k = pre.collStart[l], end = pre.collStart[l + 1]; k < end; ++k) {
            const int p = pre.collPos[k];
            const double q = qty[p] + (p == seizedPos ? seizedQty : 0.0);
            c += q * prices[pre.collAsset[k]] * pre.collThreshold[k];
        }
        const int da = pre.loanDebtAsset[l];
        const double d = (debt[l] + repaid) * (da >= 0 ? prices[da] : 1.0);
        *cv = c;
        *dv = d;
        return d > 0 ? c / d : kInf;
    }

    void sell(int a, double quantity, const std::vector<double>& marketBefore, RoundRecord& rec)
    {
        // the asset's own pools, and for a warehouse receipt also its metal's (redeemed); the lists
        // are the cascade's, kept from one sale to the next (a Monte Carlo scenario makes a hundred)
        std::vector<int>& usable = saleScratch.usable;
        std::vector<double>& scale = saleScratch.scale;
        usable.clear(), scale.clear();
        auto add = [&](int asset, double s) {
            for (int p : poolsOf[asset])
                if (pools[p].venueIx < 0 || tradeHaltUntil[pools[p].venueIx] < round) usable.push_back(p), scale.push_back(s);
        };
        add(a, 1.0);
        const Asset& as = b.assets[a];
        if (as.kind == AssetKind::InventoryToken && as.underlyingIx >= 0)
            add(as.underlyingIx, as.unitsPerToken * quality[a] * extraDecay[a]);
        rec.collateralSold += quantity * marketBefore[a];
        if (usable.empty()) return; // no open market: the liquidator holds it
        const std::vector<double>& mk = marketVector(); // read before the sale moves a price
        std::vector<double>& qv = saleScratch.qv;
        std::vector<double>& weight = saleScratch.weight;
        qv.resize(usable.size()), weight.resize(usable.size());
        for (size_t i = 0; i < usable.size(); ++i) {
            qv[i] = quoteValue(mk, pools[usable[i]].quoteIx);
            const double d = depthBase(pools[usable[i]], 0.02);
            weight[i] = std::isfinite(d) ? d : 0.0;
        }
        const Route r = routeSellBase(pools, usable, qv, quantity, mk[a], &scale);
        std::vector<char>& touched = saleScratch.touched;
        touched.assign(nA, 0);
        for (const auto& leg : r.legs) {
            const double midBefore = opt.recordPrices ? midPrice(pools[leg.pool]) : 0.0;
            applySellBase(pools[leg.pool], leg.amountIn);
            touched[pools[leg.pool].baseIx] = 1;
            if (opt.recordPrices) {
                const auto at = std::find(usable.begin(), usable.end(), leg.pool);
                const size_t i = static_cast<size_t>(at - usable.begin());
                const double units = i < scale.size() && scale[i] > 0 ? leg.amountIn / scale[i] : leg.amountIn;
                rec.sales.push_back({a, leg.pool, units, units * marketBefore[a], i < qv.size() ? leg.amountOut * qv[i] : 0.0,
                                     midBefore, midPrice(pools[leg.pool])});
            }
        }
        rec.proceeds += r.value;
        slippage += std::max(0.0, quantity * marketBefore[a] - r.value);
        // each traded asset's new market price: its pools' mids, weighted by their depth before the sale
        for (int t = 0; t < nA; ++t) {
            if (!touched[t] || b.assets[t].kind == AssetKind::InventoryToken) continue;
            double num = 0, den = 0;
            for (size_t i = 0; i < usable.size(); ++i) {
                if (pools[usable[i]].baseIx != t) continue;
                const double mid = midPrice(pools[usable[i]]) * qv[i];
                if (mid > 0 && weight[i] > 0) num += weight[i] * mid, den += weight[i];
            }
            if (den > 0) {
                setMarketPrice(t, num / den);
                if (b.settings.arbitrage) recentrePoolsOf(t, marketVector());
            }
        }
    }

    const Book& b;
    const ShockContext::Data& pre;
    const Scenario& sc;
    ShockOptions opt;
    // scenario-independent, shared by every run on the same context
    const std::vector<int>& order;
    const std::vector<int>& loanOf;
    const std::vector<int>& venueSlot;
    const std::vector<int>& venues;
    const std::vector<std::vector<int>>& poolsOf;
    const std::vector<RiskParams>& risk;
    const std::vector<double>& quality;
    const std::vector<double>& m0;
    const std::vector<double>& o0;
    // the scenario's state
    int nA = 0, nN = 0, maxRounds = 50, round = 0;
    std::vector<double> m, exoBase, manip, oracleSet, frozenValue, extraDecay, vol, finality, qty, debt, delay;
    std::vector<char> frozen;
    mutable std::vector<double> marketNow; // marketAt(m, true), while marketValid
    mutable bool marketValid = false;
    std::vector<double> hfSeen; // each loan's health as its venue saw it when last computed
    std::vector<double> hfBound; // a lower bound of each loan's health now (touchLoans)
    std::vector<char> hfStale;  // 1: recompute (its venue's view of its assets or the loan changed)
    std::vector<double> hfLowest; // each loan's lowest health while liquidatable (LoanOutcome::healthFactorLowest)
    std::vector<int> staleLoans;   // the loans with hfStale set, in the order they were marked
    std::vector<int> liquidatable; // loans whose last computed health was liquidatable
    std::vector<int> everLiquidatableLoans; // each loan once, when it first was
    std::vector<char> everFlag;             // 1: in everLiquidatableLoans
    std::vector<int> changedPositions, changedLoans; // restored from `pre` at the end
    Defaults m_defaults;
    std::vector<int> tradeHaltUntil, liqHaltUntil;
    std::vector<Pool> pools;
    std::vector<std::vector<double>> oracleHist, seen;
    std::vector<const Shock*> replays;
    NodeSums oraclePenalty, marketPenalty, badDebtAt;
    struct
    {
        std::vector<int> usable;
        std::vector<double> scale, qv, weight;
        std::vector<char> touched;
    } saleScratch; // sell()'s lists
    double slippage = 0; // liquidators' proceeds short of market value
};

double derivativeValue(const Book& b, const Derivative& d, const std::vector<double>& mk, const std::vector<double>& vol,
                       const std::vector<double>& delay, const std::vector<char>& defaulted, bool scenarioDone)
{
    switch (d.type) {
    case DerivativeType::EuropeanCall:
    case DerivativeType::EuropeanPut: {
        if (d.underlyingIx < 0) return 0;
        const double s = std::isnan(d.volatility) ? vol[d.underlyingIx]
                                                  : d.volatility * (b.assets[d.underlyingIx].volatility > 0
                                                                        ? vol[d.underlyingIx] / b.assets[d.underlyingIx].volatility
                                                                        : 1.0);
        const bool call = d.type == DerivativeType::EuropeanCall;
        const Greeks g = d.onFuture ? black76(call, mk[d.underlyingIx], d.strike, d.years, d.rate, s)
                                    : blackScholes(call, mk[d.underlyingIx], d.strike, d.years, d.rate, s, d.dividendYield);
        return g.price * d.quantity;
    }
    case DerivativeType::Future:
        return d.underlyingIx < 0 ? 0 : futureValue(mk[d.underlyingIx], d.strike, d.years, d.rate, d.dividendYield).price * d.quantity;
    case DerivativeType::DeliveryDelayOption: {
        if (d.shipmentIx < 0) return 0;
        const Link& s = b.links[d.shipmentIx];
        const double planned = plannedTransitDays(s);
        const double mean = std::isnan(s.transitDays.mean) ? planned : s.transitDays.mean;
        const double mu = std::isnan(planned) ? 0.0 : mean - planned;
        if (!scenarioDone) return expectedDelayPayout(mu, s.transitDays.std, d.thresholdDays, d.payoutPerDay, d.cap) * d.quantity;
        const bool stopped = s.fromIx >= 0 && defaulted[s.fromIx];
        const double days = stopped ? kInf : delay[d.shipmentIx];
        if (days <= 0) return expectedDelayPayout(mu, s.transitDays.std, d.thresholdDays, d.payoutPerDay, d.cap) * d.quantity;
        // the shock's delay comes on top of the shipment's own transit uncertainty
        return expectedDelayPayout(mu + std::min(days, 1e6), s.transitDays.std, d.thresholdDays, d.payoutPerDay, d.cap) * d.quantity;
    }
    case DerivativeType::ParametricCover: {
        double worst = 0, pNone = 1.0;
        for (size_t l = 0; l < b.links.size(); ++l) {
            const Link& s = b.links[l];
            if (s.type != LinkType::Shipment) continue;
            bool through = s.toIx == d.trigger.nodeIx || s.fromIx == d.trigger.nodeIx;
            for (int v : s.viaIx) through |= v == d.trigger.nodeIx;
            if (!through) continue;
            if (scenarioDone) worst = std::max(worst, delay[l]);
            if (std::isnan(s.transitDays.mean)) continue;
            const double planned = plannedTransitDays(s);
            const double mu = std::isnan(planned) ? 0.0 : s.transitDays.mean - planned;
            const double pLate = s.transitDays.std > 0 ? 1.0 - normalCdf((d.trigger.threshold - mu) / s.transitDays.std)
                                                       : (mu >= d.trigger.threshold ? 1.0 : 0.0);
            pNone *= 1.0 - pLate;
        }
        if (scenarioDone && worst >= d.trigger.threshold && worst > 0) return d.payout * d.quantity;
        return d.payout * d.quantity * (1.0 - pNone);
    }
    }
    return 0;
}

} // namespace

const char* toString(DefaultCause c)
{
    switch (c) {
    case DefaultCause::None: return "";
    case DefaultCause::Shock: return "shock";
    case DefaultCause::SupplyChain: return "supply-chain";
    case DefaultCause::Clearing: return "clearing";
    }
    return "";
}

const char* channelName(int c)
{
    static const char* names[] = {"price", "liquidationPenalty", "fireSale", "oracle", "default", "supplyChain", "hedges"};
    return c >= 0 && c < ChannelCount ? names[c] : "";
}

ShockContext::ShockContext(const Book& b, std::shared_ptr<const BookIndex> index)
{
    static std::atomic<std::uint64_t> contexts{0};
    auto d = std::make_shared<Data>(Data{b});
    d->id = ++contexts;
    d->index = index ? std::move(index) : std::make_shared<const BookIndex>(b);
    const BookIndex& ix = *d->index;
    const int nA = static_cast<int>(b.assets.size()), nN = static_cast<int>(b.nodes.size());
    d->m0.resize(nA);
    d->o0.resize(nA);
    d->vol.resize(nA);
    d->quality.assign(nA, 1.0);
    for (int a = 0; a < nA; ++a) {
        const Asset& as = b.assets[a];
        d->m0[a] = as.price;
        d->o0[a] = std::isnan(as.oraclePrice) ? as.price : as.oraclePrice;
        d->vol[a] = as.volatility;
        if (as.kind == AssetKind::InventoryToken) d->quality[a] = inventoryQuality(b, as);
    }
    d->tokensOf.assign(nA, {});
    for (int a = 0; a < nA; ++a)
        if (b.assets[a].kind == AssetKind::InventoryToken && b.assets[a].underlyingIx >= 0 && b.assets[a].underlyingIx != a)
            d->tokensOf[b.assets[a].underlyingIx].push_back(a);
    d->pools = b.pools;
    for (Pool& p : d->pools) p.raw.reset(), p.origin = {};
    d->finality.resize(nN);
    for (int v = 0; v < nN; ++v) d->finality[v] = b.nodes[v].finalitySec;
    d->qty.resize(b.positions.size());
    for (size_t p = 0; p < b.positions.size(); ++p) d->qty[p] = b.positions[p].quantity;
    d->debt.resize(b.loans.size());
    for (size_t l = 0; l < b.loans.size(); ++l) d->debt[l] = b.loans[l].debt;
    d->positionAsset.resize(b.positions.size());
    for (size_t p = 0; p < b.positions.size(); ++p) d->positionAsset[p] = b.positions[p].assetIx;
    d->loanVenue.resize(b.loans.size());
    d->loanSlot.resize(b.loans.size());
    d->loanBorrower.resize(b.loans.size());
    d->loanDebtAsset.resize(b.loans.size());
    d->collStart.assign(1, 0);
    for (size_t l = 0; l < b.loans.size(); ++l) {
        const Loan& loan = b.loans[l];
        d->loanVenue[l] = loan.venueIx;
        d->loanSlot[l] = loan.venueIx >= 0 ? ix.venueRow[loan.venueIx] : -1;
        d->loanBorrower[l] = loan.borrowerIx >= 0 ? loan.borrowerIx : 0;
        d->loanDebtAsset[l] = loan.debtAssetIx;
        for (int p : loan.collateralIx)
            if (p >= 0) {
                d->collPos.push_back(p);
                d->collAsset.push_back(d->positionAsset[p]);
                d->collThreshold.push_back(ix.positionThreshold[p]);
                const RiskParams& r = ix.positionRisk[p];
                d->collBonus.push_back(std::isnan(r.liquidationBonus) ? 1.0 : r.liquidationBonus);
                d->collFee.push_back(std::isnan(r.protocolFee) ? 0.0 : r.protocolFee);
            }
        d->collStart.push_back(static_cast<int>(d->collPos.size()));
    }
    d->supplyShare = b.effectiveSupplyShares();
    d->collateralAtVenue.assign(ix.venues.size(), std::vector<char>(nA, 0));
    for (size_t p = 0; p < b.positions.size(); ++p)
        if (ix.loanOfPosition[p] >= 0) {
            const int v = b.loans[ix.loanOfPosition[p]].venueIx;
            if (v >= 0 && ix.venueRow[v] >= 0 && b.positions[p].assetIx >= 0)
                d->collateralAtVenue[ix.venueRow[v]][b.positions[p].assetIx] = 1;
        }
    d->venueLoansOfAsset.assign(nA, {});
    d->venueLoanRowStart.assign(static_cast<size_t>(nA) * (ix.venues.size() + 1), 0);
    d->venueLoanRoles.assign(nA, {});
    for (int a = 0; a < nA; ++a) {
        std::vector<std::pair<int, int>> rowLoan;
        for (int l : ix.loansOfAsset[a]) {
            const int v = b.loans[l].venueIx;
            if (v >= 0 && ix.venueRow[v] >= 0) rowLoan.push_back({ix.venueRow[v], l});
        }
        std::sort(rowLoan.begin(), rowLoan.end());
        int* rowStart = &d->venueLoanRowStart[static_cast<size_t>(a) * (ix.venues.size() + 1)];
        for (const auto& [row, l] : rowLoan) ++rowStart[row + 1];
        for (size_t row = 0; row < ix.venues.size(); ++row) rowStart[row + 1] += rowStart[row];
        for (size_t k = 0; k < rowLoan.size(); ++k) {
            const int l = rowLoan[k].second;
            d->venueLoansOfAsset[a].push_back(l);
            char role = d->loanDebtAsset[l] == a ? Data::Debt : 0;
            for (int c = d->collStart[l]; c < d->collStart[l + 1]; ++c)
                if (d->collAsset[c] == a) role |= Data::Collateral;
            d->venueLoanRoles[a].push_back(role);
        }
    }
    d->network = obligationNetwork(b);
    d->clearingPlan = planClearing(d->network);
    {
        // positions summed per (owner, asset): bucket by owner, then one slot per asset within an owner
        std::vector<int> start(nN + 1, 0);
        for (const Position& pos : b.positions)
            if (pos.ownerIx >= 0 && pos.assetIx >= 0) ++start[pos.ownerIx + 1];
        for (int i = 0; i < nN; ++i) start[i + 1] += start[i];
        std::vector<int> byOwner(start[nN]), fill(start.begin(), start.end() - 1);
        for (size_t p = 0; p < b.positions.size(); ++p) {
            const Position& pos = b.positions[p];
            if (pos.ownerIx >= 0 && pos.assetIx >= 0) byOwner[fill[pos.ownerIx]++] = static_cast<int>(p);
        }
        std::vector<int> slotAll(nA, -1), slotFree(nA, -1);
        for (int o = 0; o < nN; ++o) {
            const size_t firstAll = d->holdings.size(), firstFree = d->unpledged.size();
            for (int k = start[o]; k < start[o + 1]; ++k) {
                const int p = byOwner[k];
                const Position& pos = b.positions[p];
                const int a = pos.assetIx;
                if (slotAll[a] < 0) slotAll[a] = static_cast<int>(d->holdings.size()), d->holdings.push_back({o, a, 0.0});
                d->holdings[slotAll[a]].quantity += pos.quantity;
                if (ix.loanOfPosition[p] >= 0) continue;
                if (slotFree[a] < 0) slotFree[a] = static_cast<int>(d->unpledged.size()), d->unpledged.push_back({o, a, 0.0});
                d->unpledged[slotFree[a]].quantity += pos.quantity;
            }
            for (size_t k = firstAll; k < d->holdings.size(); ++k) slotAll[d->holdings[k].asset] = -1;
            for (size_t k = firstFree; k < d->unpledged.size(); ++k) slotFree[d->unpledged[k].asset] = -1;
        }
    }
    // before: market prices, health as each venue sees it, derivative values
    {
        const Scenario none;
        const ShockOptions opt;
        const Cascade s(*d, none, opt);
        d->priceBefore = s.marketVector();
        d->oracleBefore = s.oracleVector();
        d->healthBefore.resize(b.loans.size());
        for (size_t l = 0; l < b.loans.size(); ++l) d->healthBefore[l] = s.loanHealth(static_cast<int>(l), d->oracleBefore);
        const std::vector<double> noDelay(b.links.size(), 0.0);
        const std::vector<char> noDefault(nN, 0);
        d->derivativesBefore.resize(b.derivatives.size());
        for (size_t k = 0; k < b.derivatives.size(); ++k)
            d->derivativesBefore[k] = derivativeValue(b, b.derivatives[k], d->priceBefore, d->vol, noDelay, noDefault, false);
    }
    this->d = std::move(d);
}

ShockResult runScenario(const Book& b, const Scenario& sc, const ShockOptions& opt, Progress* progress)
{
    const auto t0 = std::chrono::steady_clock::now();
    const ShockContext context(b);
    ShockResult out = runScenario(context, sc, opt, progress);
    out.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

namespace {

// ---- stage 3: the supply chain ------------------------------------------------------------------
/// Defaulted suppliers stop their share of supply, delayed or stopped shipments their share of the
/// receiver's inflow; a node whose cash runs out before its inflows recover defaults, and that
/// propagates on (repeated until nothing changes). Writes supplyLost and the survival times into
/// `nodes`; returns each node's uncovered costs (its supply-chain loss).
std::vector<double> propagateSupplyChain(const ShockContext::Data& pre, const std::vector<double>& delay,
                                         const std::vector<double>& priceBefore, Defaults& defaults, std::vector<NodeOutcome>& nodes)
{
    const Book& b = pre.book;
    const int nN = static_cast<int>(b.nodes.size());
    std::vector<double> supplyLoss(nN, 0.0);
    const bool disrupted = defaults.any() || std::any_of(delay.begin(), delay.end(), [](double d) { return d > 0; });
    if (!disrupted) return supplyLoss;
    const NetworkFlows flows = computeNetworkFlows(b, priceBefore);
    const std::vector<std::vector<int>>& inbound = pre.index->inbound;
    for (int pass = 0; pass <= nN; ++pass) {
        bool changed = false;
        for (int j = 0; j < nN; ++j) {
            if (defaults.in[j]) continue;
            double share = 0, recover = 0;
            for (int l : inbound[j]) {
                const Link& k = b.links[l];
                if (k.type == LinkType::Supply && k.fromIx >= 0 && defaults.in[k.fromIx]) {
                    share += pre.supplyShare[l];
                    recover = std::max(recover, k.leadTimeDays);
                } else if (k.type == LinkType::Shipment && (delay[l] > 0 || (k.fromIx >= 0 && defaults.in[k.fromIx]))) {
                    const double in = flows.nodeInflow[j];
                    share += in > 0 ? flows.valuePerDay[l] / in : 0.0;
                    recover = std::max(recover, k.fromIx >= 0 && defaults.in[k.fromIx] ? k.leadTimeDays : delay[l]);
                }
            }
            share = std::min(share, 1.0);
            NodeOutcome& no = nodes[j];
            const Node& node = b.nodes[j];
            if (share > 0) no.supplyLost = share, no.timeToRecoverDays = recover; // known without any finance
            if (share <= 0 || std::isnan(node.dailyCosts) || node.dailyCosts <= 0) continue;
            const double burn = share * node.dailyCosts;
            const double cash = std::isnan(node.cash) ? kInf : node.cash;
            no.timeToSurviveDays = cash / burn;
            no.timeToRecoverDays = recover;
            const double loss = burn * std::min(no.timeToSurviveDays, recover);
            if (std::fabs(loss - supplyLoss[j]) > 1e-9) supplyLoss[j] = loss, changed = true;
            if (no.timeToSurviveDays < recover) {
                defaults.mark(j, DefaultCause::SupplyChain);
                changed = true;
            }
        }
        if (!changed) break;
    }
    return supplyLoss;
}

/// Delays push shipment ETAs, and the invoices the receiver pays the sender on delivery with them.
void pushSchedules(const Book& b, const std::vector<double>& delay, ShockResult& out)
{
    for (size_t l = 0; l < b.links.size(); ++l) {
        if (delay[l] <= 0) continue; // (before touching the link: most are not delayed)
        const Link& k = b.links[l];
        if (k.type != LinkType::Shipment) continue;
        const auto shift = static_cast<Seconds>(delay[l] * kSecondsPerDay);
        out.delayedShipments.push_back({static_cast<int>(l), delay[l], k.eta ? std::optional<Seconds>(*k.eta + shift) : std::nullopt});
        for (size_t o = 0; o < b.links.size(); ++o) {
            const Link& ob = b.links[o];
            if (ob.type == LinkType::Obligation && ob.fromIx == k.toIx && ob.toIx == k.fromIx)
                out.pushedObligations.push_back(
                    {static_cast<int>(o), delay[l], ob.due ? std::optional<Seconds>(*ob.due + shift) : std::nullopt});
        }
    }
}

// ---- stage 4: hedges ----------------------------------------------------------------------------
/// Every derivative repriced after the scenario (final prices, shocked volatilities, the delays and defaults).
std::vector<HedgeOutcome> settleHedges(const ShockContext::Data& pre, const std::vector<double>& priceAfter, const std::vector<double>& vol,
                                       const std::vector<double>& delay, const Defaults& defaults)
{
    const Book& b = pre.book;
    std::vector<HedgeOutcome> hedges(b.derivatives.size());
    for (size_t d = 0; d < b.derivatives.size(); ++d) {
        const Derivative& der = b.derivatives[d];
        HedgeOutcome& h = hedges[d];
        h.valueBefore = pre.derivativesBefore[d];
        h.valueAfter = derivativeValue(b, der, priceAfter, vol, delay, defaults.in, true);
        if (der.type == DerivativeType::DeliveryDelayOption || der.type == DerivativeType::ParametricCover)
            h.payout = std::max(0.0, h.valueAfter);
    }
    return hedges;
}

// ---- stage 5: clearing --------------------------------------------------------------------------
/// The obligation network after the scenario: external assets = externalAssets + unpledged holdings
/// at final prices - supply-chain losses (0 for a node the shock defaulted). Cleared with the book's
/// model, on the context's plan of the network (its claims do not change); its defaulters are marked.
void clearObligations(const ShockContext::Data& pre, const std::vector<double>& priceAfter, const std::vector<double>& supplyLoss,
                      Defaults& defaults, ShockResult& out)
{
    const Book& b = pre.book;
    const int nN = static_cast<int>(b.nodes.size());
    std::vector<double> e = pre.network.externalAssets;
    std::vector<double> holdingsAfter(nN, 0.0);
    // unpledged: quantities unchanged; they come owner by owner, each owner's sum kept in a register
    const auto& unpledged = pre.unpledged;
    for (size_t k = 0; k < unpledged.size();) {
        const int owner = unpledged[k].owner;
        double sum = holdingsAfter[owner];
        for (; k < unpledged.size() && unpledged[k].owner == owner; ++k) sum += unpledged[k].quantity * priceAfter[unpledged[k].asset];
        holdingsAfter[owner] = sum;
    }
    for (int i = 0; i < nN; ++i)
        e[i] = defaults.cause[i] == DefaultCause::Shock ? 0.0 : std::max(0.0, e[i] + holdingsAfter[i] - supplyLoss[i]);
    const bool rv = b.settings.clearingModel == ClearingModel::RogersVeraart; // Eisenberg–Noe: α = β = 1
    out.clearing = clearRogersVeraart(pre.network, e, rv ? b.settings.alpha : 1.0, rv ? b.settings.beta : 1.0, pre.clearingPlan);
    out.clearingModel = toString(b.settings.clearingModel);
    for (int i = 0; i < nN; ++i)
        if (out.clearing.defaulted[i]) defaults.mark(i, DefaultCause::Clearing);
}

// ---- stage 6: loss attribution ------------------------------------------------------------------
/// Each node's loss by channel (ENGINE.md "Loss attribution") and the book's totals; the market
/// channels on the holdings at the start, cross-checked against an independent mark-to-market.
void attributeLosses(const ShockContext::Data& pre, const Cascade& cascade, const std::vector<double>& supplyLoss, ShockResult& out)
{
    const Book& b = pre.book;
    const int nN = static_cast<int>(b.nodes.size());
    const std::vector<double> exoPrices = cascade.exogenousPrices();
    const std::vector<double> afterNoDecay = cascade.marketWithoutDecay();
    // each asset's price moves by channel, once (the same subtractions the per-holding terms made);
    // an asset whose four prices agree adds exact zeros: skipped, the sums keep their bits
    const size_t nA = exoPrices.size();
    struct Moves { double price, fireSale, decay, total; };
    std::vector<Moves> moves(nA);
    std::vector<char> moved(nA);
    for (size_t a = 0; a < nA; ++a) {
        moves[a] = {out.priceBefore[a] - exoPrices[a], exoPrices[a] - afterNoDecay[a], afterNoDecay[a] - out.priceAfter[a],
                    out.priceBefore[a] - out.priceAfter[a]};
        moved[a] = !(out.priceBefore[a] == exoPrices[a] && exoPrices[a] == afterNoDecay[a] && afterNoDecay[a] == out.priceAfter[a]);
    }
    // the holdings come owner by owner: each owner's sums, and the book's two, are kept in registers
    // (the same additions in the same order as into the result's fields, without a store and a load
    // between each: 44,000 holdings in the desk book's every scenario)
    const auto& holdings = pre.holdings;
    double decay = out.perishableDecay, check = out.markToMarketCheck;
    for (size_t k = 0; k < holdings.size();) {
        const int owner = holdings[k].owner;
        NodeOutcome& no = out.nodes[owner];
        double price = no.channels[ChPrice], fireSale = no.channels[ChFireSale], supply = no.channels[ChSupplyChain];
        for (; k < holdings.size() && holdings[k].owner == owner; ++k) {
            const int a = holdings[k].asset;
            if (!moved[a]) continue;
            const double q0 = holdings[k].quantity;
            const Moves& mv = moves[a];
            price += q0 * mv.price;
            fireSale += q0 * mv.fireSale;
            supply += q0 * mv.decay;
            decay += q0 * mv.decay;
            check += q0 * mv.total;
        }
        no.channels[ChPrice] = price, no.channels[ChFireSale] = fireSale, no.channels[ChSupplyChain] = supply;
    }
    out.perishableDecay = decay, out.markToMarketCheck = check;
    cascade.marketPenalties().forEach([&](int n, double v) { out.nodes[n].channels[ChLiquidationPenalty] += v; });
    cascade.oraclePenalties().forEach([&](int n, double v) { out.nodes[n].channels[ChOracle] += v; });
    cascade.venueBadDebt().forEach([&](int n, double v) { out.nodes[n].channels[ChDefault] += v; });
    for (int i = 0; i < nN; ++i) {
        out.nodes[i].channels[ChDefault] += out.clearing.shortfall[i];
        out.nodes[i].channels[ChSupplyChain] += supplyLoss[i];
    }
    for (size_t d = 0; d < b.derivatives.size(); ++d) {
        const Derivative& der = b.derivatives[d];
        if (der.holderIx >= 0) out.nodes[der.holderIx].channels[ChHedges] -= out.derivatives[d].valueAfter - out.derivatives[d].valueBefore;
    }
    // bad debt with no collateral seized this run (recorded per loan, not per venue above); only the
    // touched loans have any, and a venue with none adds nothing (its total is 0)
    std::vector<double> perVenue(nN, 0.0);
    std::vector<char> lends(nN, 0);
    for (int l : out.loansTouched)
        if (const int v = pre.loanVenue[l]; v >= 0) perVenue[v] += out.loans[l].badDebt, lends[v] = 1;
    for (int v = 0; v < nN; ++v) {
        if (!lends[v]) continue;
        const double total = perVenue[v];
        const double counted = cascade.venueBadDebt().at(v);
        if (total > counted) out.nodes[v].channels[ChDefault] += total - counted;
    }
    Losses& L = out.losses;
    for (NodeOutcome& no : out.nodes) {
        for (double v : no.channels) no.loss += v;
        L.price += no.channels[ChPrice];
        L.fireSale += no.channels[ChFireSale];
        L.liquidationPenalty += no.channels[ChLiquidationPenalty];
        L.oracle += no.channels[ChOracle];
        L.defaults += no.channels[ChDefault];
        L.supplyChain += no.channels[ChSupplyChain];
        L.hedges += no.channels[ChHedges];
    }
}

// ---- stage 7: DebtRank --------------------------------------------------------------------------
/// DebtRank of the scenario on the clearing's network (h = 1 for defaulted nodes, loss / equity for
/// the others) and, on books up to perNodeDebtRankLimit nodes, each node's own.
void rankDebt(const Book& b, const ObligationNetwork& net, const Defaults& defaults, const ShockOptions& opt, ShockResult& out)
{
    const int nN = static_cast<int>(b.nodes.size());
    const ExposureNetwork en = exposureNetwork(b, net);
    std::vector<double> initial(nN, 0.0);
    for (int i = 0; i < nN; ++i) {
        if (defaults.in[i]) initial[i] = 1.0;
        else if (b.nodes[i].equity > 0) initial[i] = std::clamp(out.nodes[i].loss / b.nodes[i].equity, 0.0, 1.0);
    }
    const DebtRankResult system = debtRankDifferential(en, initial);
    out.systemDebtRank = system.debtRank;
    out.debtRankIterations = system.iterations;
    out.debtRankImpact = b.settings.debtRankImpact;
    out.debtRankWeights = b.settings.debtRankWeights;
    if (opt.computeDebtRank && nN <= opt.perNodeDebtRankLimit) {
        out.perNodeDebtRank = true;
        const auto per = debtRankPerNode(en, false);
        const auto single = debtRankPerNode(en, true);
        for (int i = 0; i < nN; ++i) out.nodes[i].debtRank = per[i], out.nodes[i].debtRankSingleHit = single[i];
    }
}

} // namespace

ShockResult runScenario(const ShockContext& context, const Scenario& sc, const ShockOptions& opt, Progress* progress)
{
    ShockResult out;
    runScenario(context, sc, opt, out, progress);
    return out;
}

void runScenario(const ShockContext& context, const Scenario& sc, const ShockOptions& opt, ShockResult& out,
                 Progress* progress)
{
    const auto t0 = std::chrono::steady_clock::now();
    const ShockContext::Data& pre = context.data();
    const Book& b = pre.book;
    {   // a fresh result in the last one's memory: its per-loan and per-node rows keep their capacity,
        // and when the last run was on this context and left the untouched loan rows as they start,
        // only the rows it touched are reset (a Monte Carlo scenario liquidates a few of 5,000 loans)
        std::vector<LoanOutcome> loans = std::move(out.loans);
        std::vector<NodeOutcome> nodes = std::move(out.nodes);
        std::vector<int> touched = std::move(out.loansTouched);
        const bool rowsKept = pre.id != 0 && out.loanRowsOf == pre.id && loans.size() == b.loans.size();
        nodes.clear();
        out = ShockResult{};
        if (rowsKept) {
            for (int l : touched) {
                loans[l] = LoanOutcome{};
                loans[l].healthFactorBefore = pre.healthBefore[l];
            }
        } else {
            loans.clear();
            loans.resize(b.loans.size());
            for (size_t l = 0; l < b.loans.size(); ++l) loans[l].healthFactorBefore = pre.healthBefore[l];
        }
        out.loans = std::move(loans);
        out.nodes = std::move(nodes);
        out.loansTouched = std::move(touched);
        out.loansTouched.clear();
    }
    out.scenario = sc.id;
    out.breakers = opt.breakers;
    out.roundSeconds = opt.roundSeconds;
    out.nodes.resize(b.nodes.size());
    out.priceBefore = pre.priceBefore;
    out.oracleBefore = pre.oracleBefore;

    // 1-2: the shocks and the liquidation cascade
    Cascade cascade(pre, sc, opt);
    if (!cascade.run(out, progress)) {
        out.cancelled = true;
        return;
    }
    Defaults& defaults = cascade.defaults();
    const std::vector<double>& delay = cascade.shipmentDelays();
    // 3: the supply chain
    const std::vector<double> supplyLoss = propagateSupplyChain(pre, delay, out.priceBefore, defaults, out.nodes);
    out.priceAfter = cascade.marketVector();
    out.oracleAfter = cascade.oracleVector();
    out.shipmentDelayDays = delay;
    out.oracleLagRounds = cascade.oracleLagRounds();
    if (opt.recordPrices) out.finalitySec = cascade.finalities();
    pushSchedules(b, delay, out);
    out.loansTouched = cascade.everLiquidatable();
    std::sort(out.loansTouched.begin(), out.loansTouched.end());
    auto sumLoan = [&](const LoanOutcome& lo) {
        out.liquidations += lo.liquidations;
        out.debtRepaid += lo.debtRepaidValue;
        out.badDebt += lo.badDebt;
    };
    if (opt.loanHealthAfter) {
        for (size_t l = 0; l < b.loans.size(); ++l) {
            LoanOutcome& lo = out.loans[l];
            lo.healthFactorLowest = cascade.lowestHealth(static_cast<int>(l));
            lo.healthFactorAfter = cascade.healthSeen(static_cast<int>(l), out.oracleAfter);
            lo.healthFactorLowest = std::min({lo.healthFactorLowest, lo.healthFactorBefore, lo.healthFactorAfter});
            lo.healthFactorAtMarket = cascade.loanHealth(static_cast<int>(l), out.priceAfter);
            sumLoan(lo);
        }
    } else {
        // an untouched row adds exact zeros to the sums, and its lowest health stays infinite: the
        // touched rows in loan order give the same sums to the bit
        for (int l : out.loansTouched) {
            out.loans[l].healthFactorLowest = cascade.lowestHealth(l);
            sumLoan(out.loans[l]);
        }
        out.loanRowsOf = pre.id;
    }
    for (const auto& r : out.rounds) out.collateralSold += r.collateralSold;
    out.liquidatorSlippage = cascade.liquidatorSlippage();
    // 4: hedges
    out.derivatives = settleHedges(pre, out.priceAfter, cascade.volatilities(), delay, defaults);
    // 5: clearing
    clearObligations(pre, out.priceAfter, supplyLoss, defaults, out);
    // 6: loss attribution, and who defaulted (the shock, the supply chain, the clearing)
    attributeLosses(pre, cascade, supplyLoss, out);
    for (size_t i = 0; i < out.nodes.size(); ++i) {
        out.nodes[i].defaulted = defaults.in[i];
        out.nodes[i].defaultCause = defaults.cause[i];
        out.defaults += defaults.in[i] ? 1 : 0;
    }
    // 7: DebtRank
    if (opt.systemDebtRank || opt.computeDebtRank) rankDebt(b, pre.network, defaults, opt, out); // DebtRank reads the claims only
    if (progress) progress->report(1.0);
    out.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace ballast
