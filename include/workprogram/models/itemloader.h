#pragma once

#include "workprogram/storage/database.h"

#include <QDate>

namespace wp::models {

class ItemTableModel;

/// Reads the items of a program year through the storage repositories into an ItemTableModel:
/// all at once, or a first page for a large program's first screen and then the rest (issue 3:
/// first rows within 0.5 s on 100 000 items). It remembers the database it read from, which
/// the ItemEditor of the same model writes to. After a large program is read, glibc is asked to
/// give back the heap the reading freed (once the event loop runs again).
class ItemLoader
{
public:
    explicit ItemLoader(ItemTableModel& model);

    /// Loads the items of @p programId (year @p year, 0: none yet); @p today decides what is overdue.
    void load(storage::Database& db, qint64 programId, int year, QDate today = QDate::currentDate());
    /// Loads the first @p rows items of @p programId by number; loadRest() appends the others.
    /// Until then the model is incomplete (ItemTableModel::isComplete()).
    void loadFirst(storage::Database& db, qint64 programId, int year, QDate today, int rows);
    /// Appends the items not loaded yet (one insert of rows); nothing when the model is complete.
    void loadRest();
    /// Empties the model and forgets the database.
    void clear();
    /// The database last read from, nullptr after clear().
    storage::Database* database() const { return m_db; }

private:
    void read(storage::Database& db, qint64 programId, int year, QDate today, int rows);

    ItemTableModel& m_model;
    storage::Database* m_db = nullptr;
};

} // namespace wp::models
