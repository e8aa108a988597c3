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

/// @p n plain rows numbered 1..n ("Nhiệm vụ số i về chuyển đổi số"), the article units in turn
/// as lead units, all due "Quý III": the large tables of the import tests.
QVector<OfficeRow> numberedRows(int n);

} // namespace wp::test
