#pragma once

#include "workprogram/core/unit.h"

#include <QHash>
#include <QVector>

namespace wp {

/// Finds a unit from a name as people write it: the code, full name, short name or any
/// alias, ignoring case, accents, đ/d, spaces and punctuation ("Phòng TC-KH", "TC-KH" and
/// "Phòng Tài chính - Kế hoạch" are one unit when registered so).
class UnitMatcher
{
public:
    struct Match
    {
        enum class Kind
        {
            Found,
            NotFound,
            Ambiguous
        } kind = Kind::NotFound;
        qint64 unitId = 0;
        QVector<qint64> candidates; ///< for Ambiguous
    };

    UnitMatcher() = default;
    explicit UnitMatcher(const QVector<Unit>& units);

    void add(const Unit& unit);
    Match match(const QString& written) const;

    /// Splits a co-units cell ("Phòng Nội vụ; TC-KH, Tư pháp" or one name a line) into
    /// names. A comma only separates names when the text as a whole is not one unit name,
    /// so a unit whose official name contains a comma still matches.
    QStringList splitNames(const QString& cell) const;

    /// A part of a co-units cell: a name, or a phrase that names units without naming one
    /// ("Các phòng, ban liên quan", "UBND các phường": UnitSuggester::isPhrase).
    struct Part
    {
        QString text;
        bool phrase = false;
    };
    /// splitNames() that keeps phrases whole: a comma inside a phrase does not cut it, so
    /// "Các phòng, ban liên quan" is one phrase, not "Các phòng" and a unit called "ban liên
    /// quan"; "Phòng Tư pháp, các phòng liên quan" is a name and a phrase.
    QVector<Part> splitParts(const QString& cell) const;

private:
    void addKey(const QString& key, qint64 id, QHash<QString, QVector<qint64>>& table);
    static QString looseKey(const QString& key);

    QHash<QString, QVector<qint64>> m_exact;
    QHash<QString, QVector<qint64>> m_loose;
};

} // namespace wp
