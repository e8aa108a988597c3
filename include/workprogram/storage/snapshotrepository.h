#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/program.h"
#include "workprogram/core/unit.h"
#include "workprogram/storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wp::storage {

/// A frozen copy of every item of a program at one of its steps: canonical JSON
/// (wp::SnapshotJson) and its SHA-256, who took it, when and at which step.
struct Snapshot
{
    qint64 id = 0;
    qint64 programId = 0;
    QDateTime at;
    QString login;
    ProgramState from = ProgramState::Collecting;
    ProgramState to = ProgramState::Collecting;
    QString label;
    QByteArray content;
    QString hash;

    /// The frozen items (empty when the content does not read).
    QVector<Item> items() const;
    /// The units as they were named when it was taken, by id (empty for a snapshot taken before
    /// snapshots kept them).
    QHash<qint64, Unit> units() const;
};

/// Snapshots are written once and never changed: the database's triggers refuse UPDATE and
/// DELETE, and verify() recomputes every hash for the case someone went around them.
class SnapshotRepository
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::SnapshotRepository)

public:
    explicit SnapshotRepository(Database& db) : m_db(db) {}

    /// Freezes the items of @p program as they are now. Call inside the transaction of the step.
    Snapshot take(const Program& program, ProgramState from, ProgramState to, const QString& login,
                  const QString& label);
    /// The snapshots of @p programId, oldest first.
    QVector<Snapshot> forProgram(qint64 programId) const;
    std::optional<Snapshot> byId(qint64 id) const;
    /// One line per broken snapshot, for a person; empty when every hash matches.
    QStringList verify() const;

private:
    Database& m_db;
};

} // namespace wp::storage
