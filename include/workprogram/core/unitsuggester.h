#pragma once

#include "workprogram/core/unit.h"

#include <QVector>

namespace wp {

/// Finds the registry units a name that matches none probably means, for "có phải … không?"
/// suggestions: initials and abbreviations of the words ("P.TCKH", "LĐTB&XH" for "Phòng Lao
/// động - Thương binh và Xã hội"), the same words joined differently ("VP HĐND và UBND quận" for
/// "Văn phòng HĐND - UBND quận"), a name inside another, and typing slips. It only suggests: a
/// name is found by UnitMatcher or not at all.
class UnitSuggester
{
public:
    UnitSuggester() = default;
    explicit UnitSuggester(const QVector<Unit>& units);

    /// The ids of the units closest to @p written, best first, at most @p max.
    QVector<qint64> suggest(const QString& written, int max = 3) const;

    /// Why @p written can never be the name of a new unit.
    enum class NotAName
    {
        No,      ///< it could be a name
        Number,  ///< "12", "3.5"
        Date,    ///< "15/06/2023", "2023-06-15"
        Generic, ///< a generic word or a fragment: "ban", "các phòng", "Đội", "x"
        Phrase,  ///< a phrase naming several units at once: "Các đơn vị có liên quan"
    };
    static NotAName notAName(const QString& written);

    /// A co-operation phrase rather than a unit's name: it starts with "Các"/"Những"/"Tất cả", or
    /// says "liên quan", or names units in the plural inside ("UBND các phường").
    static bool isPhrase(const QString& written);

private:
    struct Entry
    {
        qint64 id = 0;
        QStringList words; ///< folded words of one of the unit's names
        QString key;       ///< text::foldKey of that name
    };
    QVector<Entry> m_entries;
};

} // namespace wp
