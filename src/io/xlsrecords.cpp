// The BIFF records' strings and cells the workbook and sheet scans share (xlsrecords.h).

#include "xlsrecords.h"

#include <QCoreApplication>

namespace wp::io::xls {

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

} // namespace wp::io::xls
