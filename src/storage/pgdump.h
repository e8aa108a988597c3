#pragma once

// Private to wp_storage: backup and restore of a server database through PostgreSQL's own tools
// (issue 13). pg_dump's custom format (-Fc) is the backup; pg_restore puts it back in one
// transaction. Only Maintenance calls these.

#include "workprogram/storage/database.h"

#include <QString>

namespace wp::storage {

/// Writes pg_dump's custom-format archive of the server database @p db is connected to into
/// @p outPath (through "<outPath>.part": a failed dump leaves no half file under the name).
/// Throws StorageError naming what failed (pg_dump missing, its error).
void pgDumpBackup(Database& db, const QString& outPath);

/// Replaces the program's tables of the server database @p target is connected to with the
/// archive at @p backupPath: the archive is checked first (pg_dump's custom format, the program's
/// meta, a schema this build can use), then pg_restore runs as one transaction while @p target
/// holds the writers' lock. On any failure the database stays as it was. Throws StorageError.
void pgRestore(const QString& backupPath, Database& target);

} // namespace wp::storage
