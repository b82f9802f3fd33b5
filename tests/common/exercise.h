#pragma once
// Runs every engine entry point on one book and says what went wrong: a result number that is NaN,
// infinite where the contract has no "inf", or null where a value is defined; an invariant broken
// (a tick that disagrees with a full recompute, loss channels that do not sum to the total, a
// JSON export that does not read back). Shared by tst_oddbooks (a few hundred seeded odd books)
// and fuzz_engine (books made from a fuzzer's bytes), so a crash either finds is the same code.

#include "clearing.h"
#include "debtrank.h"
#include "exposure.h"
#include "json_io.h"
#include "layout.h"
#include "liquidity.h"
#include "report.h"
#include "shock.h"
#include "stress.h"
#include "suggest.h"
#include "validate.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace ballast::test {

struct ExerciseOptions
{
    long long monteCarloScenarios = 24;
    bool layouts = true;
    bool reverse = true;
};

namespace detail {

// keys whose value may be "inf": a health factor with no debt, a coverage with no debt, a time to
// survive with no burn, an uncapped payout, a venue's absorption with no collateral at risk
inline const std::set<std::string>& infKeys()
{
    static const std::set<std::string> k{"healthFactor", "minHealthFactor", "healthFactorBefore", "healthFactorAfter",
                                         "healthFactorAtMarket", "collateralCoverage", "timeToSurviveDays", "cap",
                                         "healthFactorLowest", "weakestHealthFactor", "weakestHealthFactorAfter", "coverage", "peakUse"};
    return k;
}
// keys whose value may be null: defined only for some entities (a single-collateral loan's
// liquidation price, per-node DebtRank above its size limit, a reverse stress that finds nothing,
// a supply link's transit time, an off-chain end of a bridge, a bridge without a stated capacity)
inline const std::set<std::string>& nullKeys()
{
    static const std::set<std::string> k{"liquidationPrice", "distanceToLiquidation", "debtRank", "debtRankSingleHit", "magnitude",
                                         "newDate", "newEta", "newDue", "eta", "due", "ltv", "mostDependedOn", "transitDays",
                                         "fromChain", "toChain", "chain", "capacityPerDay", "capacityPerRound"};
    return k;
}

inline void walk(const nlohmann::json& j, const std::string& path, const std::string& key, std::vector<std::string>& out)
{
    if (out.size() > 20) return;
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) walk(it.value(), path + "/" + it.key(), it.key(), out);
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i) walk(j[i], path + "/" + std::to_string(i), key, out);
    } else if (j.is_number_float()) {
        if (!std::isfinite(j.get<double>())) out.push_back(path + ": non-finite number");
    } else if (j.is_string()) {
        const std::string& s = j.get_ref<const std::string&>();
        if ((s == "inf" || s == "-inf" || s == "nan") && !infKeys().count(key)) out.push_back(path + ": \"" + s + "\"");
    } else if (j.is_null()) {
        if (!nullKeys().count(key)) out.push_back(path + ": null");
    }
}

inline bool close(double a, double b, double rel)
{
    if (std::isinf(a) || std::isinf(b)) return a == b;
    return std::fabs(a - b) <= rel * std::max({1.0, std::fabs(a), std::fabs(b)});
}

} // namespace detail

/// Problems found in `json` (at most about twenty), each "pointer: what".
inline std::vector<std::string> resultProblems(const nlohmann::json& json, const std::string& what)
{
    std::vector<std::string> out;
    detail::walk(json, what, {}, out);
    return out;
}

