#include "stressview.h"

#include "palette.h"
#include "plots/chartstyle.h"
#include "format.h"
#include "workers/booktask.h"
#include "widgets/emptystate.h"
#include "workers/handoff.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace ballast::ui {

StressView::StressView(DeskState* desk, QWidget* parent) : QWidget(parent), m_desk(desk)
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    auto* left = new QWidget(this);
    left->setMaximumWidth(300);
    auto* form = new QFormLayout(left);
    form->setContentsMargins(0, 0, 0, 0);
    m_scenarios = new QSpinBox(left);
    m_scenarios->setRange(10, 1000000);
    m_scenarios->setValue(2000);
    m_scenarios->setGroupSeparatorShown(true);
    m_seed = new QSpinBox(left);
    m_seed->setRange(1, 1 << 30);
    m_seed->setValue(1);
    m_horizon = new QDoubleSpinBox(left);
    m_horizon->setRange(0.01, 365);
    m_horizon->setSuffix(tr(" days"));
    m_dof = new QSpinBox(left);
    m_dof->setRange(0, 100);
    m_dof->setSpecialValueText(tr("Gaussian"));
    m_dof->setToolTip(tr("Student-t degrees of freedom for fat tails (0 = Gaussian)"));
    m_jumps = new QDoubleSpinBox(left);
    m_jumps->setRange(0, 50);
    m_jumps->setSuffix(tr(" / year"));
    m_jumps->setToolTip(tr("Crash jumps per year per crypto asset (mean −15%)"));
    m_history = new QCheckBox(tr("Correlation from price history"), left);
    m_breakers = new QCheckBox(tr("Circuit breakers on"), left);
    m_breakers->setChecked(true);
    form->addRow(tr("Scenarios"), m_scenarios);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Horizon"), m_horizon);
    form->addRow(tr("Fat tails"), m_dof);
    form->addRow(tr("Jumps"), m_jumps);
    form->addRow(m_history);
    form->addRow(m_breakers);
    auto* buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run Monte Carlo"), left);
    m_cancelButton = new QPushButton(tr("Cancel"), left);
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    form->addRow(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setRange(0, 100);
    form->addRow(m_progress);
    m_status = new QLabel(left);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("muted"));
    form->addRow(m_status);
    m_table = new QTableWidget(left);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Value")});
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(20);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    form->addRow(m_table);
    outer->addWidget(left);

    auto* charts = new QSplitter(Qt::Vertical, this);
    m_histogram = new QCustomPlot(charts);
    m_defaults = new QCustomPlot(charts);
    styleChart(m_histogram);
    styleChart(m_defaults);
    charts->addWidget(m_histogram);
    charts->addWidget(m_defaults);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 1);
    outer->addWidget(charts, 1);
    m_empty = new EmptyState(charts);
    m_empty->setMessage(tr("<b>No book open</b><br>File > Open, or File > Import CSV…"));

    connect(m_runButton, &QPushButton::clicked, this, &StressView::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &StressView::cancel);
    whenFinished(m_watcher, this, [this] {
        m_runButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        const JobResult<std::shared_ptr<StressResult>> r = m_watcher.result();
        if (!r || (*r.value)->cancelled) {
            m_status->setText(r ? tr("Cancelled.") : tr("The run failed: %1").arg(QString::fromStdString(r.error)));
            m_progress->setValue(0);
            Q_EMIT finished(false);
            return;
        }
        m_result = *r.value;
        m_progress->setValue(100);
        m_empty->setMessage({});
        show();
        Q_EMIT finished(true);
    });
    connect(desk, &DeskState::bookChanged, this, [this] {
        m_result.reset();
        if (const BookPtr b = m_desk->book()) m_horizon->setValue(b->settings.horizonDays);
        m_histogram->clearPlottables();
        m_histogram->clearItems();
        m_histogram->replot();
        m_table->setRowCount(0);
        m_status->setText(tr("Correlated shocks to every priced asset, a full cascade per scenario."));
        const BookPtr b = m_desk->book();
        const bool runnable = b && monteCarloPrerequisites(*b).empty();
        m_runButton->setEnabled(runnable);
        if (!b) m_empty->setMessage(tr("<b>No book open</b><br>File > Open, or File > Import CSV…"));
        else if (!runnable)
            m_empty->setMessage(b->assets.empty()
                                    ? tr("<b>No market data yet</b><br>Monte Carlo shocks the prices of the book's assets, and this book has none.<br>"
                                         "Add assets with a price and a volatility to the workbook, or File > Import CSV… with a prices.csv.")
                                    : tr("<b>No asset has a volatility</b><br>Monte Carlo needs at least one risk factor: an asset (not a token) "
                                         "with an annualised <i>volatility</i> in the workbook."));
        else m_empty->setMessage(tr("<b>No run yet</b><br>Choose the number of scenarios and press Run Monte Carlo (Ctrl+Shift+R)."));
    });
}

StressView::~StressView()
{
    if (m_token) m_token->cancel();
    m_watcher.waitForFinished();
}

void StressView::setScenarios(int n) { m_scenarios->setValue(n); }

void StressView::run()
{
    const BookPtr book = m_desk->book();
    if (m_watcher.isRunning()) return;
    if (!book || !monteCarloPrerequisites(*book).empty()) { // the empty state says why
        Q_EMIT finished(false);
        return;
    }
    StressOptions o;
    o.scenarios = m_scenarios->value();
    o.seed = static_cast<std::uint64_t>(m_seed->value());
    o.horizonDays = m_horizon->value();
    o.studentT = m_dof->value();
    o.jumpIntensity = m_jumps->value();
    o.fromHistory = m_history->isChecked();
    o.breakers = m_breakers->isChecked();
    auto token = guiProgress(this, [this](int percent) {
        m_progress->setValue(percent);
        Q_EMIT progressChanged(percent);
    });
    m_token = token;
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Running %L1 scenarios on worker threads…").arg(o.scenarios));
    m_watcher.setFuture(runJob([book, o, token] { return std::make_shared<StressResult>(runMonteCarlo(*book, o, token.get())); }));
}

