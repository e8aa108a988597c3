#pragma once

// Private to wp_storage: reading a whole program's items straight from SQLite, for the window
// opening 100 000 items (issue 3). QSqlQuery makes a QVariant of every column of every row;
// this reads the columns in place and shares the strings that repeat.

#include "workprogram/core/item.h"
#include "workprogram/storage/database.h"

#include <QVector>

#include <limits>
#include <optional>

namespace wp::storage {

/// The items of @p programId numbered above @p afterNumber, by number, at most @p limit of them
/// (-1: all), with their co-units in order; std::nullopt when @p db is not SQLite (the caller
/// reads through QSqlQuery then). @p expected reserves room.
std::optional<QVector<Item>> readProgramItems(Database& db, qint64 programId, int expected,
                                              int afterNumber = std::numeric_limits<int>::min(), int limit = -1);

} // namespace wp::storage
