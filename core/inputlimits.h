#pragma once
// Bounds on untrusted input (workbooks, CSV files, feed messages). Each is enforced with a clear
// error naming the file and the place; none of them is close to a real book's size.

#include <cstddef>

namespace ballast::limits {

inline constexpr std::size_t kMaxFileBytes = 1024ull * 1024 * 1024; // 1 GiB
inline constexpr int kMaxJsonDepth = 32;
inline constexpr std::size_t kMaxStringLength = 4096;
inline constexpr std::size_t kMaxElements = 20'000'000; // per array / CSV rows
inline constexpr std::size_t kMaxShocksPerScenario = 10'000;
inline constexpr std::size_t kMaxPathPoints = 1'000'000;
inline constexpr double kMaxMagnitude = 1e15; // amounts, quantities, prices beyond this are refused
inline constexpr std::size_t kMaxFeedMessageBytes = 1024 * 1024;

} // namespace ballast::limits
