#pragma once
// CSV import for ERP and spreadsheet exports (FORMAT.md "CSV import"). A header row is required,
// columns come in any order, unknown columns are reported as warnings and ignored, numbers use '.'.
// Every problem names the file, the line and the column.

#include "model.h"
#include "result.h"

#include <string>
#include <string_view>
#include <vector>

namespace ballast {

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> lines; // file line of each row
};

/// RFC 4180: quoted fields, doubled quotes, CRLF or LF. Fails on an unterminated quote.
Result<CsvTable> parseCsv(std::string_view text, const std::string& file);

struct CsvInputs
{
    std::string nodes, links, positions, prices; // file paths, empty = not given
};

/// Adds the CSV contents to `base` (which may be empty) and validates the result.
/// On any error nothing is returned: the caller's book and files are untouched.
Result<Book> importCsv(const CsvInputs& inputs, Book base);

/// Parses price history text ("time,asset,price"; also CoinGecko's "snapped_at,price,..." when
/// `assetForSingleSeries` is given) into the book's priceHistory form.
Result<std::map<std::string, std::vector<PricePoint>>> parsePriceCsv(std::string_view text, const std::string& file,
                                                                   const std::string& assetForSingleSeries = {});

} // namespace ballast
