#include "report/lenderreport.h"

#include "absorption.h"
#include "bottleneck.h"
#include "crosschain.h"
#include "exposure.h"
#include "survival.h"
#include "format.h"
#include "groups.h"
#include "palette.h"
#include "plots/bars.h"
#include "plots/chart.h"
#include "plots/stresscharts.h"
#include "plots/whatifcharts.h"
#include "storage.h"
#include "stress.h"

#include <nlohmann/json.hpp>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <set>
#include <cstdio>
#include <numeric>

namespace ballast::ui {

QFuture<JobResult<ReportInput>> prepareReportAsync(EngineSnapshot engine, QStringList ids, std::shared_ptr<const StressResult> stress,
                                                   QPageSize pageSize, long long monteCarloScenarios)
{
    return runJob([engine = std::move(engine), ids = std::move(ids), stress = std::move(stress), pageSize, monteCarloScenarios]() {
        ReportInput in{engine, {}, stress, pageSize};
        const Book& b = engine->book();
        if (!in.stress && monteCarloScenarios > 0 && monteCarloPrerequisites(b).empty()) {
            StressOptions o;
            o.scenarios = monteCarloScenarios;
            in.stress = std::make_shared<const StressResult>(runMonteCarlo(b, o));
        }
        ShockContext ctx(b, engine->index());
        for (const QString& id : ids) {
            const Scenario* sc = findScenario(b, id);
            if (!sc) throw std::runtime_error("no scenario '" + id.toStdString() + "' in the book");
            in.scenarios.push_back(runWithAndWithoutBreakers(ctx, *sc));
        }
        return in;
    });
}

ReportScenario runWithAndWithoutBreakers(const ShockContext& context, const Scenario& scenario)
{
    ShockOptions with, without;
    without.breakers = false;
    return {scenario, runScenario(context, scenario, with), runScenario(context, scenario, without)};
}

const Scenario* findScenario(const Book& book, const QString& id)
{
    const std::string key = id.toStdString();
    for (const Scenario& s : book.scenarios)
        if (s.id == key) return &s;
    return nullptr;
}

namespace {
QString esc(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }
QString nodeName(const Book& b, int n) { return n >= 0 ? esc(b.nodes[n].name.empty() ? b.nodes[n].id : b.nodes[n].name) : QString(); }

struct ShockWords
{
    Q_DECLARE_TR_FUNCTIONS(LenderReport)
};
} // namespace

QString shockInWords(const Book& book, const Shock& k)
{
    const QString asset = esc(k.asset);
    const int n = k.nodeIx >= 0 ? k.nodeIx : k.venueIx;
    const QString node = n >= 0 ? nodeName(book, n) : esc(k.node.empty() ? k.venue : k.node);
    switch (k.type) {
    case ShockType::Price:
        return std::isnan(k.set) ? ShockWords::tr("%1 price moves %2").arg(asset, formatPercent(k.relative, 1)) : ShockWords::tr("%1 price set to %2").arg(asset, formatPrice(k.set));
    case ShockType::Volatility: return ShockWords::tr("%1 volatility × %2").arg(asset, formatNumber(k.multiplier, 2));
    case ShockType::Depeg: return std::isnan(k.set) ? ShockWords::tr("%1 depegs by %2").arg(asset, formatPercent(k.relative, 1)) : ShockWords::tr("%1 depegs to %2").arg(asset, formatPrice(k.set));
    case ShockType::Liquidity: return ShockWords::tr("liquidity of %1 drained by %2").arg(esc(k.pool.empty() ? k.venue : k.pool), formatPercent(k.drain, 0));
    case ShockType::OracleStale: return ShockWords::tr("%1 oracle stale for %2 h").arg(asset, formatNumber(k.hours, 1));
    case ShockType::OracleManipulation:
        return std::isnan(k.set) ? ShockWords::tr("%1 oracle manipulated by %2").arg(asset, formatPercent(k.relative, 1)) : ShockWords::tr("%1 oracle set to %2").arg(asset, formatPrice(k.set));
    case ShockType::Default: return ShockWords::tr("%1 defaults").arg(node);
    case ShockType::Delay: return ShockWords::tr("shipments through %1 delayed %2 days").arg(k.node.empty() ? esc(k.shipment) : node, formatNumber(k.days, 1));
    case ShockType::Halt: return ShockWords::tr("%1 halted for %2 rounds").arg(node).arg(k.rounds);
    case ShockType::Finality: return ShockWords::tr("finality on %1 delayed %2 s").arg(esc(k.chain), formatNumber(k.seconds, 0));
    case ShockType::Replay: return ShockWords::tr("%1 follows a recorded price path of %2 points").arg(asset).arg(k.path.size());
    }
    return QString();
}


namespace {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(LenderReport)

public:
    Report(const ReportInput& in, double bodyWidth, double dpi)
        : m_in(in), m_b(in.engine->book()), m_x(in.engine->result()), m_width(bodyWidth), m_dpi(dpi), m_hash(bookHash(m_b))
    {
    }

    /// The book's input hash, found once: it serialises the whole book (seconds on a million positions).
    const std::string& hash() const { return m_hash; }

