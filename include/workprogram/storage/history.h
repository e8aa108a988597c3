#pragma once

#include "workprogram/core/status.h"
#include "workprogram/storage/database.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wp::storage {

/// One field's change in an edit.
struct FieldChange
{
    QString field; ///< ItemFields::key
    QString oldValue;
    QString newValue;
};

/// One row of an item's history: a status change, an edit, a comment, or the item's creation
/// or deletion (every non-empty field as a change from or to nothing), by whom and when.
struct HistoryEntry
{
    enum class Kind
    {
        Transition,
        Edit,
        Comment,
        Create,
        Delete
    };
    qint64 id = 0;
    qint64 itemId = 0;
    QDateTime at;
    QString login;
    Kind kind = Kind::Comment;
    std::optional<Status> from;
    std::optional<Status> to;
    QString comment;
    QVector<FieldChange> changes;
    QString prevHash;
    QString hash;

    static QString kindKey(Kind k);
};

/// The history of items, append-only. Each row stores the SHA-256 of its own content and of
/// the previous row's hash, and the meta table holds the last hash: editing, deleting or
/// reordering a row, or cutting off the end, breaks the chain and verify() reports it.
class HistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::HistoryRepository)

public:
    explicit HistoryRepository(Database& db) : m_db(db) {}

    /// Appends @p entry (sets its id, time and hashes). Call inside the transaction of the
    /// change it records.
    void append(HistoryEntry& entry);
    QVector<HistoryEntry> forItem(qint64 itemId) const;
    int count() const;
    /// One line per broken link, for a person; empty when the chain is whole.
    QStringList verify() const;

    /// The hash of the row before the first one.
    static QString genesisHash();
    static QString hashOf(const HistoryEntry& e);

private:
    Database& m_db;
};

} // namespace wp::storage
