#pragma once
// ISO 8601 UTC times as seconds since the Unix epoch.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ballast {

using Seconds = std::int64_t;
inline constexpr double kSecondsPerDay = 86400.0;

/// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)" and "YYYY-MM-DD HH:MM:SS UTC"
/// (the CoinGecko form). Returns nullopt for anything else, including impossible dates.
std::optional<Seconds> parseIsoTime(std::string_view text);

/// "YYYY-MM-DDTHH:MM:SSZ".
std::string formatIsoTime(Seconds t);

} // namespace ballast
