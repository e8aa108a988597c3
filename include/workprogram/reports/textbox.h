#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>

class QPainter;
class QPaintDevice;

namespace wp::reports {

/// A size and style of the report typeface (Times New Roman, Nghị định 30/2020).
struct FontSpec
{
    double pt = 13;
    bool bold = false;
    bool italic = false;
};

/// The report typeface at @p spec. Times New Roman resolves to the metric-compatible
/// Liberation Serif where Microsoft's font is not installed.
QFont reportFont(const FontSpec& spec);

/// A paragraph laid out once for a width: measured, then drawn from the same layout, so
/// that what was measured is exactly what is painted. Words longer than the width are
/// broken anywhere rather than overflowing into the next cell.
class TextBox
{
public:
    TextBox(const QString& text, const QFont& font, QPaintDevice* device, double width,
            Qt::Alignment align = Qt::AlignLeft, double firstLineIndent = 0);
    TextBox(const TextBox&) = delete;
    TextBox& operator=(const TextBox&) = delete;

    double height() const { return m_height; }
    /// The width of the widest line.
    double naturalWidth() const;
    int lineCount() const { return m_layout.lineCount(); }
    /// Distance from the top to the bottom of line @p i.
    double lineBottom(int i) const;
    void draw(QPainter& painter, QPointF topLeft) const;
    /// Draws only the lines lying wholly between @p from and @p to (distances from the top):
    /// one slice of a paragraph cut across pages, so that no line is printed twice.
    void drawLines(QPainter& painter, QPointF topLeft, double from, double to) const;
    /// The highest cut at or above @p y that crosses no line: @p y itself, or the top of the
    /// line @p y would cut through.
    double cutAbove(double y) const;

private:
    QTextLayout m_layout;
    double m_height = 0;
};

} // namespace wp::reports
