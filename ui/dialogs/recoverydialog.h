#pragma once
// The question after a crash: open the autosave Ballast left, discard it, or ask next time.

class QString;
class QWidget;

namespace ballast::ui {

enum class RecoveryChoice { Open, Discard, Later };

RecoveryChoice askRecovery(QWidget* parent, const QString& autosave);

} // namespace ballast::ui
