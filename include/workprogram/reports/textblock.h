#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportcontent.h"
#include "workprogram/reports/textbox.h"

#include <QVector>

namespace wp::reports {

/// Lines of text across the body width — a document's title, a section heading, a paragraph —
/// with an optional short centred rule under them (under the title's summary line).
class TextBlock final : public Block
{
public:
    using Line = TextLine;

    explicit TextBlock(QVector<Line> lines, double ruleMm = 0) : m_lines(std::move(lines)), m_ruleMm(ruleMm) {}
    explicit TextBlock(const TextPart& part) : TextBlock(part.lines, part.ruleMm) {}
    double height(const PageCanvas& canvas) const override;
    void paint(PageCanvas& canvas, double top) const override;

private:
    QVector<Line> m_lines;
    double m_ruleMm; ///< length of the rule; 0: none
};

} // namespace wp::reports
