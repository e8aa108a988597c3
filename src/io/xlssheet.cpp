// The cells of one sheet that freexl leaves out or gets wrong, and its hidden rows and columns,
// read from the sheet's BIFF records (xlsrecords.h).

#include "xlsbiff.h"

#include "readhelpers.h"
#include "workprogram/core/deadline.h"
#include "xlsrecords.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>

namespace wp::io::xls {

bool scanSheetCells(const QByteArray& stream, const Workbook& wb, int index, QHash<quint64, Cell>* cells,
                    QString* error, SheetLayout* layout)
{
    if (index < 0 || index >= wb.sheets.size())
        return true;
    Records records(stream, wb.sheets.at(index).offset);
    Record r;
    if (!records.next(r) || r.type != Bof) {
        *error = damaged(QCoreApplication::translate("wp::io", "trang tính không bắt đầu ở vị trí đã ghi"));
        return false;
    }
    qint64 stringCell = -1; // a formula whose text result is in the STRING record that follows
    while (records.next(r) && r.type != Eof) {
        const quint32 row = quint32(r.u16(0));
        const quint32 col = quint32(r.u16(2));
        const int xf = r.u16(4);
        if (int first = 0, last = 0; layout && row < MaxRows && cellColumns(r, &first, &last)) {
            const quint32 end = quint32(std::clamp<qint64>(std::max(first, last) + qint64(1), 0, MaxColumns));
            quint32& known = layout->rowEnds[row];
            known = std::max(known, end);
        }
        switch (r.type) {
        case RowInfo: // ROW: grbit bit 5, fDyZero, is a hidden row
            if (layout && (r.u16(12) & 0x20) && row < MaxRows)
                layout->hiddenRows.insert(row);
            break;
        case ColInfo: // COLINFO: colFirst, colLast; grbit bit 0, fHidden
            if (layout && (r.u16(8) & 0x01)) {
                const int first = r.u16(0);
                const int last = int(std::min<qint64>(r.u16(2), MaxColumns - 1));
                if (first <= last && layout->hiddenColumns.size() <= last)
                    layout->hiddenColumns.resize(last + 1, false);
                for (int c = first; c <= last; ++c)
                    layout->hiddenColumns[c] = true;
            }
            break;
        case Formula: {
            Cell cell;
            cell.formula = true;
            if (r.u16(12) == 0xFFFF) { // not a number: the type is in the first byte
                switch (r.u8(6)) {
                case 0: // text, in the STRING record
                    stringCell = qint64(cellKey(row, col));
                    break;
                case 1:
                    cell.type = Cell::Type::Boolean;
                    cell.number = r.u8(8) ? 1 : 0;
                    cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    break;
                case 2:
                    cell.type = Cell::Type::Error;
                    cell.text = errorText(r.u8(8));
                    break;
                default: // an empty text
                    break;
                }
            } else if (textFormula(r)) {
                // A text formula saved with a number as its result: LibreOffice's .xls export does
                // that (no STRING record). The result is unknown, as in an xlsx formula without
                // a cached value; "0" would be a wrong value without a word.
            } else {
                const double v = r.f64(6);
                const QDate date = wb.isDateStyle(xf) && std::isfinite(v) ? excelSerialToDate(v, wb.date1904) : QDate();
                if (date.isValid()) {
                    cell.type = Cell::Type::Date;
                    cell.number = v;
                    cell.date = date;
                    cell.text = formatDate(date);
                } else if (std::isfinite(v)) {
                    detail::setNumber(cell, v);
                }
            }
            if (cell.type != Cell::Type::Empty)
                cells->insert(cellKey(row, col), cell);
            break;
        }
        case String: {
            if (stringCell < 0)
                break;
            QVector<Record> parts{r};
            while (records.peek() == Continue) {
                Record c;
                records.next(c);
                parts.append(c);
            }
            Cell cell;
            cell.formula = true;
            bool ok = true;
            if (wb.biffVersion == 8) {
                cell.text = unicodeString(parts, 0, 2, &ok);
            } else {
                const int n = std::min(r.u16(0), std::max(0, r.size - 2));
                cell.text = wb.decode(QByteArray(reinterpret_cast<const char*>(r.data) + 2, n));
            }
            cell.text = cell.text.normalized(QString::NormalizationForm_C);
            cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
            if (cell.type != Cell::Type::Empty)
                cells->insert(quint64(stringCell), cell);
            stringCell = -1;
            break;
        }
        case BoolErr: {
            Cell cell;
            if (r.u8(7)) {
                cell.type = Cell::Type::Error;
                cell.text = errorText(r.u8(6));
            } else {
                cell.type = Cell::Type::Boolean;
                cell.number = r.u8(6) ? 1 : 0;
                cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            cells->insert(cellKey(row, col), cell);
            break;
        }
        case RString:
            if (wb.biffVersion == 5) {
                const int n = std::min(r.u16(6), std::max(0, r.size - 8));
                Cell cell;
                cell.text = wb.decode(QByteArray(reinterpret_cast<const char*>(r.data) + 8, n))
                                .normalized(QString::NormalizationForm_C);
                cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
                if (cell.type != Cell::Type::Empty)
                    cells->insert(cellKey(row, col), cell);
            }
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace wp::io::xls
