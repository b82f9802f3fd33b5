#include "kpistrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

namespace ballast::ui {

namespace {
/// A label that ends in "…" when its card is too narrow for it (a QLabel cuts the text off
/// mid-letter); the whole text is in its tooltip.
class ElidingLabel final : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QRect r = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, r.width());
        style()->drawItemText(&p, r, alignment(), palette(), isEnabled(), shown, foregroundRole());
    }
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
        c.value = new QLabel(c.frame);
        c.value->setObjectName(QStringLiteral("kpiValue"));
        c.note = new ElidingLabel(c.frame);
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

QString KpiStrip::value(const QString& key) const
{
    auto it = m_cards.find(key);
    return it == m_cards.end() ? QString() : it->value->text();
}

} // namespace ballast::ui
