#pragma once

// Private helpers of wp_storage shared by ItemService and WorkflowService: the text of an
// item's field as compared for locks and history, and whether a program is being amended.

#include "workprogram/core/item.h"
#include "workprogram/core/workflow.h"
#include "workprogram/storage/database.h"

#include <QString>

namespace wp::storage {

/// The value of field @p f of @p it as the history records it (units by id).
QString fieldValue(const Item& it, ItemField f);

/// Whether the program @p programId is being amended (ProgramState::Amending).
bool programIsAmending(Database& db, qint64 programId);

} // namespace wp::storage
