#include "dashboardview.h"
#include "widgets/redraw.h"

#include "palette.h"
#include "plots/bars.h"
#include "plots/chart.h"
#include "layout.h"
#include "format.h"
#include "widgets/emptystate.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <numeric>

namespace ballast::ui {

namespace {

template <class Key>
void topN(const std::vector<double>& value, int n, std::vector<Key>& out)
{
    out.resize(value.size());
    std::iota(out.begin(), out.end(), 0);
    std::stable_sort(out.begin(), out.end(), [&](Key a, Key b) { return value[a] > value[b]; });
    while (!out.empty() && !(value[out.back()] > 0)) out.pop_back();
    if (static_cast<int>(out.size()) > n) out.resize(n);
}

} // namespace


DashboardView::DashboardView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    m_byNode = new plots::Chart(QStringLiteral("chartCounterparties"), this);
    m_byVenue = new plots::Chart(QStringLiteral("chartVenues"), this);
    m_byAsset = new plots::Chart(QStringLiteral("chartAssets"), this);
    m_health = new plots::Chart(QStringLiteral("chartHealth"), this);
    m_series = new plots::Chart(QStringLiteral("chartLive"), this);
    auto* greeksBox = new QWidget(this);
    auto* gv = new QVBoxLayout(greeksBox);
    gv->setContentsMargins(0, 0, 0, 0);
    auto* gt = new QLabel(tr("<b>Greeks by underlying</b> (book units; hedge cost = trading the net delta)"), greeksBox);
    m_greeks = new QTableWidget(greeksBox);
    m_greeks->setColumnCount(7);
    m_greeks->setHorizontalHeaderLabels({tr("Underlying"), tr("Value"), tr("Delta"), tr("Gamma"), tr("Vega"), tr("Theta/yr"), tr("Hedge cost")});
    m_greeks->verticalHeader()->setVisible(false);
    m_greeks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_greeks->horizontalHeader()->setStretchLastSection(true);
    m_greeks->setShowGrid(false);
    m_greeks->setAlternatingRowColors(true);
    m_greeks->verticalHeader()->setDefaultSectionSize(20);
    gv->addWidget(gt);
    gv->addWidget(m_greeks, 1);
    grid->addWidget(m_byNode, 0, 0);
    grid->addWidget(m_byVenue, 0, 1);
    grid->addWidget(m_byAsset, 1, 0);
    grid->addWidget(m_health, 1, 1);
    grid->addWidget(m_series, 2, 0);
    grid->addWidget(greeksBox, 2, 1);
    for (int c = 0; c < 2; ++c) grid->setColumnStretch(c, 1);
    for (int r = 0; r < 3; ++r) grid->setRowStretch(r, 1);
    m_greeks->setMinimumWidth(120);
    gt->setWordWrap(true);

    plots::setUpLiveSeries(*m_series, tr("Live: exposure, min HF"), tr("seconds since load"), tr("Exposure"), tr("Min HF"));

    for (QWidget* w : std::initializer_list<QWidget*>{m_byNode, m_byVenue, m_byAsset, m_health, m_series, m_greeks}) m_empty[w] = new EmptyState(w);

    connect(desk, &DeskState::bookChanged, this, &DashboardView::refresh);
    // live: one redraw a second (six charts in one paint), whatever the tick rate
    coalesceRedraws(desk, &DeskState::exposureChanged, this, 1000, [this] { refresh(); });
}

QList<plots::Chart*> DashboardView::charts() const { return {m_byNode, m_byVenue, m_byAsset, m_health, m_series}; }

void DashboardView::say(QWidget* chart, const QString& message) { m_empty.value(chart)->setMessage(message); }