    void build(QTextDocument& doc)
    {
        cover();
        keyFigures();
        network();
        exposure();
        collateral();
        bottlenecks();
        loansNearLiquidation();
        for (const ReportScenario& s : m_in.scenarios) scenario(s);
        if (m_in.stress) monteCarlo(*m_in.stress);
        appendix();
        // the charts hold their place in the flow as blank images of their size (QTextDocument's
        // own images flow and paginate correctly); each page then draws them as vectors where
        // the layout put them (chartPlaces)
        QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::transparent);
        for (size_t i = 0; i < m_charts.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ballast-chart:%1").arg(i)), blank);
        for (size_t i = 0; i < m_pictures.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("ballast-picture:%1").arg(i)), m_pictures[i]);
        doc.setHtml(m_html);
    }
    const std::vector<std::unique_ptr<plots::Chart>>& charts() const { return m_charts; }

private:
    void html(const QString& h) { m_html += h; }
    void pageBreak() { html(QStringLiteral("<p style=\"page-break-before:always; margin:0\"></p>")); }
    void heading(const QString& text) { html(QStringLiteral("<h2 style=\"color:#111827\">%1</h2>").arg(text.toHtmlEscaped())); }
    void sub(const QString& text) { html(QStringLiteral("<h3 style=\"color:#374151\">%1</h3>").arg(text.toHtmlEscaped())); }
    void para(const QString& text) { html(QStringLiteral("<p>%1</p>").arg(text)); }

