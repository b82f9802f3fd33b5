// ballast-cli bench: medians over repeated in-process runs (FORMAT.md "bench" keys).
#include "bookio.h"
#include "commands.h"
#include "exposure.h"
#include "report.h"
#include "shock.h"
#include "stress.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>

namespace ballast::app {
using nlohmann::json;

namespace {
double median(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}
double timeMs(const std::function<void()>& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}
} // namespace

int cmdBench(CommandLine& cl)
{
    const int reps = std::max(1, cl.repeats);
    std::vector<double> open;
    BookPtr book;
    for (int i = 0; i < reps; ++i) {
        book.reset(); // one book in memory at a time: the peak is the desk's, not the benchmark's
        Result<Book> r = Issues{};
        open.push_back(timeMs([&] { r = loadBook(cl.book); }));
        if (!r) {
            for (const auto& is : r.issues()) std::fprintf(stderr, "%s\n", is.toString().c_str());
            return kExitBadInput;
        }
        book = std::make_shared<const Book>(std::move(*r));
    }
    std::vector<double> exposure;
    auto engine = std::make_shared<ExposureEngine>(book);
    engine->compute();
    for (int i = 0; i < reps; ++i) exposure.push_back(timeMs([&] { engine->compute(); }));
    // ticks: a walk on the prices of the book's non-token assets
    std::vector<int> tradable;
    for (int a = 0; a < static_cast<int>(book->assets.size()); ++a)
        if (book->assets[a].kind != AssetKind::InventoryToken && book->assets[a].kind != AssetKind::InvoiceToken) tradable.push_back(a);
    std::vector<double> ticks;
    for (int i = 0; i < 50 * reps && !tradable.empty(); ++i) {
        const int a = tradable[(i * 7) % tradable.size()];
        const double p = engine->marketPrice(a) * (i % 2 ? 1.001 : 0.999);
        ticks.push_back(timeMs([&] { engine->setPrice(a, p); }));
    }
    std::vector<double> shock, clearing;
    ShockOptions so;
    so.computeDebtRank = false;
    if (!book->scenarios.empty())
        for (int i = 0; i < reps; ++i) shock.push_back(timeMs([&] { runScenario(*book, book->scenarios.front(), so); }));
    for (int i = 0; i < reps; ++i) clearing.push_back(timeMs([&] { clearBook(*book); }));
    StressOptions mo;
    mo.scenarios = cl.scenarios > 0 && cl.scenarios != 1000 ? cl.scenarios : 200;
    // throughput: median over three runs (the first also pays for starting the worker threads)
    std::vector<double> rates;
    StressResult mc;
    for (int i = 0; i < 3; ++i) {
        mc = runMonteCarlo(*book, mo);
        rates.push_back(mc.scenariosPerSecond);
    }
    mc.scenariosPerSecond = median(rates);
    const json out = {{"openMs", median(open)}, {"exposureMs", median(exposure)}, {"tickMs", median(ticks)},
                      {"shockMs", median(shock)}, {"clearingMs", median(clearing)},
                      {"monteCarloScenariosPerSec", mc.scenariosPerSecond}, {"peakRssMb", peakRssMb()},
                      {"repeats", reps}, {"ticks", ticks.size()}, {"monteCarloScenarios", mo.scenarios},
                      {"threads", mc.threads}, {"shockScenario", book->scenarios.empty() ? "" : book->scenarios.front().id},
                      {"positions", book->positions.size()}, {"loans", book->loans.size()}, {"nodes", book->nodes.size()},
                      {"links", book->links.size()}};
    if (cl.json) std::cout << out.dump(2) << "\n";
    else
        std::printf("%s (%zu positions, %zu loans, %zu nodes, %zu links), medians of %d runs:\n"
                    "  open %.1f ms  exposure %.2f ms  tick %.3f ms  shock %.1f ms  clearing %.2f ms\n"
                    "  Monte Carlo %.0f scenarios/s on %d threads  peak memory %.0f MB\n",
                    cl.book.c_str(), book->positions.size(), book->loans.size(), book->nodes.size(), book->links.size(), reps,
                    median(open), median(exposure), median(ticks), median(shock), median(clearing), mc.scenariosPerSecond,
                    mc.threads, peakRssMb());
    return kExitOk;
}

void optionsBench(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option("--repeats", cl.repeats, "repetitions (default 7)");
    c.add_option("--scenarios", cl.scenarios, "Monte Carlo scenarios (default 200)");
    c.add_flag("--json", cl.json);
}

} // namespace ballast::app
