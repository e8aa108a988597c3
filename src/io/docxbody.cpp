#include "docxbody.h"

#include "readhelpers.h"

#include <QCoreApplication>

namespace wp::io::docx {

namespace {

/// Elements whose content is not text a reader of the document sees: deleted revisions, the
/// previous formatting of tracked changes, field codes, the fallback of an alternate content
/// (its Choice holds the same), and text boxes floating over the page.
bool skipped(std::string_view name)
{
    return name == "del" || name == "moveFrom" || name == "delText" || name == "instrText" || name == "delInstrText" ||
           name == "pPrChange" || name == "rPrChange" || name == "tblPrChange" || name == "trPrChange" ||
           name == "tcPrChange" || name == "sectPrChange" || name == "tblGridChange" || name == "numberingChange" ||
           name == "Fallback" || name == "txbxContent" || name == "sdtPr";
}

} // namespace

int WordRow::columnOf(int cell) const
{
    int column = gridBefore;
    for (int i = 0; i < cell && i < cells.size(); ++i)
        column += cells.at(i).span;
    return column;
}

QVector<QString> WordRow::gridTexts() const
{
    QVector<QString> out(columnOf(int(cells.size())));
    int column = gridBefore;
    for (const WordCell& c : cells) {
        if (!c.mergedFromAbove)
            out[column] = c.text;
        column += c.span;
    }
    return out;
}

BodyParser::BodyParser(xlsx::ZipArchive& zip, const ReadLimits& limits, Numbering& numbering, Filter wanted,
                       bool survey)
    : XmlPart(zip, limits), m_numbering(numbering), m_wanted(std::move(wanted)), m_survey(survey)
{}

bool BodyParser::takeRow(WordRow& row)
{
    return xlsx::takeFirst(m_rows, row);
}

void BodyParser::startElement(std::string_view name, const char** attributes)
{
    if (m_skip > 0 || skipped(name)) {
        ++m_skip;
        return;
    }
    const bool top = m_tableDepth == 1;
    if (name == "tbl") {
        if (++m_tableDepth == 1) {
            WordTable t;
            t.index = int(m_tables.size()) + 1;
            t.textBefore = m_textSinceTable;
            m_tables.append(t);
            m_textSinceTable = false;
            m_rowIndex = 0;
            m_gridColumns = 0;
        }
    } else if (name == "gridCol") {
        if (top && !m_inRow)
            ++m_gridColumns;
    } else if (name == "tr") {
        if (top) {
            m_inRow = true;
            m_row = WordRow();
            m_row.table = m_tables.last().index;
            m_row.index = ++m_rowIndex;
            m_rowWanted = m_wanted(m_row.table, m_row.index);
        }
    } else if (name == "trPr") {
        m_inTrPr = top && m_inRow && !m_inCell;
    } else if (m_inTrPr) {
        if (name == "tblHeader")
            m_row.repeatedHeader = onOff(attributes);
        else if (name == "gridBefore")
            m_row.gridBefore = std::clamp(attributeInt(attributes, "val", 0), 0, limits().maxColumns);
    } else if (name == "tc") {
        if (top && m_inRow) {
            m_inCell = true;
            m_cell = WordCell();
            m_cellParagraphs.clear();
            m_cellUnits = 0;
        }
    } else if (name == "tcPr") {
        m_inTcPr = top && m_inCell;
    } else if (m_inTcPr) {
        if (name == "gridSpan") {
            m_cell.span = std::clamp(attributeInt(attributes, "val", 1), 1, limits().maxColumns);
        } else if (name == "vMerge") {
            const QString v = attributeText(attributes, "val");
            m_cell.mergeStart = v == QLatin1String("restart");
            m_cell.mergedFromAbove = !m_cell.mergeStart;
        } else if (name == "hMerge") { // the old way of merging across: covered cells say "continue"
            m_cell.mergedFromAbove = attributeText(attributes, "val") != QLatin1String("restart");
        }
    } else if (name == "p") {
        m_inParagraph = true;
        m_paragraphStyle.clear();
        m_numId = -1;
        m_level = -1;
        m_text.clear();
    } else if (name == "pPr") {
        m_inPPr = m_inParagraph && !m_inRun;
    } else if (m_inPPr) {
        if (name == "pStyle")
            m_paragraphStyle = attributeText(attributes, "val");
        else if (name == "numId")
            m_numId = attributeInt(attributes, "val", -1);
        else if (name == "ilvl")
            m_level = attributeInt(attributes, "val", -1);
    } else if (name == "r") {
        m_inRun = true;
        m_runHidden = false;
    } else if (!m_inRun) {
        return;
    } else if (name == "rPr") {
        m_inRPr = true;
    } else if (m_inRPr) {
        if (name == "vanish" || name == "specVanish")
            m_runHidden = onOff(attributes);
    } else if (name == "t") {
        m_inText = true;
    } else if (name == "tab" || name == "ptab") {
        appendToParagraph("\t", 1);
    } else if (name == "br" || name == "cr") {
        appendToParagraph("\n", 1);
    } else if (name == "noBreakHyphen") {
        appendToParagraph("-", 1);
    } else if (name == "softHyphen") {
        // U+00AD: invisible in Unicode text, but the letter "ư" of a TCVN3 one (its byte 0xAD),
        // which Word keeps as a soft hyphen. The legacy converter decides which.
        appendToParagraph("\xC2\xAD", 2);
    }
}

void BodyParser::appendToParagraph(const char* data, size_t length)
{
    if (!m_inParagraph || m_runHidden || aborted())
        return;
    if (!m_inCell) {
        // Text between tables only matters for whether there is any: keep a character or two.
        for (size_t i = 0; i < length && m_text.size() < 4; ++i)
            if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n')
                m_text.push_back(data[i]);
        return;
    }
    if (m_row.truncated)
        return;
    for (size_t i = 0; i < length; ++i)
        m_cellUnits += detail::utf16Units(static_cast<unsigned char>(data[i]));
    if (m_cellUnits > limits().maxCellChars) {
        if (m_rowWanted && !m_survey)
            abort(m_rowIndex, m_row.columnOf(int(m_row.cells.size())),
                  QCoreApplication::translate("wp::io", "ô dài hơn %1 ký tự")
                      .arg(detail::groupDigits(limits().maxCellChars)));
        else
            m_row.truncated = true;
        return;
    }
    m_text.append(data, length);
}

void BodyParser::characters(const char* data, int length)
{
    if (m_skip == 0 && m_inText)
        appendToParagraph(data, size_t(length));
}

void BodyParser::endParagraph()
{
    m_inParagraph = false;
    int numId = m_numId;
    int level = m_level;
    if (numId < 0) {
        const auto [styleNum, styleLevel] =
            m_numbering.styleList(m_paragraphStyle.isEmpty() ? m_numbering.defaultStyle() : m_paragraphStyle);
        numId = styleNum;
        if (level < 0)
            level = styleLevel;
    }
    // Every numbered paragraph counts, in a table or not, shown text or empty: Word numbers them all.
    const QString label = numId > 0 ? m_numbering.next(numId, std::max(level, 0)) : QString();
    if (!m_inCell) {
        if (!m_text.empty() || !label.isEmpty())
            m_textSinceTable = m_tableDepth == 0 || m_textSinceTable;
        m_text.clear();
        return;
    }
    const QString text = detail::textFromUtf8(m_text);
    m_text.clear();
    const QString shown = label.isEmpty() ? text : text.trimmed().isEmpty() ? label : label + QLatin1Char(' ') + text;
    if (!shown.trimmed().isEmpty())
        m_cellParagraphs.append(shown);
}

void BodyParser::endRow()
{
    m_inRow = false;
    const int width = m_row.columnOf(int(m_row.cells.size()));
    m_tables.last().gridColumns = std::max(m_tables.last().gridColumns, std::max(width, m_gridColumns));
    if (!m_rowWanted)
        return;
    if (width > limits().maxColumns) {
        m_row.tooWide = true;
        if (!m_survey) {
            abort(m_rowIndex, -1,
                  QCoreApplication::translate("wp::io", "dòng có ô nằm ngoài giới hạn %1 cột")
                      .arg(detail::groupDigits(limits().maxColumns)));
            return;
        }
        m_row.cells.clear(); // nothing of it is read: the second pass reports it
    }
    m_rows.push_back(std::move(m_row));
    m_row = WordRow();
    suspend(); // hand the row out before reading on
}

void BodyParser::endElement(std::string_view name)
{
    if (m_skip > 0) {
        --m_skip;
        return;
    }
    const bool top = m_tableDepth == 1;
    if (name == "t") {
        m_inText = false;
    } else if (name == "rPr") {
        m_inRPr = false;
    } else if (name == "r") {
        m_inRun = false;
        m_inRPr = false;
        m_runHidden = false;
    } else if (name == "pPr") {
        m_inPPr = false;
    } else if (name == "p") {
        if (m_inParagraph)
            endParagraph();
    } else if (name == "tcPr") {
        if (top)
            m_inTcPr = false;
    } else if (name == "tc") {
        if (top && m_inCell) {
            m_inCell = false;
            m_cell.text = m_cellParagraphs.join(QLatin1Char('\n'));
            m_row.cells.append(m_cell);
        }
    } else if (name == "trPr") {
        m_inTrPr = false;
    } else if (name == "tr") {
        if (top && m_inRow)
            endRow();
    } else if (name == "tbl") {
        if (m_tableDepth > 0 && --m_tableDepth == 0) {
            m_tables.last().rows = m_rowIndex;
            m_tables.last().gridColumns = std::max(m_tables.last().gridColumns, m_gridColumns);
            m_inRow = m_inCell = false;
        }
    }
}

} // namespace wp::io::docx
