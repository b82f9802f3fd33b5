#include "story/storyview.h"

#include "format.h"
#include "palette.h"
#include "plots/bars.h"
#include "plots/chart.h"
#include "plots/whatifcharts.h"
#include "suggest.h"
#include "absorption.h"
#include "bottleneck.h"
#include "crosschain.h"
#include "survival.h"
#include "plots/crosschainchart.h"
#include "plots/survivalchart.h"
#include "views/graphview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>
#include <set>

#include <algorithm>
#include <numeric>

namespace ballast::ui {

StoryView::StoryView(DeskState* desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_canvas(new GraphCanvas(desk, this)), m_title(new QLabel(this)), m_caption(new QLabel(this)),
      m_footer(new QLabel(this)), m_note(new QLabel(this)), m_anim(new QTimer(this))
{
    setObjectName(QStringLiteral("storyView"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("storyTitle"));
    m_caption->setObjectName(QStringLiteral("storyCaption"));
    m_caption->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setObjectName(QStringLiteral("storyNote"));
    m_note->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_footer->setAlignment(Qt::AlignCenter);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 28, 48, 18);
    outer->setSpacing(10);
    outer->addWidget(m_title);
    outer->addWidget(m_caption);
    auto* body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(m_canvas, 3);
    auto* side = m_side = new QVBoxLayout;
    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(36);
    figures->setVerticalSpacing(2);
    for (int i = 0; i < 4; ++i) {
        auto* name = new QLabel(this);
        auto* value = new QLabel(this);
        name->setObjectName(QStringLiteral("storyFigureName"));
        value->setObjectName(QStringLiteral("storyFigureValue"));
        figures->addWidget(value, 0, i);
        figures->addWidget(name, 1, i);
        m_figureNames << name;
        m_figureValues << value;
    }
    side->addLayout(figures);
    m_chart = new plots::Chart(QStringLiteral("storyChart"), this);
    side->addWidget(m_note);
    side->addWidget(m_chart, 1);
    side->addStretch(0); // with the charts hidden the figures and notes stay at the top
    body->addLayout(side, 2);
    outer->addLayout(body, 1);
    outer->addWidget(m_footer);
    m_anim->setInterval(650);
    connect(m_anim, &QTimer::timeout, this, [this] {
        if (!m_data || m_round >= static_cast<int>(m_data->run.withBreakers.rounds.size())) return m_anim->stop();
        showRound(m_round + 1);
    });
    whenFinished(m_watcher, this, [this] {
        const JobResult<StoryData> r = m_watcher.result();
        m_data = r ? std::make_shared<const StoryData>(*r.value) : nullptr;
        m_error = r ? QString() : QString::fromStdString(r.error);
        showStep(m_step);
        Q_EMIT readyChanged(ready());
    });
    applyTypeSizes();
}

StoryView::~StoryView() { waitFor(m_watcher); }

void StoryView::start(const QString& scenarioId)
{
    const EngineSnapshot engine = m_desk->engine();
    m_data.reset();
    m_error.clear();
    m_step = 0;
    showStep(0);
    if (!engine) return;
    // the book's scenario, or the first it suggests by its shape (a book without scenarios); an id
    // the book lacks is said here, not as the worker's internal error
    const Book& b = engine->book();
    std::optional<Scenario> chosen;
    if (!scenarioId.isEmpty()) {
        if (const Scenario* s = findScenario(b, scenarioId)) chosen = *s;
    } else if (!b.scenarios.empty()) {
        chosen = b.scenarios.front();
    } else if (const auto suggested = suggestScenarios(b); !suggested.empty()) {
        chosen = suggested.front().scenario;
    }
    if (!chosen) {
        m_error = scenarioId.isEmpty() ? tr("the book has nothing to shock") : tr("no scenario '%1' in the book").arg(scenarioId);
        showStep(0);
        QTimer::singleShot(0, this, [this] { Q_EMIT readyChanged(false); });
        return;
    }
    m_watcher.setFuture(runJob([engine, sc = std::move(*chosen)]() {
        ShockContext ctx(engine->book(), engine->index());
        return StoryData{runWithAndWithoutBreakers(ctx, sc), predictiveMargin(engine->book())};
    }));
}

void StoryView::applyTypeSizes()
{
    // type follows the screen: at 1080 lines the title is 40 px, a figure 38 px, the caption 24 px
    const double u = std::max(0.5, height() / 1080.0);
    auto px = [u](double v) { return QString::number(qRound(v * u)); };
    setStyleSheet(QStringLiteral("#storyView { background: %1; }"
                                 " #storyTitle { font-size: %2px; font-weight: 700; color: %3; }"
                                 " #storyCaption { font-size: %4px; color: %5; }"
                                 " #storyFigureValue { font-size: %6px; font-weight: 700; color: %3; }"
                                 " #storyFigureName { font-size: %7px; color: %5; }"
                                 " QLabel { font-size: %7px; color: %3; }")
                      .arg(colors().background.name(), px(40), colors().text.name(), px(24), colors().muted.name(), px(38), px(18)));
    setChartFontScale(std::clamp(1.3 * u, 0.9, 1.8));
    m_chart->restyle();
}

void StoryView::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    applyTypeSizes(); // the step stays as it is (a cascade half played goes on)
}

void StoryView::keyPressEvent(QKeyEvent* e)
{
    switch (e->key()) {
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Down: showStep(std::min(kSteps - 1, m_step + 1)); break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace: showStep(std::max(0, m_step - 1)); break;
    case Qt::Key_Home: showStep(0); break;
    case Qt::Key_End: showStep(kSteps - 1); break;
    case Qt::Key_Escape: Q_EMIT closed(); break;
    default: QWidget::keyPressEvent(e);
    }
}

void StoryView::setFigures(const QList<QPair<QString, QString>>& figures)
{
    for (int i = 0; i < m_figureNames.size(); ++i) {
        const bool on = i < figures.size();
        m_figureNames[i]->setText(on ? figures[i].second : QString());
        m_figureValues[i]->setText(on ? figures[i].first : QString());
    }
}

void StoryView::finishAnimation()
{
    m_anim->stop();
    if (m_data && m_step == Cascade) showRound(static_cast<int>(m_data->run.withBreakers.rounds.size()));
}

void StoryView::showRound(int round)
{
    m_round = round;
    const ShockResult& r = m_data->run.withBreakers;
    const BookPtr b = m_desk->book();
    if (!b) return;
    GraphOverlay o = overlayOf(*b, r, round);
    m_canvas->setOverlay(std::move(o.defaulted), std::move(o.liquidated), std::move(o.delayDays));
    int liquidations = 0;
    double repaid = 0, bad = 0;
    for (const RoundRecord& x : r.rounds)
        if (x.round <= round) liquidations += x.liquidations, repaid += x.debtRepaid, bad += x.badDebt;
    const int last = static_cast<int>(r.rounds.size());
    setFigures({{round >= last ? tr("after %1").arg(last) : QString::number(round), tr("round")},
                {QString::number(liquidations), tr("liquidations")},
                {formatMoney(repaid), tr("debt repaid")},
                {formatMoney(bad), tr("bad debt")}});
    plots::moveRoundCursor(*m_chart, round);
}

void StoryView::showStep(int step)
{
    m_step = std::clamp(step, 0, kSteps - 1);
    m_anim->stop();
    m_canvas->fitAll(); // framed for the screen it is on now (the legend keeps its own column)
    m_footer->setText(tr("%1 / %2   ·   Space or → next, ← back, Esc leaves").arg(m_step + 1).arg(kSteps));
    // a new chart for every step: a chart keeps its axes, title and legend from what it drew last
    auto* fresh = new plots::Chart(m_chart->objectName(), this);
    m_side->replaceWidget(m_chart, fresh);
    delete m_chart;
    m_chart = fresh;
    m_chart->setVisible(false);
    m_note->clear();
    const EngineSnapshot e = m_desk->engine();
    if (!e) {
        m_title->setText(tr("No book is open"));
        m_caption->clear();
        setFigures({});
        return;
    }
    const Book& b = e->book();
    const Totals& t = e->result().totals;
    auto nodeName = [&b](int n) { return QString::fromStdString(b.nodes[n].name.empty() ? b.nodes[n].id : b.nodes[n].name); };
    const ShockResult* r = m_data ? &m_data->run.withBreakers : nullptr;
    const ShockResult* nb = m_data && m_data->run.withoutBreakers ? &*m_data->run.withoutBreakers : nullptr;
    const QString scenario = m_data ? QString::fromStdString(m_data->run.scenario.name.empty() ? m_data->run.scenario.id : m_data->run.scenario.name) : QString();
    if (!m_error.isEmpty()) m_note->setText(tr("The scenario could not run: %1").arg(m_error.toHtmlEscaped()));
    if (!m_error.isEmpty() && m_step >= TheShock) {
        m_title->setText(tr("No scenario to tell"));
        m_caption->clear();
        setFigures({});
        return;
    }
    if (m_step >= TheShock && !r) {
        m_title->setText(tr("Running the scenario…"));
        m_caption->setText(tr("The cascade is computed on a worker; the story goes on when it is done."));
        setFigures({});
        return;
    }
    // the graph: the book as it is (to the chain's bottlenecks), round by round (the shock and the
    // cascade: showRound), after the cascade; coloured by velocity for the bottlenecks alone
    m_canvas->setLinkColouring(m_step == Bottlenecks ? LinkColouring::Velocity : LinkColouring::Type);
    if (m_step < TheShock) m_canvas->setOverlay({}, {}, {});
    else if (m_step > Cascade) {
        GraphOverlay o = overlayOf(b, *r, static_cast<int>(r->rounds.size()));
        m_canvas->setOverlay(std::move(o.defaulted), std::move(o.liquidated), std::move(o.delayDays));
    }
    switch (m_step) {
    case Glance:
        m_title->setText(QString::fromStdString(b.meta.name));
        m_caption->setText(tr("%1 counterparties along a supply chain, %2 loans on %3 venues: what the book is worth and what it owes.")
                               .arg(b.nodes.size()).arg(b.loans.size()).arg(e->result().venues.size()));
        setFigures({{formatMoney(t.marketValue), tr("exposure")}, {formatMoney(t.debtValue), tr("debt")},
                    {std::isfinite(t.collateralCoverage) ? formatNumber(t.collateralCoverage, 2) + QStringLiteral("×") : tr("no debt"), tr("collateral coverage")},
                    {formatHealth(t.minHealthFactor), tr("lowest health factor")}});
        break;
    case Collateral: {
        m_title->setText(tr("Where the collateral sits"));
        const auto& venues = e->result().venues;
        QVector<QString> names;
        QVector<double> coll, debt;
        for (const VenueExposure& v : venues) {
            names << nodeName(v.node);
            coll << v.collateralValue;
            debt << v.debtValue;
        }
        const auto top = std::max_element(coll.begin(), coll.end());
        m_caption->setText(venues.empty() ? tr("No loans: nothing is pledged.")
                                          : tr("%1 of risk-adjusted collateral at %2 venues; the largest, %3, holds %4.")
                                                .arg(formatMoney(t.collateralValue))
                                                .arg(venues.size())
                                                .arg(names[static_cast<int>(top - coll.begin())], formatMoney(*top)));
        setFigures({{formatMoney(t.collateralValue), tr("collateral (risk-adjusted)")}, {formatMoney(t.exitValue), tr("exit value")},
                    {QString::number(t.loansAtRisk), tr("loans at risk")}});
        if (!venues.empty()) {
            m_chart->setVisible(true);
            plots::horizontalBars(*m_chart, tr("Collateral and debt by venue"), names, coll, colors().series[1], debt, colors().bad,
                                  tr("collateral (risk-adj.)"), tr("debt"));
        }
        break;
    }
    case TheShock: {
        m_title->setText(tr("The shock: %1").arg(scenario));
        QStringList lines;
        for (const Shock& k : m_data->run.scenario.shocks) lines << QStringLiteral("•&nbsp;&nbsp;") + shockInWords(b, k);
        m_caption->setText(QString::fromStdString(m_data->run.scenario.description));
        m_note->setText(lines.join(QStringLiteral("<br>")));
        showRound(0);
        break;
    }
    case Cascade:
        m_title->setText(tr("The cascade, round by round"));
        m_caption->setText(tr("Liquidations sell collateral, prices fall, the next loans go under: %1 liquidations over %2 rounds.")
                               .arg(r->liquidations).arg(r->rounds.size()));
        m_chart->setVisible(true);
        plots::drawCascade(*m_chart, r->rounds, nullptr);
        showRound(0);
        m_anim->start();
        break;
    case Bottlenecks: {
        m_title->setText(tr("Where the chain jams"));
        const BottleneckReport br = bottleneckReport(b, e->result(), 8);
        if (br.bottlenecks.empty()) {
            m_caption->setText(br.maxFlowPerDay > 0 ? tr("Every stage passes on what it takes in: %1 a day reaches the end of the chain.")
                                                          .arg(formatMoney(br.maxFlowPerDay))
                                                    : tr("No physical flow to follow: the book has no shipments or supply links with quantities."));
            setFigures({{formatMoney(br.maxFlowPerDay), tr("max flow per day")}});
            break;
        }
        const Bottleneck& top = br.bottlenecks.front();
        m_caption->setText(tr("%1 takes in %2 a day and can pass on %3: %4 of pledged goods wait behind it. Links by days in transit, the min cut in magenta.")
                               .arg(nodeName(top.node), formatMoney(top.inflowPerDay), formatMoney(top.outflowCapacityPerDay),
                                    formatMoney(top.collateralWaiting)));
        setFigures({{formatMoney(br.maxFlowPerDay), tr("max flow per day")}, {formatMoney(top.excessPerDay), tr("piling up per day")},
                    {formatMoney(top.collateralWaiting), tr("pledged goods waiting")}, {QString::number(top.loans.size()), tr("loans behind it")}});
        QVector<QString> names;
        QVector<double> in, out;
        for (const Bottleneck& bn : br.bottlenecks) names << nodeName(bn.node), in << bn.inflowPerDay, out << bn.outflowCapacityPerDay;
        m_chart->setVisible(true);
        plots::horizontalBars(*m_chart, tr("Inflow against outflow capacity per day"), names, in, colors().warn, out, colors().good,
                              tr("inflow"), tr("outflow capacity"));
        break;
    }
    case ForcedSelling: {
        m_title->setText(tr("Where the forced selling went"));
        const AbsorptionMap am = absorptionMap(b, e->result(), r);
        std::vector<const AbsorptionCell*> sold;
        for (const AbsorptionCell& c : am.cells)
            if (c.sold > 0) sold.push_back(&c);
        std::stable_sort(sold.begin(), sold.end(), [](const AbsorptionCell* a, const AbsorptionCell* c) { return a->sold > c->sold; });
        if (sold.empty()) {
            m_caption->setText(tr("The liquidators sold nothing: no loan went under."));
            break;
        }
        const AbsorptionCell* worst = sold.front();
        std::set<int> pushed;
        for (const AbsorptionCell* c : sold)
            if (c->coverage < worst->coverage) worst = c;
        for (const AbsorptionCell* c : sold)
            for (const AbsorbedSale& a : c->sales) pushed.insert(a.pushedUnder.begin(), a.pushedUnder.end());
        m_caption->setText(tr("%1 took %2 of %3 against %4 it absorbs before a 2% fall: its price fell %5.")
                               .arg(nodeName(worst->venue), formatMoney(worst->sold), QString::fromStdString(b.assets[worst->asset].id),
                                    formatMoney(worst->depthValue[1]), formatPercent(worst->maxImpact, 0)));
        setFigures({{formatMoney(r->collateralSold), tr("collateral sold")},
                    {formatNumber(worst->coverage, 2) + QStringLiteral("×"), tr("worst coverage")},
                    {formatPercent(worst->maxImpact, 0), tr("its price impact")},
                    {QString::number(pushed.size()), tr("loans pushed under next")}});
        QVector<QString> names;
        QVector<double> took, absorbs;
        for (size_t k = 0; k < sold.size() && k < 8; ++k) {
            names << QStringLiteral("%1 · %2").arg(QString::fromStdString(b.assets[sold[k]->asset].id), nodeName(sold[k]->venue));
            took << sold[k]->sold;
            absorbs << sold[k]->depthValue[1];
        }
        m_chart->setVisible(true);
        plots::horizontalBars(*m_chart, tr("Sold by the liquidators against what each venue absorbs at 2%"), names, took, colors().bad, absorbs,
                              colors().good, tr("sold"), tr("absorbs at 2%"));
        break;
    }
    case AcrossChains: {
        m_title->setText(tr("Across chains"));
        const CrossChainReport cc = crossChainReport(b, absorptionMap(b, Exposure{}, r), r);
        if (cc.chains.empty()) {
            m_caption->setText(tr("No venue of this book is on a chain: every venue sees prices at once and nothing waits for a bridge."));
            break;
        }
        QVector<QString> names;
        QVector<double> before, after, late;
        const VenueLag* slowest = nullptr;
        int lateVenues = 0;
        for (const VenueLag& v : cc.venues) {
            if (v.chain < 0) continue;
            names << nodeName(v.venue);
            before << v.lagRounds, after << v.lagRoundsAfter, late << v.roundsLate;
            if (!slowest || v.lagRoundsAfter > slowest->lagRoundsAfter) slowest = &v;
            lateVenues += v.roundsLate > 0;
        }
        double carried = 0, backlog = 0;
        for (const BridgeUse& u : cc.bridges) carried += u.carried, backlog += u.backlog;
        int arrive = 0;
        for (const BridgeUse& u : cc.bridges)
            if (u.carried > 0) arrive = std::max(arrive, u.arrivalRounds);
        auto roundsText = [](int k) { return k == 1 ? tr("1 round") : tr("%1 rounds").arg(k); };
        QString bridges = tr("No seized collateral had to cross a bridge.");
        if (carried > 0)
            bridges = (backlog > 0 ? tr("%1 of seized collateral was sold on another chain, more than the bridges carry: %2 still waiting at the end.")
                                         .arg(formatMoney(carried), formatMoney(backlog))
                                   : tr("%1 of seized collateral was sold on another chain, within the bridges' capacity.").arg(formatMoney(carried))) +
                      QLatin1Char(' ') +
                      tr("Bridged, it reaches its pool only %1 after the seizure.").arg(roundsText(arrive));
        const QString venue =
            slowest ? nodeName(slowest->venue) : QString();
        m_caption->setText(!slowest ? bridges
                           : slowest->lagRoundsAfter > slowest->lagRounds
                               ? tr("Finality decides when a venue sees the price: %1 saw it %2 late (%3 before the scenario). %4")
                                     .arg(venue, roundsText(slowest->lagRoundsAfter), roundsText(slowest->lagRounds), bridges)
                               : tr("Finality decides when a venue sees the price: %1 saw it %2 late. %3").arg(venue, roundsText(slowest->lagRoundsAfter), bridges));
        m_canvas->frameChains();
        int caused = 0, delayed = 0;
        for (const VenueLag& v : cc.venues) caused += v.caused, delayed += v.delayed;
        setFigures({{QString::number(lateVenues), tr("venues saw prices late")}, {QString::number(caused), tr("liquidations the lag caused")},
                    {QString::number(delayed), tr("held back by the lag")}, {formatMoney(carried), tr("sent across bridges")}});
        if (!names.isEmpty()) {
            m_chart->setVisible(true);
            plots::drawVenueLag(*m_chart, tr("Oracle lag per lending venue, in cascade rounds"), names, before, after, late);
        }
        break;
    }
    case WhoFailsFirst: {
        m_title->setText(tr("Who fails first"));
        const SurvivalMap sm = survivalMap(b, *r);
        auto count = [&](SurvivalQuadrant q) { return sm.counts[static_cast<size_t>(q)]; };
        if (sm.points.empty()) {
            m_caption->setText(tr("No borrower to follow: the book has no loans."));
            break;
        }
        m_caption->setText(sm.recoverDays > 0
                               ? tr("Each borrower by the days its cash lasts against the inflows the scenario cuts, and the weakest health factor it "
                                    "reaches; the line is the time to recover (%1 days).")
                                     .arg(formatNumber(sm.recoverDays, 1))
                               : tr("The scenario cuts no inflow, so no borrower runs out of cash: what separates them is the weakest health factor "
                                    "their loans reach in the cascade."));
        setFigures({{QString::number(count(SurvivalQuadrant::Safe)), tr("safe")},
                    {QString::number(count(SurvivalQuadrant::PhysicalFirst)), tr("fail physically first")},
                    {QString::number(count(SurvivalQuadrant::FinancialFirst)), tr("fail financially first")},
                    {QString::number(count(SurvivalQuadrant::Both)), tr("fail both ways")}});
        std::vector<QString> names;
        for (const SurvivalPoint& pt : sm.points) names.push_back(nodeName(pt.node));
        m_chart->setVisible(true);
        plots::drawSurvival(*m_chart, sm, names, -1);
        break;
    }
    case Loss:
        m_title->setText(tr("The loss: %1").arg(formatMoney(r->losses.total())));
        m_caption->setText(tr("Where it comes from, channel by channel; bad debt %1.").arg(formatMoney(r->badDebt)));
        setFigures({{formatMoney(r->losses.total()), tr("total loss")}, {formatMoney(r->badDebt), tr("bad debt")},
                    {QString::number(r->defaults), tr("defaults")}});
        m_chart->setVisible(true);
        plots::drawLossWaterfall(*m_chart, r->losses);
        break;
    case Breakers:
        m_title->setText(tr("With and without circuit breakers"));
        m_caption->setText(nb ? tr("Without breakers the loss is %1 instead of %2, bad debt %3 instead of %4.")
                                    .arg(formatMoney(nb->losses.total()), formatMoney(r->losses.total()), formatMoney(nb->badDebt), formatMoney(r->badDebt))
                              : QString());
        setFigures({{formatMoney(r->losses.total()), tr("loss, breakers on")}, {nb ? formatMoney(nb->losses.total()) : QStringLiteral("–"), tr("loss, breakers off")},
                    {QString::number(r->liquidations), tr("liquidations, on")}, {nb ? QString::number(nb->liquidations) : QStringLiteral("–"), tr("liquidations, off")}});
        m_chart->setVisible(true);
        plots::drawCascade(*m_chart, r->rounds, nb ? &nb->rounds : nullptr);
        break;
    case Hedges: {
        // what the hedges earned: each one's change in value, which is the loss's hedge channel
        // (a payout is only what delay options and covers settle in cash, part of that value)
        m_title->setText(tr("What the hedges earned"));
        QVector<QString> names;
        QVector<double> gain;
        for (size_t d = 0; d < r->derivatives.size() && d < b.derivatives.size(); ++d) {
            names << QString::fromStdString(b.derivatives[d].id);
            gain << r->derivatives[d].valueAfter - r->derivatives[d].valueBefore;
        }
        const double earned = -r->losses.hedges;
        m_caption->setText(names.isEmpty() ? tr("The book holds no hedges: every loss is taken in full.")
                                           : tr("%1 hedges gained %2 in value against a loss of %3.").arg(names.size()).arg(formatMoney(earned), formatMoney(r->losses.total())));
        setFigures({{formatMoney(earned), tr("gained by hedges")}, {formatMoney(r->losses.total() + earned), tr("loss before hedges")}});
        if (!names.isEmpty()) {
            m_chart->setVisible(true);
            plots::horizontalBars(*m_chart, tr("Change in value by hedge"), names, gain, colors().good);
        }
        break;
    }
    case WhatToDo: {
        m_title->setText(tr("What to do"));
        std::vector<MarginRow> rows = m_data->margin;
        std::sort(rows.begin(), rows.end(), [](const MarginRow& a, const MarginRow& c) { return a.underMargined > c.underMargined; });
        QStringList lines;
        int under = 0;
        for (const MarginRow& m : rows) {
            if (!m.underMargined) continue;
            ++under;
            if (lines.size() < 6)
                lines << tr("•  %1: haircut %2 (today %3), max LTV %4")
                             .arg(QString::fromStdString(b.assets[m.asset].id), formatPercent(m.suggestedHaircut, 0), formatPercent(1 - m.currentThreshold, 0),
                                  formatPercent(m.suggestedMaxLtv, 0));
        }
        m_caption->setText(under ? tr("%n collateral asset(s) are under-margined for the liquidation horizon: raise their haircuts.", nullptr, under)
                                 : tr("Every pledged asset's haircut covers its volatility and slippage over the liquidation horizon."));
        m_note->setText(lines.join(QStringLiteral("<br>")).toHtmlEscaped().replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")));
        setFigures({{QString::number(under), tr("under-margined assets")}, {formatMoney(r->badDebt), tr("bad debt in the scenario")}});
        break;
    }
    default: break;
    }
}

} // namespace ballast::ui
