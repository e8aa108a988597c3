#include "workprogram/core/search.h"

#include "textdetail.h"

#include "workprogram/core/text.h"

#include <algorithm>
#include <cstring>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace wp::search {
namespace {

using text::detail::FoldTable;
using text::detail::foldTable;

bool isAsciiWordChar(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/// The words of @p s, folded as text::fold() folds (lower case, accents dropped, đ → d): calls
/// @p unit(c, from) for each folded character (a code point) of a word, @p from being where in
/// @p s the character it comes from starts, and @p wordEnd(at) after each word, @p at being where the
/// word ends in @p s (after any accent marks of its last letter). Letters, digits and marks
/// make words; everything else separates them. Accents written as combining marks (U+0300 to
/// U+036F) are dropped without ending the word, as fold() drops them.
template <typename Unit, typename WordEnd>
void scanWords(QStringView s, Unit&& unit, WordEnd&& wordEnd)
{
    const FoldTable& table = foldTable();
    const qsizetype n = s.size();
    bool inWord = false;
    auto separator = [&](qsizetype at) {
        if (inWord)
            wordEnd(at);
        inWord = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = s[i].unicode();
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                c = char16_t(c + 32);
            } else if (!isAsciiWordChar(c)) {
                separator(i);
                continue;
            }
        } else if (c >= 0x0300 && c <= 0x036F) {
            continue;
        } else if (c >= FoldTable::First && c <= FoldTable::Last && table.base[c - FoldTable::First]) {
            c = table.base[c - FoldTable::First];
            if (!isAsciiWordChar(c)) { // U+037E, the Greek question mark, decomposes to ';'
                separator(i);
                continue;
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            char32_t cp = QChar::surrogateToUcs4(c, s[i + 1].unicode());
            if (!QChar::isLetterOrNumber(cp) && !QChar::isMark(cp)) {
                separator(i);
                ++i;
                continue;
            }
            unit(QChar::toLower(cp), i);
            inWord = true;
            ++i;
            continue;
        } else {
            const QChar qc(c);
            if (!qc.isLetterOrNumber() && !qc.isMark()) { // lone surrogates are neither
                separator(i);
                continue;
            }
            c = qc.toLower().unicode();
        }
        unit(char32_t(c), i);
        inWord = true;
    }
    separator(n);
}

void appendCodePoint(QString& s, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        s.append(QChar(QChar::highSurrogate(c)));
        s.append(QChar(QChar::lowSurrogate(c)));
    } else {
        s.append(QChar(char16_t(c)));
    }
}

/// A word of a shown text: its folded form and where each folded unit came from.
struct ShownWord
{
    QString folded;
    std::vector<qsizetype> from; ///< per unit of folded
    qsizetype end = 0;
};

std::vector<ShownWord> shownWords(QStringView s)
{
    std::vector<ShownWord> out;
    ShownWord current;
    scanWords(
        s,
        [&](char32_t c, qsizetype from) {
            appendCodePoint(current.folded, c);
            current.from.push_back(from);
            if (QChar::requiresSurrogates(c))
                current.from.push_back(from); // one per UTF-16 unit of folded
        },
        [&](qsizetype at) {
            current.end = at;
            out.push_back(std::move(current));
            current = ShownWord();
        });
    return out;
}

/// Whether @p text contains @p pattern, a term's " w1 … wn" (two bytes or more). The window runs
/// this over 100 000 rows at every keystroke, a few hundred bytes each: with SSE2, sixteen
/// places at a time are tried on the pattern's first letter and its last byte together (the
/// leading space is too common to tell anything), and only where both agree is the rest
/// compared. A table-driven search (Boyer-Moore-Horspool) shifts at most the pattern's length,
/// two to eight bytes for words.
bool contains(QByteArrayView text, QByteArrayView pattern)
{
    const qsizetype n = text.size();
    const qsizetype m = pattern.size();
    if (m > n)
        return false;
    const char* t = text.data();
    const char* p = pattern.data();
    qsizetype i = 0;
#ifdef __SSE2__
    if (m >= 2) {
        const __m128i first = _mm_set1_epi8(p[1]);
        const __m128i last = _mm_set1_epi8(p[m - 1]);
        // Blocks of 16 starting places i..i+15: reads t[i + 1 .. i + m + 15), inside the text
        // while i + m + 15 <= n.
        for (; i + m + 15 <= n; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i + 1));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i + m - 1));
            unsigned mask =
                unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
            while (mask) {
                const qsizetype at = i + qsizetype(__builtin_ctz(mask));
                if (std::memcmp(t + at, p, size_t(m)) == 0)
                    return true;
                mask &= mask - 1;
            }
        }
    }
