#pragma once

// Private to wp_io: the streaming parser of an OpenDocument spreadsheet's content.xml.

#include "xlsxparts.h"

#include <QSet>
#include <QStringList>

#include <deque>
#include <string>

namespace wp::io::ods {

/// Reads content.xml: the automatic styles (which say which sheets are hidden), then the sheets.
/// In Rows mode it streams the rows of the chosen sheet and suspends after each row with data;
/// in List mode it only notes each sheet's name and visibility.
class ContentParser : public xlsx::XmlPart
{
public:
    enum class Mode
    {
        Rows,
        List
    };

    /// @p sheet: the sheet to read (case-insensitive), empty for the first visible one.
    ContentParser(xlsx::ZipArchive& zip, const ReadLimits& limits, Mode mode, const QString& sheet);

    /// Moves the oldest complete row into @p row; false when none is waiting.
    bool takeRow(Row& row);
    /// True once the chosen sheet has been read to its end (Rows mode).
    bool sheetDone() const { return m_sheetDone; }
    /// True when the chosen sheet was found.
    bool found() const { return m_found; }
    const QVector<TableInfo>& sheets() const { return m_sheets; }
    /// The columns of the chosen sheet with table:visibility="collapse" (or "filter"), up to the
    /// last hidden one; known once its first row has been read.
    const QVector<bool>& hiddenColumns() const { return m_hiddenColumns; }

protected:
    void startElement(std::string_view name, const char** attributes) override;
    void endElement(std::string_view name) override;
    void characters(const char* data, int length) override;
    int currentRow() const override { return m_inRow ? int(m_rowIndex + 1) : 0; }

private:
    void startTable(const char** attributes);
    void startColumn(const char** attributes);
    void startRow(const char** attributes);
    void startCell(const char** attributes, bool covered);
    void finishCell();
    void finishRow();
    void appendText(const char* data, size_t length);

    Mode m_mode;
    QString m_wanted;
    QSet<QString> m_hiddenStyles;
    QString m_styleName; ///< the automatic style being read
    QString m_styleFamily;
    QVector<TableInfo> m_sheets;

    int m_tableDepth = 0;
    bool m_active = false; ///< inside the chosen sheet
    bool m_found = false;
    bool m_sheetDone = false;

    QVector<bool> m_hiddenColumns;
    qint64 m_columnIndex = 0; ///< of the next table:table-column

    std::deque<std::pair<Row, qint64>> m_rows; ///< complete rows and how many times each repeats

    bool m_inRow = false;
    qint64 m_rowIndex = 0; ///< 0-based index of the current (or next) row
    qint64 m_rowRepeat = 1;
    Row m_row;
    bool m_rowHasData = false;
    int m_column = 0; ///< 0-based index of the current (or next) cell

    bool m_inCell = false;
    qint64 m_cellRepeat = 1;
    Cell m_cell;
    QString m_valueType;
    QString m_value;
    int m_paragraphs = 0;
    int m_paragraphDepth = 0;
    int m_ignoredDepth = 0; ///< inside an annotation or a table nested in the cell
    std::string m_text;
    qint64 m_units = 0;
};

} // namespace wp::io::ods
