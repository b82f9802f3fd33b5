// The first desk window offscreen: loading off the GUI thread, the positions model (rows, sorting
// on raw values, live updates keeping the row count), KPIs, and a non-blank rendering.
#include "bookio.h"
#include "mainwindow.h"
#include "format.h"
#include "models/positionsmodel.h"
#include "theme.h"
#include "widgets/kpistrip.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QtTest>

using namespace ballast;
using namespace ballast::ui;

namespace {
BookIo io()
{
    return {[](const std::string& p) { return app::loadBook(p); }, [](const std::string& p, const Book& b) { return app::saveBook(p, b); }};
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheDemoBookInTheBackground()
    {
        MainWindow w(io(), false);
        w.resize(1400, 900);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::bookLoaded);
        w.openBook(QStringLiteral("demo"));
        QVERIFY(loaded.isEmpty()); // the GUI thread did not wait
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.takeFirst().at(0).toBool(), true);
        QCOMPARE(w.positionsModel()->rowCount(), 330);
        QVERIFY(w.kpis()->value(QStringLiteral("mv")).endsWith(QStringLiteral("m")));
        QCOMPARE(w.kpis()->value(QStringLiteral("risk")), QStringLiteral("0"));
    }

    void sortsOnRawValues()
    {
        MainWindow w(io(), false);
        QSignalSpy loaded(&w, &MainWindow::bookLoaded);
        w.openBook(QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(w.positionsView()->model());
        QVERIFY(proxy);
        proxy->sort(PositionsModel::MarketValue, Qt::DescendingOrder);
        double previous = 1e300;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const double v = proxy->data(proxy->index(r, PositionsModel::MarketValue), UnderlyingDataRole).toDouble();
            QVERIFY2(v <= previous, "sorted on the number, not the text (\"9.2m\" > \"10.1m\" as text)");
            previous = v;
        }
        // the view's proxy sorts by keys read once; every column, both ways, in the order Qt's own
        // proxy gives (ties too: both sorts are stable)
        QSortFilterProxyModel plain;
        plain.setSourceModel(proxy->sourceModel());
        plain.setSortRole(UnderlyingDataRole);
        for (int c = 0; c < proxy->columnCount(); ++c)
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy->sort(c, order);
                plain.sort(c, order);
                for (int r = 0; r < proxy->rowCount(); ++r)
                    QVERIFY2(proxy->mapToSource(proxy->index(r, 0)).row() == plain.mapToSource(plain.index(r, 0)).row(),
                             qPrintable(QStringLiteral("column %1, row %2").arg(c).arg(r)));
            }
    }

    // A load shows how far it got and can be stopped; the book on the desk stays.
    void aLoadCanBeCancelled()
    {
        BookIo slow = io();
        slow.loadWithProgress = [](const std::string& p, Progress* progress) -> Result<Book> {
            if (p == "demo") return app::loadBook(p, progress);
            progress->report(0.3);
            for (int i = 0; i < 2000 && !progress->cancelled(); ++i) QThread::msleep(5); // 10 s at most
            return Result<Book>::fail(ErrorCode::Cancelled, p, "", Msg::Cancelled);
        };
        MainWindow w(slow, false);
        QSignalSpy loaded(&w, &MainWindow::bookLoaded);
        w.openBook(QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.takeFirst().at(0).toBool(), true);
        w.openBook(QStringLiteral("big.ballast"));
        auto* cancel = w.findChild<QToolButton*>(QStringLiteral("cancelLoad"));
        QVERIFY(cancel);
        QTRY_VERIFY(cancel->isVisibleTo(&w));
        QStringList texts;
        QTRY_VERIFY([&] {
            texts.clear();
            for (QLabel* l : w.statusBar()->findChildren<QLabel*>()) texts << l->text();
            return texts.join(QLatin1Char('|')).contains(QStringLiteral("Loading big.ballast… 30 %"));
        }());
        cancel->click();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.takeFirst().at(0).toBool(), false);
        QVERIFY(!cancel->isVisibleTo(&w));
        QCOMPARE(w.positionsModel()->rowCount(), 330); // the demo book stays
        texts.clear();
        for (QLabel* l : w.statusBar()->findChildren<QLabel*>()) texts << l->text();
        QVERIFY2(texts.contains(QStringLiteral("Loading cancelled")), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void liveUpdateKeepsRows()
    {
        auto book = std::make_shared<const Book>(std::move(*app::loadBook("demo")));
        ExposureEngine e(book);
        e.compute();
        PositionsModel m;
        m.setExposure(book, std::make_shared<const Exposure>(e.result()));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset), changed(&m, &QAbstractItemModel::dataChanged);
        e.setPrice(book->assetIx("WETH"), 1500);
        m.setExposure(book, std::make_shared<const Exposure>(e.result()));
        QCOMPARE(reset.count(), 0);   // same book: no reset, selection and scroll survive
        QCOMPARE(changed.count(), 1); // one signal over the whole range
        QCOMPARE(m.rowCount(), 330);
    }

    void badFileChangesNothing()
    {
        MainWindow w(io(), false);
        QSignalSpy loaded(&w, &MainWindow::bookLoaded);
        w.openBook(QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));
        const BookPtr before = w.book();
        w.openBook(QStringLiteral("/nonexistent/book.json"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.last().at(0).toBool(), false);
        QCOMPARE(w.book(), before); // the open book is untouched
    }

    void rendersSomethingVisible()
    {
        MainWindow w(io(), false);
        w.resize(1600, 1000);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::bookLoaded);
        w.openBook(QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));
        const QImage img = w.grab().toImage();
        QCOMPARE(img.size(), QSize(1600, 1000));
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7) colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size()))); // text, cards, grid: not blank
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    applyTheme(app, Theme::Dark);
    TestMainWindow t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_mainwindow.moc"