#endif
    for (; i + m <= n; ++i)
        if (t[i] == p[0] && std::memcmp(t + i, p, size_t(m)) == 0)
            return true;
    return false;
}

bool isQuote(char16_t c)
{
    return c == u'"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xFF02;
}

} // namespace

struct Query::Data
{
    struct Term
    {
        QStringList words;
        QByteArray pattern; ///< " w1 w2 … wn", UTF-8
    };
    std::vector<Term> terms;
    /// The patterns in the order matches() tries them: the longest first, the one that fails
    /// most often.
    std::vector<QByteArrayView> byLength;
};

void appendField(QStringView field, QByteArray& out)
{
    const qsizetype start = out.size();
    // At most 3 bytes a unit (4 for a pair), and a space before each word, which needs a unit
    // before it that is not part of a word, except for the first: 4 bytes a unit, plus the first
    // space and FieldEnd.
    out.resize(start + 4 * field.size() + 2);
    char* const begin = out.data() + start;
    char* d = begin;
    bool pendingSpace = true;
    scanWords(
        field,
        [&](char32_t c, qsizetype) {
            if (pendingSpace) {
                *d++ = ' ';
                pendingSpace = false;
            }
            if (c < 0x80) {
                *d++ = char(c);
            } else if (c < 0x800) {
                *d++ = char(0xC0 | (c >> 6));
                *d++ = char(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                *d++ = char(0xE0 | (c >> 12));
                *d++ = char(0x80 | ((c >> 6) & 0x3F));
                *d++ = char(0x80 | (c & 0x3F));
            } else {
                *d++ = char(0xF0 | (c >> 18));
                *d++ = char(0x80 | ((c >> 12) & 0x3F));
                *d++ = char(0x80 | ((c >> 6) & 0x3F));
                *d++ = char(0x80 | (c & 0x3F));
            }
        },
        [&](qsizetype) { pendingSpace = true; });
    if (d != begin)
        *d++ = FieldEnd;
    out.truncate(start + (d - begin));
}

void appendItemText(const Item& item, QByteArray& out)
{
    // Room for the worst case at once (appendField's own bound), not four growths.
    out.reserve(out.size() + 4 * (item.content.size() + item.note.size() + item.leader.size() + item.group.size()) + 8);
    appendField(item.content, out);
    appendField(item.note, out);
    appendField(item.leader, out);
    appendField(item.group, out);
}

QByteArray itemText(const Item& item)
{
    QByteArray out;
    appendItemText(item, out);
    return out;
}

QByteArray unitText(const Unit& unit)
{
    QByteArray out;
    appendField(unit.name, out);
    appendField(unit.shortName, out);
    appendField(unit.code, out);
    for (const QString& alias : unit.aliases)
        appendField(alias, out);
    return out;
}

QStringList words(QStringView text)
{
    QStringList out;
    QString current;
    scanWords(
        text, [&](char32_t c, qsizetype) { appendCodePoint(current, c); },
        [&](qsizetype) {
            out.append(current);
            current.clear();
        });
    return out;
}

Query::Query() : m_d(std::make_shared<const Data>()) {}

Query::Query(QStringView text)
{
    auto d = std::make_shared<Data>();
    auto addTerm = [&d](QStringView piece) {
        Data::Term term;
        term.words = words(piece);
        if (term.words.isEmpty())
            return;
        for (const QString& w : term.words) {
            term.pattern += ' ';
            term.pattern += w.toUtf8();
        }
        for (const Data::Term& t : d->terms)
            if (t.pattern == term.pattern)
                return; // the same term twice asks nothing more
        d->terms.push_back(std::move(term));
    };
    bool quoted = false;
    qsizetype pieceStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isQuote(c.unicode())) {
            addTerm(text.mid(pieceStart, i - pieceStart));
            quoted = !quoted;
            pieceStart = i + 1;
        } else if (!quoted && c.isSpace()) {
            addTerm(text.mid(pieceStart, i - pieceStart));
            pieceStart = i + 1;
        }
    }
    addTerm(text.mid(pieceStart)); // an open quote runs to the end: the phrase being typed

    for (const Data::Term& t : d->terms)
        d->byLength.emplace_back(t.pattern);
    std::stable_sort(d->byLength.begin(), d->byLength.end(),
                     [](QByteArrayView a, QByteArrayView b) { return a.size() > b.size(); });
    m_d = std::move(d);
}

