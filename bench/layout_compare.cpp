// The layered layout against Graphviz's dot (issue #14, part 4): edge crossings and time on the
// demo book, a generated 200-node chain and the 2,000-node desk book. Both layouts are scored the
// same way: every link drawn as a straight line between its two nodes' centres (the desk draws
// them so), crossings counted pairwise (links sharing a node do not count), for the physical chain
// (supply and shipment links) and for every link. dot gets the same graph, ranked left to right
// (rankdir=LR) along the links' direction. Not in the test run: build/release/bench/layout_compare.
// Environment: BALLAST_DOT_FINANCIAL_FREE=1 gives obligations and credit lines constraint=false;
// BALLAST_DOT_ATTRS="k=v,..." sets graph attributes (dot's limits); BALLAST_DOT_VERBOSE=1 turns on
// dot's phase timings; BALLAST_LAYOUT_DUMP / BALLAST_DOT_DUMP=FILE write the points and links.
#include "bookio.h"
#include "generate.h"
#include "layout.h"

#include <graphviz/gvc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace ballast;

extern "C" unsigned char Verbose; // Graphviz's own: phase timings on stderr (BALLAST_DOT_VERBOSE=1)

namespace {

std::vector<LayoutPoint> dotLayout(const Book& b)
{
    GVC_t* gvc = gvContext();
    if (std::getenv("BALLAST_DOT_VERBOSE")) Verbose = 1;
    Agraph_t* g = agopen(const_cast<char*>("g"), Agdirected, nullptr);
    agsafeset(g, const_cast<char*>("rankdir"), const_cast<char*>("LR"), const_cast<char*>(""));
    if (const char* attrs = std::getenv("BALLAST_DOT_ATTRS")) { // e.g. "mclimit=0.1,nslimit=1": dot's own limits
        std::string all = attrs;
        for (size_t at = 0; at < all.size();) {
            const size_t comma = std::min(all.find(',', at), all.size());
            const std::string kv = all.substr(at, comma - at);
            if (const size_t eq = kv.find('='); eq != std::string::npos)
                agsafeset(g, const_cast<char*>(kv.substr(0, eq).c_str()), const_cast<char*>(kv.substr(eq + 1).c_str()),
                          const_cast<char*>(""));
            at = comma + 1;
        }
    }
    std::vector<Agnode_t*> nodes;
    for (size_t i = 0; i < b.nodes.size(); ++i)
        nodes.push_back(agnode(g, const_cast<char*>(("n" + std::to_string(i)).c_str()), 1));
    // BALLAST_DOT_FINANCIAL_FREE=1: obligations and credit lines get constraint=false, dot's own way
    // of keeping links that are not part of the hierarchy out of the ranking (else the desk book's
    // financial links chain its 2,000 nodes into 1,109 ranks and dot does not finish)
    const bool financialFree = std::getenv("BALLAST_DOT_FINANCIAL_FREE") != nullptr;
    for (const Link& l : b.links)
        if (l.fromIx >= 0 && l.toIx >= 0 && l.fromIx != l.toIx) {
            Agedge_t* e = agedge(g, nodes[l.fromIx], nodes[l.toIx], nullptr, 1);
            if (financialFree && l.type != LinkType::Supply && l.type != LinkType::Shipment)
                agsafeset(e, const_cast<char*>("constraint"), const_cast<char*>("false"), const_cast<char*>("true"));
        }
    gvLayout(gvc, g, "dot");
    std::vector<LayoutPoint> out(b.nodes.size());
    for (size_t i = 0; i < b.nodes.size(); ++i)
        out[i] = {ND_coord(nodes[i]).x, ND_coord(nodes[i]).y};
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

template <class F> double ms(F&& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv)
{
    // layout_compare [demo] [chain] [desk] [--no-dot]: the books to lay out (all three when none
    // is named); dot is skipped on the desk book unless it is named (it takes hours there)
    std::vector<std::string> args(argv + 1, argv + argc);
    auto has = [&](const char* a) { return std::find(args.begin(), args.end(), a) != args.end(); };
    const bool noDot = has("--no-dot");
    const bool any = has("demo") || has("chain") || has("desk");
    struct Case
    {
        const char* name;
        Book book;
        bool dot;
    };
    std::vector<Case> cases;
    if (!any || has("demo"))
        cases.push_back({"demo book (72 nodes)", std::move(*app::loadBook("demo")), !noDot});
    if (!any || has("chain")) {
        GenerateOptions small;
        small.seed = 7;
        cases.push_back({"generated chain (200 nodes, 1,000 links)", generateBook(small), !noDot});
    }
    if (!any || has("desk")) {
        GenerateOptions desk = GenerateOptions::desk();
        desk.seed = 7;
        cases.push_back({"desk book (2,000 nodes, 10,000 links)", generateBook(desk), !noDot && has("desk")});
    }
    if (const char* path =
            std::getenv("BALLAST_LAYOUT_DUMP")) { // the first book's points and links, for a look by script
        const Book& b = cases.front().book;
        const auto pts = layoutBook(b, LayoutKind::Layered);
        FILE* f = std::fopen(path, "w");
        if (!f) return 1;
        for (size_t i = 0; i < b.nodes.size(); ++i)
            std::fprintf(f, "N,%s,%s,%g,%g\n", b.nodes[i].id.c_str(), toString(b.nodes[i].type), pts[i].x,
                         pts[i].y);
        for (const Link& l : b.links)
            std::fprintf(f, "L,%s,%s,%s,%s\n", l.id.c_str(), toString(l.type), l.from.c_str(), l.to.c_str());
        std::fclose(f);
    }
    std::printf("%-42s %12s %12s %10s %12s %12s %10s\n", "book", "ours chain", "ours all", "ours ms",
                "dot chain", "dot all", "dot ms");
    std::fflush(stdout);
    for (const Case& c : cases) {
        std::vector<LayoutPoint> ours, dot;
        double tOurs = 1e300; // the best of three: the layout is deterministic, the machine is not
        for (int k = 0; k < 3; ++k)
            tOurs = std::min(tOurs, ms([&] { ours = layoutBook(c.book, LayoutKind::Layered); }));
        if (!c.dot) {
            std::printf("%-42s %12lld %12lld %10.1f %12s %12s %10s\n", c.name,
                        countCrossings(c.book, ours, true), countCrossings(c.book, ours, false), tOurs, "-",
                        "-", "not run");
            std::fflush(stdout);
            continue;
        }
        const double tDot = ms([&] { dot = dotLayout(c.book); });
        if (const char* path = std::getenv("BALLAST_DOT_DUMP")) { // dot's points, the same format
            if (FILE* f = std::fopen(path, "w")) {
                for (size_t i = 0; i < c.book.nodes.size(); ++i)
                    std::fprintf(f, "N,%s,%s,%g,%g\n", c.book.nodes[i].id.c_str(), toString(c.book.nodes[i].type),
                                 dot[i].x, dot[i].y);
                for (const Link& l : c.book.links)
                    std::fprintf(f, "L,%s,%s,%s,%s\n", l.id.c_str(), toString(l.type), l.from.c_str(), l.to.c_str());
                std::fclose(f);
            }
        }
        std::printf("%-42s %12lld %12lld %10.1f %12lld %12lld %10.1f\n", c.name,
                    countCrossings(c.book, ours, true), countCrossings(c.book, ours, false), tOurs,
                    countCrossings(c.book, dot, true), countCrossings(c.book, dot, false), tDot);
        std::fflush(stdout);
    }
    return 0;
}
