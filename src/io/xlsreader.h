#pragma once

// Private to wp_io: the Excel 97-2003 (.xls) reader behind openTable().

#include "workbookreader.h"
#include "xlsbiff.h"

#include <QHash>

#include <memory>

namespace wp::io {

/// Reads one sheet of an .xls workbook with freexl (Debian's libfreexl), which holds the whole
/// workbook in memory as .xls files are small (at most 65 536 rows by 256 columns a sheet).
/// Before freexl sees the file, the compound file and its BIFF records are checked here: the
/// sheets' visibility and extent (a damaged area never reaches freexl's allocations), password
/// protection, and the cells freexl does not read (formula results, booleans, errors).
class XlsReader : public WorkbookReader
{
public:
    /// Opens @p path and the sheet chosen by @p options (by name, case-insensitive; empty:
    /// the first visible worksheet). Returns nullptr and fills @p error when that fails.
    static std::unique_ptr<XlsReader> open(const QString& path, const ReadOptions& options, ReadError* error);
    ~XlsReader() override;

    bool next(Row& row) override;
    bool selectTable(int index) override;
    QVector<bool> hiddenColumns() const override { return m_layout.hiddenColumns; }

    /// The sheets of @p path, in workbook order.
    static QVector<TableInfo> sheets(const QString& path, const ReadLimits& limits, ReadError* error);

private:
    XlsReader() = default;
    /// Starts reading sheet @p index (a worksheet) from its first row.
    bool startSheet(int index, ReadError* error);

    const void* m_handle = nullptr; ///< freexl's
    xls::Workbook m_workbook;
    QByteArray m_stream; ///< the Workbook stream, for the BIFF scan of another sheet (small: ≤ 65 536 rows)
    quint32 m_rows = 0;
    quint32 m_columns = 0;
    quint32 m_row = 0; ///< the next row to read, 0-based
    QHash<quint64, Cell> m_extra;
    xls::SheetLayout m_layout;
};

} // namespace wp::io