    /// A table: header cells, rows of cells; columns from `firstNumeric` on are right-aligned numbers.
    void table(const QStringList& header, const QList<QStringList>& rows, int firstNumeric = 1)
    {
        QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"font-size:8pt\"><thead><tr>");
        for (int c = 0; c < header.size(); ++c)
            h += QStringLiteral("<th align=\"%1\" style=\"background-color:#e5e7eb\">%2</th>")
                     .arg(c >= firstNumeric ? QStringLiteral("right") : QStringLiteral("left"), header[c].toHtmlEscaped());
        h += QStringLiteral("</tr></thead>");
        for (int r = 0; r < rows.size(); ++r) {
            h += r % 2 ? QStringLiteral("<tr style=\"background-color:#f9fafb\">") : QStringLiteral("<tr>");
            for (int c = 0; c < rows[r].size(); ++c)
                h += QStringLiteral("<td align=\"%1\">%2</td>").arg(c >= firstNumeric ? QStringLiteral("right") : QStringLiteral("left"), rows[r][c]);
            h += QStringLiteral("</tr>");
        }
        if (rows.isEmpty())
            h += QStringLiteral("<tr><td colspan=\"%1\"><i>%2</i></td></tr>").arg(header.size()).arg(tr("None in this book."));
        h += QStringLiteral("</table>");
        html(h);
    }

    /// A new chart, styled for paper, to draw into; it appears where the text is now.
    plots::Chart& chart(double heightShare = 0.42)
    {
        PrintTheme paper;
        const QSizeF size(m_width * 0.98, m_width * heightShare);
        // <img> sizes are 96-dpi pixels, which the document scales to its device's resolution
        html(QStringLiteral("<p align=\"center\"><img src=\"ballast-chart:%1\" width=\"%2\" height=\"%3\"></p>")
                 .arg(m_charts.size())
                 .arg(qRound(size.width() * 96.0 / m_dpi))
                 .arg(qRound(size.height() * 96.0 / m_dpi)));
        m_charts.push_back(std::make_unique<plots::Chart>(QStringLiteral("reportChart%1").arg(m_charts.size()), nullptr));
        return *m_charts.back();
    }

    /// A picture across the text width (its aspect kept), as a resource of the document.
    void picture(const QImage& img, double widthShare = 0.98)
    {
        if (img.isNull() || img.width() <= 0) return;
        const double w = m_width * widthShare, h = w * img.height() / img.width();
        const int index = static_cast<int>(m_pictures.size());
        m_pictures.push_back(img);
        html(QStringLiteral("<p align=\"center\"><img src=\"ballast-picture:%1\" width=\"%2\" height=\"%3\"></p>")
                 .arg(index)
                 .arg(qRound(w * 96.0 / m_dpi))
                 .arg(qRound(h * 96.0 / m_dpi)));
    }

    void network()
    {
        if (!m_in.network || m_b.nodes.empty()) return;
        pageBreak(); // the picture with its heading and caption, on a page of its own
        heading(tr("The network"));
        para(tr("The supply chain left to right, each stage in the column just before its customers; lenders, venues and funds in bands around it, each on the side where "
                "its links cross the chain least; a ring shows the weakest health factor of a borrower's loans, a link's "
                "width its flow."));
        if (groupsByDefault(m_b))
            para(tr("With %L1 nodes and %L2 links the network is drawn in groups: one per tier and region of the chain, one "
                    "per type of the rest, the number of members in brackets; a group's ring is its weakest loan, its badges "
                    "count the members that defaulted (red) or were liquidated (amber).")
                     .arg(m_b.nodes.size())
                     .arg(m_b.links.size()));
        picture(m_in.network(nullptr));
    }

    void cover()
    {
        const QString asOf = m_b.meta.asOf ? QString::fromStdString(formatIsoTime(m_b.meta.asOf)) : tr("(no date set)");
        html(QStringLiteral("<p style=\"font-size:9pt;color:#4b5563\">%1</p>").arg(tr("Ballast · lender report")));
        html(QStringLiteral("<h1 style=\"font-size:22pt;color:#111827\">%1</h1>").arg(esc(m_b.meta.name.empty() ? std::string("Untitled book") : m_b.meta.name)));
        QList<QStringList> rows = {
            {tr("As of"), asOf.toHtmlEscaped()},
            {tr("Base currency"), esc(m_b.meta.baseCurrency)},
            {tr("Input hash (FNV-1a of the book's JSON)"), esc(m_hash)},
            {tr("Book"), tr("%1 nodes, %2 positions, %3 loans, %4 pools, %5 scenarios")
                             .arg(m_b.nodes.size()).arg(m_b.positions.size()).arg(m_b.loans.size()).arg(m_b.pools.size()).arg(m_b.scenarios.size())},
            {tr("Scenarios in this report"), m_in.scenarios.empty() ? tr("none")
                                                                     : [&] {
                                                                           QStringList names;
                                                                           for (const auto& s : m_in.scenarios) names << esc(s.scenario.name.empty() ? s.scenario.id : s.scenario.name);
                                                                           return names.join(QStringLiteral("; "));
                                                                       }()},
            {tr("Generated by"), tr("Ballast %1 on %2").arg(QCoreApplication::applicationVersion(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))},
            {tr("Pages"), QStringLiteral("%PAGES%")},
        };
        table({tr("Report"), QString()}, rows, 99);
        // the book's own notes: meta.description and meta.sources, when it has them
        const nlohmann::json meta = m_b.meta.raw.parsed();
        if (meta.contains("description") && meta["description"].is_string()) para(esc(meta["description"].get<std::string>()));
        if (meta.contains("sources") && meta["sources"].is_array()) {
            QString list = QStringLiteral("<ul>");
            for (const auto& src : meta["sources"])
                if (src.is_string()) list += QStringLiteral("<li>%1</li>").arg(esc(src.get<std::string>()));
            para(tr("Sources of the book's data:") + list + QStringLiteral("</ul>"));
        }
        para(tr("Figures are in %1 at the as-of time above. Reproduce them with the same book (same input hash) and "
                "<tt>ballast-cli exposure</tt> / <tt>shock</tt>; the method is in the appendix.")
                 .arg(esc(m_b.meta.baseCurrency)));
    }

    void keyFigures()
    {
        const Totals& t = m_x.totals;
        heading(tr("Key figures"));
        table({tr("Figure"), tr("Value")},
              {{tr("Exposure at market"), formatMoney(t.marketValue)},
               {tr("Exit value (after slippage)"), formatMoney(t.exitValue)},
               {tr("Liquidation cost"), formatMoney(t.liquidationCost)},
               {tr("Debt"), formatMoney(t.debtValue)},
               {tr("Collateral, risk-adjusted"), formatMoney(t.collateralValue)},
               {tr("Collateral coverage (at market / debt)"), std::isfinite(t.collateralCoverage) ? formatNumber(t.collateralCoverage, 2) + QStringLiteral("×") : tr("no debt")},
               {tr("Lowest health factor"), formatHealth(t.minHealthFactor)},
               {tr("Loans at risk (HF below 1)"), tr("%1 of %2").arg(t.loansAtRisk).arg(m_b.loans.size())},
               {tr("Delta-normal VaR 99%, %1 day(s)").arg(m_b.settings.horizonDays), formatMoney(t.deltaNormalVaR)},
               {tr("Derivatives value"), formatMoney(t.derivativesValue)}});
    }

    void exposure()
    {
        pageBreak();
        heading(tr("Exposure"));
        sub(tr("By counterparty (largest 12 by holdings and receivables)"));
        std::vector<int> nodes(m_b.nodes.size());
        std::iota(nodes.begin(), nodes.end(), 0);
        auto size = [&](int n) { return m_x.nodes[n].holdings + m_x.nodes[n].receivables; };
        std::sort(nodes.begin(), nodes.end(), [&](int a, int c) { return size(a) > size(c); });
        nodes.resize(std::min<size_t>(12, nodes.size()));
        nodes.erase(std::remove_if(nodes.begin(), nodes.end(), [&](int n) { return size(n) <= 0; }), nodes.end());
        QList<QStringList> rows;
        QVector<QString> labels;
        QVector<double> held, recv;
        for (int n : nodes) {
            const NodeExposure& e = m_x.nodes[n];
            rows << QStringList{nodeName(m_b, n), formatMoney(e.holdings), formatMoney(e.receivables), formatMoney(e.payables),
                                formatMoney(e.net), formatMoney(e.collateralPosted)};
            labels.prepend(QString::fromStdString(m_b.nodes[n].name.empty() ? m_b.nodes[n].id : m_b.nodes[n].name));
            held.prepend(e.holdings);
            recv.prepend(e.receivables);
        }
        table({tr("Counterparty"), tr("Holdings"), tr("Receivables"), tr("Payables"), tr("Net"), tr("Collateral posted")}, rows);
        if (!nodes.empty()) {
            PrintTheme paper;
            plots::horizontalBars(chart(0.36), tr("Exposure by counterparty"), labels, held, colors().series[0], recv, colors().series[3],
                                  tr("holdings"), tr("net receivables"));
        }
        sub(tr("By lending venue"));
        rows.clear();
        for (const VenueExposure& v : m_x.venues)
            rows << QStringList{nodeName(m_b, v.node), formatMoney(v.collateralValue), formatMoney(v.debtValue), QString::number(v.loans),
                                QString::number(v.loansAtRisk), formatNumber(v.hhi, 3)};
        table({tr("Venue"), tr("Collateral (risk-adj.)"), tr("Debt"), tr("Loans"), tr("At risk"), tr("HHI")}, rows);
        sub(tr("By asset (largest 12 by market value)"));
        std::vector<int> assets(m_b.assets.size());
        std::iota(assets.begin(), assets.end(), 0);
        std::sort(assets.begin(), assets.end(), [&](int a, int c) { return m_x.assets[a].marketValue > m_x.assets[c].marketValue; });
        assets.resize(std::min<size_t>(12, assets.size()));
        rows.clear();
        for (int a : assets) {
            const AssetExposure& e = m_x.assets[a];
            rows << QStringList{esc(m_b.assets[a].id), QString::fromUtf8(toString(m_b.assets[a].kind)), formatPrice(e.price),
                                formatMoney(e.marketValue), formatMoney(e.pledgedValue), formatMoney(e.depth[1]),
                                formatPercent(e.oracleDeviation, 2)};
        }
        table({tr("Asset"), tr("Kind"), tr("Price"), tr("Market value"), tr("Pledged"), tr("Depth to 2%"), tr("Oracle dev.")}, rows, 2);
    }

    void collateral()
    {
        heading(tr("Collateral by asset"));
        struct Row { double qty = 0, market = 0, collateral = 0, exit = 0, oracle = 0; };
        std::map<int, Row> by;
        for (size_t p = 0; p < m_b.positions.size(); ++p) {
            const Position& pos = m_b.positions[p];
            if (pos.loanIx < 0 || pos.assetIx < 0) continue;
            Row& r = by[pos.assetIx];
            const PositionExposure& e = m_x.positions[p];
            r.qty += pos.quantity;
            r.market += e.marketValue;
            r.collateral += e.collateralValue;
            r.exit += e.exitValue;
            r.oracle += pos.quantity * e.oraclePrice;
        }
        QList<QStringList> rows;
        for (const auto& [a, r] : by)
            rows << QStringList{esc(m_b.assets[a].id), formatNumber(r.qty, 2), formatMoney(r.market), formatMoney(r.collateral),
                                r.oracle > 0 ? formatPercent(1 - r.collateral / r.oracle, 1) : QStringLiteral("–"), formatMoney(r.exit),
                                r.market > 0 ? formatPercent(1 - r.exit / r.market, 1) : QStringLiteral("–")};
        table({tr("Asset"), tr("Quantity pledged"), tr("Market value"), tr("Collateral (risk-adj.)"), tr("Haircut"), tr("Exit value"),
               tr("Exit discount")},
              rows);
        para(tr("Haircut: one minus the liquidation threshold, weighted by the oracle value pledged. Exit value: what the "
                "pledged quantity fetches sold through the book's pools at once (slippage and fees), or its market value where no "
                "pool trades it."));
    }

    void loansNearLiquidation()
    {
        heading(tr("The ten loans closest to liquidation"));
        std::vector<int> order(m_b.loans.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int c) { return m_x.loans[a].healthFactor < m_x.loans[c].healthFactor; });
        order.resize(std::min<size_t>(10, order.size()));
        QList<QStringList> rows;
        for (int l : order) {
            const LoanExposure& e = m_x.loans[l];
            const Loan& loan = m_b.loans[l];
            rows << QStringList{esc(loan.id), nodeName(m_b, loan.borrowerIx), nodeName(m_b, loan.venueIx), formatMoney(e.debtValue),
                                formatMoney(e.collateralValue), formatHealth(e.healthFactor), formatPercent(e.ltv, 1),
                                std::isnan(e.liquidationPrice) ? QStringLiteral("–") : formatPrice(e.liquidationPrice),
                                std::isnan(e.distanceToLiquidation) ? QStringLiteral("–") : formatPercent(e.distanceToLiquidation, 1)};
        }
        table({tr("Loan"), tr("Borrower"), tr("Venue"), tr("Debt"), tr("Collateral"), tr("HF"), tr("LTV"), tr("Liq. price"), tr("Distance")}, rows, 3);
        para(tr("HF: risk-adjusted collateral over debt at oracle prices; a loan is liquidated below 1. Liquidation price and distance "
                "apply to loans with a single collateral asset."));
    }

    static double minHf(const ShockResult& r, bool after)
    {
        double m = kInf;
        for (const LoanOutcome& l : r.loans) m = std::min(m, after ? l.healthFactorAfter : l.healthFactorBefore);
        return m;
    }

    void scenario(const ReportScenario& s)
    {
        pageBreak();
        const ShockResult& r = s.withBreakers;
        heading(tr("Scenario: %1").arg(QString::fromStdString(s.scenario.name.empty() ? s.scenario.id : s.scenario.name)));
        if (!s.scenario.description.empty()) para(esc(s.scenario.description));
        QString shocks = QStringLiteral("<ul>");
        for (const Shock& k : s.scenario.shocks) shocks += QStringLiteral("<li>%1</li>").arg(shockInWords(m_b, k));
        para(tr("The shocks:") + shocks + QStringLiteral("</ul>"));
        const ShockResult* nb = s.withoutBreakers ? &*s.withoutBreakers : nullptr;
        auto col = [&](auto f) { return QStringList{f(r), nb ? f(*nb) : QStringLiteral("–")}; };
        QList<QStringList> rows;
        auto row = [&](const QString& name, const QString& before, auto f) { rows << (QStringList{name, before} + col(f)); };
        row(tr("Total loss"), formatMoney(0), [](const ShockResult& x) { return formatMoney(x.losses.total()); });
        row(tr("Bad debt"), formatMoney(0), [](const ShockResult& x) { return formatMoney(x.badDebt); });
        row(tr("Liquidations"), QStringLiteral("0"), [](const ShockResult& x) { return QString::number(x.liquidations); });
        row(tr("Collateral sold"), formatMoney(0), [](const ShockResult& x) { return formatMoney(x.collateralSold); });
        row(tr("Debt repaid"), formatMoney(0), [](const ShockResult& x) { return formatMoney(x.debtRepaid); });
        row(tr("Defaults"), QStringLiteral("0"), [](const ShockResult& x) { return QString::number(x.defaults); });
        row(tr("Lowest health factor"), formatHealth(minHf(r, false)), [](const ShockResult& x) { return formatHealth(minHf(x, true)); });
        row(tr("Cascade rounds"), QStringLiteral("0"), [](const ShockResult& x) { return QString::number(x.rounds.size()); });
        table({tr("Figure"), tr("Before"), tr("After, with breakers"), tr("After, no breakers")}, rows);
        if (m_in.network && !m_b.nodes.empty()) {
            sub(tr("The network after the cascade"));
            para(tr("Defaulted nodes and liquidated borrowers are marked, as are the shipments the scenario delayed."));
            picture(m_in.network(&r), 0.9);
        }

        sub(tr("The cascade, round by round"));
        QList<QStringList> rr;
        for (const RoundRecord& x : r.rounds)
            rr << QStringList{QString::number(x.round), QString::number(x.liquidations), formatMoney(x.debtRepaid), formatMoney(x.collateralSold),
                              formatMoney(x.proceeds), formatMoney(x.badDebt), QString::number(x.haltedVenues.size())};
        table({tr("Round"), tr("Liquidations"), tr("Debt repaid"), tr("Collateral sold"), tr("Proceeds"), tr("Bad debt"), tr("Venues halted")}, rr);
        if (!r.rounds.empty()) {
            PrintTheme paper;
            plots::drawCascade(chart(0.34), r.rounds, nb ? &nb->rounds : nullptr);
        }
        sub(tr("Where the loss comes from"));
        {
            PrintTheme paper;
            plots::drawLossWaterfall(chart(0.34), r.losses);
        }
        const Losses& L = r.losses;
        table({tr("Channel"), tr("Loss")}, {{tr("Price"), formatMoney(L.price)}, {tr("Liquidation penalty"), formatMoney(L.liquidationPenalty)},
                                           {tr("Fire sale"), formatMoney(L.fireSale)}, {tr("Oracle"), formatMoney(L.oracle)},
                                           {tr("Defaults"), formatMoney(L.defaults)}, {tr("Supply chain"), formatMoney(L.supplyChain)},
                                           {tr("Hedges (gains negative)"), formatMoney(L.hedges)}, {tr("Total"), formatMoney(L.total())}});
        sub(tr("Largest losses by node"));
        std::vector<int> order(r.nodes.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int c) { return r.nodes[a].loss > r.nodes[c].loss; });
        QList<QStringList> nl;
        for (int n : order) {
            if (nl.size() >= 10 || r.nodes[n].loss <= 0) break;
            nl << QStringList{nodeName(m_b, n), formatMoney(r.nodes[n].loss), r.nodes[n].defaulted ? tr("defaulted") : QString(),
                              formatMoney(m_b.nodes[n].equity)};
        }
        table({tr("Node"), tr("Loss"), tr("Outcome"), tr("Equity before")}, nl);
        if (r.defaults > 0) {
            QStringList names;
            for (size_t n = 0; n < r.nodes.size(); ++n)
                if (r.nodes[n].defaulted) names << nodeName(m_b, static_cast<int>(n));
            para(tr("Defaulted: %1.").arg(names.join(QStringLiteral(", "))));
        }
        para(tr("Bad debt: %1, the debt the seized collateral did not cover.").arg(formatMoney(r.badDebt)));

        // where the liquidators sold, against what each venue takes before a 2% impact
        const AbsorptionMap am = absorptionMap(m_b, m_x, &r);
        std::vector<const AbsorptionCell*> sold;
        for (const AbsorptionCell& c : am.cells)
            if (!c.sales.empty()) sold.push_back(&c);
        std::stable_sort(sold.begin(), sold.end(), [](const AbsorptionCell* a, const AbsorptionCell* c) { return a->sold > c->sold; });
        if (!sold.empty()) {
            sub(tr("Where the forced selling went"));
            para(tr("The liquidators' sales by venue and asset, against what the venue takes before its price falls 2% "
                    "(coverage below 1× moved it more); the loans first liquidated in the next wave holding what a sale moved."));
            QList<QStringList> rows;
            for (const AbsorptionCell* c : sold) {
                if (rows.size() >= 10) break;
                std::set<int> pushed;
                for (const AbsorbedSale& a : c->sales) pushed.insert(a.pushedUnder.begin(), a.pushedUnder.end());
                rows << QStringList{nodeName(m_b, c->venue), esc(m_b.assets[c->asset].id), formatMoney(c->sold), formatMoney(c->depthValue[1]),
                                    formatNumber(c->coverage, 2) + QStringLiteral("×"), formatPercent(c->maxImpact, 1),
                                    QString::number(pushed.size())};
            }
            table({tr("Venue"), tr("Asset"), tr("Sold"), tr("Absorbs at 2%"), tr("Coverage"), tr("Worst impact"), tr("Pushed under")}, rows, 2);
        }
        // who fails first: cash against the lost inflows, health after the cascade
        const SurvivalMap sm = survivalMap(m_b, r);
        if (!sm.points.empty()) {
            sub(tr("Who fails first"));
            para(sm.recoverDays > 0 ? tr("Each borrower by the days its cash lasts against the inflows the scenario cuts, against the weakest "
                                         "health factor its loans reach; the boundary is the scenario's time to recover (%1 days).")
                                          .arg(formatNumber(sm.recoverDays, 1))
                                    : tr("The scenario cuts no inflow, so no borrower runs out of cash: the quadrants follow the weakest "
                                         "health factor its loans reach."));
            table({tr("Quadrant"), tr("Borrowers")},
                  {{tr("Safe"), QString::number(sm.counts[static_cast<size_t>(SurvivalQuadrant::Safe)])},
                   {tr("Fails physically first"), QString::number(sm.counts[static_cast<size_t>(SurvivalQuadrant::PhysicalFirst)])},
                   {tr("Fails financially first"), QString::number(sm.counts[static_cast<size_t>(SurvivalQuadrant::FinancialFirst)])},
                   {tr("Fails both ways"), QString::number(sm.counts[static_cast<size_t>(SurvivalQuadrant::Both)])}});
        }
        // across chains: how late each on-chain venue saw prices, and what the bridges had to carry
        const CrossChainReport cc = crossChainReport(m_b, am, &r);
        if (!cc.chains.empty()) {
            sub(tr("Across chains"));
            para(tr("A lending venue sees the oracle's price as many %1 rounds late as its chain's block finality spans; the "
                    "scenario's finality shocks lengthen it. Liquidators sold where the depth was, at once: what they sold "
                    "on another chain than the loan's is what the bridges would have had to carry, against their capacity per round.")
                     .arg(formatNumber(cc.roundSeconds / 60.0, 0) + QStringLiteral("-min")));
            QList<QStringList> rows;
            for (const VenueLag& v : cc.venues) {
                if (v.chain < 0) continue;
                rows << QStringList{nodeName(m_b, v.venue), esc(cc.chains[v.chain].chain),
                                    QString::number(v.lagRounds), QString::number(v.lagRoundsAfter), QString::number(v.roundsLate),
                                    QString::number(v.caused), QString::number(v.delayed)};
            }
            table({tr("Venue"), tr("Chain"), tr("Lag before"), tr("Lag in scenario"), tr("Rounds late"), tr("Caused"), tr("Held back")}, rows, 2);
            if (!cc.bridges.empty()) {
                QList<QStringList> brows;
                for (const BridgeUse& u : cc.bridges) {
                    const bool bounded = std::isfinite(u.capacityPerRound);
                    brows << QStringList{esc(m_b.links[u.link].id),
                                         QStringLiteral("%1 ⇄ %2").arg(u.fromChain >= 0 ? esc(cc.chains[u.fromChain].chain) : tr("off-chain"),
                                                                       u.toChain >= 0 ? esc(cc.chains[u.toChain].chain) : tr("off-chain")),
                                         bounded ? formatMoney(u.capacityPerRound) : tr("not stated"), formatMoney(u.carried),
                                         bounded && u.carried > 0 ? formatNumber(u.peakUse, 1) + QStringLiteral("×") : QStringLiteral("–"),
                                         formatMoney(u.backlog), u.roundsToClear < 0 ? tr("never") : QString::number(u.roundsToClear),
                                         QString::number(u.arrivalRounds)};
                }
                table({tr("Bridge"), tr("Chains"), tr("Capacity per round"), tr("Carried"), tr("Peak use"), tr("Backlog"), tr("Rounds to clear"),
                       tr("Rounds to arrive")},
                      brows, 2);
            }
            if (cc.unbridged > 0)
                para(tr("%1 was sold across chains that no bridge of the book joins.").arg(formatMoney(cc.unbridged)));
        }
    }

    void bottlenecks()
    {
        const BottleneckReport r = bottleneckReport(m_b, m_x, 8);
        if (r.total == 0) return;
        sub(tr("Bottlenecks of the physical chain"));
        para(tr("Stages that take in more per day than their outgoing links can carry, and the pledged goods waiting behind "
                "them. The chain's max flow is %1 a day.").arg(formatMoney(r.maxFlowPerDay)));
        QList<QStringList> rows;
        for (const Bottleneck& bn : r.bottlenecks) {
            QStringList loans;
            for (const WaitingCollateral& w : bn.loans) {
                if (loans.size() >= 3) break;
                loans << esc(m_b.loans[w.loan].id);
            }
            if (bn.loans.size() > 3) loans << QStringLiteral("…");
            rows << QStringList{nodeName(m_b, bn.node), formatMoney(bn.inflowPerDay), formatMoney(bn.outflowCapacityPerDay),
                                formatMoney(bn.excessPerDay), formatMoney(bn.collateralWaiting), loans.join(QStringLiteral(", "))};
        }
        table({tr("Stage"), tr("Inflow / day"), tr("Outflow cap. / day"), tr("Excess / day"), tr("Goods waiting"), tr("Largest loans")}, rows);
    }

    void monteCarlo(const StressResult& s)
    {
        pageBreak();
        heading(tr("Monte Carlo stress"));
        para(tr("%L1 scenarios (seed %2) over %3 day(s): correlated moves of the book's risk factors, each run through the full "
                "cascade.").arg(s.scenarios).arg(s.seed).arg(m_b.settings.horizonDays));
        QList<QStringList> rows;
        for (size_t i = 0; i < s.confidence.size(); ++i)
            rows << QStringList{formatPercent(s.confidence[i], 1), formatMoney(s.var[i]), formatMoney(s.es[i]),
                                formatMoney(s.liquidationsAtRisk[i]), formatMoney(s.badDebtQuantile[i])};
        table({tr("Confidence"), tr("VaR"), tr("Expected shortfall"), tr("Liquidations at risk"), tr("Bad debt")}, rows);
        PrintTheme paper;
        plots::drawLossHistogram(chart(0.36), s);
    }

    void appendix()
    {
        pageBreak();
        heading(tr("Appendix: method and assumptions"));
        para(tr("<b>Values.</b> Market value is quantity × market price; an inventory token is priced from its underlying commodity "
                "× units per token × quality, where quality decays exponentially with the days since its last attestation; an "
                "invoice token is its face value discounted for time to due and the obligor's default probability. Exit value "
                "sells the quantity through the book's pools (constant-product, concentrated-liquidity and order-book) by best "
                "execution, so it carries price impact and fees."));
        para(tr("<b>Loans.</b> Health factor = Σ quantity × oracle price × liquidation threshold / debt. Below 1 a loan is "
                "liquidated as Aave v3 does it: up to the close factor of the debt is repaid, and the liquidator receives "
                "collateral worth the repaid debt × the liquidation bonus, of which the protocol fee is a share."));
        para(tr("<b>Cascade.</b> A scenario applies its shocks, then runs rounds: liquidatable loans are liquidated, the seized "
                "collateral is sold on the pools, prices move with the sales, oracles follow the market with their lag, and the "
                "next round sees the new prices. Circuit breakers cap a venue's price fall and liquidation volume per round and "
                "may halt trading. The column \"no breakers\" is the same scenario with breakers off."));
        para(tr("<b>Supply chain and clearing.</b> Supplier defaults and shipment delays propagate downstream by the book's "
                "shares and cash buffers (time to survive); obligations are then cleared as Eisenberg and Noe (2001) do it, or "
                "with Rogers and Veraart's (2013) default costs when the book chooses that model. DebtRank follows Battiston et "
                "al. (2012)."));
        para(tr("<b>Losses.</b> Each node's loss is split by channel: price, liquidation penalty, fire sale, oracle, defaults, "
                "supply chain and hedges (a hedge's gain in value counts against the loss). The channels sum to the total."));
        para(tr("<b>Monte Carlo.</b> Correlated log-normal (or Student-t, with jumps where the book asks) moves of the assets with "
                "a volatility over the horizon; VaR and expected shortfall are exact empirical quantiles of the scenario losses."));
        para(tr("<b>Data.</b> The demo book's prices and risk parameters are real: crash-day price histories and Aave v3 risk "
                "parameters, with their sources listed on the cover. The counterparties and positions are "
                "illustrative."));
        para(tr("<b>Assumptions.</b> Prices, oracle values and attestations are as of the book's as-of time; pools are the only "
                "liquidity; no new capital enters during a cascade; figures are undiscounted unless stated."));
    }

    const ReportInput& m_in;
    const Book& m_b;
    const Exposure& m_x;
    double m_width, m_dpi;
    std::string m_hash;
    QString m_html;
    std::vector<std::unique_ptr<plots::Chart>> m_charts;
    std::vector<QImage> m_pictures;
};

} // namespace

