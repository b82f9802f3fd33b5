#pragma once
// Excel workbooks of the CLI's results (FORMAT.md "CLI results"): one sheet per table of an
// exposure, shock or Monte Carlo result, with real numbers in number formats (money, ratios,
// percentages), a header row that stays in view and a filter on it. The tables are the JSON
// results' own rows, so a sheet has every key the JSON has: the known ones first, with their
// names in words and their formats, any other key after them as it is spelled. Written with
// libxlsxwriter to a temporary file beside the target and renamed: a failed export leaves the
// file there as it was.

#include "result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ballast {

struct XlsxSheet
{
    std::string name;    // up to 31 characters, no []:*?/\ (cut and replaced if not)
    nlohmann::json rows; // an array of objects (one row each), or an object of key: value pairs
};

/// The sheets of `exposureJson`, `shockJson` and the stress result (any of them may be null).
std::vector<XlsxSheet> resultSheets(const nlohmann::json& exposure, const nlohmann::json& shock, const nlohmann::json& stress);

/// Writes the sheets; an empty table gets its header row and a line saying it is empty. Rows
/// beyond Excel's 1,048,575 are left out, and the sheet says how many.
Issues writeXlsx(const std::string& path, const std::vector<XlsxSheet>& sheets);

} // namespace ballast
