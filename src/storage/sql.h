#pragma once

// Private helpers of wp_storage: prepared statements that throw StorageError with context.

#include "workprogram/storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace wp::storage {

/// Prepares @p sql on @p db; throws with the statement on failure.
QSqlQuery prepare(QSqlDatabase& db, const QString& sql);

/// Binds @p values in order and executes; throws with the statement on failure.
void exec(QSqlQuery& q, std::initializer_list<QVariant> values = {});

/// prepare() + exec() for a statement without results.
void run(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

/// Dates are stored as ISO text (yyyy-MM-dd), or NULL.
QVariant dateValue(const QDate& d);
QDate dateFrom(const QVariant& v);
/// A timestamp as the storage writes it (ISO 8601 UTC with milliseconds).
QDateTime dateTimeFrom(const QVariant& v);
QVariant textOrNull(const QString& s);

/// The SQLite handle under @p db, or nullptr when it is another driver: for the few places that
/// use SQLite's own API (bulk reading and writing of items, online backup).
sqlite3* sqliteHandle(Database& db);

} // namespace wp::storage
