#pragma once
// Stress distributions (PRODUCT.md "Stress distributions").
// Monte Carlo: correlated log-price shocks over the horizon (covariance from volatilities and
// correlations, or estimated from the book's price history; Cholesky with PSD repair; optional
// Student-t mixing and jumps), a full cascade per scenario; VaR and ES of the loss, liquidations
// at risk, bad debt and default-count distributions, a histogram. Scenario i draws from its own
// random stream (seed, i), so results are identical whatever the thread count.
// Reverse stress: the smallest shock of a family that first causes an outcome, by bisection.
// Predictive margin: a haircut per collateral asset from volatility over the liquidation horizon
// and the slippage of selling the whole pledged position, against today's LTV.

#include "model.h"
#include "progress.h"
#include "result.h"
#include "riskfactors.h"
#include "shock.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ballast {

struct StressOptions
{
    long long scenarios = 1000;
    std::uint64_t seed = 1;
    int threads = 0;               // 0: all cores
    double horizonDays = kNaN;     // NaN: settings.stress.horizonDays
    double studentT = 0;           // degrees of freedom; 0 = Gaussian
    double jumpIntensity = 0;      // jumps per year per crypto asset
    double jumpMean = -0.15, jumpStd = 0.10; // log-size of a jump
    bool fromHistory = false;      // covariance estimated from book.priceHistory
    bool breakers = true;
    std::vector<double> confidence; // empty: settings.stress.confidence
    int histogramBins = 40;
};

struct StressResult
{
    long long scenarios = 0;
    std::uint64_t seed = 0;
    std::vector<double> confidence, var, es, liquidationsAtRisk, badDebtQuantile;
    double meanLoss = 0, meanBadDebt = 0, maxLoss = 0;
    std::vector<double> losses, liquidated, badDebt; // per scenario
    std::vector<int> defaults;
    std::vector<std::pair<int, long long>> defaultCounts; // (defaults, scenarios)
    double histogramMin = 0, histogramWidth = 0;
    std::vector<long long> histogram;
    std::vector<int> factors;      // assets shocked
    int psdRepairs = 0;            // eigenvalues lifted to repair the correlation matrix
    bool cancelled = false;
    double elapsedMs = 0, scenariosPerSecond = 0;
    int threads = 1;
};

/// Why Monte Carlo would say nothing about this book (no risk factor), or nothing. runMonteCarlo
/// itself runs on any book: with no factor every scenario is the unshocked book.
Issues monteCarloPrerequisites(const Book& book);

StressResult runMonteCarlo(const Book& book, const StressOptions& options, Progress* progress = nullptr);

/// Monte Carlo in pieces, for a run split across processes (app/ballast-mpi): the plan (risk
/// factors, their correlation's Cholesky factor, the horizon's volatilities, the shock context)
/// runs any scenario by its index, each from its own stream (seed, index), so that scenario i is
/// the same number wherever it runs; summariseMonteCarlo then computes the statistics from a whole
/// run's outcomes. runMonteCarlo is the three in one process. The book must outlive the plan.
struct ScenarioOutcome
{
    double loss = 0, liquidated = 0, badDebt = 0;
    int defaults = 0;
};

class MonteCarloPlan
{
  public:
    MonteCarloPlan(const Book& book, const StressOptions& options);
    ~MonteCarloPlan();
    MonteCarloPlan(const MonteCarloPlan&) = delete;
    MonteCarloPlan& operator=(const MonteCarloPlan&) = delete;

    /// A result sized for options.scenarios, outcomes zero, statistics empty.
    StressResult emptyResult() const;
    void run(long long index, ScenarioOutcome& into) const;
    /// Scenario `index` itself (the price moves run() applies), and the options it runs with: lean
    /// ones (no DebtRank, no price paths, no health after the run), whose outcome is that of the full
    /// what-if (tst_stress compares them).
    Scenario scenario(long long index) const;
    const ShockOptions& shockOptions() const;
    /// Scenarios [first, last) into out's per-scenario vectors (indexed by scenario), on `threads`
    /// threads (0: all cores); false when cancelled.
    bool runRange(long long first, long long last, StressResult& out, Progress* progress = nullptr, int threads = 0) const;
    const std::vector<int>& factors() const { return m_factors; }

