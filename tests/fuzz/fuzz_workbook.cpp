// Fuzz the workbook opener with damaged SQLite files: the first bytes come from the input, the
// rest from a real workbook, so the fuzzer explores headers, pages and stored JSON. Seeds: a
// version 1 workbook (JSON rows, migrated on open) and a version 2 one (positions and links in
// typed columns).
#include "storage.h"

#include "scratchfile.h"

#include <cstdint>
#include <fstream>
#include <string>
#include <unistd.h>


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ScratchFile scratch(".ballast");
    const std::string& path = scratch.path;
    {
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    ::unlink((path + "-wal").c_str());
    ::unlink((path + "-shm").c_str());
    (void)ballast::openWorkbook(path);
    (void)ballast::listRuns(path);
    return 0;
}
