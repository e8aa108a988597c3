#pragma once

#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace wp::storage {

/// Backups, restores and integrity checks of a database file.
class Maintenance
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::Maintenance)

public:
    /// Called with pages copied and pages in all while a backup runs.
    using Progress = std::function<void(int done, int total)>;

    /// Copies the live database to @p outPath with SQLite's online backup API: a consistent
    /// copy even while another program (the GUI) keeps writing. A server database is written by
    /// pg_dump in its custom format (found on PATH or under /usr/lib/postgresql; WP_PG_BINDIR,
    /// when set, is the only place looked at). Throws StorageError.
    static void backup(Database& db, const QString& outPath, const Progress& progress = {});

    /// Replaces the database at @p dbPath with the backup at @p backupPath, in one
    /// transaction; the backup is checked first and refused if it is not a sound database of
    /// this program. When @p dbPath is a server's URL, @p backupPath is a pg_dump archive of a
    /// server database of this program, put back by pg_restore in one transaction (the
    /// writers' lock held meanwhile); on any failure the database stays as it was. Throws
    /// StorageError.
    static void restore(const QString& backupPath, const QString& dbPath);

    struct CheckResult
    {
        bool ok = true;
        QStringList problems; ///< one line per problem, for a person
    };
    /// integrity_check and foreign_key_check.
    static CheckResult check(Database& db);
    /// PRAGMA quick_check: the page structure without the index cross-checks, fast enough to
    /// run every time a database is opened.
    static CheckResult quickCheck(Database& db);

    /// Makes a dated backup in @p folder when the newest one there is older than a day, then
    /// keeps only the @p keep newest. Returns the new backup's path, empty when none was due.
    static QString dailyBackup(Database& db, const QString& folder, int keep);
    /// Lower-case hex SHA-256 of the file at @p path (empty when it cannot be read).
    static QString fileSha256(const QString& path);
    /// Backups of @p dbPath made by dailyBackup(), newest first.
    static QStringList backupsIn(const QString& folder, const QString& dbPath);
};

} // namespace wp::storage
