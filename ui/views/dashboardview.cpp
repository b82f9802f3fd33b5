#include "dashboardview.h"
#include "widgets/redraw.h"

#include "palette.h"
#include "plots/chartstyle.h"
#include "layout.h"
#include "format.h"
#include "widgets/emptystate.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <map>
#include <numeric>

namespace ballast::ui {

namespace {

QCustomPlot* makeChart(QWidget* parent, const QString& name)
{
    auto* p = new QCustomPlot(parent);
    p->setObjectName(name);
    p->setMinimumSize(150, 90);
    p->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(p, QString(), QFont(p->font().family(), 9, QFont::DemiBold));
    title->setTextColor(colors().text);
    p->plotLayout()->addElement(0, 0, title);
    styleChart(p);
    return p;
}

/// The legend in its own row under the title, laid out horizontally: it never covers data.
void legendUnderTitle(QCustomPlot* p)
{
    p->legend->setVisible(true);
    if (p->plotLayout()->rowCount() >= 3) return;
    p->plotLayout()->insertRow(1);
    p->plotLayout()->addElement(1, 0, p->legend);
    p->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    p->legend->setBorderPen(Qt::NoPen);
    p->legend->setBrush(Qt::NoBrush);
    p->legend->setMargins(QMargins(4, 0, 4, 0));
    p->plotLayout()->setRowStretchFactor(1, 0.001);
    p->plotLayout()->setRowSpacing(0);
}

void setTitle(QCustomPlot* p, const QString& t)
{
    if (auto* e = qobject_cast<QCPTextElement*>(p->plotLayout()->element(0, 0))) {
        e->setText(t);
        e->setTextColor(colors().text);
    }
}

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

void horizontalBars(QCustomPlot* plot, const QString& title, const QVector<QString>& labels, const QVector<double>& values,
                    const QColor& color, const QVector<double>& second, const QColor& secondColor, const QString& firstName,
                    const QString& secondName)
{
    plot->clearPlottables();
    setTitle(plot, title);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    for (int i = 0; i < labels.size(); ++i) {
        keys << i;
        QString l = labels[i];
        if (l.size() > 22) l = l.left(21) + QChar(0x2026);
        ticker->addTick(i, l);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->grid()->setVisible(false);
    moneyAxis(plot->xAxis);
    const bool two = !second.isEmpty();
    auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setWidth(two ? 0.38 : 0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setName(firstName);
    QVector<double> k1 = keys;
    if (two)
        for (double& k : k1) k -= 0.2;
    bars->setData(k1, values, true);
    double hi = values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end());
    if (two) {
        auto* b2 = new QCPBars(plot->yAxis, plot->xAxis);
        b2->setWidth(0.38);
        b2->setPen(Qt::NoPen);
        b2->setBrush(secondColor);
        b2->setName(secondName);
        QVector<double> k2 = keys;
        for (double& k : k2) k += 0.2;
        b2->setData(k2, second, true);
        if (!second.isEmpty()) hi = std::max(hi, *std::max_element(second.begin(), second.end()));
        legendUnderTitle(plot);
    } else {
        plot->legend->setVisible(false);
    }
    plot->yAxis->setRange(-0.6, std::max<int>(1, static_cast<int>(labels.size())) - 0.4);
    plot->xAxis->setRange(0, std::max(hi, 1.0) * 1.05);
    styleChart(plot);
    plot->yAxis->grid()->setVisible(false);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

DashboardView::DashboardView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    m_byNode = makeChart(this, QStringLiteral("chartCounterparties"));
    m_byVenue = makeChart(this, QStringLiteral("chartVenues"));
    m_byAsset = makeChart(this, QStringLiteral("chartAssets"));
    m_health = makeChart(this, QStringLiteral("chartHealth"));
    m_series = makeChart(this, QStringLiteral("chartLive"));
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

    // two y axes on the series: exposure (left) and min HF (right)
    m_series->yAxis2->setVisible(true);
    m_series->xAxis->setLabel(tr("seconds since load"));
    moneyAxis(m_series->yAxis);
    m_series->addGraph(m_series->xAxis, m_series->yAxis);
    m_series->addGraph(m_series->xAxis, m_series->yAxis2);
    m_series->graph(0)->setName(tr("Exposure"));
    m_series->graph(1)->setName(tr("Min HF"));
    m_series->graph(0)->setPen(QPen(colors().series[0], 1.8));
    m_series->graph(1)->setPen(QPen(colors().warn, 1.8));
    for (int g = 0; g < 2; ++g) m_series->graph(g)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    legendUnderTitle(m_series);
    setTitle(m_series, tr("Live: exposure, min HF"));
    styleChart(m_series);

    for (QWidget* w : std::initializer_list<QWidget*>{m_byNode, m_byVenue, m_byAsset, m_health, m_series, m_greeks}) m_empty[w] = new EmptyState(w);

    connect(desk, &DeskState::bookChanged, this, &DashboardView::refresh);
    // live: one redraw a second (six charts in one paint), whatever the tick rate
    coalesceRedraws(desk, &DeskState::exposureChanged, this, 1000, [this] { refresh(); });
}

QList<QCustomPlot*> DashboardView::charts() const { return {m_byNode, m_byVenue, m_byAsset, m_health, m_series}; }

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
        horizontalBars(m_byNode, tr("Exposure by counterparty (top 10)"), labels, values, c.series[0], owed, c.series[3],
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
        horizontalBars(m_byVenue, tr("Collateral and debt by venue"), labels, coll, c.series[1], debt, c.series[4],
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
        horizontalBars(m_byAsset, tr("Exposure by asset (top 10)"), labels, mv, c.series[0], pledged, c.series[2], tr("market value"),
                       tr("pledged"));
    }
    // HF distribution
    {
        m_health->clearPlottables();
        const double edges[] = {0, 1.0, 1.05, 1.1, 1.25, 1.5, 2.0, 3.0};
        const QStringList names = {QStringLiteral("<1"), QStringLiteral("1–1.05"), QStringLiteral("1.05–1.1"), QStringLiteral("1.1–1.25"),
                                   QStringLiteral("1.25–1.5"), QStringLiteral("1.5–2"), QStringLiteral("2–3"), QStringLiteral("≥3")};
        QVector<double> count(names.size(), 0.0), keys;
        for (const auto& l : x.loans) {
            if (std::isinf(l.healthFactor)) continue;
            int k = 0;
            while (k + 1 < static_cast<int>(std::size(edges)) && l.healthFactor >= edges[k + 1]) ++k;
            count[k] += 1;
        }
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (int i = 0; i < names.size(); ++i) keys << i, ticker->addTick(i, names[i]);
        m_health->xAxis->setTicker(ticker);
        m_health->xAxis->setTickLabelRotation(-35);
        m_health->xAxis->grid()->setVisible(false);
        for (int part = 0; part < 3; ++part) { // bad, warn, good coloured separately
            auto* bars = new QCPBars(m_health->xAxis, m_health->yAxis);
            bars->setWidth(0.75);
            bars->setPen(Qt::NoPen);
            bars->setBrush(part == 0 ? c.bad : part == 1 ? c.warn : c.good);
            QVector<double> k, v;
            for (int i = 0; i < names.size(); ++i)
                if ((part == 0 && i == 0) || (part == 1 && (i == 1 || i == 2)) || (part == 2 && i >= 3)) k << i, v << count[i];
            bars->setData(k, v, true);
        }
        const double hi = *std::max_element(count.begin(), count.end());
        m_health->xAxis->setRange(-0.6, names.size() - 0.4);
        m_health->yAxis->setRange(0, std::max(1.0, hi * 1.1));
        m_health->yAxis->setLabel(tr("loans"));
        setTitle(m_health, tr("Health factors (%1 loans, min %2)").arg(x.loans.size()).arg(formatHealth(x.totals.minHealthFactor)));
        styleChart(m_health);
        m_health->xAxis->grid()->setVisible(false);
        m_health->replot(QCustomPlot::rpQueuedReplot);
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
        horizontalBars(m_byNode, tr("Nodes that depend on each (top 10)"), labels, values, c.series[4]);
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
        horizontalBars(m_byVenue, tr("Nodes by tier"), labels, all, c.series[1], single, c.warn, tr("nodes"), tr("single-sourced"));
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
        horizontalBars(m_byAsset, tr("Inflow per day by node (top 10)"), labels, in, c.series[0], capacity, c.series[3], tr("inflow"),
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
    styleChart(m_series);
    m_series->graph(0)->setData(t, e, true);
    m_series->graph(1)->setData(t, hf, true);
    m_series->rescaleAxes();
    if (t.size() < 2 || m_series->xAxis->range().upper < 60) m_series->xAxis->setRange(0, std::max(60.0, t.isEmpty() ? 0.0 : t.back()));
    const QCPRange r = m_series->yAxis->range();
    const double pad = std::max(r.size() * 0.1, std::fabs(r.center()) * 0.005 + 1); // a flat series still gets an axis
    m_series->yAxis->setRange(r.lower - pad, r.upper + pad);
    const QCPRange r2 = m_series->yAxis2->range();
    m_series->yAxis2->setRange(std::max(0.0, r2.lower - 0.05), r2.upper + 0.05);
    m_series->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ballast::ui
