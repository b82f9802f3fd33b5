#include "plots/chartstyle.h"

#include "format.h"
#include "palette.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <qcustomplot.h>

#include <algorithm>

namespace ballast::ui {


void styleChart(QCustomPlot* plot)
{
    enableChartExport(plot);
    const Colors c = colors();
    plot->setBackground(c.background);
    QFont f = plot->font();
    f.setPointSizeF(8.5 * chartFontScale());
    // titles (text elements in the layout) follow the scale too
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i))) {
            QFont tf = t->font();
            tf.setPointSizeF(9.0 * chartFontScale());
            t->setFont(tf);
        }
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* label = qobject_cast<QCPItemText*>(plot->item(i))) {
            QFont lf = label->font();
            lf.setPointSizeF(7.5 * chartFontScale());
            label->setFont(lf);
        }
    for (QCPAxis* a : plot->axisRect()->axes()) {
        a->setBasePen(QPen(c.grid));
        a->setTickPen(QPen(c.grid));
        a->setSubTickPen(Qt::NoPen);
        a->setTickLabelColor(c.muted);
        a->setLabelColor(c.muted);
        a->setTickLabelFont(f);
        a->setLabelFont(f);
        a->grid()->setPen(QPen(c.grid, 0, Qt::DotLine));
        a->grid()->setZeroLinePen(QPen(c.grid));
    }
    plot->axisRect()->setBackground(c.background);
    if (plot->legend && plot->legend->layout() == plot->axisRect()->insetLayout()) { // an inset legend gets a box
        plot->legend->setBrush(QBrush(c.panel));
        plot->legend->setBorderPen(QPen(c.grid));
    }
    if (plot->legend) {
        plot->legend->setTextColor(c.text);
        plot->legend->setFont(f);
    }
}

void legendUnderTitle(QCustomPlot* p)
{
    p->legend->setVisible(true);
    if (p->plotLayout()->rowCount() >= 3) return;
    p->plotLayout()->insertRow(1);
    p->plotLayout()->addElement(1, 0, p->legend);
    p->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    p->legend->setBorderPen(Qt::NoPen);
    p->legend->setBrush(Qt::NoBrush);
    p->legend->setMargins(QMargins(4, 0, 4, 0));
    p->plotLayout()->setRowStretchFactor(1, 0.001);
    p->plotLayout()->setRowSpacing(0);
}

namespace {
class MoneyTicker final : public QCPAxisTicker
{
public:
    explicit MoneyTicker(QCPAxis* axis) : m_axis(axis) { setTickCount(3); }

protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override { return label(tick); }

    double getTickStep(const QCPRange& range) override
    {
        // a horizontal axis gets as many ticks as its labels fit, up to three: the bars' names
        // leave the value axis narrow, and presentation type makes the labels wide
        if (m_axis && m_axis->orientation() == Qt::Horizontal && m_axis->axisRect()) {
            const QFontMetrics fm(m_axis->tickLabelFont());
            const int widest = std::max(fm.horizontalAdvance(label(range.lower)), fm.horizontalAdvance(label(range.upper)));
            const int room = m_axis->axisRect()->width() / std::max(1, widest + fm.horizontalAdvance(QStringLiteral("MM")));
            setTickCount(std::clamp(room - 1, 2, 3));
        }
        return QCPAxisTicker::getTickStep(range);
    }

private:
    static QString label(double v)
    {
        // compact: "50m", not "50.00m"
        static const QRegularExpression zeros(QStringLiteral("[.,]0+(?=[kmb])"));
        return formatMoney(v).remove(zeros);
    }
    QCPAxis* m_axis; // owns the ticker
};
} // namespace

void moneyAxis(QCPAxis* axis) { axis->setTicker(QSharedPointer<QCPAxisTicker>(new MoneyTicker(axis))); }

void enableChartExport(QCustomPlot* plot)
{
    if (plot->property("ballastExport").toBool()) return;
    plot->setProperty("ballastExport", true);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint& at) {
        QMenu menu(plot);
        auto save = [plot](const QString& filter, const QString& suffix) {
            QString f = QFileDialog::getSaveFileName(plot, QObject::tr("Export chart"), {}, filter);
            if (f.isEmpty()) return;
            if (!f.endsWith(suffix, Qt::CaseInsensitive)) f += suffix;
            if (!exportChart(plot, f)) QMessageBox::warning(plot, QObject::tr("Export chart"), QObject::tr("Could not write %1").arg(f));
        };
        menu.addAction(QObject::tr("Export as PNG…"), plot, [save] { save(QObject::tr("PNG (*.png)"), QStringLiteral(".png")); });
        menu.addAction(QObject::tr("Export as PDF…"), plot, [save] { save(QObject::tr("PDF (*.pdf)"), QStringLiteral(".pdf")); });
        menu.exec(plot->mapToGlobal(at));
    });
}

bool exportChart(QCustomPlot* plot, const QString& path)
{
    // a chart in a hidden dock has never been laid out: give it a page-like size
    const int w = std::max(plot->width(), 900), h = std::max(plot->height(), 560);
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) return plot->savePdf(path, w, h);
    return plot->savePng(path, w, h, 2.0);
}

} // namespace ballast::ui
