#include "workprogram/models/itemloader.h"

#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <limits>

namespace wp::models {

ItemLoader::ItemLoader(ItemTableModel& model) : m_model(model) {}

void ItemLoader::load(storage::Database& db, qint64 programId, int year, QDate today)
{
    read(db, programId, year, today, -1);
}

void ItemLoader::loadFirst(storage::Database& db, qint64 programId, int year, QDate today, int rows)
{
    read(db, programId, year, today, rows);
}

void ItemLoader::read(storage::Database& db, qint64 programId, int year, QDate today, int rows)
{
    m_db = &db;
    ItemTableModel::Contents c;
    c.programId = programId;
    c.year = year;
    c.today = today;
    storage::UnitRepository unitRepo(db);
    for (const Unit& u : unitRepo.all())
        c.units.insert(u.id, u);
    c.yearUnits = unitRepo.inYear(year);
    // The repository shares one string per distinct leader, group, form, level and deadline.
    if (programId && rows < 0) {
        c.items = storage::ItemRepository(db).list(programId);
    } else if (programId) {
        c.items = storage::ItemRepository(db).page(programId, std::numeric_limits<int>::min(), rows + 1);
        // One more than asked tells whether there is a rest, without counting the program.
        c.complete = c.items.size() <= rows;
        if (!c.complete)
            c.items.removeLast();
    }
    m_model.reset(std::move(c));
}

void ItemLoader::loadRest()
{
    if (m_model.isComplete() || !m_db)
        return;
    const QVector<Item>& shown = m_model.items();
    m_model.appendRest(storage::ItemRepository(*m_db).page(
        m_model.programId(), shown.isEmpty() ? std::numeric_limits<int>::min() : shown.last().number, -1));
}

void ItemLoader::clear()
{
    m_db = nullptr;
    m_model.clear();
}

} // namespace wp::models
