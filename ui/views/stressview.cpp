#include "stressview.h"

#include "palette.h"
#include "plots/chart.h"
#include "plots/stresscharts.h"
#include "format.h"
#include "workers/booktask.h"
#include "widgets/emptystate.h"
#include "workers/handoff.h"
#include "json_io.h"
#include "report.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
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

#include <fstream>

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
    m_runOn = new QComboBox(left);
    m_runOn->addItem(tr("This machine"));
    m_runOn->addItem(tr("A launcher (MPI)"));
    m_runOn->setObjectName(QStringLiteral("stressRunOn"));
    m_command = new QLineEdit(left);
    m_command->setObjectName(QStringLiteral("stressLauncher"));
    m_command->setPlaceholderText(QStringLiteral("mpirun -np 8 --hostfile hosts"));
    m_command->setToolTip(tr("The command that starts ballast-mpi on the ranks; the run's arguments follow it "
                             "(docs/SCALE.md). Kept for the next session."));
    {
        QSettings settings;
        m_command->setText(settings.value(QStringLiteral("stress/launcher")).toString());
        m_runOn->setCurrentIndex(settings.value(QStringLiteral("stress/runOnLauncher"), false).toBool() ? 1 : 0);
    }
    m_command->setEnabled(m_runOn->currentIndex() == 1);
    connect(m_runOn, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_command->setEnabled(i == 1);
        QSettings().setValue(QStringLiteral("stress/runOnLauncher"), i == 1);
    });
    connect(m_command, &QLineEdit::editingFinished, this, [this] { QSettings().setValue(QStringLiteral("stress/launcher"), m_command->text()); });
    form->addRow(tr("Run on"), m_runOn);
    form->addRow(tr("Launcher"), m_command);
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
    m_histogram = new plots::Chart(QStringLiteral("chartLossHistogram"), charts);
    m_defaults = new plots::Chart(QStringLiteral("chartDefaults"), charts, plots::Chart::Title::None);
    charts->addWidget(m_histogram);
    charts->addWidget(m_defaults);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 1);
    outer->addWidget(charts, 1);
    m_empty = new EmptyState(charts);
    m_empty->setMessage(tr("<b>No book open</b><br>File > Open, or File > Import CSV…"));

    whenFinished(m_writer, this, [this] {
        const JobResult<QString> w = m_writer.result();
        if (!w || m_cancelled) {
            m_status->setText(m_cancelled ? tr("Cancelled.") : tr("The run failed: %1").arg(QString::fromStdString(w.error)));
            m_runButton->setEnabled(true);
            m_cancelButton->setEnabled(false);
            done(false);
            return;
        }
        m_process = new QProcess(this);
        connect(m_process, &QProcess::readyReadStandardError, this, [this] {
            m_stderr += m_process->readAllStandardError();
            // "ballast-mpi: 4096/10000 scenarios, 812/s on 8 rank(s), ETA 7 s": the last one
            static const QRegularExpression line(QStringLiteral("(\\d+)/(\\d+) scenarios, (\\d+)/s on (\\d+) rank\\(s\\), ETA (\\d+) s"));
            QRegularExpressionMatch last;
            for (auto it = line.globalMatch(QString::fromUtf8(m_stderr.right(4096))); it.hasNext();) last = it.next();
            if (!last.hasMatch()) return;
            const double done = last.captured(1).toDouble(), all = last.captured(2).toDouble();
            const int percent = all > 0 ? static_cast<int>(100 * done / all) : 0;
            m_progress->setValue(percent);
            Q_EMIT progressChanged(percent);
            m_status->setText(tr("On %1 MPI rank(s): %L2 of %L3 scenarios, %L4 per second, about %5 s left")
                                  .arg(last.captured(4), last.captured(1), last.captured(2), last.captured(3), last.captured(5)));
        });
        connect(m_process, &QProcess::finished, this, [this] { launcherDone(); });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart) launcherDone();
        });
        m_status->setText(tr("Starting %1…").arg(m_launch.first));
        m_process->start(m_launch.first, m_launch.second);
    });
    connect(m_runButton, &QPushButton::clicked, this, &StressView::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &StressView::cancel);
    whenFinished(m_watcher, this, [this] {
        m_runButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        const JobResult<std::shared_ptr<StressResult>> r = m_watcher.result();
        if (!r || (*r.value)->cancelled) {
            m_status->setText(r ? tr("Cancelled.") : tr("The run failed: %1").arg(QString::fromStdString(r.error)));
            m_progress->setValue(0);
            done(false);
            return;
        }
        m_result = *r.value;
        m_progress->setValue(100);
        m_empty->setMessage({});
        show();
        const StressResult& res = *m_result;
        Q_EMIT logged(tr("Monte Carlo: %L1 scenarios, VaR99 %2, ES99 %3 (%4 s)")
                          .arg(res.scenarios)
                          .arg(formatMoney(res.var.empty() ? 0 : res.var.back()), formatMoney(res.es.empty() ? 0 : res.es.back()))
                          .arg(res.elapsedMs / 1000.0, 0, 'f', 2));
        done(true);
    });
    connect(desk, &DeskState::bookChanged, this, [this] {
        m_result.reset();
        if (const BookPtr b = m_desk->book()) m_horizon->setValue(b->settings.horizonDays);
        m_histogram->clear();
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
    waitFor(m_watcher);
    waitFor(m_writer);
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

void StressView::setLauncher(const QString& command)
{
    m_command->setText(command);
    m_runOn->setCurrentIndex(command.trimmed().isEmpty() ? 0 : 1);
    QSettings().setValue(QStringLiteral("stress/launcher"), command);
}

QString StressView::launcher() const { return m_runOn->currentIndex() == 1 ? m_command->text().trimmed() : QString(); }

void StressView::runWithLauncher(const BookPtr& book, const StressOptions& o)
{
    // ballast-mpi next to this executable (BALLAST_MPI overrides: tests, other installs)
    QString mpi = qEnvironmentVariable("BALLAST_MPI");
    if (mpi.isEmpty()) mpi = QCoreApplication::applicationDirPath() + QStringLiteral("/ballast-mpi");
    const QStringList command = QProcess::splitCommand(launcher());
    if (command.isEmpty() || !QFileInfo(mpi).isExecutable()) {
        m_status->setText(command.isEmpty() ? tr("Set the launcher command first (e.g. mpirun -np 8 --hostfile hosts).")
                                            : tr("ballast-mpi is not installed next to ballast (%1): build Ballast with MPI, see docs/SCALE.md.").arg(mpi));
        done(false);
        return;
    }
    m_busy = true;
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("book.json"));
    QStringList args = command.mid(1);
    args << mpi << QStringLiteral("stress") << path << QStringLiteral("--json") << QStringLiteral("--scenarios") << QString::number(o.scenarios)
         << QStringLiteral("--seed") << QString::number(o.seed);
    if (o.studentT > 0) args << QStringLiteral("--student-t") << QString::number(o.studentT);
    if (o.jumpIntensity > 0) args << QStringLiteral("--jumps") << QString::number(o.jumpIntensity, 'g', 17);
    if (o.fromHistory) args << QStringLiteral("--from-history");
    if (!o.breakers) args << QStringLiteral("--no-breakers");
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_cancelled = false;
    m_stderr.clear();
    m_status->setText(tr("Writing the book for the launcher…"));
    // the book goes to a workbook file on a worker (the stress book takes seconds), then the launcher starts
    const double horizon = o.horizonDays;
    m_writer.setFuture(runJob([book, path, horizon] {
        Book copy = *book;
        copy.settings.horizonDays = horizon; // the view's horizon, as a local run takes it
        std::ofstream f(path.toStdString());
        f << workbookToJson(copy).dump();
        if (!f) throw std::runtime_error("cannot write " + path.toStdString());
        return path;
    }));
    m_launch = {command.front(), args};
}

void StressView::launcherDone()
{
    if (!m_process) return;
    QProcess* p = m_process;
    m_process = nullptr;
    p->deleteLater();
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    const QByteArray out = p->readAllStandardOutput();
    m_stderr += p->readAllStandardError();
    const bool ok = p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0 && p->error() != QProcess::FailedToStart;
    const BookPtr book = m_desk->book();
    if (m_cancelled || !ok || !book) {
        QStringList tail = QString::fromUtf8(m_stderr).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        while (tail.size() > 3) tail.removeFirst();
        m_status->setText(m_cancelled ? tr("Cancelled.")
                          : p->error() == QProcess::FailedToStart ? tr("The launcher did not start: %1").arg(p->errorString())
                                                                  : tr("The launcher ended with status %1, no result: %2").arg(p->exitCode()).arg(tail.join(QLatin1Char(' '))));
        m_progress->setValue(0);
        done(false);
        return;
    }
    const auto j = nlohmann::json::parse(out.constData(), out.constData() + out.size(), nullptr, false);
    auto r = stressFromJson(*book, j);
    if (!r) {
        m_status->setText(tr("The launcher's output is not a stress result (%1).").arg(QString::fromStdString(r.issues().front().place)));
        done(false);
        return;
    }
    const int ranks = j.is_object() ? j.value("ranks", 1) : 1;
    m_result = std::make_shared<StressResult>(std::move(*r));
    m_progress->setValue(100);
    m_empty->setMessage({});
    show();
    m_status->setText(m_status->text() + QLatin1Char(' ') +
                      (ranks == 1 ? tr("Run by the launcher on 1 rank.") : tr("Run by the launcher on %1 ranks.").arg(ranks)));
    const StressResult& res = *m_result;
    Q_EMIT logged(tr("Monte Carlo on %1 MPI rank(s): %L2 scenarios, VaR99 %3, ES99 %4 (%5 s)")
                      .arg(ranks)
                      .arg(res.scenarios)
                      .arg(formatMoney(res.var.empty() ? 0 : res.var.back()), formatMoney(res.es.empty() ? 0 : res.es.back()))
                      .arg(res.elapsedMs / 1000.0, 0, 'f', 2));
    done(true);
}

void StressView::setScenarios(int n) { m_scenarios->setValue(n); }

void StressView::run()
{
    const BookPtr book = m_desk->book();
    if (m_busy) return;
    if (!book || !monteCarloPrerequisites(*book).empty()) { // the empty state says why
        done(false);
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
    if (!launcher().isEmpty() || m_runOn->currentIndex() == 1) return runWithLauncher(book, o);
    auto token = guiProgress(this, [this](int percent) {
        m_progress->setValue(percent);
        Q_EMIT progressChanged(percent);
    });
    m_token = token;
    m_busy = true;
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_status->setText(tr("Running %L1 scenarios on worker threads…").arg(o.scenarios));
    m_watcher.setFuture(runJob([book, o, token] { return std::make_shared<StressResult>(runMonteCarlo(*book, o, token.get())); }));
}

void StressView::done(bool ok)
{
    m_busy = false; // before the signal: a slot may start the next run
    Q_EMIT finished(ok);
}

void StressView::cancel()
{
    if (m_token) m_token->cancel();
    m_cancelled = true;
    if (m_process) { // mpirun passes SIGTERM to the ranks; a launcher that ignores it is killed
        m_process->terminate();
        QTimer::singleShot(3000, this, [p = QPointer<QProcess>(m_process)] {
            if (p) p->kill();
        });
    }
}

void StressView::show()
{
    const StressResult& r = *m_result;
    m_status->setText(tr("%L1 scenarios in %2 s (%L3 per second, %4 threads); %5 correlation eigenvalue(s) repaired.")
                          .arg(r.scenarios)
                          .arg(r.elapsedMs / 1000.0, 0, 'f', 2)
                          .arg(static_cast<long long>(r.scenariosPerSecond))
                          .arg(r.threads)
                          .arg(r.psdRepairs));
    plots::drawLossHistogram(*m_histogram, r);
    plots::drawDefaultCounts(*m_defaults, r);

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
