#include "workprogram/reports/barchart.h"

#include "workprogram/reports/textbox.h"

#include <QPainter>

#include <cmath>

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
constexpr double titleGapMm = 3;

} // namespace

BarChart::BarChart(QString title, QVector<Bar> bars, double maximum, int ticks, QString unit)
    : m_title(std::move(title)), m_bars(std::move(bars)), m_maximum(maximum > 0 ? maximum : 1), m_ticks(qMax(1, ticks)),
      m_unit(std::move(unit))
{}

BarChart::BarChart(const ChartPart& part) : BarChart(part.title, part.bars, part.maximum, part.ticks, part.unit) {}

double BarChart::labelWidth(const Surface& s) const
{
    return s.width * labelShare;
}

double BarChart::rowHeight(const Surface& s, const Bar& bar) const
{
    const TextBox label(bar.label, reportFont(labelFont), s.device, labelWidth(s), Qt::AlignRight);
    return qMax(s.mm(minRowMm), label.height() + s.mm(1));
}

double BarChart::heightOn(const Surface& s) const
{
    double h = 0;
    if (!m_title.isEmpty())
        h += TextBox(m_title, reportFont(titleFont), s.device, s.width, Qt::AlignHCenter).height() + s.mm(titleGapMm);
    for (const Bar& b : m_bars)
        h += rowHeight(s, b);
    return h + s.mm(scaleMm);
}

double BarChart::height(const PageCanvas& canvas) const
{
    return heightOn({canvas.device(), canvas.mm(25.4), canvas.body().left(), canvas.body().width()});
}

void BarChart::paint(PageCanvas& canvas, double top) const
{
    draw(*canvas.painter(), {canvas.device(), canvas.mm(25.4), canvas.body().left(), canvas.body().width()}, top);
}

QImage BarChart::image(double widthMm, double dpi) const
{
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    Surface s{&probe, dpi, 0, widthMm * dpi / 25.4};
    const double h = heightOn(s);
    QImage image(int(std::ceil(s.width)), int(std::ceil(h)), QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    s.device = &image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    draw(p, s, 0);
    return image;
}

void BarChart::draw(QPainter& p, const Surface& s, double top) const
{
    const QFont font = reportFont(labelFont);
    double plotTop = top;
    if (!m_title.isEmpty()) {
        const TextBox title(m_title, reportFont(titleFont), s.device, s.width, Qt::AlignHCenter);
        p.setPen(Qt::black);
        title.draw(p, QPointF(s.left, top));
        plotTop += title.height() + s.mm(titleGapMm);
    }
    const double right = s.left + s.width;
    const double plotLeft = s.left + labelWidth(s) + s.mm(gapMm);
    const double plotWidth = right - s.mm(figureMm) - plotLeft;
    double plotBottom = plotTop;
    for (const Bar& b : m_bars)
        plotBottom += rowHeight(s, b);

    // Scale lines first, so that the bars cover them.
    p.setPen(QPen(QColor(170, 170, 170), s.mm(0.15), Qt::DashLine));
    for (int i = 1; i <= m_ticks; ++i) {
        const double x = plotLeft + plotWidth * i / m_ticks;
        p.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
    }
    for (int i = 0; i <= m_ticks; ++i) {
        const double x = plotLeft + plotWidth * i / m_ticks;
        const QString figure = QString::number(m_maximum * i / m_ticks, 'f', 0) + m_unit;
        const TextBox tick(figure, font, s.device, s.mm(20), Qt::AlignHCenter);
        p.setPen(Qt::black);
        tick.draw(p, QPointF(x - s.mm(10), plotBottom + s.mm(1)));
    }

    double y = plotTop;
    for (const Bar& b : m_bars) {
        const double h = rowHeight(s, b);
        const TextBox label(b.label, font, s.device, labelWidth(s), Qt::AlignRight);
        p.setPen(Qt::black);
        label.draw(p, QPointF(s.left, y + (h - label.height()) / 2));
        const double barHeight = s.mm(minRowMm) * barShare;
        const double length = plotWidth * qBound(0.0, b.value / m_maximum, 1.0);
        const QRectF bar(plotLeft, y + (h - barHeight) / 2, length, barHeight);
        p.setPen(QPen(Qt::black, s.mm(0.15)));
        p.setBrush(QColor(150, 150, 150));
        if (length > 0)
            p.drawRect(bar);
        p.setBrush(Qt::NoBrush);
        const TextBox figure(b.text, font, s.device, s.mm(figureMm), Qt::AlignLeft);
        p.setPen(Qt::black);
        figure.draw(p, QPointF(bar.right() + s.mm(1), y + (h - figure.height()) / 2));
        y += h;
    }
    p.setPen(QPen(Qt::black, s.mm(0.2)));
    p.drawLine(QPointF(plotLeft, plotTop), QPointF(plotLeft, plotBottom));
    p.drawLine(QPointF(plotLeft, plotBottom), QPointF(plotLeft + plotWidth, plotBottom));
}

} // namespace wp::reports
