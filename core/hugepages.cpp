#include "hugepages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace ballast {

namespace {
thread_local bool t_plain = false;
}

PlainPagesHere::PlainPagesHere() : m_was(t_plain) { t_plain = true; }
PlainPagesHere::~PlainPagesHere() { t_plain = m_was; }

void adviseHugePages(void* p, size_t bytes)
{
    if (t_plain) return;
#ifdef __linux__
    constexpr uintptr_t kHuge = uintptr_t(2) << 20;
    const uintptr_t first = (reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t last = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kHuge - 1);
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)p, (void)bytes;
#endif
}

} // namespace ballast
