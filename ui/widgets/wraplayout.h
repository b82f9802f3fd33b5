#pragma once
// A row of controls that wraps onto further rows when the view is narrower than the row: a view bar
// keeps every control whole (presentation mode's larger type at 1600 x 1000 cut the graph's
// combos and its node count). The last item takes the rest of its row (a right-aligned caption).

#include <QLayout>
#include <QList>

namespace ballast::ui {

class WrapLayout final : public QLayout
{
public:
    explicit WrapLayout(QWidget* parent = nullptr);
    ~WrapLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;    // everything on one row
    QSize minimumSize() const override; // the widest item
    void setGeometry(const QRect& rect) override;

private:
    /// Lays the items out in `rect` (placing them when `place`); returns the height used.
    int arrange(const QRect& rect, bool place) const;

    QList<QLayoutItem*> m_items;
};

} // namespace ballast::ui
