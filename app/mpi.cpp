// ballast-mpi: Monte Carlo stress beyond one machine, on MPI (Open MPI, or any MPI of the cluster).
//
//   mpirun -np K ballast-mpi stress BOOK --scenarios N --seed S [--threads T] [--student-t NU]
//          [--jumps J] [--from-history] [--no-breakers] [--json] [--checkpoint FILE] [--block B]
//   mpirun -np K ballast-mpi shock BOOK --all [--no-breakers]   (the book's scenarios, round robin)
//   mpirun -np K ballast-mpi reverse BOOK --family F --outcome O [--threads T] [--json]
//
// Every rank opens the book read-only (the file must be reachable from every host: a shared file
// system, or a copy at the same path). The scenarios run in blocks of --block indices; each block is
// split evenly across the ranks, each rank runs its slice on T threads, and rank 0 gathers the
// per-scenario outcomes. Scenario i draws from its own stream (seed, i) (core/stress.h), and rank 0
// computes the statistics from the whole run's outcomes in scenario order, so the result is
// identical, to the bit, to `ballast-cli stress` with the same options, whatever K and T.
// With --checkpoint, rank 0 appends each finished block to FILE; a re-run with the same book and
// options skips the blocks already there and gives the identical result (the blocks do not depend
// on K, so a resumed run may use another rank count).
// A book that fails to open on any rank ends the run on every rank with status 2; a rank that dies
// makes mpirun end the job with a non-zero status: there is never a partial result.
#include "bookio.h"
#include "commands.h"
#include "parallel.h"
#include "report.h"
#include "stress.h"

#include <mpi.h>
#include <sched.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <iostream>
#include <string>
#include <vector>

using namespace ballast;
using nlohmann::json;

