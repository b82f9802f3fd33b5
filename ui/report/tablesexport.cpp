#include "report/tablesexport.h"

#include "report.h"
#include "views/whatifview.h"
#include "xlsx.h"

namespace ballast::ui {

namespace {

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

} // namespace

void exportTablesInBackground(QObject* context, QString path, EngineSnapshot engine, std::shared_ptr<const WhatIfRun> run,
                              std::shared_ptr<const StressResult> stress, std::function<void(const Issues&, int)> done)
{
    auto* watcher = new QFutureWatcher<JobResult<std::pair<Issues, int>>>(context);
    whenFinished(*watcher, context, [watcher, path, done = std::move(done)] {
        const auto r = watcher->result();
        watcher->deleteLater();
        if (!r) done({Issue{ErrorCode::Io, path.toStdString(), "", Msg::InternalError, {r.error}}}, 0);
        else done(r.value->first, r.value->second);
    });
    watcher->setFuture(exportTablesAsync(path, std::move(engine), std::move(run), std::move(stress)));
}

} // namespace ballast::ui
