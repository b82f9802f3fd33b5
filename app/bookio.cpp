#include "bookio.h"

#include "json_io.h"
#include "storage.h"

namespace ballast::app {

namespace {
bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
} // namespace

Result<Book> loadBook(const std::string& path, Progress* progress)
{
    if (path == "demo") return parseWorkbookJson(demoBookJson(), "demo-book.json");
    if (isSqliteFile(path)) return openWorkbook(path, progress);
    return readWorkbookJson(path);
}

Issues saveBook(const std::string& path, const Book& book)
{
    if (endsWith(path, ".json")) return writeFileAtomic(path, workbookParts(book).dump(2) + "\n");
    return saveWorkbook(path, book);
}

} // namespace ballast::app
