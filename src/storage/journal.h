#pragma once

// Private to wp_storage: the journal mode of a database file (write-ahead log or rollback
// journal) and how long a statement waits for another program's lock.

struct sqlite3;

namespace wp::storage {

/// How long a statement waits for another program's lock on a file before "database is locked".
constexpr int BusyTimeoutMs = 5000;

/// Sets the journal mode of the file of @p handle to @p mode ("delete", "wal") without waiting for
/// other connections: whether the file is now in that mode. Outside any transaction.
bool switchJournal(sqlite3* handle, const char* mode);

/// PRAGMA journal_mode = WAL on @p handle, waiting for another program's bulk write to end.
/// Leaving a rollback journal reads the file's header, then writes it; SQLite does not wait (no
/// busy handler) for a write lock wanted while a read is open, its guard against deadlocks, so
/// while another program writes the file through a rollback journal (Transaction::Mode::Bulk) the
/// pragma answers "busy" at once. Tried again until the busy timeout; throws StorageError then.
void enterWal(sqlite3* handle);

} // namespace wp::storage
