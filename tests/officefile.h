#pragma once

// Writes work-program tables as offices write them, with libxlsxwriter: title rows above a
// Vietnamese header, a row of column numbers, the article's unit short forms, period
// deadlines and real Excel date cells. Used by the tests and the benchmarks.

#include <QString>
#include <QVector>

namespace wp::test {

struct OfficeRow
{
    QString number;
    QString content;
    QString lead;
    QString coUnits;
    QString deadline;       ///< text, or empty when deadlineDate is set
    int deadlineSerial = 0; ///< an Excel date cell (serial day number) when > 0
    QString leader;
    QString note;
    bool heading = false; ///< a section heading row (only number and content)
};

/// The 535 rows of the article's 2023 draft: the 17 units by the short forms the article
/// uses, in sections, with every deadline form and some Excel date cells.
QVector<OfficeRow> articleRows();

/// articleRows() as the Office lays the draft out for the leaders: each unit's section heading
/// states the article's count for it ("(30 nội dung)") and a last row says "Tổng cộng: 534 nội
/// dung", what the article says, though its per-unit figures add up to 535.
QVector<OfficeRow> articleRowsWithStatedCounts();

/// Writes @p rows as an office's xlsx (title rows, merged title, header at row 6, column
/// numbers at row 7). Returns false when libxlsxwriter fails.
bool writeOfficeXlsx(const QString& path, const QVector<OfficeRow>& rows, bool constantMemory = false);

/// The same table as CSV (UTF-8 with BOM, semicolons, as Excel writes it in Vietnam).
bool writeOfficeCsv(const QString& path, const QVector<OfficeRow>& rows);

/// The 17 article units: short form as written in the article, and its count.
struct ArticleUnit
{
    QString written;
    QString officialName;
    int count;
};
QVector<ArticleUnit> articleUnits();

/// A cell for writeWorkbook(): text, or a number (with an Excel number format, e.g. a date's).
struct SheetCell
{
    QString text;
    double number = 0;
    bool isNumber = false;
    const char* numberFormat = nullptr; ///< "dd/mm/yyyy", "mm/yyyy", ...; built-in 17 is "mmm-yy"
    int builtinFormat = 0;              ///< an Excel built-in format id instead (17: "mmm-yy")
};
SheetCell numberCell(double value, const char* numberFormat = nullptr, int builtinFormat = 0);

/// A merged range (0-based, inclusive) with its text, as Excel keeps it: in the first cell.
struct Merge
{
    int firstRow;
    int firstColumn;
    int lastRow;
    int lastColumn;
    QString text;
};

/// One sheet of writeWorkbook(): rows from Excel row 1, hidden rows and columns (0-based),
/// merged header cells.
struct SheetSpec
{
    QString name;
    QVector<QVector<SheetCell>> rows;
    QVector<int> hiddenRows;
    QVector<int> hiddenColumns;
    QVector<Merge> merges;
    bool hidden = false;
};

/// Rows of text cells from lines split on '|' ("STT|Nội dung công việc|Cơ quan chủ trì").
QVector<QVector<SheetCell>> textRows(const QStringList& lines);

/// Writes the sheets with libxlsxwriter, as Excel lays them out.
bool writeWorkbook(const QString& path, const QVector<SheetSpec>& sheets);

/// @p n plain rows numbered 1..n ("Nhiệm vụ số i về chuyển đổi số"), the article units in turn
/// as lead units, all due "Quý III": the large tables of the import tests.
QVector<OfficeRow> numberedRows(int n);

} // namespace wp::test
