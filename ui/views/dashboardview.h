#pragma once
// The exposure dashboard: exposure by counterparty, venue and asset; the health-factor
// distribution of the loans; Greeks by underlying; live time series of exposure and min HF.

#include "deskstate.h"

#include <QHash>
#include <QWidget>

class QCustomPlot;
class QTableWidget;
class QTimer;

namespace ballast::ui {

class EmptyState;

class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(DeskState* desk, QWidget* parent = nullptr);
    void refresh();
    QList<QCustomPlot*> charts() const;

private:
    void refreshSeries();
    void refreshSupplyChain(const ExposureEngine& engine);
    void say(QWidget* chart, const QString& message); // its empty state; an empty message hides it

    DeskState* m_desk;
    QCustomPlot *m_byNode, *m_byVenue, *m_byAsset, *m_health, *m_series;
    QTableWidget* m_greeks;
    QHash<QWidget*, EmptyState*> m_empty;
};

/// A horizontal bar chart of the top entries (largest first), with categorical labels.
void horizontalBars(QCustomPlot* plot, const QString& title, const QVector<QString>& labels, const QVector<double>& values,
                    const QColor& color, const QVector<double>& second = {}, const QColor& secondColor = {},
                    const QString& firstName = {}, const QString& secondName = {});

} // namespace ballast::ui
