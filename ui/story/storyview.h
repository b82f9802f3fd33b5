#pragma once
// Present: the book told as a story for a lender in the room. Full screen, no docks, one idea per
// step, large type, keyboard driven (Space / → / PageDown next, ← / PageUp back, Home, End, Esc
// leaves). Each step is the graph and one or two charts or figures with a one-line caption: the
// book at a glance → where the collateral sits → where the physical chain jams (velocity, min cut)
// → the shock → the cascade, round by round on the graph with the figures counting → where the
// forced selling went (against each venue's depth) → across chains (oracle lag, bridges) → who
// fails first (time to survive x health factor) → the loss waterfall → with vs without circuit
// breakers → what the hedges paid → what to do (margin suggestions). The scenario runs (with and
// without breakers) on a worker when the story starts.

#include "deskstate.h"
#include "report/lenderreport.h"
#include "stress.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QVBoxLayout;
class QTimer;

namespace ballast::ui {

class GraphCanvas;
namespace plots {
class Chart;
}

struct StoryData
{
    ReportScenario run;
    std::vector<MarginRow> margin;
};

class StoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit StoryView(DeskState* desk, QWidget* parent = nullptr);
    ~StoryView() override;

    enum Step { Glance, Collateral, Bottlenecks, TheShock, Cascade, ForcedSelling, AcrossChains, WhoFailsFirst,
                Loss, Breakers, Hedges, WhatToDo, kSteps };
    /// Runs `scenarioId` (empty: the book's first scenario, else the first it suggests) and shows step 0.
    void start(const QString& scenarioId);
    void showStep(int step);
    int step() const { return m_step; }
    /// True once the scenario has run (every step can be shown).
    bool ready() const { return m_data != nullptr; }
    /// The cascade step's animation done (for screenshots: the last round shown).
    void finishAnimation();

Q_SIGNALS:
    void readyChanged(bool ready);
    void closed();

protected:
    void keyPressEvent(QKeyEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void applyTypeSizes();
    void setFigures(const QList<QPair<QString, QString>>& figures);
    void showRound(int round);

    DeskState* m_desk;
    GraphCanvas* m_canvas;
    QLabel *m_title, *m_caption, *m_footer, *m_note;
    QList<QLabel*> m_figureNames, m_figureValues;
    plots::Chart* m_chart;
    QVBoxLayout* m_side;
    QTimer* m_anim;
    int m_step = 0, m_round = 0;
    std::shared_ptr<const StoryData> m_data;
    QString m_error; // why the scenario could not run
    QFutureWatcher<JobResult<StoryData>> m_watcher;
};

} // namespace ballast::ui
