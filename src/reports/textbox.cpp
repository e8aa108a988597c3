#include "workprogram/reports/textbox.h"

#include <QPainter>
#include <QTextLine>

namespace wp::reports {

QFont reportFont(const FontSpec& spec)
{
    QFont f(QStringLiteral("Times New Roman"));
    f.setStyleHint(QFont::Serif, QFont::PreferOutline);
    // Unhinted metrics are the same on every device, so a preview breaks lines where the PDF does.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPointSizeF(spec.pt);
    f.setBold(spec.bold);
    f.setItalic(spec.italic);
    return f;
}

TextBox::TextBox(const QString& text, const QFont& font, QPaintDevice* device, double width, Qt::Alignment align,
                 double firstLineIndent)
    : m_layout(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device)
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    m_layout.beginLayout();
    double y = 0;
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        const double indent = m_layout.lineCount() == 1 ? firstLineIndent : 0;
        line.setLeadingIncluded(true);
        line.setLineWidth(qMax(1.0, width - indent));
        line.setPosition(QPointF(indent, y));
        y += line.height();
    }
    m_layout.endLayout();
    m_height = y;
}

double TextBox::naturalWidth() const
{
    double w = 0;
    for (int i = 0; i < m_layout.lineCount(); ++i)
        w = qMax(w, m_layout.lineAt(i).naturalTextWidth());
    return w;
}

double TextBox::lineBottom(int i) const
{
    const QTextLine line = m_layout.lineAt(i);
    return line.y() + line.height();
}

void TextBox::draw(QPainter& painter, QPointF topLeft) const
{
    m_layout.draw(&painter, topLeft);
}

void TextBox::drawLines(QPainter& painter, QPointF topLeft, double from, double to) const
{
    constexpr double slack = 0.01;
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        if (line.y() >= from - slack && line.y() + line.height() <= to + slack)
            line.draw(&painter, topLeft);
    }
}

double TextBox::cutAbove(double y) const
{
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        if (line.y() < y - 0.01 && line.y() + line.height() > y + 0.01)
            return line.y();
    }
    return y;
}

} // namespace wp::reports
