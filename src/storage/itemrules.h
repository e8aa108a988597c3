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
/// The step of program @p programId (Collecting when there is no such program).
ProgramState programStateOf(Database& db, qint64 programId);
/// Throws PermissionError when program @p programId is signed: no item may be added, deleted or
/// merged in it until an amendment is opened. @p what: "thêm nội dung".
void requireNotSigned(Database& db, qint64 programId, const QString& what);

/// The refusal of a save that came second: @p what ("nội dung số 3") was changed by someone else
/// since it was read; names who changed it last and when, from its history.
QString changedSinceRead(Database& db, qint64 itemId, const QString& what);

/// The history's keys of what an item's creation records besides its fields.
inline QString numberKey()
{
    return QStringLiteral("number");
}

/// Every field of @p it as its history records it, number first: (key, value) pairs in a fixed
/// order (the number, then ItemFields::editable()).
QVector<QPair<QString, QString>> recordedFields(const Item& it);

} // namespace wp::storage
