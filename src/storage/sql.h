#pragma once

// Private helpers of wp_storage: prepared statements that throw StorageError with context.

#include "workprogram/storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace wp::storage {

/// Throws @p error as the StorageError it is, classified here once (sql.cpp): a full disk, a
/// read-only file, a busy database or a damaged file each get their own kind and plain words;
/// only an unclassified error carries the driver's text and @p statement (for a bug report).
[[noreturn]] void raise(const QSqlError& error, const QString& statement = QString());

/// raise() for an error of SQLite's own API on @p handle (the bulk paths that bypass Qt Sql).
[[noreturn]] void raiseSqlite(sqlite3* handle, const QString& statement = QString());

/// Prepares @p sql on @p db; throws with the statement on failure.
QSqlQuery prepare(QSqlDatabase& db, const QString& sql);

/// Binds @p values in order and executes; throws with the statement on failure.
void exec(QSqlQuery& q, std::initializer_list<QVariant> values = {});

/// The id an INSERT … RETURNING id just executed on @p q gave back (both backends: SQLite >= 3.35).
qint64 returnedId(QSqlQuery& q);

/// Executes @p sql without preparing it: for statements a server cannot prepare (DDL and SET on
/// PostgreSQL, whose QPSQL driver prepares with PREPARE … AS).
void runDirect(QSqlDatabase& db, const QString& sql);

/// prepare() + exec() for a statement without results.
void run(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

/// Dates are stored as ISO text (yyyy-MM-dd), or NULL.
QVariant dateValue(const QDate& d);
QDate dateFrom(const QVariant& v);
/// A timestamp as the storage writes it (ISO 8601 UTC with milliseconds).
QDateTime dateTimeFrom(const QVariant& v);
QVariant textOrNull(const QString& s);

/// The meta table's value of @p key, empty when it has none.
QString metaValue(QSqlDatabase& db, const QString& key);
/// Sets the meta table's @p key to @p value (insert or update).
void setMetaValue(QSqlDatabase& db, const QString& key, const QString& value);

/// The SQLite handle under @p db, or nullptr when it is another driver: for the few places that
/// use SQLite's own API (bulk reading and writing of items, online backup).
sqlite3* sqliteHandle(Database& db);

} // namespace wp::storage
