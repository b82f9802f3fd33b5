#include "views/survivalview.h"

#include "format.h"
#include "palette.h"
#include "plots/chart.h"
#include "plots/survivalchart.h"
#include "views/whatifview.h"
#include "widgets/emptystate.h"

#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace ballast::ui {
namespace {

QString quadrantText(SurvivalQuadrant q)
{
    switch (q) {
    case SurvivalQuadrant::Safe:
        return SurvivalView::tr("safe");
    case SurvivalQuadrant::PhysicalFirst:
        return SurvivalView::tr("fails physically first");
    case SurvivalQuadrant::FinancialFirst:
        return SurvivalView::tr("fails financially first");
    case SurvivalQuadrant::Both:
        return SurvivalView::tr("fails both ways");
    }
    return {};
}

QString days(double d)
{
    return std::isfinite(d) ? SurvivalView::tr("%1 d").arg(formatNumber(d, 1)) : QStringLiteral("∞");
}

} // namespace

SurvivalView::SurvivalView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    QVBoxLayout* v = nullptr;
    QHBoxLayout* h = addViewBar(this, &v);
    m_caption = addViewCaption(h);

    m_chart = new plots::Chart(QStringLiteral("survivalChart"), this);
    m_chart->setTitle(tr("Time to survive × health factor"));
    m_table = makeResultTable(this, {tr("Borrower"), tr("Survives"), tr("Recovers in"), tr("Weakest HF"),
                                      tr("HF after"), tr("Loans"), tr("Liq."), tr("Quadrant")});
    m_table->horizontalHeaderItem(6)->setToolTip(tr("Loans liquidated in the cascade"));
    m_table->horizontalHeaderItem(1)->setToolTip(tr("Days its cash lasts against the inflows the scenario "
                                                    "cuts (∞: none cut, or no cash and daily costs given)"));
    m_table->horizontalHeaderItem(2)->setToolTip(tr("Days until its own inflows come back"));
    m_table->horizontalHeaderItem(3)->setToolTip(
        tr("The lowest health factor any of its loans had in the cascade"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setObjectName(QStringLiteral("survivalTable"));
    m_table->setSortingEnabled(true);
    m_empty = new EmptyState(addChartBesideTable(v, m_chart, m_table));

    QCustomPlot* plot = m_chart->plot();
    plot->setMouseTracking(true);
    connect(plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) {
        const int i = plots::survivalPointAt(*m_chart, m_map, e->position());
        if (i < 0) return QToolTip::hideText();
        const SurvivalPoint& p = m_map.points[i];
        QToolTip::showText(
            e->globalPosition().toPoint(),
            tr("%1\nsurvives %2 (its inflows back in %3)\nweakest HF %4, %5 of %6 loan(s) liquidated\n%7")
                .arg(m_names[i], days(p.timeToSurviveDays), days(p.timeToRecoverDays),
                     formatHealth(p.weakestHealthFactor))
                .arg(p.liquidated)
                .arg(p.loans)
                .arg(quadrantText(p.quadrant)),
            m_chart->plot());
    });
    connect(plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        const int i = plots::survivalPointAt(*m_chart, m_map, e->position());
        if (i >= 0) m_desk->select({Selection::Kind::Node, m_map.points[i].node});
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        const int node = m_table->item(rows.front().row(), 0)->data(Qt::UserRole).toInt();
        if (m_desk->selection() != Selection{Selection::Kind::Node, node})
            m_desk->select({Selection::Kind::Node, node});
    });
    connect(desk, &DeskState::selectionChanged, this, [this] { followSelection(); });
    connect(desk, &DeskState::bookChanged, this, [this] { setRun(nullptr); });
    setRun(nullptr);
}

int SurvivalView::pointOfNode(int node) const
{
    for (size_t i = 0; i < m_map.points.size(); ++i)
        if (m_map.points[i].node == node) return static_cast<int>(i);
    return -1;
}

