#include "graphview.h"
#include "widgets/redraw.h"
#include "widgets/wraplayout.h"

#include "palette.h"
#include "health.h"
#include "network.h"
#include "shock.h"
#include "format.h"
#include "workers/handoff.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace ballast::ui {

namespace {

struct Glyph
{
    int sides; // 0 = circle
    double rotation;
};

Glyph glyphOf(NodeType t)
{
    switch (t) {
    case NodeType::Supplier: return {0, 0};
    case NodeType::Manufacturer: return {4, 45};
    case NodeType::Carrier: return {3, -90};
    case NodeType::Port: return {3, 90};
    case NodeType::Warehouse: return {5, -90};
    case NodeType::Distributor: return {4, 0};
    case NodeType::Retailer: return {0, 0};
    case NodeType::Lender:
    case NodeType::LendingVenue: return {6, 0};
    case NodeType::AmmVenue:
    case NodeType::Exchange:
    case NodeType::OtcDesk: return {4, 0};
    case NodeType::Oracle: return {3, -90};
    case NodeType::Insurer:
    case NodeType::Fund:
    case NodeType::Treasury: return {8, 22.5};
    }
    return {0, 0};
}

QPainterPath glyphPath(Glyph g, double r)
{
    QPainterPath path;
    if (g.sides == 0) {
        path.addEllipse(QPointF(0, 0), r, r);
        return path;
    }
    QPolygonF poly;
    for (int k = 0; k < g.sides; ++k) {
        const double a = (g.rotation + 360.0 * k / g.sides) * M_PI / 180.0;
        poly << QPointF(r * std::cos(a), r * std::sin(a));
    }
    path.addPolygon(poly);
    path.closeSubpath();
    return path;
}

QColor linkColor(LinkType t)
{
    switch (t) {
    case LinkType::Shipment: return QColor(0x3b, 0x82, 0xf6);
    case LinkType::Supply: return QColor(0x64, 0x74, 0x8b);
    case LinkType::Obligation: return QColor(0xf5, 0x9e, 0x0b);
    case LinkType::CreditLine: return QColor(0xa8, 0x55, 0xf7);
    case LinkType::Bridge: return QColor(0x14, 0xb8, 0xa6);
    }
    return Qt::gray;
}

/// Velocity classes: in transit up to a week, up to three weeks, longer; a supply relation (no transit).
QColor velocityColor(int cls)
{
    switch (cls) {
    case 0: return QColor(0x14, 0xb8, 0xa6);
    case 1: return QColor(0xea, 0xb3, 0x08);
    case 2: return QColor(0xef, 0x44, 0x44);
    default: return QColor(0x64, 0x74, 0x8b);
    }
}

QColor cutColor() { return QColor(0xd9, 0x46, 0xef); }

/// A blockchain's band colour, by its place among the book's chains.
QColor chainColor(int k)
{
    static const QColor colours[] = {QColor(0x62, 0x7e, 0xea), QColor(0x93, 0x5c, 0xf0), QColor(0x28, 0xa0, 0xf0),
                                     QColor(0xe8, 0x5d, 0x75), QColor(0x22, 0xc5, 0x8b), QColor(0xf0, 0x9a, 0x3e)};
    return colours[k % 6];
}

QColor nodeFill(NodeType t)
{
    const bool dark = darkTheme();
    if (isSupplyChainNode(t)) return dark ? QColor(0x38, 0x5a, 0x7e) : QColor(0x9d, 0xbd, 0xdf);
    if (t == NodeType::Oracle) return dark ? QColor(0x1f, 0x6f, 0x6a) : QColor(0x8d, 0xd3, 0xcb);
    return dark ? QColor(0x5b, 0x43, 0x8a) : QColor(0xc4, 0xb1, 0xeb);
}

QString typeName(NodeType t) { return QString::fromStdString(toString(t)); }

/// A group of nodes of one type, by its name on the graph.
QString nodeTypePlural(NodeType t)
{
    switch (t) {
    case NodeType::Supplier: return GraphCanvas::tr("Suppliers");
    case NodeType::Manufacturer: return GraphCanvas::tr("Manufacturers");
    case NodeType::Carrier: return GraphCanvas::tr("Carriers");
    case NodeType::Port: return GraphCanvas::tr("Ports");
    case NodeType::Warehouse: return GraphCanvas::tr("Warehouses");
    case NodeType::Distributor: return GraphCanvas::tr("Distributors");
    case NodeType::Retailer: return GraphCanvas::tr("Retailers");
    case NodeType::Lender: return GraphCanvas::tr("Lenders");
    case NodeType::LendingVenue: return GraphCanvas::tr("Lending venues");
    case NodeType::AmmVenue: return GraphCanvas::tr("AMM venues");
    case NodeType::Exchange: return GraphCanvas::tr("Exchanges");
    case NodeType::OtcDesk: return GraphCanvas::tr("OTC desks");
    case NodeType::Oracle: return GraphCanvas::tr("Oracles");
    case NodeType::Insurer: return GraphCanvas::tr("Insurers");
    case NodeType::Fund: return GraphCanvas::tr("Funds");
    case NodeType::Treasury: return GraphCanvas::tr("Treasuries");
    }
    return typeName(t);
}

/// Clips a segment to [0,w) x [0,h) (Liang–Barsky); false when nothing is left.
bool clipLine(double w, double h, QLineF& line)
{
    double x0 = line.x1(), y0 = line.y1(), dx = line.dx(), dy = line.dy(), t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy}, q[4] = {x0, w - 1 - x0, y0, h - 1 - y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, r);
        else t1 = std::min(t1, r);
        if (t0 > t1) return false;
    }
    line = QLineF(x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy);
    return true;
}

/// One-pixel translucent lines straight into a premultiplied ARGB32 image: a DDA with src-over
/// blending. QPainter's stroker costs ~60 ns a pixel; this ~3 ns, so 16,000 links redraw at
/// interactive rates.
void blendLines(QImage& img, const std::vector<QLineF>& lines, QColor color)
{
    const int w = img.width(), h = img.height();
    const quint32 a = static_cast<quint32>(color.alpha());
    const quint32 r = color.red() * a / 255, g = color.green() * a / 255, bl = color.blue() * a / 255;
    const quint32 inv = 255 - a;
    auto* bits = reinterpret_cast<quint32*>(img.bits());
    const qsizetype stride = img.bytesPerLine() / 4;
    for (QLineF line : lines) {
        if (!clipLine(w, h, line)) continue;
        const double dx = line.dx(), dy = line.dy();
        const int steps = std::max(1, static_cast<int>(std::ceil(std::max(std::fabs(dx), std::fabs(dy)))));
        const double sx = dx / steps, sy = dy / steps;
        double x = line.x1(), y = line.y1();
        for (int i = 0; i <= steps; ++i, x += sx, y += sy) {
            const int px = static_cast<int>(x), py = static_cast<int>(y);
            if (px < 0 || py < 0 || px >= w || py >= h) continue;
            quint32& d = bits[py * stride + px];
            const quint32 da = d >> 24, dr = (d >> 16) & 0xff, dg = (d >> 8) & 0xff, db = d & 0xff;
            d = ((a + da * inv / 255) << 24) | ((r + dr * inv / 255) << 16) | ((g + dg * inv / 255) << 8) | (bl + db * inv / 255);
        }
    }
}

double shipmentProgress(const Book& b, const Link& l)
{
    if (!l.departed || !l.eta || *l.eta <= *l.departed) return -1;
    const double f = static_cast<double>(b.meta.asOf - *l.departed) / static_cast<double>(*l.eta - *l.departed);
    return f >= 0 && f < 1 ? f : -1;
}

} // namespace

// ---- canvas -------------------------------------------------------------------------------------

GraphCanvas::GraphCanvas(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_relayer = new QTimer(this);
    m_relayer->setSingleShot(true);
    m_relayer->setInterval(120);
    connect(m_relayer, &QTimer::timeout, this, [this] {
        m_layerScale = 0; // re-render at the resting view
        update();
    });
    m_anim = new QTimer(this);
    m_anim->setInterval(40);
    connect(m_anim, &QTimer::timeout, this, [this] {
        if (!isVisible()) return;
        m_phase = std::fmod(m_phase + 0.02, 1.0);
        update();
    });
    connect(desk, &DeskState::bookChanged, this, [this] {
        m_points.clear();
        m_groups.reset();
        m_open.clear();
        m_grouped = m_desk->book() && groupsByDefault(*m_desk->book());
        m_defaulted.clear();
        m_liquidated.clear();
        m_delay.clear();
        m_userMoved = false;
        m_hover = -1;
        m_frameWhenLaid = -1;
        m_labelWidth.clear();
        ++m_version;
        relayout();
    });
    // live ticks recolour the nodes at most five times a second
    coalesceRedraws(desk, &DeskState::exposureChanged, this, 200, [this] {
        rebuildStyle();
        update();
    });
    connect(desk, &DeskState::selectionChanged, this, [this] { update(); });
    whenFinished(m_layoutWatcher, this, [this] {
        const JobResult<Laid> r = m_layoutWatcher.result();
        m_layoutError = r ? QString() : QString::fromStdString(r.error);
        if (!r) {
            update();
            Q_EMIT layoutFinished();
            return;
        }
        const BookPtr book = m_desk->book();
        const size_t drawn = r.value->groups ? r.value->groups->book.nodes.size() : book ? book->nodes.size() : 0;
        if (!book || r.value->points.size() != drawn || (r.value->groups && r.value->groups->drawnAs.size() != book->nodes.size()))
            return; // a stale layout
        m_groups = r.value->groups;
        m_points = r.value->points;
        m_hover = -1;
        m_labelWidth.clear();
        ++m_version;
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (const auto& p : m_points) x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
        m_world = QRectF(QPointF(x0, y0), QPointF(x1, y1)); // a single node (or a line of them) in the middle
        if (m_world.width() <= 0) m_world.adjust(-0.5, 0, 0.5, 0);
        if (m_world.height() <= 0) m_world.adjust(0, -0.5, 0, 0.5);
        findChainRuns();
        rebuildStyle();
        deriveOverlay();
        applyFilter();
        if (!m_userMoved) fitAll();
        if (m_frameWhenLaid >= 0) {
            m_desk->select({Selection::Kind::Node, m_frameWhenLaid});
            m_frameWhenLaid = -1;
            zoomToSelection();
        }
        update();
        Q_EMIT layoutFinished();
    });
    // a canvas made after the book arrived (the story's) lays it out now
    if (desk->book()) QTimer::singleShot(0, this, [this] {
            m_grouped = m_desk->book() && groupsByDefault(*m_desk->book());
            relayout();
        });
}

