#pragma once
// The supply-chain and financial network: layered by tier for the physical chain, force-directed
// for the financial network (core/layout, computed on a worker). Glyph by node type, colour by
// stress (health of the node's loans, defaults of a scenario), edge width by flow value, shipments
// in transit animated along their links. Pan (drag), zoom (wheel, at the cursor), hover cards,
// search, filters by type/region/chain, zoom to selection, level of detail by zoom, a legend.
// Painted directly (no QGraphicsItem per node) so that 2,000 nodes and 16,000 links stay smooth.
// A big book (core/groups: more than 300 nodes) is drawn in groups — chain nodes by tier and
// region, the rest by type — that open on a click and close again (double-click a member, or
// Backspace); what a group stands for (members, holdings, weakest loan, stress) is in its card.

#include "deskstate.h"
#include "groups.h"
#include "layout.h"
#include "sprites.h"
#include "workers/handoff.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

class QComboBox;
class QLineEdit;
class QLabel;
class QTimer;
class QToolButton;

namespace ballast {
struct ShockResult;
}

namespace ballast::ui {

/// What a scenario did, for the graph: defaulted nodes, borrowers liquidated, delayed links.
struct GraphOverlay
{
    std::vector<char> defaulted, liquidated;
    std::vector<double> delayDays;
};
/// The overlay of `r` up to `round` (rounds.size() or more: after the cascade); a node defaulted
/// by the shock itself shows from round 0.
GraphOverlay overlayOf(const Book& b, const ShockResult& r, int round);

/// What a link's colour and width say: its type and the value it carries (obligation, credit
/// limit, flow), or the physical chain's velocity — width by value per day, colour by days in transit,
/// the min cut of the max-flow drawn as a labelled cut (financial links hidden).
enum class LinkColouring
{
    Type,
    Velocity
};

class GraphCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit GraphCanvas(DeskState* desk, QWidget* parent = nullptr);
    ~GraphCanvas() override;

    void setLayoutKind(LayoutKind kind);
    LayoutKind layoutKind() const { return m_kind; }
    /// Draw the book in groups (opened ones show their members) or node by node.
    void setGrouped(bool on);
    bool grouped() const { return m_grouped; }
    /// The groups as drawn now, or null when the book is drawn node by node.
    const NodeGroups* groups() const { return m_groups.get(); }
    /// Opens or closes the group with this key (NodeGroup::key) and lays the graph out again.
    void openGroup(const std::string& key);
    void closeGroup(const std::string& key);
    /// Node filter: type group ("all", "chain", "financial"), region and chain ("" = any).
    void setFilter(const QString& group, const QString& region, const QString& chain);
    /// Selects and frames the first node whose id or name contains `text`; false if none.
    bool search(const QString& text);
    void zoomToSelection();
    void fitAll();
    /// Frames the on-chain nodes (their chains' bands and the bridges between them); false when
    /// the drawn book has none.
    bool frameChains();
    void setAnimated(bool on);
    void setLinkColouring(LinkColouring how);
    LinkColouring linkColouring() const { return m_colouring; }
    /// Where the last paint put the min cut's labels (link of the drawn book, box; for tests).
    const std::vector<std::pair<int, QRectF>>& cutLabels() const { return m_cutLabels; }
    /// Where the last paint put the chains' bands (chain, band) and the bridges' labels (drawn link, box).
    const std::vector<std::pair<std::string, QRectF>>& chainBands() const { return m_chainBands; }
    const std::vector<std::pair<int, QRectF>>& bridgeLabels() const { return m_bridgeLabels; }
    /// Scenario overlay: defaulted nodes, borrowers liquidated, delayed links (empty = none).
    void setOverlay(std::vector<char> defaulted, std::vector<char> liquidated, std::vector<double> delayDays);
    bool layoutReady() const { return !m_points.empty(); }
    /// Where the last paint put the labels and the nodes (drawn node, box in widget pixels; for tests).
    using DrawnBoxes = std::vector<std::pair<int, QRectF>>;
    const DrawnBoxes& labelBoxes() const { return m_labelBoxes; }
    const DrawnBoxes& nodeBoxes() const { return m_nodeBoxes; }
    /// The drawn node at a widget point (a group or a node), or -1; its centre.
    int drawnNodeAt(QPointF widgetPoint) const { return nodeAt(widgetPoint); }
    QPointF drawnNodeCentre(int drawnNode) const { return toScreen(drawnNode); }
    /// The graph as it is laid out now, with `overlay` (or none), drawn for paper (PrintTheme)
    /// at `scale` times the canvas's resolution; the desk's own view is left as it was.
    QImage printPicture(const GraphOverlay* overlay, double scale);
    /// Drawn nodes (groups and nodes) that pass the filter.
    int visibleNodes() const;

Q_SIGNALS:
    void layoutFinished();

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    void leaveEvent(QEvent*) override;
    void keyPressEvent(QKeyEvent*) override;

private:
    struct Laid
    {
        std::shared_ptr<const NodeGroups> groups;
        std::vector<LayoutPoint> points;
    };
    const Book& drawnBook(const Book& book) const { return m_groups ? m_groups->book : book; }
    int drawnOf(int bookNode) const;
    /// The book's nodes a drawn node stands for.
    std::vector<int> membersOf(int drawnNode) const;
    bool isGroup(int drawnNode) const { return m_groups && m_groups->groups[drawnNode].kind != NodeGroup::Kind::Member; }
    QString labelOf(const Book& drawn, int drawnNode) const;
    void applyFilter();
    void deriveOverlay();
    void relayout();
    void rebuildStyle();
    QPointF toScreen(int node) const;
    int nodeAt(QPointF screen) const;
    bool shown(int node) const;
    struct LegendLayout
    {
        QRect box;
        std::vector<QRect> items; // an item's mark and text
    };
    LegendLayout legendLayout() const; // a column at the bottom right; on paper a strip along the bottom
    QRect legendBox() const;
    void drawLegend(QPainter& p);
    void drawHoverCard(QPainter& p, int node);

