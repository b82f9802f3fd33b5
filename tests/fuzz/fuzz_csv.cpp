// Fuzz the CSV reader and the typed importers (nodes, links, positions, prices).
#include "csv_io.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {
// one file per fuzzing process, in $TMPDIR, removed when the run ends
struct ScratchFile
{
    std::string path;
    explicit ScratchFile(const char* ext)
    {
        const char* dir = std::getenv("TMPDIR");
        path = std::string(dir && *dir ? dir : "/tmp") + "/ballast-fuzz-" + std::to_string(::getpid()) + ext;
    }
    ~ScratchFile()
    {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((path + suffix).c_str());
    }
};
} // namespace

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
