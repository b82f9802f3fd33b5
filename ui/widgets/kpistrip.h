#pragma once
// The KPI strip across the top of the desk: exposure, exit value, collateral coverage, min HF,
// loans at risk... each a card with a title, a large value and a one-line note, coloured by state.

#include <QFrame>
#include <QHash>

class QLabel;

namespace ballast {
class ExposureEngine;
struct StressResult;
} // namespace ballast

namespace ballast::ui {

class KpiStrip final : public QFrame
{
    Q_OBJECT

public:
    enum class State { Neutral, Good, Warn, Bad };
    explicit KpiStrip(QWidget* parent = nullptr);
    /// Adds or updates a card.
    void setCard(const QString& key, const QString& title, const QString& value, const QString& note = {},
                 State state = State::Neutral);
    QString value(const QString& key) const;
    /// Lines a card's note may wrap over before it ends in "…" (presentation mode: two).
    void setNoteLines(int lines);

    /// The desk's key figures from a snapshot: exposure, exit value, debt, coverage, min HF, loans
    /// at risk, VaR (Monte Carlo once `stress` has run, delta-normal before), oracles and
    /// attestations. A book without positions or loans (a supply chain imported from CSV) gets the
    /// chain's figures instead: nodes and tiers, single-sourced, the most depended-on node, isolated
    /// nodes, max flow, bottlenecks — and where market data would go, what is missing.
    void show(const ExposureEngine* engine, const StressResult* stress);

private:
    struct Card
    {
        QFrame* frame;
        QLabel *title, *value, *note;
    };
    QHash<QString, Card> m_cards;
    int m_noteLines = 1;
};

} // namespace ballast::ui
