#pragma once
// Large arrays on huge pages. Linux backs memory with 2 MB pages only where it is asked to
// (transparent huge pages in "madvise" mode, Debian's default). A book's big arrays are read at
// scattered places: a tick visits 10,000 of the stress book's million positions, each on a page of
// its own, and with 4 KB pages every visit missed the TLB as well as the cache.

#include <cstddef>
#include <vector>

namespace ballast {

/// Asks the kernel to back [p, p + bytes) with huge pages (the whole 2 MB pages inside it), unless
/// a PlainPagesHere lives on this thread.
void adviseHugePages(void* p, size_t bytes);

/// While one lives, adviseHugePages() on this thread leaves memory on plain pages. For copies made
/// in a long-running process whose memory is fragmented: the kernel then compacts memory at each
/// huge page's first fault (Debian's "defrag: madvise"), and the desk's live snapshot of the stress
/// book took 370-440 ms to copy on huge pages against 45-60 ms on plain ones.
class PlainPagesHere
{
public:
    PlainPagesHere();
    ~PlainPagesHere();
    PlainPagesHere(const PlainPagesHere&) = delete;
    PlainPagesHere& operator=(const PlainPagesHere&) = delete;

private:
    bool m_was;
};

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
