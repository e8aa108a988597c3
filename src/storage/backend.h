#pragma once

// Private to wp_storage: the seam between the two backends (issue 13). What differs between
// SQLite and PostgreSQL is decided here and in postgres.cpp, nowhere else; the repositories keep
// one text of SQL that both servers accept and ask this header for the rest.

#include "workprogram/storage/database.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlDriver;
struct pg_conn; // libpq's PGconn

namespace wp::storage {

/// Whether @p db talks to a PostgreSQL server (Qt's QPSQL driver).
bool isPostgres(const QSqlDatabase& db);

/// The advisory lock every writer of the server takes for its transaction: item numbers, ids of
/// the hash chains and the chains' heads are allocated under it, so two writers can never take
/// the same number or fork a chain. A no-op on SQLite, whose BEGIN IMMEDIATE already admits one
/// writer at a time. Taking it again in the same transaction is harmless.
void lockWriters(QSqlDatabase& db);

/// A column's value as the text the storage wrote into it: for the hash chains, which hash the
/// stored text. PostgreSQL gives timestamptz columns back as QDateTime; they are written back as
/// ISO 8601 UTC with milliseconds, the form the storage writes on both backends.
QString storedText(const QVariant& v);

/// The column that keeps the order rows were inserted in, where a table has no id of its own:
/// SQLite's rowid, an identity column "seq" on PostgreSQL.
QString insertionOrder(const QSqlDatabase& db);

/// What postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME means, for QPSQL (libpq takes a missing
/// password from PGPASSWORD or ~/.pgpass itself).
struct ServerAddress
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString options; ///< the URL's query (sslmode=…), as QPSQL connect options
    /// The URL without its password, for messages and titles.
    QString display() const;
};

/// Whether @p spec names a server (postgresql:// or postgres://) rather than a file.
bool isServerSpec(const QString& spec);
/// Parses @p spec; throws StorageError (Kind::CantOpen) naming what is wrong with it.
ServerAddress parseServerSpec(const QString& spec);

/// Opens a connection to the server at @p address under a new connection name; throws
/// StorageError (Kind::ConnectionLost when the server cannot be reached, LoginRefused for a login
/// without its password or with a wrong one, CantOpen otherwise) without a password in the message.
QSqlDatabase connectServer(const ServerAddress& address, const QString& connectionName);

/// Whether @p driver's server connection is broken (libpq's CONNECTION_BAD). libpq marks it so as
/// soon as it meets the closed socket: at the next statement, or when the driver's notification
/// socket reports the close. Local, no round trip; false for SQLite and for no driver.
bool connectionBroken(const QSqlDriver* driver);

/// libpq's connection under @p db's QPSQL driver (nullptr for SQLite): for what Qt Sql cannot do,
/// COPY (serverrows.h). Statements sent on it run in the driver's open transaction.
pg_conn* serverHandle(const QSqlDatabase& db);

/// Opens @p db's server connection again after it broke: same address, login, password and
/// options, the session settings again. Throws StorageError as connectServer does.
void reconnectServer(QSqlDatabase& db);

/// Whether the server at @p db's address accepts connections now (libpq's PQping: no login, waits
/// at most @p timeoutSeconds), as a function that touches nothing of @p db: it may run on another
/// thread while the window goes on.
std::function<bool()> serverProbe(const QSqlDatabase& db, int timeoutSeconds);

/// The statements that create the whole schema at Database::SchemaVersion on PostgreSQL. Kept in
/// step with migrations.cpp's SQLite steps (a test compares the tables and columns of both).
const QStringList& postgresSchema();

/// Creates the schema at the current version on an empty server database, or checks that a
/// non-empty one is the program's at a version this build can use (throws StorageError::NotOurs
/// otherwise). Runs under the writers' lock: two programs starting at once create it once.
void preparePostgres(Database& database);

} // namespace wp::storage
