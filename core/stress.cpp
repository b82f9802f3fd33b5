#include "stress.h"

#include "exposure.h"
#include "riskfactors.h"
#include "parallel.h"
#include "result.h"

#include <Eigen/Dense>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>

namespace ballast {
namespace {

// One independent stream per (seed, scenario): SplitMix64.
class Stream
{
public:
    Stream(std::uint64_t seed, std::uint64_t index) : m_s(seed * 0x9E3779B97F4A7C15ull ^ (index + 1) * 0xD1B54A32D192ED03ull) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
    double normal()
    {
        if (m_has) {
            m_has = false;
            return m_spare;
        }
        const double r = std::sqrt(-2.0 * std::log(uniform())), t = 2.0 * M_PI * uniform();
        m_spare = r * std::sin(t);
        m_has = true;
        return r * std::cos(t);
    }

private:
    std::uint64_t m_s;
    double m_spare = 0;
    bool m_has = false;
};

double quantile(std::vector<double> v, double q)
{
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const size_t k = static_cast<size_t>(std::clamp(std::ceil(q * v.size()) - 1.0, 0.0, v.size() - 1.0));
    return v[k];
}

double tailMean(std::vector<double> v, double q)
{
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const size_t k = static_cast<size_t>(std::clamp(std::ceil(q * v.size()) - 1.0, 0.0, v.size() - 1.0));
    double s = 0;
    for (size_t i = k; i < v.size(); ++i) s += v[i];
    return s / static_cast<double>(v.size() - k);
}

} // namespace

Issues monteCarloPrerequisites(const Book& b)
{
    if (!riskFactors(b).empty()) return {};
    return {Issue{ErrorCode::NotApplicable, "", "/assets",
                  b.assets.empty() ? Msg::NoAssets : Msg::NoVolatility}};
}

struct MonteCarloPlan::Parts
{
    Eigen::MatrixXd L;
    std::vector<double> sigma;
    double horizon = 0;
    ShockContext context;
    ShockOptions shock;
    explicit Parts(const Book& b) : context(b) {}
};

MonteCarloPlan::MonteCarloPlan(const Book& b, const StressOptions& opt) : m_book(&b), m_options(opt), m_parts(std::make_unique<Parts>(b))
{
    Parts& p = *m_parts;
    p.horizon = (std::isnan(opt.horizonDays) ? b.settings.horizonDays : opt.horizonDays) / 365.0;
    m_factors = riskFactors(b);
    const int n = static_cast<int>(m_factors.size());
    const std::vector<double> corr = factorCorrelation(b, m_factors, opt.fromHistory, &m_psdRepairs);
    Eigen::Map<const Eigen::MatrixXd> C(corr.data(), n, n);
    if (n > 0) p.L = Eigen::MatrixXd(C.llt().matrixL());
    p.sigma.resize(n);
    for (int i = 0; i < n; ++i) p.sigma[i] = b.assets[m_factors[i]].volatility * std::sqrt(p.horizon);
    p.shock.breakers = opt.breakers;
    p.shock.computeDebtRank = false;
    p.shock.systemDebtRank = false;
    p.shock.loanHealthAfter = false;
    p.shock.loanSeizures = false;
    p.shock.recordPrices = false;
}

MonteCarloPlan::~MonteCarloPlan() = default;

Scenario MonteCarloPlan::scenario(long long i) const
{
    const Book& b = *m_book;
    const StressOptions& opt = m_options;
    const Parts& p = *m_parts;
    const int n = static_cast<int>(m_factors.size());
    Stream rng(opt.seed, static_cast<std::uint64_t>(i));
    Eigen::VectorXd z(n);
    for (int k = 0; k < n; ++k) z[k] = rng.normal();
    double mix = 1.0;
    if (opt.studentT > 2) { // multivariate t: one chi-square per scenario, scaled to unit variance
        const int nu = static_cast<int>(std::lround(opt.studentT));
        double chi = 0;
        for (int k = 0; k < nu; ++k) {
            const double g = rng.normal();
            chi += g * g;
        }
        mix = std::sqrt((nu - 2.0) / std::max(chi, 1e-12));
    }
    const Eigen::VectorXd x = n > 0 ? Eigen::VectorXd(p.L * z) : Eigen::VectorXd();
    Scenario sc;
    sc.id = "mc-" + std::to_string(i);
    for (int k = 0; k < n; ++k) {
        const int a = m_factors[k];
        double logMove = p.sigma[k] * x[k] * mix - 0.5 * p.sigma[k] * p.sigma[k];
        if (opt.jumpIntensity > 0 && b.assets[a].kind == AssetKind::Crypto) {
            const double jump = 1.0 - std::exp(-opt.jumpIntensity * p.horizon);
            if (rng.uniform() < jump) logMove += opt.jumpMean + opt.jumpStd * rng.normal();
            else rng.normal(); // keep the stream aligned
        }
        Shock s;
        s.type = ShockType::Price;
        s.assetIx = a;
        s.relative = std::expm1(logMove);
        sc.shocks.push_back(s);
    }
    return sc;
}

const ShockOptions& MonteCarloPlan::shockOptions() const { return m_parts->shock; }

void MonteCarloPlan::run(long long i, ScenarioOutcome& into) const
{
    const Parts& p = *m_parts;
    const Scenario sc = scenario(i);
    // one result per thread, reused: a stress book's 100,000 loan and node rows are not allocated,
    // faulted in and freed again for every scenario (the thread keeps them, ~30 MB there)
    thread_local ShockResult r;
    runScenario(p.context, sc, p.shock, r);
    into.loss = r.losses.total();
    into.liquidated = r.debtRepaid;
    into.badDebt = r.badDebt;
    into.defaults = r.defaults;
}

bool MonteCarloPlan::runRange(long long first, long long last, StressResult& out, Progress* progress, int threads) const
{
    std::atomic<long long> done{0};
    std::atomic<bool> stop{false};
    const long long count = last - first;
    parallelChunks<long long>(first, last, 4, [&](long long a, long long z) {
        for (long long i = a; i != z; ++i) {
            if (stop.load(std::memory_order_relaxed)) return;
            if (isCancelled(progress)) {
                stop = true;
                return;
            }
            ScenarioOutcome o;
            run(i, o);
            out.losses[i] = o.loss;
            out.liquidated[i] = o.liquidated;
            out.badDebt[i] = o.badDebt;
            out.defaults[i] = o.defaults;
            const long long d = ++done;
            if (progress && (d % 16 == 0 || d == count)) progress->report(static_cast<double>(d) / count);
        }
    }, threads > 0 ? threads : defaultThreads());
    return !stop;
}

StressResult MonteCarloPlan::emptyResult() const
{
    StressResult out;
    out.seed = m_options.seed;
    out.scenarios = std::max(0LL, m_options.scenarios);
    out.confidence = m_options.confidence.empty() ? m_book->settings.confidence : m_options.confidence;
    out.factors = m_factors;
    out.psdRepairs = m_psdRepairs;
    const long long N = out.scenarios;
    out.losses.assign(N, 0.0);
    out.liquidated.assign(N, 0.0);
    out.badDebt.assign(N, 0.0);
    out.defaults.assign(N, 0);
    out.threads = m_options.threads > 0 ? m_options.threads : defaultThreads();
    return out;
}

void summariseMonteCarlo(StressResult& out, int histogramBins)
{
    const long long N = out.scenarios;
    out.var.clear(), out.es.clear(), out.liquidationsAtRisk.clear(), out.badDebtQuantile.clear();
    for (double q : out.confidence) {
        out.var.push_back(quantile(out.losses, q));
        out.es.push_back(tailMean(out.losses, q));
        out.liquidationsAtRisk.push_back(quantile(out.liquidated, q));
        out.badDebtQuantile.push_back(quantile(out.badDebt, q));
    }
    out.meanLoss = out.meanBadDebt = 0;
    for (long long i = 0; i < N; ++i) {
        out.meanLoss += out.losses[i] / N;
        out.meanBadDebt += out.badDebt[i] / N;
    }
    std::map<int, long long> counts;
    for (int d : out.defaults) ++counts[d];
    out.defaultCounts.assign(counts.begin(), counts.end());
    if (N > 0) {
        const auto [lo, hi] = std::minmax_element(out.losses.begin(), out.losses.end());
        out.maxLoss = *hi;
        const int bins = std::max(1, histogramBins);
        out.histogramMin = *lo;
        out.histogramWidth = (*hi - *lo) > 0 ? (*hi - *lo) / bins : 1.0;
        out.histogram.assign(bins, 0);
        for (double v : out.losses)
            ++out.histogram[std::min(bins - 1, static_cast<int>((v - out.histogramMin) / out.histogramWidth))];
    }
}

StressResult runMonteCarlo(const Book& b, const StressOptions& opt, Progress* progress)
{
    const auto t0 = std::chrono::steady_clock::now();
    const MonteCarloPlan plan(b, opt);
    StressResult out = plan.emptyResult();
    if (!plan.runRange(0, out.scenarios, out, progress, out.threads)) {
        out.cancelled = true;
        return out;
    }
    summariseMonteCarlo(out, opt.histogramBins);
    out.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    out.scenariosPerSecond = out.elapsedMs > 0 ? out.scenarios / (out.elapsedMs / 1000.0) : 0.0;
    return out;
}

// ---- reverse stress --------------------------------------------------------------------------------

Result<ReversePlan> ReversePlan::make(const Book& b, const std::string& family, const std::string& outcome)
{
    using R = Result<ReversePlan>;
    ReversePlan p(b);
    p.m_family = family;
    p.m_outcome = outcome;
    auto split = [](const std::string& s) {
        const auto c = s.find(':');
        return c == std::string::npos ? std::pair{s, std::string()} : std::pair{s.substr(0, c), s.substr(c + 1)};
    };
    std::string fam, what, whatArg;
    std::tie(fam, p.m_famArg) = split(family);
    std::tie(what, whatArg) = split(outcome);
    const std::string& famArg = p.m_famArg;
    p.m_kind = fam == "price" ? Family::Price : fam == "crypto" ? Family::Crypto : fam == "liquidity" ? Family::Liquidity : Family::Delay;
    p.m_hit = what == "default" ? Outcome::Default : what == "loss" ? Outcome::Loss : Outcome::BadDebt;
    if (fam == "price") {
        p.m_target = b.assetIx(famArg);
        if (p.m_target < 0) return R::fail(ErrorCode::UnknownId, "", "--family", Msg::UnknownAsset, {famArg});
        p.m_upper = 0.99;
    } else if (fam == "crypto") {
        bool any = false;
        for (const Asset& a : b.assets) any |= a.kind == AssetKind::Crypto;
        if (!any) return R::fail(ErrorCode::NotApplicable, "", "--family", Msg::NoCryptoToDrop);
        p.m_upper = 0.99;
    } else if (fam == "liquidity") {
        p.m_target = b.nodeIx(famArg);
        if (p.m_target < 0) return R::fail(ErrorCode::UnknownId, "", "--family", Msg::UnknownVenue, {famArg});
        p.m_upper = 1.0;
    } else if (fam == "delay") {
        p.m_target = b.nodeIx(famArg);
        if (p.m_target < 0) return R::fail(ErrorCode::UnknownId, "", "--family", Msg::UnknownNode, {famArg});
        p.m_upper = 365;
    } else {
        return R::fail(ErrorCode::BadEnum, "", "--family", Msg::UnknownFamily, {family});
    }
    if (what == "default") {
        p.m_node = b.nodeIx(whatArg);
        if (p.m_node < 0) return R::fail(ErrorCode::UnknownId, "", "--outcome", Msg::UnknownNode, {whatArg});
    } else if (what == "loss") {
        char* end = nullptr;
        p.m_lossLimit = std::strtod(whatArg.c_str(), &end);
        if (whatArg.empty() || *end || !(p.m_lossLimit > 0))
            return R::fail(ErrorCode::Type, "", "--outcome", Msg::LossNeedsAmount);
    } else if (what != "bad-debt") {
        return R::fail(ErrorCode::BadEnum, "", "--outcome", Msg::UnknownOutcome, {outcome});
    }
    p.m_context = std::make_shared<const ShockContext>(b);
    return p;
}

Scenario ReversePlan::scenarioAt(double x) const
{
    const Book& b = *m_book;
    Scenario sc;
    sc.id = "reverse";
    sc.name = m_family + " " + std::to_string(x);
    if (m_kind == Family::Price || m_kind == Family::Crypto) {
        for (int a = 0; a < static_cast<int>(b.assets.size()); ++a)
            if (m_kind == Family::Price ? a == m_target : b.assets[a].kind == AssetKind::Crypto) {
                Shock s;
                s.type = ShockType::Price;
                s.asset = b.assets[a].id;
                s.assetIx = a;
                s.relative = -x;
                sc.shocks.push_back(s);
            }
    } else if (m_kind == Family::Liquidity) {
        Shock s;
        s.type = ShockType::Liquidity;
        s.venue = m_famArg;
        s.venueIx = m_target;
        s.drain = x;
        sc.shocks.push_back(s);
    } else {
        Shock s;
        s.type = ShockType::Delay;
        s.node = m_famArg;
        s.nodeIx = m_target;
        s.days = x;
        sc.shocks.push_back(s);
    }
    return sc;
}

ShockResult ReversePlan::run(double x) const
{
    ShockOptions so;
    so.computeDebtRank = false;
    so.systemDebtRank = false;
    so.loanHealthAfter = false;
    so.loanSeizures = false;
    so.recordPrices = false;
    return runScenario(*m_context, scenarioAt(x), so);
}

bool ReversePlan::hits(const ShockResult& r) const
{
    switch (m_hit) {
    case Outcome::BadDebt: return r.badDebt > 0;
    case Outcome::Default: return r.nodes[m_node].defaulted;
    case Outcome::Loss: return r.losses.total() >= m_lossLimit;
    }
    return false;
}

Result<ReverseResult> reverseStress(const Book& b, const std::string& family, const std::string& outcome, Progress* progress,
                                    int width, const ReverseEvaluator& evaluate)
{
    using R = Result<ReverseResult>;
    auto planned = ReversePlan::make(b, family, outcome);
    if (!planned) return R(planned.takeIssues());
    const ReversePlan& plan = *planned;
    width = std::max(1, width);
    const ReverseEvaluator here = [&](const std::vector<double>& xs) {
        std::vector<char> out(xs.size());
        for (size_t i = 0; i < xs.size(); ++i) out[i] = plan.hits(xs[i]);
        return out;
    };
    const ReverseEvaluator& eval = evaluate ? evaluate : here;
    ReverseResult out;
    out.family = family;
    out.outcome = outcome;
    // results by size: a size is always computed by the same arithmetic, so the bits match
    std::map<double, char> known;
    auto batch = [&](const std::vector<double>& xs) {
        const std::vector<char> hit = eval(xs);
        for (size_t i = 0; i < xs.size(); ++i) known[xs[i]] = hit.at(i);
        out.evaluated += static_cast<int>(xs.size());
        ++out.rounds;
    };
    const double upper = plan.upper();
    // round 0: the largest size (nothing to find if it misses) and, when there is room, zero alongside
    batch(width > 1 ? std::vector<double>{upper, 0.0} : std::vector<double>{upper});
    ++out.evaluations;
    if (!known[upper]) {
        out.found = false;
        out.lower = 0;
        out.upper = upper;
        return out;
    }
    if (!known.count(0.0)) batch({0.0});
    ++out.evaluations;
    double lo = 0, hi = upper;
    if (known[0.0]) hi = 0;
    const double tol = 1e-6 * std::max(1.0, upper);
    constexpr int kSteps = 40;
    int depth = 0;
    while ((2 << depth) - 1 <= width) ++depth; // levels of the tree one batch covers: 2^depth - 1 <= width
    int k = 0;
    while (k < kSteps && hi - lo > tol) {
        if (isCancelled(progress)) return R::fail(ErrorCode::Cancelled, "", "", Msg::Cancelled);
        // the next `depth` levels of the bisection tree below [lo, hi], breadth first
        struct Node { double lo, hi; int level; };
        std::vector<Node> open{{lo, hi, 0}};
        std::vector<double> xs;
        for (size_t i = 0; i < open.size(); ++i) {
            const Node n = open[i];
            if (k + n.level >= kSteps || !(n.hi - n.lo > tol)) continue;
            const double mid = 0.5 * (n.lo + n.hi);
            xs.push_back(mid);
            if (n.level + 1 < depth) {
                open.push_back({n.lo, mid, n.level + 1});
                open.push_back({mid, n.hi, n.level + 1});
            }
        }
        batch(xs);
        // follow the path one evaluation at a time would take, as far as this batch reaches
        while (k < kSteps && hi - lo > tol) {
            const double mid = 0.5 * (lo + hi);
            const auto it = known.find(mid);
            if (it == known.end()) break;
            (it->second ? hi : lo) = mid;
            ++out.evaluations;
            ++k;
        }
        if (progress) progress->report(k / double(kSteps));
    }
    const ShockResult at = plan.run(hi);
    ++out.evaluations;
    ++out.evaluated;
    out.found = true;
    out.magnitude = hi;
    out.lower = lo;
    out.upper = hi;
    out.scenario = plan.scenarioAt(hi);
    out.loss = at.losses.total();
    out.badDebt = at.badDebt;
    return out;
}

// ---- predictive margin -------------------------------------------------------------------------------

std::vector<MarginRow> predictiveMargin(const Book& b, double confidence)
{
    auto book = std::make_shared<const Book>(b);
    ExposureEngine e(book);
    e.compute();
    const double z = normalQuantile(confidence);
    std::map<int, MarginRow> rows;
    for (size_t p = 0; p < b.positions.size(); ++p) {
        const Position& pos = b.positions[p];
        if (pos.loanIx < 0 || pos.assetIx < 0) continue;
        const Loan& loan = b.loans[pos.loanIx];
        MarginRow& r = rows[pos.assetIx];
        r.asset = pos.assetIx;
        r.pledgedQuantity += pos.quantity;
        r.pledgedValue += e.result().positions[p].marketValue;
        const RiskParams rp = b.riskParams(loan, pos.asset);
        if (!std::isnan(rp.ltv)) r.currentLtv = std::max(r.currentLtv, rp.ltv);
        if (!std::isnan(rp.liquidationThreshold)) r.currentThreshold = std::max(r.currentThreshold, rp.liquidationThreshold);
        if (!std::isnan(rp.liquidationBonus)) r.bonus = std::max(r.bonus, rp.liquidationBonus);
        const double finality = loan.venueIx >= 0 ? b.nodes[loan.venueIx].finalitySec : 0.0;
        const Asset& as = b.assets[pos.assetIx];
        const double heartbeat = as.oracleHeartbeatSec > 0 ? as.oracleHeartbeatSec : 3600.0;
        r.horizonHours = std::max(r.horizonHours, (heartbeat + finality) / 3600.0 + b.settings.timeToSellHours);
    }
    std::vector<MarginRow> out;
    for (auto& [a, r] : rows) {
        const Asset& as = b.assets[a];
        const int volAsset = as.kind == AssetKind::InventoryToken && as.underlyingIx >= 0 ? as.underlyingIx : a;
        r.volatility = b.assets[volAsset].volatility;
        const double T = r.horizonHours / (24.0 * 365.0);
        r.volatilityHaircut = 1.0 - std::exp(-z * r.volatility * std::sqrt(T));
        const Route route = e.exitRoute(a, r.pledgedQuantity);
        // nothing to sell it into: the whole position is at risk (a 100% slippage), not none
        r.noMarket = route.noMarket;
        r.slippage = route.noMarket ? 1.0 : r.pledgedValue > 0 ? std::clamp(1.0 - route.value / r.pledgedValue, 0.0, 1.0) : 0.0;
        r.suggestedHaircut = 1.0 - (1.0 - r.volatilityHaircut) * (1.0 - r.slippage);
        // a loan at LTV x stays covered after the move, the sale and the bonus when x * bonus <= 1 - haircut
        r.suggestedMaxLtv = (1.0 - r.suggestedHaircut) / r.bonus;
        r.underMargined = r.currentLtv > r.suggestedMaxLtv;
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const MarginRow& x, const MarginRow& y) {
        return x.currentLtv - x.suggestedMaxLtv > y.currentLtv - y.suggestedMaxLtv;
    });
    return out;
}

} // namespace ballast
