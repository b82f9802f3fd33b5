#pragma once
// The lender report: a PDF a credit committee can file. A cover (book, as-of, base currency, the
// book's input hash, generator, page count); key figures; exposure by counterparty, venue and
// asset; collateral by asset with haircuts and exit values; the ten loans closest to
// liquidation; for each scenario its shocks in words, key figures with and without circuit
// breakers, the cascade round by round, the loss waterfall, the largest losses by node and the
// defaults; the Monte Carlo VaR/ES and histogram when a run exists; an appendix with the method
// and the assumptions. Print theme (white paper), type of 7 pt and more at print size, vector
// charts, a header and "page i of n" on every page, A4 or Letter. Text flows through a
// QTextDocument (it wraps, never clips); charts are drawn into it as vector objects.

#include "deskstate.h"
#include "result.h"
#include "shock.h"
#include "workers/handoff.h"

#include <QFuture>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ballast {
struct StressResult;
}

namespace ballast::ui {

struct ReportScenario
{
    Scenario scenario;
    ShockResult withBreakers;
    std::optional<ShockResult> withoutBreakers;
};

struct ReportInput
{
    EngineSnapshot engine;
    std::vector<ReportScenario> scenarios;
    std::shared_ptr<const StressResult> stress;
    QPageSize pageSize = QPageSize(QPageSize::A4);
    /// The network picture for paper, before (null) or after a scenario; none: no network pages.
    std::function<QImage(const ShockResult*)> network;
};

/// `scenario` with and without circuit breakers (the report's and the story's comparison).
ReportScenario runWithAndWithoutBreakers(const ShockContext& context, const Scenario& scenario);

/// The scenario of `book` with id `id`, or null.
const Scenario* findScenario(const Book& book, const QString& id);

/// Runs the named scenarios of the engine's book with and without breakers on a worker; an id
/// the book lacks is an error naming it (check ids with findScenario first: the error of a job
/// reads as an internal one). With `monteCarloScenarios` > 0 and no `stress` given, a
/// Monte Carlo run of that many scenarios (seed 1) too, when the book has a risk factor.
QFuture<JobResult<ReportInput>> prepareReportAsync(EngineSnapshot engine, QStringList scenarioIds,
                                                   std::shared_ptr<const StressResult> stress, QPageSize pageSize,
                                                   long long monteCarloScenarios = 0);

/// A shock in words ("WETH price moves -35.0%"), names HTML-escaped (rich text).
QString shockInWords(const Book& book, const Shock& shock);

/// Lays out and writes the report (on the GUI thread: its charts are widgets). The value is the
/// number of pages; issues when the file cannot be written.
Result<int> writeLenderReport(const QString& path, const ReportInput& input);

} // namespace ballast::ui
