#include "wraplayout.h"

#include <QWidget>

#include <algorithm>

namespace ballast::ui {

WrapLayout::WrapLayout(QWidget* parent) : QLayout(parent) {}

WrapLayout::~WrapLayout()
{
    while (QLayoutItem* item = takeAt(0)) delete item;
}

void WrapLayout::addItem(QLayoutItem* item) { m_items.append(item); }

QLayoutItem* WrapLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int WrapLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize WrapLayout::sizeHint() const
{
    int w = 0, h = 0, shown = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize s = item->sizeHint();
        w += s.width() + (shown++ > 0 ? spacing() : 0);
        h = std::max(h, s.height());
    }
    const QMargins m = contentsMargins();
    return {w + m.left() + m.right(), h + m.top() + m.bottom()};
}

QSize WrapLayout::minimumSize() const
{
    QSize s;
    for (QLayoutItem* item : m_items)
        if (!item->isEmpty()) s = s.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return s + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void WrapLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int WrapLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    std::vector<QLayoutItem*> shown;
    for (QLayoutItem* item : m_items)
        if (!item->isEmpty()) shown.push_back(item);
    int y = area.top();
    size_t first = 0;
    while (first < shown.size()) {
        // the items of this row: as many as fit (at least one, narrowed to the row if it must be)
        size_t last = first;
        int x = 0, height = 0;
        while (last < shown.size()) {
            const int w = shown[last]->sizeHint().width();
            if (last > first && x + gap + w > area.width()) break;
            x += (last > first ? gap : 0) + w;
            height = std::max(height, shown[last]->sizeHint().height());
            ++last;
        }
        if (place) {
            int left = area.left();
            for (size_t i = first; i < last; ++i) {
                const QSize s = shown[i]->sizeHint();
                int w = std::min(s.width(), area.right() + 1 - left);
                if (i + 1 == shown.size()) w = std::max(w, area.right() + 1 - left); // the last: the rest of its row
                shown[i]->setGeometry(QRect(left, y + (height - s.height()) / 2, std::max(w, 0), s.height()));
                left += w + gap;
            }
        }
        y += height + (last < shown.size() ? gap : 0);
        first = last;
    }
    return y - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace ballast::ui
