#include "workprogram/reports/barchart.h"

#include "workprogram/reports/textbox.h"

#include <QPainter>

namespace wp::reports {
namespace {

constexpr FontSpec titleFont{13, true};
constexpr FontSpec labelFont{11};
constexpr double labelShare = 0.34; // of the body width
constexpr double gapMm = 2;
constexpr double figureMm = 14; // room after the longest bar for its figure
constexpr double minRowMm = 6;
constexpr double barShare = 0.62; // of a one-line row
constexpr double scaleMm = 7;

} // namespace

BarChart::BarChart(QString title, QVector<Bar> bars, double maximum, int ticks, QString unit)
    : m_title(std::move(title)), m_bars(std::move(bars)), m_maximum(maximum > 0 ? maximum : 1), m_ticks(qMax(1, ticks)),
      m_unit(std::move(unit))
{}

double BarChart::labelWidth(const PageCanvas& canvas) const
{
    return canvas.body().width() * labelShare;
}

double BarChart::rowHeight(const PageCanvas& canvas, const Bar& bar) const
{
    const TextBox label(bar.label, reportFont(labelFont), canvas.device(), labelWidth(canvas), Qt::AlignRight);
    return qMax(canvas.mm(minRowMm), label.height() + canvas.mm(1));
}

double BarChart::height(const PageCanvas& canvas) const
{
    const TextBox title(m_title, reportFont(titleFont), canvas.device(), canvas.body().width(), Qt::AlignHCenter);
    double h = title.height() + canvas.mm(3);
    for (const Bar& b : m_bars)
        h += rowHeight(canvas, b);
    return h + canvas.mm(scaleMm);
}

void BarChart::paint(PageCanvas& canvas, double top) const
{
    QPainter& p = *canvas.painter();
    const QRectF body = canvas.body();
    const QFont font = reportFont(labelFont);
    const TextBox title(m_title, reportFont(titleFont), canvas.device(), body.width(), Qt::AlignHCenter);
    p.setPen(Qt::black);
    title.draw(p, QPointF(body.left(), top));

    const double plotTop = top + title.height() + canvas.mm(3);
    const double plotLeft = body.left() + labelWidth(canvas) + canvas.mm(gapMm);
    const double plotWidth = body.right() - canvas.mm(figureMm) - plotLeft;
    double plotBottom = plotTop;
    for (const Bar& b : m_bars)
        plotBottom += rowHeight(canvas, b);

    // Scale lines first, so that the bars cover them.
    p.setPen(QPen(QColor(170, 170, 170), canvas.mm(0.15), Qt::DashLine));
    for (int i = 1; i <= m_ticks; ++i) {
        const double x = plotLeft + plotWidth * i / m_ticks;
        p.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
    }
    for (int i = 0; i <= m_ticks; ++i) {
        const double x = plotLeft + plotWidth * i / m_ticks;
        const QString figure = QString::number(m_maximum * i / m_ticks, 'f', 0) + m_unit;
        const TextBox tick(figure, font, canvas.device(), canvas.mm(20), Qt::AlignHCenter);
        p.setPen(Qt::black);
        tick.draw(p, QPointF(x - canvas.mm(10), plotBottom + canvas.mm(1)));
    }

    double y = plotTop;
    for (const Bar& b : m_bars) {
        const double h = rowHeight(canvas, b);
        const TextBox label(b.label, font, canvas.device(), labelWidth(canvas), Qt::AlignRight);
        p.setPen(Qt::black);
        label.draw(p, QPointF(body.left(), y + (h - label.height()) / 2));
        const double barHeight = canvas.mm(minRowMm) * barShare;
        const double length = plotWidth * qBound(0.0, b.value / m_maximum, 1.0);
        const QRectF bar(plotLeft, y + (h - barHeight) / 2, length, barHeight);
        p.setPen(QPen(Qt::black, canvas.mm(0.15)));
        p.setBrush(QColor(150, 150, 150));
        if (length > 0)
            p.drawRect(bar);
        p.setBrush(Qt::NoBrush);
        const TextBox figure(b.text, font, canvas.device(), canvas.mm(figureMm), Qt::AlignLeft);
        p.setPen(Qt::black);
        figure.draw(p, QPointF(bar.right() + canvas.mm(1), y + (h - figure.height()) / 2));
        y += h;
    }
    p.setPen(QPen(Qt::black, canvas.mm(0.2)));
    p.drawLine(QPointF(plotLeft, plotTop), QPointF(plotLeft, plotBottom));
    p.drawLine(QPointF(plotLeft, plotBottom), QPointF(plotLeft + plotWidth, plotBottom));
}

} // namespace wp::reports
