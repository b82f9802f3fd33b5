// The layered layout against Graphviz's dot (issue #14, part 4): edge crossings and time on the
// demo book, a generated 200-node chain and the 2,000-node desk book. Both layouts are scored the
// same way: every link drawn as a straight line between its two nodes' centres (the desk draws
// them so), crossings counted pairwise (links sharing a node do not count), for the physical chain
// (supply and shipment links) and for every link. dot gets the same graph, ranked left to right
// (rankdir=LR) along the links' direction. Not in the test run: build/release/bench/layout_compare.
#include "bookio.h"
#include "generate.h"
#include "layout.h"

#include <graphviz/gvc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace ballast;

namespace {

struct Seg
{
    double x0, y0, x1, y1;
    int a, b;
};

double orient(double ax, double ay, double bx, double by, double cx, double cy) { return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax); }

bool crosses(const Seg& s, const Seg& t)
{
    if (s.a == t.a || s.a == t.b || s.b == t.a || s.b == t.b) return false;
    const double d1 = orient(s.x0, s.y0, s.x1, s.y1, t.x0, t.y0), d2 = orient(s.x0, s.y0, s.x1, s.y1, t.x1, t.y1);
    const double d3 = orient(t.x0, t.y0, t.x1, t.y1, s.x0, s.y0), d4 = orient(t.x0, t.y0, t.x1, t.y1, s.x1, s.y1);
    return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0)) && d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0;
}

long long crossings(const Book& b, const std::vector<LayoutPoint>& p, bool physicalOnly)
{
    std::vector<Seg> segs;
    for (const Link& l : b.links) {
        if (l.fromIx < 0 || l.toIx < 0 || l.fromIx == l.toIx) continue;
        if (physicalOnly && l.type != LinkType::Supply && l.type != LinkType::Shipment) continue;
        segs.push_back({p[l.fromIx].x, p[l.fromIx].y, p[l.toIx].x, p[l.toIx].y, l.fromIx, l.toIx});
    }
    long long n = 0;
    for (size_t i = 0; i < segs.size(); ++i)
        for (size_t j = i + 1; j < segs.size(); ++j) n += crosses(segs[i], segs[j]);
    return n;
}

std::vector<LayoutPoint> dotLayout(const Book& b)
{
    GVC_t* gvc = gvContext();
    Agraph_t* g = agopen(const_cast<char*>("g"), Agdirected, nullptr);
    agsafeset(g, const_cast<char*>("rankdir"), const_cast<char*>("LR"), const_cast<char*>(""));
    std::vector<Agnode_t*> nodes;
    for (size_t i = 0; i < b.nodes.size(); ++i) nodes.push_back(agnode(g, const_cast<char*>(("n" + std::to_string(i)).c_str()), 1));
    for (const Link& l : b.links)
        if (l.fromIx >= 0 && l.toIx >= 0 && l.fromIx != l.toIx) agedge(g, nodes[l.fromIx], nodes[l.toIx], nullptr, 1);
    gvLayout(gvc, g, "dot");
    std::vector<LayoutPoint> out(b.nodes.size());
    for (size_t i = 0; i < b.nodes.size(); ++i) out[i] = {ND_coord(nodes[i]).x, ND_coord(nodes[i]).y};
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    return out;
}

template <class F>
double ms(F&& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv)
{
    struct Case
    {
        const char* name;
        Book book;
    };
    std::vector<Case> cases;
    cases.push_back({"demo book (72 nodes)", std::move(*app::loadBook("demo"))});
    GenerateOptions small;
    small.seed = 7;
    cases.push_back({"generated chain (200 nodes, 1,000 links)", generateBook(small)});
    const bool big = argc < 2 || std::string(argv[1]) != "--small";
    if (big) {
        GenerateOptions desk = GenerateOptions::desk();
        desk.seed = 7;
        cases.push_back({"desk book (2,000 nodes, 10,000 links)", generateBook(desk)});
    }
    std::printf("%-42s %12s %12s %10s %12s %12s %10s\n", "book", "ours chain", "ours all", "ours ms", "dot chain", "dot all", "dot ms");
    for (const Case& c : cases) {
        std::vector<LayoutPoint> ours, dot;
        const double tOurs = ms([&] { ours = layoutBook(c.book, LayoutKind::Layered); });
        // dot's network-simplex ranking and crossing minimisation grow steeply with cross-rank
        // edges: the 200-node chain took it about 6 minutes, the desk book would take hours
        if (c.book.nodes.size() > 500 && std::getenv("BALLAST_DOT_BIG") == nullptr) {
            std::printf("%-42s %12lld %12lld %10.1f %12s %12s %10s\n", c.name, crossings(c.book, ours, true), crossings(c.book, ours, false), tOurs,
                        "-", "-", "not run");
            continue;
        }
        const double tDot = ms([&] { dot = dotLayout(c.book); });
        std::printf("%-42s %12lld %12lld %10.1f %12lld %12lld %10.1f\n", c.name, crossings(c.book, ours, true), crossings(c.book, ours, false),
                    tOurs, crossings(c.book, dot, true), crossings(c.book, dot, false), tDot);
        std::fflush(stdout);
    }
    return 0;
}
