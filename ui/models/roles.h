#pragma once
// Item-data roles shared by the desk's models and the views that sort or group them.

#include <Qt>

namespace ballast::ui {

inline constexpr int UnderlyingDataRole = Qt::UserRole + 1; // the raw number a column sorts on
inline constexpr int GroupRole = Qt::UserRole + 2;          // owner / venue / asset for grouping

} // namespace ballast::ui
