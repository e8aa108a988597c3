#include "workprogram/core/comparison.h"

#include <QSet>
#include <QStringList>

#include <map>

namespace wp {
namespace {

QString unitText(qint64 id, const QHash<qint64, QString>& names)
{
    return names.value(id, QString::number(id));
}

QString unitsText(const QVector<qint64>& ids, const QHash<qint64, QString>& names)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(unitText(id, names));
    return out.join(QStringLiteral("; "));
}

QVector<FieldDiff> fieldDiffs(const Item& a, const Item& b, const QHash<qint64, QString>& names)
{
    QVector<FieldDiff> out;
    auto add = [&out](const char* field, const QString& x, const QString& y) {
        if (x != y)
            out.append({QString::fromLatin1(field), x, y});
    };
    add("content", a.content, b.content);
    if (a.leadUnitId != b.leadUnitId)
        out.append({QStringLiteral("lead_unit"), unitText(a.leadUnitId, names), unitText(b.leadUnitId, names)});
    if (a.coUnitIds != b.coUnitIds || a.coUnitsText != b.coUnitsText) {
        // A phrase kept as text ("Các phòng liên quan") is part of the co-units as shown.
        const auto shown = [&names](const Item& it) {
            const QString units = unitsText(it.coUnitIds, names);
            if (it.coUnitsText.isEmpty())
                return units;
            return units.isEmpty() ? it.coUnitsText : units + QStringLiteral("; ") + it.coUnitsText;
        };
        out.append({QStringLiteral("co_units"), shown(a), shown(b)});
    }
    add("deadline", a.deadline.text(), b.deadline.text());
    add("due_date", a.deadline.due().toString(Qt::ISODate), b.deadline.due().toString(Qt::ISODate));
    add("leader", a.leader, b.leader);
    add("group", a.group, b.group);
    add("form", a.form, b.form);
    add("level", a.level, b.level);
    add("note", a.note, b.note);
    return out;
}

} // namespace

bool Comparison::inProgram(const Item& item)
{
    return item.status != Status::Rejected && item.status != Status::Withdrawn;
}

Comparison Comparison::compare(const QVector<Item>& before, const QVector<Item>& after,
                               const QHash<qint64, QString>& unitNames)
{
    Comparison c;
    QHash<qint64, const Item*> beforeById;
    for (const Item& it : before)
        beforeById.insert(it.id, &it);
    QHash<qint64, const Item*> afterById;
    QSet<qint64> mergeTargets;
    for (const Item& it : after) {
        afterById.insert(it.id, &it);
        if (it.mergedInto != 0)
            mergeTargets.insert(it.mergedInto);
    }
    std::map<qint64, UnitDiff> units;
    auto unit = [&units](qint64 id) -> UnitDiff& {
        UnitDiff& u = units[id];
        u.unitId = id;
        return u;
    };
    // An item put in one of the comparison's lists is counted for its unit in the same column.
    auto record = [&unit](QVector<Item>& list, const Item& item, qint64 unitId, int UnitDiff::*count) {
        list.append(item);
        ++(unit(unitId).*count);
    };
    // Whether an item is in the program on its side; when it is, counted in that side's totals.
    auto counted = [&c, &unit](const Item& item, int Comparison::*total, int UnitDiff::*count) {
        if (!inProgram(item))
            return false;
        ++(c.*total);
        ++(unit(item.leadUnitId).*count);
        return true;
    };

    for (const Item& b : before) {
        if (!counted(b, &Comparison::before, &UnitDiff::before))
            continue;
        const Item* a = afterById.value(b.id);
        if (a && inProgram(*a))
            continue; // in both: below
        if (a && a->mergedInto != 0)
            record(c.merged, *a, b.leadUnitId, &UnitDiff::merged);
        else
            record(c.removed, b, b.leadUnitId, &UnitDiff::removed);
    }
    for (const Item& a : after) {
        if (!counted(a, &Comparison::after, &UnitDiff::after))
            continue;
        const Item* b = beforeById.value(a.id);
        if (!b || !inProgram(*b)) {
            if (mergeTargets.contains(a.id) && !b)
                record(c.mergeResults, a, a.leadUnitId, &UnitDiff::mergeResults);
            else
                record(c.added, a, a.leadUnitId, &UnitDiff::added);
            continue;
        }
        if (b->status != a.status)
            ++c.statusChanged;
        const QVector<FieldDiff> fields = fieldDiffs(*b, a, unitNames);
        if (fields.isEmpty())
            continue;
        c.changed.append({*b, a, fields});
        ++unit(a.leadUnitId).changed;
        if (b->leadUnitId != a.leadUnitId) {
            ++unit(b->leadUnitId).movedOut;
            ++unit(a.leadUnitId).movedIn;
        }
    }
    for (const auto& [id, u] : units)
        c.units.append(u);
    return c;
}

} // namespace wp
