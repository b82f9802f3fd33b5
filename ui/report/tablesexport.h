#pragma once
// File > Export tables (Excel): the desk's tables — positions, loans, assets, venues,
// counterparties, Greeks, pools and flows of the current exposure, the last what-if run's rounds,
// loans, nodes, prices and hedges, the last Monte Carlo run's VaR/ES, histogram and defaults — in
// one workbook, the same sheets as `ballast-cli exposure|shock|stress --xlsx` (core/xlsx.h),
// written on a worker.

#include "deskstate.h"
#include "result.h"
#include "workers/handoff.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <memory>

namespace ballast {
struct StressResult;
}

namespace ballast::ui {

struct WhatIfRun;

/// Runs the export and calls `done` on `context`'s thread with the issues (empty = written) and
/// the number of sheets.
void exportTablesInBackground(QObject* context, QString path, EngineSnapshot engine, std::shared_ptr<const WhatIfRun> run,
                              std::shared_ptr<const StressResult> stress, std::function<void(const Issues&, int)> done);


} // namespace ballast::ui
