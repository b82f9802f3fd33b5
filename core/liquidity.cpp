#include "liquidity.h"

#include <algorithm>
#include <cmath>

namespace ballast {
namespace {

double feeOf(const Pool& p) { return std::clamp(p.feeBps / 10000.0, 0.0, 0.9999); }

// ---- concentrated liquidity: segments between range bounds have constant active liquidity ----

double activeBelow(const Pool& p, double P) // liquidity active for prices just below P
{
    double L = 0;
    for (const auto& r : p.ranges)
        if (r.lower < P && r.upper >= P) L += r.liquidity;
    return L;
}
double activeAbove(const Pool& p, double P) // just above P
{
    double L = 0;
    for (const auto& r : p.ranges)
        if (r.lower <= P && r.upper > P) L += r.liquidity;
    return L;
}
double boundBelow(const Pool& p, double P)
{
    double b = -1;
    for (const auto& r : p.ranges) {
        if (r.lower < P) b = std::max(b, r.lower);
        if (r.upper < P) b = std::max(b, r.upper);
    }
    return b;
}
double boundAbove(const Pool& p, double P)
{
    double b = kInf;
    for (const auto& r : p.ranges) {
        if (r.lower > P) b = std::min(b, r.lower);
        if (r.upper > P) b = std::min(b, r.upper);
    }
    return b;
}

// Sells `net` base (after fee) down the curve; returns quote out, moves P. Stops at `floorPrice`.
double clSellBase(const Pool& p, double& P, double& net, double floorPrice = 0.0)
{
    double out = 0;
    for (int guard = 0; guard < 4 * static_cast<int>(p.ranges.size()) + 4 && net > 0; ++guard) {
        double b = boundBelow(p, P);
        if (b < 0) break; // below every range: nothing more to trade
        b = std::max(b, floorPrice);
        const double L = activeBelow(p, P);
        if (L <= 0) {
            if (P <= floorPrice) break;
            P = b; // an empty gap: the price crosses it for free
            continue;
        }
        // cancellation-free forms of the v3 relations: differences of square roots are written
        // through P - b (exact for nearby prices) or through the trade itself, so a 1-unit trade in
        // deep liquidity keeps full precision (L(s - s1) lost about 1e-7 relative near P = 2,000)
        const double s = std::sqrt(P), sb = std::sqrt(b);
        const double ds = (P - b) / (s + sb); // s - sb
        const double dxMax = L * ds / (s * sb); // L (1/sb - 1/s)
        if (net <= dxMax) {
            const double s1 = s * L / (L + s * net); // 1/s1 = 1/s + net/L
            out += L * s * s * net / (L + s * net); // L (s - s1)
            P = s1 * s1;
            net = 0;
            break;
        }
        out += L * ds;
        net -= dxMax;
        P = b;
        if (P <= floorPrice) break;
    }
    return out;
}

double clSellQuote(const Pool& p, double& P, double& net)
{
    double out = 0;
    for (int guard = 0; guard < 4 * static_cast<int>(p.ranges.size()) + 4 && net > 0; ++guard) {
        const double b = boundAbove(p, P);
        if (std::isinf(b)) break;
        const double L = activeAbove(p, P);
        if (L <= 0) {
            P = b;
            continue;
        }
        const double s = std::sqrt(P), sb = std::sqrt(b);
        const double ds = (b - P) / (s + sb); // sb - s, as above
        const double dyMax = L * ds;
        if (net <= dyMax) {
            const double s1 = s + net / L;
            out += net / (s * s1); // L (1/s - 1/s1)
            P = s1 * s1;
            net = 0;
            break;
        }
        out += L * ds / (s * sb); // L (1/s - 1/sb)
        net -= dyMax;
        P = b;
    }
    return out;
}

Quote finish(double mid0, double in, double out, double after, bool sellBase, bool exhausted)
{
    Quote q;
    q.amountIn = in;
    q.amountOut = out;
    q.priceAfter = after;
    q.exhausted = exhausted;
    if (sellBase) {
        q.averagePrice = in > 0 ? out / in : mid0;
        q.priceImpact = mid0 > 0 && in > 0 ? 1.0 - q.averagePrice / mid0 : 0.0;
    } else {
        q.averagePrice = out > 0 ? in / out : mid0;
        q.priceImpact = mid0 > 0 && out > 0 ? q.averagePrice / mid0 - 1.0 : 0.0;
    }
    return q;
}

Quote sellBase(Pool& p, double a, bool apply)
{
    const double f = feeOf(p), mid0 = midPrice(p);
    if (!(a > 0)) return finish(mid0, 0, 0, mid0, true, false);
    switch (p.model) {
    case PoolModel::ConstantProduct: {
        if (p.reserveBase <= 0 || p.reserveQuote <= 0) return finish(mid0, 0, 0, mid0, true, true);
        const double ae = a * (1 - f);
        const double out = ae * p.reserveQuote / (p.reserveBase + ae);
        // the reserve left from x y = k, not R - out: that difference underflows to 0 for a sale
        // that takes nearly everything, and the price after would be infinite
        const double rb = p.reserveBase + ae, rq = p.reserveQuote * p.reserveBase / rb;
        if (apply) p.reserveBase = rb, p.reserveQuote = rq;
        return finish(mid0, a, out, rq / rb, true, false);
    }
    case PoolModel::Concentrated: {
        double P = p.price, net = a * (1 - f);
        const double out = clSellBase(p, P, net);
        const double used = a - net / (1 - f);
        if (apply) p.price = P;
        return finish(mid0, used, out, P, true, net > 1e-12 * a);
    }
    case PoolModel::OrderBook: {
        // walk the bids read-only; only an applied trade changes the book
        double left = a, out = 0, partial = 0;
        size_t i = 0;
        for (; left > 0 && i < p.bids.size(); ++i) {
            const double take = std::min(left, p.bids[i].size);
            out += take * p.bids[i].price * (1 - f);
            left -= take;
            if (take < p.bids[i].size) {
                partial = p.bids[i].size - take;
                break;
            }
        }
        const bool levelLeft = partial > 0;
        const size_t firstLeft = levelLeft ? i : i; // index of the best bid after the trade
        double bestBid = firstLeft < p.bids.size() ? p.bids[firstLeft].price : 0.0;
        if (apply) {
            if (levelLeft) p.bids[i].size = partial;
            p.bids.erase(p.bids.begin(), p.bids.begin() + static_cast<long>(firstLeft));
        }
        const bool hasBid = firstLeft < p.bids.size() || (apply && !p.bids.empty());
        if (apply) bestBid = p.bids.empty() ? 0.0 : p.bids.front().price;
        const bool hasAsk = !p.asks.empty();
        const double after = hasBid && hasAsk ? 0.5 * (bestBid + p.asks.front().price) : hasBid ? bestBid : hasAsk ? p.asks.front().price : 0.0;
        return finish(mid0, a - left, out, after, true, left > 0);
    }
    case PoolModel::ExponentialImpact: {
        if (!(p.price > 0) || !(p.marketSize > 0)) return finish(mid0, 0, 0, mid0, true, true);
        const double k = p.impact / p.marketSize;
        const double out = k > 0 ? -(1 - f) * p.price * std::expm1(-k * a) / k : (1 - f) * p.price * a; // 1 - e^-x cancels for small x
        const double after = p.price * std::exp(-k * a);
        if (apply) p.price = after;
        return finish(mid0, a, out, after, true, false);
    }
    }
    return {};
}

Quote sellQuote(Pool& p, double c, bool apply)
{
    const double f = feeOf(p), mid0 = midPrice(p);
    if (!(c > 0)) return finish(mid0, 0, 0, mid0, false, false);
    switch (p.model) {
    case PoolModel::ConstantProduct: {
        if (p.reserveBase <= 0 || p.reserveQuote <= 0) return finish(mid0, 0, 0, mid0, false, true);
        const double ce = c * (1 - f);
        const double out = ce * p.reserveBase / (p.reserveQuote + ce);
        const double rq = p.reserveQuote + ce, rb = p.reserveBase * p.reserveQuote / rq;
        if (apply) p.reserveBase = rb, p.reserveQuote = rq;
        return finish(mid0, c, out, rq / rb, false, false);
    }
    case PoolModel::Concentrated: {
        double P = p.price, net = c * (1 - f);
        const double out = clSellQuote(p, P, net);
        if (apply) p.price = P;
        return finish(mid0, c - net / (1 - f), out, P, false, net > 1e-12 * c);
    }
    case PoolModel::OrderBook: {
        std::vector<BookLevel> copy;
        std::vector<BookLevel>* levels = &p.asks;
        if (!apply) {
            copy = p.asks;
            levels = &copy;
        }
        double left = c * (1 - f), out = 0;
        size_t i = 0;
        while (left > 0 && i < levels->size()) {
            auto& lv = (*levels)[i];
            const double take = std::min(lv.size, left / lv.price);
            out += take;
            left -= take * lv.price;
            lv.size -= take;
            if (lv.size <= 1e-15) ++i;
            else break;
        }
        levels->erase(levels->begin(), levels->begin() + static_cast<long>(i));
        Pool tmp;
        tmp.model = PoolModel::OrderBook;
        tmp.bids = p.bids;
        tmp.asks = *levels;
        return finish(mid0, c - left / (1 - f), out, midPrice(tmp), false, left > 1e-12 * c);
    }
    case PoolModel::ExponentialImpact: {
        if (!(p.price > 0) || !(p.marketSize > 0)) return finish(mid0, 0, 0, mid0, false, true);
        const double k = p.impact / p.marketSize;
        const double ce = c * (1 - f);
        const double out = k > 0 ? std::log1p(ce * k / p.price) / k : ce / p.price;
        const double after = p.price * std::exp(k * out);
        if (apply) p.price = after;
        return finish(mid0, c, out, after, false, false);
    }
    }
    return {};
}

} // namespace

double midPrice(const Pool& p)
{
    switch (p.model) {
    case PoolModel::ConstantProduct: return p.reserveBase > 0 ? p.reserveQuote / p.reserveBase : 0.0;
    case PoolModel::Concentrated:
    case PoolModel::ExponentialImpact: return std::isnan(p.price) ? 0.0 : p.price;
    case PoolModel::OrderBook: {
        const bool b = !p.bids.empty(), a = !p.asks.empty();
        if (b && a) return 0.5 * (p.bids.front().price + p.asks.front().price);
        if (b) return p.bids.front().price;
        if (a) return p.asks.front().price;
        return 0.0;
    }
    }
    return 0.0;
}

Quote quoteSellBase(const Pool& pool, double amountBase)
{
    Pool& p = const_cast<Pool&>(pool); // apply=false never writes
    return sellBase(p, amountBase, false);
}
Quote quoteSellQuote(const Pool& pool, double amountQuote)
{
    Pool& p = const_cast<Pool&>(pool);
    return sellQuote(p, amountQuote, false);
}
Quote applySellBase(Pool& pool, double amountBase) { return sellBase(pool, amountBase, true); }
Quote applySellQuote(Pool& pool, double amountQuote) { return sellQuote(pool, amountQuote, true); }

double sellBaseToMarginal(const Pool& p, double lambda)
{
    const double f = feeOf(p);
    const double target = lambda / (1 - f); // pool price at which marginal proceeds equal lambda
    switch (p.model) {
    case PoolModel::ConstantProduct: {
        if (p.reserveBase <= 0 || p.reserveQuote <= 0) return 0.0;
        if (!(target > 0)) return kInf;
        const double k = p.reserveBase * p.reserveQuote;
        const double rb = std::sqrt(k / target);
        return rb > p.reserveBase ? (rb - p.reserveBase) / (1 - f) : 0.0;
    }
    case PoolModel::Concentrated: {
        if (target >= p.price) return 0.0;
        double P = p.price, net = kInf;
        // walk segments down to `target` measuring the base it takes
        double need = 0;
        for (int guard = 0; guard < 4 * static_cast<int>(p.ranges.size()) + 4; ++guard) {
            double b = boundBelow(p, P);
            if (b < 0) break;
            b = std::max(b, target);
            const double L = activeBelow(p, P);
            if (L > 0) {
                const double sp = std::sqrt(P), sb = std::sqrt(b);
                need += L * ((P - b) / (sp + sb)) / (sp * sb); // L (1/sb - 1/sp) without the cancellation
            }
            P = b;
            if (P <= target) break;
        }
        (void)net;
        return need / (1 - f);
    }
    case PoolModel::OrderBook: {
        // bids are best first (Book::resolve sorts them, trades only take from the front, a
        // recentring scales every price alike), so the levels taken are the first few
        double q = 0;
        for (const auto& lv : p.bids) {
            if (!(lv.price * (1 - f) >= lambda)) break;
            q += lv.size;
        }
        return q;
    }
    case PoolModel::ExponentialImpact: {
        if (!(p.price > 0) || !(p.marketSize > 0)) return 0.0;
        if (target >= p.price) return 0.0;
        if (!(target > 0)) return kInf;
        const double k = p.impact / p.marketSize;
        return k > 0 ? std::log(p.price / target) / k : kInf;
    }
    }
    return 0.0;
}

double depthBase(const Pool& p, double fraction)
{
    const double mid = midPrice(p);
    if (!(mid > 0)) return 0.0;
    return sellBaseToMarginal(p, (1 - feeOf(p)) * mid * (1 - fraction));
}

void recentre(Pool& p, double newMid)
{
    const double mid = midPrice(p);
    if (!(newMid > 0) || !(mid > 0)) return;
    switch (p.model) {
    case PoolModel::ConstantProduct: {
        const double k = p.reserveBase * p.reserveQuote;
        p.reserveBase = std::sqrt(k / newMid);
        p.reserveQuote = std::sqrt(k * newMid);
        break;
    }
    case PoolModel::Concentrated:
    case PoolModel::ExponentialImpact: p.price = newMid; break;
    case PoolModel::OrderBook: {
        const double r = newMid / mid;
        for (auto& l : p.bids) l.price *= r;
        for (auto& l : p.asks) l.price *= r;
        break;
    }
    }
}

void drainLiquidity(Pool& p, double drain)
{
    const double keep = std::clamp(1.0 - drain, 0.0, 1.0);
    switch (p.model) {
    case PoolModel::ConstantProduct:
        p.reserveBase *= keep;
        p.reserveQuote *= keep;
        break;
    case PoolModel::Concentrated:
        for (auto& r : p.ranges) r.liquidity *= keep;
        break;
    case PoolModel::OrderBook:
        for (auto& l : p.bids) l.size *= keep;
        for (auto& l : p.asks) l.size *= keep;
        break;
    case PoolModel::ExponentialImpact: p.marketSize *= keep; break;
    }
}

Route routeSellBase(const std::vector<Pool>& all, const std::vector<int>& pools, const std::vector<double>& quoteValue,
                    double amount, double refValue, const std::vector<double>* unitScale)
{
    return routeSellBase(all, pools, quoteValue, amount, refValue, unitScale, RouteSearch::Bracketed);
}

Route routeSellBase(const std::vector<Pool>& all, const std::vector<int>& pools, const std::vector<double>& quoteValue,
                    double amount, double refValue, const std::vector<double>* unitScale, RouteSearch search)
{
    auto scale = [&](size_t i) { return unitScale ? (*unitScale)[i] : 1.0; };
    Route r;
    r.amountIn = 0;
    if (!(amount > 0) || pools.empty()) {
        r.exhausted = amount > 0;
        r.averagePrice = refValue;
        return r;
    }
    // marginal value of the first unit in each pool, in base currency
    double hi = 0;
    for (size_t i = 0; i < pools.size(); ++i) {
        const Pool& p = all[pools[i]];
        const double m = (1 - feeOf(p)) * (p.model == PoolModel::OrderBook ? (p.bids.empty() ? 0.0 : p.bids.front().price)
                                                                             : midPrice(p));
        hi = std::max(hi, m * quoteValue[i] * scale(i));
    }
    auto total = [&](double lambda, std::vector<double>* per) {
        double t = 0;
        for (size_t i = 0; i < pools.size(); ++i) {
            const double qv = quoteValue[i] * scale(i);
            const double a = qv > 0 ? sellBaseToMarginal(all[pools[i]], lambda / qv) / scale(i) : 0.0;
            if (per) (*per)[i] = a;
            t += a;
        }
        return t;
    };
    // per-pool scratch kept by the thread (a Monte Carlo scenario routes a hundred sales)
    thread_local std::vector<double> alloc, atUp, atLo;
    alloc.assign(pools.size(), 0.0);
    if (!(hi > 0)) {
        r.exhausted = true;
        return r;
    }
    // invariant: total(up) < amount <= total(lo); above every pool's first marginal nothing sells
    double lo = 0.0, up = hi * (1 + 1e-9);
    const double totalAtLo = total(lo, nullptr);
    if (totalAtLo < amount) {
        // every pool together cannot take it: sell what they can take down to (almost) zero
        total(hi * 1e-12, &alloc);
        r.exhausted = true;
    } else {
        // total() never increases with λ: each pool's term is a chain of correctly rounded monotone
        // operations (sqrt, division, a walk of ranges; log to within an ulp), and so is their sum.
        // So every λ at or below a point whose total clears `amount` by a margin gives total >= amount,
        // and every λ at or above one that falls short by the margin gives less. The bisection below
        // takes the very same steps as it would alone, and evaluates only the mids between the
        // nearest such points found before it (sureLo, sureUp); how they are found changes how many
        // evaluations it takes, never the route.
        double sureLo = -1, sureUp = kInf;
        if (search == RouteSearch::Bracketed) {
            const double margin = 1e-12 * amount;
            double a = lo, fa = totalAtLo - amount, b = up, fb = -amount;
            auto probe = [&](double c) {
                const double fc = total(c, nullptr) - amount;
                if (fc >= margin) sureLo = std::max(sureLo, c);
                if (fc <= -margin) sureUp = std::min(sureUp, c);
                if (fc >= 0) a = c, fa = fc;
                else b = c, fb = fc;
                return fc;
            };
            // An order book's total jumps where λ passes one of its levels, and a secant across a
            // jump crawls. So first the jumps: the first past which the total falls short is found
            // by halving the list of them (a probe just past each), then one probe just before it
            // tells whether the answer is that jump (a level shared, the bracket 2e-14 wide) or lies
            // in the smooth stretch below it. (Desk book Monte Carlo: every route has a book among
            // its pools, and 29 % of the sales end on a level.)
            thread_local std::vector<double> jumps;
            jumps.clear();
            for (size_t i = 0; i < pools.size(); ++i) {
                const Pool& p = all[pools[i]];
                if (p.model != PoolModel::OrderBook) continue;
                const double k = (1 - feeOf(p)) * quoteValue[i] * scale(i);
                for (const auto& lv : p.bids)
                    if (lv.size > 0 && lv.price * k > a && lv.price * k < b) jumps.push_back(lv.price * k);
            }
            if (!jumps.empty()) {
                std::sort(jumps.begin(), jumps.end());
                constexpr double nudge = 1e-14; // far above the rounding of λ / qv against a level's price
                size_t first = 0, last = jumps.size(); // jumps before `first` clear, from `last` on fall short
                while (first < last) {
                    const size_t mid = first + (last - first) / 2;
                    const double past = jumps[mid] * (1 + nudge);
                    if (!(past > a && past < b)) break;
                    if (probe(past) >= 0) first = mid + 1;
                    else last = mid;
                }
                if (last < jumps.size()) {
                    const double before = jumps[last] * (1 - nudge);
                    if (before > a && before < b) probe(before);
                }
            }
            // then secant steps (Illinois) in what is left. They find the answer to within the
            // total's rounding, where a probe clears the margin on neither side: so once one lands
            // that close, two probes step off it either side by what the slope says clears it.
            int side = 0;
            double lastC = a, lastF = fa;
            for (int k = 0; k < 12 && fa > 0 && fb < 0; ++k) {
                if (sureLo >= 0 && sureUp < kInf && sureUp - sureLo <= 1e-13 * hi) break;
                double c = b - fb * (b - a) / (fb - fa);
                if (!(c > a && c < b)) c = 0.5 * (a + b);
                const double fbBefore = fb, faBefore = fa;
                const double fc = probe(c);
                if (std::fabs(fc) < margin) {
                    const double slope = std::fabs((fc - lastF) / (c - lastC));
                    double step = std::isfinite(slope) && slope > 0 ? 4 * margin / slope : 0.0;
                    step = std::max(step, 8 * (std::nextafter(c, kInf) - c));
                    for (double d = step; d <= 64 * step && c - d > 0 && !(sureLo >= c - d); d *= 4) probe(c - d);
                    for (double d = step; d <= 64 * step && !(sureUp <= c + d); d *= 4) probe(c + d);
                    break;
                }
                lastC = c, lastF = fc;
                if (fc >= 0) {
                    if (side == 1) fb = 0.5 * fbBefore;
                    side = 1;
                } else {
                    if (side == -1) fa = 0.5 * faBefore;
                    side = -1;
                }
            }
        }
        for (int it = 0; it < 100 && (up - lo) > 1e-13 * hi; ++it) {
            const double mid = 0.5 * (lo + up);
            const bool clears = mid <= sureLo ? true : mid >= sureUp ? false : total(mid, nullptr) >= amount;
            if (clears) lo = mid;
            else up = mid;
        }
        atUp.resize(pools.size()), atLo.resize(pools.size());
        const double tUp = total(up, &atUp);
        const double tLo = total(lo, &atLo);
        // between the brackets the allocation jumps (order-book levels); share the rest by the jump
        const double rest = amount - tUp, jump = tLo - tUp;
        for (size_t i = 0; i < pools.size(); ++i)
            alloc[i] = atUp[i] + (jump > 0 ? rest * (atLo[i] - atUp[i]) / jump : 0.0);
        r.marginalAfter = up;
    }
    for (size_t i = 0; i < pools.size(); ++i) {
        if (!(alloc[i] > 0)) continue;
        const Quote q = quoteSellBase(all[pools[i]], alloc[i] * scale(i));
        r.legs.push_back({pools[i], q.amountIn, q.amountOut});
        r.amountIn += q.amountIn / scale(i);
        r.value += q.amountOut * quoteValue[i];
        r.exhausted |= q.exhausted;
    }
    r.averagePrice = r.amountIn > 0 ? r.value / r.amountIn : refValue;
    r.priceImpact = refValue > 0 && r.amountIn > 0 ? 1.0 - r.averagePrice / refValue : 0.0;
    return r;
}

} // namespace ballast

