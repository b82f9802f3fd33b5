#pragma once
// Large arrays on huge pages. Linux backs memory with 2 MB pages only where it is asked to
// (transparent huge pages in "madvise" mode, Debian's default). A book's big arrays are read at
// scattered places: a tick visits 10,000 of the stress book's million positions, each on a page of
// its own, and with 4 KB pages every visit missed the TLB as well as the cache.

#include <cstddef>
#include <vector>

namespace ballast {

/// Asks the kernel to back [p, p + bytes) with huge pages (the whole 2 MB pages inside it).
void adviseHugePages(void* p, size_t bytes);

/// v.reserve(n); when that takes a fresh block of 4 MB or more, the block is advised first, so the
/// pages its elements touch are huge from their first fault.
template <class T>
void reserveOnHugePages(std::vector<T>& v, size_t n)
{
    if (v.capacity() >= n) return;
    v.reserve(n);
    if (n * sizeof(T) >= (size_t(4) << 20)) adviseHugePages(v.data(), n * sizeof(T));
}

/// v.resize(n) of an empty vector, on huge pages when it is large (reserveOnHugePages).
template <class T>
void resizeOnHugePages(std::vector<T>& v, size_t n)
{
    if (v.empty()) reserveOnHugePages(v, n);
    v.resize(n);
}

} // namespace ballast
