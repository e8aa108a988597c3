// BIFF5/BIFF8 records ([MS-XLS] 2.4): a 2-byte type, a 2-byte length and the data. Only the
// records this reader needs are decoded; every read is bounded by its record.

#include "xlsbiff.h"

#include "readhelpers.h"
#include "workprogram/core/deadline.h"
#include "xlsxparts.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cmath>
#include <cstring>
#include <utility>

namespace wp::io::xls {

namespace {

enum RecordType : quint16
{
    Formula = 0x0006,
    Eof = 0x000A,
    DateMode = 0x0022,
    FilePass = 0x002F,
    Continue = 0x003C,
    CodePage = 0x0042,
    BoundSheet = 0x0085,
    MulRk = 0x00BD,
    MulBlank = 0x00BE,
    RString = 0x00D6,
    Xf = 0x00E0,
    Sst = 0x00FC,
    LabelSst = 0x00FD,
    ColInfo = 0x007D,
    Dimension = 0x0200,
    Blank = 0x0201,
    Number = 0x0203,
    Label = 0x0204,
    BoolErr = 0x0205,
    String = 0x0207,
    RowInfo = 0x0208,
    Rk = 0x027E,
    Format = 0x041E,
    Bof = 0x0809
};

constexpr qint64 MaxRows = 65536; // Excel 97-2003
constexpr qint64 MaxColumns = 256;

struct Record
{
    quint16 type = 0;
    const uchar* data = nullptr;
    int size = 0;
    quint32 offset = 0;

    int u8(int at) const { return at < size ? data[at] : 0; }
    int u16(int at) const { return at + 2 <= size ? data[at] | data[at + 1] << 8 : 0; }
    quint32 u32(int at) const
    {
        return at + 4 <= size ? quint32(data[at]) | quint32(data[at + 1]) << 8 | quint32(data[at + 2]) << 16 |
                                    quint32(data[at + 3]) << 24
                              : 0;
    }
    double f64(int at) const
    {
        double v = 0;
        if (at + 8 <= size)
            std::memcpy(&v, data + at, 8); // BIFF is little-endian, as are the machines this runs on
        return v;
    }
};

/// Walks the records of a stream from an offset; next() is false at the end or on a record
/// that runs past it.
class Records
{
public:
    Records(const QByteArray& stream, quint32 start) : m_stream(stream), m_pos(start) {}
    bool next(Record& r)
    {
        if (m_pos + 4 > quint64(m_stream.size()))
            return false;
        const auto* p = reinterpret_cast<const uchar*>(m_stream.constData()) + m_pos;
        r.type = quint16(p[0] | p[1] << 8);
        r.size = p[2] | p[3] << 8;
        r.offset = quint32(m_pos);
        if (m_pos + 4 + quint64(r.size) > quint64(m_stream.size()))
            return false;
        r.data = p + 4;
        m_pos += 4 + quint64(r.size);
        return true;
    }
    /// The next record's type without moving, 0 at the end.
    quint16 peek() const
    {
        if (m_pos + 4 > quint64(m_stream.size()))
            return 0;
        const auto* p = reinterpret_cast<const uchar*>(m_stream.constData()) + m_pos;
        return quint16(p[0] | p[1] << 8);
    }

private:
    const QByteArray& m_stream;
    quint64 m_pos;
};

/// A BIFF8 XLUnicodeString starting at @p at in @p parts (a record and its CONTINUE records;
/// each continuation starts with a new flags byte for the characters it holds).
QString unicodeString(const QVector<Record>& parts, int at, int lengthBytes, bool* ok)
{
    *ok = false;
    if (parts.isEmpty())
        return QString();
    const Record& first = parts.first();
    const int count = lengthBytes == 1 ? first.u8(at) : first.u16(at);
    at += lengthBytes;
    int flags = first.u8(at++);
    if (flags & 0x08)
        at += 2; // rich text runs, after the characters
    if (flags & 0x04)
        at += 4; // East Asian phonetic data, after the characters
    QString out;
    out.reserve(count);
    int part = 0;
    while (out.size() < count) {
        const Record* r = &parts.at(part);
        if (at >= r->size) {
            if (++part >= parts.size())
                return out; // cut short: keep what is there
            r = &parts.at(part);
            flags = r->u8(0);
            at = 1;
            continue;
        }
        if (flags & 0x01) {
            if (at + 2 > r->size)
                return out;
            out.append(QChar(char16_t(r->u16(at))));
            at += 2;
        } else {
            out.append(QChar(char16_t(r->u8(at))));
            at += 1;
        }
    }
    *ok = true;
    return out;
}

/// What Excel shows for the error code of a BOOLERR record; any other code is #N/A (0x2A).
QString errorText(int code)
{
    static constexpr std::pair<int, const char*> shown[] = {{0x00, "#NULL!"}, {0x07, "#DIV/0!"}, {0x0F, "#VALUE!"},
                                                            {0x17, "#REF!"},  {0x1D, "#NAME?"},  {0x24, "#NUM!"}};
    for (const auto& [c, text] : shown)
        if (c == code)
            return QLatin1String(text);
    return QStringLiteral("#N/A");
}

/// The cell columns a cell record covers, for the area check: [first, last].
bool cellColumns(const Record& r, int* first, int* last)
{
    switch (r.type) {
    case Formula:
    case RString:
    case LabelSst:
    case Blank:
    case Number:
    case Label:
    case BoolErr:
    case Rk:
        *first = *last = r.u16(2);
        return true;
    case MulRk:
    case MulBlank:
        *first = r.u16(2);
        *last = r.u16(r.size - 2);
        return true;
    default:
        return false;
    }
}

/// True when a FORMULA record's expression ends in a text operator: & (ptgConcat) or a string
/// constant (ptgStr), so that its result is text whatever number is saved with it.
bool textFormula(const Record& r)
{
    const int length = r.u16(20);
    if (length <= 0 || 22 + length > r.size)
        return false;
    // Walk the tokens to find the last one; only the few that can end a text expression matter,
    // the others are skipped by their fixed sizes or the walk stops (not text, then).
    int at = 22;
    int last = -1;
    while (at < 22 + length) {
        const int ptg = r.u8(at);
        last = ptg;
        switch (ptg) {
        case 0x17: // ptgStr: a ShortXLUnicodeString
            at += 1 + 2 + r.u8(at + 1) * ((r.u8(at + 2) & 1) ? 2 : 1);
            break;
        case 0x08: // ptgConcat and the other binary operators: one byte
        case 0x03:
        case 0x04:
        case 0x05:
        case 0x06:
        case 0x07:
        case 0x09:
        case 0x0A:
        case 0x0B:
        case 0x0C:
        case 0x0D:
        case 0x0E:
        case 0x15: // ptgParen
            at += 1;
            break;
        case 0x1E: // ptgInt
            at += 3;
            break;
        case 0x1F: // ptgNum
            at += 9;
            break;
        case 0x24: // ptgRef, ptgRefV, ptgRefA
        case 0x44:
        case 0x64:
            at += 5;
            break;
        default:
            return false;
        }
    }
    return last == 0x08 || last == 0x17;
}

QString damaged(const QString& what)
{
    return QCoreApplication::translate("wp::io", "tệp .xls bị hỏng (%1)").arg(what);
}

} // namespace

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