namespace ballast {

ExitCurve::ExitCurve(const std::vector<Pool>& all, const std::vector<int>& pools, const std::vector<double>& qv,
                     const std::vector<double>& scale, int points)
{
    if (pools.empty()) return;
    std::vector<double> lambdas;
    double hi = 0;
    for (size_t i = 0; i < pools.size(); ++i) {
        const Pool& p = all[pools[i]];
        const double f = std::clamp(p.feeBps / 10000.0, 0.0, 0.9999), k = (1 - f) * qv[i] * scale[i];
        const double first = p.model == PoolModel::OrderBook ? (p.bids.empty() ? 0.0 : p.bids.front().price) : midPrice(p);
        hi = std::max(hi, first * k);
        if (first > 0) lambdas.push_back(first * k * (1 + 1e-12)), lambdas.push_back(first * k); // this pool starts to trade
        // kinks and jumps: book levels (just above and at the level), range bounds
        if (p.model == PoolModel::OrderBook)
            for (const auto& l : p.bids) lambdas.push_back(l.price * k * (1 + 1e-12)), lambdas.push_back(l.price * k * (1 - 1e-12));
        if (p.model == PoolModel::Concentrated)
            for (const auto& r : p.ranges) lambdas.push_back(r.lower * k), lambdas.push_back(r.upper * k);
    }
    if (!(hi > 0)) return;
    const double top = hi * (1 + 1e-9), bottom = hi * 1e-6;
    // knots geometric in price impact u (λ = top (1 - u)): dense where most positions sell
    const double uLo = 1e-7, uHi = 1 - 1e-6, ratio = std::pow(uHi / uLo, 1.0 / (points - 1));
    double u = uLo;
    for (int i = 0; i < points; ++i, u *= ratio) lambdas.push_back(top * (1 - std::min(u, uHi)));
    // and geometric in λ, for sales deep into the curve
    const double step = std::pow(bottom / top, 1.0 / (points - 1));
    double l = top;
    for (int i = 0; i < points; ++i, l *= step) lambdas.push_back(l);
    std::sort(lambdas.begin(), lambdas.end(), std::greater<>());
    lambdas.erase(std::remove_if(lambdas.begin(), lambdas.end(), [&](double x) { return x > top || x < bottom; }), lambdas.end());
    lambdas.erase(std::unique(lambdas.begin(), lambdas.end()), lambdas.end());
    lambdas.insert(lambdas.begin(), top * (1 + 1e-9));
    // pool by pool over the knots (λ falls, so an order book's filled levels only grow: one walk
    // down its bids serves every knot, where selling to each marginal would walk it twice per knot;
    // bids are best first — Book::resolve sorts them, trades only remove from the front — as the
    // walk in sellBase assumes too)
    const size_t n = lambdas.size();
    std::vector<double> qs(n, 0.0), vs(n, 0.0);
    for (size_t i = 0; i < pools.size(); ++i) {
        const double s = qv[i] * scale[i];
        if (!(s > 0)) continue;
        const Pool& pool = all[pools[i]];
        if (pool.model == PoolModel::OrderBook) {
            const double keep = 1 - feeOf(pool);
            size_t level = 0;
            double base = 0, quote = 0;
            for (size_t j = 0; j < n; ++j) {
                const double marginal = lambdas[j] / s;
                for (; level < pool.bids.size() && pool.bids[level].price * keep >= marginal; ++level) {
                    base += pool.bids[level].size;
                    quote += pool.bids[level].size * pool.bids[level].price * keep;
                }
                if (!(base > 0)) continue;
                qs[j] += base / scale[i];
                vs[j] += quote * qv[i];
            }
            continue;
        }
        for (size_t j = 0; j < n; ++j) {
            const double a = sellBaseToMarginal(pool, lambdas[j] / s);
            if (!(a > 0) || std::isinf(a)) continue;
            qs[j] += a / scale[i];
            vs[j] += quoteSellBase(pool, a).amountOut * qv[i];
        }
    }
    m_lambda = std::move(lambdas);
    m_q.resize(n);
    m_v.resize(n);
    for (size_t j = 0; j < n; ++j) {
        m_q[j] = j > 0 && qs[j] < m_q[j - 1] ? m_q[j - 1] : qs[j]; // guard against rounding
        m_v[j] = std::max(vs[j], j > 0 ? m_v[j - 1] : 0.0);
    }
}

std::optional<double> ExitCurve::value(double q) const
{
    if (!(q > 0)) return 0.0;
    if (m_q.size() < 2 || q > m_q.back()) return std::nullopt;
    // lower bound without branches (the comparison becomes a conditional move): 50,000 positions
    // search their curves on every full recompute, and a mispredicted halving costs more than it saves
    const double* knots = m_q.data();
    size_t lo = 0, len = m_q.size();
    while (len > 1) {
        const size_t half = len / 2;
        lo = knots[lo + half - 1] < q ? lo + half : lo;
        len -= half;
    }
    const size_t k1 = lo + (knots[lo] < q ? 1 : 0);
    if (k1 == 0) return 0.0;
    const size_t k0 = k1 - 1;
    const double h = m_q[k1] - m_q[k0];
    if (!(h > 0)) return m_v[k1];
    const double t = (q - m_q[k0]) / h, t2 = t * t, t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * m_v[k0] + (t3 - 2 * t2 + t) * h * m_lambda[k0] + (-2 * t3 + 3 * t2) * m_v[k1] +
           (t3 - t2) * h * m_lambda[k1];
}

} // namespace ballast
