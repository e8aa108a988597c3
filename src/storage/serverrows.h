#pragma once

// Private to wp_storage: rows written many at a time on the server (issue 13's import), through
// COPY … FROM STDIN on the libpq connection under QPSQL (Qt Sql has no COPY). INSERT … VALUES of
// 250 bound rows left the server parsing literals: 100 000 rows took 6.5 times the SQLite import.
// SQLite's bulk paths bind their own statements in-process and need none of this.

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace wp::storage {

/// Buffers rows of one table in COPY's text format and sends them when flush() is called (never by
/// itself, so that the caller decides the order of tables: parents before the rows that refer to
/// them). Rows are given either as QVariants (add()) or field by field (text(), number(), null(),
/// then endRow()), the latter without a QString on the way.
class ServerRows
{
public:
    /// COPY into @p table(@p columns). @p before runs before each COPY (e.g. creating a staging
    /// table), @p after after it (e.g. moving the staged rows on); both may hold several statements.
    ServerRows(QSqlDatabase& db, const QString& table, const QStringList& columns, const QString& before = QString(),
               const QString& after = QString());

    /// Rows staged in a temporary table of the session (pg_temp.wp_stage_<table>, emptied at
    /// commit) and moved on by INSERT INTO @p table … SELECT at each flush: where the server refuses
    /// COPY (a table under row-level security, for anybody but its owner) while the row's insert is
    /// still allowed and checked by the policies and triggers as any insert of that role.
    static ServerRows staged(QSqlDatabase& db, const QString& table, const QStringList& columns);

    /// One row: as many values as columns (a null QVariant is NULL).
    void add(std::initializer_list<QVariant> values);
    /// The next field of the current row: UTF-8 text (escaped here), a number, NULL.
    void text(const char* data, qsizetype size);
    void text(const QByteArray& utf8) { text(utf8.constData(), utf8.size()); }
    void number(qint64 n);
    void null();
    /// Ends the current row (as many fields as columns must have been given).
    void endRow();
    /// Rows buffered and not yet sent.
    qsizetype rows() const { return m_rows; }

    /// Sends every buffered row (before, COPY, after); throws StorageError as exec() does, the
    /// server's words in it. A failure leaves the transaction aborted: the caller's Transaction
    /// rolls it back.
    void flush();

private:
    void field();
    QSqlDatabase* m_db;
    QString m_table;
    QStringList m_columns;
    QByteArray m_copy; ///< the COPY statement
    QByteArray m_before;
    QByteArray m_after;
    QByteArray m_data; ///< the buffered rows, COPY's text format
    qsizetype m_rows = 0;
    bool m_first = true; ///< no field of the current row given yet
};

/// @p count new ids of @p table's identity column, ascending, in one round trip (the sequence
/// moves past them, so later inserts go on after them).
QVector<qint64> allocateIds(QSqlDatabase& db, const QString& table, int count);

} // namespace wp::storage
