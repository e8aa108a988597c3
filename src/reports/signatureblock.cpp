#include "workprogram/reports/signatureblock.h"

#include "workprogram/reports/textbox.h"

#include <QPainter>

namespace wp::reports {

double SignatureBlock::layout(const PageCanvas& canvas, double top, bool paint) const
{
    QPaintDevice* device = canvas.device();
    QPainter* p = paint ? canvas.painter() : nullptr;
    const QRectF body = canvas.body();
    const double rightWidth = qMin(body.width() * 0.5, canvas.mm(95));
    const double rightX = body.right() - rightWidth;
    const double leftWidth = body.width() - rightWidth - canvas.mm(5);
    if (p)
        p->setPen(Qt::black);
    auto draw = [&](const QString& text, const FontSpec& font, double x, double width, Qt::Alignment align, double y) {
        const TextBox box(text, reportFont(font), device, width, align);
        if (p)
            box.draw(*p, QPointF(x, y));
        return box.height();
    };

    double left = top;
    left += draw(tr("Nơi nhận:"), {12, true, true}, body.left(), leftWidth, Qt::AlignLeft, left);
    for (const QString& r : m_part.recipients)
        left += draw(QStringLiteral("- ") + r, {11}, body.left(), leftWidth, Qt::AlignLeft, left);

    double right = top;
    if (!m_part.authority.isEmpty())
        right += draw(m_part.authority, {14, true}, rightX, rightWidth, Qt::AlignHCenter, right);
    if (!m_part.title.isEmpty())
        right += draw(m_part.title, {14, true}, rightX, rightWidth, Qt::AlignHCenter, right);
    // Room for the signature and the seal.
    right += canvas.mm(25);
    right += draw(m_part.name.isEmpty() ? QStringLiteral(" ") : m_part.name, {14, true}, rightX, rightWidth,
                  Qt::AlignHCenter, right);
    return qMax(left, right) - top;
}

} // namespace wp::reports
