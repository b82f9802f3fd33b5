#pragma once
// The liquidity heatmap's charts: a colour map of rows x columns with categorical axes thinned to
// what fits, a colour scale and cell hover/click; the slippage curves of a cell's pools.

#include "plots/chart.h"

#include <QStringList>
#include <QVector>

#include <vector>

class QCPColorMap;
class QCPColorScale;
class QMouseEvent;

namespace ballast::ui::plots {

class HeatmapChart final : public Chart
{
    Q_OBJECT

public:
    HeatmapChart(const QString& objectName, QWidget* parent);

    /// The grid's categories (columns left to right, rows top to bottom); resets the labels.
    void setCategories(const QStringList& columns, const QStringList& rows);
    enum class Scale { LogMoney, Percent, Coverage };
    /// Row-major values (NaN: no cell); log money scales colour depth, percent the others; coverage
    /// is a ratio on a fixed log scale from 0.1x (red) through 1x (amber) to 10x and more (teal).
    void setValues(const std::vector<double>& values, Scale scale, const QString& scaleLabel);
    /// Every k-th category is labelled: one label per 11 px of rows and 13 px of (rotated) columns.
    int labelledEvery(Qt::Orientation orientation) const { return orientation == Qt::Horizontal ? m_labelStep[0] : m_labelStep[1]; }

Q_SIGNALS:
    void cellHovered(int row, int column); // -1, -1: off the grid
    void cellClicked(int row, int column);

private:
    void relabel();
    bool cellAt(QMouseEvent* e, int& row, int& column) const;

    QCPColorMap* m_map;
    QCPColorScale* m_scale;
    QStringList m_columns, m_rows;
    int m_labelStep[2] = {0, 0};
};

struct Curve
{
    QString name;
    QVector<double> x, y;
};
/// Axis labels of a curves chart (money on x).
void setUpCurves(Chart& chart, const QString& xLabel, const QString& yLabel);
/// One line per curve, from y = 0 up.
void drawCurves(Chart& chart, const std::vector<Curve>& curves);

} // namespace ballast::ui::plots
