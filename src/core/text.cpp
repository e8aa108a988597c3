#include "workprogram/core/text.h"

#include <QLocale>

#include <array>

namespace wp::text {
namespace {

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

const FoldTable& foldTable()
{
    static const FoldTable table;
    return table;
}

bool isCombiningMark(char16_t c)
{
    return (c >= 0x0300 && c <= 0x036F);
}

} // namespace

// Called for every cell of an import and every item of a search: written into a buffer of the
// input's length (folding never lengthens text) rather than appended character by character.
QString fold(QStringView s)
{
    const FoldTable& table = foldTable();
    QString out(s.size(), Qt::Uninitialized);
    char16_t* const begin = reinterpret_cast<char16_t*>(out.data());
    char16_t* d = begin;
    bool pendingSpace = false;
    for (QChar qc : s) {
        char16_t c = qc.unicode();
        if (c < 0x80) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                pendingSpace = d != begin;
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
            pendingSpace = d != begin;
            continue;
        } else {
            c = qc.toLower().unicode();
        }
        if (pendingSpace) {
            *d++ = u' '; // a space is only pending after a dropped run of spaces: room is left
            pendingSpace = false;
        }
        *d++ = c;
    }
    out.truncate(d - begin);
    return out;
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

bool containsFolded(QStringView haystack, QStringView needle)
{
    return fold(haystack).contains(fold(needle));
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
