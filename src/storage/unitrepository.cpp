#include "workprogram/storage/unitrepository.h"

#include "backend.h"
#include "sql.h"

#include <QHash>

namespace wp::storage {

QVector<Unit> UnitRepository::select(const QString& where, std::initializer_list<QVariant> values) const
{
    QSqlDatabase& db = m_db.connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, code, name, short_name, display_order, active, from_year, "
                                             "to_year FROM units ") +
                                  where + QStringLiteral(" ORDER BY display_order, id"));
    exec(q, values);
    QVector<Unit> units;
    QHash<qint64, int> index;
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toLongLong();
        u.code = q.value(1).toString();
        u.name = q.value(2).toString();
        u.shortName = q.value(3).toString();
        u.displayOrder = q.value(4).toInt();
        u.active = q.value(5).toBool();
        if (!q.value(6).isNull())
            u.fromYear = q.value(6).toInt();
        if (!q.value(7).isNull())
            u.toYear = q.value(7).toInt();
        index.insert(u.id, int(units.size()));
        units.append(u);
    }
    if (units.isEmpty())
        return units;
    QSqlQuery a = prepare(db, QStringLiteral("SELECT unit_id, alias FROM unit_aliases ORDER BY ") + insertionOrder(db));
    exec(a);
    while (a.next()) {
        auto it = index.find(a.value(0).toLongLong());
        if (it != index.end())
            units[*it].aliases.append(a.value(1).toString());
    }
    return units;
}

QVector<Unit> UnitRepository::all() const
{
    return select(QString(), {});
}

QVector<Unit> UnitRepository::inYear(int year) const
{
    return select(QStringLiteral("WHERE active = 1 AND (from_year IS NULL OR from_year <= ?) AND "
                                 "(to_year IS NULL OR to_year >= ?)"),
                  {year, year});
}

std::optional<Unit> UnitRepository::byId(qint64 id) const
{
    QVector<Unit> u = select(QStringLiteral("WHERE id = ?"), {id});
    return u.isEmpty() ? std::nullopt : std::optional<Unit>(u.first());
}

std::optional<Unit> UnitRepository::byCode(const QString& code) const
{
    QVector<Unit> u = select(QStringLiteral("WHERE code = ?"), {code});
    return u.isEmpty() ? std::nullopt : std::optional<Unit>(u.first());
}

static QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

qint64 UnitRepository::add(const Unit& unit)
{
    QSqlDatabase& db = m_db.connection();
    int order = unit.displayOrder;
    if (order <= 0) {
        lockWriters(db); // MAX()+1: one writer at a time on the server too
        QSqlQuery q = prepare(db, QStringLiteral("SELECT COALESCE(MAX(display_order), 0) + 1 FROM units"));
        exec(q);
        order = q.next() ? q.value(0).toInt() : 1;
    }
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO units(code, name, short_name, display_order, active, "
                                             "from_year, to_year) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    exec(q, {unit.code, unit.name, textOrNull(unit.shortName), order, unit.active ? 1 : 0, optionalInt(unit.fromYear),
             optionalInt(unit.toYear)});
    const qint64 id = returnedId(q);
    for (const QString& alias : unit.aliases)
        addAlias(id, alias);
    return id;
}

void UnitRepository::update(const Unit& unit)
{
    QSqlDatabase& db = m_db.connection();
    run(db,
        QStringLiteral("UPDATE units SET code = ?, name = ?, short_name = ?, display_order = ?, active = ?, "
                       "from_year = ?, to_year = ? WHERE id = ?"),
        {unit.code, unit.name, textOrNull(unit.shortName), unit.displayOrder, unit.active ? 1 : 0,
         optionalInt(unit.fromYear), optionalInt(unit.toYear), unit.id});
    run(db, QStringLiteral("DELETE FROM unit_aliases WHERE unit_id = ?"), {unit.id});
    for (const QString& alias : unit.aliases)
        addAlias(unit.id, alias);
}

void UnitRepository::addAlias(qint64 unitId, const QString& alias)
{
    run(m_db.connection(),
        QStringLiteral("INSERT INTO unit_aliases(unit_id, alias) VALUES(?, ?) ON CONFLICT DO NOTHING"),
        {unitId, alias.trimmed()});
}

} // namespace wp::storage
