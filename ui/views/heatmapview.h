#pragma once
// Cross-venue liquidity heatmap: venues x assets (a colour map, ui/plots), metric selectable
// (depth at 1/2/5%, slippage for a size, utilisation, absorption against collateral at risk,
// core/absorption.h), categorical axes, colour scale, hover values. Clicking a cell draws its
// pools' slippage curves with the collateral at risk marked, and lists the liquidations it would
// absorb: the what-if run's sales into it round by round (whose collateral, the impact, the loans
// pushed under next), or without a run the loans near liquidation whose collateral exits there.
// A row selects its loan everywhere.

#include "absorption.h"
#include "deskstate.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace ballast::ui {

namespace plots {
class Chart;
class HeatmapChart;
}

class EmptyState;
struct WhatIfRun;

class HeatmapView final : public QWidget
{
    Q_OBJECT

public:
    enum Metric { Depth1, Depth2, Depth5, Slippage, Utilisation, Coverage };
    explicit HeatmapView(DeskState* desk, QWidget* parent = nullptr);

    void setMetric(Metric m);
    /// Rebuilds the matrix from the current exposure and redraws (also timed for benchmarks).
    void refresh();
    plots::HeatmapChart* plot() const { return m_plot; }
    plots::Chart* curve() const { return m_curve; }
    int venueCount() const { return static_cast<int>(m_venues.size()); }
    int assetCount() const { return static_cast<int>(m_assets.size()); }
    /// Value at (venue row, asset column); NaN where no pool.
    double cell(int venue, int asset) const;
    /// Shows the depth/slippage curve of the pools in a cell and the liquidations it absorbs.
    void showCell(int venue, int asset);
    /// Shows the cell least able to take what would be sold there (lowest coverage), else the first.
    void showWorstCell();
    /// The what-if's last run (null: none): its sales become the collateral at risk.
    void setRun(std::shared_ptr<const WhatIfRun> run);
    const AbsorptionMap& absorption() const { return m_map; }
    QTableWidget* absorbed() const { return m_absorbed; }

private:
    void rebuildAxes();
    void hover(int venue, int asset);
    void fillAbsorbed(int venue, int asset);
    void updateAbsorption(const EngineSnapshot& engine);

    DeskState* m_desk;
    QComboBox* m_metric;
    QDoubleSpinBox* m_size;
    QLabel *m_hover, *m_curveTitle, *m_cellSummary;
    QTableWidget* m_absorbed;
    std::shared_ptr<const WhatIfRun> m_run;
    AbsorptionMap m_map;
    int m_cellRow = -1, m_cellColumn = -1;
    plots::HeatmapChart* m_plot;
    plots::Chart* m_curve;
    std::vector<int> m_venues, m_assets;             // rows (venue nodes), columns (assets)
    std::vector<std::vector<int>> m_cellPools;       // row * columns + column -> pools
    std::vector<double> m_values;
    EmptyState* m_empty = nullptr;
};

} // namespace ballast::ui
