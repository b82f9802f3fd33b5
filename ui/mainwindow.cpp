#include "mainwindow.h"

#include "csv_io.h"
#include "json_io.h"
#include "models/positionsmodel.h"
#include "storage.h"
#include "widgets/kpistrip.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ballast::ui {

namespace {

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model)
{
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->setSortingEnabled(true);
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->verticalHeader()->setVisible(false);
    v->verticalHeader()->setDefaultSectionSize(22);
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setHighlightSections(false);
    v->setWordWrap(false);
    v->setShowGrid(false);
    return v;
}

QSortFilterProxyModel* makeProxy(QObject* parent, QAbstractItemModel* source)
{
    auto* p = new QSortFilterProxyModel(parent);
    p->setSourceModel(source);
    p->setSortRole(UnderlyingDataRole);
    p->setFilterKeyColumn(-1);
    p->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return p;
}

QWidget* tablePage(QWidget* parent, QTableView*& view, QSortFilterProxyModel* proxy, const QString& placeholder)
{
    auto* page = new QWidget(parent);
    auto* l = new QVBoxLayout(page);
    l->setContentsMargins(6, 6, 6, 0);
    l->setSpacing(4);
    auto* filter = new QLineEdit(page);
    filter->setPlaceholderText(placeholder);
    filter->setClearButtonEnabled(true);
    QObject::connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    l->addWidget(filter);
    view = makeTable(page, proxy);
    l->addWidget(view, 1);
    return page;
}

QString errorTitle(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return QObject::tr("File error");
    case ErrorCode::Parse: return QObject::tr("Malformed file");
    case ErrorCode::NewerVersion: return QObject::tr("Written by a newer Ballast");
    case ErrorCode::Integrity: return QObject::tr("Damaged or foreign file");
    case ErrorCode::Limit: return QObject::tr("Input too large");
    case ErrorCode::Storage: return QObject::tr("Workbook storage error");
    default: return QObject::tr("The book has problems");
    }
}

} // namespace

