// The workbook globals of a BIFF5/BIFF8 stream, and the area each sheet's cells cover. Only the
// records this reader needs are decoded; every read is bounded by its record (xlsrecords.h).

#include "xlsbiff.h"

#include "readhelpers.h"
#include "xlsrecords.h"
#include "xlsxparts.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace wp::io::xls {

bool Workbook::isDateStyle(int xf) const
{
    if (xf < 0 || xf >= xfFormats.size())
        return false;
    const int id = xfFormats.at(xf);
    return xlsx::isDateFormat(id, formats.value(id));
}

QString Workbook::decode(const QByteArray& bytes) const
{
    if (codePage >= 1250 && codePage <= 1258) {
        QStringDecoder decoder(QByteArray("windows-") + QByteArray::number(codePage));
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromLatin1(bytes);
}

bool scanWorkbook(const QByteArray& stream, Workbook* wb, ReadError* failure)
{
    QString text;
    QString* error = &text;
    const auto failed = [&] {
        *failure = ReadError{0, -1, text};
        return false;
    };
    Records records(stream, 0);
    Record r;
    if (!records.next(r) || r.type != Bof) {
        *error = QCoreApplication::translate("wp::io", "tệp OLE có luồng Workbook nhưng không phải bảng tính Excel "
                                                       "97-2003 (BIFF5/BIFF8)");
        return failed();
    }
    const int version = r.u16(0);
    if (version != 0x0600 && version != 0x0500) {
        *error = QCoreApplication::translate("wp::io", "phiên bản Excel quá cũ hoặc không rõ (BIFF %1); hãy mở bằng "
                                                       "Excel hoặc LibreOffice rồi lưu lại dưới dạng .xlsx")
                     .arg(QString::number(version, 16));
        return failed();
    }
    wb->biffVersion = version == 0x0600 ? 8 : 5;
    while (records.next(r) && r.type != Eof) {
        switch (r.type) {
        case FilePass:
            wb->encrypted = true;
            break;
        case DateMode:
            wb->date1904 = r.u16(0) != 0;
            break;
        case CodePage:
            wb->codePage = r.u16(0);
            break;
        case Sst:
            wb->sharedStrings = r.u32(4);
            break;
        case BoundSheet: {
            SheetEntry s;
            s.offset = r.u32(0);
            s.visibility = r.u8(4) & 0x03;
            s.type = r.u8(5);
            if (wb->biffVersion == 8) {
                bool ok = false;
                s.name = unicodeString({r}, 6, 1, &ok);
            } else {
                const int n = std::min(r.u8(6), std::max(0, r.size - 7));
                s.name = wb->decode(QByteArray(reinterpret_cast<const char*>(r.data) + 7, n));
            }
            wb->sheets.append(s);
            break;
        }
        case Xf:
            wb->xfFormats.append(r.u16(2));
            break;
        case Format: {
            const int id = r.u16(0);
            if (wb->biffVersion == 8) {
                bool ok = false;
                QVector<Record> parts{r};
                wb->formats.insert(id, unicodeString(parts, 2, 2, &ok));
                // freexl copies the string by the length it states, unchecked (a 12-byte record
                // stating 65 529 two-byte characters made it read 131 058 bytes off its buffer).
                if (!ok) {
                    *error = QCoreApplication::translate("wp::io", "bản ghi định dạng số (FORMAT) ở byte %1 của luồng "
                                                                   "Workbook ghi chuỗi %2 ký tự, dài hơn chính bản ghi")
                                 .arg(r.offset)
                                 .arg(r.u16(2));
                    return failed();
                }
            } else {
                const int n = std::min(r.u8(2), std::max(0, r.size - 3));
                wb->formats.insert(id, wb->decode(QByteArray(reinterpret_cast<const char*>(r.data) + 3, n)));
            }
            break;
        }
        default:
            break;
        }
    }
    if (wb->encrypted)
        return true; // the rest is encrypted: nothing more can be read
    // Each sheet's records: the area its cells cover, checked against Excel's own limits before
    // freexl sizes its tables from it.
    for (SheetEntry& s : wb->sheets) {
        Records sheet(stream, s.offset);
        if (!sheet.next(r) || r.type != Bof) {
            *error = damaged(
                QCoreApplication::translate("wp::io", "trang tính \"%1\" không bắt đầu ở vị trí đã ghi").arg(s.name));
            return failed();
        }
        while (sheet.next(r) && r.type != Eof) {
            int first = 0, last = 0;
            if (r.type == Dimension) {
                const qint64 rows = wb->biffVersion == 8 ? qint64(r.u32(4)) : qint64(r.u16(2));
                const qint64 columns = wb->biffVersion == 8 ? r.u16(10) : r.u16(6);
                s.rows = std::max(s.rows, rows);
                s.columns = std::max(s.columns, columns);
            } else if (cellColumns(r, &first, &last)) {
                s.rows = std::max(s.rows, qint64(r.u16(0)) + 1);
                s.columns = std::max(s.columns, qint64(std::max(first, last)) + 1);
            }
            // freexl looks a shared string up without checking its index against its table.
            if (r.type == LabelSst && wb->sharedStrings >= 0 && qint64(r.u32(6)) >= wb->sharedStrings) {
                const int row = r.u16(0), column = r.u16(2);
                *failure = ReadError{
                    row + 1, column,
                    QCoreApplication::translate("wp::io", "ô %1 tham chiếu chuỗi dùng chung số \"%2\" nhưng tệp chỉ "
                                                          "có %3 chuỗi")
                        .arg(columnLetter(column) + QString::number(row + 1), QString::number(r.u32(6)),
                             detail::groupDigits(wb->sharedStrings))};
                return false;
            }
            if (s.rows > MaxRows || s.columns > MaxColumns) {
                *error = damaged(QCoreApplication::translate("wp::io", "trang tính \"%1\" vượt quá %2 dòng × %3 cột "
                                                                       "của Excel 97-2003")
                                     .arg(s.name, detail::groupDigits(MaxRows), QString::number(MaxColumns)));
                return failed();
            }
        }
    }
    return true;
}

} // namespace wp::io::xls
