#include "workprogram/models/itemloader.h"

#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QTimer>

#include <limits>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace wp::models {

namespace {

/// Reading a large program frees as much heap as it keeps (query rows, the first page, the
/// view's and the proxy's rebuilt mappings); glibc holds on to it unless asked: ~25 MiB of 157
/// after 100 000 items (issue 3's memory budget). Asked once the event loop runs again, after
/// the views have laid themselves out.
void releaseFreedHeapSoon(int rows)
{
#ifdef __GLIBC__
    if (rows >= 10000)
        QTimer::singleShot(0, [] { malloc_trim(0); });
#else
    Q_UNUSED(rows);
#endif
}

} // namespace

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
    if (m_model.isComplete())
        releaseFreedHeapSoon(m_model.rowCount());
}

void ItemLoader::loadRest()
{
    if (m_model.isComplete() || !m_db)
        return;
    const QVector<Item>& shown = m_model.items();
    m_model.appendRest(storage::ItemRepository(*m_db).page(
        m_model.programId(), shown.isEmpty() ? std::numeric_limits<int>::min() : shown.last().number, -1));
    releaseFreedHeapSoon(m_model.rowCount());
}

void ItemLoader::clear()
{
    m_db = nullptr;
    m_model.clear();
}

} // namespace wp::models