GraphCanvas::~GraphCanvas() { waitFor(m_layoutWatcher); }

void GraphCanvas::findChainRuns()
{
    m_chainRuns.clear();
    const BookPtr book = m_desk->book();
    if (!book) return;
    const Book& b = drawnBook(*book);
    if (b.nodes.size() != m_points.size()) return;
    bool any = false;
    for (const Node& n : b.nodes) any |= !n.chain.empty();
    if (!any) return;
    // the layout's rows: nodes at one height, left to right; a run is a stretch of one chain's nodes
    std::vector<int> order(b.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        return std::make_pair(std::llround(m_points[x].y * 1000), m_points[x].x) < std::make_pair(std::llround(m_points[y].y * 1000), m_points[y].x);
    });
    for (size_t k = 0; k < order.size(); ++k) {
        const int v = order[k];
        const std::string& chain = b.nodes[v].chain;
        if (chain.empty()) continue;
        const bool sameRow = k > 0 && std::llround(m_points[order[k - 1]].y * 1000) == std::llround(m_points[v].y * 1000);
        if (sameRow && !m_chainRuns.empty() && m_chainRuns.back().last == order[k - 1] && m_chainRuns.back().chain == chain) {
            m_chainRuns.back().last = v;
        } else {
            m_chainRuns.push_back({chain, v, v, 0.0});
        }
        if (std::isfinite(b.nodes[v].finalitySec))
            m_chainRuns.back().finalitySec = std::max(m_chainRuns.back().finalitySec, b.nodes[v].finalitySec);
    }
}

void GraphCanvas::setLayoutKind(LayoutKind kind)
{
    if (kind == m_kind) return;
    m_kind = kind;
    m_userMoved = false;
    relayout();
}

void GraphCanvas::relayout()
{
    const BookPtr book = m_desk->book();
    if (!book) return;
    const EngineSnapshot engine = m_desk->engine();
    const LayoutKind kind = m_kind;
    const bool grouped = m_grouped && engine && &engine->book() == book.get();
    const std::set<std::string> open = m_open;
    m_layoutWatcher.setFuture(runJob([book, engine, kind, grouped, open] {
        Laid laid;
        if (grouped) laid.groups = std::make_shared<const NodeGroups>(groupNodes(*book, engine->structure(), open));
        laid.points = layoutBook(laid.groups ? laid.groups->book : *book, kind);
        return laid;
    }));
    update();
}

void GraphCanvas::setGrouped(bool on)
{
    if (on == m_grouped) return;
    m_grouped = on;
    m_open.clear();
    m_userMoved = false;
    relayout();
}

void GraphCanvas::openGroup(const std::string& key)
{
    if (!m_open.insert(key).second) return;
    relayout();
}

void GraphCanvas::closeGroup(const std::string& key)
{
    if (!m_open.erase(key)) return;
    relayout();
}

int GraphCanvas::drawnOf(int bookNode) const
{
    if (bookNode < 0) return -1;
    if (!m_groups) return bookNode;
    return bookNode < static_cast<int>(m_groups->drawnAs.size()) ? m_groups->drawnAs[bookNode] : -1;
}

std::vector<int> GraphCanvas::membersOf(int drawnNode) const
{
    if (m_groups) return m_groups->members[drawnNode];
    return {drawnNode};
}

QString GraphCanvas::labelOf(const Book& drawn, int d) const
{
    const Node& node = drawn.nodes[d];
    if (!isGroup(d)) return QString::fromStdString(node.name.empty() ? node.id : node.name);
    const NodeGroup& g = m_groups->groups[d];
    const QString count = QStringLiteral(" (%L1)").arg(m_groups->members[d].size());
    const QString region = g.region.empty() ? tr("no region") : QString::fromStdString(g.region);
    switch (g.kind) {
    case NodeGroup::Kind::Tier: return tr("Tier %1 · %2").arg(g.tier).arg(region) + count;
    case NodeGroup::Kind::TypeAndRegion: return tr("%1 · %2").arg(nodeTypePlural(g.type), region) + count;
    default: return nodeTypePlural(g.type) + count;
    }
}

void GraphCanvas::setFilter(const QString& group, const QString& region, const QString& chain)
{
    m_filterGroup = group, m_filterRegion = region, m_filterChain = chain;
    applyFilter();
}

void GraphCanvas::applyFilter()
{
    const BookPtr book = m_desk->book();
    if (!book) return;
    const Book& d = drawnBook(*book);
    m_filterOut.assign(d.nodes.size(), 0);
    for (size_t i = 0; i < d.nodes.size(); ++i) {
        const Node& n = d.nodes[i];
        bool out = false;
        if (m_filterGroup == QStringLiteral("chain")) out |= !isSupplyChainNode(n.type);
        if (m_filterGroup == QStringLiteral("financial")) out |= isSupplyChainNode(n.type);
        if (!m_filterRegion.isEmpty()) out |= QString::fromStdString(n.region) != m_filterRegion;
        if (!m_filterChain.isEmpty()) out |= QString::fromStdString(n.chain) != m_filterChain;
        m_filterOut[i] = out;
    }
    ++m_version;
    update();
}

int GraphCanvas::visibleNodes() const
{
    int n = 0;
    for (size_t i = 0; i < m_points.size(); ++i) n += shown(static_cast<int>(i));
    return n;
}

bool GraphCanvas::shown(int node) const { return node >= 0 && (m_filterOut.empty() || !m_filterOut[node]); }

void GraphCanvas::rebuildStyle()
{
    const BookPtr book = m_desk->book();
    const Exposure* x = m_desk->exposure();
    if (!book || !x || m_points.empty()) return;
    const Book& b = *book;
    const Book& d = drawnBook(b);
    const size_t n = b.nodes.size(), nd = d.nodes.size();
    // per node of the book, then per drawn node: the weakest loan, the summed weight
    std::vector<double> health(n, kInf), weight(n, 0.0);
    for (size_t l = 0; l < b.loans.size() && l < x->loans.size(); ++l) {
        const int who = b.loans[l].borrowerIx;
        if (who >= 0) health[who] = std::min(health[who], x->loans[l].healthFactor);
    }
    for (size_t i = 0; i < n && i < x->nodes.size(); ++i)
        weight[i] = x->nodes[i].holdings + x->nodes[i].receivables + x->nodes[i].payables + b.nodes[i].equity;
    m_nodeHealth.assign(nd, kInf);
    m_bottleneck.assign(nd, 0);
    std::vector<double> drawnWeight(nd, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const int k = drawnOf(static_cast<int>(i));
        if (k < 0 || k >= static_cast<int>(nd)) continue;
        m_nodeHealth[k] = std::min(m_nodeHealth[k], health[i]);
        drawnWeight[k] += std::max(0.0, weight[i]);
        if (i < x->nodes.size() && x->nodes[i].bottleneck) m_bottleneck[k] = 1;
    }
    const double maxW = drawnWeight.empty() ? 1.0 : std::max(1.0, *std::max_element(drawnWeight.begin(), drawnWeight.end()));
    m_nodeSize.resize(nd);
    for (size_t i = 0; i < nd; ++i) m_nodeSize[i] = 0.45 + 0.9 * std::sqrt(drawnWeight[i] / maxW);
    m_labelRank.resize(nd);
    std::iota(m_labelRank.begin(), m_labelRank.end(), 0);
    std::stable_sort(m_labelRank.begin(), m_labelRank.end(), [&](int a, int c) { return drawnWeight[a] > drawnWeight[c]; });
    if (m_filterOut.size() != nd) m_filterOut.assign(nd, 0);
    // what the drawn links' members are, read from the book once per book and grouping: a grouped
    // stress book's million members, each a Link of 400 bytes, made the links' part 80 ms a refresh
    bool newMembers = false;
    if (m_members.book.lock() != book || m_members.groups.lock() != m_groups || m_members.start.size() != d.links.size() + 1) {
        newMembers = true;
        m_members = {};
        m_members.book = book, m_members.groups = m_groups;
        m_members.start.reserve(d.links.size() + 1);
        auto add = [&](size_t member) {
            const Link& k = b.links[member];
            const double fixed = k.type == LinkType::Obligation ? k.amount : k.type == LinkType::CreditLine ? k.limit : k.quantity;
            m_members.items.push_back({static_cast<int>(member), k.type, fixed, k.type == LinkType::Shipment ? plannedTransitDays(k) : kNaN});
        };
        for (size_t l = 0; l < d.links.size(); ++l) {
            m_members.start.push_back(static_cast<int>(m_members.items.size()));
            if (!m_groups) add(l);
            else
                for (int member : m_groups->linkMembers[l]) add(static_cast<size_t>(member));
        }
        m_members.start.push_back(static_cast<int>(m_members.items.size()));
    }
    // the links' part reads the members and the flows alone: kept while they and the colouring
    // stand (live ticks move prices; the flows only at a refresh of the network)
    const LinkStyleKey key{x->flowsVersion, m_colouring};
    if (!newMembers && key == m_linkStyleKey && x->flowsVersion != 0) return;
    m_linkStyleKey = key;
    // link width: log of the value it carries (flow per day, obligation, credit limit), a drawn
    // link carrying what its members do; the min cut, and the chain's velocity: value per day and
    // days in transit (a drawn link's members weighted by their value per day)
    const size_t nl = d.links.size();
    std::vector<double> v(nl, 0.0), perDay(nl, 0.0), transit(nl, 0.0), transitWeight(nl, 0.0);
    std::vector<char> physical(nl, 0), shipment(nl, 0);
    m_onCut.assign(nl, 0);
    m_cutCapacity.assign(nl, 0.0);
    m_linkClass.assign(nl, -1);
    for (size_t l = 0; l < nl; ++l) {
        for (int j = m_members.start[l]; j != m_members.start[l + 1]; ++j) {
            const LinkMember& m = m_members.items[j];
            const bool flowing = m.link < static_cast<int>(x->links.size());
            const double value = m.type == LinkType::Shipment && flowing ? x->links[m.link].valuePerDay * 30 + x->links[m.link].inTransitValue : m.fixed;
            v[l] += std::isfinite(value) ? value : 0.0;
            if (m.type != LinkType::Shipment && m.type != LinkType::Supply) continue;
            physical[l] = 1;
            const LinkFlow f = flowing ? x->links[m.link] : LinkFlow{};
            const double perDayValue = std::isfinite(f.valuePerDay) ? std::max(0.0, f.valuePerDay) : 0.0;
            perDay[l] += perDayValue;
            if (f.onMinCut && perDayValue > 0) m_onCut[l] = 1, m_cutCapacity[l] += perDayValue; // a link of no stated flow is not drawn as the cut
            if (m.type == LinkType::Shipment) {
                shipment[l] = 1;
                if (std::isfinite(m.transitDays))
                    transit[l] += m.transitDays * std::max(perDayValue, 1e-9), transitWeight[l] += std::max(perDayValue, 1e-9);
            }
        }
    }
    double maxV = 1;
    for (double value : v) maxV = std::max(maxV, value);
    m_linkWidth.assign(nl, 0.6);
    for (size_t l = 0; l < nl; ++l) m_linkWidth[l] = 0.6 + 3.4 * std::log1p(std::max(0.0, v[l])) / std::log1p(maxV);
    if (m_colouring == LinkColouring::Velocity) {
        double maxPerDay = 1;
        for (double value : perDay) maxPerDay = std::max(maxPerDay, value);
        for (size_t l = 0; l < nl; ++l) {
            if (!physical[l]) continue;
            m_linkWidth[l] = 0.6 + 3.4 * std::log1p(perDay[l]) / std::log1p(maxPerDay);
            if (!shipment[l] || transitWeight[l] <= 0) m_linkClass[l] = 3; // no time in transit
            else {
                const double days = transit[l] / transitWeight[l];
                m_linkClass[l] = days <= 7 ? 0 : days <= 21 ? 1 : 2;
            }
        }
    } else {
        for (size_t l = 0; l < nl; ++l) m_linkClass[l] = static_cast<signed char>(d.links[l].type);
    }
}

