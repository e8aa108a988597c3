#pragma once

#include "workprogram/core/program.h"
#include "workprogram/storage/database.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace wp::storage {

/// One step of a program (or its sign-off): who, when, from which step to which, the decision
/// number of a sign-off, and the snapshot frozen with it and that snapshot's hash.
struct ProgramHistoryEntry
{
    qint64 id = 0;
    qint64 programId = 0;
    QDateTime at;
    QString login;
    ProgramState from = ProgramState::Collecting;
    ProgramState to = ProgramState::Collecting;
    QString decision;      ///< empty except at a sign-off
    qint64 snapshotId = 0; ///< 0: none (steps written before schema v4)
    QString snapshotHash;
    QString prevHash;
    QString hash;
};

/// The history of programs' steps, append-only and hash-chained like item_history (schema v5):
/// each row stores the SHA-256 of its own columns and of the previous row's hash, the meta table
/// holds the last hash, and verify() names the first row that was edited, deleted, reordered
/// or cut off. The snapshot hash is one of the hashed columns, so the chain covers the
/// snapshots too.
class ProgramHistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::ProgramHistoryRepository)

public:
    explicit ProgramHistoryRepository(Database& db) : m_db(db) {}

    /// Appends @p entry (sets its id and hashes; keeps its time when set). Call inside the
    /// transaction of the step it records.
    void append(ProgramHistoryEntry& entry);
    /// The steps of @p programId, oldest first.
    QVector<ProgramHistoryEntry> forProgram(qint64 programId) const;
    int count() const;
    /// One line per broken link, for a person; empty when the chain is whole.
    QStringList verify() const;

    /// Gives every row of program_history its hashes in id order and records the head: the
    /// upgrade to schema v5, inside its transaction.
    static void chainExisting(QSqlDatabase& db);

private:
    Database& m_db;
};

} // namespace wp::storage
