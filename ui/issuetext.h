#pragma once
// A core Issue in the user's language: its message code's source text translated (context
// "Issue", the texts of core/messages.cpp) with the same arguments, and its place ("line 14,
// column quantity") in words of that language. JSON pointers and ids stay as they are.

#include "result.h"

#include <QString>

namespace ballast::ui {

/// The issue's reason, translated.
QString issueText(const Issue& issue);
/// "line 14, column quantity" translated; a JSON pointer as it is.
QString issuePlace(const Issue& issue);
/// "file: place: reason [code]", the form of Issue::toString() in the user's language.
QString issueLine(const Issue& issue);

} // namespace ballast::ui
