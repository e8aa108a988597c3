#include "workprogram/reports/textblock.h"

#include <QPainter>

#include <memory>

namespace wp::reports {
namespace {

constexpr double ruleGapMm = 1.8; // clear of the descenders of the line above

} // namespace

double TextBlock::height(const PageCanvas& canvas) const
{
    double h = 0;
    for (const Line& l : m_lines)
        h += canvas.mm(l.spaceBeforeMm) + TextBox(l.text, reportFont(l.font), canvas.device(), canvas.body().width(),
                                                  l.align, canvas.mm(l.firstIndentMm))
                                              .height();
    if (m_ruleMm > 0)
        h += canvas.mm(2 * ruleGapMm);
    return h;
}

void TextBlock::paint(PageCanvas& canvas, double top) const
{
    QPainter& p = *canvas.painter();
    p.setPen(Qt::black);
    double y = top;
    for (const Line& l : m_lines) {
        y += canvas.mm(l.spaceBeforeMm);
        const TextBox box(l.text, reportFont(l.font), canvas.device(), canvas.body().width(), l.align,
                          canvas.mm(l.firstIndentMm));
        box.draw(p, QPointF(canvas.body().left(), y));
        y += box.height();
    }
    if (m_ruleMm > 0) {
        const double length = canvas.mm(m_ruleMm);
        const double x = canvas.body().center().x() - length / 2;
        y += canvas.mm(ruleGapMm);
        p.setPen(QPen(Qt::black, canvas.mm(0.2)));
        p.drawLine(QPointF(x, y), QPointF(x + length, y));
    }
}

} // namespace wp::reports