void SurvivalView::setRun(std::shared_ptr<const WhatIfRun> run)
{
    // a run of another book than the desk's (it changed since) is not shown
    if (run && run->book != m_desk->book()) run = nullptr;
    m_run = std::move(run);
    m_map = m_run ? survivalMap(*m_run->book, m_run->result) : SurvivalMap{};
    m_names.clear();
    if (m_run)
        for (const SurvivalPoint& p : m_map.points) {
            const Node& n = m_run->book->nodes[p.node];
            m_names.push_back(QString::fromStdString(n.name.empty() ? n.id : n.name));
        }
    if (!m_run) {
        m_empty->setMessage(tr("<b>Who fails first, and how?</b><br>Run a scenario in the What-if view "
                               "(Ctrl+R): every borrower appears "
                               "here by the days its cash lasts against the inflows the scenario cuts and "
                               "the weakest health factor "
                               "its loans reach in the cascade."));
        m_caption->setText(tr("No scenario run yet"));
    } else if (m_map.points.empty()) {
        m_empty->setMessage(tr("<b>No borrowers</b><br>Nobody in this book owes a loan, so no one can fail "
                               "financially; the what-if "
                               "view lists the nodes the scenario cuts off."));
        m_caption->clear();
    } else {
        m_empty->setMessage(QString());
        const QString name =
            QString::fromStdString(m_run->scenario.name.empty() ? m_run->scenario.id : m_run->scenario.name);
        const auto& n = m_map.counts;
        m_caption->setText(
            (m_map.recoverDays > 0
                 ? tr("%1: inflows come back within %2 at the latest.").arg(name, days(m_map.recoverDays))
                 : tr("%1 cuts no inflows: no borrower can fail physically.").arg(name)) +
            QLatin1Char(' ') +
            tr("%1 borrowers: %2 fail physically first, %3 financially first, %4 both ways, %5 safe.")
                .arg(m_map.points.size())
                .arg(n[static_cast<size_t>(SurvivalQuadrant::PhysicalFirst)])
                .arg(n[static_cast<size_t>(SurvivalQuadrant::FinancialFirst)])
                .arg(n[static_cast<size_t>(SurvivalQuadrant::Both)])
                .arg(n[static_cast<size_t>(SurvivalQuadrant::Safe)]));
    }
    const Selection s = m_desk->selection();
    m_selected = s.kind == Selection::Kind::Node ? pointOfNode(s.index) : -1;
    fillTable();
    redraw();
}

void SurvivalView::fillTable()
{
    const QSignalBlocker block(m_table);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_map.points.size()));
    const double inf = 1e300;
    for (size_t i = 0; i < m_map.points.size(); ++i) {
        const SurvivalPoint& p = m_map.points[i];
        const int r = static_cast<int>(i);
        auto* name = new QTableWidgetItem(m_names[i]);
        name->setData(Qt::UserRole, p.node);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1,
                         numberItem(days(p.timeToSurviveDays),
                                        std::isfinite(p.timeToSurviveDays) ? p.timeToSurviveDays : inf));
        m_table->setItem(
            r, 2,
            numberItem(p.timeToRecoverDays > 0 ? days(p.timeToRecoverDays) : QStringLiteral("–"),
                           p.timeToRecoverDays));
        m_table->setItem(r, 3,
                         numberItem(formatHealth(p.weakestHealthFactor),
                                        std::isfinite(p.weakestHealthFactor) ? p.weakestHealthFactor : inf));
        m_table->setItem(r, 4,
                         numberItem(formatHealth(p.weakestAfter),
                                        std::isfinite(p.weakestAfter) ? p.weakestAfter : inf));
        m_table->setItem(r, 5, numberItem(QString::number(p.loans), p.loans));
        m_table->setItem(r, 6, numberItem(QString::number(p.liquidated), p.liquidated));
        auto* q = new QTableWidgetItem(quadrantText(p.quadrant));
        q->setData(Qt::UserRole, static_cast<int>(p.quadrant));
        m_table->setItem(r, 7, q);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    followSelection();
}

void SurvivalView::followSelection()
{
    const Selection s = m_desk->selection();
    const int point = s.kind == Selection::Kind::Node ? pointOfNode(s.index) : -1;
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        for (int r = 0; point >= 0 && r < m_table->rowCount(); ++r)
            if (m_table->item(r, 0)->data(Qt::UserRole).toInt() == m_map.points[point].node) {
                m_table->selectRow(r);
                m_table->scrollToItem(m_table->item(r, 0));
            }
    }
    if (point != m_selected) {
        m_selected = point;
        redraw();
    }
}

void SurvivalView::redraw()
{
    if (m_map.points.empty()) return m_chart->clear();
    plots::drawSurvival(*m_chart, m_map, m_names, m_selected);
}

void SurvivalView::restyle()
{
    m_chart->restyle();
    redraw();
}

} // namespace ballast::ui
