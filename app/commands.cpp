#include "commands.h"

#include "bookio.h"
#include "csv_io.h"
#include "exposure.h"
#include "generate.h"
#include "oddbook.h"
#include "json_io.h"
#include "report.h"
#include "storage.h"

#include <chrono>
#include <iomanip>
#include <cstdio>
#include <iostream>

namespace ballast::app {
using nlohmann::json;

void printJson(const JsonParts& parts)
{
    parts.write(std::cout, 2);
    std::cout << "\n";
}

namespace {

void printJson(const json& j) { std::cout << std::setw(2) << j << "\n"; } // written as it is serialised, no copy of the text

std::string hf(double v)
{
    if (std::isinf(v)) return "inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

} // namespace

int writeXlsxFile(const CommandLine& cl, const std::vector<XlsxSheet>& sheets)
{
    const Issues w = writeXlsx(cl.xlsx, sheets);
    if (!w.empty()) {
        printIssues(w);
        return kExitFailure;
    }
    std::fprintf(cl.json ? stderr : stdout, "wrote %s (%zu sheets)\n", cl.xlsx.c_str(), sheets.size());
    return kExitOk;
}

int cmdValidate(CommandLine& cl)
{
    auto b = loadBook(cl.book);
    if (cl.json) {
        json errors = json::array();
        for (const auto& i : b.issues())
            errors.push_back({{"file", i.file}, {"place", i.place}, {"message", i.message},
                              {"code", errorCodeName(i.code)}, {"warning", i.warning}});
        json out = {{"valid", b.ok()}, {"issues", errors}};
        if (b.ok())
            out["counts"] = {{"assets", b->assets.size()}, {"nodes", b->nodes.size()}, {"links", b->links.size()},
                             {"pools", b->pools.size()}, {"positions", b->positions.size()}, {"loans", b->loans.size()},
                             {"derivatives", b->derivatives.size()}, {"scenarios", b->scenarios.size()}};
        printJson(out);
        return b.ok() ? kExitOk : kExitBadInput;
    }
    if (!b) return printIssues(b.issues());
    printIssues(b.issues());
    std::printf("%s: valid — %zu assets, %zu nodes, %zu links, %zu pools, %zu positions, %zu loans, %zu derivatives, %zu scenarios\n",
                cl.book.c_str(), b->assets.size(), b->nodes.size(), b->links.size(), b->pools.size(), b->positions.size(),
                b->loans.size(), b->derivatives.size(), b->scenarios.size());
    return kExitOk;
}

int cmdImport(CommandLine& cl)
{
    if (cl.output.empty()) {
        std::fprintf(stderr, "import: -o OUTPUT is required\n");
        return kExitBadInput;
    }
    Book base;
    if (!cl.into.empty() || !cl.book.empty()) {
        auto b = loadOrReport(cl.into.empty() ? cl.book : cl.into);
        if (!b) return kExitBadInput;
        base = std::move(*b);
    }
    const bool csv = !cl.nodesCsv.empty() || !cl.linksCsv.empty() || !cl.positionsCsv.empty() || !cl.pricesCsv.empty();
    Book result;
    if (csv) {
        auto r = importCsv({cl.nodesCsv, cl.linksCsv, cl.positionsCsv, cl.pricesCsv}, std::move(base));
        if (!r) return printIssues(r.issues());
        printIssues(r.issues());
        result = std::move(*r);
    } else {
        if (cl.book.empty()) {
            std::fprintf(stderr, "import: give a workbook JSON or --nodes/--links/--positions/--prices CSV files\n");
            return kExitBadInput;
        }
        result = std::move(base);
    }
    Issues w = saveBook(cl.output, result);
    if (!w.empty()) {
        printIssues(w);
        return w.front().code == ErrorCode::Io || w.front().code == ErrorCode::Storage ? kExitFailure : kExitBadInput;
    }
    if (cl.json)
        printJson({{"output", cl.output}, {"nodes", result.nodes.size()}, {"links", result.links.size()},
                   {"positions", result.positions.size()}, {"loans", result.loans.size()}});
    else
        std::printf("wrote %s: %zu nodes, %zu links, %zu positions, %zu loans\n", cl.output.c_str(), result.nodes.size(),
                    result.links.size(), result.positions.size(), result.loans.size());
    return kExitOk;
}

int cmdExport(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    if (cl.output.empty() || cl.output == "-") {
        printJson(workbookParts(*b));
        return kExitOk;
    }
    Issues w = saveBook(cl.output, *b);
    if (!w.empty()) return printIssues(w) == kExitOk ? kExitOk : kExitFailure;
    if (!cl.json) std::printf("wrote %s\n", cl.output.c_str());
    return kExitOk;
}

int cmdExposure(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    auto book = std::make_shared<const Book>(std::move(*b));
    ExposureEngine e(book);
    e.compute();
    if (!cl.xlsx.empty() && writeXlsxFile(cl, resultSheets(exposureJson(e), nullptr, nullptr)) != kExitOk) return kExitFailure;
    if (cl.json) {
        printJson(exposureParts(e));
        return kExitOk;
    }
    const auto& x = e.result();
    const auto& t = x.totals;
    std::printf("%s — as of %s, %s\n", book->meta.name.c_str(), book->meta.asOf ? formatIsoTime(book->meta.asOf).c_str() : "(not set)",
                book->meta.baseCurrency.c_str());
    std::printf("  market value      %12s   exit value %12s   liquidation cost %10s\n", money(t.marketValue).c_str(),
                money(t.exitValue).c_str(), money(t.liquidationCost).c_str());
    if (t.exitAtMarketValue > 0)
        std::printf("  (%s of the exit value is at market price: no pool trades those assets)\n", money(t.exitAtMarketValue).c_str());
    std::printf("  collateral value  %12s   debt       %12s   coverage %s\n", money(t.collateralValue).c_str(),
                money(t.debtValue).c_str(), std::isfinite(t.collateralCoverage) ? (money(t.collateralCoverage) + "x").c_str() : "- (no debt)");
    std::printf("  min health factor %12s   loans at risk %d of %zu\n", hf(t.minHealthFactor).c_str(), t.loansAtRisk,
                book->loans.size());
    // the ten loans closest to liquidation
    std::vector<int> order(book->loans.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int c) { return x.loans[a].healthFactor < x.loans[c].healthFactor; });
    if (!order.empty()) std::printf("\n  %-18s %-16s %-14s %10s %10s %7s %12s\n", "loan", "borrower", "venue", "collateral", "debt", "HF", "liq. price");
    for (size_t k = 0; k < std::min<size_t>(10, order.size()); ++k) {
        const auto& l = book->loans[order[k]];
        const auto& lx = x.loans[order[k]];
        std::printf("  %-18s %-16s %-14s %10s %10s %7s %12s\n", l.id.c_str(), l.borrower.c_str(), l.venue.c_str(),
                    money(lx.collateralValue).c_str(), money(lx.debtValue).c_str(), hf(lx.healthFactor).c_str(),
                    money(lx.liquidationPrice).c_str());
    }
    int stale = 0, overdue = 0;
    for (const auto& a : x.assets) stale += a.oracleStale, overdue += a.attestationOverdue;
    std::printf("\n  oracles stale: %d   attestations overdue: %d   derivatives value %s   network max flow %s/day\n", stale,
                overdue, money(t.derivativesValue).c_str(), money(t.maxFlowPerDay).c_str());
    const SupplyChainStructure& sc = e.structure();
    if (sc.chainNodes > 0) {
        std::printf("  supply chain: %d nodes in %d tier(s), %d physical links, %d single-sourced, %d isolated", sc.chainNodes,
                    sc.tiers, sc.physicalLinks, sc.singleSourced, sc.isolated);
        if (sc.mostDependedOn >= 0)
            std::printf("; most depended on: %s (%d downstream)", book->nodes[sc.mostDependedOn].id.c_str(),
                        sc.nodes[sc.mostDependedOn].dependants);
        std::printf("\n");
    }
    if (book->positions.empty() && book->loans.empty())
        std::printf("  no positions or loans yet: market and credit figures are zero (add them to the workbook, or import positions.csv)\n");
    return kExitOk;
}

int cmdQuote(CommandLine& cl)
{
    auto b = loadOrReport(cl.book);
    if (!b) return kExitBadInput;
    auto book = std::make_shared<const Book>(std::move(*b));
    if (!(cl.amount > 0) || std::isinf(cl.amount)) {
        std::fprintf(stderr, "quote: --amount must be a positive number\n");
        return kExitBadInput;
    }
    if (cl.route) {
        ExposureEngine e(book);
        e.compute();
        const int a = book->assetIx(cl.sell);
        if (a < 0) {
            std::fprintf(stderr, "quote: --sell: unknown asset '%s'\n", cl.sell.c_str());
            return kExitBadInput;
        }
        const Route r = e.exitRoute(a, cl.amount);
        const double ref = e.marketPrice(a);
        json out = {{"amountIn", number(r.amountIn)}, {"amountOut", number(r.value)}, {"averagePrice", number(r.averagePrice)},
                    {"priceImpact", number(r.priceImpact)}, {"priceAfter", number(r.marginalAfter)},
                    {"referencePrice", number(ref)}, {"exhausted", r.exhausted}, {"noMarket", r.noMarket}};
        json legs = json::array();
        for (const auto& l : r.legs)
            legs.push_back({{"pool", book->pools[l.pool].id}, {"amountIn", number(l.amountIn)}, {"amountOut", number(l.amountOut)}});
        out["legs"] = legs;
        if (cl.json) printJson(out);
        else {
            std::printf("sell %g %s across %zu pools: %s %s (average %.6g, impact %.3f%%)%s\n", r.amountIn, cl.sell.c_str(),
                        r.legs.size(), money(r.value).c_str(), book->meta.baseCurrency.c_str(), r.averagePrice,
                        100 * r.priceImpact, r.noMarket ? " — no pool trades it: valued at its market price" : r.exhausted ? " — pools exhausted" : "");
            for (const auto& l : r.legs)
                std::printf("  %-24s in %-14.6g out %.6g\n", book->pools[l.pool].id.c_str(), l.amountIn, l.amountOut);
        }
        return kExitOk;
    }
    const int p = book->poolIx(cl.pool);
    if (p < 0) {
        std::fprintf(stderr, "quote: --pool: unknown pool '%s'\n", cl.pool.c_str());
        return kExitBadInput;
    }
    const Pool& pool = book->pools[p];
    Quote q;
    if (cl.sell == pool.base) q = quoteSellBase(pool, cl.amount);
    else if (cl.sell == pool.quote) q = quoteSellQuote(pool, cl.amount);
    else {
        std::fprintf(stderr, "quote: --sell: pool '%s' trades %s/%s, not '%s'\n", pool.id.c_str(), pool.base.c_str(),
                     pool.quote.c_str(), cl.sell.c_str());
        return kExitBadInput;
    }
    if (cl.json) printJson(quoteJson(q));
    else
        std::printf("%s: sell %.10g %s -> %.10g %s, average %.8g %s/%s, impact %.4f%%, price after %.8g%s\n", pool.id.c_str(),
                    q.amountIn, cl.sell.c_str(), q.amountOut, cl.sell == pool.base ? pool.quote.c_str() : pool.base.c_str(),
                    q.averagePrice, pool.quote.c_str(), pool.base.c_str(), 100 * q.priceImpact, q.priceAfter,
                    q.exhausted ? " (pool exhausted)" : "");
    return kExitOk;
}

int cmdGenerate(CommandLine& cl)
{
    if (cl.odd) { // a test book of odd shape and boundary values (core/oddbook.h), by seed
        Choices choices = Choices::seeded(cl.seed);
        OddBookOptions oo;
        oo.allowHuge = cl.huge;
        const Book b = generateOddBook(choices, oo);
        if (cl.output.empty() || cl.output == "-") {
            printJson(workbookParts(b));
            return kExitOk;
        }
        Issues w = saveBook(cl.output, b);
        if (!w.empty()) return printIssues(w) == kExitOk ? kExitOk : kExitFailure;
        std::printf("wrote %s: %s (odd book, seed %llu)\n", cl.output.c_str(), describeBook(b).c_str(),
                    static_cast<unsigned long long>(cl.seed));
        return kExitOk;
    }
    GenerateOptions o;
    if (cl.preset == "desk") o = GenerateOptions::desk();
    else if (cl.preset == "stress") o = GenerateOptions::stress();
    else if (!cl.preset.empty()) {
        std::fprintf(stderr, "generate: --preset must be desk or stress\n");
        return kExitBadInput;
    } else {
        o.nodes = cl.nodes, o.links = cl.links, o.positions = cl.positions, o.loans = cl.loans, o.venues = cl.venues,
        o.assets = cl.assets;
    }
    if (o.nodes < 1 || o.links < 0 || o.positions < 0 || o.loans < 0 || o.venues < 1 || o.assets < 1) {
        std::fprintf(stderr, "generate: sizes must be positive\n");
        return kExitBadInput;
    }
    o.seed = cl.seed;
    Book b = generateBook(o);
    if (cl.output.empty() || cl.output == "-") {
        printJson(workbookParts(b));
        return kExitOk;
    }
    Issues w = saveBook(cl.output, b);
    if (!w.empty()) {
        printIssues(w);
        return kExitFailure;
    }
    if (cl.json)
        printJson({{"output", cl.output}, {"nodes", b.nodes.size()}, {"links", b.links.size()}, {"positions", b.positions.size()},
                   {"loans", b.loans.size()}, {"assets", b.assets.size()}, {"pools", b.pools.size()}, {"seed", o.seed}});
    else
        std::printf("wrote %s: %zu nodes, %zu links, %zu positions, %zu loans, %zu assets, %zu pools (seed %llu)\n",
                    cl.output.c_str(), b.nodes.size(), b.links.size(), b.positions.size(), b.loans.size(), b.assets.size(),
                    b.pools.size(), static_cast<unsigned long long>(o.seed));
    return kExitOk;
}

int printIssues(const Issues& issues)
{
    for (const auto& i : issues) std::fprintf(stderr, "%s\n", i.toString().c_str());
    return hasErrors(issues) ? kExitBadInput : kExitOk;
}

Result<Book> loadOrReport(const std::string& path)
{
    auto b = loadBook(path);
    printIssues(b.issues()); // errors when it failed, warnings when it loaded
    return b;
}

std::string money(double v)
{
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    if (std::isnan(v)) return "-";
    char buf[64];
    const double a = std::fabs(v);
    if (a >= 1e12) std::snprintf(buf, sizeof buf, "%.2ftn", v / 1e12);
    else if (a >= 1e9) std::snprintf(buf, sizeof buf, "%.2fbn", v / 1e9);
    else if (a >= 1e6) std::snprintf(buf, sizeof buf, "%.2fm", v / 1e6);
    else if (a >= 1e3) std::snprintf(buf, sizeof buf, "%.1fk", v / 1e3);
    else std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

void optionsValidate(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book, "workbook (.ballast or .json) or 'demo'")->required();
    c.add_flag("--json", cl.json, "machine-readable result");
}

void optionsImport(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book, "a workbook JSON to import");
    c.add_option("--into", cl.into, "an existing book to add the CSV rows to");
    c.add_option("--nodes", cl.nodesCsv, "nodes.csv");
    c.add_option("--links", cl.linksCsv, "links.csv");
    c.add_option("--positions", cl.positionsCsv, "positions.csv");
    c.add_option("--prices", cl.pricesCsv, "prices.csv (time,asset,price)");
    c.add_option("-o,--output", cl.output, "the workbook to write")->required();
    c.add_flag("--json", cl.json, "machine-readable result");
}

