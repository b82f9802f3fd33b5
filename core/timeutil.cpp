#include "timeutil.h"

#include <cctype>
#include <cstdio>

namespace ballast {
namespace {

// Howard Hinnant's days_from_civil: proleptic Gregorian calendar, valid for every int year.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t yy = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yy + (m <= 2));
}

bool digits(std::string_view s, size_t pos, size_t n, int& out)
{
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

} // namespace

std::optional<Seconds> parseIsoTime(std::string_view s)
{
    int Y, M, D, h = 0, mi = 0, sec = 0;
    if (s.size() < 10 || !digits(s, 0, 4, Y) || s[4] != '-' || !digits(s, 5, 2, M) || s[7] != '-' ||
        !digits(s, 8, 2, D))
        return std::nullopt;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (M < 1 || M > 12 || D < 1) return std::nullopt;
    if (D > mdays[M - 1] + (M == 2 && leap(Y) ? 1 : 0)) return std::nullopt;
    size_t p = 10;
    long offset = 0;
    if (p < s.size()) {
        if (s[p] != 'T' && s[p] != ' ') return std::nullopt;
        ++p;
        if (!digits(s, p, 2, h) || p + 2 >= s.size() || s[p + 2] != ':' || !digits(s, p + 3, 2, mi))
            return std::nullopt;
        p += 5;
        if (p < s.size() && s[p] == ':') {
            if (!digits(s, p + 1, 2, sec)) return std::nullopt;
            p += 3;
            if (p < s.size() && s[p] == '.') {
                ++p;
                size_t n = 0;
                while (p < s.size() && std::isdigit(static_cast<unsigned char>(s[p]))) ++p, ++n;
                if (n == 0) return std::nullopt;
            }
        }
        if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
        std::string_view rest = s.substr(p);
        if (rest == "Z" || rest == " UTC") {
        } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
            int oh, om;
            if (!digits(rest, 1, 2, oh) || !digits(rest, 4, 2, om) || oh > 23 || om > 59) return std::nullopt;
            offset = (oh * 3600L + om * 60L) * (rest[0] == '+' ? 1 : -1);
        } else {
            return std::nullopt; // a time without a zone is ambiguous: refuse it
        }
    }
    return daysFromCivil(Y, static_cast<unsigned>(M), static_cast<unsigned>(D)) * 86400 + h * 3600L + mi * 60L +
           sec - offset;
}

std::string formatIsoTime(Seconds t)
{
    std::int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    std::int64_t rem = t - days * 86400;
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, m, d, static_cast<int>(rem / 3600),
                  static_cast<int>(rem % 3600 / 60), static_cast<int>(rem % 60));
    return buf;
}

} // namespace ballast
