#pragma once

#include "workprogram/core/item.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace wp {

/// One field of an item that differs between two rounds.
struct FieldDiff
{
    QString field; ///< content, lead_unit, co_units, deadline, due_date, leader, group, form, level, note
    QString oldValue;
    QString newValue;
};

/// An item in both rounds whose fields differ (the status is not a field here).
struct ItemDiff
{
    Item before;
    Item after;
    QVector<FieldDiff> fields;
};

/// The differences of one lead unit. after = before + added − removed − merged + mergeResults
/// + movedIn − movedOut always holds.
struct UnitDiff
{
    qint64 unitId = 0;
    int before = 0;
    int after = 0;
    int added = 0;
    int removed = 0;
    int changed = 0;
    int merged = 0;       ///< items of this unit merged into another item
    int mergeResults = 0; ///< items made by merging that this unit leads
    int movedIn = 0;      ///< items whose lead unit became this unit
    int movedOut = 0;     ///< items whose lead unit was this unit and is another one now
};

/// Two rounds of a program compared item by item (by item id): what a report to the leaders
/// says, such as "512 → 534: thêm 22, bớt 3, sửa 40, gộp 6". Only items in the program count:
/// rejected and withdrawn ones are out of it (merged originals are withdrawn).
/// after = before + added − removed − merged + mergeResults.
struct Comparison
{
    int before = 0;
    int after = 0;
    QVector<Item> added;        ///< in the program after, not before (merge results apart)
    QVector<Item> removed;      ///< in the program before, not after, and not merged
    QVector<ItemDiff> changed;  ///< in both, with some field changed
    QVector<Item> merged;       ///< in the program before, merged into another item after (as after)
    QVector<Item> mergeResults; ///< new items made by merging others
    int statusChanged = 0;      ///< in both, with another status
    QVector<UnitDiff> units;    ///< by unit id

    /// @p unitNames turns unit ids into names in the lead_unit and co_units changes.
    static Comparison compare(const QVector<Item>& before, const QVector<Item>& after,
                              const QHash<qint64, QString>& unitNames = {});
    /// An item is in the program unless it was rejected or withdrawn (merged ones are withdrawn).
    static bool inProgram(const Item& item);
};

} // namespace wp
