#include "workprogram/core/text.h"

#include "textdetail.h"

#include <QLocale>

#include <array>

namespace wp::text {

namespace detail {

const FoldTable& foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace detail

namespace {

using detail::FoldTable;
using detail::foldTable;

bool isCombiningMark(char16_t c)
{
    return (c >= 0x0300 && c <= 0x036F);
}

/// The folding itself, for fold(): calls @p put with each folded UTF-16
/// unit. @p pendingSpace carries a dropped run of white space between calls; @p any says whether
/// anything was emitted (a space is only written between text).
template <typename Emit>
void foldInto(QStringView s, bool& pendingSpace, bool& any, Emit&& put)
{
    const FoldTable& table = foldTable();
    for (QChar qc : s) {
        char16_t c = qc.unicode();
        if (c < 0x80) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                pendingSpace = any;
                continue;
            }
            if (c >= 'A' && c <= 'Z')
                c = char16_t(c + 32);
        } else if (isCombiningMark(c)) {
            continue;
        } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212) {
            c = u'-'; // people type "-" for every dash
        } else if (c == 0x2018 || c == 0x2019) {
            c = u'\'';
        } else if (c == 0x201C || c == 0x201D) {
            c = u'"';
        } else if (c >= FoldTable::First && c <= FoldTable::Last && table.base[c - FoldTable::First]) {
            c = table.base[c - FoldTable::First];
        } else if (qc.isSpace()) {
            pendingSpace = any;
            continue;
        } else {
            c = qc.toLower().unicode();
        }
        if (pendingSpace) {
            put(u' ');
            pendingSpace = false;
        }
        put(c);
        any = true;
    }
}

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
char* growForUtf8(QByteArray& out, qsizetype units)
{
    const qsizetype start = out.size();
    out.resize(start + 3 * units);
    return out.data() + start;
}

} // namespace

// Called for every cell of an import and every item of a search: written into a buffer of the
// input's length (folding never lengthens text) rather than appended character by character.
QString fold(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    char16_t* const begin = reinterpret_cast<char16_t*>(out.data());
    char16_t* d = begin;
    bool pendingSpace = false;
    bool any = false;
    foldInto(s, pendingSpace, any, [&d](char16_t c) { *d++ = c; });
    out.truncate(d - begin);
    return out;
}

void appendUtf8(QStringView s, QByteArray& out)
{
    Utf8Writer w(growForUtf8(out, s.size()));
    for (QChar c : s)
        w.put(c.unicode());
    out.truncate(w.finish() - out.constData());
}

QString foldKey(QStringView s)
{
    QString out = fold(s);
    char16_t* const begin = reinterpret_cast<char16_t*>(out.data());
    char16_t* d = begin;
    for (const char16_t* p = begin; p != begin + out.size(); ++p) {
        const char16_t c = *p;
        const bool keep = c < 0x80 ? ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
                                   : QChar(c).isLetterOrNumber();
        if (keep)
            *d++ = c;
    }
    out.truncate(d - begin);
    return out;
}

const QCollator& collator()
{
    thread_local const QCollator instance = [] {
        QCollator c{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return instance;
}

int compare(const QString& a, const QString& b)
{
    return collator().compare(a, b);
}

QString likeEscape(QStringView folded)
{
    QString out;
    out.reserve(folded.size() + 2);
    for (QChar c : folded) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace wp::text
