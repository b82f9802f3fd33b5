#pragma once
// The PDF report for lenders: the book's key figures and dashboard charts, and the last what-if run
// with its attribution and cascade charts.

#include "exposure.h"

#include <QList>
#include <QString>


namespace ballast::ui {

namespace plots {
class Chart;
}

struct WhatIfRun;

/// Writes the report to `path` (A4); false when the file cannot be written.
bool writeLenderReport(const QString& path, const ExposureEngine& engine, const QList<plots::Chart*>& dashboardCharts, const WhatIfRun* run,
                       const QList<plots::Chart*>& whatIfCharts);

} // namespace ballast::ui
