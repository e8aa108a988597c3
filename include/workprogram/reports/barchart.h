#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportcontent.h"

#include <QImage>
#include <QString>
#include <QVector>

namespace wp::reports {

/// A horizontal bar chart drawn with QPainter in the report typeface: a title, one labelled
/// bar per row with its figure after it, and a scale from 0 to a maximum under the bars.
/// Placed whole on a page like any other block. (Qt Charts is Widgets-based, so wp_reports
/// draws its own; the GUI dashboard uses Qt Charts.)
class BarChart final : public Block
{
public:
    using Bar = ChartBar;

    /// @p ticks: how many equal steps the scale from 0 to @p maximum has; @p unit follows each
    /// figure of the scale ("%"). An empty @p title draws the bars alone.
    BarChart(QString title, QVector<Bar> bars, double maximum, int ticks = 4, QString unit = QString());
    explicit BarChart(const ChartPart& part);
    double height(const PageCanvas& canvas) const override;
    void paint(PageCanvas& canvas, double top) const override;

    /// The chart as a picture @p widthMm wide at @p dpi on white, for a document that embeds
    /// pictures (Word); its resolution is set, so that it is printed at that width.
    QImage image(double widthMm, double dpi) const;

private:
    /// Where the chart is drawn: a page's body or a picture.
    struct Surface
    {
        QPaintDevice* device = nullptr;
        double dpi = 72;
        double left = 0;
        double width = 0;
        double mm(double v) const { return v * dpi / 25.4; }
    };
    double heightOn(const Surface& s) const;
    void draw(QPainter& p, const Surface& s, double top) const;
    double labelWidth(const Surface& s) const;
    double rowHeight(const Surface& s, const Bar& bar) const;

    QString m_title;
    QVector<Bar> m_bars;
    double m_maximum;
    int m_ticks;
    QString m_unit;
};

} // namespace wp::reports
