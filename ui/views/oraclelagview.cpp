#include "views/oraclelagview.h"

#include "format.h"
#include "palette.h"
#include "plots/chart.h"
#include "plots/oraclelagchart.h"
#include "views/whatifview.h"
#include "widgets/emptystate.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ballast::ui {
namespace {

QTableWidgetItem* number(int v)
{
    auto* it = new QTableWidgetItem;
    it->setData(Qt::DisplayRole, v); // sorts as a number
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QString nodeName(const Node& n)
{
    return QString::fromStdString(n.name.empty() ? n.id : n.name);
}

} // namespace

OracleLagView::OracleLagView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    QVBoxLayout* v = nullptr;
    QHBoxLayout* h = addViewBar(this, &v);
    QWidget* bar = h->parentWidget();
    m_assets = new QComboBox(bar);
    m_assets->setObjectName(QStringLiteral("oracleLagAsset"));
    m_assets->setMinimumContentsLength(8);
    m_caption = new QLabel(bar);
    m_caption->setObjectName(QStringLiteral("muted"));
    m_caption->setWordWrap(true);
    h->addWidget(new QLabel(tr("Asset"), bar));
    h->addWidget(m_assets);
    h->addWidget(m_caption, 1);

    m_chart = new plots::Chart(QStringLiteral("oracleLagChart"), this);
    m_chart->setTitle(tr("Oracle lag"));
    m_table = makeResultTable(
        this, {tr("Venue"), tr("Chain"), tr("Lag"), tr("Late"), tr("Caused"), tr("Held back")});
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("Rounds its chain's finality puts between the oracle and the venue"));
    m_table->horizontalHeaderItem(3)->setToolTip(
        tr("Rounds its view of the asset differed from the oracle's own price"));
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("Its loans liquidated though healthy at the market price"));
    m_table->horizontalHeaderItem(5)->setToolTip(
        tr("Its loans liquidatable at the market price that the venue did not see yet"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setObjectName(QStringLiteral("oracleLagTable"));
    m_table->setSortingEnabled(true);
    m_empty = new EmptyState(addChartBesideTable(v, m_chart, m_table));

    connect(m_assets, &QComboBox::currentIndexChanged, this, [this] {
        if (m_assets->currentIndex() >= 0) showAsset(m_assets->currentData().toInt());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        m_desk->select(
            {Selection::Kind::Node, m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toInt()});
    });
    connect(desk, &DeskState::bookChanged, this, [this] { setRun(nullptr); });
    setRun(nullptr);
}

void OracleLagView::setRun(std::shared_ptr<const WhatIfRun> run)
{
    if (run && run->book != m_desk->book()) run = nullptr;
    m_run = std::move(run);
    const QSignalBlocker block(m_assets);
    m_assets->clear();
    m_timeline = {};
    if (!m_run) {
        m_empty->setMessage(tr("<b>When did each venue see the price?</b><br>Run a scenario in the What-if "
                               "view (Ctrl+R): the market, the "
                               "oracle and every lending venue's view appear here round by round, with the "
                               "liquidations the oracle's lag "
                               "caused or held back."));
        m_caption->setText(tr("No scenario run yet"));
        m_table->setRowCount(0);
        m_chart->clear();
        return;
    }
    const Book& b = *m_run->book;
    for (int a : oracleLagAssets(b, m_run->result))
        m_assets->addItem(QString::fromStdString(b.assets[a].id), a);
    bool venues = false;
    for (int lag : m_run->result.oracleLagRounds)
        venues |= lag >= 0;
    if (m_assets->count() == 0 || !venues) {
        m_empty->setMessage(!venues ? tr("<b>No lending venues</b><br>Oracles matter where loans are "
                                         "liquidated: this book has no lending "
                                         "venue whose oracle could trail the market.")
                                    : tr("<b>No price moved</b><br>This scenario moves no market or oracle "
                                         "price, so no venue saw one late."));
        m_caption->clear();
        m_table->setRowCount(0);
        m_chart->clear();
        return;
    }
    m_empty->setMessage(QString());
    showAsset(m_assets->itemData(0).toInt());
}

void OracleLagView::showAsset(int asset)
{
    if (!m_run) return;
    const int ix = m_assets->findData(asset);
    if (ix < 0) return;
    if (m_assets->currentIndex() != ix) {
        const QSignalBlocker block(m_assets);
        m_assets->setCurrentIndex(ix);
    }
    const Book& b = *m_run->book;
    m_timeline = oracleLagTimeline(b, m_run->result, asset);
    const OracleLagTimeline& t = m_timeline;
    int caused = 0, delayed = 0, lagging = 0, late = 0;
    for (const OracleLagVenue& v : t.table)
        caused += v.caused, delayed += v.delayed, lagging += v.lagRounds > 0, late += v.roundsLate > 0;
    const QString name =
        QString::fromStdString(m_run->scenario.name.empty() ? m_run->scenario.id : m_run->scenario.name);
    m_caption->setText(tr("%1: %2 of %3 lending venues saw %4 late; the lag caused %5 liquidation(s) and "
                          "held back %6 loan(s) (every asset).")
                           .arg(name)
                           .arg(late)
                           .arg(t.venues.size())
                           .arg(QString::fromStdString(b.assets[asset].id))
                           .arg(caused)
                           .arg(delayed));
    const QSignalBlocker block(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(t.table.size()));
    for (size_t s = 0; s < t.table.size(); ++s) {
        const OracleLagVenue& v = t.table[s];
        const Node& n = b.nodes[v.venue];
        auto* item = new QTableWidgetItem(nodeName(n));
        item->setData(Qt::UserRole, v.venue);
        const int r = static_cast<int>(s);
        m_table->setItem(r, 0, item);
        m_table->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(n.chain)));
        m_table->setItem(r, 2, number(v.lagRounds));
        m_table->setItem(r, 3, number(v.roundsLate));
        m_table->setItem(r, 4, number(v.caused));
        m_table->setItem(r, 5, number(v.delayed));
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(3, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    redraw();
}

void OracleLagView::redraw()
{
    if (!m_run || m_timeline.asset < 0) return m_chart->clear();
    std::vector<QString> names;
    for (int v : m_timeline.venues)
        names.push_back(nodeName(m_run->book->nodes[v]));
    plots::drawOracleLag(*m_chart, m_timeline,
                         QString::fromStdString(m_run->book->assets[m_timeline.asset].id), names);
}

void OracleLagView::restyle()
{
    m_chart->restyle();
    redraw();
}

} // namespace ballast::ui
