#include "lenderreport.h"

#include "format.h"
#include "views/whatifview.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include "plots/chart.h"

namespace ballast::ui {

bool writeLenderReport(const QString& path, const ExposureEngine& engine, const QList<plots::Chart*>& dashboard, const WhatIfRun* run,
                       const QList<plots::Chart*>& whatIfCharts)
{
    const ExposureEngine* e = &engine;
    const Book& b = e->book();
    const Totals& t = e->result().totals;
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(QCoreApplication::translate("LenderReport", "Ballast report — %1").arg(QString::fromStdString(b.meta.name)));
    pdf.setCreator(QStringLiteral("Ballast"));
    QPainter p;
    if (!p.begin(&pdf)) return false;
    const QRect page(0, 0, pdf.width(), pdf.height());
    const int margin = 90;
    int y = margin;
    QFont title = p.font();
    title.setPointSizeF(18);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(9.5);
    p.setFont(title);
    p.drawText(QRect(margin, y, page.width() - 2 * margin, 60), Qt::AlignLeft, QString::fromStdString(b.meta.name));
    y += 70;
    p.setFont(body);
    const QString summary =
        QCoreApplication::translate("LenderReport", "As of %1 · %2 positions · %3 loans · %4 nodes · %5 pools\n\n"
           "Exposure %6 · exit value %7 (liquidation cost %8) · debt %9 · collateral coverage %10× · min health factor %11 · "
           "loans at risk %12.")
            .arg(QString::fromStdString(formatIsoTime(b.meta.asOf)))
            .arg(b.positions.size())
            .arg(b.loans.size())
            .arg(b.nodes.size())
            .arg(b.pools.size())
            .arg(formatMoney(t.marketValue), formatMoney(t.exitValue), formatMoney(t.liquidationCost), formatMoney(t.debtValue))
            .arg(t.collateralCoverage, 0, 'f', 2)
            .arg(formatHealth(t.minHealthFactor))
            .arg(t.loansAtRisk);
    QRect textBox(margin, y, page.width() - 2 * margin, 200);
    QRect used = p.boundingRect(textBox, Qt::TextWordWrap, summary);
    p.drawText(textBox, Qt::TextWordWrap, summary);
    y += used.height() + 30;
    auto drawWidget = [&](const plots::Chart* w, int height) {
        if (y + height > page.height() - margin) {
            pdf.newPage();
            y = margin;
        }
        // rendered at a fixed size: the chart may sit in a hidden dock
        const QPixmap pm = w->toPixmap(1400, 1400 * height / (page.width() - 2 * margin));
        p.drawPixmap(QRect(margin, y, page.width() - 2 * margin, height), pm);
        y += height + 30;
    };
    for (int i = 0; i < 2 && i < dashboard.size(); ++i) drawWidget(dashboard[i], 520);
    if (run) {
        pdf.newPage();
        y = margin;
        p.setFont(title);
        p.drawText(QRect(margin, y, page.width() - 2 * margin, 60), Qt::AlignLeft, QCoreApplication::translate("LenderReport", "Scenario: %1").arg(QString::fromStdString(run->scenario.name)));
        y += 70;
        p.setFont(body);
        const ShockResult& r = run->result;
        const QString text = QCoreApplication::translate("LenderReport", "Total loss %1 (price %2, liquidation penalty %3, fire sale %4, oracle %5, defaults %6, supply chain %7, hedges %8). "
                                "Bad debt %9; %10 liquidations over %11 rounds; %12 defaults.")
                                 .arg(formatMoney(r.losses.total()), formatMoney(r.losses.price), formatMoney(r.losses.liquidationPenalty),
                                      formatMoney(r.losses.fireSale), formatMoney(r.losses.oracle), formatMoney(r.losses.defaults),
                                      formatMoney(r.losses.supplyChain), formatMoney(r.losses.hedges), formatMoney(r.badDebt))
                                 .arg(r.liquidations)
                                 .arg(r.rounds.size())
                                 .arg(r.defaults);
        used = p.boundingRect(QRect(margin, y, page.width() - 2 * margin, 300), Qt::TextWordWrap, text);
        p.drawText(QRect(margin, y, page.width() - 2 * margin, 300), Qt::TextWordWrap, text);
        y += used.height() + 30;
        for (const plots::Chart* c : whatIfCharts) drawWidget(c, 560);
    }
    p.end();
    return true;
}

} // namespace ballast::ui
