#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <memory>

/// Searching by words, the one rule of every search of the program (the CLI's `--search`, the
/// window's search box, the review queue, the unit pickers) and of the database's filter.
///
/// A text is searched through its *search text*: its words folded (lower case, no accents,
/// đ → d), each written after one space, every field closed by FieldEnd. Everything that is not
/// a letter or a digit separates words. "Kế hoạch Việt – Hàn" gives " ke hoach viet han|".
///
/// A query is terms; an item matches when every term occurs in its search text, in any order.
/// A term is one word, or words that must be adjacent and in this order (a phrase): text in
/// double quotes, or a piece of the query without spaces that punctuation splits ("Việt–Hàn",
/// "30/6"). A term occurs when its first word starts a word of the text, its last word begins a
/// word of the text, and the words between are whole words, all in one field: the search text
/// contains " w1 w2 … wn" (docs/decisions.md, issue 16). That is one `LIKE '% w1 w2 … wn%'` per
/// term in SQL, on SQLite as on a server.
namespace wp::search {

/// Closes each field of a search text, so that a phrase never runs from one field into the next.
constexpr char FieldEnd = '|';

/// Appends the words of @p field to the search text @p out (UTF-8): each folded word after one
/// space, then FieldEnd when the field has a word. A field without words adds nothing.
void appendField(QStringView field, QByteArray& out);

/// The search text of an item's own fields: content, note, leader and task group, in this order.
QByteArray itemText(const Item& item);
void appendItemText(const Item& item, QByteArray& out);

/// The search text of a unit: its name, short name, code and aliases, one field each. An item's
/// lead and co-operating units are searched through these.
QByteArray unitText(const Unit& unit);

/// The folded words of @p text (what the search text holds of it, without the spaces).
QStringList words(QStringView text);

/// A part of a shown text that a query matched: [start, start + length) in UTF-16 units.
struct Mark
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const Mark& a, const Mark& b) { return a.start == b.start && a.length == b.length; }
};

/// A parsed query. Copies share their data (a query is made once per keystroke and read by many).
class Query
{
public:
    /// The empty query: no term, matches everything.
    Query();
    /// Parses @p text. White space separates terms; double quotes (", “ ”, „) enclose a phrase,
    /// and a quote left open runs to the end of the query; punctuation separates words. A query
    /// with no letter or digit has no term: it is empty.
    explicit Query(QStringView text);

    /// No term: the query matches everything (an empty or word-less search is no condition).
    bool isEmpty() const;
    int termCount() const;
    /// The folded words of term @p i, in order (one word, or the words of a phrase).
    QStringList termWords(int i) const;
    /// Term @p i as it is looked for in a search text: " w1 w2 … wn", UTF-8.
    QByteArray termPattern(int i) const;
    /// Term @p i as a SQL LIKE pattern over a stored search text, '\' escaping: "% w1 w2 … wn%".
    QString likePattern(int i) const;

    /// Whether term @p i occurs in the search text @p text.
    bool termOccurs(int i, QByteArrayView text) const;
    /// Whether every term occurs in the search text @p text (always, for the empty query).
    bool matches(QByteArrayView text) const;
    /// Whether every text this query matches is matched by @p wider too (each of its terms is
    /// part of one of this query's terms): typing on narrows a search.
    bool narrows(const Query& wider) const;

    /// Where the terms occur in the shown text @p text (not a search text): the words matched,
    /// as written, accents kept; only the typed part of a word matched by its beginning. Sorted,
    /// overlapping parts merged. One field: a phrase is looked for within @p text.
    QVector<Mark> marks(QStringView text) const;

    friend bool operator==(const Query& a, const Query& b);
    friend bool operator!=(const Query& a, const Query& b) { return !(a == b); }

private:
    struct Data;
    std::shared_ptr<const Data> m_d;
};

} // namespace wp::search
