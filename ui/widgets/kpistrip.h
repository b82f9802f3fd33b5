#pragma once
// The KPI strip across the top of the desk: exposure, exit value, collateral coverage, min HF,
// loans at risk... each a card with a title, a large value and a one-line note, coloured by state.

#include <QFrame>
#include <QHash>

class QLabel;

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

private:
    struct Card
    {
        QFrame* frame;
        QLabel *title, *value, *note;
    };
    QHash<QString, Card> m_cards;
};

} // namespace ballast::ui
