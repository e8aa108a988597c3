#include "readhelpers.h"

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

QString textFromUtf8(const std::string& bytes)
{
    bool ascii = true;
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString s = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    // Plain ASCII is always NFC; skipping it keeps large all-ASCII files fast.
    return ascii ? s : s.normalized(QString::NormalizationForm_C);
}

} // namespace wp::io::detail
