#pragma once
// The dashboard's charts: horizontal bars of the top entries, the health-factor bands, the live
// series of exposure and min health factor.

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ballast::ui::plots {

class Chart;

/// A horizontal bar chart of the top entries (largest first), with categorical labels; with
/// `second`, a second bar beside each and a legend under the title.
void horizontalBars(Chart& chart, const QString& title, const QVector<QString>& labels, const QVector<double>& values,
                    const QColor& color, const QVector<double>& second = {}, const QColor& secondColor = {},
                    const QString& firstName = {}, const QString& secondName = {});

/// Loans per health-factor band: the first band liquidatable (bad), the next two warnings, the rest safe.
void drawHealthBands(Chart& chart, const QStringList& names, const QVector<double>& count, const QString& title, const QString& axisLabel);

/// Two series over time on two axes (exposure on the left, min health factor on the right).
void setUpLiveSeries(Chart& chart, const QString& title, const QString& timeLabel, const QString& firstName, const QString& secondName);
void drawLiveSeries(Chart& chart, const QVector<double>& seconds, const QVector<double>& exposure, const QVector<double>& minHealth);

} // namespace ballast::ui::plots