void GraphCanvas::setLinkColouring(LinkColouring how)
{
    if (m_colouring == how) return;
    m_colouring = how;
    ++m_version;
    rebuildStyle();
    update();
}

GraphOverlay overlayOf(const Book& b, const ShockResult& r, int round)
{
    const int last = static_cast<int>(r.rounds.size());
    GraphOverlay o{std::vector<char>(b.nodes.size(), 0), std::vector<char>(b.nodes.size(), 0), {}};
    for (size_t i = 0; i < r.nodes.size() && i < b.nodes.size(); ++i)
        if (r.nodes[i].defaulted && (round >= last || r.nodes[i].defaultCause == DefaultCause::Shock)) o.defaulted[i] = 1;
    for (size_t l = 0; l < r.loans.size() && l < b.loans.size(); ++l)
        if (r.loans[l].liquidated && r.loans[l].firstRound <= round && b.loans[l].borrowerIx >= 0) o.liquidated[b.loans[l].borrowerIx] = 1;
    if (round >= last || round > 0) o.delayDays = r.shipmentDelayDays;
    return o;
}

QImage GraphCanvas::printPicture(const GraphOverlay* overlay, double scale)
{
    const GraphOverlay desk{m_defaulted, m_liquidated, m_delay};
    GraphOverlay paper = overlay ? *overlay : GraphOverlay{};
    // drawn at a page's width in pixels (about 900), so that the type reads at about 7 pt on
    // paper; the desk's own view is put back as it was
    const QSize viewSize = size();
    const double fontScale = chartFontScale(), viewScale = m_scale;
    const QPointF viewOffset = m_offset;
    const bool userMoved = m_userMoved;
    m_printScale = 1.4;
    resize(900, 600);
    const double legend = legendBox().height() + 6, aspect = m_world.height() / std::max(1e-9, m_world.width());
    resize(900, std::clamp(static_cast<int>(820 * aspect + 80 + legend), 360, 760)); // as tall as the network needs
    QImage img(size() * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(Qt::white);
    {
        PrintTheme theme; // the cached link layer is redrawn: setOverlay changes the version
        setChartFontScale(1.15);
        m_printScale = 1.4;
        setOverlay(std::move(paper.defaulted), std::move(paper.liquidated), std::move(paper.delayDays));
        fitAll();
        render(&img);
    }
    setChartFontScale(fontScale);
    m_printScale = 1.0;
    resize(viewSize);
    setOverlay(desk.defaulted, desk.liquidated, desk.delayDays);
    m_scale = viewScale, m_offset = viewOffset, m_userMoved = userMoved;
    update();
    return img;
}

void GraphCanvas::setOverlay(std::vector<char> defaulted, std::vector<char> liquidated, std::vector<double> delayDays)
{
    m_defaulted = std::move(defaulted);
    m_liquidated = std::move(liquidated);
    m_delay = std::move(delayDays);
    deriveOverlay();
    ++m_version;
    update();
}

void GraphCanvas::deriveOverlay()
{
    const BookPtr book = m_desk->book();
    const size_t nd = m_points.size();
    m_drawnDefaulted.assign(nd, 0);
    m_drawnLiquidated.assign(nd, 0);
    for (size_t i = 0; i < std::max(m_defaulted.size(), m_liquidated.size()); ++i) {
        const int k = drawnOf(static_cast<int>(i));
        if (k < 0 || k >= static_cast<int>(nd)) continue;
        m_drawnDefaulted[k] += i < m_defaulted.size() && m_defaulted[i];
        m_drawnLiquidated[k] += i < m_liquidated.size() && m_liquidated[i];
    }
    m_drawnDelay.clear();
    if (m_delay.empty() || !book) return;
    if (!m_groups) {
        m_drawnDelay = m_delay;
        return;
    }
    m_drawnDelay.assign(m_groups->book.links.size(), 0.0);
    for (size_t l = 0; l < m_drawnDelay.size(); ++l)
        for (int member : m_groups->linkMembers[l])
            if (member < static_cast<int>(m_delay.size())) m_drawnDelay[l] = std::max(m_drawnDelay[l], m_delay[member]);
}

void GraphCanvas::setAnimated(bool on)
{
    if (on) m_anim->start();
    else m_anim->stop();
}

QPointF GraphCanvas::toScreen(int node) const
{
    const auto& p = m_points[node];
    return QPointF(p.x * m_scale + m_offset.x(), p.y * m_scale + m_offset.y());
}

void GraphCanvas::fitAll()
{
    if (m_points.empty() || width() < 10) return;
    const double margin = 40;
    // the legend stays clear of the network: its strip on paper; on screen its column at the right
    // or its height at the bottom, whichever leaves the network larger (a narrow canvas, like a
    // story step's at 1280x720, gives up the bottom)
    const QRect box = legendBox();
    const bool strip = m_printScale > 1.0;
    auto scaleFor = [&](double right, double below) {
        return std::min((width() - 2 * margin - right) / m_world.width(), (height() - 2 * margin - below) / m_world.height());
    };
    double legend = 0, below = strip ? box.height() + 6 : 30;
    if (!strip) {
        if (scaleFor(box.width(), 30) >= scaleFor(0, box.height() + 6))
            legend = box.width();
        else
            below = box.height() + 6;
    }
    m_scale = std::max(1e-6, scaleFor(legend, below));
    m_offset = QPointF((width() - legend) / 2.0 - m_world.center().x() * m_scale,
                       (height() - below) / 2.0 - m_world.center().y() * m_scale);
    m_userMoved = false;
    update();
}

bool GraphCanvas::frameChains()
{
    if (m_chainRuns.empty() || width() < 10) return false;
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const ChainRun& run : m_chainRuns)
        for (int v : {run.first, run.last})
            x0 = std::min(x0, m_points[v].x), x1 = std::max(x1, m_points[v].x), y0 = std::min(y0, m_points[v].y), y1 = std::max(y1, m_points[v].y);
    const QRectF area = QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-1.2, -1.0, 1.2, 1.0);
    const QRect legend = legendBox();
    const double room = width() - legend.width() - 40 > width() * 0.6 ? width() - legend.width() - 40 : width() - 40;
    m_scale = std::clamp(std::min(room / area.width(), (height() - 40) / area.height()), 1e-6, 160.0);
    m_offset = QPointF(20 + room / 2.0 - area.center().x() * m_scale, height() / 2.0 - area.center().y() * m_scale);
    m_userMoved = true;
    update();
    return true;
}

void GraphCanvas::zoomToSelection()
{
    const int n = drawnOf(m_desk->nodeOf(m_desk->selection()));
    if (n < 0 || n >= static_cast<int>(m_points.size())) return;
    m_scale = std::max(m_scale, 40.0 / std::max(1e-9, m_world.width() / std::sqrt(static_cast<double>(m_points.size()))));
    const auto& p = m_points[n];
    m_offset = QPointF(width() / 2.0 - p.x * m_scale, height() / 2.0 - p.y * m_scale);
    m_userMoved = true;
    update();
}

bool GraphCanvas::search(const QString& text)
{
    const BookPtr book = m_desk->book();
    if (!book || text.trimmed().isEmpty()) return false;
    for (size_t i = 0; i < book->nodes.size(); ++i) {
        const Node& n = book->nodes[i];
        if (QString::fromStdString(n.id).contains(text, Qt::CaseInsensitive) ||
            QString::fromStdString(n.name).contains(text, Qt::CaseInsensitive)) {
            const int drawn = drawnOf(static_cast<int>(i));
            if (drawn >= 0 && isGroup(drawn)) { // in a closed group: open it, then frame the node
                m_frameWhenLaid = static_cast<int>(i);
                openGroup(m_groups->groups[drawn].key);
                return true;
            }
            m_desk->select({Selection::Kind::Node, static_cast<int>(i)});
            zoomToSelection();
            return true;
        }
    }
    return false;
}

int GraphCanvas::nodeAt(QPointF s) const
{
    if (m_points.empty()) return -1;
    const double unit = m_world.width() / std::max(1.0, std::sqrt(static_cast<double>(m_points.size())));
    const double baseR = std::clamp(unit * m_scale * 0.22, 2.5, 14.0);
    int best = -1;
    double bestD = 1e300;
    for (size_t i = 0; i < m_points.size(); ++i) {
        if (!shown(static_cast<int>(i))) continue;
        const QPointF d = toScreen(static_cast<int>(i)) - s;
        const double dist = d.x() * d.x() + d.y() * d.y();
        const double r = std::max(6.0, baseR * (i < m_nodeSize.size() ? m_nodeSize[i] : 1.0) + 3);
        if (dist < r * r && dist < bestD) bestD = dist, best = static_cast<int>(i);
    }
    return best;
}

void GraphCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const Colors c = colors();
    p.fillRect(rect(), c.background);
    const BookPtr book = m_desk->book();
    if (!book || m_points.empty() || m_points.size() != drawnBook(*book).nodes.size()) {
        // what is missing and how to add it, never a blank canvas
        QString text;
        if (!book) text = tr("No book open\nFile > Open…, File > Open demo book, or File > Import CSV…");
        else if (book->nodes.empty())
            text = tr("No supply chain yet\nFile > Import CSV… with a nodes.csv (id,type,name,tier) and a links.csv (from,to),\n"
                      "or add nodes and links to the workbook JSON");
        else if (!m_layoutError.isEmpty()) text = tr("The layout failed: %1").arg(m_layoutError);
        else text = tr("Laying out %L1 nodes…").arg(book->nodes.size());
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.1);
        p.setFont(f);
        p.setPen(c.muted);
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    const Book& b = drawnBook(*book); // the book's nodes, or its groups
    const int n = static_cast<int>(b.nodes.size());
    const double unit = m_world.width() / std::max(1.0, std::sqrt(static_cast<double>(n)));
    const double baseR = std::clamp(unit * m_scale * 0.22, 2.5, 14.0);
    const bool detailed = baseR >= 4.0;
    const int selNode = drawnOf(m_desk->nodeOf(m_desk->selection()));
    const QRectF view = QRectF(rect()).adjusted(-20, -20, 20, 20);
    // antialiased wide translucent lines are the raster engine's slowest path: links are drawn
    // aliased and thin on big networks (a 16,000-link chain took 0.9 s a frame), nodes smooth
    const bool bigNetwork = b.links.size() > 3000;
    p.setRenderHint(QPainter::Antialiasing, !bigNetwork);

    // the chains: a band behind each run of one chain's nodes, tagged with its name and finality
    // (tags and bridge labels are kept clear by the node labels)
    std::vector<QRectF> reserved;
    struct Tag
    {
        QRectF box;
        QColor colour;
        QString text;
    };
    std::vector<Tag> tags;
    m_chainBands.clear();
    m_bridgeLabels.clear();
    QFont tagFont = font();
    tagFont.setPointSizeF(7 * chartFontScale());
    tagFont.setBold(true);
    const QFontMetricsF tagMetrics(tagFont);
    if (!m_chainRuns.empty() && m_colouring != LinkColouring::Velocity) {
        std::vector<std::string> chains;
        struct Band
        {
            QRectF box;
            QColor colour;
            QString tag;
        };
        std::vector<Band> bands;
        for (const ChainRun& run : m_chainRuns) {
            if (!shown(run.first) && !shown(run.last)) continue;
            auto it = std::find(chains.begin(), chains.end(), run.chain);
            if (it == chains.end()) it = chains.insert(chains.end(), run.chain);
            const double r = baseR * std::max(m_nodeSize[run.first], m_nodeSize[run.last]) + 7;
            const QRectF box = QRectF(toScreen(run.first), toScreen(run.last)).normalized().adjusted(-r - 4, -r, r + 4, r);
            if (!box.intersects(view)) continue;
            bands.push_back({box, chainColor(static_cast<int>(it - chains.begin())),
                             run.finalitySec > 0 ? tr("%1 · finality %2").arg(QString::fromStdString(run.chain), formatSeconds(run.finalitySec))
                                                 : QString::fromStdString(run.chain)});
            m_chainBands.push_back({run.chain, box});
        }
        for (const Band& band : bands) {
            QColor fill = band.colour;
            fill.setAlpha(c.background.lightness() < 128 ? 34 : 26);
            QColor edge = band.colour;
            edge.setAlpha(120);
            p.setPen(QPen(edge, 1.2));
            p.setBrush(fill);
            p.drawRoundedRect(band.box, band.box.height() / 2, band.box.height() / 2);
        }
        // each band's tag: left of it, else over its left end, else under it, clear of the other bands and tags
        p.setFont(tagFont);
        for (const Band& band : bands) {
            const QRectF& b0 = band.box;
            const QSizeF size(tagMetrics.horizontalAdvance(band.tag) + 10, tagMetrics.height() + 2);
            const QRectF places[] = {{b0.left() - size.width() - 4, b0.center().y() - size.height() / 2, size.width(), size.height()},
                                     {b0.left() + b0.height() / 2, b0.top() - size.height() - 2, size.width(), size.height()},
                                     {b0.left() + b0.height() / 2, b0.bottom() + 2, size.width(), size.height()}};
            QRectF tag = places[1];
            for (const QRectF& place : places) {
                bool clear = QRectF(rect()).contains(place);
                for (const Band& other : bands) clear &= &other == &band || !other.box.intersects(place);
                for (const QRectF& t : reserved) clear &= !t.intersects(place);
                const QRectF around = place.adjusted(-baseR, -baseR, baseR, baseR); // nor a node (checked on books a paint can afford)
                for (int i = 0; i < n && clear && n <= 5000; ++i) clear = !shown(i) || !around.contains(toScreen(i));
                if (clear) {
                    tag = place;
                    break;
                }
            }
            reserved.push_back(tag);
            tags.push_back({tag, band.colour, band.tag}); // drawn over the nodes, with the labels
        }
    }

    // links, batched by type and width bucket
    std::set<int> neighbours;
    std::vector<std::pair<int, QLineF>> cut; // the min cut's drawn links, widest first
    std::vector<std::pair<int, QLineF>> bridges;
    {
        const bool velocity = m_colouring == LinkColouring::Velocity;
        std::vector<std::vector<QLineF>> batches(5 * 4);
        std::vector<QLineF> highlight, delayed;
        quint64 batched = 1469598103934665603ull; // which link went to which batch (the layer's key)
        for (size_t l = 0; l < b.links.size(); ++l) {
            const Link& k = b.links[l];
            if (k.fromIx < 0 || k.toIx < 0 || !shown(k.fromIx) || !shown(k.toIx)) continue;
            const QLineF line(toScreen(k.fromIx), toScreen(k.toIx));
            if (!view.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1))) continue;
            const int cls = l < m_linkClass.size() ? m_linkClass[l] : static_cast<int>(k.type);
            if (cls < 0) continue; // velocity: a financial link
            if (velocity && l < m_onCut.size() && m_onCut[l]) cut.push_back({static_cast<int>(l), line});
            if (!velocity && k.type == LinkType::Bridge) { // an arc with its latency and capacity, drawn below
                bridges.push_back({static_cast<int>(l), line});
                continue;
            }
            if (selNode >= 0 && (k.fromIx == selNode || k.toIx == selNode)) {
                highlight.push_back(line);
                neighbours.insert(k.fromIx == selNode ? k.toIx : k.fromIx);
                continue;
            }
            if (l < m_drawnDelay.size() && m_drawnDelay[l] > 0) {
                delayed.push_back(line);
                continue;
            }
            const int bucket = std::clamp(static_cast<int>((m_linkWidth[l] - 0.6) / 0.9), 0, 3);
            batches[cls * 4 + bucket].push_back(line);
            batched = (batched ^ (l * 32 + static_cast<size_t>(cls * 4 + bucket))) * 1099511628211ull;
        }
        size_t batchedLines = 0;
        for (const auto& lines : batches) batchedLines += lines.size();
        // the physical chain in front, the financial links behind it; by velocity the slow in front
        const int typeAlpha[5] = {210, 150, 70, 70, 120}; // shipment, supply, obligation, credit line, bridge
        const int velocityAlpha[5] = {230, 230, 230, 150, 0};
        const std::vector<int> order = velocity ? std::vector<int>{3, 0, 1, 2} : std::vector<int>{2, 3, 4, 1, 0};
        auto classColour = [&](int t) {
            QColor col = velocity ? velocityColor(t) : linkColor(static_cast<LinkType>(t));
            col.setAlpha(velocity ? velocityAlpha[t] : typeAlpha[t]);
            return col;
        };
        // many links fade (groups merge links, yet a random chain links every group of a tier to
        // every group of the next); a selection fades the rest further
        const double density = m_groups ? std::clamp(std::sqrt(400.0 / std::max<size_t>(1, b.links.size())), 0.3, 1.0)
                                         : (b.links.size() > 5000 ? 0.6 : 1.0);
        const double dim = selNode >= 0 ? 0.35 * density : density;
        auto drawBatch = [&](QPainter& to, int t, const QColor& col) { // a link type's lines, by width
            for (int w = 0; w < 4; ++w) {
                auto& lines = batches[t * 4 + w];
                if (lines.empty()) continue;
                QPen pen(col, (0.6 + 0.9 * w) * std::clamp(m_scale * unit / 60.0, 0.6, 1.6));
                if (!velocity && static_cast<LinkType>(t) == LinkType::CreditLine) pen.setStyle(Qt::DashLine);
                to.setPen(pen);
                to.drawLines(lines.data(), static_cast<int>(lines.size()));
            }
        };
        // A few hundred smooth wide lines already cost the raster engine tens of milliseconds (the
        // desk book's 2,000 grouped links: 80 ms a frame), and a big network's aliased ones more: the
        // links are drawn into a layer, kept while nothing they show changes (live ticks move a
        // link's width only when its value crosses a bucket), and the layer is drawn.
        if (bigNetwork || batchedLines > 400) {
            const quint64 key = (m_version * 1000003ull + static_cast<quint64>(selNode + 1) * 7919ull +
                                 static_cast<quint64>(width()) * 31ull + static_cast<quint64>(height())) ^ batched;
            const bool sameView = m_layerScale == m_scale && m_layerOffset == m_offset;
            if (m_linkLayer.isNull() || key != m_layerKey || (!sameView && !m_relayer->isActive() && !m_dragging)) {
                if (!sameView && key == m_layerKey && !m_linkLayer.isNull()) {
                    // still moving (wheel bursts): show the old layer transformed, re-render at rest
                    m_relayer->start();
                } else {
                    // smooth lines at the device's resolution (a report's page is drawn at twice the
                    // screen's); the DDA's one-pixel lines in screen pixels, as they always were
                    const qreal dpr = bigNetwork ? 1.0 : p.device()->devicePixelRatioF();
                    QImage layer(size() * dpr, QImage::Format_ARGB32_Premultiplied);
                    layer.setDevicePixelRatio(dpr);
                    layer.fill(Qt::transparent);
                    if (bigNetwork) // one-pixel lines blended by a DDA
                        for (int t : order)
                            for (int w = 0; w < 4; ++w) {
                                QColor col = classColour(t);
                                col.setAlpha(static_cast<int>(col.alpha() * dim * (0.6 + 0.15 * w)));
                                blendLines(layer, batches[t * 4 + w], col);
                            }
                    else {
                        // Translucent wide lines are stroked as one path per call, whose union the
                        // raster engine fills at great cost (2,000 lines: a second). The same picture:
                        // a type's lines drawn opaque into an ink layer, which is then laid on with the
                        // type's opacity (2,000 lines: 55 ms).
                        QImage ink(layer.size(), QImage::Format_ARGB32_Premultiplied);
                        ink.setDevicePixelRatio(dpr);
                        QPainter lp(&layer);
                        for (int t : order) {
                            bool any = false;
                            for (int w = 0; w < 4; ++w) any |= !batches[t * 4 + w].empty();
                            if (!any) continue;
                            ink.fill(Qt::transparent);
                            QPainter ip(&ink);
                            ip.setRenderHint(QPainter::Antialiasing);
                            QColor col = classColour(t);
                            const double opacity = col.alphaF() * dim;
                            col.setAlpha(255);
                            drawBatch(ip, t, col);
                            ip.end();
                            lp.setOpacity(opacity);
                            lp.drawImage(0, 0, ink);
                        }
                    }
                    m_linkLayer = std::move(layer);
                    m_layerKey = key;
                    m_layerScale = m_scale;
                    m_layerOffset = m_offset;
                }
            } else if (!sameView) {
                m_relayer->start();
            }
            if (m_layerScale == m_scale && m_layerOffset == m_offset) {
                p.drawImage(0, 0, m_linkLayer);
            } else { // the layer as it was rendered, moved to the current view
                const double k = m_scale / m_layerScale;
                p.save();
                p.translate(m_offset);
                p.scale(k, k);
                p.translate(-m_layerOffset);
                p.drawImage(0, 0, m_linkLayer);
                p.restore();
            }
        } else {
            for (int t : order) {
                QColor col = classColour(t);
                col.setAlpha(static_cast<int>(col.alpha() * dim));
                drawBatch(p, t, col);
            }
        }
        // bridges: an arc over the row (two chains' bands often share one), labelled where detailed
        for (const auto& [l, line] : bridges) {
            const QPointF mid = line.center();
            const QPointF d = line.p2() - line.p1();
            const double len = std::hypot(d.x(), d.y());
            QPointF normal = len > 0 ? QPointF(d.y() / len, -d.x() / len) : QPointF(0, -1);
            if (normal.y() > 0) normal = -normal; // bulge upwards
            // the bulge stays within a third of the loose rows' gap (0.9 world units), not into the next row
            const QPointF control = mid + normal * std::min({70.0, 0.35 * len + 12, 0.3 * 0.9 * m_scale * 2});
            QPainterPath arc(line.p1());
            arc.quadTo(control, line.p2());
            const Link& k = b.links[l];
            const bool lit = selNode >= 0 && (k.fromIx == selNode || k.toIx == selNode);
            QColor col = linkColor(LinkType::Bridge);
            col.setAlpha(static_cast<int>(230 * (lit ? 1.0 : std::max(dim, 0.6))));
            p.setPen(QPen(col, lit ? 2.6 : 2.0, Qt::DashLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            p.drawPath(arc);
            if (!detailed) continue;
            QString text = tr("⇄ bridge %1").arg(formatSeconds(k.latencySec));
            if (std::isfinite(k.capacity)) text += tr(" · %1/day").arg(formatMoney(k.capacity));
            const QSizeF size(tagMetrics.horizontalAdvance(text) + 10, tagMetrics.height() + 2);
            const QPointF apex = 0.25 * line.p1() + 0.5 * control + 0.25 * line.p2();
            // on the arc's apex, else above it: where it covers no node and no tag
            QRectF box;
            for (double up : {0.5, 1.2, 2.2}) {
                const QRectF at(apex.x() - size.width() / 2, apex.y() - up * size.height(), size.width(), size.height());
                bool clear = QRectF(rect()).contains(at);
                for (int i = 0; i < n && clear; ++i)
                    clear = !shown(i) || !at.adjusted(-baseR - 2, -baseR - 2, baseR + 2, baseR + 2).contains(toScreen(i));
                for (const QRectF& t : reserved) clear &= !t.intersects(at);
                if (clear) {
                    box = at;
                    break;
                }
            }
            if (box.isNull()) continue; // no room: the cross-chain view says it
            reserved.push_back(box);
            m_bridgeLabels.push_back({l, box});
            p.setFont(tagFont);
            p.setPen(Qt::NoPen);
            QColor bg = c.background;
            bg.setAlpha(215);
            p.setBrush(bg);
            p.drawRoundedRect(box, 4, 4);
            p.setPen(linkColor(LinkType::Bridge));
            p.drawText(box, Qt::AlignCenter, text);
        }
        if (!delayed.empty()) {
            p.setPen(QPen(c.bad, 2.0, Qt::DashLine));
            p.drawLines(delayed.data(), static_cast<int>(delayed.size()));
        }
        if (!highlight.empty()) {
            p.setPen(QPen(c.accent, 2.2));
            p.drawLines(highlight.data(), static_cast<int>(highlight.size()));
        }
        if (!cut.empty()) { // the min cut: a wide band under a dashed line; its capacity is labelled with the names
            QColor band = cutColor();
            band.setAlpha(70);
            p.setPen(QPen(band, 9.0, Qt::SolidLine, Qt::RoundCap));
            for (const auto& [l, line] : cut) p.drawLine(line);
            p.setPen(QPen(cutColor(), 2.2, Qt::DashLine));
            for (const auto& [l, line] : cut) p.drawLine(line);
            std::stable_sort(cut.begin(), cut.end(), [&](const auto& a, const auto& o) { return m_cutCapacity[a.first] > m_cutCapacity[o.first]; });
        }
    }
    p.setRenderHint(QPainter::Antialiasing, n <= 4000 || detailed);
    enum SpriteKind : quint32 { Disc, Ring, GlyphBase = 16 };
    auto disc = [&](QPointF centre, double radius, const QColor& fill) {
        const SpriteKey key{Disc, fill.rgba(), 0, quarterPixels(radius), 0};
        m_sprites.draw(p, centre, key, radius + 1, [&](QPainter& sp) {
            const double r = fromQuarterPixels(key.size);
            sp.setPen(Qt::NoPen);
            sp.setBrush(fill);
            sp.drawEllipse(QPointF(0, 0), r, r);
        });
    };
    // shipments in transit: the cargo's position, and flow marks moving along the link
    for (size_t l = 0; l < b.links.size(); ++l) {
        const Link& k = b.links[l];
        if (k.type != LinkType::Shipment || k.fromIx < 0 || k.toIx < 0 || !shown(k.fromIx) || !shown(k.toIx)) continue;
        if (m_groups && m_groups->linkMembers[l].size() != 1) continue; // many shipments: the link's width says it
        const double f = shipmentProgress(*book, m_groups ? book->links[m_groups->linkMembers[l][0]] : k);
        if (f < 0) continue;
        const QPointF a = toScreen(k.fromIx), z = toScreen(k.toIx);
        if (!view.contains(a) && !view.contains(z)) continue;
        const bool late = l < m_drawnDelay.size() && m_drawnDelay[l] > 0;
        const double moving = m_anim->isActive() ? std::fmod(f + m_phase * 0.25, 1.0) : f;
        disc(a + (z - a) * moving, std::clamp(baseR * 0.55, 2.0, 5.0), late ? c.bad : QColor(0x60, 0xa5, 0xfa));
    }
    // nodes
    const QColor ring = darkTheme() ? QColor(0x0f, 0x13, 0x19) : QColor(Qt::white);
    struct Badge
    {
        QPointF at;
        int count;
        QColor colour;
    };
    std::vector<Badge> badges; // members of a group defaulted or liquidated, drawn over the nodes
    for (int i = 0; i < n; ++i) {
        if (!shown(i)) continue;
        const QPointF s = toScreen(i);
        if (!view.contains(s)) continue;
        const Node& node = b.nodes[i];
        const double r = baseR * (i < static_cast<int>(m_nodeSize.size()) ? m_nodeSize[i] : 1.0);
        // a group is coloured by its stress only when all its members share it; otherwise badges count them
        const bool group = isGroup(i);
        const int members = group ? static_cast<int>(m_groups->members[i].size()) : 1;
        const int defaulted = i < static_cast<int>(m_drawnDefaulted.size()) ? m_drawnDefaulted[i] : 0;
        const int liquidated = i < static_cast<int>(m_drawnLiquidated.size()) ? m_drawnLiquidated[i] : 0;
        const bool dflt = defaulted > 0 && defaulted == members;
        const double hf = i < static_cast<int>(m_nodeHealth.size()) ? m_nodeHealth[i] : kInf;
        const bool liq = liquidated > 0 && (!group || liquidated == members);
        QColor fill = dflt ? c.bad : liq ? c.warn : nodeFill(node.type);
        if (selNode >= 0 && i != selNode && !neighbours.count(i)) fill.setAlpha(110);
        if (!detailed) {
            disc(s, r, fill);
            if (std::isfinite(hf) && hf < kHealthWarning) disc(s, r * 0.6, healthColor(hf));
            continue;
        }
        const SpriteKey glyph{GlyphBase + static_cast<quint32>(node.type), fill.rgba(), ring.rgba(), quarterPixels(r), 0};
        auto drawGlyph = [&](QPointF at) {
            m_sprites.draw(p, at, glyph, r + 2, [&](QPainter& sp) {
                sp.setPen(QPen(ring, 1.0));
                sp.setBrush(fill);
                sp.drawPath(glyphPath(glyphOf(node.type), fromQuarterPixels(glyph.size)));
            });
        };
        if (group) // a stack of glyphs: many nodes behind this one
            for (double k : {2.0, 1.0}) drawGlyph(s + QPointF(k, -k) * std::max(2.0, r * 0.22));
        drawGlyph(s);
        if (group && (defaulted > 0 && !dflt)) badges.push_back({s + QPointF(r * 0.8, -r * 0.9), defaulted, c.bad});
        if (group && (liquidated > 0 && !liq)) badges.push_back({s + QPointF(r * 0.8, r * 0.6), liquidated, c.warn});
        if (std::isfinite(hf)) { // a borrower: ring coloured by its weakest loan
            const QColor col = healthColor(hf);
            const SpriteKey key{Ring, col.rgba(), 0, quarterPixels(r + 3), quarterPixels(hf < kHealthWarning ? 2.6 : 1.6)};
            m_sprites.draw(p, s, key, r + 5, [&](QPainter& sp) {
                const double rr = fromQuarterPixels(key.size);
                sp.setBrush(Qt::NoBrush);
                sp.setPen(QPen(col, fromQuarterPixels(key.width)));
                sp.drawEllipse(QPointF(0, 0), rr, rr);
            });
        }
        if (dflt) {
            p.setPen(QPen(Qt::white, 1.8));
            p.drawLine(s + QPointF(-r * 0.5, -r * 0.5), s + QPointF(r * 0.5, r * 0.5));
            p.drawLine(s + QPointF(-r * 0.5, r * 0.5), s + QPointF(r * 0.5, -r * 0.5));
        }
        if (i < static_cast<int>(m_bottleneck.size()) && m_bottleneck[i]) {
            p.setPen(QPen(c.warn, 1.4, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(s, r + 6, r + 6);
        }
    }
    {
        QFont f = font();
        f.setPointSizeF(7 * chartFontScale());
        f.setBold(true);
        p.setFont(f);
        const QFontMetricsF fm(f);
        for (const Badge& badge : badges) {
            const QString text = QStringLiteral("%L1").arg(badge.count);
            const QRectF box(badge.at - QPointF(0, fm.height() / 2), QSizeF(fm.horizontalAdvance(text) + 8, fm.height()));
            p.setPen(Qt::NoPen);
            p.setBrush(badge.colour);
            p.drawRoundedRect(box, box.height() / 2, box.height() / 2);
            p.setPen(Qt::white);
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    // selection
    if (selNode >= 0 && shown(selNode)) {
        const QPointF s = toScreen(selNode);
        const double r = baseR * m_nodeSize[selNode] + 7;
        p.setPen(QPen(c.accent, 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(s, r, r);
    }
    drawLegend(p); // before the labels, which keep clear of it
    // labels: the most important nodes always, every node in view once zoomed in
    {
        QFont f = font();
        f.setPointSizeF(8 * chartFontScale()); // presentation mode enlarges it with the charts
        p.setFont(f);
        const QFontMetrics fm(f);
        const int budget = detailed ? (baseR > 8 ? 400 : 60) : 15;
        std::vector<QRectF> taken{QRectF(legendBox())};
        taken.insert(taken.end(), reserved.begin(), reserved.end());
        p.setFont(tagFont);
        for (const Tag& t : tags) { // the chains' tags, over the nodes
            p.setPen(Qt::NoPen);
            p.setBrush(t.colour);
            p.drawRoundedRect(t.box, t.box.height() / 2, t.box.height() / 2);
            p.setPen(Qt::white);
            p.drawText(t.box, Qt::AlignCenter, t.text);
        }
        p.setFont(f);
        // the nodes in view on a coarse grid: a label that would cover another node is left out
        // (hovering shows every name), unless it is the selection's
        const int cell = 48, gridW = width() / cell + 1, gridH = height() / cell + 1;
        std::vector<std::vector<int>> grid(static_cast<size_t>(gridW) * gridH);
        auto cells = [&](const QRectF& r, auto&& visit) {
            const int x0 = std::max(0, static_cast<int>(r.left()) / cell), x1 = std::min(gridW - 1, static_cast<int>(r.right()) / cell);
            const int y0 = std::max(0, static_cast<int>(r.top()) / cell), y1 = std::min(gridH - 1, static_cast<int>(r.bottom()) / cell);
            for (int y = y0; y <= y1; ++y)
                for (int x = x0; x <= x1; ++x) visit(grid[static_cast<size_t>(y) * gridW + x]);
        };
        auto nodeBox = [&](int i) {
            const double r = baseR * (i < static_cast<int>(m_nodeSize.size()) ? m_nodeSize[i] : 1.0);
            const QRectF box(toScreen(i) - QPointF(r, r), QSizeF(2 * r, 2 * r));
            const double stack = isGroup(i) && detailed ? 2 * std::max(2.0, r * 0.22) : 0.0; // the glyphs behind a group's
            return box.adjusted(0, -stack, stack, 0);
        };
        m_nodeBoxes.clear();
        m_labelBoxes.clear();
        for (int i = 0; i < n; ++i) {
            if (!shown(i)) continue;
            const QRectF box = nodeBox(i);
            if (!box.intersects(rect())) continue;
            cells(box, [&](std::vector<int>& c) { c.push_back(i); });
            m_nodeBoxes.push_back({i, box});
        }
        // the min cut's capacities first (the six widest links): along the link where they cover no node,
        // and node labels keep clear of them; drawn last, over everything
        m_cutLabels.clear();
        std::vector<QString> cutTexts;
        std::vector<QPointF> cutAnchors;
        if (!cut.empty()) {
            QFont cf = f;
            cf.setPointSizeF(7.5 * chartFontScale());
            cf.setBold(true);
            const QFontMetricsF cfm(cf);
            for (const auto& [l, line] : cut) {
                if (m_cutLabels.size() >= 6 || m_cutCapacity[l] <= 0) break;
                const QString text = m_cutLabels.empty() ? tr("✂ min cut %1/day").arg(formatMoney(m_cutCapacity[l]))
                                                         : tr("✂ %1/day").arg(formatMoney(m_cutCapacity[l]));
                const QSizeF size(cfm.horizontalAdvance(text) + 10, cfm.height() + 2);
                QRectF chosen;
                QPointF anchor;
                // on the link first; where the chain is dense, further off it with a leader line
                for (int ring = 0; ring < 4 && chosen.isNull(); ++ring)
                for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
                    const QPointF at = line.pointAt(t);
                    const double off = size.height() / 2 + 6 + ring * (size.height() + 4);
                    for (double dy : {-off, off}) {
                        const QRectF box(at.x() - size.width() / 2, at.y() + dy - size.height() / 2, size.width(), size.height());
                        if (!QRectF(rect()).contains(box)) continue;
                        bool clear = std::none_of(taken.begin(), taken.end(), [&](const QRectF& o) { return o.intersects(box); });
                        cells(box, [&](const std::vector<int>& cs) {
                            for (int j : cs) clear = clear && !nodeBox(j).adjusted(-2, -2, 2, 2).intersects(box);
                        });
                        if (clear) {
                            chosen = box, anchor = at;
                            break;
                        }
                    }
                    if (!chosen.isNull()) break;
                }
                if (chosen.isNull() && m_cutLabels.empty()) { // the widest is always labelled: over the link's middle
                    anchor = line.center();
                    chosen = QRectF(anchor.x() - size.width() / 2, anchor.y() - size.height() - 6, size.width(), size.height());
                }
                if (chosen.isNull()) continue; // no free place along it: the band and the hover card still show it
                taken.push_back(chosen);
                m_cutLabels.push_back({l, chosen});
                cutTexts.push_back(text);
                cutAnchors.push_back(anchor);
            }
        }
        if (m_labelWidthFont != f.pointSizeF() || m_labelWidth.size() != b.nodes.size()) // a new book or type size
            m_labelWidth.assign(b.nodes.size(), -1.0f), m_labelWidthFont = f.pointSizeF();
        int drawn = 0;
        auto label = [&](int i, bool force) {
            if (!shown(i)) return;
            const QPointF s = toScreen(i);
            if (!rect().contains(s.toPoint())) return;
            // a name longer than a few words is cut (the hover card has it whole)
            const QString text = fm.elidedText(labelOf(b, i), Qt::ElideMiddle, 40 * fm.averageCharWidth());
            if (m_labelWidth[i] < 0) m_labelWidth[i] = static_cast<float>(fm.horizontalAdvance(text)); // shaping text is the dear part
            const QRectF own = nodeBox(i);
            const double w = m_labelWidth[i] + 4, h = fm.height();
            // under the node, else above, right or left of it: the first place inside the canvas
            // that covers no label and no node
            const QRectF places[] = {{s.x() - w / 2, own.bottom() + 3, w, h},
                                     {s.x() - w / 2, own.top() - 3 - h, w, h},
                                     {own.right() + 4, s.y() - h / 2, w, h},
                                     {own.left() - 4 - w, s.y() - h / 2, w, h},
                                     // near the canvas's edges: under or above, running inwards
                                     {own.left(), own.bottom() + 3, w, h},
                                     {own.right() - w, own.bottom() + 3, w, h},
                                     {own.left(), own.top() - 3 - h, w, h},
                                     {own.right() - w, own.top() - 3 - h, w, h}};
            auto fits = [&](const QRectF& box) {
                if (!QRectF(rect()).contains(box)) return false;
                for (const QRectF& t : taken)
                    if (t.intersects(box)) return false;
                bool covers = false;
                cells(box, [&](const std::vector<int>& c) {
                    for (int j : c) covers |= nodeBox(j).intersects(box);
                });
                return !covers;
            };
            // the selection's label is always drawn: where it fits, else under its node
            const auto it = std::find_if(std::begin(places), std::end(places), fits);
            if (it == std::end(places) && !force) return;
            const QRectF box = it == std::end(places) ? places[0] : *it;
            taken.push_back(box);
            m_labelBoxes.push_back({i, box});
            p.setPen(Qt::NoPen);
            QColor bg = c.background;
            bg.setAlpha(180);
            p.setBrush(bg);
            p.drawRoundedRect(box, 3, 3);
            p.setPen(force ? c.text : c.muted);
            p.drawText(box, Qt::AlignCenter, text);
            ++drawn;
        };
        if (selNode >= 0) label(selNode, true);
        for (int i : neighbours)
            if (detailed) label(i, false);
        for (int i : m_labelRank) {
            if (drawn >= budget) break;
            label(i, false);
        }
        if (!m_cutLabels.empty()) {
            QFont cf = f;
            cf.setPointSizeF(7.5 * chartFontScale());
            cf.setBold(true);
            p.setFont(cf);
            for (size_t k = 0; k < m_cutLabels.size(); ++k) {
                const QRectF& box = m_cutLabels[k].second;
                if (std::abs(box.center().y() - cutAnchors[k].y()) > box.height()) { // a leader to the link
                    p.setPen(QPen(cutColor(), 1.2));
                    p.drawLine(cutAnchors[k], QPointF(cutAnchors[k].x(), box.center().y() < cutAnchors[k].y() ? box.bottom() : box.top()));
                }
                p.setPen(Qt::NoPen);
                p.setBrush(cutColor());
                p.drawRoundedRect(m_cutLabels[k].second, 4, 4);
                p.setPen(Qt::white);
                p.drawText(m_cutLabels[k].second, Qt::AlignCenter, cutTexts[k]);
            }
        }
    }
    if (m_hover >= 0 && m_hover < n) drawHoverCard(p, m_hover);
}

namespace {
struct LegendItem
{
    QString text;
    int kind; // 0 glyph, 1 line, 2 ring
    Glyph g;
    QColor col;
};
QList<LegendItem> legendItems(LinkColouring how)
{
    const Colors c = colors();
    if (how == LinkColouring::Velocity)
        return {
            {GraphCanvas::tr("Supplier / retailer"), 0, {0, 0}, nodeFill(NodeType::Supplier)},
            {GraphCanvas::tr("Manufacturer"), 0, {4, 45}, nodeFill(NodeType::Manufacturer)},
            {GraphCanvas::tr("Port / carrier"), 0, {3, 90}, nodeFill(NodeType::Port)},
            {GraphCanvas::tr("Warehouse"), 0, {5, -90}, nodeFill(NodeType::Warehouse)},
            {GraphCanvas::tr("In transit up to 7 days"), 1, {}, velocityColor(0)},
            {GraphCanvas::tr("In transit 7 to 21 days"), 1, {}, velocityColor(1)},
            {GraphCanvas::tr("In transit over 21 days"), 1, {}, velocityColor(2)},
            {GraphCanvas::tr("Supply (width: value per day)"), 1, {}, velocityColor(3)},
            {GraphCanvas::tr("Min cut of the max-flow"), 4, {}, cutColor()},
            {GraphCanvas::tr("Bottleneck: inflow > outflow"), 5, {}, c.warn},
            {GraphCanvas::tr("Borrower HF < 1 / < 1.1 / ok"), 2, {}, c.bad},
        };
    return {
        {GraphCanvas::tr("Supplier / retailer"), 0, {0, 0}, nodeFill(NodeType::Supplier)},
        {GraphCanvas::tr("Manufacturer"), 0, {4, 45}, nodeFill(NodeType::Manufacturer)},
        {GraphCanvas::tr("Port / carrier"), 0, {3, 90}, nodeFill(NodeType::Port)},
        {GraphCanvas::tr("Warehouse"), 0, {5, -90}, nodeFill(NodeType::Warehouse)},
        {GraphCanvas::tr("Lender / lending venue"), 0, {6, 0}, nodeFill(NodeType::LendingVenue)},
        {GraphCanvas::tr("AMM / exchange / OTC"), 0, {4, 0}, nodeFill(NodeType::Exchange)},
        {GraphCanvas::tr("Shipment"), 1, {}, linkColor(LinkType::Shipment)},
        {GraphCanvas::tr("Supply"), 1, {}, linkColor(LinkType::Supply)},
        {GraphCanvas::tr("Obligation"), 1, {}, linkColor(LinkType::Obligation)},
        {GraphCanvas::tr("Credit line"), 1, {}, linkColor(LinkType::CreditLine)},
        {GraphCanvas::tr("Bridge between chains"), 1, {}, linkColor(LinkType::Bridge)},
        {GraphCanvas::tr("Borrower HF < 1 / < 1.1 / ok"), 2, {}, c.bad},
        {GraphCanvas::tr("Scenario: liquidated / defaulted"), 3, {}, c.warn},
        {GraphCanvas::tr("Bottleneck: inflow > outflow"), 5, {}, c.warn},
    };
}
QFont legendFont(const QFont& base, double scale)
{
    QFont f = base;
    f.setPointSizeF(7.5 * scale); // not enlarged in presentation mode: it would cover the nodes at the right
    return f;
}
} // namespace

GraphCanvas::LegendLayout GraphCanvas::legendLayout() const
{
    const QFontMetrics fm(legendFont(font(), m_printScale));
    const QList<LegendItem> items = legendItems(m_colouring);
    const int rowH = fm.height() + 2, mark = 28;
    LegendLayout out;
    if (m_printScale > 1.0) { // on paper: a strip under the graph, the items in rows across it
        const int avail = width() - 30;
        int x = 0, row = 0;
        for (const auto& it : items) {
            const int w = mark + fm.horizontalAdvance(it.text) + 16;
            if (x > 0 && x + w > avail) x = 0, ++row;
            out.items.push_back(QRect(x, row * rowH, w, rowH));
            x += w;
        }
        const int h = (row + 1) * rowH + 10;
        out.box = QRect(10, height() - h - 6, width() - 20, h);
    } else { // on the desk: a column at the bottom right
        int w = 0;
        for (const auto& it : items) w = std::max(w, fm.horizontalAdvance(it.text));
        for (int k = 0; k < items.size(); ++k) out.items.push_back(QRect(0, k * rowH, mark + w + 6, rowH));
        const int h = rowH * static_cast<int>(items.size()) + 10;
        out.box = QRect(width() - w - 44, height() - h - 6, w + 36, h);
    }
    for (QRect& r : out.items) r.translate(out.box.topLeft() + QPoint(5, 5));
    return out;
}

QRect GraphCanvas::legendBox() const { return legendLayout().box; }

void GraphCanvas::drawLegend(QPainter& p)
{
    const Colors c = colors();
    const QFont f = legendFont(font(), m_printScale);
    p.setFont(f);
    const QList<LegendItem> items = legendItems(m_colouring);
    const LegendLayout layout = legendLayout();
    QColor bg = c.panel;
    bg.setAlpha(225);
    p.setPen(QPen(c.grid));
    p.setBrush(bg);
    p.drawRoundedRect(layout.box, 5, 5);
    for (int k = 0; k < items.size(); ++k) {
        const LegendItem& it = items[k];
        const QRect& r = layout.items[k];
        const QPointF mark(r.left() + 8, r.center().y() + 0.5);
        if (it.kind == 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(it.col);
            p.drawPath(glyphPath(it.g, 5).translated(mark));
        } else if (it.kind == 1) {
            p.setPen(QPen(it.col, 2));
            p.drawLine(mark + QPointF(-7, 0), mark + QPointF(7, 0));
        } else if (it.kind == 4) {
            QColor band = it.col;
            band.setAlpha(70);
            p.setPen(QPen(band, 7, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(mark + QPointF(-6, 0), mark + QPointF(6, 0));
            p.setPen(QPen(it.col, 2, Qt::DashLine));
            p.drawLine(mark + QPointF(-7, 0), mark + QPointF(7, 0));
        } else if (it.kind == 5) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(it.col, 1.4, Qt::DotLine));
            p.drawEllipse(mark, 5.5, 5.5);
        } else if (it.kind == 3) {
            p.setPen(Qt::NoPen);
            p.setBrush(c.warn);
            p.drawEllipse(mark + QPointF(-4, 0), 4, 4);
            p.setBrush(c.bad);
            p.drawEllipse(mark + QPointF(6, 0), 4, 4);
        } else {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(c.bad, 2));
            p.drawEllipse(mark + QPointF(-6, 0), 3, 3);
            p.setPen(QPen(c.warn, 2));
            p.drawEllipse(mark + QPointF(1, 0), 3, 3);
            p.setPen(QPen(c.good, 2));
            p.drawEllipse(mark + QPointF(8, 0), 3, 3);
        }
        p.setPen(c.muted);
        p.drawText(r.adjusted(23, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, it.text);
    }
}

void GraphCanvas::drawHoverCard(QPainter& p, int i)
{
    const BookPtr book = m_desk->book();
    const Exposure* x = m_desk->exposure();
    if (!book || !x) return;
    const Node& node = drawnBook(*book).nodes[i];
    const std::vector<int> members = membersOf(i);
    NodeExposure ne; // what the node, or the group's members together, hold and owe
    int bottlenecks = 0;
    double excess = 0;
    for (int m : members) {
        if (m >= static_cast<int>(x->nodes.size())) continue;
        const NodeExposure& e = x->nodes[m];
        ne.holdings += e.holdings, ne.collateralPosted += e.collateralPosted, ne.receivables += e.receivables;
        ne.payables += e.payables, ne.inflowPerDay += e.inflowPerDay;
        ne.outflowCapacityPerDay += e.outflowCapacityPerDay;
        bottlenecks += e.bottleneck;
        if (e.bottleneck) excess += e.inflowPerDay - e.outflowCapacityPerDay;
    }
    const bool group = isGroup(i);
    const Colors c = colors();
    QStringList lines;
    lines << labelOf(drawnBook(*book), i);
    if (group) {
        lines << tr("%L1 nodes · %L2 links among them").arg(members.size()).arg(m_groups->innerLinks[i]);
    } else {
        QString kind = typeName(node.type);
        if (!node.region.empty()) kind += QStringLiteral(" · ") + QString::fromStdString(node.region);
        if (!node.chain.empty()) kind += QStringLiteral(" · ") + QString::fromStdString(node.chain);
        lines << kind;
    }
    if (ne.holdings > 0) lines << tr("Holdings %1").arg(formatMoney(ne.holdings));
    if (ne.collateralPosted > 0) lines << tr("Collateral posted %1").arg(formatMoney(ne.collateralPosted));
    if (ne.receivables > 0 || ne.payables > 0)
        lines << tr("Receivables %1 · payables %2").arg(formatMoney(ne.receivables), formatMoney(ne.payables));
    if (ne.inflowPerDay > 0 || ne.outflowCapacityPerDay > 0)
        lines << tr("Inflow %1/day · outflow capacity %2/day").arg(formatMoney(ne.inflowPerDay), formatMoney(ne.outflowCapacityPerDay));
    if (std::isfinite(m_nodeHealth[i])) lines << tr("Weakest loan HF %1").arg(formatHealth(m_nodeHealth[i]));
    const int liquidated = i < static_cast<int>(m_drawnLiquidated.size()) ? m_drawnLiquidated[i] : 0;
    const int defaulted = i < static_cast<int>(m_drawnDefaulted.size()) ? m_drawnDefaulted[i] : 0;
    const QString defaultedLine = group ? tr("%L1 of %L2 DEFAULTED in the scenario").arg(defaulted).arg(members.size())
                                        : tr("DEFAULTED in the scenario");
    if (group) {
        if (bottlenecks > 0) lines << tr("%L1 bottlenecks: %2/day more in than out").arg(bottlenecks).arg(formatMoney(excess));
        if (liquidated > 0) lines << tr("%L1 with loans liquidated in the scenario").arg(liquidated);
    } else {
        if (bottlenecks > 0) lines << tr("Bottleneck: %1/day more in than out").arg(formatMoney(excess));
        if (liquidated > 0) lines << tr("Loans liquidated in the scenario");
    }
    if (defaulted > 0) lines << defaultedLine;
    if (group) lines << tr("Click to open the group");
    else if (m_groups && m_open.count(m_groups->groups[i].key)) lines << tr("Double-click to close its group");
    QFont f = font();
    f.setPointSizeF(8.5 * chartFontScale());
    QFont bold = f;
    bold.setBold(true);
    const QFontMetrics fm(f), bm(bold);
    int w = bm.horizontalAdvance(lines.front());
    for (const QString& l : lines) w = std::max(w, fm.horizontalAdvance(l));
    const int h = (fm.height() + 2) * static_cast<int>(lines.size()) + 10;
    QPointF at = toScreen(i) + QPointF(14, 14);
    if (at.x() + w + 20 > width()) at.setX(at.x() - w - 40);
    if (at.y() + h > height()) at.setY(at.y() - h - 28);
    const QRectF box(at, QSizeF(w + 18, h));
    p.setPen(QPen(c.grid));
    p.setBrush(c.panel);
    p.drawRoundedRect(box, 6, 6);
    double y = box.top() + 5;
    for (int k = 0; k < lines.size(); ++k) {
        p.setFont(k == 0 ? bold : f);
        p.setPen(k == 0 ? c.text : (lines[k] == defaultedLine ? c.bad : c.muted));
        p.drawText(QRectF(box.left() + 9, y, w + 4, fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter, lines[k]);
        y += fm.height() + 2;
    }
}

void GraphCanvas::resizeEvent(QResizeEvent*)
{
    if (!m_userMoved) fitAll();
}

void GraphCanvas::wheelEvent(QWheelEvent* e)
{
    const double factor = std::pow(1.0015, e->angleDelta().y());
    const QPointF at = e->position();
    const double s = std::clamp(m_scale * factor, 1e-6, 1e6);
    m_offset = at - (at - m_offset) * (s / m_scale);
    m_scale = s;
    m_userMoved = true;
    update();
}

void GraphCanvas::mousePressEvent(QMouseEvent* e)
{
    m_pressPos = m_lastPos = e->pos();
    m_dragging = e->button() == Qt::LeftButton;
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* e)
{
    if (m_dragging && (e->buttons() & Qt::LeftButton)) {
        m_offset += e->pos() - m_lastPos;
        m_lastPos = e->pos();
        m_userMoved = true;
        update();
        return;
    }
    const int h = nodeAt(e->position());
    if (h != m_hover) {
        m_hover = h;
        setCursor(h >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* e)
{
    if (m_dragging) m_relayer->start();
    m_dragging = false;
    if ((e->pos() - m_pressPos).manhattanLength() > 4) return;
    const int n = nodeAt(e->position());
    if (n >= 0 && isGroup(n)) { // a group opens to show its members
        openGroup(m_groups->groups[n].key);
        return;
    }
    m_desk->select(n >= 0 ? Selection{Selection::Kind::Node, membersOf(n).front()} : Selection{});
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* e)
{
    const int n = nodeAt(e->position());
    if (n >= 0 && m_groups && !isGroup(n) && m_open.count(m_groups->groups[n].key)) closeGroup(m_groups->groups[n].key);
    else if (n >= 0) zoomToSelection();
    else fitAll();
}

void GraphCanvas::leaveEvent(QEvent*)
{
    m_hover = -1;
    update();
}

void GraphCanvas::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Z: zoomToSelection(); break;
    case Qt::Key_0:
    case Qt::Key_Home: fitAll(); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: {
        const QPointF c(width() / 2.0, height() / 2.0);
        m_offset = c - (c - m_offset) * 1.25;
        m_scale *= 1.25;
        m_userMoved = true;
        update();
        break;
    }
    case Qt::Key_Minus: {
        const QPointF c(width() / 2.0, height() / 2.0);
        m_offset = c - (c - m_offset) * 0.8;
        m_scale *= 0.8;
        m_userMoved = true;
        update();
        break;
    }
    case Qt::Key_Escape: m_desk->select({}); break;
    case Qt::Key_Backspace: { // closes the group the selected node was opened from
        const int n = drawnOf(m_desk->nodeOf(m_desk->selection()));
        if (n >= 0 && m_groups && !isGroup(n)) closeGroup(m_groups->groups[n].key);
        break;
    }
    default: QWidget::keyPressEvent(e);
    }
}

// ---- panel --------------------------------------------------------------------------------------

GraphView::GraphView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    QVBoxLayout* v = nullptr;
    WrapLayout* h = addWrappingViewBar(this, &v);
    QWidget* bar = h->parentWidget();
    m_layout = new QComboBox(bar);
    m_layout->addItem(tr("Layered (supply chain)"), static_cast<int>(LayoutKind::Layered));
    m_layout->addItem(tr("Force (financial network)"), static_cast<int>(LayoutKind::Force));
    m_group = new QComboBox(bar);
    m_group->addItem(tr("All nodes"), QStringLiteral("all"));
    m_group->addItem(tr("Supply chain"), QStringLiteral("chain"));
    m_group->addItem(tr("Financial"), QStringLiteral("financial"));
    m_region = new QComboBox(bar);
    m_chain = new QComboBox(bar);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find node…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(180);
    auto* fit = new QToolButton(bar);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole network (Home)"));
    auto* zoomSel = new QToolButton(bar);
    zoomSel->setText(tr("Zoom"));
    zoomSel->setToolTip(tr("Frame the selected node (Z)"));
    auto* anim = new QToolButton(bar);
    anim->setText(tr("Animate"));
    anim->setCheckable(true);
    anim->setToolTip(tr("Move the shipments in transit along their links"));
    m_groups = new QToolButton(bar);
    m_groups->setText(tr("Groups"));
    m_groups->setCheckable(true);
    m_groups->setToolTip(tr("Draw the network in groups (tier and region, or type): click a group to open it, "
                            "double-click one of its nodes or press Backspace to close it again"));
    m_velocity = new QToolButton(bar);
    m_velocity->setText(tr("Velocity"));
    m_velocity->setCheckable(true);
    m_velocity->setToolTip(tr("Colour the physical chain by days in transit and size it by value per day, "
                              "mark the min cut of the max-flow with its capacity (financial links hidden)"));
    m_info = new QLabel(bar);
    m_info->setObjectName(QStringLiteral("muted"));
    m_info->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // "2,000 of 2,000 nodes" is never cut
    m_info->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // the bar wraps rather than cutting its controls: the layouts' names are shown whole
    m_layout->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox* box : {m_group, m_region, m_chain}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(7);
    }
    m_search->setMinimumWidth(90);
    h->addWidget(m_layout);
    h->addWidget(m_group);
    h->addWidget(m_region);
    h->addWidget(m_chain);
    h->addWidget(m_search);
    h->addWidget(fit);
    h->addWidget(zoomSel);
    h->addWidget(anim);
    h->addWidget(m_groups);
    h->addWidget(m_velocity);
    h->addWidget(m_info); // the last: the rest of its row
    m_canvas = new GraphCanvas(desk, this);
    v->addWidget(m_canvas, 1);

    connect(m_layout, &QComboBox::currentIndexChanged, this,
            [this] { m_canvas->setLayoutKind(static_cast<LayoutKind>(m_layout->currentData().toInt())); });
    auto applyFilter = [this] {
        m_canvas->setFilter(m_group->currentData().toString(), m_region->currentData().toString(), m_chain->currentData().toString());
        const qsizetype total = m_desk->book() ? m_desk->book()->nodes.size() : 0;
        if (const NodeGroups* g = m_canvas->groups(); g && g->book.nodes.size() < static_cast<size_t>(total))
            m_info->setText(tr("%L1 groups and nodes for %L2 nodes").arg(m_canvas->visibleNodes()).arg(total));
        else
            m_info->setText(tr("%L1 of %L2 nodes").arg(m_canvas->visibleNodes()).arg(total));
        const QSignalBlocker block(m_groups);
        m_groups->setChecked(m_canvas->grouped());
    };
    connect(m_group, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_region, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_chain, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_canvas->search(m_search->text())) m_info->setText(tr("No node matches “%1”").arg(m_search->text()));
    });
    connect(fit, &QToolButton::clicked, m_canvas, &GraphCanvas::fitAll);
    connect(zoomSel, &QToolButton::clicked, m_canvas, &GraphCanvas::zoomToSelection);
    connect(anim, &QToolButton::toggled, m_canvas, &GraphCanvas::setAnimated);
    connect(m_groups, &QToolButton::toggled, m_canvas, &GraphCanvas::setGrouped);
    connect(m_velocity, &QToolButton::toggled, this,
            [this](bool on) { m_canvas->setLinkColouring(on ? LinkColouring::Velocity : LinkColouring::Type); });
    connect(desk, &DeskState::bookChanged, this, [this, applyFilter] {
        refillFilters();
        applyFilter();
    });
    connect(m_canvas, &GraphCanvas::layoutFinished, this, applyFilter);
}

void GraphView::setLinkColouring(LinkColouring how) { m_velocity->setChecked(how == LinkColouring::Velocity); }

void GraphView::refillFilters()
{
    const BookPtr book = m_desk->book();
    QStringList regions, chains;
    if (book)
        for (const Node& n : book->nodes) {
            if (!n.region.empty()) regions << QString::fromStdString(n.region);
            if (!n.chain.empty()) chains << QString::fromStdString(n.chain);
        }
    regions.removeDuplicates();
    chains.removeDuplicates();
    regions.sort();
    chains.sort();
    for (auto [box, items, any] : {std::tuple{m_region, regions, tr("Any region")}, std::tuple{m_chain, chains, tr("Any chain")}}) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any, QString());
        for (const QString& s : items) box->addItem(s, s);
    }
}

void whenLaidOut(GraphCanvas* canvas, QObject* context, std::function<void()> fn)
{
    if (!canvas || canvas->layoutReady()) fn();
    else QObject::connect(canvas, &GraphCanvas::layoutFinished, context, std::move(fn), Qt::SingleShotConnection);
}

QImage GraphView::printPicture(const ShockResult* scenario)
{
    const BookPtr b = m_desk->book();
    if (!b || !m_canvas->layoutReady()) return {};
    const GraphOverlay o = scenario ? overlayOf(*b, *scenario, static_cast<int>(scenario->rounds.size())) : GraphOverlay{};
    return m_canvas->printPicture(scenario ? &o : nullptr, 300.0 / 96.0);
}

} // namespace ballast::ui
