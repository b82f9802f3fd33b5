#pragma once
// Cross-venue liquidity heatmap: venues x assets (a colour map, ui/plots), metric selectable
// (depth at 1/2/5%, slippage for a size, utilisation), categorical axes, colour scale, hover
// values; clicking a cell selects its pool and draws that pool's depth/slippage curve beside.

#include "deskstate.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace ballast::ui {

namespace plots {
class Chart;
class HeatmapChart;
}

class EmptyState;

class HeatmapView final : public QWidget
{
    Q_OBJECT

public:
    enum Metric { Depth1, Depth2, Depth5, Slippage, Utilisation };
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
    /// Shows the depth/slippage curve of the pools in a cell.
    void showCell(int venue, int asset);

private:
    void rebuildAxes();
    void hover(int venue, int asset);

    DeskState* m_desk;
    QComboBox* m_metric;
    QDoubleSpinBox* m_size;
    QLabel *m_hover, *m_curveTitle;
    plots::HeatmapChart* m_plot;
    plots::Chart* m_curve;
    std::vector<int> m_venues, m_assets;             // rows (venue nodes), columns (assets)
    std::vector<std::vector<int>> m_cellPools;       // row * columns + column -> pools
    std::vector<double> m_values;
    EmptyState* m_empty = nullptr;
};

} // namespace ballast::ui
