#pragma once
// The what-if panel: a scenario library (the book's scenarios plus the user's), an editor with a
// control for every shock type, runs on a worker thread with progress and cancel, and the result:
// before/after, the loss-attribution waterfall, the cascade round by round (replayed on the graph
// with play, pause, step), defaults and the largest losses, with and without circuit breakers, and
// two runs side by side.

#include "deskstate.h"
#include "shock.h"
#include "workers/handoff.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QTableWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace ballast::ui {

namespace plots {
class Chart;
}

class EmptyState;

struct WhatIfRun
{
    ShockResult result, withoutBreakers;
    bool compared = false;
    Scenario scenario;
    BookPtr book;
};

class WhatIfView final : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfView(DeskState* desk, QWidget* parent = nullptr);
    ~WhatIfView() override;

    /// Selects a library scenario by id (false if none) and loads it into the editor.
    bool loadScenario(const QString& id);
    /// Runs the scenario in the editor on a worker thread.
    void run();
    void cancel();
    bool running() const;
    /// The scenario the editor describes (shocks resolved against the current book).
    Scenario editedScenario() const;
    const WhatIfRun* lastRun() const { return m_run.get(); }
    /// The same run, to keep while a worker reads it (an export).
    std::shared_ptr<const WhatIfRun> sharedRun() const { return m_run; }
    QList<plots::Chart*> charts() const;
    /// Presentation mode hides the library and the editor; the results stay.
    void setEditing(bool on);
    /// Redraws the charts of the last run (after a theme or type-size change).
    void restyle();

Q_SIGNALS:
    void finished(bool ok);
    /// Replay on the graph: nodes defaulted and liquidated up to `round`, link delays (empty = clear).
    void overlay(std::vector<char> defaulted, std::vector<char> liquidated, std::vector<double> delays);
    void progressChanged(int percent);
    /// The user saved the edited scenario into the book: the book with it, to make an undoable edit.
    void editRequested(const QString& description, ballast::BookPtr edited);
    /// A line for the event log: what a finished run found.
    void logged(const QString& text);

private:
    void rebuildLibrary();
    void addShockRow(ShockType type);
    void fillTargets(int row);
    void loadIntoEditor(const Scenario& s);
    void showRun();
    void showRound(int round);
    void fillSummary();
    void fillWaterfall();
    void fillRounds();
    void fillNodes();

    DeskState* m_desk;
    QWidget* m_editor;
    QListWidget* m_library;
    QLineEdit* m_name;
    QTableWidget* m_shocks;
    QCheckBox *m_breakers, *m_compareBreakers;
    QPushButton *m_runButton, *m_cancelButton, *m_pinButton, *m_saveButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QTableWidget *m_summary, *m_rounds, *m_nodes;
    plots::Chart *m_waterfall, *m_cascade;
    QSlider* m_roundSlider;
    QToolButton *m_play, *m_step;
    QLabel* m_roundLabel;
    QTimer* m_playTimer;
    EmptyState* m_empty;
    QFutureWatcher<JobResult<std::shared_ptr<WhatIfRun>>> m_watcher;
    std::shared_ptr<Progress> m_cancelToken;
    std::shared_ptr<WhatIfRun> m_run, m_pinned;
    std::vector<Scenario> m_userScenarios;
    std::vector<Scenario> m_suggested; // from the book's shape (core/suggest.h), named in the UI's language
};

} // namespace ballast::ui
