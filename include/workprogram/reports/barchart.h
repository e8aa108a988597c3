#pragma once

#include "workprogram/reports/pagecanvas.h"

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
    struct Bar
    {
        QString label;
        double value = 0;
        QString text; ///< the figure written after the bar
    };

    /// @p ticks: how many equal steps the scale from 0 to @p maximum has; @p unit follows each
    /// figure of the scale ("%").
    BarChart(QString title, QVector<Bar> bars, double maximum, int ticks = 4, QString unit = QString());
    double height(const PageCanvas& canvas) const override;
    void paint(PageCanvas& canvas, double top) const override;

private:
    double labelWidth(const PageCanvas& canvas) const;
    double rowHeight(const PageCanvas& canvas, const Bar& bar) const;

    QString m_title;
    QVector<Bar> m_bars;
    double m_maximum;
    int m_ticks;
    QString m_unit;
};

} // namespace wp::reports
