#pragma once
// A chart of the desk: a QCustomPlot with a title row, in the desk's style, with the PNG/PDF
// export menu. Views hold Charts and hand them data through the drawing functions of ui/plots/;
// only code under ui/plots/ includes QCustomPlot.

#include <QPixmap>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPPainter;

namespace ballast::ui::plots {

class Chart : public QWidget
{
    Q_OBJECT

public:
    /// `None` for a chart whose caption sits outside it (a label or a group box beside it):
    /// such a chart has no title row, and setTitle() on it is a programming error.
    enum class Title { Shown, None };
    Chart(const QString& objectName, QWidget* parent, Title title = Title::Shown);

    QCustomPlot* plot() const { return m_plot; }
    void setTitle(const QString& title);
    /// Restyles after the theme or the type size changed, and redraws.
    void restyle();
    /// Removes what is drawn (plottables and items) and redraws an empty frame.
    void clear();
    /// PNG or PDF by extension; false when the file cannot be written.
    bool exportTo(const QString& path) const;
    /// The chart laid out for `width` x `height` logical pixels (it may sit in a hidden dock) and
    /// drawn `scale` times as dense: scale = dpi / 96 gives print resolution with type at its
    /// point size.
    QPixmap toPixmap(int width, int height, double scale = 1.0) const;
    /// Draws the chart into `target` as vectors (paths and text, not pixels), in the page
    /// painter's logical units: 96-dpi pixels put the type at its point size.
    void paint(class PagePainter& page, const QRectF& target) const;

protected:
    void resizeEvent(QResizeEvent* e) override;

private:
    void fitTitle(); // elided to the width, so that a narrow chart's title is not cut at both ends

    QCustomPlot* m_plot;
    QString m_title;
};

/// The painter of PDF pages that charts draw into as vectors (a QCustomPlot painter underneath).
class PagePainter
{
public:
    PagePainter();
    ~PagePainter();
    QPainter& painter();

private:
    friend class Chart;
    std::unique_ptr<QCPPainter> m_painter;
};

/// The chart holding the keyboard focus, else the first visible one; null when none is visible.
Chart* focusedChart(const QList<Chart*>& charts);

} // namespace ballast::ui::plots
