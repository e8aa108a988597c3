#include "workprogram/storage/maintenance.h"

#include "journal.h"
#include "pgdump.h"
#include "sha256.h"
#include "sql.h"

#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/programhistory.h"
#include "workprogram/storage/snapshotrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>

#include <sqlite3.h>

namespace wp::storage {

namespace {

sqlite3* handleOf(Database& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle) // a server database: pg_dump's custom format, in a later step of issue 13
        throw StorageError(Maintenance::tr("cơ sở dữ liệu trên máy chủ chưa sao lưu được bằng chương trình; hãy dùng "
                                           "pg_dump của máy chủ"));
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
            throw StorageError(Maintenance::tr("không mở được %1: %2").arg(path, why), StorageError::Kind::CantOpen);
        }
        sqlite3_busy_timeout(handle, BusyTimeoutMs);
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
    if (rc != SQLITE_DONE) {
        QSqlError e(QString(), QString::fromUtf8(sqlite3_errstr(rc)), QSqlError::StatementError, QString::number(rc));
        try {
            raise(e, what);
        } catch (const StorageError& classified) {
            if (classified.kind() == StorageError::Kind::Other)
                throw StorageError(
                    Maintenance::tr("không %1 được: %2").arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
            throw StorageError(Maintenance::tr("không %1 được: %2").arg(what, classified.message()), classified.kind());
        }
    }
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
    if (Database::isOpenDatabaseFile(outPath))
        throw StorageError(tr("%1 là tệp cơ sở dữ liệu đang mở: hãy chọn tệp khác cho bản sao lưu").arg(outPath));
    if (db.backend() == Database::Backend::Postgres) {
        pgDumpBackup(db, outPath); // the server's own tool: pg_dump's custom format
        return;
    }
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

namespace {

/// Throws, before anything is touched, when the folder of @p dbPath cannot take a restore of
/// @p needed bytes: it is not writable, or the disk has too little room.
void requireRoomFor(const QString& dbPath, qint64 needed)
{
    const QFileInfo target(dbPath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isWritable() || (target.exists() && !target.isWritable()))
        throw StorageError(
            Maintenance::tr("không có quyền ghi vào %1 hoặc thư mục chứa nó: không khôi phục được; cơ sở "
                            "dữ liệu hiện tại được giữ nguyên")
                .arg(dbPath),
            StorageError::Kind::ReadOnly);
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.bytesAvailable() < needed)
        throw StorageError(Maintenance::tr("ổ đĩa đầy: cần ít nhất %1 MB trống để khôi phục, chỉ còn %2 MB; cơ sở dữ "
                                           "liệu hiện tại được giữ nguyên")
                               .arg((needed + (1 << 20) - 1) >> 20)
                               .arg(disk.bytesAvailable() >> 20),
                           StorageError::Kind::DiskFull);
}

/// The sqlite3 error of @p db as the StorageError it is.
[[noreturn]] void raiseRaw(sqlite3* db, int rc, const QString& what)
{
    QSqlError e(QString(), QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)), QSqlError::StatementError,
                QString::number(db ? sqlite3_extended_errcode(db) : rc));
    raise(e, what);
}

int pageSize(sqlite3* db)
{
    return runCheck(db, "PRAGMA page_size").value(0).toInt();
}

/// Removes a staging file and its side files, whatever happened.
struct Staging
{
    QString path;
    ~Staging()
    {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(path + suffix);
    }
};

} // namespace

