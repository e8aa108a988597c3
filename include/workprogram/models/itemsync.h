#pragma once

#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/database.h"

namespace wp::models {

/// Brings the rows of @p model up to date after another connection changed the database
/// (storage::ChangeNotifier): reads the row version of every item of the shown program, then only
/// the items that changed, appeared or went, and tells the model row by row — no reset, so the
/// selection, the current row and the scroll position stay. The item @p keepId (the one whose cell
/// is being edited) is left as it is: the edit in progress is not overwritten. Returns how many
/// rows changed. Nothing happens while the model shows no program or only its first page.
int syncChangedItems(storage::Database& db, ItemTableModel& model, qint64 keepId = 0);

} // namespace wp::models
