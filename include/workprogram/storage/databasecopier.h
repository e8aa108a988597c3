#pragma once

#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace wp::storage {

/// Copies a whole database into an empty one, between a file and a server in either direction
/// (or file to file): units and their aliases, programs, items, accounts, the three hash chains
/// with their ids and hashes, snapshots, import and audit logs, the meta values and the heads kept
/// beside a file. The source is read inside one read snapshot; the target is written in one
/// transaction, so a copy that fails or is interrupted leaves nothing in the target (and a target
/// that had no schema before gets none: the schema this copy created is removed again).
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::DatabaseCopier)

public:
    /// Called after each row written to the target with the table and the rows of that table
    /// written so far. A throw from it aborts the copy like any failure (tests use it to fail
    /// half-way).
    using Progress = std::function<void(const QString& table, qint64 rows)>;

    /// The rows copied, table by table, in the order they were copied.
    using Counts = QList<QPair<QString, qint64>>;

    /// Copies @p from (a file or a postgresql:// URL) into @p to (created when it does not exist;
    /// it must hold no rows). Throws StorageError: a missing source (CantOpen), a target holding
    /// data or at another schema version (NotOurs), anything the databases report.
    static Counts copy(const QString& from, const QString& to, const Progress& progress = {});

    /// The tables copied, in an order that keeps every foreign key satisfied.
    static const QStringList& tables();
};

} // namespace wp::storage
