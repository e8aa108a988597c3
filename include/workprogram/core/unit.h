#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wp {

/// A unit of the organisation (phòng, ban, trung tâm). Units are data: they are renamed,
/// merged and retired between years, so a unit carries the years it is in use.
struct Unit
{
    qint64 id = 0;
    QString code;      ///< short stable identifier: "TCKH"
    QString name;      ///< official full name: "Phòng Tài chính - Kế hoạch"
    QString shortName; ///< the form used in tables: "Phòng TC-KH"
    QStringList aliases;
    int displayOrder = 0;
    bool active = true;
    std::optional<int> fromYear; ///< first program year the unit exists in (none: always)
    std::optional<int> toYear;   ///< last program year the unit exists in (none: still exists)

    /// True when the unit is active and exists in program year @p year.
    bool inYear(int year) const { return active && (!fromYear || *fromYear <= year) && (!toYear || *toYear >= year); }
    /// The short name if there is one, else the full name.
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
};

} // namespace wp
