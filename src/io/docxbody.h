#pragma once

// Private to wp_io: the streaming parser of a Word document's body (word/document.xml).

#include "docxnumbering.h"
#include "xlsxparts.h"

#include <deque>
#include <functional>
#include <string>

namespace wp::io::docx {

/// One cell of a Word table row as the file holds it.
struct WordCell
{
    QString text;                 ///< paragraphs joined by line breaks, numbering labels included
    int span = 1;                 ///< w:gridSpan: grid columns covered
    bool mergedFromAbove = false; ///< w:vMerge continuing the cell above (its value is there)
    bool mergeStart = false;      ///< w:vMerge="restart"
};

/// One row of a top-level table.
struct WordRow
{
    int table = 0;               ///< 1-based among the document's top-level tables
    int index = 0;               ///< 1-based within its table, as Word counts rows
    bool repeatedHeader = false; ///< w:tblHeader: repeated at the top of each page
    int gridBefore = 0;          ///< grid columns skipped before the first cell
    QVector<WordCell> cells;
    bool truncated = false; ///< a cell was longer than the limit (the text was cut)
    bool tooWide = false;   ///< the row reaches past the column limit

    /// The grid column where each cell starts.
    int columnOf(int cell) const;
    /// The row laid out on the table grid, as a spreadsheet row: a merged cell's value in its
    /// first column, the columns it covers and the cells merged from above empty.
    QVector<QString> gridTexts() const;
};

/// What is known of a table once the whole document has been read.
struct WordTable
{
    int index = 0;
    int rows = 0;
    int gridColumns = 0;     ///< w:tblGrid, or the widest row
    bool textBefore = false; ///< a paragraph with text stands between it and the table before
};

/// Parses document.xml in document order, computing Word's list numbers on the way (the
/// counters run through the whole document, tables or not). Rows that @p wanted accepts are
/// queued and the parser suspends after each; the others are only counted.
class BodyParser : public xlsx::XmlPart
{
public:
    using Filter = std::function<bool(int table, int row)>;

    /// @p survey: rows over the limits are marked (truncated, tooWide) instead of stopping the
    /// parser, so that the error is reported where the row is read for good, with its place.
    BodyParser(xlsx::ZipArchive& zip, const ReadLimits& limits, Numbering& numbering, Filter wanted, bool survey);

    /// Moves the oldest complete wanted row into @p row; false when none is waiting.
    bool takeRow(WordRow& row);
    /// The tables seen so far (all of them once the part is finished).
    const QVector<WordTable>& tables() const { return m_tables; }
    /// The table (1-based) and row (1-based within it) being read, 0 outside tables: where an
    /// error found by the parser is.
    int currentTable() const { return m_tableDepth > 0 && !m_tables.isEmpty() ? m_tables.last().index : 0; }

protected:
    void startElement(std::string_view name, const char** attributes) override;
    void endElement(std::string_view name) override;
    void characters(const char* data, int length) override;
    int currentRow() const override { return m_rowIndex; }

private:
    void endParagraph();
    void endRow();
    void appendToParagraph(const char* data, size_t length);

    Numbering& m_numbering;
    Filter m_wanted;
    bool m_survey;
    std::deque<WordRow> m_rows;
    QVector<WordTable> m_tables;

    int m_skip = 0;       ///< inside an element whose content is no text of the document
    int m_tableDepth = 0; ///< nested tables inside cells
    bool m_textSinceTable = false;

    bool m_inRow = false;
    bool m_rowWanted = false;
    int m_rowIndex = 0;
    WordRow m_row;
    bool m_inTrPr = false;
    bool m_inCell = false; ///< inside a cell of the top-level table (at any depth below it)
    bool m_inTcPr = false;
    WordCell m_cell;
    QStringList m_cellParagraphs;
    qint64 m_cellUnits = 0;
    int m_gridColumns = 0;

    bool m_inParagraph = false;
    bool m_inPPr = false;
    QString m_paragraphStyle;
    int m_numId = -1;
    int m_level = -1;
    std::string m_text;
    bool m_inRun = false;
    bool m_inRPr = false;
    bool m_runHidden = false;
    bool m_inText = false;
};

} // namespace wp::io::docx
