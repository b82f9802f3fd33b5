#pragma once
// Time to survive x health factor (core/survival.h): after a what-if run, every borrower as a dot —
// days of cash against the inflows the scenario cut, against the weakest health factor its loans
// had in the cascade — in four named quadrants with their counts, and a table beside it that sorts
// by either axis. Hover names a dot; a click on a dot or a row selects the node everywhere, and the
// desk's selection rings its dot.

#include "deskstate.h"
#include "survival.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace ballast::ui {

namespace plots {
class Chart;
}

class EmptyState;
struct WhatIfRun;

class SurvivalView final : public QWidget
{
    Q_OBJECT

  public:
    explicit SurvivalView(DeskState* desk, QWidget* parent = nullptr);

    /// Shows `run` (the what-if's last); null clears.
    void setRun(std::shared_ptr<const WhatIfRun> run);
    const SurvivalMap& map() const { return m_map; }
    plots::Chart* chart() const { return m_chart; }
    QTableWidget* table() const { return m_table; }
    /// Redraws (after a theme or type-size change).
    void restyle();

  private:
    void redraw();
    void fillTable();
    void followSelection();
    int pointOfNode(int node) const;

    DeskState* m_desk;
    std::shared_ptr<const WhatIfRun> m_run;
    SurvivalMap m_map;
    std::vector<QString> m_names;
    int m_selected = -1;
    QLabel* m_caption;
    plots::Chart* m_chart;
    QTableWidget* m_table;
    EmptyState* m_empty;
};

} // namespace ballast::ui
