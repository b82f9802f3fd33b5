#pragma once
// The PDF report for lenders: the book's key figures and dashboard charts, and the last what-if run
// with its attribution and cascade charts.

#include "exposure.h"

#include <QList>
#include <QString>

class QCustomPlot;

namespace ballast::ui {

struct WhatIfRun;

/// Writes the report to `path` (A4); false when the file cannot be written.
bool writeLenderReport(const QString& path, const ExposureEngine& engine, const QList<QCustomPlot*>& dashboardCharts, const WhatIfRun* run,
                       const QList<QCustomPlot*>& whatIfCharts);

} // namespace ballast::ui
