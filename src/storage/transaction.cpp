// Transaction: BEGIN IMMEDIATE / a read snapshot / a bulk write, savepoints inside, on both
// backends.
#include "workprogram/storage/database.h"

#include "workprogram/storage/changenotifier.h"

#include "backend.h"
#include "journal.h"
#include "sql.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace wp::storage {

namespace {

void savepointCommand(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        raise(q, sql);
}

QString savepointName(int depth)
{
    return QStringLiteral("wp_nested_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database& db, Mode mode)
    : m_owner(db), m_db(db.connection()), m_depth(db.m_transactionDepth), m_mode(mode)
{
    if (m_depth > 0) {
        savepointCommand(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    } else if (mode == Mode::Read) {
        // One snapshot for every read of the transaction, as SQLite's deferred BEGIN gives.
        const QString begin = db.backend() == Database::Backend::Postgres
                                  ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                  : QStringLiteral("BEGIN");
        QSqlQuery q(m_db);
        if (!q.exec(begin))
            raise(q, begin);
    } else if (db.backend() == Database::Backend::Postgres) {
        if (!db.readOnlyReason().isEmpty())
            throw StorageError(db.readOnlyReason(), StorageError::Kind::ReadOnly);
        // The server's equivalent of BEGIN IMMEDIATE: one writer at a time (the writers' advisory
        // lock, released by COMMIT or ROLLBACK); readers are never blocked.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN")))
            raise(q, QStringLiteral("BEGIN"));
        try {
            lockWriters(m_db);
        } catch (...) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    } else {
        if (!db.readOnlyReason().isEmpty())
            throw StorageError(db.readOnlyReason(), StorageError::Kind::ReadOnly);
        // A bulk write alone on the file leaves the write-ahead log for its duration: its pages
        // are written once, not to the log and again by the checkpoint (a 100 000-row import:
        // 110 MB less written and read back, a third of its time). Another connection on the
        // file (each keeps a shared lock in WAL mode) makes the switch fail at once: then it is
        // an ordinary write.
        if (mode == Mode::Bulk && !db.m_canonicalFile.isEmpty())
            if (sqlite3* handle = sqliteHandle(db))
                m_leftWal = switchJournal(handle, "delete");
        // IMMEDIATE: the write lock is taken now, waiting (busy timeout) while another program
        // writes. A deferred transaction that reads first and then writes cannot wait for the
        // lock at its first write (SQLite answers "database is locked" at once to avoid a
        // deadlock): a quarter of concurrent edits failed that way.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            returnToWal();
            raise(q, QStringLiteral("BEGIN IMMEDIATE"));
        }
    }
    ++m_owner.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_owner.m_transactionDepth;
    if (m_done)
        return;
    QSqlQuery q(m_db);
    if (m_depth > 0) {
        q.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        q.exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        returnToWal();
    }
}

/// Back to the write-ahead log after a bulk write. Waits for other connections as any statement
/// does; should it still fail, the file stays in rollback mode until the next Database::open()
/// sets WAL again (every open does), which changes no data and no guarantee.
void Transaction::returnToWal()
{
    if (!m_leftWal)
        return;
    m_leftWal = false;
    if (sqlite3* handle = sqliteHandle(m_owner)) {
        try {
            enterWal(handle);
        } catch (const StorageError&) {
        }
    }
}

void Transaction::commit()
{
    m_done = true;
    if (m_depth > 0) {
        savepointCommand(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth));
        return;
    }
    // Other programs on the server hear of the change when it is committed (ChangeNotifier); a
    // notification is part of the transaction, so a rolled-back one says nothing.
    if (m_mode != Mode::Read && m_owner.backend() == Database::Backend::Postgres)
        savepointCommand(m_db, QStringLiteral("NOTIFY ") + QLatin1String(ChangeNotifier::Channel));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        returnToWal();
        raise(q, QStringLiteral("COMMIT"));
    }
    q.finish();
    returnToWal();
}

} // namespace wp::storage
