#pragma once
// The problems of a load, a save or an edit in a message box: a title by the first problem's kind,
// the first problem in words, every problem (up to 200) in the details. Offscreen (no one to click
// OK) they go to the log instead.

#include "result.h"

#include <QString>

class QWidget;

namespace ballast::ui {

void showIssues(QWidget* parent, const QString& title, const Issues& issues);

} // namespace ballast::ui