void StressView::cancel()
{
    if (m_token) m_token->cancel();
}

void StressView::show()
{
    const StressResult& r = *m_result;
    const Colors c = colors();
    m_status->setText(tr("%L1 scenarios in %2 s (%L3 per second, %4 threads); %5 correlation eigenvalue(s) repaired.")
                          .arg(r.scenarios)
                          .arg(r.elapsedMs / 1000.0, 0, 'f', 2)
                          .arg(static_cast<long long>(r.scenariosPerSecond))
                          .arg(r.threads)
                          .arg(r.psdRepairs));
    // histogram
    QCustomPlot* p = m_histogram;
    p->clearPlottables();
    p->clearItems();
    auto* bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(c.series[0]);
    bars->setWidth(r.histogramWidth * 0.9);
    long long hi = 1;
    for (size_t i = 0; i < r.histogram.size(); ++i) {
        bars->addData(r.histogramMin + (i + 0.5) * r.histogramWidth, static_cast<double>(r.histogram[i]));
        hi = std::max(hi, r.histogram[i]);
    }
    auto marker = [&](double x, const QColor& col, const QString& text, double at) {
        auto* line = new QCPItemStraightLine(p);
        line->point1->setCoords(x, 0);
        line->point2->setCoords(x, 1);
        line->setPen(QPen(col, 1.6, Qt::DashLine));
        auto* label = new QCPItemText(p);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(x, hi * at);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setText(text);
        label->setColor(col);
    };
    for (size_t k = 0; k < r.confidence.size(); ++k) {
        const QString q = QStringLiteral("%1%").arg(r.confidence[k] * 100, 0, 'f', 0);
        marker(r.var[k], c.warn, tr("VaR %1 %2").arg(q, formatMoney(r.var[k])), 1.0 - 0.16 * k);
        marker(r.es[k], c.bad, tr("ES %1 %2").arg(q, formatMoney(r.es[k])), 0.92 - 0.16 * k);
    }
    moneyAxis(p->xAxis);
    p->xAxis->setLabel(tr("loss over the horizon"));
    p->yAxis->setLabel(tr("scenarios"));
    p->xAxis->setRange(r.histogramMin, r.histogramMin + r.histogramWidth * std::max<size_t>(1, r.histogram.size()));
    p->yAxis->setRange(0, hi * 1.1);
    if (p->plotLayout()->rowCount() == 1) {
        p->plotLayout()->insertRow(0);
        p->plotLayout()->addElement(0, 0, new QCPTextElement(p, QString(), QFont(p->font().family(), 9, QFont::DemiBold)));
    }
    if (auto* t = qobject_cast<QCPTextElement*>(p->plotLayout()->element(0, 0))) {
        t->setText(tr("Monte Carlo loss distribution — %L1 scenarios, mean %2, max %3").arg(r.scenarios).arg(formatMoney(r.meanLoss), formatMoney(r.maxLoss)));
        t->setTextColor(c.text);
    }
    styleChart(p);
    p->replot(QCustomPlot::rpQueuedReplot);

    // defaults distribution
    QCustomPlot* d = m_defaults;
    d->clearPlottables();
    auto* db = new QCPBars(d->xAxis, d->yAxis);
    db->setPen(Qt::NoPen);
    db->setBrush(c.series[4]);
    db->setWidth(0.7);
    double dh = 1, dmax = 1;
    for (const auto& [n, count] : r.defaultCounts) {
        db->addData(n, static_cast<double>(count) / std::max(1LL, r.scenarios) * 100.0);
        dh = std::max(dh, static_cast<double>(count) / std::max(1LL, r.scenarios) * 100.0);
        dmax = std::max(dmax, static_cast<double>(n));
    }
    auto fixed = QSharedPointer<QCPAxisTickerFixed>::create();
    fixed->setTickStep(1.0);
    fixed->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    d->xAxis->setTicker(fixed);
    d->xAxis->setLabel(tr("defaults in a scenario"));
    d->yAxis->setLabel(tr("% of scenarios"));
    d->xAxis->setRange(-0.6, dmax + 0.6);
    d->yAxis->setRange(0, dh * 1.1);
    styleChart(d);
    d->replot(QCustomPlot::rpQueuedReplot);

    // table
    QList<QPair<QString, QString>> rows;
    for (size_t k = 0; k < r.confidence.size(); ++k) {
        const QString q = QStringLiteral("%1%").arg(r.confidence[k] * 100, 0, 'f', 0);
        rows << qMakePair(tr("VaR %1").arg(q), formatMoney(r.var[k])) << qMakePair(tr("ES %1").arg(q), formatMoney(r.es[k]))
             << qMakePair(tr("Liq. at risk %1").arg(q), formatMoney(r.liquidationsAtRisk[k]))
             << qMakePair(tr("Bad debt %1").arg(q), formatMoney(r.badDebtQuantile[k]));
    }
    rows << qMakePair(tr("Mean loss"), formatMoney(r.meanLoss)) << qMakePair(tr("Max loss"), formatMoney(r.maxLoss))
         << qMakePair(tr("Mean bad debt"), formatMoney(r.meanBadDebt)) << qMakePair(tr("Risk factors"), QString::number(r.factors.size()));
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        auto* v = new QTableWidgetItem(rows[i].second);
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, v);
    }
}

} // namespace ballast::ui
