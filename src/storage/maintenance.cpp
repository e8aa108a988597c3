#include "workprogram/storage/maintenance.h"

#include "sql.h"

#include "workprogram/storage/history.h"
#include "workprogram/storage/programhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace wp::storage {

namespace {

sqlite3* handleOf(Database& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        throw StorageError(Maintenance::tr("cơ sở dữ liệu này không hỗ trợ sao lưu trực tuyến"));
    return handle;
}

/// A raw connection to a file, closed on every path.
struct RawDb
{
    sqlite3* handle = nullptr;
    RawDb(const QString& path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr) != SQLITE_OK) {
            const QString why = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString();
            sqlite3_close(handle);
            handle = nullptr;
            throw StorageError(Maintenance::tr("không mở được %1: %2").arg(path, why));
        }
        sqlite3_busy_timeout(handle, 5000);
    }
    ~RawDb() { sqlite3_close(handle); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
};

void copy(sqlite3* from, sqlite3* to, const Maintenance::Progress& progress, const QString& what)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        throw StorageError(Maintenance::tr("không %1 được: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (progress)
            progress(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b), sqlite3_backup_pagecount(b));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        throw StorageError(Maintenance::tr("không %1 được: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
}

QStringList runCheck(sqlite3* db, const char* sql)
{
    QStringList rows;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        rows.append(QString::fromUtf8(sqlite3_errmsg(db)));
        return rows;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList cols;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i)
            cols.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i))));
        rows.append(cols.join(QLatin1Char(' ')));
    }
    if (rc != SQLITE_DONE)
        rows.append(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
    return rows;
}

Maintenance::CheckResult checkHandle(sqlite3* db)
{
    Maintenance::CheckResult r;
    const QStringList integrity = runCheck(db, "PRAGMA integrity_check");
    if (integrity != QStringList{QStringLiteral("ok")}) {
        r.ok = false;
        for (const QString& line : integrity)
            r.problems.append(Maintenance::tr("hỏng cấu trúc: %1").arg(line));
    }
    for (const QString& line : runCheck(db, "PRAGMA foreign_key_check")) {
        r.ok = false;
        r.problems.append(Maintenance::tr("tham chiếu không hợp lệ (bảng, dòng, bảng cha): %1").arg(line));
    }
    return r;
}

} // namespace

void Maintenance::backup(Database& db, const QString& outPath, const Progress& progress)
{
    const QString temp = outPath + QStringLiteral(".part");
    QFile::remove(temp);
    {
        RawDb out(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        copy(handleOf(db), out.handle, progress, tr("sao lưu"));
        // A backup is one self-contained file: no WAL beside it.
        sqlite3_exec(out.handle, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    QFile::remove(outPath);
    if (!QFile::rename(temp, outPath)) {
        QFile::remove(temp);
        throw StorageError(tr("không ghi được tệp sao lưu %1").arg(outPath));
    }
}

void Maintenance::restore(const QString& backupPath, const QString& dbPath)
{
    if (!QFileInfo::exists(backupPath))
        throw StorageError(tr("không có tệp sao lưu %1").arg(backupPath));
    RawDb source(backupPath, SQLITE_OPEN_READONLY);
    const CheckResult check = checkHandle(source.handle);
    if (!check.ok)
        throw StorageError(tr("tệp sao lưu %1 bị hỏng, không khôi phục: %2").arg(backupPath, check.problems.value(0)));
    if (runCheck(source.handle, "SELECT value FROM meta WHERE key = 'schema_version'").value(0).toInt() <= 0)
        throw StorageError(tr("%1 không phải là bản sao lưu của chương trình").arg(backupPath));
    // A corrupt target cannot take a backup over itself: start from a fresh file then.
    bool targetSound = false;
    if (QFileInfo::exists(dbPath)) {
        try {
            RawDb probe(dbPath, SQLITE_OPEN_READWRITE);
            targetSound = checkHandle(probe.handle).ok;
        } catch (const StorageError&) {
            targetSound = false;
        }
    }
    if (!targetSound) {
        const QString aside = dbPath + QStringLiteral(".hong-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(dbPath + suffix))
                QFile::rename(dbPath + suffix, aside + suffix); // kept, never deleted
    }
    RawDb target(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    copy(source.handle, target.handle, {}, tr("khôi phục"));
}

Maintenance::CheckResult Maintenance::check(Database& db)
{
    CheckResult r = checkHandle(handleOf(db));
    if (r.ok && db.schemaVersion() >= 3) {
        QStringList broken = HistoryRepository(db).verify();
        if (db.schemaVersion() >= 5)
            broken += ProgramHistoryRepository(db).verify();
        r.problems += broken;
        r.ok = broken.isEmpty();
    }
    return r;
}

Maintenance::CheckResult Maintenance::quickCheck(Database& db)
{
    CheckResult r;
    QStringList lines;
    try {
        lines = runCheck(handleOf(db), "PRAGMA quick_check(5)");
    } catch (const StorageError& e) {
        lines = QStringList{e.message()};
    }
    if (lines != QStringList{QStringLiteral("ok")}) {
        r.ok = false;
        for (const QString& line : lines)
            r.problems.append(tr("hỏng cấu trúc: %1").arg(line));
    }
    return r;
}

QStringList Maintenance::backupsIn(const QString& folder, const QString& dbPath)
{
    const QString stem = QFileInfo(dbPath).completeBaseName();
    QDir dir(folder);
    QStringList names =
        dir.entryList({stem + QStringLiteral("-backup-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& n : names)
        n = dir.filePath(n);
    return names;
}

QString Maintenance::dailyBackup(Database& db, const QString& folder, int keep)
{
    QDir().mkpath(folder);
    const QStringList existing = backupsIn(folder, db.location());
    if (!existing.isEmpty() &&
        QFileInfo(existing.first()).lastModified().secsTo(QDateTime::currentDateTime()) < 24 * 3600)
        return QString();
    const QString name = QStringLiteral("%1-backup-%2.sqlite")
                             .arg(QFileInfo(db.location()).completeBaseName(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QDir(folder).filePath(name);
    backup(db, path);
    const QStringList all = backupsIn(folder, db.location());
    for (int i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return path;
}

} // namespace wp::storage
