#include "workprogram/reports/reportdata.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QSet>

#include <algorithm>

namespace wp::reports {

QString DatabaseSource::label() const
{
    return tr("Trạng thái hiện tại");
}

storage::ReportSettings DatabaseSource::settings() const
{
    return storage::ReportSettingsRepository(m_db).load(m_program);
}

QVector<Unit> DatabaseSource::unitsInYear() const
{
    return storage::UnitRepository(m_db).inYear(m_program.year);
}

QVector<Unit> DatabaseSource::allUnits() const
{
    return storage::UnitRepository(m_db).all();
}

QVector<Item> DatabaseSource::items(const QVector<qint64>& leadUnitIds) const
{
    storage::ItemFilter filter;
    filter.leadUnitIds = leadUnitIds;
    return storage::ItemRepository(m_db).list(m_program.id, filter);
}

SnapshotSource::SnapshotSource(storage::Database& db, Program program, storage::Snapshot snapshot)
    : m_db(db), m_program(std::move(program)), m_snapshot(std::move(snapshot)), m_items(m_snapshot.items()),
      m_units(m_snapshot.units())
{
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) { return a.number < b.number; });
}

QString SnapshotSource::label() const
{
    return tr("Ảnh chụp #%1 — %2, %3")
        .arg(m_snapshot.id)
        .arg(ProgramStateInfo::label(m_snapshot.to), formatDate(m_snapshot.at.toLocalTime().date()));
}

storage::ReportSettings SnapshotSource::settings() const
{
    return storage::ReportSettingsRepository(m_db).load(m_program);
}

QVector<Unit> SnapshotSource::asThen(QVector<Unit> units) const
{
    for (Unit& u : units) {
        const auto then = m_units.constFind(u.id);
        if (then != m_units.cend()) {
            u.code = then->code;
            u.name = then->name;
            u.shortName = then->shortName;
        }
    }
    return units;
}

QVector<Unit> SnapshotSource::unitsInYear() const
{
    return asThen(storage::UnitRepository(m_db).inYear(m_program.year));
}

QVector<Unit> SnapshotSource::allUnits() const
{
    QVector<Unit> units = asThen(storage::UnitRepository(m_db).all());
    // A unit the snapshot names that is gone from the registry since is still named as it was.
    QSet<qint64> present;
    for (const Unit& u : units)
        present.insert(u.id);
    QVector<Unit> gone;
    for (const Unit& u : std::as_const(m_units))
        if (!present.contains(u.id))
            gone.append(u);
    std::sort(gone.begin(), gone.end(), [](const Unit& a, const Unit& b) { return a.id < b.id; });
    return units + gone;
}

QVector<Item> SnapshotSource::items(const QVector<qint64>& leadUnitIds) const
{
    if (leadUnitIds.isEmpty())
        return m_items;
    QVector<Item> chosen;
    for (const Item& it : m_items)
        if (leadUnitIds.contains(it.leadUnitId))
            chosen.append(it);
    return chosen;
}

ReportData ReportData::build(const ReportSource& source, const ReportRequest& request)
{
    ReportData d;
    d.kind = request.kind;
    d.groupBy = request.groupBy;
    d.program = source.program();
    d.settings = source.settings();
    d.sourceLabel = source.label();
    d.sourceHash = source.hash();
    d.date = request.date.isValid() ? request.date : QDate::currentDate();
    d.asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    d.allUnits = source.allUnits();
    d.items = source.items(request.unitIds);

    // The units of the year in display order (only the chosen ones when there is a choice),
    // then any other unit that leads an item, so that no listed item lacks its unit.
    const QSet<qint64> chosen(request.unitIds.cbegin(), request.unitIds.cend());
    QSet<qint64> present;
    for (const Unit& u : source.unitsInYear()) {
        if (chosen.isEmpty() || chosen.contains(u.id)) {
            d.units.append(u);
            present.insert(u.id);
        }
    }
    QVector<qint64> extra;
    for (const Item& it : d.items)
        if (!present.contains(it.leadUnitId) && !extra.contains(it.leadUnitId))
            extra.append(it.leadUnitId);
    for (qint64 id : request.unitIds)
        if (!present.contains(id) && !extra.contains(id))
            extra.append(id);
    for (const Unit& u : d.allUnits)
        if (extra.contains(u.id)) {
            d.units.append(u);
            extra.removeOne(u.id);
        }
    for (qint64 id : extra) { // an item whose unit row is gone: still printed, never dropped
        Unit u;
        u.id = id;
        u.name = QCoreApplication::translate("wp::reports::ReportData", "Đơn vị #%1").arg(id);
        d.units.append(u);
    }
    return d;
}

} // namespace wp::reports
