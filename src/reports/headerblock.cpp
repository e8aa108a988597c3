#include "workprogram/reports/headerblock.h"

#include "workprogram/reports/textbox.h"

#include <QPainter>

namespace wp::reports {

double HeaderBlock::layout(const PageCanvas& canvas, double top, bool paint) const
{
    QPaintDevice* device = canvas.device();
    QPainter* p = paint ? canvas.painter() : nullptr;
    const QRectF body = canvas.body();
    // Two columns as in the model documents: about 6.5 cm on the left, 10 cm on the right.
    const double leftWidth = qMin(body.width() * 0.42, canvas.mm(80));
    const double rightWidth = qMin(body.width() * 0.58, canvas.mm(105));
    const double leftX = body.left();
    const double rightX = body.right() - rightWidth;
    const QPen rulePen(Qt::black, canvas.mm(0.2));
    const double ruleGap = canvas.mm(1.0);
    if (p)
        p->setPen(Qt::black);

    auto draw = [&](const TextBox& box, double x, double y) {
        if (p) {
            p->setPen(Qt::black);
            box.draw(*p, QPointF(x, y));
        }
        return box.height();
    };
    auto rule = [&](double centreX, double y, double length) {
        if (p) {
            p->setPen(rulePen);
            p->drawLine(QPointF(centreX - length / 2, y), QPointF(centreX + length / 2, y));
        }
    };

    double left = top;
    if (!m_part.parentBody.isEmpty())
        left += draw(TextBox(m_part.parentBody, reportFont({13}), device, leftWidth, Qt::AlignHCenter), leftX, left);
    // "ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM" too long for one line is set as the model documents
    // set it: the committee on the first line, the place on the second.
    const QFont issuingFont = reportFont({13, true});
    QString issuingText = m_part.issuingBody;
    if (TextBox(issuingText, issuingFont, device, leftWidth * 4).naturalWidth() > leftWidth)
        issuingText = m_part.issuingBodyInTwoLines();
    const TextBox issuing(issuingText, issuingFont, device, leftWidth, Qt::AlignHCenter);
    left += draw(issuing, leftX, left);
    // A short rule, a third to a half of the line above it.
    rule(leftX + leftWidth / 2, left + ruleGap, qMax(issuing.naturalWidth() * 0.4, canvas.mm(20)));
    left += 2 * ruleGap;

    double right = top;
    // The national name is set at 13 pt, or at 12 pt where the column is too narrow for one line.
    const QString nation = tr("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    QFont nationFont = reportFont({13, true});
    if (TextBox(nation, nationFont, device, rightWidth * 4, Qt::AlignLeft).naturalWidth() > rightWidth)
        nationFont = reportFont({12, true});
    right += draw(TextBox(nation, nationFont, device, rightWidth, Qt::AlignHCenter), rightX, right);
    const TextBox motto(tr("Độc lập - Tự do - Hạnh phúc"), reportFont({14, true}), device, rightWidth,
                        Qt::AlignHCenter);
    right += draw(motto, rightX, right);
    rule(rightX + rightWidth / 2, right + ruleGap, motto.naturalWidth());
    right += 2 * ruleGap;

    double y = qMax(left, right);
    if (m_part.number.isEmpty() && m_part.placeAndDate.isEmpty())
        return y - top;
    y += canvas.mm(3);
    double rowHeight = 0;
    if (!m_part.number.isEmpty())
        rowHeight = draw(TextBox(m_part.number, reportFont({13}), device, leftWidth, Qt::AlignHCenter), leftX, y);
    if (!m_part.placeAndDate.isEmpty())
        rowHeight =
            qMax(rowHeight,
                 draw(TextBox(m_part.placeAndDate, reportFont({14, false, true}), device, rightWidth, Qt::AlignHCenter),
                      rightX, y));
    return y + rowHeight - top;
}

} // namespace wp::reports
