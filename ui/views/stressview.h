#pragma once
// The stress view: Monte Carlo settings, a run on worker threads with progress and cancel, the
// loss histogram with VaR and ES markers, liquidations at risk, bad debt and the distribution of
// the number of defaults. "Run on: a launcher" hands the run to ballast-mpi through a command the
// user sets (e.g. `mpirun -np 8 --hostfile hosts`, kept in the settings): the book goes to a
// temporary workbook file, the ranks' progress lines drive the bar, Cancel ends the launcher, and
// the result (identical to a local run of the same seed) is shown as a local one.

#include "deskstate.h"
#include "workers/handoff.h"
#include "stress.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QProcess;
class QTemporaryDir;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ballast::ui {

namespace plots {
class Chart;
}

class EmptyState;

class StressView final : public QWidget
{
    Q_OBJECT

public:
    explicit StressView(DeskState* desk, QWidget* parent = nullptr);
    ~StressView() override;

    void setScenarios(int n);
    void run();
    void cancel();
    /// Redraws the charts of the last result (after a theme or type-size change).
    void restyle()
    {
        if (m_result) show();
    }
    /// From run() until finished(): a job done on its worker whose result the view has not taken yet
    /// still counts (the writer's or the Monte Carlo's continuation runs on the next event loop turn).
    bool running() const { return m_busy; }
    /// Where runs go: this machine (empty) or the launcher command; kept in the settings.
    void setLauncher(const QString& command);
    QString launcher() const;
    const StressResult* result() const { return m_result.get(); }
    std::shared_ptr<const StressResult> sharedResult() const { return m_result; }
    QList<plots::Chart*> charts() const { return {m_histogram, m_defaults}; }

Q_SIGNALS:
    void finished(bool ok);
    void progressChanged(int percent);
    /// A line for the event log: what a finished run found.
    void logged(const QString& text);

private:
    void show();
    void runWithLauncher(const BookPtr& book, const StressOptions& o);
    void launcherDone();
    void done(bool ok); // the run is over: running() false, then finished(ok)

    DeskState* m_desk;
    QSpinBox *m_scenarios, *m_seed, *m_dof;
    QDoubleSpinBox *m_horizon, *m_jumps;
    QCheckBox *m_history, *m_breakers;
    QComboBox* m_runOn;
    QLineEdit* m_command;
    QProcess* m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_stderr;
    bool m_cancelled = false;
    QFutureWatcher<JobResult<QString>> m_writer;
    bool m_busy = false; // a run started and finished() not yet emitted
    QPair<QString, QStringList> m_launch; // the launcher's program and arguments
    QPushButton *m_runButton, *m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    plots::Chart *m_histogram, *m_defaults;
    QTableWidget* m_table;
    EmptyState* m_empty;
    QFutureWatcher<JobResult<std::shared_ptr<StressResult>>> m_watcher;
    std::shared_ptr<Progress> m_token;
    std::shared_ptr<StressResult> m_result;
};

} // namespace ballast::ui
