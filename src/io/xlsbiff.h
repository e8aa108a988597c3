#pragma once

// Private to wp_io: what the .xls reader needs from the BIFF records that freexl does not give.

#include "workprogram/io/table.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVector>

namespace wp::io::xls {

struct SheetEntry
{
    QString name;
    int visibility = 0; ///< 0 visible, 1 hidden, 2 very hidden
    int type = 0;       ///< 0 worksheet, 1 macro sheet, 2 chart, 6 VB module
    quint32 offset = 0; ///< where the sheet's BOF record is in the Workbook stream
    qint64 rows = 0;    ///< the rows and columns the sheet's records cover (DIMENSION, cells)
    qint64 columns = 0;
};

/// The workbook globals: version, protection, date system, sheets and number formats.
struct Workbook
{
    int biffVersion = 0; ///< 5 (Excel 5/95) or 8 (Excel 97-2003)
    bool encrypted = false;
    bool date1904 = false;
    int codePage = 1252;
    QVector<SheetEntry> sheets;
    qint64 sharedStrings = -1;   ///< the SST's unique strings, -1 without an SST
    QVector<int> xfFormats;      ///< the number format of each cell style (XF), in order
    QHash<int, QString> formats; ///< custom number formats by id

    bool isDateStyle(int xf) const;
    /// Bytes of the workbook's code page (BIFF5 text) as Unicode.
    QString decode(const QByteArray& bytes) const;
};

/// Reads the globals and walks every sheet's records to learn the area its cells cover and check
/// their shared-string indexes. False with @p error set when the stream is not BIFF5/BIFF8 or is
/// damaged (with the cell's row and column when a cell is).
bool scanWorkbook(const QByteArray& stream, Workbook* workbook, ReadError* error);

/// The key of a cell in the maps below.
inline quint64 cellKey(quint32 row, quint32 column)
{
    return quint64(row) << 16 | column;
}

/// What freexl does not say about a sheet's rows and columns: which are hidden (ROW's fDyZero,
/// COLINFO's fHidden), 0-based.
struct SheetLayout
{
    QSet<quint32> hiddenRows;
    QVector<bool> hiddenColumns;
    /// Each row that has a cell record, with one past its last cell's column: the reader visits
    /// only these, so a sheet whose area says 65 536 × 256 but holds a few cells reads as fast as
    /// its cells (Excel writes such areas for a whole-column format).
    QMap<quint32, quint32> rowEnds;
};

/// The cells of sheet @p index that freexl leaves out or gets wrong: formula results (the value
/// Excel saved with the formula), booleans and errors (freexl reads both as 0/1), and BIFF5
/// rich-text strings; and, when @p layout is given, its hidden rows and columns.
bool scanSheetCells(const QByteArray& stream, const Workbook& workbook, int index, QHash<quint64, Cell>* cells,
                    QString* error, SheetLayout* layout = nullptr);

} // namespace wp::io::xls
