#pragma once

// A few items to start from, for the tests that write to them from several connections (the
// models' sync tests, the storage load tests). Beside testsupport.h so that adding to it does not
// rebuild every test.

#include "workprogram/core/item.h"
#include "workprogram/core/program.h"
#include "workprogram/core/unit.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QVector>

namespace wp::test {

/// Adds the unit TP (Phòng Tư pháp) and @p program, titled by default for its year, to @p db;
/// @p program gets its id. Returns the unit's id.
inline qint64 addUnitAndProgram(storage::Database& db, Program& program)
{
    Unit tp;
    tp.code = QStringLiteral("TP");
    tp.name = QStringLiteral("Phòng Tư pháp");
    const qint64 unit = storage::UnitRepository(db).add(tp);
    program.title = Program::defaultTitle(program.year);
    program.id = storage::ProgramRepository(db).add(program);
    return unit;
}

/// Adds @p items to @p db as "Nội dung 1", "Nội dung 2", … of @p programId, led by @p unit, in
/// @p status; they get their ids.
inline void addNumberedItems(storage::Database& db, QVector<Item>& items, qint64 programId, qint64 unit, Status status)
{
    for (int i = 0; i < items.size(); ++i) {
        items[i].programId = programId;
        items[i].content = QStringLiteral("Nội dung %1").arg(i + 1);
        items[i].leadUnitId = unit;
        items[i].status = status;
    }
    storage::ItemService(db).add(items);
}

} // namespace wp::test