  private:
    struct Parts;
    const Book* m_book;
    StressOptions m_options;
    std::vector<int> m_factors;
    int m_psdRepairs = 0;
    std::unique_ptr<Parts> m_parts;
};

/// VaR, ES, liquidations at risk and bad debt at out.confidence, means, default counts and the
/// histogram, from out's per-scenario vectors (in scenario order: the result depends on nothing else).
void summariseMonteCarlo(StressResult& out, int histogramBins);


struct ReverseResult
{
    std::string family, outcome;
    bool found = false;
    double magnitude = kNaN; // the smallest shock size that causes the outcome (relative drop, drain, days)
    double lower = 0, upper = 0;
    int evaluations = 0;     // the evaluations one at a time would take (the same for any width)
    int evaluated = 0;       // those made, with the ones made ahead of need (width > 1)
    int rounds = 0;          // batches of evaluations, one after another: the search's length in time
    Scenario scenario;       // the scenario at that size
    double loss = 0, badDebt = 0;
};

/// A reverse-stress question, parsed: the shock of a family at a size, and whether a run hits the outcome.
/// family: "price:ASSET" (drop 0..0.99), "crypto" (every crypto asset drops together),
/// "liquidity:VENUE" (drain 0..1), "delay:NODE" (0..365 days).
/// outcome: "bad-debt", "default:NODE", "loss:AMOUNT".
class ReversePlan
{
public:
    static Result<ReversePlan> make(const Book& book, const std::string& family, const std::string& outcome);

    const std::string& family() const { return m_family; }
    const std::string& outcome() const { return m_outcome; }
    double upper() const { return m_upper; } // the family's largest size
    Scenario scenarioAt(double size) const;
    ShockResult run(double size) const;      // a full what-if at that size (no DebtRank, no price paths)
    bool hits(const ShockResult& r) const;
    bool hits(double size) const { return hits(run(size)); }

private:
    ReversePlan(const Book& book) : m_book(&book) {}
    const Book* m_book;
    std::shared_ptr<const ShockContext> m_context;
    enum class Family { Price, Crypto, Liquidity, Delay };
    enum class Outcome { BadDebt, Default, Loss };
    std::string m_family, m_outcome, m_famArg; // the question as asked; the venue's or node's id
    Family m_kind = Family::Price;
    Outcome m_hit = Outcome::BadDebt;
    int m_target = -1, m_node = -1;
    double m_upper = 0, m_lossLimit = 0;
};

/// Whether each size of a batch causes the outcome (out[i] for sizes[i]); the sizes are independent, so
/// a batch may be spread over threads or ranks.
using ReverseEvaluator = std::function<std::vector<char>(const std::vector<double>& sizes)>;

/// The smallest size of the family that causes the outcome, by bisection on [0, upper] (40 halvings,
/// or until the bracket is 1e-6 of upper). With width w > 1 each batch also evaluates the halvings
/// ahead of need (the next floor(log2(w + 1)) levels of the bisection tree), and the search follows the
/// very path one evaluation at a time would: the result is the same to the bit for any width, in
/// fewer batches. `evaluate` runs a batch (default: here, one size after another).
Result<ReverseResult> reverseStress(const Book& book, const std::string& family, const std::string& outcome,
                                    Progress* progress = nullptr, int width = 1, const ReverseEvaluator& evaluate = {});

struct MarginRow
{
    int asset = -1;
    double pledgedQuantity = 0, pledgedValue = 0;
    double horizonHours = 0, volatility = 0;
    double volatilityHaircut = 0, slippage = 0, suggestedHaircut = 0;
    double bonus = 1, suggestedMaxLtv = 0, currentLtv = 0, currentThreshold = 0;
    bool underMargined = false;
    bool noMarket = false; // no pool trades it: the slippage is taken as total
};

std::vector<MarginRow> predictiveMargin(const Book& book, double confidence = 0.99);

} // namespace ballast
