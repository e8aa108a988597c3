#include "workprogram/core/merge.h"

namespace wp {

bool Merge::canMerge(Status s)
{
    return s == Status::Proposed || s == Status::InDraft;
}

QVector<qint64> Merge::units(const QVector<Item>& items)
{
    QVector<qint64> units;
    auto add = [&units](qint64 unit) {
        if (unit && !units.contains(unit))
            units.append(unit);
    };
    for (const Item& it : items)
        add(it.leadUnitId);
    for (const Item& it : items)
        for (qint64 unit : it.coUnitIds)
            add(unit);
    return units;
}

QVector<qint64> Merge::coUnits(const QVector<Item>& items, qint64 leadUnitId)
{
    QVector<qint64> co = units(items);
    co.removeAll(leadUnitId);
    return co;
}

} // namespace wp