namespace {

long long kBlock = 1024; // scenarios per block (--block): gathered and checkpointed together
constexpr char kMagic[17] = "BALLAST-MC-CKPT1"; // the file holds its 16 characters

int g_rank = 0, g_size = 1;

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// What a checkpoint must match to be resumed: the options and the book's shape.
std::string fingerprint(const app::CommandLine& cl, const Book& b)
{
    char buf[512];
    std::snprintf(buf, sizeof buf, "block=%lld seed=%llu scenarios=%lld t=%.17g jumps=%.17g history=%d breakers=%d nodes=%zu "
                                   "positions=%zu loans=%zu assets=%zu pools=%zu name=%s",
                  kBlock, cl.seed, cl.scenarios, cl.studentT, cl.jumps, cl.fromHistory ? 1 : 0, cl.noBreakers ? 0 : 1, b.nodes.size(),
                  b.positions.size(), b.loans.size(), b.assets.size(), b.pools.size(), b.meta.name.c_str());
    return buf;
}

/// The blocks of a checkpoint file, in order, as long as they are whole and follow one another.
/// Returns -1 (and says why) when the file is another run's.
long long readCheckpoint(const std::string& path, const std::string& print, StressResult& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return 0; // a new run
    char magic[16];
    std::uint32_t len = 0;
    if (!in.read(magic, 16) || std::memcmp(magic, kMagic, 16) != 0 || !in.read(reinterpret_cast<char*>(&len), 4) || len > 4096) {
        std::fprintf(stderr, "ballast-mpi: %s: not a Ballast Monte Carlo checkpoint; left as it is\n", path.c_str());
        return -1;
    }
    std::string theirs(len, '\0');
    if (!in.read(theirs.data(), len) || theirs != print) {
        std::fprintf(stderr, "ballast-mpi: %s: the checkpoint is of another run (%s); left as it is\n", path.c_str(), theirs.c_str());
        return -1;
    }
    long long blocks = 0;
    const long long N = out.scenarios;
    for (;;) {
        std::int64_t k = -1, first = 0, count = 0;
        if (!in.read(reinterpret_cast<char*>(&k), 8) || !in.read(reinterpret_cast<char*>(&first), 8) ||
            !in.read(reinterpret_cast<char*>(&count), 8))
            break;
        if (k != blocks || first != blocks * kBlock || count != std::min(kBlock, N - first) || count <= 0) break;
        std::vector<double> d(3 * count);
        std::vector<std::int32_t> defaults(count);
        if (!in.read(reinterpret_cast<char*>(d.data()), static_cast<std::streamsize>(d.size() * 8)) ||
            !in.read(reinterpret_cast<char*>(defaults.data()), static_cast<std::streamsize>(defaults.size() * 4)))
            break; // a block cut short by the end of the last run: it runs again
        for (long long i = 0; i < count; ++i) {
            out.losses[first + i] = d[i];
            out.liquidated[first + i] = d[count + i];
            out.badDebt[first + i] = d[2 * count + i];
            out.defaults[first + i] = defaults[i];
        }
        ++blocks;
    }
    return blocks;
}

bool appendBlock(const std::string& path, const std::string& print, long long k, long long first, long long count,
                 const StressResult& r, bool fresh)
{
    std::ofstream f(path, std::ios::binary | (fresh ? std::ios::trunc : std::ios::app));
    if (!f) return false;
    if (fresh) {
        const std::uint32_t len = static_cast<std::uint32_t>(print.size());
        f.write(kMagic, 16);
        f.write(reinterpret_cast<const char*>(&len), 4);
        f.write(print.data(), len);
    }
    const std::int64_t head[3] = {k, first, count};
    f.write(reinterpret_cast<const char*>(head), sizeof head);
    f.write(reinterpret_cast<const char*>(&r.losses[first]), count * 8);
    f.write(reinterpret_cast<const char*>(&r.liquidated[first]), count * 8);
    f.write(reinterpret_cast<const char*>(&r.badDebt[first]), count * 8);
    std::vector<std::int32_t> defaults(r.defaults.begin() + first, r.defaults.begin() + first + count);
    f.write(reinterpret_cast<const char*>(defaults.data()), count * 4);
    f.flush();
    return static_cast<bool>(f);
}

/// Rank r's part of [first, first + count): an even split, the first ranks one more.
std::pair<long long, long long> slice(long long first, long long count, int rank, int size)
{
    const long long base = count / size, extra = count % size;
    const long long a = first + rank * base + std::min<long long>(rank, extra);
    return {a, a + base + (rank < extra ? 1 : 0)};
}

/// The test hook of tests/mpi: this rank exits without a word after this many blocks.
bool failHere(long long blocksDone)
{
    const char* rank = std::getenv("BALLAST_MPI_FAIL_RANK");
    const char* after = std::getenv("BALLAST_MPI_FAIL_AFTER_BLOCKS");
    return rank && after && std::atoi(rank) == g_rank && blocksDone >= std::atoll(after);
}

/// The book, opened by every rank (read-only); on any rank's failure, each failing rank says why,
/// rank 0 how many failed, and every rank gets nothing.
std::optional<Book> openOnEveryRank(const std::string& path)
{
    Result<Book> b = app::loadBook(path);
    int ok = b ? 1 : 0, all = 0;
    if (!b)
        for (const auto& i : b.issues())
            std::fprintf(stderr, "ballast-mpi: rank %d of %d: %s: %s: %s\n", g_rank, g_size, path.c_str(), i.place.c_str(),
                         i.message.c_str());
    MPI_Allreduce(&ok, &all, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
    if (all != g_size) {
        if (g_rank == 0)
            std::fprintf(stderr, "ballast-mpi: the book failed to open on %d of %d rank(s); no result\n", g_size - all, g_size);
        return std::nullopt;
    }
    return std::move(*b);
}

int stress(const app::CommandLine& cl, const std::string& checkpoint)
{
    const double t0 = nowMs();
    // every rank opens the book; any failure ends the run on all of them
    std::optional<Book> b = openOnEveryRank(cl.book);
    if (!b) return app::kExitBadInput;
    const double tOpen = nowMs() - t0;
    // the same checks on every rank (the same book and options): they agree; rank 0 says why
    std::optional<StressOptions> o = app::stressOptions(cl, *b, g_rank == 0);
    if (!o) return app::kExitBadInput;
    // threads per rank: by default the cores this rank may run on (mpirun binds a rank to one core
    // unless told otherwise); more threads than that only take turns on them
    cpu_set_t mask;
    const int cores = sched_getaffinity(0, sizeof mask, &mask) == 0 ? std::max(1, CPU_COUNT(&mask)) : 1;
    if (o->threads <= 0) o->threads = cores;
    else if (o->threads > cores && g_rank == 0)
        std::fprintf(stderr, "ballast-mpi: %d threads per rank on %d core(s): start mpirun with --bind-to none, or --map-by slot:PE=%d\n",
                     o->threads, cores, o->threads);

    const MonteCarloPlan plan(*b, *o);
    StressResult r = plan.emptyResult();
    const long long N = r.scenarios;
    const long long blocks = (N + kBlock - 1) / kBlock;
    const std::string print = fingerprint(cl, *b);
    // resume: rank 0 reads what a checkpoint holds and tells the others where to start
    long long start = 0;
    if (g_rank == 0 && !checkpoint.empty()) start = readCheckpoint(checkpoint, print, r);
    MPI_Bcast(&start, 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
    if (start < 0) return app::kExitBadInput;
    if (g_rank == 0 && start > 0)
        std::fprintf(stderr, "ballast-mpi: resuming from %s: %lld of %lld blocks done\n", checkpoint.c_str(), start, blocks);

    double busyMs = 0;
    long long mine = 0;
    std::vector<int> counts(g_size), displs(g_size);
    const double tRun = nowMs();
    for (long long k = start; k < blocks; ++k) {
        if (failHere(k - start)) std::_Exit(3); // tests: a rank dies half way
        const long long first = k * kBlock, count = std::min(kBlock, N - first);
        const auto [a, z] = slice(first, count, g_rank, g_size);
        const double t = nowMs();
        plan.runRange(a, z, r, nullptr, o->threads);
        busyMs += nowMs() - t;
        mine += z - a;
        for (int q = 0; q < g_size; ++q) {
            const auto [qa, qz] = slice(first, count, q, g_size);
            counts[q] = static_cast<int>(qz - qa);
            displs[q] = static_cast<int>(qa - first);
        }
        // gather the block's outcomes on rank 0 (in place: each rank's slice sits at its own index)
        auto gather = [&](auto* data, MPI_Datatype type) {
            if (g_rank == 0)
                MPI_Gatherv(MPI_IN_PLACE, counts[0], type, data + first, counts.data(), displs.data(), type, 0, MPI_COMM_WORLD);
            else
                MPI_Gatherv(data + a, static_cast<int>(z - a), type, nullptr, nullptr, nullptr, type, 0, MPI_COMM_WORLD);
        };
        gather(r.losses.data(), MPI_DOUBLE);
        gather(r.liquidated.data(), MPI_DOUBLE);
        gather(r.badDebt.data(), MPI_DOUBLE);
        gather(r.defaults.data(), MPI_INT);
        if (g_rank == 0) {
            if (!checkpoint.empty() && !appendBlock(checkpoint, print, k, first, count, r, k == 0)) {
                std::fprintf(stderr, "ballast-mpi: cannot write the checkpoint %s\n", checkpoint.c_str());
                MPI_Abort(MPI_COMM_WORLD, 1);
            }
            const double elapsed = (nowMs() - tRun) / 1000.0;
            const long long done = (k + 1 - start) * kBlock;
            const double rate = elapsed > 0 ? std::min(done, N - start * kBlock) / elapsed : 0;
            const long long left = N - std::min(N, (k + 1) * kBlock);
            std::fprintf(stderr, "ballast-mpi: %lld/%lld scenarios, %.0f/s on %d rank(s), ETA %.0f s\n", std::min(N, (k + 1) * kBlock), N,
                         rate, g_size, rate > 0 ? left / rate : 0.0);
        }
    }
    // each rank's share and time, for the record
    double mineD = static_cast<double>(mine);
    std::vector<double> busy(g_size), shares(g_size);
    MPI_Gather(&busyMs, 1, MPI_DOUBLE, busy.data(), 1, MPI_DOUBLE, 0, MPI_COMM_WORLD);
    MPI_Gather(&mineD, 1, MPI_DOUBLE, shares.data(), 1, MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (g_rank != 0) return app::kExitOk;

    summariseMonteCarlo(r, o->histogramBins);
    r.elapsedMs = nowMs() - t0;
    r.scenariosPerSecond = r.elapsedMs > 0 ? N / (r.elapsedMs / 1000.0) : 0.0;
    json out = stressJson(*b, r);
    out["ranks"] = g_size;
    json timing = json::array();
    for (int q = 0; q < g_size; ++q)
        timing.push_back({{"rank", q}, {"scenarios", static_cast<long long>(shares[q])}, {"ms", number(busy[q])}});
    out["rankTiming"] = std::move(timing);
    out["openMs"] = number(tOpen);
    out["resumedBlocks"] = start;
    if (cl.json) std::cout << out.dump(2) << "\n";
    else {
        app::printStress(*b, r);
        std::printf("  on %d rank(s) x %d thread(s); book opened in %.0f ms on every rank\n", g_size, r.threads, tOpen);
    }
    return app::kExitOk;
}

/// `shock --all`: the book's scenarios dealt round robin to the ranks (scenario i to rank i mod K),
/// each a full what-if; rank 0 gathers their JSON and prints the array in the book's order, the
/// same as `ballast-cli shock --all --json`.
int shockAll(const app::CommandLine& cl)
{
    std::optional<Book> b = openOnEveryRank(cl.book);
    if (!b) return app::kExitBadInput;
    const std::vector<Scenario> list = app::allScenarios(*b);
    if (list.empty()) {
        if (g_rank == 0) std::fprintf(stderr, "ballast-mpi: shock: %s: --all: the book has no scenario and suggests none\n", cl.book.c_str());
        return app::kExitBadInput;
    }
    ShockOptions opt;
    opt.breakers = !cl.noBreakers;
    const ShockContext context(*b);
    std::string mine; // this rank's results, each "index\ttext\n"... as length-prefixed records
    for (size_t i = static_cast<size_t>(g_rank); i < list.size(); i += static_cast<size_t>(g_size)) {
        const std::string text = shockJson(*b, runScenario(context, list[i], opt)).dump();
        mine += std::to_string(i) + ' ' + std::to_string(text.size()) + ' ' + text;
        if (g_rank == 0)
            std::fprintf(stderr, "ballast-mpi: scenario %zu of %zu done on rank 0 (%s)\n", i + 1, list.size(), list[i].id.c_str());
    }
    int length = static_cast<int>(mine.size());
    std::vector<int> lengths(g_size), displs(g_size);
    MPI_Gather(&length, 1, MPI_INT, lengths.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
    std::string gathered;
    if (g_rank == 0) {
        long long total = 0;
        for (int q = 0; q < g_size; ++q) displs[q] = static_cast<int>(total), total += lengths[q];
        gathered.resize(static_cast<size_t>(total));
    }
    MPI_Gatherv(mine.data(), length, MPI_CHAR, gathered.data(), lengths.data(), displs.data(), MPI_CHAR, 0, MPI_COMM_WORLD);
    if (g_rank != 0) return app::kExitOk;
    std::vector<std::string> texts(list.size());
    for (size_t at = 0; at < gathered.size();) {
        size_t used = 0;
        const size_t i = std::stoull(gathered.substr(at, 24), &used);
        at += used + 1;
        const size_t n = std::stoull(gathered.substr(at, 24), &used);
        at += used + 1;
        texts[i] = gathered.substr(at, n);
        at += n;
    }
    json out = json::array();
    for (const std::string& t : texts) out.push_back(json::parse(t));
    std::cout << out.dump(2) << "\n";
    return app::kExitOk;
}

/// `reverse`: the bisection of ballast-cli reverse, its halvings evaluated ahead of need across the
/// ranks. Every rank plans the same batches (core's speculative bisection, width = ranks x threads),
/// evaluates the sizes i with i mod K = its rank, and the hit flags are summed on every rank, so all
/// ranks walk the same path; K ranks cover floor(log2(K T + 1)) halvings per batch. The result is that
/// of ballast-cli reverse, to the bit (tst_mpi).
int reverse(const app::CommandLine& cl, int threads)
{
    const double t0 = nowMs();
    std::optional<Book> b = openOnEveryRank(cl.book);
    if (!b) return app::kExitBadInput;
    auto plan = ReversePlan::make(*b, cl.family, cl.outcome);
    if (!plan) {
        if (g_rank == 0)
            for (const auto& i : plan.issues()) std::fprintf(stderr, "ballast-mpi: reverse: %s: %s\n", i.place.c_str(), i.message.c_str());
        return app::kExitBadInput;
    }
    threads = std::max(1, threads);
    double busyMs = 0;
    int batches = 0;
    const ReverseEvaluator acrossRanks = [&](const std::vector<double>& xs) {
        const int n = static_cast<int>(xs.size());
        std::vector<int> mine;
        for (int i = g_rank; i < n; i += g_size) mine.push_back(i);
        std::vector<int> hit(static_cast<size_t>(n), 0), all(static_cast<size_t>(n), 0);
        const double t = nowMs();
        parallelChunks<int>(0, static_cast<int>(mine.size()), 1, [&](int a, int z) {
            for (int j = a; j < z; ++j) {
                const auto i = static_cast<size_t>(mine[static_cast<size_t>(j)]);
                hit[i] = plan->hits(xs[i]) ? 1 : 0;
            }
        }, threads);
        busyMs += nowMs() - t;
        MPI_Allreduce(hit.data(), all.data(), n, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
        if (g_rank == 0)
            std::fprintf(stderr, "ballast-mpi: reverse: batch %d, %d size(s) on %d rank(s)\n", ++batches, n, g_size);
        return std::vector<char>(all.begin(), all.end());
    };
    auto r = reverseStress(*b, cl.family, cl.outcome, nullptr, g_size * threads, acrossRanks);
    std::vector<double> busy(static_cast<size_t>(g_size));
    MPI_Gather(&busyMs, 1, MPI_DOUBLE, busy.data(), 1, MPI_DOUBLE, 0, MPI_COMM_WORLD);
    if (g_rank != 0) return r ? app::kExitOk : app::kExitBadInput;
    if (!r) {
        for (const auto& i : r.issues()) std::fprintf(stderr, "ballast-mpi: reverse: %s: %s\n", i.place.c_str(), i.message.c_str());
        return app::kExitBadInput;
    }
    json out = app::reverseJson(*r);
    out["ranks"] = g_size;
    out["threads"] = threads;
    out["rounds"] = r->rounds;
    out["evaluated"] = r->evaluated;
    json timing = json::array();
    for (int q = 0; q < g_size; ++q) timing.push_back({{"rank", q}, {"ms", number(busy[static_cast<size_t>(q)])}});
    out["rankTiming"] = std::move(timing);
    out["elapsedMs"] = number(nowMs() - t0);
    if (cl.json) std::cout << out.dump(2) << "\n";
    else {
        app::printReverse(*r);
        std::printf("  on %d rank(s) x %d thread(s): %d batches of evaluations instead of %d one after another\n", g_size, threads,
                    r->rounds, r->evaluations - (r->found ? 1 : 0));
    }
    return app::kExitOk;
}

} // namespace

int main(int argc, char** argv)
{
    MPI_Init(&argc, &argv);
    MPI_Comm_rank(MPI_COMM_WORLD, &g_rank);
    MPI_Comm_size(MPI_COMM_WORLD, &g_size);
    app::CommandLine cl;
    std::string checkpoint;
    CLI::App app{"Ballast on MPI: Monte Carlo stress split across ranks, identical to ballast-cli stress"};
    app.require_subcommand(1);
    CLI::App* st = app.add_subcommand("stress", "Monte Carlo: VaR/ES of the loss, liquidations at risk, bad debt, defaults");
    app::optionsStress(*st, cl);
    st->add_option("--checkpoint", checkpoint, "append finished blocks to FILE; a re-run with the same options resumes from it");
    st->add_option("--block", kBlock, "scenarios per block, gathered and checkpointed together (default 1024; give each rank dozens)")
        ->check(CLI::Range(1LL, 100000000LL));
    app::CommandLine shockCl;
    CLI::App* sh = app.add_subcommand("shock", "every scenario of the book (--all), split across the ranks; a JSON array");
    sh->add_option("BOOK", shockCl.book)->required();
    sh->add_flag("--all", shockCl.all, "every scenario of the book, in its order (required: one scenario needs one rank)")->required();
    sh->add_flag("--no-breakers", shockCl.noBreakers, "the scenarios without circuit breakers");
    sh->add_flag("--json", shockCl.json, "the output is JSON in any case");
    app::CommandLine reverseCl;
    int reverseThreads = 1;
    CLI::App* rv = app.add_subcommand("reverse", "the smallest shock of a family that causes an outcome, its halvings spread over the ranks");
    rv->add_option("BOOK", reverseCl.book)->required();
    rv->add_option("--family", reverseCl.family, "price:ASSET | crypto | liquidity:VENUE | delay:NODE")->required();
    rv->add_option("--outcome", reverseCl.outcome, "bad-debt | default:NODE | loss:AMOUNT")->required();
    rv->add_option("--threads", reverseThreads, "sizes evaluated at once per rank (default 1)")->check(CLI::Range(1, 1024));
    rv->add_flag("--json", reverseCl.json, "the result as JSON: reverse's object plus ranks, rounds, evaluated, timing");
    int rc = app::kExitOk;
    try {
        app.parse(argc, argv);
        rc = sh->parsed() ? shockAll(shockCl) : rv->parsed() ? reverse(reverseCl, reverseThreads) : stress(cl, checkpoint);
    } catch (const CLI::ParseError& e) {
        rc = g_rank == 0 ? app.exit(e) : (e.get_exit_code() == 0 ? 0 : app::kExitBadInput);
    }
    std::fflush(stdout);
    MPI_Finalize();
    return rc;
}