    DeskState* m_desk;
    LayoutKind m_kind = LayoutKind::Layered;
    std::vector<LayoutPoint> m_points;
    QRectF m_world;
    double m_scale = 1.0;
    QPointF m_offset;          // screen = world * scale + offset
    bool m_userMoved = false;  // keep the view when the user panned/zoomed
    QFutureWatcher<JobResult<Laid>> m_layoutWatcher;
    std::shared_ptr<const NodeGroups> m_groups; // what is drawn: null = the book's own nodes
    bool m_grouped = false;
    std::set<std::string> m_open;  // groups showing their members
    int m_frameWhenLaid = -1;      // a book node to select and frame once the layout is in
    QString m_filterGroup, m_filterRegion, m_filterChain;
    QString m_layoutError; // the last layout's failure, shown instead of the graph
    // per drawn node and link, rebuilt on exposure changes
    std::vector<double> m_nodeHealth, m_nodeSize, m_linkWidth;
    LinkColouring m_colouring = LinkColouring::Type;
    std::vector<signed char> m_linkClass;    // per drawn link: its colour class (-1: not drawn)
    std::vector<double> m_cutCapacity;       // per drawn link: the value per day its cut members carry
    std::vector<char> m_onCut;               // per drawn link: a member is on the min cut
    /// What the links' widths, classes and cut were derived from, with the members below:
    /// unchanged, rebuildStyle() keeps them (a grouped stress book's refresh: 40 ms).
    struct LinkStyleKey
    {
        std::uint64_t flows = 0; // Exposure::flowsVersion
        LinkColouring colouring = LinkColouring::Type;
        bool operator==(const LinkStyleKey&) const = default;
    } m_linkStyleKey;
    struct LinkMember // what the style needs of a drawn link's member: read from the book once
    {
        int link;
        LinkType type;
        double fixed;       // its obligation's amount, credit line's limit or quantity
        double transitDays; // a shipment's planned days in transit
    };
    struct LinkMembers // per drawn link (start[l] .. start[l + 1]), in the grouping's order
    {
        std::weak_ptr<const Book> book; // weakly: once gone, it matches no book, even one at its address
        std::weak_ptr<const NodeGroups> groups;
        std::vector<int> start;
        std::vector<LinkMember> items;
    } m_members;
    std::vector<std::pair<int, QRectF>> m_cutLabels;
    // on-chain nodes side by side in a row of the layout: a band behind each run, tagged with its chain
    struct ChainRun
    {
        std::string chain;
        int first = -1, last = -1; // drawn nodes at its ends
        double finalitySec = 0;    // the slowest of its nodes
    };
    std::vector<ChainRun> m_chainRuns;
    std::vector<std::pair<std::string, QRectF>> m_chainBands;
    std::vector<std::pair<int, QRectF>> m_bridgeLabels;
    void findChainRuns();
    std::vector<char> m_filterOut, m_bottleneck;
    // the scenario overlay, per node and link of the book; and per drawn node (members defaulted,
    // liquidated) and link (the longest delay)
    std::vector<char> m_defaulted, m_liquidated;
    std::vector<double> m_delay;
    std::vector<int> m_drawnDefaulted, m_drawnLiquidated;
    std::vector<double> m_drawnDelay;
    std::vector<int> m_labelRank; // nodes by holdings, for level-of-detail labels
    int m_hover = -1;
    QPoint m_pressPos, m_lastPos;
    bool m_dragging = false;
    QTimer* m_anim = nullptr;
    double m_phase = 0;
    // big networks: the links are rendered into a layer, reused while only values tick, shown
    // transformed while the user pans or zooms, and re-rendered once the view rests
    QImage m_linkLayer;
    double m_layerScale = 0;
    QPointF m_layerOffset;
    quint64 m_layerKey = 0, m_version = 1;
    QTimer* m_relayer = nullptr;
    SpriteCache m_sprites; // node glyphs, rings and shipment dots, blitted
    std::vector<float> m_labelWidth; // per node, in the label font (-1: not measured yet)
    double m_labelWidthFont = 0;
    double m_printScale = 1.0; // the legend's type while printPicture draws
    DrawnBoxes m_labelBoxes, m_nodeBoxes;
};

/// The graph with its toolbar: layout switch, search, filters, zoom buttons, animation toggle.
/// Runs `fn` on `context` once `canvas` has a layout: now, or when its worker finishes it.
void whenLaidOut(GraphCanvas* canvas, QObject* context, std::function<void()> fn);

class GraphView final : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(DeskState* desk, QWidget* parent = nullptr);
    GraphCanvas* canvas() const { return m_canvas; }
    /// Links by type or by velocity, the toolbar's Velocity button following.
    void setLinkColouring(LinkColouring how);
    /// The graph for paper at 300 dpi, after `scenario` (null: as the book is); empty before the
    /// layout is ready.
    QImage printPicture(const ShockResult* scenario);

private:
    void refillFilters();

    DeskState* m_desk;
    GraphCanvas* m_canvas;
    QComboBox *m_layout, *m_group, *m_region, *m_chain;
    QToolButton *m_groups, *m_velocity;
    QLineEdit* m_search;
    QLabel* m_info;
};

} // namespace ballast::ui