void Maintenance::restore(const QString& backupPath, const QString& dbPath)
{
    if (!QFileInfo::exists(backupPath))
        throw StorageError(tr("không có tệp sao lưu %1").arg(backupPath));
    if (Database::isServer(dbPath)) {
        // Opening refuses another program's database and one this build cannot write, untouched.
        std::unique_ptr<Database> target = Database::open(dbPath);
        if (!target->readOnlyReason().isEmpty())
            throw StorageError(target->readOnlyReason(), StorageError::Kind::ReadOnly);
        pgRestore(backupPath, *target);
        return;
    }
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(dbPath).canonicalFilePath())
        throw StorageError(tr("%1 chính là cơ sở dữ liệu cần khôi phục, không phải một bản sao lưu").arg(backupPath));
    {
        QFile probe(backupPath);
        if (probe.open(QIODevice::ReadOnly) && probe.read(5) == "PGDMP")
            throw StorageError(
                tr("%1 là bản sao lưu của máy chủ (pg_dump): khôi phục nó vào một cơ sở dữ liệu trên máy "
                   "chủ (--db postgresql://…); tệp %2 được giữ nguyên")
                    .arg(backupPath, dbPath),
                StorageError::Kind::NotOurs);
    }
    {
        RawDb source(backupPath, SQLITE_OPEN_READONLY);
        const CheckResult check = checkHandle(source.handle);
        if (!check.ok)
            throw StorageError(
                tr("tệp sao lưu %1 bị hỏng, không khôi phục: %2").arg(backupPath, check.problems.value(0)));
        if (runCheck(source.handle, "SELECT value FROM meta WHERE key = 'schema_version'").value(0).toInt() <= 0)
            throw StorageError(tr("%1 không phải là bản sao lưu của chương trình").arg(backupPath));
    }
    // Room for the staged copy and for the target to take it (its log, then its pages).
    const qint64 size = QFileInfo(backupPath).size();
    requireRoomFor(dbPath, 2 * size + (1 << 20));

    // The backup is staged beside the target and brought to what the target is: the current schema
    // (an older backup is upgraded), the target's page size (SQLite cannot change the page size of
    // a database in write-ahead-log mode, which a restore straight into it tried). Until the last
    // step the target is untouched; the last step is one transaction: on any failure the original
    // stays as it was.
    Staging staged{dbPath + QStringLiteral(".khoi-phuc")};
    {
        RawDb source(backupPath, SQLITE_OPEN_READONLY);
        RawDb stage(staged.path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        copy(source.handle, stage.handle, {}, tr("khôi phục"));
    }
    {
        std::unique_ptr<Database> upgraded = Database::open(staged.path); // upgrades an older schema
        if (!upgraded->readOnlyReason().isEmpty())
            throw StorageError(tr("bản sao lưu %1 do phiên bản mới hơn của chương trình tạo: không khôi phục được bằng "
                                  "phiên bản này")
                                   .arg(backupPath),
                               StorageError::Kind::NotOurs);
    }
    // A corrupt target cannot take a backup over itself: start from a fresh file then.
    bool targetSound = false;
    int targetPageSize = 0;
    if (QFileInfo::exists(dbPath)) {
        try {
            RawDb probe(dbPath, SQLITE_OPEN_READWRITE);
            targetSound = checkHandle(probe.handle).ok;
            targetPageSize = targetSound ? pageSize(probe.handle) : 0;
        } catch (const StorageError&) {
            targetSound = false;
        }
    }
    {
        RawDb stage(staged.path, SQLITE_OPEN_READWRITE);
        int rc = sqlite3_exec(stage.handle, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK && targetPageSize > 0 && pageSize(stage.handle) != targetPageSize) {
            const QByteArray sql = QByteArray("PRAGMA page_size=") + QByteArray::number(targetPageSize) + "; VACUUM";
            rc = sqlite3_exec(stage.handle, sql.constData(), nullptr, nullptr, nullptr);
        }
        if (rc != SQLITE_OK)
            raiseRaw(stage.handle, rc, tr("chuẩn bị bản khôi phục"));
    }
    if (!targetSound) {
        const QString aside = dbPath + QStringLiteral(".hong-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(dbPath + suffix))
                QFile::rename(dbPath + suffix, aside + suffix); // kept, never deleted
    }
    RawDb source(staged.path, SQLITE_OPEN_READONLY);
    RawDb target(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    copy(source.handle, target.handle, {}, tr("khôi phục"));
}

Maintenance::CheckResult Maintenance::check(Database& db)
{
    // The server keeps its own pages and foreign keys: on it only the hash chains are checked.
    CheckResult r = db.backend() == Database::Backend::Postgres ? CheckResult() : checkHandle(handleOf(db));
    if (r.ok && db.schemaVersion() >= 3) {
        QStringList broken = HistoryRepository(db).verify();
        if (db.schemaVersion() >= 5)
            broken += ProgramHistoryRepository(db).verify();
        if (db.schemaVersion() >= 4)
            broken += SnapshotRepository(db).verify();
        if (db.schemaVersion() >= 7)
            broken += AuditLog(db).verify();
        r.problems += broken;
        r.ok = broken.isEmpty();
    }
    return r;
}

Maintenance::CheckResult Maintenance::quickCheck(Database& db)
{
    CheckResult r;
    if (db.backend() == Database::Backend::Postgres)
        return r; // the server checks its pages itself (checksums, WAL)
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

QString Maintenance::fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    Sha256 hash;
    QByteArray block(1 << 16, Qt::Uninitialized);
    for (qint64 n; (n = f.read(block.data(), block.size())) > 0;)
        hash.add(block.constData(), n);
    return QString::fromLatin1(hash.hexDigest());
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
