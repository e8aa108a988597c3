#pragma once

// Private to wp_io: the streaming parser of one worksheet part.

#include "xlsxparts.h"

#include <deque>
#include <string>

namespace wp::io::xlsx {

/// Turns <sheetData> into Rows. The parser suspends itself after each row that has data,
/// so the caller pulls rows one at a time; rows without data never leave the parser. The
/// shared strings and styles are the workbook's, owned by the caller and shared by its sheets.
class SheetParser : public XmlPart
{
public:
    SheetParser(ZipArchive& zip, const ReadLimits& limits, const SharedStrings& strings,
                const std::vector<DateFormat>& dateStyles, bool date1904);

    /// Moves the oldest complete row into @p row; false when none is waiting.
    bool takeRow(Row& row);
    /// The hidden columns of <cols>, which comes before <sheetData>.
    const QVector<bool>& hiddenColumns() const { return m_hiddenColumns; }

protected:
    void startElement(std::string_view name, const char** attributes) override;
    void endElement(std::string_view name) override;
    void characters(const char* data, int length) override;
    int currentRow() const override { return m_inRow ? m_rowNumber : 0; }
    int lastRow() const override { return m_lastRow; }

private:
    enum class ValueType
    {
        Number,
        SharedString,
        InlineString,
        String,
        Boolean,
        Error,
        IsoDate
    };

    void startRow(const char** attributes);
    void startCell(const char** attributes);
    void readColumn(const char** attributes);
    void finishCell();
    /// Sets @p cell from the accumulated value; false after reporting an error.
    bool makeCell(Cell& cell);
    void makeNumber(Cell& cell, double value) const;
    QString cellReference(int column) const;

    const SharedStrings& m_strings;
    const std::vector<DateFormat>& m_dateStyles;
    bool m_date1904;
    std::deque<Row> m_rows;
    QVector<bool> m_hiddenColumns;

    Row m_row;
    bool m_inRow = false;
    bool m_rowHasData = false;
    int m_rowNumber = 0;
    int m_lastRow = 0;
    int m_lastWidth = 0; ///< cells in the last row handed out

    bool m_inCell = false;
    int m_column = -1;
    int m_lastColumn = -1;
    ValueType m_type = ValueType::Number;
    DateFormat m_dateStyle = DateFormat::None;
    bool m_formula = false;
    bool m_hasValue = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inInlineText = false;
    int m_phonetic = 0;
    std::string m_text; ///< the UTF-8 bytes of <v> or of the <t> runs of <is>
    qint64 m_units = 0; ///< m_text's length in UTF-16 units, checked while it grows
};

} // namespace wp::io::xlsx
