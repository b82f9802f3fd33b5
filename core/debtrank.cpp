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
            const double wij = E > 0 ? std::min(1.0, a / E) : (a > 0 ? 1.0 : 0.0);
            if (wij > 0 && j != i) w.in[i].push_back({j, wij});
        }
    }
    return w;
}

std::vector<double> weights(const ExposureNetwork& net)
{
    std::vector<double> v(net.nodes, 0.0);
    double total = 0;
    for (int i = 0; i < net.nodes; ++i) total += std::max(0.0, i < static_cast<int>(net.equity.size()) ? net.equity[i] : 0.0);
    for (int i = 0; i < net.nodes; ++i)
        v[i] = total > 0 ? std::max(0.0, i < static_cast<int>(net.equity.size()) ? net.equity[i] : 0.0) / total : 0.0;
    return v;
}

DebtRankResult summarise(const ExposureNetwork& net, std::vector<double> h, const std::vector<double>& initial, int it)
{
    DebtRankResult r;
    const auto v = weights(net);
    for (int i = 0; i < net.nodes; ++i) {
        r.totalDistress += h[i] * v[i];
        r.debtRank += (h[i] - (i < static_cast<int>(initial.size()) ? initial[i] : 0.0)) * v[i];
    }
    r.h = std::move(h);
    r.iterations = it;
    return r;
}

DebtRankResult differential(const ExposureNetwork& net, const Impact& w, const std::vector<double>& initial, int maxIt)
{
    const int n = net.nodes;
    std::vector<double> prev(n, 0.0), h(n, 0.0);
    for (int i = 0; i < n && i < static_cast<int>(initial.size()); ++i) h[i] = std::clamp(initial[i], 0.0, 1.0);
    int it = 0;
    for (; it < maxIt; ++it) {
        std::vector<double> next = h;
        double change = 0;
        for (int i = 0; i < n; ++i) {
            double add = 0;
            for (const auto& [j, wij] : w.in[i]) add += wij * (h[j] - prev[j]);
            next[i] = std::min(1.0, h[i] + add);
            change = std::max(change, next[i] - h[i]);
        }
        prev = h;
        h = std::move(next);
        if (change < 1e-12) {
            ++it;
            break;
        }
    }
    return summarise(net, std::move(h), initial, it);
}

DebtRankResult singleHit(const ExposureNetwork& net, const Impact& w, const std::vector<double>& initial)
{
    const int n = net.nodes;
    enum State : char { Undistressed, Distressed, Inactive };
    std::vector<double> h(n, 0.0);
    std::vector<char> s(n, Undistressed);
    for (int i = 0; i < n && i < static_cast<int>(initial.size()); ++i) {
        h[i] = std::clamp(initial[i], 0.0, 1.0);
        if (h[i] > 0) s[i] = Distressed;
    }
    int it = 0;
    for (; it < n + 1; ++it) {
        std::vector<double> next = h;
        bool any = false;
        for (int i = 0; i < n; ++i) {
            if (s[i] == Inactive) continue;
            double add = 0;
            for (const auto& [j, wij] : w.in[i])
                if (s[j] == Distressed) add += wij * h[j];
            next[i] = std::min(1.0, h[i] + add);
        }
        for (int i = 0; i < n; ++i) {
            if (s[i] == Distressed) s[i] = Inactive;
            else if (s[i] == Undistressed && next[i] > 0) s[i] = Distressed, any = true;
        }
        h = std::move(next);
        if (!any) {
            ++it;
            break;
        }
    }
    return summarise(net, std::move(h), initial, it);
}

} // namespace

DebtRankResult debtRankDifferential(const ExposureNetwork& net, const std::vector<double>& initial, int maxIterations)
{
    return differential(net, impacts(net), initial, maxIterations);
}

DebtRankResult debtRankSingleHit(const ExposureNetwork& net, const std::vector<double>& initial)
{
    return singleHit(net, impacts(net), initial);
}

std::vector<double> debtRankPerNode(const ExposureNetwork& net, bool single)
{
    const Impact w = impacts(net);
    std::vector<double> out(net.nodes, 0.0), initial(net.nodes, 0.0);
    for (int i = 0; i < net.nodes; ++i) {
        if (w.in.empty()) break;
        initial[i] = 1.0;
        out[i] = single ? singleHit(net, w, initial).debtRank : differential(net, w, initial, 1000).debtRank;
        initial[i] = 0.0;
    }
    return out;
}

} // namespace ballast
