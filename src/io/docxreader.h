#pragma once

// Private to wp_io: the Word (.docx) table reader behind openTable().

#include "workprogram/io/columns.h"
#include "workprogram/io/table.h"

#include <memory>
#include <optional>

namespace wp::io {

namespace xlsx {
class ZipArchive;
}
namespace docx {
class BodyParser;
class Numbering;
struct WordRow;
} // namespace docx

/// Reads the program's table out of a Word document, as rows of grid cells like a spreadsheet's.
///
/// A first pass over document.xml looks at the first rows of every top-level table and takes
/// the one whose header has the program's columns (or the one @c ReadOptions::table names),
/// together with the tables right after it that continue it (the same header repeated, or no
/// header and nothing written in between: a table split across pages). A second pass streams
/// that table's rows. Merged cells keep their value in the first grid column they cover; a
/// row whose only cell spans the table is a section heading (Row::heading); header rows
/// repeated further down (w:tblHeader, or copied by hand at a page break) are skipped; list
/// numbers are written as Word shows them ("1.", "II."). Rows are numbered through the tables
/// read, and rowLabel() turns a number back into "bảng 2, dòng 5".
class DocxReader : public TableReader
{
public:
    static std::unique_ptr<DocxReader> open(const QString& path, const ReadOptions& options, ReadError* error);
    ~DocxReader() override;

    bool next(Row& row) override;
    QVector<ReadError> warnings() const override;
    QString rowLabel(int row) const override;
    QString columnLabel(int column) const override;

    /// The top-level tables of @p path, in document order.
    static QVector<TableInfo> documentTables(const QString& path, ReadError* error);

private:
    /// What the first pass learnt of a table.
    struct Survey
    {
        int index = 0;
        int rows = 0;
        int gridColumns = 0;
        bool textBefore = false;
        int headerRow = 0;      ///< the row with the program's columns, 0 when none
        int headerEnd = 0;      ///< the last row of the header (repeated header rows, sub-headers)
        QStringList headerKeys; ///< the header rows' texts, to recognise them when repeated
        std::optional<HeaderMatch> header;
        bool leadFromHeadings = false; ///< a header without lead unit over section headings
        QString firstRow;
    };
    struct Segment
    {
        int table = 0;
        int base = 0; ///< Row::number of the table's row 1, minus one
        int headerEnd = 0;
    };

    explicit DocxReader(const ReadLimits& limits);
    bool openDocument(const QString& path, ReadError* error);
    bool survey(ReadError* error);
    bool choose(const ReadOptions& options, ReadError* error);
    /// Turns a row of the chosen tables into @p row; false when it is to be skipped.
    bool makeRow(const docx::WordRow& word, Row& row);
    ReadError parserError() const;

    ReadLimits m_limits;
    std::unique_ptr<xlsx::ZipArchive> m_zip;
    std::unique_ptr<docx::Numbering> m_numbering;
    std::unique_ptr<docx::BodyParser> m_parser;
    QString m_documentPart;
    QVector<Survey> m_surveys;
    QVector<Segment> m_segments;
    QStringList m_headerKeys; ///< of the chosen table
    int m_contentColumn = -1;
    bool m_finished = false;
    QVector<ReadError> m_notes;
    QVector<int> m_skippedHeaders; ///< Row numbers of repeated header rows left out
};

} // namespace wp::io
