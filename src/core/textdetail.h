#pragma once

// Private to wp_core: the pieces of folding that text.cpp and search.cpp share.

#include <QByteArray>
#include <QChar>
#include <QString>

#include <array>

namespace wp::text::detail {

// Base letter for every code point in the Latin ranges Vietnamese uses, built once from Qt's
// Unicode decomposition tables; 0 means "not a Latin letter with a decomposition".
struct FoldTable
{
    static constexpr char16_t First = 0x00C0;
    static constexpr char16_t Last = 0x1EFF;
    std::array<char16_t, Last - First + 1> base{};

    FoldTable()
    {
        for (char32_t cp = First; cp <= Last; ++cp) {
            QString decomposed = QString(QChar(char16_t(cp))).normalized(QString::NormalizationForm_D);
            if (decomposed.size() > 1 && decomposed.at(0).unicode() < 0x80)
                base[cp - First] = decomposed.at(0).toLower().unicode();
        }
        base[0x0110 - First] = u'd'; // Đ has no decomposition
        base[0x0111 - First] = u'd'; // đ
    }
};

/// The table, built on first use.
const FoldTable& foldTable();

/// Writes UTF-16 units as UTF-8, pairing surrogates; a lone surrogate becomes '?' as in
/// QString::toUtf8().
class Utf8Writer
{
public:
    explicit Utf8Writer(char* out) : m_out(out) {}

    void put(char16_t c)
    {
        if (m_high) {
            const char16_t high = m_high;
            m_high = 0;
            if (QChar::isLowSurrogate(c)) {
                const char32_t cp = QChar::surrogateToUcs4(high, c);
                *m_out++ = char(0xF0 | (cp >> 18));
                *m_out++ = char(0x80 | ((cp >> 12) & 0x3F));
                *m_out++ = char(0x80 | ((cp >> 6) & 0x3F));
                *m_out++ = char(0x80 | (cp & 0x3F));
                return;
            }
            replacement();
        }
        if (c < 0x80) {
            *m_out++ = char(c);
        } else if (c < 0x800) {
            *m_out++ = char(0xC0 | (c >> 6));
            *m_out++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c)) {
            m_high = c;
        } else if (QChar::isLowSurrogate(c)) {
            replacement();
        } else {
            *m_out++ = char(0xE0 | (c >> 12));
            *m_out++ = char(0x80 | ((c >> 6) & 0x3F));
            *m_out++ = char(0x80 | (c & 0x3F));
        }
    }

    /// Flushes a high surrogate left at the end; returns the end of what was written.
    char* finish()
    {
        if (m_high) {
            m_high = 0;
            replacement();
        }
        return m_out;
    }

private:
    void replacement() { *m_out++ = '?'; }

    char* m_out;
    char16_t m_high = 0;
};

/// Makes room for @p units UTF-16 units of UTF-8 at the end of @p out (at most 3 bytes each);
/// returns where they go.
inline char* growForUtf8(QByteArray& out, qsizetype units)
{
    const qsizetype start = out.size();
    out.resize(start + 3 * units);
    return out.data() + start;
}

} // namespace wp::text::detail