MainWindow::MainWindow(BookIo io, QWidget* parent) : QMainWindow(parent), m_io(std::move(io))
{
    setWindowTitle(tr("Ballast"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_kpis = new KpiStrip(central);
    layout->addWidget(m_kpis);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_positions = new PositionsModel(this);
    m_loans = new LoansModel(this);
    m_positionsProxy = makeProxy(this, m_positions);
    m_loansProxy = makeProxy(this, m_loans);
    m_tabs->addTab(tablePage(m_tabs, m_positionsView, m_positionsProxy, tr("Filter positions: token, owner, venue, loan…")),
                   tr("Positions && tokenized inventory"));
    m_tabs->addTab(tablePage(m_tabs, m_loansView, m_loansProxy, tr("Filter loans: borrower, venue, asset…")), tr("Loans"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // risk first: what it is worth, what it would fetch, what it backs and how close to liquidation;
    // where the inventory sits and how fresh its attestation is come after
    {
        using C = PositionsModel;
        const int order[] = {C::Id, C::Asset, C::Owner, C::Quantity, C::MarketValue, C::ExitValue, C::LiquidationCost,
                             C::PledgedTo, C::HealthFactor, C::LiquidationPrice, C::Haircut, C::CollateralValue,
                             C::Price, C::OraclePrice, C::Underlying, C::Location, C::Shipment, C::AttestationAge, C::Venue};
        QHeaderView* h = m_positionsView->horizontalHeader();
        for (int visual = 0; visual < static_cast<int>(std::size(order)); ++visual)
            h->moveSection(h->visualIndex(order[visual]), visual);
    }

    m_statusBook = new QLabel(this);
    m_statusCompute = new QLabel(this);
    statusBar()->addWidget(m_statusBook, 1);
    statusBar()->addPermanentWidget(m_statusCompute);
    buildMenus();
    refreshKpis();

    connect(&m_loadWatcher, &QFutureWatcher<LoadedBook>::finished, this, [this] { applyLoaded(m_loadWatcher.result()); });
    connect(&m_saveWatcher, &QFutureWatcher<Issues>::finished, this, [this] {
        const Issues issues = m_saveWatcher.result();
        if (!issues.empty()) showIssues(tr("Could not save; the file on disk is unchanged"), issues);
        else statusBar()->showMessage(tr("Saved %1").arg(m_path), 4000);
        Q_EMIT saved(issues.empty());
    });
}

MainWindow::~MainWindow()
{
    m_loadWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::onOpen);
    file->addAction(tr("Open &demo book"), this, [this] { openBook(QStringLiteral("demo")); });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::onSave);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::onSaveAs);
    file->addSeparator();
    file->addAction(tr("Import &JSON…"), this, &MainWindow::onImportJson);
    file->addAction(tr("Import &CSV…"), this, &MainWindow::onImportCsv);
    file->addAction(tr("&Export JSON…"), this, &MainWindow::onExportJson);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainWindow::openBook(const QString& path)
{
    const std::string p = path.toStdString();
    auto load = m_io.load;
    m_source = path;
    startLoad(path, [load, p] { return load(p); });
}

void MainWindow::importCsv(const QString& nodes, const QString& links, const QString& positions, const QString& prices)
{
    CsvInputs in{nodes.toStdString(), links.toStdString(), positions.toStdString(), prices.toStdString()};
    m_source = QString();
    startLoad(tr("CSV import"), [in] { return ballast::importCsv(in, Book{}); });
}

void MainWindow::startLoad(const QString& label, BookLoader loader)
{
    if (m_loadWatcher.isRunning()) return;
    m_statusCompute->setText(tr("Loading %1…").arg(label));
    m_loadWatcher.setFuture(loadBookAsync(label, std::move(loader)));
}

void MainWindow::applyLoaded(const LoadedBook& loaded)
{
    if (!loaded.book) {
        m_statusCompute->setText(tr("Load failed"));
        showIssues(tr("Could not open %1; nothing was changed").arg(loaded.path), loaded.issues);
        Q_EMIT bookLoaded(false);
        return;
    }
    m_book = loaded.book;
    m_engine = loaded.engine;
    const QString p = loaded.path;
    m_path = p.endsWith(QStringLiteral(".ballast")) ? p : QString();
    m_positions->setExposure(m_book, m_engine->result());
    m_loans->setExposure(m_book, m_engine->result());
    for (QTableView* v : {m_positionsView, m_loansView}) {
        v->resizeColumnsToContents();
        for (int c = 0; c < v->model()->columnCount(); ++c)
            v->setColumnWidth(c, std::min(v->columnWidth(c) + 12, 220));
    }
    m_positionsView->sortByColumn(PositionsModel::MarketValue, Qt::DescendingOrder);
    m_loansView->sortByColumn(LoansModel::HealthFactor, Qt::AscendingOrder);
    refreshKpis();
    setWindowTitle(tr("%1 — Ballast").arg(QString::fromStdString(m_book->meta.name)));
    m_statusBook->setText(tr("%1  ·  %2 positions · %3 loans · %4 nodes · as of %5")
                              .arg(QString::fromStdString(m_book->meta.name))
                              .arg(m_book->positions.size())
                              .arg(m_book->loans.size())
                              .arg(m_book->nodes.size())
                              .arg(QString::fromStdString(formatIsoTime(m_book->meta.asOf)).left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
    m_statusCompute->setText(tr("Loaded in %1 ms · exposure %2 ms").arg(loaded.loadMs, 0, 'f', 0).arg(loaded.exposureMs, 0, 'f', 1));
    if (!loaded.issues.empty())
        statusBar()->showMessage(tr("%n warning(s) while loading", nullptr, static_cast<int>(loaded.issues.size())), 8000);
    Q_EMIT bookLoaded(true);
}

void MainWindow::refreshKpis()
{
    using S = KpiStrip::State;
    if (!m_engine) {
        for (const auto& [k, t] : {std::pair{QStringLiteral("mv"), tr("Exposure")}, {QStringLiteral("exit"), tr("Exit value")},
                                   {QStringLiteral("debt"), tr("Debt")}, {QStringLiteral("cov"), tr("Collateral coverage")},
                                   {QStringLiteral("hf"), tr("Min health factor")}, {QStringLiteral("risk"), tr("Loans at risk")},
                                   {QStringLiteral("oracle"), tr("Oracles & attestations")}})
            m_kpis->setCard(k, t, QStringLiteral("–"), tr("no book loaded"));
        return;
    }
    const Totals& t = m_engine->result().totals;
    const auto& loans = m_engine->result().loans;
    int near = 0;
    for (const auto& l : loans) near += l.healthFactor >= 1.0 && l.healthFactor < 1.1;
    m_kpis->setCard(QStringLiteral("mv"), tr("Exposure"), formatMoney(t.marketValue),
                    tr("%1 positions at market").arg(m_book->positions.size()));
    m_kpis->setCard(QStringLiteral("exit"), tr("Exit value"), formatMoney(t.exitValue),
                    tr("liquidation cost %1 (%2)").arg(formatMoney(t.liquidationCost),
                                                       formatPercent(t.marketValue > 0 ? t.liquidationCost / t.marketValue : 0.0)),
                    t.liquidationCost > 0.1 * t.marketValue ? S::Warn : S::Neutral);
    m_kpis->setCard(QStringLiteral("debt"), tr("Debt"), formatMoney(t.debtValue),
                    tr("risk-adjusted collateral %1").arg(formatMoney(t.collateralValue)));
    m_kpis->setCard(QStringLiteral("cov"), tr("Collateral coverage"),
                    std::isinf(t.collateralCoverage) ? QStringLiteral("∞") : QStringLiteral("%1×").arg(t.collateralCoverage, 0, 'f', 2),
                    tr("collateral at market / debt"), t.collateralCoverage < 1.2 ? S::Warn : S::Good);
    m_kpis->setCard(QStringLiteral("hf"), tr("Min health factor"), formatHealth(t.minHealthFactor),
                    tr("%1 loans below 1.10").arg(near), t.minHealthFactor < 1 ? S::Bad : t.minHealthFactor < 1.1 ? S::Warn : S::Good);
    m_kpis->setCard(QStringLiteral("risk"), tr("Loans at risk"), QString::number(t.loansAtRisk),
                    tr("of %1 loans (HF < 1)").arg(loans.size()), t.loansAtRisk > 0 ? S::Bad : S::Good);
    int stale = 0, overdue = 0;
    for (const auto& a : m_engine->result().assets) stale += a.oracleStale, overdue += a.attestationOverdue;
    m_kpis->setCard(QStringLiteral("oracle"), tr("Oracles & attestations"), QStringLiteral("%1 / %2").arg(stale).arg(overdue),
                    tr("stale oracles / overdue attestations"), stale + overdue > 0 ? S::Warn : S::Good);
}

void MainWindow::showIssues(const QString& title, const Issues& issues)
{
    QString details;
    int shown = 0;
    for (const auto& i : issues) {
        if (++shown > 200) {
            details += tr("… and %1 more\n").arg(issues.size() - 200);
            break;
        }
        details += QString::fromStdString(i.toString()) + QLatin1Char('\n');
    }
    if (QApplication::platformName() == QStringLiteral("offscreen")) { // no one to click OK
        qWarning("%s\n%s", qPrintable(title), qPrintable(details));
        return;
    }
    QMessageBox box(QMessageBox::Warning, issues.empty() ? title : errorTitle(issues.front().code), title,
                    QMessageBox::Ok, this);
    box.setInformativeText(tr("%n problem(s). The first: %1", nullptr, static_cast<int>(issues.size()))
                               .arg(issues.empty() ? QString() : QString::fromStdString(issues.front().toString())));
    box.setDetailedText(details);
    box.exec();
}

void MainWindow::saveTo(const QString& path)
{
    if (!m_book || m_saveWatcher.isRunning()) return;
    m_path = path;
    m_saveWatcher.setFuture(saveBookAsync(path, m_book, m_io.save));
}

void MainWindow::onOpen()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Open book"), {},
                                                   tr("Ballast books (*.ballast *.json);;All files (*)"));
    if (!f.isEmpty()) openBook(f);
}

void MainWindow::onSave()
{
    if (m_path.isEmpty()) onSaveAs();
    else saveTo(m_path);
}

void MainWindow::onSaveAs()
{
    if (!m_book) return;
    QString f = QFileDialog::getSaveFileName(this, tr("Save workbook"), {}, tr("Ballast workbook (*.ballast)"));
    if (f.isEmpty()) return;
    if (!f.endsWith(QStringLiteral(".ballast"))) f += QStringLiteral(".ballast");
    saveTo(f);
}

void MainWindow::onImportJson()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Import workbook JSON"), {}, tr("JSON (*.json)"));
    if (!f.isEmpty()) openBook(f);
}

void MainWindow::onImportCsv()
{
    QDialog d(this);
    d.setWindowTitle(tr("Import CSV"));
    auto* form = new QFormLayout(&d);
    QLineEdit* edits[4];
    const QString labels[4] = {tr("Nodes"), tr("Links"), tr("Positions"), tr("Prices")};
    for (int i = 0; i < 4; ++i) {
        auto* row = new QWidget(&d);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edits[i] = new QLineEdit(row);
        auto* browse = new QPushButton(tr("Browse…"), row);
        QLineEdit* e = edits[i];
        connect(browse, &QPushButton::clicked, &d, [e, &d] {
            const QString f = QFileDialog::getOpenFileName(&d, tr("CSV file"), {}, tr("CSV (*.csv)"));
            if (!f.isEmpty()) e->setText(f);
        });
        h->addWidget(edits[i], 1);
        h->addWidget(browse);
        form->addRow(labels[i], row);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(buttons);
    if (d.exec() == QDialog::Accepted)
        importCsv(edits[0]->text(), edits[1]->text(), edits[2]->text(), edits[3]->text());
}

void MainWindow::onExportJson()
{
    if (!m_book) return;
    const QString f = QFileDialog::getSaveFileName(this, tr("Export workbook JSON"), {}, tr("JSON (*.json)"));
    if (f.isEmpty()) return;
    const std::string text = workbookToJson(*m_book).dump(2) + "\n";
    const Issues issues = writeFileAtomic(f.toStdString(), text);
    if (!issues.empty()) showIssues(tr("Could not export"), issues);
}

} // namespace ballast::ui
