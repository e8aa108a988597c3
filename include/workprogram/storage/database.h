#pragma once

#include "workprogram/core/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <stdexcept>

namespace wp::storage {

/// A database failure: the statement's context and the driver's message. Repositories
/// throw it; programs report it (the CLI exits with code 3). kind() says what it is, decided
/// once where the driver reported it (sql.cpp), so that a full disk or a read-only folder is
/// never taken for a damaged file.
class StorageError : public Error
{
public:
    enum class Kind
    {
        Other,          ///< anything else (the message carries the driver's words)
        Busy,           ///< another program holds the database longer than the wait allows
        Constraint,     ///< the data broke a rule of the schema
        Damaged,        ///< the file is damaged (SQLite's SQLITE_CORRUPT or SQLITE_NOTADB)
        ReadOnly,       ///< no permission to write the file or its folder, or opened read-only
        DiskFull,       ///< no space left on the disk
        CantOpen,       ///< the file cannot be opened (missing folder, no permission)
        Io,             ///< the disk failed to read or write
        ConnectionLost, ///< the server went away, or cannot be reached
        LoginRefused,   ///< the server refused the login: no password given, or a wrong one
        NotOurs,        ///< another program's database, or a newer schema this build cannot read
    };
    explicit StorageError(const QString& message, Kind kind = Kind::Other) : Error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

/// A statement failed because the file is damaged (SQLite's SQLITE_CORRUPT or SQLITE_NOTADB),
/// not because of what was asked: Database::open names the file then.
class DamagedDatabaseError : public StorageError
{
public:
    explicit DamagedDatabaseError(const QString& message, bool notADatabase = false)
        : StorageError(message, Kind::Damaged), m_notADatabase(notADatabase)
    {}
    /// SQLite did not recognise the file as a database at all (SQLITE_NOTADB): another kind of
    /// file, or one damaged in its first page.
    bool notADatabase() const { return m_notADatabase; }

private:
    bool m_notADatabase;
};

/// A live connection with the schema at the current version. One per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::Database)

public:
    /// The schema version this build writes, and the oldest version that can read it.
    static constexpr int SchemaVersion = 7;
    static constexpr int MinReaderVersion = 1;
    /// PRAGMA application_id of the program's files ("WPM1"): another program's SQLite file is
    /// told apart before anything in it is changed.
    static constexpr int ApplicationId = 0x57504D31;

    /// Which kind of database a connection talks to. Nothing above storage needs to know; the
    /// programs only show it (a file, or a server).
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    /// Opens (creating if needed) and upgrades the database at @p spec: a file path, or a
    /// postgresql://USER@HOST:PORT/DBNAME URL (password from PGPASSWORD or ~/.pgpass, as libpq
    /// does; an empty server database gets the schema). Throws StorageError with a clear message.
    static std::unique_ptr<Database> open(const QString& spec);
    /// Opens the database file at @p path only to read it: nothing in it is changed (no upgrade,
    /// no write-ahead log switched on); every write is refused. For looking into a backup.
    static std::unique_ptr<Database> openReadOnly(const QString& path);

    /// The default database file in the user's application data folder.
    static QString defaultPath();

    /// Whether @p path is the file of a database this process has open, or one of SQLite's side
    /// files of it (-wal, -shm, -journal). Reading such a file through another descriptor and
    /// closing it drops every POSIX lock SQLite holds on it, after which other processes may
    /// delete the write-ahead log under this one (issue 14); writing it destroys the database.
    /// Nothing but SQLite may open it: importers, exports and backups refuse it.
    static bool isOpenDatabaseFile(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    Backend backend() const { return m_backend; }
    /// Whether @p spec names a server database (postgresql://…) rather than a file.
    static bool isServer(const QString& spec);
    const QString& location() const { return m_location; }
    int schemaVersion() const;
    /// Whether the server connection was cut (the server restarted, the network went away, an
    /// administrator ended it): every statement then fails with Kind::ConnectionLost until
    /// reconnect(). What the driver last found, no round trip. Always false for a file.
    bool connectionLost() const;
    /// Connects again to the same server database as the same login, with the same password (after
    /// connectionLost()). Throws StorageError (ConnectionLost while the server cannot be reached).
    /// Nothing for a file, nor inside a transaction.
    void reconnect();
    /// Opened read-only (a newer schema this build may read but not write): why, else empty.
    /// Every write is refused with this reason (Kind::ReadOnly).
    const QString& readOnlyReason() const { return m_readOnlyReason; }

private:
    friend class Transaction;
    Database(QSqlDatabase db, QString location);
    static std::unique_ptr<Database> openServer(const QString& spec);
    void registerOpenFile();
    void reopenReadOnly(const QString& reason);
    QSqlDatabase m_db;
    QString m_location;
    QString m_canonicalFile; ///< registered for isOpenDatabaseFile() while open
    QString m_readOnlyReason;
    Backend m_backend = Backend::Sqlite;
    int m_transactionDepth = 0; ///< open Transactions: the inner ones are savepoints
};

/// Rolls back in its destructor unless commit() was called. A Transaction opened while another
/// one is open is a savepoint inside it: its commit() keeps its changes for the outer one to
/// commit, its rollback undoes only its own changes.
class Transaction
{
public:
    /// Write: BEGIN IMMEDIATE, the write lock taken at once (refused on a read-only database).
    /// Read: one snapshot for several reads (a deferred BEGIN), also on a read-only database; it
    /// takes no write lock and blocks no writer (WAL).
    /// Bulk: a write of a great many rows (an import). On a file no other connection has open,
    /// the transaction goes through a rollback journal instead of the write-ahead log, and the
    /// file returns to WAL when it ends: each new page is written once instead of twice (to the
    /// log, then copied into the file by the checkpoint). Meanwhile a program opening the file
    /// waits, as for any writer (busy timeout). With another connection on the file it is a
    /// Write. Same guarantees either way: all or nothing, also after a crash.
    enum class Mode
    {
        Write,
        Read,
        Bulk
    };
    explicit Transaction(Database& db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    /// Throws StorageError when the commit fails (the transaction is then rolled back).
    void commit();

private:
    Database& m_owner;
    QSqlDatabase& m_db;
    int m_depth = 0; ///< 0: the outermost transaction; else the savepoint's level
    Mode m_mode;
    bool m_done = false;
    bool m_leftWal = false; ///< Bulk on a file: in a rollback journal until the transaction ends
    void returnToWal();
};

} // namespace wp::storage
