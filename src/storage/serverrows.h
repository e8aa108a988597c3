#pragma once

// Private to wp_storage: rows written many at a time on the server (issue 13's import). Every
// statement is a round trip through libpq; one INSERT per row made a 100 000-row import wait
// for 233 000 of them. SQLite's bulk paths bind their own statements in-process and need none.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace wp::storage {

/// Buffers rows of one table and writes them as INSERT … VALUES (…), (…) of up to
/// @p perStatement rows when flush() is called (never by itself, so that the caller decides the
/// order of tables: parents before the rows that refer to them).
class ServerRows
{
public:
    ServerRows(QSqlDatabase& db, const QString& table, const QStringList& columns, int perStatement = 250);
    /// One row: as many values as columns, bound as given (a null QVariant is NULL).
    void add(std::initializer_list<QVariant> values);
    /// Writes every buffered row; throws StorageError as exec() does.
    void flush();

private:
    QString statement(int rows) const;
    QSqlDatabase& m_db;
    QString m_table;
    QStringList m_columns;
    int m_perStatement;
    QVariantList m_values;
    QSqlQuery m_full; ///< the statement of a full batch, prepared once
    bool m_fullPrepared = false;
};

/// @p count new ids of @p table's identity column, ascending, in one round trip (the sequence
/// moves past them, so later inserts go on after them).
QVector<qint64> allocateIds(QSqlDatabase& db, const QString& table, int count);

} // namespace wp::storage
