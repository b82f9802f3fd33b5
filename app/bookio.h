#pragma once
// Loading and saving a book by file name: .ballast (SQLite) or .json, and the embedded demo book
// ("demo"). Shared by both executables.

#include "model.h"
#include "progress.h"
#include "result.h"

#include <string>

namespace ballast::app {

/// The demo book's JSON text, compiled in from resources/demo/demo-book.json.
const char* demoBookJson();

/// "demo" loads the embedded demo book; a SQLite file opens as a workbook; anything else is JSON.
Result<Book> loadBook(const std::string& path, Progress* progress = nullptr);

/// .json writes JSON (atomically); anything else a SQLite workbook (one transaction).
Issues saveBook(const std::string& path, const Book& book);

} // namespace ballast::app
