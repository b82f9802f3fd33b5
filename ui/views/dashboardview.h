#pragma once
// The exposure dashboard: exposure by counterparty, venue and asset; the health-factor
// distribution of the loans; Greeks by underlying; live time series of exposure and min HF.

#include "deskstate.h"

#include <QHash>
#include <QWidget>

class QTableWidget;

namespace ballast::ui {

namespace plots {
class Chart;
}

class EmptyState;

class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(DeskState* desk, QWidget* parent = nullptr);
    void refresh();
    QList<plots::Chart*> charts() const;

private:
    void refreshSeries();
    void refreshSupplyChain(const ExposureEngine& engine);
    void say(QWidget* chart, const QString& message); // its empty state; an empty message hides it

    DeskState* m_desk;
    plots::Chart *m_byNode, *m_byVenue, *m_byAsset, *m_health, *m_series;
    QTableWidget* m_greeks;
    QHash<QWidget*, EmptyState*> m_empty;
};

} // namespace ballast::ui
