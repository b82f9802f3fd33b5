#include "kpistrip.h"

#include "exposure.h"
#include "format.h"
#include "health.h"
#include "stress.h"

#include <QHBoxLayout>
#include <algorithm>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

namespace ballast::ui {

namespace {
/// A label that ends in "…" when its card is too narrow for it (a QLabel cuts the text off
/// mid-letter); the whole text is in its tooltip. With more than one line it wraps at spaces and
/// only the last line ends in "…".
class ElidingLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    void setLines(int lines)
    {
        m_lines = std::max(1, lines);
        updateGeometry();
        update();
    }
    QSize sizeHint() const override { return withLines(QLabel::sizeHint()); }
    QSize minimumSizeHint() const override { return withLines(QLabel::minimumSizeHint()); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QRect r = contentsRect();
        const QFontMetrics fm = fontMetrics();
        QStringList lines;
        QString rest = text();
        while (static_cast<int>(lines.size()) + 1 < m_lines && fm.horizontalAdvance(rest) > r.width()) {
            // the longest run of words that fits; a single word too long for the line elides
            int cut = -1;
            for (int at = rest.indexOf(QLatin1Char(' ')); at > 0; at = rest.indexOf(QLatin1Char(' '), at + 1)) {
                if (fm.horizontalAdvance(rest.left(at)) > r.width()) break;
                cut = at;
            }
            if (cut < 0) break;
            lines << rest.left(cut);
            rest = rest.mid(cut + 1);
        }
        lines << fm.elidedText(rest, Qt::ElideRight, r.width());
        const int h = fm.lineSpacing();
        const int top = r.top() + std::max(0, (r.height() - h * static_cast<int>(lines.size())) / 2) *
                                      ((alignment() & Qt::AlignVCenter) ? 1 : 0);
        for (int k = 0; k < lines.size(); ++k)
            style()->drawItemText(&p, QRect(r.left(), top + k * h, r.width(), h), alignment() & ~Qt::AlignVertical_Mask,
                                  palette(), isEnabled(), lines[k], foregroundRole());
    }

private:
    QSize withLines(QSize s) const
    {
        if (m_lines > 1) s.setHeight(std::max(s.height(), fontMetrics().lineSpacing() * m_lines + contentsMargins().top() +
                                                              contentsMargins().bottom()));
        return s;
    }
    int m_lines = 1;
};
} // namespace

KpiStrip::KpiStrip(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("kpiStrip"));
    auto* l = new QHBoxLayout(this);
    l->setContentsMargins(8, 6, 8, 6);
    l->setSpacing(8);
}

void KpiStrip::setCard(const QString& key, const QString& title, const QString& value, const QString& note, State state)
{
    auto it = m_cards.find(key);
    if (it == m_cards.end()) {
        Card c;
        c.frame = new QFrame(this);
        c.frame->setObjectName(QStringLiteral("kpiCard"));
        auto* v = new QVBoxLayout(c.frame);
        v->setContentsMargins(12, 8, 12, 8);
        v->setSpacing(1);
        c.title = new ElidingLabel(c.frame);
        c.title->setObjectName(QStringLiteral("kpiTitle"));
        c.value = new ElidingLabel(c.frame); // a node's name as a value can be long
        c.value->setObjectName(QStringLiteral("kpiValue"));
        auto* note = new ElidingLabel(c.frame);
        note->setLines(m_noteLines);
        c.note = note;
        c.note->setObjectName(QStringLiteral("kpiNote"));
        for (QLabel* l : {c.title, c.value, c.note}) {
            l->setMinimumWidth(40);
            l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long notes elide, never widen the window
        }
        v->addWidget(c.title);
        v->addWidget(c.value);
        v->addWidget(c.note);
        static_cast<QHBoxLayout*>(layout())->addWidget(c.frame, 1);
        it = m_cards.insert(key, c);
    }
    it->title->setText(title.toUpper());
    it->title->setToolTip(title);
    it->value->setText(value);
    it->value->setToolTip(value);
    it->note->setText(note);
    it->note->setToolTip(note);
    static const char* states[] = {"neutral", "good", "warn", "bad"};
    it->frame->setProperty("state", QString::fromLatin1(states[static_cast<int>(state)]));
    it->value->setProperty("state", QString::fromLatin1(states[static_cast<int>(state)]));
    it->frame->style()->unpolish(it->frame);
    it->frame->style()->polish(it->frame);
    it->value->style()->unpolish(it->value);
    it->value->style()->polish(it->value);
}

