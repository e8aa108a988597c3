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
