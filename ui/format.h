#pragma once
// Number formatting shared by the views, in the user's locale: 1.23m, 45.6k, health factors to
// three places, "∞" for an infinite health factor, "–" for an undefined value.

#include <QString>

namespace ballast::ui {

QString formatMoney(double v);
QString formatNumber(double v, int decimals = 2);
/// A price with the decimals its size needs: 2 from 1,000 up, 4 from 1, 6 below (a stablecoin's 0.999800).
QString formatPrice(double price);
QString formatHealth(double hf);
QString formatPercent(double fraction, int decimals = 1);
/// A duration in seconds as people say it: "45 s", "12.8 min", "1.5 h".
QString formatSeconds(double seconds);

} // namespace ballast::ui