void KpiStrip::setNoteLines(int lines)
{
    m_noteLines = lines;
    for (const Card& c : std::as_const(m_cards))
        static_cast<ElidingLabel*>(c.note)->setLines(lines);
}

QString KpiStrip::value(const QString& key) const
{
    auto it = m_cards.find(key);
    return it == m_cards.end() ? QString() : it->value->text();
}

void KpiStrip::show(const ExposureEngine* engine, const StressResult* mc)
{
    using S = State;
    if (!engine) {
        for (const auto& [k, t] : {std::pair{QStringLiteral("mv"), tr("Exposure")}, {QStringLiteral("exit"), tr("Exit value")},
                                   {QStringLiteral("debt"), tr("Debt")}, {QStringLiteral("cov"), tr("Collateral coverage")},
                                   {QStringLiteral("hf"), tr("Min health factor")}, {QStringLiteral("risk"), tr("Loans at risk")},
                                   {QStringLiteral("var"), tr("VaR 99%")}, {QStringLiteral("oracle"), tr("Oracles & attestations")}})
            setCard(k, t, QStringLiteral("–"), tr("no book loaded"));
        return;
    }
    const Book& b = engine->book();
    const Exposure& x = engine->result();
    const Totals& t = x.totals;
    if (b.positions.empty() && b.loans.empty()) { // no finance yet: the chain's own figures
        const SupplyChainStructure& sc = engine->structure();
        int bottlenecks = 0;
        for (const auto& n : x.nodes) bottlenecks += n.bottleneck;
        setCard(QStringLiteral("mv"), tr("Supply chain"), tr("%n node(s)", nullptr, sc.chainNodes),
                tr("%n link(s)", nullptr, sc.physicalLinks) + QStringLiteral(" · ") + tr("%n tier(s)", nullptr, sc.tiers));
        setCard(QStringLiteral("exit"), tr("Single-sourced"), QString::number(sc.singleSourced), tr("nodes with one supplier"),
                sc.singleSourced > 0 ? S::Warn : S::Good);
        const QString most = sc.mostDependedOn >= 0 ? QString::fromStdString(b.nodes[sc.mostDependedOn].name.empty() ? b.nodes[sc.mostDependedOn].id
                                                                                                                        : b.nodes[sc.mostDependedOn].name)
                                                    : QStringLiteral("–");
        setCard(QStringLiteral("debt"), tr("Most depended on"), most,
                sc.mostDependedOn >= 0 ? tr("%n node(s) downstream", nullptr, sc.nodes[sc.mostDependedOn].dependants) : tr("no supply links"));
        setCard(QStringLiteral("cov"), tr("Isolated nodes"), QString::number(sc.isolated), tr("in no supply or shipment link"),
                sc.isolated > 0 ? S::Warn : S::Good);
        setCard(QStringLiteral("hf"), tr("Max flow"), t.maxFlowPerDay > 0 ? tr("%1/day").arg(formatMoney(t.maxFlowPerDay)) : QStringLiteral("–"),
                t.maxFlowPerDay > 0 ? tr("value the chain can carry") : tr("no shipments with quantities and prices"));
        setCard(QStringLiteral("risk"), tr("Bottlenecks"), QString::number(bottlenecks), tr("inflow above outflow capacity"),
                bottlenecks > 0 ? S::Warn : S::Good);
        setCard(QStringLiteral("var"), tr("Market data"), QStringLiteral("–"),
                b.assets.empty() ? tr("none yet: import prices.csv or add assets") : tr("%n asset(s), no positions", nullptr, static_cast<int>(b.assets.size())));
        setCard(QStringLiteral("oracle"), tr("Loans"), QStringLiteral("–"), tr("none yet: add loans to the workbook"));
        return;
    }
    int near = 0;
    for (const auto& l : x.loans) near += healthBand(l.healthFactor) == HealthBand::Warning;
    setCard(QStringLiteral("mv"), tr("Exposure"), formatMoney(t.marketValue), tr("%1 positions at market").arg(b.positions.size()));
    setCard(QStringLiteral("exit"), tr("Exit value"), formatMoney(t.exitValue),
            t.exitAtMarketValue > 0
                ? tr("%1 at market: no pool trades it").arg(formatMoney(t.exitAtMarketValue))
                : tr("liquidation cost %1 (%2)").arg(formatMoney(t.liquidationCost), formatPercent(t.marketValue > 0 ? t.liquidationCost / t.marketValue : 0.0)),
            t.liquidationCost > 0.1 * t.marketValue || t.exitAtMarketValue > 0 ? S::Warn : S::Neutral);
    setCard(QStringLiteral("debt"), tr("Debt"), formatMoney(t.debtValue), tr("risk-adjusted collateral %1").arg(formatMoney(t.collateralValue)));
    if (b.loans.empty()) {
        setCard(QStringLiteral("cov"), tr("Collateral coverage"), QStringLiteral("–"), tr("no loans yet"));
        setCard(QStringLiteral("hf"), tr("Min health factor"), QStringLiteral("–"), tr("no loans yet"));
        setCard(QStringLiteral("risk"), tr("Loans at risk"), QStringLiteral("0"), tr("no loans yet"));
    } else {
        setCard(QStringLiteral("cov"), tr("Collateral coverage"),
                std::isinf(t.collateralCoverage) ? QStringLiteral("∞") : QStringLiteral("%1×").arg(t.collateralCoverage, 0, 'f', 2),
                std::isinf(t.collateralCoverage) ? tr("no debt outstanding") : tr("collateral at market / debt"),
                t.collateralCoverage < 1.2 ? S::Warn : S::Good);
        const HealthBand band = healthBand(t.minHealthFactor);
        setCard(QStringLiteral("hf"), tr("Min health factor"), formatHealth(t.minHealthFactor), tr("%1 loans below 1.10").arg(near),
                band == HealthBand::Liquidatable ? S::Bad : band == HealthBand::Warning ? S::Warn : S::Good);
        setCard(QStringLiteral("risk"), tr("Loans at risk"), QString::number(t.loansAtRisk), tr("of %1 loans (HF < 1)").arg(x.loans.size()),
                t.loansAtRisk > 0 ? S::Bad : S::Good);
    }
    // VaR: the Monte Carlo figure once run; before that delta-normal on market values
    if (mc && !mc->var.empty()) {
        setCard(QStringLiteral("var"), tr("VaR 99%"), formatMoney(mc->var.back()), tr("Monte Carlo, %L1 scenarios, with cascades").arg(mc->scenarios),
                S::Neutral);
    } else if (riskFactors(b).empty()) {
        setCard(QStringLiteral("var"), tr("VaR 99%"), QStringLiteral("–"), tr("no asset has a volatility"));
    } else {
        setCard(QStringLiteral("var"), tr("VaR 99%"), formatMoney(t.deltaNormalVaR),
                tr("delta-normal, %1 d; run Stress for cascades").arg(b.settings.horizonDays, 0, 'g', 3), S::Neutral);
    }
    int stale = 0, overdue = 0;
    for (const auto& a : x.assets) stale += a.oracleStale, overdue += a.attestationOverdue;
    setCard(QStringLiteral("oracle"), tr("Oracles & attestations"), QStringLiteral("%1 / %2").arg(stale).arg(overdue),
            tr("stale oracles / overdue attestations"), stale + overdue > 0 ? S::Warn : S::Good);
}

} // namespace ballast::ui