void optionsExport(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option("-o,--output", cl.output, "output file (.json or .ballast); default stdout");
    c.add_flag("--json", cl.json);
}

void optionsExposure(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_flag("--json", cl.json, "FORMAT.md exposure result");
    c.add_option("--xlsx", cl.xlsx, "also write the tables (positions, loans, assets, venues, ...) to an Excel workbook");
}

void optionsQuote(CLI::App& c, CommandLine& cl)
{
    c.add_option("BOOK", cl.book)->required();
    c.add_option("--pool", cl.pool, "pool id");
    c.add_option("--sell", cl.sell, "asset sold (the pool's base or quote)")->required();
    c.add_option("--amount", cl.amount, "amount sold")->required();
    c.add_flag("--route", cl.route, "split the sale across every pool that trades the asset");
    c.add_flag("--json", cl.json);
}

void optionsGenerate(CLI::App& c, CommandLine& cl)
{
    c.add_option("--preset", cl.preset, "desk or stress (the sizes of PRODUCT.md)");
    c.add_option("--nodes", cl.nodes);
    c.add_option("--links", cl.links);
    c.add_option("--positions", cl.positions);
    c.add_option("--loans", cl.loans);
    c.add_option("--venues", cl.venues);
    c.add_option("--assets", cl.assets);
    c.add_option("--seed", cl.seed);
    c.add_flag("--odd", cl.odd, "an odd book for testing: missing entity kinds, boundary values, odd shapes (by --seed)");
    c.add_flag("--huge", cl.huge, "with --odd: allow 10,000-node chains and a loan with 500 collateral positions");
    c.add_option("-o,--output", cl.output, "output (.ballast or .json); default JSON on stdout");
    c.add_flag("--json", cl.json);
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> table = {
        {"validate", "check a book and report every problem with its place", optionsValidate, cmdValidate},
        {"import", "JSON or CSV files -> a .ballast workbook (or .json)", optionsImport, cmdImport},
        {"export", "a book -> workbook JSON (stdout, or -o FILE)", optionsExport, cmdExport},
        {"exposure", "market, collateral, exit values, health factors, Greeks", optionsExposure, cmdExposure},
        {"quote", "a trade on one pool, or a best-execution route across pools", optionsQuote, cmdQuote},
        {"generate", "a synthetic book, reproducible by seed", optionsGenerate, cmdGenerate},
        {"shock", "run a scenario: cascade, supply chain, clearing, DebtRank, hedges, losses", optionsShock, cmdShock},
        {"replay", "run the book through a real price path", optionsReplay, cmdReplay},
        {"clearing", "clearing vector of the unshocked obligation network", optionsClearing, cmdClearing},
        {"debtrank", "each node's DebtRank when it alone defaults", optionsDebtRank, cmdDebtRank},
        {"stress", "Monte Carlo: VaR/ES of the loss, liquidations at risk, bad debt, defaults", optionsStress, cmdStress},
        {"reverse", "the smallest shock of a family that causes an outcome", optionsReverse, cmdReverse},
        {"margin", "predictive margin: suggested haircuts against today's LTV", optionsMargin, cmdMargin},
        {"runs", "list the runs stored in a workbook, or print one", optionsRuns, cmdRuns},
        {"watch", "follow a live feed: alerts, rejected messages and summaries as JSON Lines", optionsWatch, cmdWatch},
        {"bench", "time open, exposure, tick, shock, clearing and Monte Carlo (medians)", optionsBench, cmdBench},
    };
    return table;
}

void registerCommands(CLI::App& app, CommandLine& cl)
{
    for (const Command& c : commands()) c.options(*app.add_subcommand(c.name, c.help), cl);
}

int runSelected(CLI::App& app, CommandLine& cl)
{
    for (const CLI::App* sub : app.get_subcommands())
        for (const Command& c : commands())
            if (sub->get_name() == c.name) return c.run(cl);
    return kExitFailure;
}

} // namespace ballast::app
