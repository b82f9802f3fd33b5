// Fuzz the CSV reader and the typed importers (nodes, links, positions, prices).
#include "csv_io.h"

#include "scratchfile.h"

#include <cstdint>
#include <fstream>
#include <string>
#include <unistd.h>


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)ballast::parseCsv(text, "fuzz.csv");
    (void)ballast::parsePriceCsv(text, "prices.csv");
    (void)ballast::parsePriceCsv(text, "gecko.csv", "WETH");
    static const ScratchFile scratch(".csv");
    const std::string& path = scratch.path;
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(text.data(), static_cast<std::streamsize>(text.size()));
    (void)ballast::importCsv({path, path, path, {}}, ballast::Book{});
    return 0;
}
