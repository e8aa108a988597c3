#pragma once

// Private to wp_storage: the items' history written fast, for many new items at once (an import
// of 100 000 rows writes 100 000 `create` rows in its transaction).

#include "workprogram/core/item.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/history.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace wp::storage {
class ServerRows;
}

namespace wp::storage {

/// The field changes of a history row's `changes` JSON (as HistoryRepository and StateVerifier
/// read them).
QVector<FieldChange> changesFromJson(const QString& json);

/// Appends `create` rows (CreationRecord) through one prepared statement, hashing exactly the bytes
/// HistoryRepository::verify() reads back. The chain's last row is read at begin() and the meta
/// table's head written at end(), so other appends may come between two batches of one transaction.
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::HistoryWriter)

public:
    /// @p batch: no comment on the rows (the batch is recorded as a whole elsewhere).
    HistoryWriter(Database& db, const QString& login, const QString& comment, bool batch);
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter&) = delete;
    HistoryWriter& operator=(const HistoryWriter&) = delete;

    void begin();
    /// The `create` row of item @p itemId (number @p number) in status @p statusKey, its fields as
    /// @p changes (the JSON appendChanges() makes).
    void appendCreate(qint64 itemId, int number, const QByteArray& statusKey, const char* changes, int changesSize);
    /// Writes the rows buffered for the server (many per statement); the items they refer to
    /// must be written first. end() flushes too.
    void flush();
    void end();

    /// Appends the changes of @p item's `create` row as JSON, byte for byte what QJsonDocument
    /// writes for them (compact): every non-empty field as {"field","new"}, the number last. No
    /// "old": a create row's old values are all empty, and a missing "old" reads as empty
    /// (changesFromJson); rows written before with "old":"" read the same.
    static void appendChanges(const Item& item, QByteArray& to);

private:
    Database& m_db;
    sqlite3* m_sqlite = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    /// The server: rows sent by COPY, into item_history (without its rules) or into the staging
    /// table the server's batch function appends from (with them).
    std::unique_ptr<ServerRows> m_rows;
    bool m_server = false; ///< a server database with its rules: the server appends the rows
    QByteArray m_login;
    QByteArray m_comment;
    bool m_batch = false;
    QByteArray m_at;
    qint64 m_nextId = 1;
    QByteArray m_prev;
    QByteArray m_buffer; ///< the hashed bytes of one row, reused
};

} // namespace wp::storage
