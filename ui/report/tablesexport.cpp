#include "report/tablesexport.h"

#include "report.h"
#include "views/whatifview.h"
#include "xlsx.h"

namespace ballast::ui {

QFuture<JobResult<std::pair<Issues, int>>> exportTablesAsync(QString path, EngineSnapshot engine, std::shared_ptr<const WhatIfRun> run,
                                                               std::shared_ptr<const StressResult> stress)
{
    return runJob([path = std::move(path), engine = std::move(engine), run = std::move(run), stress = std::move(stress)] {
        const nlohmann::json exposure = engine ? exposureJson(*engine) : nlohmann::json();
        const nlohmann::json shock = run && engine ? shockJson(engine->book(), run->result) : nlohmann::json();
        const nlohmann::json mc = stress && engine ? stressJson(engine->book(), *stress) : nlohmann::json();
        const std::vector<XlsxSheet> sheets = resultSheets(exposure, shock, mc);
        return std::pair{writeXlsx(path.toStdString(), sheets), static_cast<int>(sheets.size())};
    });
}

} // namespace ballast::ui