void DashboardView::refresh()
{
    const EngineSnapshot engine = m_desk->engine();
    if (!engine) {
        for (EmptyState* e : std::as_const(m_empty)) e->setMessage(tr("<b>No book open</b><br>File > Open, or File > Import CSV…"));
        return;
    }
    const Book& b = engine->book();
    const Exposure& x = engine->result();
    const Colors c = colors();
    auto name = [&](int n) { return QString::fromStdString(b.nodes[n].name.empty() ? b.nodes[n].id : b.nodes[n].name); };
    if (b.positions.empty() && b.loans.empty()) {
        refreshSupplyChain(*engine);
        return;
    }
    say(m_byNode, b.positions.empty() && x.loans.empty() ? tr("No holdings or receivables yet") : QString());
    say(m_byVenue, x.venues.empty() ? tr("<b>No lending venues</b><br>Collateral and debt by venue appear once loans are made at a lending venue.") : QString());
    say(m_byAsset, b.positions.empty() ? tr("<b>No positions yet</b><br>File > Import CSV… with a positions.csv") : QString());
    say(m_health, x.loans.empty() ? tr("<b>No loans yet</b><br>Health factors appear once the book has loans.") : QString());
    say(m_greeks, x.greeks.empty() ? tr("No derivatives in this book") : QString());
    say(m_series, {});

    // counterparties: holdings + receivables (what the book has at stake with each)
    {
        std::vector<double> v(b.nodes.size());
        for (size_t i = 0; i < v.size(); ++i) v[i] = x.nodes[i].holdings + std::max(0.0, x.nodes[i].net);
        std::vector<int> top;
        topN(v, 10, top);
        QVector<QString> labels;
        QVector<double> values, owed;
        for (int i : top) labels << name(i), values << x.nodes[i].holdings, owed << std::max(0.0, x.nodes[i].net);
        plots::horizontalBars(*m_byNode, tr("Exposure by counterparty (top 10)"), labels, values, c.series[0], owed, c.series[3],
                       tr("holdings"), tr("net receivables"));
    }
    // venues: collateral and debt
    {
        QVector<QString> labels;
        QVector<double> coll, debt;
        std::vector<double> v(x.venues.size());
        for (size_t i = 0; i < v.size(); ++i) v[i] = x.venues[i].collateralValue + x.venues[i].debtValue;
        std::vector<int> top;
        topN(v, 10, top);
        for (int i : top) labels << name(x.venues[i].node), coll << x.venues[i].collateralValue, debt << x.venues[i].debtValue;
        plots::horizontalBars(*m_byVenue, tr("Collateral and debt by venue"), labels, coll, c.series[1], debt, c.series[4],
                       tr("collateral (risk-adj.)"), tr("debt"));
    }
    // assets: market and exit value
    {
        std::vector<double> v(x.assets.size());
        for (size_t a = 0; a < v.size(); ++a) v[a] = x.assets[a].marketValue;
        std::vector<int> top;
        topN(v, 10, top);
        QVector<QString> labels;
        QVector<double> mv, pledged;
        for (int a : top) labels << QString::fromStdString(b.assets[a].id), mv << x.assets[a].marketValue, pledged << x.assets[a].pledgedValue;
        plots::horizontalBars(*m_byAsset, tr("Exposure by asset (top 10)"), labels, mv, c.series[0], pledged, c.series[2], tr("market value"),
                       tr("pledged"));
    }
    // HF distribution
    {
        const double edges[] = {0, 1.0, 1.05, 1.1, 1.25, 1.5, 2.0, 3.0};
        const QStringList names = {QStringLiteral("<1"), QStringLiteral("1–1.05"), QStringLiteral("1.05–1.1"), QStringLiteral("1.1–1.25"),
                                   QStringLiteral("1.25–1.5"), QStringLiteral("1.5–2"), QStringLiteral("2–3"), QStringLiteral("≥3")};
        QVector<double> count(names.size(), 0.0);
        for (const auto& l : x.loans) {
            if (std::isinf(l.healthFactor)) continue;
            int k = 0;
            while (k + 1 < static_cast<int>(std::size(edges)) && l.healthFactor >= edges[k + 1]) ++k;
            count[k] += 1;
        }
        plots::drawHealthBands(*m_health, names, count,
                               tr("Health factors (%1 loans, min %2)").arg(x.loans.size()).arg(formatHealth(x.totals.minHealthFactor)),
                               tr("loans"));
    }
    // Greeks
    {
        m_greeks->setRowCount(static_cast<int>(x.greeks.size()));
        for (int r = 0; r < static_cast<int>(x.greeks.size()); ++r) {
            const UnderlyingGreeks& g = x.greeks[r];
            const QString cells[] = {QString::fromStdString(g.asset >= 0 ? b.assets[g.asset].id : std::string("?")), formatMoney(g.value),
                                     formatNumber(g.delta, 2), formatNumber(g.gamma, 4), formatMoney(g.vega), formatMoney(g.theta),
                                     formatMoney(g.hedgeCost)};
            for (int k = 0; k < 7; ++k) {
                auto* it = new QTableWidgetItem(cells[k]);
                if (k > 0) it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_greeks->setItem(r, k, it);
            }
        }
        m_greeks->resizeColumnsToContents();
    }
    refreshSeries();
}

