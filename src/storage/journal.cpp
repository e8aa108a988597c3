// The journal mode of a database file: leaving WAL for a bulk write and coming back (journal.h).
#include "journal.h"

#include "sql.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

namespace wp::storage {

bool switchJournal(sqlite3* handle, const char* mode)
{
    sqlite3_busy_timeout(handle, 0);
    const QByteArray sql = QByteArray("PRAGMA journal_mode = ") + mode;
    sqlite3_stmt* stmt = nullptr;
    bool switched = false;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* now = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        switched = now && qstricmp(now, mode) == 0;
    }
    sqlite3_finalize(stmt);
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
    return switched;
}

void enterWal(sqlite3* handle)
{
    static const char* const sql = "PRAGMA journal_mode = WAL";
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return;
        if ((rc & 0xFF) != SQLITE_BUSY || waited.elapsed() >= BusyTimeoutMs)
            raiseSqlite(handle, QString::fromLatin1(sql));
        QThread::msleep(10);
    }
}

} // namespace wp::storage
