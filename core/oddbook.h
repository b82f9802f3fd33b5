#pragma once
// Odd books: the books users bring rather than the ones `generate` makes. Every entity kind may be
// missing; values sit on their boundaries (0, 1, tiny, huge, equal prices, empty ranges, empty
// book sides, zero equity, zero debt, expiring options); shapes are chains, stars, supply cycles,
// disconnected parts and isolated nodes; names are unicode or 4,000 characters long. The choices
// come from a seeded stream (tests: the same book for the same seed) or from a fuzzer's bytes
// (a structure-aware fuzzer: every input is a book, not JSON text to be rejected). The books aim
// to be valid — a few are not (a fuzzer's bytes can ask for anything) and validate() says why.

#include "model.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace ballast {

/// Where an odd book's choices come from.
class Choices
{
public:
    /// A SplitMix64 stream: the same choices for the same seed on every platform.
    static Choices seeded(std::uint64_t seed);
    /// A fuzzer's bytes, eight at a time; zeros once they run out (so every input ends).
    static Choices bytes(const std::uint8_t* data, std::size_t size);

    std::uint64_t next();
    /// 0 .. n-1 (0 when n <= 0).
    int below(int n);
    /// True with the given percent chance.
    bool chance(int percent);
    /// One of the values in [first, last).
    template <class T>
    const T& oneOf(const T* first, const T* last)
    {
        return first[below(static_cast<int>(last - first))];
    }

private:
    Choices() = default;
    std::uint64_t m_state = 0;
    const std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0, m_pos = 0;
    bool m_bytes = false;
};

struct OddBookOptions
{
    int maxPerKind = 12;    // entities of one kind in an ordinary odd book
    bool allowHuge = false; // sometimes a 10,000-node chain or a loan with 500 collateral positions
};

/// A resolved book of odd shape and boundary values; see the file comment.
Book generateOddBook(Choices& choices, const OddBookOptions& options = {});

/// "3 assets, 0 nodes, ..." — what the book holds, for test messages.
std::string describeBook(const Book& book);

} // namespace ballast