bool Query::isEmpty() const
{
    return m_d->terms.empty();
}

int Query::termCount() const
{
    return int(m_d->terms.size());
}

QStringList Query::termWords(int i) const
{
    return m_d->terms.at(size_t(i)).words;
}

QByteArray Query::termPattern(int i) const
{
    return m_d->terms.at(size_t(i)).pattern;
}

QString Query::likePattern(int i) const
{
    return QStringLiteral("%") + text::likeEscape(QString::fromUtf8(termPattern(i))) + QStringLiteral("%");
}

bool Query::termOccurs(int i, QByteArrayView text) const
{
    return contains(text, m_d->terms.at(size_t(i)).pattern);
}

bool Query::matches(QByteArrayView text) const
{
    for (QByteArrayView pattern : m_d->byLength)
        if (!contains(text, pattern))
            return false;
    return true;
}

bool Query::narrows(const Query& wider) const
{
    for (const Data::Term& w : wider.m_d->terms) {
        const bool implied = std::any_of(m_d->terms.cbegin(), m_d->terms.cend(),
                                         [&w](const Data::Term& t) { return t.pattern.contains(w.pattern); });
        if (!implied)
            return false;
    }
    return true;
}

QVector<Mark> Query::marks(QStringView text) const
{
    QVector<Mark> out;
    if (isEmpty())
        return out;
    const std::vector<ShownWord> shown = shownWords(text);
    for (const Data::Term& term : m_d->terms) {
        const size_t k = size_t(term.words.size());
        for (size_t i = 0; i + k <= shown.size(); ++i) {
            bool hit = true;
            for (size_t j = 0; j + 1 < k && hit; ++j)
                hit = shown[i + j].folded == term.words[qsizetype(j)];
            const ShownWord& last = shown[i + k - 1];
            const QString& typed = term.words.last();
            if (!hit || !last.folded.startsWith(typed))
                continue;
            // The typed part of the last word ends where its next folded unit starts: accents
            // written as combining marks after the typed letters belong to them.
            const qsizetype end = typed.size() < last.folded.size() ? last.from[size_t(typed.size())] : last.end;
            const qsizetype start = shown[i].from.front();
            out.append({start, end - start});
        }
    }
    std::sort(out.begin(), out.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });
    QVector<Mark> merged;
    for (const Mark& m : out) {
        if (!merged.isEmpty() && m.start <= merged.last().start + merged.last().length)
            merged.last().length = std::max(merged.last().length, m.start + m.length - merged.last().start);
        else
            merged.append(m);
    }
    return merged;
}

bool operator==(const Query& a, const Query& b)
{
    if (a.m_d == b.m_d)
        return true;
    if (a.m_d->terms.size() != b.m_d->terms.size())
        return false;
    for (size_t i = 0; i < a.m_d->terms.size(); ++i)
        if (a.m_d->terms[i].pattern != b.m_d->terms[i].pattern)
            return false;
    return true;
}

} // namespace wp::search
