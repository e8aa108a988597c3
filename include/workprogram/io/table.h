#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include "workprogram/io/legacytext.h"

#include <memory>

namespace wp::io {

/// One cell of a spreadsheet or CSV row, as the file holds it.
struct Cell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Boolean,
        Date,
        Error
    };
    /// What a Date cell shows of its date: a day ("15/06/2023"), only a month ("06/2023", Excel's
    /// "mm/yyyy" or "mmm-yy", what it makes of a typed "6/2023") or only a year ("2023").
    enum class DateShows : quint8
    {
        Day,
        Month,
        Year
    };
    Type type = Type::Empty;
    QString text;         ///< the text as written; for numbers the shortest decimal form; for dates dd/MM/yyyy
                          ///< (MM/yyyy when only the month shows, yyyy when only the year does)
    double number = 0;    ///< for Number, Boolean (0/1) and Date (the serial day number)
    QDate date;           ///< for Date: a numeric cell whose number format is a date format
    bool formula = false; ///< the cell holds a formula; text/number are its cached value
    DateShows dateShows = DateShows::Day; ///< for Date: how much of the date the cell's format shows

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty()); }
};

/// A row with at least one non-empty cell. @c number is the row a person sees: the Excel row
/// number, or the line of a text file where the record starts (1-based).
struct Row
{
    int number = 0;
    QVector<Cell> cells; ///< index = column (0 = A); trailing empty cells may be missing
    /// The file says this row is a section heading: one Word cell spanning the whole table
    /// ("I. VĂN PHÒNG HĐND - UBND QUẬN"). Its text is in the content column.
    bool heading = false;
    /// The file hides this row from view: Excel's hidden and filtered-out rows, an .ods row with
    /// table:visibility="collapse"/"filter". Readers of formats without hidden rows leave it false.
    bool hidden = false;
};

/// One of the tables a file holds: a sheet of a workbook, a table of a document.
struct TableInfo
{
    QString name;                ///< as the file names it ("Phụ lục"); for unnamed tables "1", "2", ...
    QString label;               ///< how messages name it: "trang tính \"Phụ lục\"", "bảng 2"
    bool hidden = false;         ///< a hidden sheet: never chosen without being asked for
    bool hasCells = true;        ///< false for a chart sheet: nothing to read
    int index = 0;               ///< listTables(): 1-based, in file order
    int rows = -1;               ///< listTables() of Word tables: the number of rows; -1 when not counted
    QString firstRow;            ///< listTables() of Word tables: the first row's texts, "STT | Nội dung | …"
    bool programColumns = false; ///< listTables() of Word tables: a header row with the program's columns
};

/// Where and why reading failed. row/column are 0 when unknown; column is 0-based when set.
struct ReadError
{
    int row = 0;
    int column = -1;
    QString message;
};

/// Limits that keep a hostile file from exhausting the machine; errors name the limit.
struct ReadLimits
{
    qint64 maxCellChars = 32767;                        ///< Excel's own limit
    qint64 maxInflatedBytes = 1024LL * 1024 * 1024 / 4; ///< per zip entry, counted while inflating
    qint64 maxSharedStrings = 2'000'000;
    int maxXmlDepth = 64;
    int maxColumns = 16384; ///< XFD
};

struct ReadOptions
{
    QString sheet;    ///< the sheet to read, by TableInfo::name (case-insensitive); empty = the first visible one
    QString encoding; ///< csv: explicit encoding (iconv name); empty = UTF-8/UTF-16 with BOM detection
    /// docx: the table to read, 1-based in document order (with the tables that continue it);
    /// 0 = the table with the program's columns.
    int table = 0;
    /// TCVN3/VNI text: detected and converted (Auto), taken as it is (None), or forced.
    LegacyEncoding legacyEncoding = LegacyEncoding::Auto;
    ReadLimits limits;
};

/// A streaming reader of rows. next() returns false at the end and on error; then
/// failed() tells which.
///
/// A file may hold several tables (the sheets of a workbook, the tables of a document): a reader
/// reads one at a time, lists them all in tables() and can start another with selectTable(). The
/// importer uses that to find the table whose header it knows when the first one has none, and
/// to name the table it read in its messages. Formats with one table (CSV, JSON) keep the
/// defaults: no list, table 0.
class TableReader
{
public:
    virtual ~TableReader() = default;
    virtual bool next(Row& row) = 0;
    /// What the reader has to say about the file as a whole once it has been read (which Word
    /// table it read, which columns it converted from TCVN3 ...); column is -1 or 0-based.
    virtual QVector<ReadError> warnings() const { return {}; }
    /// How a person finds row @p row in the program that made the file, when the plain number
    /// is not enough ("bảng 2, dòng 5" in a Word document); empty: the number.
    virtual QString rowLabel(int /*row*/) const { return QString(); }
    /// How the program that made the file names column @p column: "C", or "cột 3" in Word.
    virtual QString columnLabel(int column) const;
    bool failed() const { return m_failed; }
    const ReadError& error() const { return m_error; }

    /// Every table of the file, in the file's order; empty for a format with one table.
    virtual QVector<TableInfo> tables() const { return {}; }
    /// The index in tables() of the table being read.
    virtual int currentTable() const { return 0; }
    /// Starts reading table @p index from its first row (failed() is cleared first). Returns false
    /// and fails with the reason when it cannot. The default reads only the one table there is.
    virtual bool selectTable(int index) { return index == 0 ? true : fail(0, -1, QString()); }
    /// The columns (0-based) the current table hides from view: Excel's hidden columns, an .ods
    /// column with table:visibility="collapse". Known once next() has returned the first row;
    /// columns past the end are visible. Empty for formats without hidden columns.
    virtual QVector<bool> hiddenColumns() const { return {}; }
    bool isColumnHidden(int column) const
    {
        const QVector<bool> hidden = hiddenColumns();
        return column >= 0 && column < hidden.size() && hidden.at(column);
    }

protected:
    bool fail(int row, int column, const QString& message)
    {
        m_failed = true;
        m_error = ReadError{row, column, message};
        return false;
    }
    bool fail(const ReadError& e) { return fail(e.row, e.column, e.message); }
    /// For selectTable(): a new table starts without the last one's error.
    void clearFailure()
    {
        m_failed = false;
        m_error = ReadError{};
    }

private:
    bool m_failed = false;
    ReadError m_error;
};

/// Opens a table file: .xlsx, .xls, .ods, .docx or .csv (decided by content, then by suffix),
/// with legacy text converted as @p options say. Returns nullptr and fills @p error when the
/// file cannot be opened or is not a readable table.
std::unique_ptr<TableReader> openTable(const QString& path, const ReadOptions& options, ReadError* error);

/// The sheets or tables @p path holds, in file order (one unnamed entry for a CSV file).
/// Empty, with @p error filled, when the file cannot be read.
QVector<TableInfo> listTables(const QString& path, ReadError* error);

/// "A", "B", ..., "Z", "AA", ... for a 0-based column index.
QString columnLetter(int column);

} // namespace wp::io
