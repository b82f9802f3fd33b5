#include "plots/chart.h"

#include "palette.h"
#include "plots/chartstyle.h"

#include <QApplication>
#include <QFontMetrics>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace ballast::ui::plots {

Chart::Chart(const QString& objectName, QWidget* parent, Title title) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(objectName);
    m_plot->setObjectName(objectName + QStringLiteral("Plot"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_plot);
    setMinimumSize(150, 90);
    if (title == Title::Shown) {
        m_plot->plotLayout()->insertRow(0);
        auto* t = new QCPTextElement(m_plot, QString(), QFont(m_plot->font().family(), 9, QFont::DemiBold));
        t->setTextColor(colors().text);
        m_plot->plotLayout()->addElement(0, 0, t);
    }
    styleChart(m_plot);
}

void Chart::setTitle(const QString& text)
{
    auto* t = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0));
    Q_ASSERT_X(t, "Chart::setTitle", "a chart made with Title::None has no title row");
    m_title = text;
    if (t) t->setTextColor(colors().text);
    fitTitle();
}

void Chart::fitTitle()
{
    auto* t = m_plot->plotLayout()->rowCount() > 0 ? qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(0, 0)) : nullptr;
    if (!t) return;
    const int room = std::max(40, width() - 12);
    const QFontMetrics fm(t->font());
    QString shown = m_title;
    if (fm.horizontalAdvance(m_title) > room) {
        // too long for one line: its detail (what follows " (", " — ", ": " or ", ") goes on a second
        // line, and only what still does not fit is elided ("Health factors (77 loans, min 1.02)" in
        // a narrow dock or on a presenter's screen kept its numbers out of sight)
        struct Break { QString at, endFirst; int skip; };
        const Break breaks[] = {{QStringLiteral(" ("), QString(), 1}, {QStringLiteral(" — "), QStringLiteral(" —"), 3},
                                {QStringLiteral(": "), QStringLiteral(":"), 2}, {QStringLiteral(", "), QStringLiteral(","), 2}};
        shown = fm.elidedText(m_title, Qt::ElideRight, room);
        for (const Break& br : breaks) {
            const int i = m_title.indexOf(br.at);
            if (i <= 0) continue;
            const QString first = m_title.left(i) + br.endFirst, second = m_title.mid(i + br.skip);
            shown = fm.elidedText(first, Qt::ElideRight, room) + QLatin1Char('\n') + fm.elidedText(second, Qt::ElideRight, room);
            break;
        }
    }
    if (shown != t->text()) t->setText(shown);
}

void Chart::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    if (!m_title.isEmpty()) fitTitle();
}

void Chart::restyle()
{
    styleChart(m_plot);
    if (!m_title.isEmpty()) fitTitle(); // the type size may have changed
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void Chart::clear()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->replot();
}

Chart* focusedChart(const QList<Chart*>& charts)
{
    Chart* target = nullptr;
    for (Chart* c : charts)
        if (c->isVisible() && (c->isAncestorOf(QApplication::focusWidget()) || !target)) target = c;
    return target;
}

bool Chart::exportTo(const QString& path) const { return exportChart(m_plot, path); }

QPixmap Chart::toPixmap(int width, int height, double scale) const { return m_plot->toPixmap(width, height, scale); }

void Chart::paint(PagePainter& page, const QRectF& target) const
{
    QCPPainter& painter = *page.m_painter;
    const int w = qRound(target.width()), h = qRound(target.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.setClipRect(QRectF(0, 0, w, h), Qt::IntersectClip);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    m_plot->toPainter(&painter, w, h);
    painter.restore();
}

PagePainter::PagePainter() : m_painter(std::make_unique<QCPPainter>()) {}
PagePainter::~PagePainter() = default;
QPainter& PagePainter::painter() { return *m_painter; }

} // namespace ballast::ui::plots