/// Runs exposure, ticks, quotes, routes, every scenario (with and without breakers) and the
/// suggested ones, Monte Carlo, reverse stress, margin, clearing, DebtRank and both layouts.
/// `book` must be valid. Returns the problems found; empty when all is well.
inline std::vector<std::string> exerciseBook(const Book& input, const ExerciseOptions& opt = {})
{
    std::vector<std::string> problems;
    auto add = [&](std::vector<std::string> more) { problems.insert(problems.end(), more.begin(), more.end()); };

    // what a user has is what the reader makes of the file: round-trip through JSON first
    const std::string text = workbookToJson(input).dump();
    if (workbookParts(input).dump() != text) problems.push_back("the workbook written a part at a time differs from the whole one's text");
    auto reread = parseWorkbookJson(text, "odd.json");
    if (!reread) {
        problems.push_back("export does not read back: " + reread.issues().front().toString());
        return problems;
    }
    if (reread->positions.size() != input.positions.size() || reread->nodes.size() != input.nodes.size() ||
        reread->scenarios.size() != input.scenarios.size())
        problems.push_back("export reads back with other counts");
    const auto book = std::make_shared<const Book>(std::move(*reread));
    const Book& b = *book;

    ExposureEngine engine(book);
    engine.compute();
    {
        const nlohmann::json whole = exposureJson(engine);
        add(resultProblems(whole, "exposure"));
        if (exposureParts(engine).dump(2) != whole.dump(2)) problems.push_back("the exposure written a part at a time differs from the whole one's text");
    }

    // ticks agree with a full recompute
    for (int a = 0; a < static_cast<int>(b.assets.size()); ++a) {
        const Asset& as = b.assets[a];
        if (as.kind == AssetKind::InventoryToken || as.kind == AssetKind::InvoiceToken) continue;
        engine.setPrice(a, engine.marketPrice(a) * 0.9 + (a % 3 == 0 ? 0.0 : 1e-9));
    }
    {
        ExposureEngine full(book);
        // the same prices as a fresh engine's base: replay the ticks on it in full
        full.compute();
        for (int a = 0; a < static_cast<int>(b.assets.size()); ++a) {
            const Asset& as = b.assets[a];
            if (as.kind == AssetKind::InventoryToken || as.kind == AssetKind::InvoiceToken) continue;
            full.setPrice(a, full.marketPrice(a) * 0.9 + (a % 3 == 0 ? 0.0 : 1e-9));
        }
        const Totals& t = engine.result().totals;
        const Totals& u = full.result().totals;
        if (!detail::close(t.marketValue, u.marketValue, 1e-9) || !detail::close(t.debtValue, u.debtValue, 1e-9) ||
            !detail::close(t.collateralValue, u.collateralValue, 1e-9))
            problems.push_back("two engines given the same ticks disagree");
        add(resultProblems(exposureJson(engine), "exposure after ticks"));
    }

    // quotes on every pool and routes for every asset, small to huge
    for (const Pool& p : b.pools)
        for (double q : {1e-12, 1.0, 1e6, 1e15}) {
            const Quote s = quoteSellBase(p, q), t = quoteSellQuote(p, q);
            add(resultProblems(quoteJson(s), "quote sell base " + p.id));
            add(resultProblems(quoteJson(t), "quote sell quote " + p.id));
            if (s.amountOut < 0 || t.amountOut < 0) problems.push_back("negative proceeds on pool " + p.id);
        }
    for (int a = 0; a < static_cast<int>(b.assets.size()); ++a)
        for (double q : {1e-9, 1.0, 1e9}) {
            const Route r = engine.exitRoute(a, q);
            if (!std::isfinite(r.value) || r.value < 0) problems.push_back("exit route of " + b.assets[a].id + " is not a finite amount");
        }

    // every scenario, and the suggested ones, with and without breakers
    std::vector<Scenario> scenarios = b.scenarios;
    for (const SuggestedScenario& s : suggestScenarios(b)) scenarios.push_back(s.scenario);
    const ShockContext context(b);
    for (const Scenario& sc : scenarios)
        for (bool breakers : {true, false}) {
            ShockOptions so;
            so.breakers = breakers;
            const ShockResult r = runScenario(context, sc, so);
            const nlohmann::json whole = shockJson(b, r);
            add(resultProblems(whole, "shock " + sc.id));
            const JsonParts parts = shockParts(b, r); // what the CLI writes: the same text, a part at a time
            if (parts.dump(2) != whole.dump(2) || parts.dump() != whole.dump())
                problems.push_back("shock " + sc.id + ": the result written a part at a time differs from the whole one's text");
            double channels = 0;
            for (const NodeOutcome& n : r.nodes)
                for (double c : n.channels) channels += c;
            if (!detail::close(channels, r.losses.total(), 1e-9)) problems.push_back("shock " + sc.id + ": node channels do not sum to the total");
        }

    // Monte Carlo: runs on any book; the prerequisites say when it would mean nothing
    {
        StressOptions so;
        so.scenarios = opt.monteCarloScenarios;
        so.threads = 2;
        so.studentT = 5;
        so.jumpIntensity = 12;
        const StressResult r = runMonteCarlo(b, so);
        for (double v : r.var)
            if (!std::isfinite(v)) problems.push_back("Monte Carlo VaR is not finite");
        if (!std::isfinite(r.meanLoss) || !std::isfinite(r.histogramWidth)) problems.push_back("Monte Carlo summary is not finite");
        if (riskFactors(b).empty() != !monteCarloPrerequisites(b).empty()) problems.push_back("Monte Carlo prerequisites disagree with its factors");
    }

    if (opt.reverse) {
        std::vector<std::string> families{"crypto"};
        if (!b.assets.empty()) families.push_back("price:" + b.assets.front().id);
        if (!b.nodes.empty()) families.push_back("liquidity:" + b.nodes.front().id), families.push_back("delay:" + b.nodes.back().id);
        std::vector<std::string> outcomes{"bad-debt", "loss:1"};
        if (!b.nodes.empty()) outcomes.push_back("default:" + b.nodes.front().id);
        for (const auto& f : families)
            for (const auto& o : outcomes) {
                const auto r = reverseStress(b, f, o);
                if (r && r->found && !(r->magnitude >= 0)) problems.push_back("reverse " + f + " " + o + ": no magnitude");
            }
    }

    for (const MarginRow& r : predictiveMargin(b))
        if (!std::isfinite(r.suggestedHaircut) || !std::isfinite(r.suggestedMaxLtv) || !std::isfinite(r.slippage))
            problems.push_back("margin of " + b.assets[r.asset].id + " is not finite");

    const ClearingSolution c = clearBook(b);
    add(resultProblems(clearingJson(b, c, toString(b.settings.clearingModel)), "clearing"));

    if (b.nodes.size() <= 2000) {
        const ExposureNetwork en = exposureNetwork(b, obligationNetwork(b));
        for (bool single : {false, true})
            for (double v : debtRankPerNode(en, single))
                if (!std::isfinite(v) || v < 0 || v > 1 + 1e-12) problems.push_back("a DebtRank outside [0, 1]");
    }

    if (opt.layouts)
        for (LayoutKind kind : {LayoutKind::Layered, LayoutKind::Force}) {
            const auto pts = layoutBook(b, kind);
            if (pts.size() != b.nodes.size()) problems.push_back("a layout without a point per node");
            for (const auto& p : pts)
                if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
                    problems.push_back("a layout point is not finite");
                    break;
                }
        }
    return problems;
}

} // namespace ballast::test
