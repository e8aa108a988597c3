#pragma once

#include "workprogram/core/item.h"
#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QVector>

namespace wp::storage {

/// Thrown when an item changed in the database since it was read (its row version moved on).
class ConflictError : public StorageError
{
public:
    using StorageError::StorageError;
};

/// The one way programs change items: every call is one transaction (all or nothing), so a
/// crash never leaves half an edit. The GUI and the CLI both go through it; the workflow
/// rules and the history are enforced here, below both of them.
class ItemService
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::ItemService)

public:
    explicit ItemService(Database& db) : m_db(db) {}

    /// Adds @p items; an item with number 0 gets the next free number of its program.
    void add(QVector<Item>& items);
    /// Writes changed items in one transaction; throws ConflictError (and writes nothing)
    /// when any of them was changed by someone else meanwhile.
    void update(QVector<Item>& items);
    void update(Item& item);
    /// Deletes the items in one transaction.
    void remove(const QVector<qint64>& ids);
    /// The next free number (STT) of @p programId.
    int nextNumber(qint64 programId) const;

private:
    Database& m_db;
};

} // namespace wp::storage
