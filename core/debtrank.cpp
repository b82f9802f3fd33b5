#include "debtrank.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ballast {
namespace {

struct Impact
{
    std::vector<std::vector<std::pair<int, double>>> in; // for node i: (j, W_ij)
};

Impact impacts(const ExposureNetwork& net)
{
    Impact w;
    w.in.assign(net.nodes, {});
    std::vector<std::vector<std::pair<int, double>>> raw(net.nodes);
    for (const auto& x : net.exposures) raw[x.creditor].push_back({x.debtor, x.amount});
    for (int i = 0; i < net.nodes; ++i) {
        std::sort(raw[i].begin(), raw[i].end());
        for (size_t k = 0; k < raw[i].size();) { // merge parallel exposures
            const int j = raw[i][k].first;
            double a = 0;
            for (; k < raw[i].size() && raw[i][k].first == j; ++k) a += raw[i][k].second;
            const double E = i < static_cast<int>(net.equity.size()) ? net.equity[i] : 0.0;
            const double wij = E > 0 ? (net.leverage ? a / E : std::min(1.0, a / E)) : (a > 0 ? 1.0 : 0.0);
            if (wij > 0 && j != i) w.in[i].push_back({j, wij});
        }
    }
    return w;
}

std::vector<double> weights(const ExposureNetwork& net)
{
    const std::vector<double>& base = net.value.empty() ? net.equity : net.value;
    auto at = [&](int i) { return i < static_cast<int>(base.size()) && std::isfinite(base[i]) ? std::max(0.0, base[i]) : 0.0; };
    std::vector<double> v(net.nodes, 0.0);
    double total = 0;
    for (int i = 0; i < net.nodes; ++i) total += at(i);
    for (int i = 0; i < net.nodes; ++i) v[i] = total > 0 ? at(i) / total : 0.0;
    return v;
}

DebtRankResult summarise(const std::vector<double>& v, std::vector<double> h, const std::vector<double>& initial, int it)
{
    DebtRankResult r;
    for (size_t i = 0; i < h.size(); ++i) {
        r.totalDistress += h[i] * v[i];
        r.debtRank += (h[i] - (i < initial.size() ? std::clamp(initial[i], 0.0, 1.0) : 0.0)) * v[i];
    }
    r.h = std::move(h);
    r.iterations = it;
    return r;
}

DebtRankResult differential(const Impact& w, const std::vector<double>& v, const std::vector<double>& initial, int maxIt)
{
    const int n = static_cast<int>(w.in.size());
    std::vector<double> prev(n, 0.0), h(n, 0.0), next(n);
    for (int i = 0; i < n && i < static_cast<int>(initial.size()); ++i) h[i] = std::clamp(initial[i], 0.0, 1.0);
    // step 1 passes the initial distress on (h(0) = 0 before it); stop after the first step that
    // moves no h by more than the tolerance
    int it = 0;
    bool converged = false;
    while (it < maxIt) {
        ++it;
        double change = 0;
        for (int i = 0; i < n; ++i) {
            double add = 0;
            for (const auto& [j, wij] : w.in[i]) add += wij * (h[j] - prev[j]);
            next[i] = std::min(1.0, h[i] + add);
            change = std::max(change, next[i] - h[i]);
        }
        prev.swap(h);
        h.swap(next);
        if (change <= kDebtRankTolerance) {
            converged = true;
            break;
        }
    }
    DebtRankResult r = summarise(v, std::move(h), initial, it);
    r.converged = converged || n == 0;
    return r;
}

DebtRankResult singleHit(const Impact& w, const std::vector<double>& v, const std::vector<double>& initial)
{
    const int n = static_cast<int>(w.in.size());
    enum State : char { Undistressed, Distressed, Inactive };
    std::vector<double> h(n, 0.0), next;
    std::vector<char> s(n, Undistressed);
    for (int i = 0; i < n && i < static_cast<int>(initial.size()); ++i) {
        h[i] = std::clamp(initial[i], 0.0, 1.0);
        if (h[i] > 0) s[i] = Distressed;
    }
    // every node is distressed at most once and then inactive: at most n + 1 steps
    int it = 0;
    for (bool anyDistressed = std::find(s.begin(), s.end(), Distressed) != s.end(); anyDistressed && it <= n;) {
        ++it;
        next = h;
        for (int i = 0; i < n; ++i) { // inactive nodes too: a loss arriving late along a longer path still counts
            double add = 0;
            for (const auto& [j, wij] : w.in[i])
                if (s[j] == Distressed) add += wij * h[j];
            if (add > 0) next[i] = std::min(1.0, h[i] + add);
        }
        anyDistressed = false;
        for (int i = 0; i < n; ++i) {
            if (s[i] == Distressed) s[i] = Inactive;
            else if (s[i] == Undistressed && next[i] > 0) s[i] = Distressed, anyDistressed = true;
        }
        h.swap(next);
    }
    return summarise(v, std::move(h), initial, it);
}

} // namespace

DebtRankResult debtRankDifferential(const ExposureNetwork& net, const std::vector<double>& initial, int maxIterations)
{
    return differential(impacts(net), weights(net), initial, maxIterations);
}

DebtRankResult debtRankSingleHit(const ExposureNetwork& net, const std::vector<double>& initial)
{
    return singleHit(impacts(net), weights(net), initial);
}

PerNodeDebtRank debtRankOfEachNode(const ExposureNetwork& net, bool single)
{
    const Impact w = impacts(net);
    const std::vector<double> v = weights(net);
    PerNodeDebtRank out;
    out.debtRank.assign(net.nodes, 0.0);
    std::vector<double> initial(net.nodes, 0.0);
    for (int i = 0; i < net.nodes; ++i) {
        initial[i] = 1.0;
        const DebtRankResult r = single ? singleHit(w, v, initial) : differential(w, v, initial, 100000);
        out.debtRank[i] = r.debtRank;
        out.maxIterations = std::max(out.maxIterations, r.iterations);
        out.converged &= r.converged;
        initial[i] = 0.0;
    }
    return out;
}

std::vector<double> debtRankPerNode(const ExposureNetwork& net, bool single) { return debtRankOfEachNode(net, single).debtRank; }

} // namespace ballast
