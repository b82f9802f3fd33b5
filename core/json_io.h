#pragma once
// Workbook JSON import/export (FORMAT.md "Workbook JSON"). Import collects every problem with its
// JSON pointer; export starts from each entity's original object so that unknown keys survive and
// export(import(x)) equals x in content.

#include "jsonparts.h"
#include "model.h"
#include "result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace ballast {

/// Parses and validates a workbook. `file` is only used in error messages.
/// Fails on malformed JSON, wrong types, unknown enum values, bad dates, a newer `version`,
/// exceeded limits and every semantic problem validate() finds.
Result<Book> parseWorkbookJson(std::string_view text, const std::string& file);

/// Reads a file (bounded by limits::kMaxFileBytes) and parses it.
Result<Book> readWorkbookJson(const std::string& path);

nlohmann::json workbookToJson(const Book& book);
/// The same object a part at a time (JsonParts::write gives workbookToJson(book).dump(indent) byte
/// for byte) without building it whole: a million positions as a json tree take gigabytes.
/// The parts refer to book, which must outlive them.
JsonParts workbookParts(const Book& book);

/// Single-entity conversions, used by the SQLite store (one JSON object per row).
nlohmann::json toJson(const Asset&);
nlohmann::json toJson(const Node&);
nlohmann::json toJson(const Link&);
nlohmann::json toJson(const Pool&);
nlohmann::json toJson(const Position&);
nlohmann::json toJson(const Loan&);
nlohmann::json toJson(const Derivative&);
nlohmann::json toJson(const Scenario&);
nlohmann::json toJson(const Correlation&);
nlohmann::json settingsToJson(const Settings&);
nlohmann::json metaToJson(const Meta&);

/// Parses one entity object (for the SQLite store); issues are appended with `pointer` as place.
Asset assetFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Node nodeFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Link linkFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Pool poolFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Position positionFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Loan loanFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Derivative derivativeFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Scenario scenarioFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Correlation correlationFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file,
                                Issues&);
Settings settingsFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);
Meta metaFromJson(const nlohmann::json&, const std::string& pointer, const std::string& file, Issues&);

/// Reads a whole file with the size limit; fails with an Io or Limit issue.
Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes);

/// Writes atomically: a temporary file in the same folder, fsync, rename over the target.
/// On failure the target is untouched.
Issues writeFileAtomic(const std::string& path, std::string_view content);

} // namespace ballast
