#include "emptystate.h"

#include <QEvent>

namespace ballast::ui {

EmptyState::EmptyState(QWidget* covered) : QLabel(covered)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    hide();
}

void EmptyState::setMessage(const QString& text)
{
    if (text.isEmpty()) {
        hide();
        return;
    }
    setText(text);
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace ballast::ui
