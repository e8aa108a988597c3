#pragma once

#include "workprogram/core/item.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/iteminserter.h"

#include <QCoreApplication>
#include <QVector>

namespace wp::storage {

/// Thrown when an item changed in the database since it was read (its row version moved on).
class ConflictError : public StorageError
{
public:
    using StorageError::StorageError;
};

/// The one way programs change items without a signed-in person (import, demo, the GUI of a
/// database without users): every call is one transaction (all or nothing), so a crash never
/// leaves half an edit. The workflow's locks hold here too, as for the widest role (the Office):
/// update() refuses locked fields and status changes the workflow has no transition for,
/// remove() refuses every item that has left the draft (PermissionError, nothing written).
class ItemService
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::ItemService)

public:
    explicit ItemService(Database& db) : m_db(db) {}

    /// Adds @p items, their creation recorded as @p record says; an item with number 0 gets the
    /// next free number of its program.
    void add(QVector<Item>& items, const CreationRecord& record = {});
    /// add() for items a person adds one by one (the GUI's new row, duplicate, an undone
    /// delete): each gets a `create` row in the item history as @p login (empty: nobody signed
    /// in) with its status and every non-empty field.
    void create(QVector<Item>& items, const QString& login);
    /// Writes changed items in one transaction; throws ConflictError (and writes nothing)
    /// when any of them was changed by someone else meanwhile, PermissionError when one changes
    /// a field its status locks (approved and in-progress: all but the note, unless the program
    /// is being amended; done, rejected, withdrawn: all) or moves to a status the workflow has
    /// no transition to.
    void update(QVector<Item>& items);
    void update(Item& item);
    /// Deletes the items in one transaction; only drafts (Status::Draft): an item that was
    /// proposed is withdrawn or rejected instead, so that its record stays (PermissionError).
    /// Each deletion is a `delete` row in the item history as @p login (empty: nobody signed in)
    /// with the item's status and every non-empty field, so what was deleted stays readable.
    void remove(const QVector<qint64>& ids, const QString& login = QString());
    /// The next free number (STT) of @p programId.
    int nextNumber(qint64 programId) const;

private:
    void requireEditable(const Item& stored, const Item& changed) const;
    QString signedRefusal(const Item& stored) const;
    Database& m_db;
};

} // namespace wp::storage
