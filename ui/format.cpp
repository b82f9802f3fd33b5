#include "format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ballast::ui {

QString formatMoney(double v)
{
    if (std::isnan(v)) return QStringLiteral("–");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const double a = std::fabs(v);
    const QLocale loc;
    if (a >= 1e12) return loc.toString(v / 1e12, 'f', 2) + QStringLiteral("tn");
    if (a >= 1e9) return loc.toString(v / 1e9, 'f', 2) + QStringLiteral("bn");
    if (a >= 1e6) return loc.toString(v / 1e6, 'f', 2) + QStringLiteral("m");
    if (a >= 1e3) return loc.toString(v / 1e3, 'f', 1) + QStringLiteral("k");
    if (a == 0) return QStringLiteral("0");
    return loc.toString(v, 'f', a >= 100 ? 0 : 2);
}

QString formatNumber(double v, int decimals)
{
    if (std::isnan(v)) return QStringLiteral("–");
    if (std::isinf(v)) return QStringLiteral("∞");
    return QLocale().toString(v, 'f', decimals);
}

QString formatPrice(double price)
{
    const double a = std::fabs(price);
    return formatNumber(price, a >= 1000 ? 2 : a >= 1 ? 4 : 6);
}

QString formatHealth(double hf)
{
    if (std::isinf(hf)) return QStringLiteral("∞");
    if (std::isnan(hf)) return QStringLiteral("–");
    return QLocale().toString(hf, 'f', 3);
}

QString formatPercent(double f, int decimals)
{
    if (std::isnan(f) || std::isinf(f)) return QStringLiteral("–");
    return QLocale().toString(100.0 * f, 'f', decimals) + QStringLiteral("%");
}

QString formatSeconds(double seconds)
{
    if (!std::isfinite(seconds)) return QStringLiteral("–");
    const QLocale loc;
    if (seconds < 120) return QCoreApplication::translate("format", "%1 s").arg(loc.toString(seconds, 'f', 0));
    if (seconds < 7200) return QCoreApplication::translate("format", "%1 min").arg(loc.toString(seconds / 60.0, 'f', seconds < 600 ? 1 : 0));
    return QCoreApplication::translate("format", "%1 h").arg(loc.toString(seconds / 3600.0, 'f', 1));
}

} // namespace ballast::ui
