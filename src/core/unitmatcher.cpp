#include "workprogram/core/unitmatcher.h"

#include "workprogram/core/text.h"
#include "workprogram/core/unitsuggester.h"

#include <QRegularExpression>

#include <algorithm>

namespace wp {

UnitMatcher::UnitMatcher(const QVector<Unit>& units)
{
    for (const Unit& u : units)
        add(u);
}

void UnitMatcher::addKey(const QString& key, qint64 id, QHash<QString, QVector<qint64>>& table)
{
    if (key.isEmpty())
        return;
    QVector<qint64>& ids = table[key];
    if (!ids.contains(id))
        ids.append(id);
}

// The generic words that offices add or drop around a unit's name: "Phòng", "quận",
// "UBND". Matching without them is a second chance, used only when it is unambiguous.
QString UnitMatcher::looseKey(const QString& key)
{
    static const QStringList prefixes = {QStringLiteral("phong"), QStringLiteral("ban"), QStringLiteral("doi"),
                                         QStringLiteral("phuong"), QStringLiteral("thitran")};
    static const QStringList suffixes = {QStringLiteral("quan"), QStringLiteral("huyen"), QStringLiteral("thixa"),
                                         QStringLiteral("thanhpho")};
    QString k = key;
    for (const QString& p : prefixes)
        if (k.startsWith(p) && k.size() > p.size() + 2) {
            k.remove(0, p.size());
            break;
        }
    for (const QString& s : suffixes)
        if (k.endsWith(s) && k.size() > s.size() + 2) {
            k.chop(s.size());
            break;
        }
    return k;
}

void UnitMatcher::add(const Unit& unit)
{
    QStringList names = {unit.code, unit.name, unit.shortName};
    names += unit.aliases;
    for (const QString& n : names) {
        const QString key = text::foldKey(n);
        addKey(key, unit.id, m_exact);
        addKey(looseKey(key), unit.id, m_loose);
    }
}

UnitMatcher::Match UnitMatcher::match(const QString& written) const
{
    Match result;
    const QString key = text::foldKey(written);
    if (key.isEmpty())
        return result;
    auto pick = [&](const QVector<qint64>& ids) {
        if (ids.size() == 1) {
            result.kind = Match::Kind::Found;
            result.unitId = ids.first();
        } else {
            result.kind = Match::Kind::Ambiguous;
            result.candidates = ids;
        }
    };
    if (auto it = m_exact.find(key); it != m_exact.end()) {
        pick(*it);
        return result;
    }
    if (auto it = m_loose.find(looseKey(key)); it != m_loose.end())
        pick(*it);
    return result;
}

QStringList UnitMatcher::splitNames(const QString& cell) const
{
    QStringList out;
    for (const Part& p : splitParts(cell))
        out.append(p.text);
    return out;
}

QVector<UnitMatcher::Part> UnitMatcher::splitParts(const QString& cell) const
{
    // Registry names hold at most a few commas ("Phòng Lao động, Thương binh và Xã hội").
    constexpr qsizetype MaxCommasInAName = 3;
    static const QRegularExpression strong(QStringLiteral("[;\\n\\r]+"));
    static const QRegularExpression bullet(QStringLiteral("^[-+•*·]\\s*"));
    QVector<Part> out;
    for (QString part : cell.split(strong, Qt::SkipEmptyParts)) {
        part = part.trimmed().remove(bullet).trimmed();
        if (part.endsWith(QLatin1Char('.')))
            part.chop(1);
        if (part.isEmpty())
            continue;
        if (match(part).kind == Match::Kind::Found) {
            out.append(Part{part, false});
            continue;
        }
        if (!part.contains(QLatin1Char(','))) {
            out.append(Part{part, UnitSuggester::isPhrase(part)});
            continue;
        }
        // Pieces between commas: a phrase goes on over the pieces after it until one is a unit
        // ("Các phòng, ban, ngành liên quan" stays whole).
        QStringList pieces;
        for (const QString& piece : part.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!piece.trimmed().isEmpty())
                pieces.append(piece.trimmed());
        std::optional<Part> phrase;
        for (qsizetype i = 0; i < pieces.size();) {
            // A registered name with a comma in it ("Phòng Văn hóa, Thông tin và Thể thao") is
            // one unit: the longest run of pieces from here that names one is taken whole.
            QString piece = pieces.at(i);
            bool unit = false;
            qsizetype next = i + 1;
            for (qsizetype end = std::min(pieces.size(), i + MaxCommasInAName + 1); end > i + 1 && !unit; --end) {
                const QString joined = pieces.mid(i, end - i).join(QStringLiteral(", "));
                if (match(joined).kind == Match::Kind::Found) {
                    piece = joined;
                    unit = true;
                    next = end;
                }
            }
            i = next;
            if (!unit)
                unit = match(piece).kind == Match::Kind::Found;
            if (!unit && phrase) {
                phrase->text += QStringLiteral(", ") + piece;
                continue;
            }
            if (phrase) {
                out.append(*phrase);
                phrase.reset();
            }
            if (!unit && UnitSuggester::isPhrase(piece))
                phrase = Part{piece, true};
            else
                out.append(Part{piece, false});
        }
        if (phrase)
            out.append(*phrase);
    }
    return out;
}

} // namespace wp