/// Where the layout put each chart's image, in document coordinates (index: the chart's number).
std::vector<QRectF> chartPlaces(QTextDocument& doc, size_t charts)
{
    std::vector<QRectF> places(charts);
    const QString prefix = QStringLiteral("ballast-chart:");
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* lines = block.layout();
        if (!lines) continue;
        const QRectF box = layout->blockBoundingRect(block);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat()) continue;
            const QTextImageFormat img = f.charFormat().toImageFormat();
            if (!img.name().startsWith(prefix)) continue;
            bool ok = false;
            const size_t k = img.name().mid(prefix.size()).toUInt(&ok);
            if (!ok || k >= charts) continue;
            const int at = f.position() - block.position();
            const QTextLine line = lines->lineForTextPosition(at);
            if (!line.isValid()) continue;
            // an inline image stands on the baseline
            places[k] = QRectF(box.left() + line.cursorToX(at), box.top() + line.y() + line.ascent() - img.height(), img.width(),
                               img.height());
        }
    }
    return places;
}

Result<int> writeLenderReport(const QString& path, const ReportInput& in)
{
    if (!in.engine) return Result<int>::fail(ErrorCode::NotApplicable, path.toStdString(), "", Msg::Verbatim, {"no book is open"});
    const QString tmp = path + QStringLiteral(".tmp-pdf");
    QPdfWriter pdf(tmp);
    pdf.setResolution(96); // layout units are 96-dpi pixels: the charts' type lands at its point size (QCustomPlot::savePdf does the same)
    pdf.setPageSize(in.pageSize);
    pdf.setPageMargins(QMarginsF(16, 20, 16, 18), QPageLayout::Millimeter);
    pdf.setTitle(Report::tr("Lender report — %1").arg(QString::fromStdString(in.engine->book().meta.name)));
    pdf.setCreator(QStringLiteral("Ballast"));
    const QRectF body = pdf.pageLayout().paintRectPixels(pdf.resolution());

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&pdf);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    // lines break between words only: a table column is never narrower than its longest number
    // (the default also breaks inside a word, and squeezed '1.030' into '1.' over '030')
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    doc.setDefaultStyleSheet(QStringLiteral("h1 { margin-bottom: 6px; } h2 { font-size: 14pt; margin-top: 4px; } "
                                            "h3 { font-size: 10.5pt; margin-top: 10px; } th { font-weight: 600; } p { margin-bottom: 4px; }"));
    doc.setPageSize(body.size());
    Report report(in, body.width(), pdf.logicalDpiX());
    report.build(doc);
    // the page count on the cover: laid out once, then the number put in (it is as wide as before)
    const int pages = doc.pageCount();
    QTextCursor find = doc.find(QStringLiteral("%PAGES%"));
    if (!find.isNull()) find.insertText(QString::number(pages));

    const std::vector<QRectF> places = chartPlaces(doc, report.charts().size());
    plots::PagePainter page;
    QPainter& p = page.painter();
    auto failed = [&](Msg why) {
        if (p.isActive()) p.end();
        QFile::remove(tmp);
        return Result<int>::fail(ErrorCode::Io, path.toStdString(), "", why);
    };
    if (!p.begin(&pdf)) return failed(Msg::CannotCreateTemp);
    QFont small = font;
    small.setPointSizeF(7.5);
    const Book& b = in.engine->book();
    const QString left = QString::fromStdString(b.meta.name), hash = QString::fromStdString(report.hash()).left(16);
    const int n = doc.pageCount();
    for (int i = 0; i < n; ++i) {
        if (i > 0) pdf.newPage();
        // header and footer in the margins, on the page's own coordinates (the painter starts at the paint rect)
        p.setFont(small);
        p.setPen(QColor(0x4b, 0x55, 0x63));
        const double line = QFontMetricsF(small, &pdf).height();
        p.drawText(QRectF(0, -line * 2.2, body.width(), line), Qt::AlignLeft | Qt::AlignVCenter, Report::tr("Ballast lender report · %1").arg(left));
        p.drawText(QRectF(0, -line * 2.2, body.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   b.meta.asOf ? Report::tr("as of %1").arg(QString::fromStdString(formatIsoTime(b.meta.asOf))) : QString());
        p.drawLine(QPointF(0, -line * 0.9), QPointF(body.width(), -line * 0.9));
        p.drawText(QRectF(0, body.height() + line * 0.8, body.width(), line), Qt::AlignLeft | Qt::AlignVCenter, Report::tr("input %1").arg(hash));
        p.drawText(QRectF(0, body.height() + line * 0.8, body.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   Report::tr("page %1 of %2").arg(i + 1).arg(n));
        p.save();
        p.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, QColor(0x11, 0x18, 0x27));
        p.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&p, ctx);
        {
            PrintTheme paper;
            for (size_t k = 0; k < places.size(); ++k)
                if (!places[k].isEmpty() && ctx.clip.intersects(places[k])) report.charts()[k]->paint(page, places[k]);
        }
        p.restore();
    }
    if (!p.end()) return failed(Msg::WriteFailed);
    if (std::rename(tmp.toLocal8Bit().constData(), path.toLocal8Bit().constData()) != 0) return failed(Msg::CannotReplace); // atomic
    return n;
}

} // namespace ballast::ui

