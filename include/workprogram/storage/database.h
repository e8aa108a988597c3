#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <stdexcept>

namespace wp::storage {

/// A database failure: the statement's context and the driver's message. Repositories
/// throw it; programs report it (the CLI exits with code 3).
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

/// A statement failed because the file is damaged (SQLite's SQLITE_CORRUPT or SQLITE_NOTADB),
/// not because of what was asked: Database::open names the file then.
class DamagedDatabaseError : public StorageError
{
public:
    using StorageError::StorageError;
};

/// A live connection with the schema at the current version. One per thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::Database)

public:
    /// The schema version this build writes, and the oldest version that can read it.
    static constexpr int SchemaVersion = 7;
    static constexpr int MinReaderVersion = 1;

    /// Opens (creating if needed) and upgrades the database at @p spec: a file path, or a
    /// postgresql:// URL (not supported yet). Throws StorageError with a clear message.
    static std::unique_ptr<Database> open(const QString& spec);

    /// The default database file in the user's application data folder.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& location() const { return m_location; }
    int schemaVersion() const;

private:
    friend class Transaction;
    Database(QSqlDatabase db, QString location);
    QSqlDatabase m_db;
    QString m_location;
    int m_transactionDepth = 0; ///< open Transactions: the inner ones are savepoints
};

/// Rolls back in its destructor unless commit() was called. A Transaction opened while another
/// one is open is a savepoint inside it: its commit() keeps its changes for the outer one to
/// commit, its rollback undoes only its own changes.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    /// Throws StorageError when the commit fails (the transaction is then rolled back).
    void commit();

private:
    Database& m_owner;
    QSqlDatabase& m_db;
    int m_depth = 0; ///< 0: the outermost transaction; else the savepoint's level
    bool m_done = false;
};

} // namespace wp::storage
