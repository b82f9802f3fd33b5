#pragma once
// The stress view: Monte Carlo settings, a run on worker threads with progress and cancel, the
// loss histogram with VaR and ES markers, liquidations at risk, bad debt and the distribution of
// the number of defaults.

#include "deskstate.h"
#include "workers/handoff.h"
#include "stress.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
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
    bool running() const { return m_watcher.isRunning(); }
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

    DeskState* m_desk;
    QSpinBox *m_scenarios, *m_seed, *m_dof;
    QDoubleSpinBox *m_horizon, *m_jumps;
    QCheckBox *m_history, *m_breakers;
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
