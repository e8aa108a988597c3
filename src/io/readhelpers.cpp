#include "readhelpers.h"

#include <cmath>

namespace wp::io::detail {

QString groupDigits(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString formatBytes(qint64 bytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (bytes >= MiB && bytes % MiB == 0)
        return groupDigits(bytes / MiB) + QStringLiteral(" MB");
    return groupDigits(bytes) + QStringLiteral(" byte");
}

namespace {
/// True when @p s is certainly in normalization form C without asking Qt: every character is
/// below U+0300 (where nothing decomposes or combines) or a precomposed Vietnamese letter
/// (Latin Extended Additional, U+1E00–U+1EFF, all NFC). Vietnamese text typed with precomposed
/// letters, nearly all of it, passes; anything else (a combining mark, another script) goes
/// through QString::normalized().
bool surelyNfc(const QString& s)
{
    for (QChar qc : s) {
        const char16_t c = qc.unicode();
        if (c >= 0x0300 && (c < 0x1E00 || c > 0x1EFF))
            return false;
    }
    return true;
}
} // namespace

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The UTF-16 unit of an escape "_xHHHH_" at @p at, or -1.
int escapeAt(const std::string& s, size_t at)
{
    if (at + 7 > s.size() || s[at] != '_' || (s[at + 1] != 'x' && s[at + 1] != 'X') || s[at + 6] != '_')
        return -1;
    int v = 0;
    for (size_t i = at + 2; i < at + 6; ++i) {
        const int h = hexValue(s[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}
} // namespace

void decodeXmlEscapes(std::string& bytes)
{
    size_t at = bytes.find('_');
    if (at == std::string::npos || bytes.find("_x", at) == std::string::npos)
        return; // nearly every string: nothing to do
    std::string out;
    out.reserve(bytes.size());
    out.append(bytes, 0, at);
    while (at < bytes.size()) {
        const int unit = bytes[at] == '_' ? escapeAt(bytes, at) : -1;
        if (unit < 0) {
            out += bytes[at++];
            continue;
        }
        char32_t cp = char32_t(unit);
        size_t next = at + 7;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = escapeAt(bytes, next);
            if (low < 0xDC00 || low > 0xDFFF) {
                out += bytes[at++]; // a lone surrogate is not text: keep the escape as written
                continue;
            }
            cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            next += 7;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            out += bytes[at++];
            continue;
        }
        at = next;
        if (cp == U'\r' && at < bytes.size() && bytes[at] == '\n')
            continue; // CR LF: the line feed alone is the line break
        appendUtf8(out, cp);
    }
    bytes.swap(out);
}

QString textFromUtf8(const std::string& bytes)
{
    bool ascii = true;
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    QString s = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    // Plain ASCII is always NFC; skipping it keeps large all-ASCII files fast.
    if (ascii || surelyNfc(s))
        return s;
    return s.normalized(QString::NormalizationForm_C);
}

void setNumber(Cell& cell, double value)
{
    if (value == 0)
        value = 0; // no "-0"
    cell.type = Cell::Type::Number;
    cell.number = value;
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        cell.text = QString::number(qint64(value));
    else
        cell.text = QString::number(value, 'g', 15);
}

} // namespace wp::io::detail
