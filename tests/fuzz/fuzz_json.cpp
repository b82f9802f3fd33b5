// Fuzz the workbook JSON importer, and the exposure engine on whatever it accepts.
#include "exposure.h"
#include "json_io.h"

#include <cstdint>
#include <memory>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto r = ballast::parseWorkbookJson(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (r.ok() && r->positions.size() < 2000) {
        auto book = std::make_shared<const ballast::Book>(std::move(*r));
        ballast::ExposureEngine e(book);
        e.compute();
        (void)ballast::workbookToJson(*book).dump();
    }
    return 0;
}
