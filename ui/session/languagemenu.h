#pragma once
// The View > Language menu: English, German, Simplified Chinese; the choice is kept (QSettings
// "language") and takes effect at the next start, which `onChosen` tells the user.

#include <functional>

class QMenu;
class QString;

namespace ballast::ui {

void fillLanguageMenu(QMenu* menu, std::function<void()> onChosen);

} // namespace ballast::ui
