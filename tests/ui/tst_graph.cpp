// The desk's graph as a reader meets it: labels never cover a node or another label, at any zoom,
// on the demo book, on a big book drawn in groups and on odd books; a big book opens in groups
// (tier x region, type) that a click opens and a double-click or Backspace closes, that search
// opens to find a node in, and the Groups button turns off.
#include "bookio.h"
#include "exposure.h"
#include "generate.h"
#include "oddbook.h"
#include "views/graphview.h"
#include "widgets/wraplayout.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ballast;
using namespace ballast::ui;

namespace {

BookPtr bookFor(const QString& name)
{
    if (name == QStringLiteral("demo"))
        return std::make_shared<const Book>(std::move(*app::loadBook("demo")));
    if (name.startsWith(QStringLiteral("odd:"))) {
        Choices c = Choices::seeded(name.mid(4).toULongLong());
        return std::make_shared<const Book>(generateOddBook(c));
    }
    GenerateOptions o; // a big book: 800 nodes in groups by default
    o.seed = 7, o.nodes = 800, o.links = 4000, o.positions = 4000, o.loans = 400;
    return std::make_shared<const Book>(generateBook(o));
}

struct Graph
{
    DeskState desk;
    GraphView view{&desk};
    GraphCanvas* canvas() { return view.canvas(); }
};

std::unique_ptr<Graph> open(const QString& name)
{
    auto g = std::make_unique<Graph>();
    g->view.resize(1400, 860);
    g->view.show();
    const BookPtr book = bookFor(name);
    auto engine = std::make_shared<ExposureEngine>(book);
    engine->compute();
    QSignalSpy laid(g->canvas(), &GraphCanvas::layoutFinished);
    g->desk.setBook(book, engine);
    if (!laid.wait(30000)) return nullptr;
    return g;
}

/// With BALLAST_SHOTS=DIR, the canvas as the test sees it, for a look.
void shoot(GraphCanvas* canvas, const QString& name)
{
    const QString dir = qEnvironmentVariable("BALLAST_SHOTS");
    if (!dir.isEmpty()) canvas->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/// Paints the canvas and says what overlaps: a label over another label or over any node.
QString overlaps(GraphCanvas* canvas)
{
    canvas->grab(); // a paint
    const auto& labels = canvas->labelBoxes();
    const auto& nodes = canvas->nodeBoxes();
    for (size_t i = 0; i < labels.size(); ++i) {
        if (!QRectF(canvas->rect()).contains(labels[i].second))
            return QStringLiteral("label of %1 off the canvas").arg(labels[i].first);
        for (size_t j = i + 1; j < labels.size(); ++j)
            if (labels[i].second.intersects(labels[j].second))
                return QStringLiteral("labels of %1 and %2").arg(labels[i].first).arg(labels[j].first);
        for (const auto& [node, box] : nodes)
            if (labels[i].second.intersects(box))
                return QStringLiteral("label of %1 over node %2").arg(labels[i].first).arg(node);
    }
    return {};
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

  private Q_SLOTS:
    // The graph's view bar wraps its controls (ui/widgets/wraplayout.h): four 100 x 20 controls
    // with 6 between them, no margins. As many as fit go on a row, a row's controls are centred on
    // its height, the last takes the rest of its row, and one wider than the bar is narrowed to it.
    void wrapLayoutRows_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");            // heightForWidth
        QTest::addColumn<QList<QRect>>("expected"); // where the controls go
        QTest::newRow("one row") << 500 << 20 << QList<QRect>{{0, 0, 100, 20}, {106, 0, 100, 20}, {212, 0, 100, 20}, {318, 0, 182, 20}};
        QTest::newRow("exactly one row") << 418 << 20 << QList<QRect>{{0, 0, 100, 20}, {106, 0, 100, 20}, {212, 0, 100, 20}, {318, 0, 100, 20}};
        QTest::newRow("two rows") << 320 << 46 << QList<QRect>{{0, 0, 100, 20}, {106, 0, 100, 20}, {212, 0, 100, 20}, {0, 26, 320, 20}};
        QTest::newRow("two by two") << 250 << 46 << QList<QRect>{{0, 0, 100, 20}, {106, 0, 100, 20}, {0, 26, 100, 20}, {106, 26, 144, 20}};
        QTest::newRow("one a row, narrowed") << 80 << 98 << QList<QRect>{{0, 0, 80, 20}, {0, 26, 80, 20}, {0, 52, 80, 20}, {0, 78, 80, 20}};
    }
    void wrapLayoutRows()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QList<QRect>, expected);
        QWidget bar;
        auto* wrap = new WrapLayout(&bar);
        wrap->setContentsMargins(0, 0, 0, 0);
        wrap->setSpacing(6);
        QList<QWidget*> controls;
        struct Control : QWidget
        {
            using QWidget::QWidget;
            QSize sizeHint() const override { return {100, 20}; }
        };
        for (int i = 0; i < 4; ++i) {
            auto* c = new Control(&bar);
            wrap->addWidget(c);
            controls << c;
        }
        QCOMPARE(wrap->sizeHint(), QSize(418, 20));
        QCOMPARE(wrap->heightForWidth(width), height);
        wrap->setGeometry(QRect(0, 0, width, height));
        for (int i = 0; i < 4; ++i) QCOMPARE(controls[i]->geometry(), expected[i]);
    }

    void labelsNeverCoverNodesOrLabels_data()
    {
        QTest::addColumn<QString>("book");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("big book in groups") << QStringLiteral("big");
        for (int seed : {3, 11, 29})
            QTest::newRow(qPrintable(QStringLiteral("odd %1").arg(seed)))
                << QStringLiteral("odd:%1").arg(seed);
    }
    void labelsNeverCoverNodesOrLabels()
    {
        QFETCH(QString, book);
        auto g = open(book);
        QVERIFY(g);
        GraphCanvas* c = g->canvas();
        if (!c->layoutReady()) QSKIP("nothing to lay out");
        int labelled = 0;
        // fit, then zoomed in step by step to 15x, then out to a fifth
        for (int step = 0; step < 20; ++step) {
            if (step > 0) QTest::keyClick(c, step <= 12 ? Qt::Key_Plus : Qt::Key_Minus);
            const QString bad = overlaps(c);
            QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("zoom step %1: %2").arg(step).arg(bad)));
            labelled = std::max(labelled, static_cast<int>(c->labelBoxes().size()));
        }
        if (book == QStringLiteral("demo")) QVERIFY(labelled >= 40); // of 72 nodes, once zoomed in
        qInfo("%s: up to %d labels, none over a node or a label", qPrintable(book), labelled);
    }

    void bigBookOpensInGroups()
    {
        auto g = open(QStringLiteral("big"));
        QVERIFY(g);
        GraphCanvas* c = g->canvas();
        const NodeGroups* groups = c->groups();
        QVERIFY(groups);
        QVERIFY(c->grouped());
        const int closed = static_cast<int>(groups->book.nodes.size());
        shoot(c, QStringLiteral("groups"));
        QVERIFY(closed < 150);
        // click the biggest group: it opens to its members
        int biggest = 0;
        for (int d = 0; d < closed; ++d)
            if (groups->members[d].size() > groups->members[biggest].size()) biggest = d;
        const std::string key = groups->groups[biggest].key;
        const int members = static_cast<int>(groups->members[biggest].size());
        QVERIFY(members > 1);
        QCOMPARE(c->drawnNodeAt(c->drawnNodeCentre(biggest)), biggest);
        QSignalSpy laid(c, &GraphCanvas::layoutFinished);
        QTest::mouseClick(c, Qt::LeftButton, {}, c->drawnNodeCentre(biggest).toPoint());
        QVERIFY(laid.wait(30000));
        QCOMPARE(static_cast<int>(c->groups()->book.nodes.size()), closed - 1 + members);
        QVERIFY(overlaps(c).isEmpty());
        shoot(c, QStringLiteral("group-opened"));
        // a member selects its node; Backspace closes its group again
        int drawnMember = -1;
        for (size_t d = 0; d < c->groups()->book.nodes.size(); ++d)
            if (c->groups()->groups[d].kind == NodeGroup::Kind::Member && c->groups()->groups[d].key == key)
                drawnMember = static_cast<int>(d);
        QVERIFY(drawnMember >= 0);
        const int bookNode = c->groups()->members[drawnMember].front();
        QTest::mouseClick(c, Qt::LeftButton, {}, c->drawnNodeCentre(drawnMember).toPoint());
        QCOMPARE(g->desk.selection().index, bookNode);
        QTest::keyClick(c, Qt::Key_Backspace);
        QVERIFY(laid.wait(30000));
        QCOMPARE(static_cast<int>(c->groups()->book.nodes.size()), closed);
        // search finds a node inside a closed group: the group opens, the node is selected
        const Book& b = *g->desk.book();
        const int target = c->groups()->members[biggest].back();
        QVERIFY(c->search(QString::fromStdString(b.nodes[target].id)));
        QVERIFY(laid.wait(30000));
        QCOMPARE(g->desk.selection().index, target);
        QCOMPARE(c->groups()->members[c->groups()->drawnAs[target]], std::vector<int>{target});
        // the Groups button draws every node
        c->setGrouped(false);
        QVERIFY(laid.wait(30000));
        QVERIFY(!c->groups());
        QCOMPARE(c->visibleNodes(), static_cast<int>(b.nodes.size()));
    }
};

QTEST_MAIN(TestGraph)
#include "tst_graph.moc"
