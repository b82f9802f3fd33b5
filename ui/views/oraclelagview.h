#pragma once
// The oracle lag timeline (core/oraclelag.h) of the what-if's last run: for a chosen asset, the
// market, the oracle and each lending venue's view round by round, with the liquidations the lag
// caused or held back; a table of the venues (lag in rounds, rounds late, loans caused and
// delayed) beside it. A row selects the venue everywhere.

#include "deskstate.h"
#include "oraclelag.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ballast::ui {

namespace plots {
class Chart;
}

class EmptyState;
struct WhatIfRun;

class OracleLagView final : public QWidget
{
    Q_OBJECT

  public:
    explicit OracleLagView(DeskState* desk, QWidget* parent = nullptr);

    /// Shows `run` (the what-if's last); null clears.
    void setRun(std::shared_ptr<const WhatIfRun> run);
    /// Shows the timeline of `asset` (an asset index of the run's book that moved).
    void showAsset(int asset);
    const OracleLagTimeline& timeline() const { return m_timeline; }
    plots::Chart* chart() const { return m_chart; }
    QTableWidget* table() const { return m_table; }
    QComboBox* assets() const { return m_assets; }
    void restyle();

  private:
    void redraw();

    DeskState* m_desk;
    std::shared_ptr<const WhatIfRun> m_run;
    OracleLagTimeline m_timeline;
    QComboBox* m_assets;
    QLabel* m_caption;
    plots::Chart* m_chart;
    QTableWidget* m_table;
    EmptyState* m_empty;
};

} // namespace ballast::ui
