#pragma once
// Light and dark themes: a Fusion palette plus one style sheet for the desk's own widgets.

class QApplication;

namespace ballast::ui {

enum class Theme { Dark, Light };
void applyTheme(QApplication& app, Theme theme);

} // namespace ballast::ui