void DashboardView::refreshSupplyChain(const ExposureEngine& engine)
{
    // a supply chain without finance: who depends on whom, the tiers, the flows
    const Book& b = engine.book();
    const Exposure& x = engine.result();
    const SupplyChainStructure& sc = engine.structure();
    const Colors c = colors();
    auto name = [&](int n) { return QString::fromStdString(b.nodes[n].name.empty() ? b.nodes[n].id : b.nodes[n].name); };
    const int n = static_cast<int>(b.nodes.size());
    {
        std::vector<double> v(n, 0.0);
        for (int i = 0; i < n; ++i) v[i] = std::max(0, sc.nodes[i].dependants);
        std::vector<int> top;
        topN(v, 10, top);
        QVector<QString> labels;
        QVector<double> values;
        for (int i : top) labels << name(i), values << v[i];
        plots::horizontalBars(*m_byNode, tr("Nodes that depend on each (top 10)"), labels, values, c.series[4]);
        say(m_byNode, top.empty() ? tr("<b>No supply links yet</b><br>links.csv (from,to) says who supplies whom.") : QString());
    }
    {
        std::map<int, std::pair<double, double>> tiers; // tier -> (nodes, single-sourced)
        for (int i = 0; i < n; ++i)
            if (isSupplyChainNode(b.nodes[i].type) && !sc.nodes[i].isolated) {
                auto& t = tiers[sc.nodes[i].tier];
                t.first += 1;
                t.second += sc.nodes[i].singleSourced;
            }
        QVector<QString> labels;
        QVector<double> all, single;
        for (const auto& [tier, counts] : tiers) labels << tr("tier %1").arg(tier), all << counts.first, single << counts.second;
        plots::horizontalBars(*m_byVenue, tr("Nodes by tier"), labels, all, c.series[1], single, c.warn, tr("nodes"), tr("single-sourced"));
        say(m_byVenue, tiers.empty() ? tr("No linked chain nodes") : QString());
    }
    {
        std::vector<double> v(n, 0.0);
        for (int i = 0; i < n; ++i) v[i] = x.nodes[i].inflowPerDay;
        std::vector<int> top;
        topN(v, 10, top);
        QVector<QString> labels;
        QVector<double> in, capacity;
        for (int i : top) labels << name(i), in << x.nodes[i].inflowPerDay, capacity << x.nodes[i].outflowCapacityPerDay;
        plots::horizontalBars(*m_byAsset, tr("Inflow per day by node (top 10)"), labels, in, c.series[0], capacity, c.series[3], tr("inflow"),
                       tr("outflow capacity"));
        say(m_byAsset, top.empty() ? tr("<b>No flows yet</b><br>Shipments with a quantity of a priced asset give the chain its flows "
                                        "(and the max-flow its bottlenecks).")
                                   : QString());
    }
    say(m_health, tr("<b>No loans yet</b><br>Health factors appear once the book has loans."));
    say(m_greeks, tr("No derivatives in this book"));
    say(m_series, tr("<b>No market data to follow live</b><br>Add assets and positions; the live feed then moves their prices."));
}

void DashboardView::refreshSeries()
{
    const auto& h = m_desk->history();
    QVector<double> t, e, hf;
    t.reserve(h.size());
    for (const auto& s : h) {
        t << s.seconds;
        e << s.exposure;
        hf << (std::isfinite(s.minHealth) ? s.minHealth : std::nan(""));
    }
    plots::drawLiveSeries(*m_series, t, e, hf);
}

} // namespace ballast::ui
