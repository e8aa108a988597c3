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

/// Who changed an item last and when: its last history row, with the person's full name when the
/// program knows the login. The conflict message of storage and the window's conflict view both
/// say it through who() and when(), in one form.
struct LastChange
{
    QString login;    ///< empty: a change made without signing in
    QString fullName; ///< empty when the login is no account of the program (or unreadable)
    QDateTime at;

    /// "Full name (login)", the login alone (no name, or the name is the login), or empty.
    QString who() const;
    /// The time in local time, dd/MM/yyyy HH:mm (the program's one form for a moment).
    QString when() const;
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
    /// The last change of item @p itemId, or nothing when it has no history.
    std::optional<LastChange> lastChange(qint64 itemId) const;
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
