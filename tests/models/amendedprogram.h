#pragma once

// The model tests' common ground: the sample units and the 2023 program in a fresh database, the
// program being amended, and a model with its loader, editor and undo stack, not loaded yet.

#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QHash>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace wp::test {

struct AmendedProgram : ::testing::Test
{
    TempDb tmp;
    storage::Database& db = tmp.db();
    models::ItemTableModel model;
    models::ItemLoader loader{model};
    models::ItemEditor editor{model, loader};
    QUndoStack undo;
    qint64 programId = 0;
    QHash<QString, qint64> unit; ///< unit id by code

    void SetUp() override
    {
        io::SampleData::addUnits(db);
        io::SampleData::addProgram(db);
        for (const Unit& u : storage::UnitRepository(db).all())
            unit.insert(u.code, u.id);
        // The demo program is issued: its approved and in-progress items are edited (with nobody
        // signed in too) only while the Office amends it; done ones stay locked (ItemService).
        Program program = *storage::ProgramRepository(db).byYear(2023);
        program.state = ProgramState::Amending;
        storage::ProgramRepository(db).update(program);
        programId = program.id;
        editor.setUndoStack(&undo);
    }
};

} // namespace wp::test
