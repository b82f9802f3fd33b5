#pragma once
// File > Import CSV…: the nodes, links, positions and prices files of a book (any may be left out).

#include "csv_io.h"

#include <optional>

class QWidget;

namespace ballast::ui {

/// Asks for the CSV files; nothing when the user cancels.
std::optional<CsvInputs> askCsvImport(QWidget* parent);

} // namespace ballast::ui
