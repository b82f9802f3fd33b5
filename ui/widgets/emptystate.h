#pragma once
// The line a view shows when it has nothing to show: what is missing and how to add it ("No
// positions yet — File > Import CSV… with a positions.csv"). It covers the widget it is given
// (a chart area, a table's viewport) and follows its size; hidden, it is not there at all.

#include <QLabel>

namespace ballast::ui {

class EmptyState final : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* covered);
    /// Shows `text` (rich text allowed: <b>…</b> for the first line) over the covered widget; an
    /// empty text hides it.
    void setMessage(const QString& text);
    bool active() const { return !isHidden(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ballast::ui
