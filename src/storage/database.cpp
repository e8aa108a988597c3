#include "workprogram/storage/database.h"

#include "backend.h"
#include "journal.h"
#include "migrations.h"
#include "sql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>

namespace wp::storage {

namespace {

/// New database files get pages of 16 KiB instead of SQLite's 4 KiB: a 100 000-item program
/// is a quarter of the pages to find, write to the log and copy back (the import writes 12 %
/// fewer instructions and a quarter of the system calls). Existing files keep their page size.
constexpr int NewFilePageSize = 16384;

/// Before SQLite's first use in the process: no memory statistics (a global mutex taken on every
/// allocation) and no mutex on each connection. The program keeps every connection to the thread
/// that opened it, as Qt Sql requires, so the connection mutexes guard nothing here. When
/// something opened SQLite first, it stays as it is (sqlite3_config() refuses, harmlessly).
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    });
}

/// The database files this process has open (canonical paths, with how many connections).
struct OpenFiles
{
    QMutex mutex;
    QHash<QString, int> paths;
};

OpenFiles& openFiles()
{
    static OpenFiles files;
    return files;
}

/// The canonical path of @p path with SQLite's side-file suffix taken off, or empty.
QString databaseFileOf(const QString& path)
{
    QString p = path;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (p.endsWith(QLatin1String(suffix))) {
            p.chop(int(qstrlen(suffix)));
            break;
        }
    return QFileInfo(p).canonicalFilePath();
}

/// What a file is, read without writing anything.
struct FileProbe
{
    bool empty = true; ///< no table at all: a new file
    bool ours = false; ///< the program's own schema (a meta table, no other program's id)
    int version = 0;   ///< the stored schema version (meta, or PRAGMA user_version when higher)
    int minReader = 0; ///< the oldest schema version that can read it
};

int pragmaInt(QSqlDatabase& c, const QString& name)
{
    QSqlQuery q = prepare(c, QStringLiteral("PRAGMA ") + name);
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

FileProbe probeFile(QSqlDatabase& c)
{
    FileProbe p;
    bool hasMeta = false;
    {
        QSqlQuery q = prepare(c, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        exec(q);
        while (q.next()) {
            p.empty = false;
            hasMeta = hasMeta || q.value(0).toString() == QLatin1String("meta");
        }
    }
    if (p.empty)
        return p;
    const int applicationId = pragmaInt(c, QStringLiteral("application_id"));
    p.ours = hasMeta && (applicationId == 0 || applicationId == Database::ApplicationId);
    if (!p.ours)
        return p;
    QSqlQuery q = prepare(c, QStringLiteral("SELECT key, value FROM meta WHERE key IN ('schema_version', "
                                            "'min_reader_version')"));
    exec(q);
    while (q.next())
        (q.value(0).toString() == QLatin1String("schema_version") ? p.version : p.minReader) = q.value(1).toInt();
    p.version = std::max(p.version, pragmaInt(c, QStringLiteral("user_version")));
    return p;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("wp-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/workprogram");
    return dir + QStringLiteral("/workprogram.sqlite");
}

bool Database::isServer(const QString& spec)
{
    return isServerSpec(spec);
}

bool Database::isOpenDatabaseFile(const QString& path)
{
    OpenFiles& files = openFiles();
    const QMutexLocker lock(&files.mutex);
    if (files.paths.isEmpty())
        return false;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty() && files.paths.contains(canonical))
        return true;
    const QString base = databaseFileOf(path);
    return !base.isEmpty() && files.paths.contains(base);
}

std::unique_ptr<Database> Database::open(const QString& spec)
{
    if (isServerSpec(spec))
        return openServer(spec);
    const QFileInfo info(spec);
    if (info.exists() && info.isDir())
        throw StorageError(tr("%1 là một thư mục, không phải tệp cơ sở dữ liệu").arg(spec));
    if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(tr("không tạo được thư mục %1").arg(info.absolutePath()));

    configureSqliteOnce();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(spec);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    std::unique_ptr<Database> database(new Database(db, spec));
    db = QSqlDatabase(); // the Database holds the connection: closing it on a throw leaves no user behind
    if (!database->m_db.open())
        raise(database->m_db.lastError());
    database->registerOpenFile();
    QSqlDatabase& c = database->m_db;

    // What the file is, read without changing a byte of it: another program's database, or one
    // of a newer schema, is refused (or opened read-only) before anything is written.
    FileProbe probe;
    const QString deniedReason = tr("không có quyền ghi vào %1 hoặc thư mục chứa nó: chỉ xem được, không ghi được")
                                     .arg(QFileInfo(spec).fileName());
    bool denied = false;
    for (;;) {
        try {
            probe = probeFile(c);
            break;
        } catch (const DamagedDatabaseError& e) {
            if (e.notADatabase())
                throw DamagedDatabaseError(
                    tr("%1 không phải là tệp cơ sở dữ liệu của chương trình (hoặc tệp đã hỏng)").arg(spec), true);
            throw DamagedDatabaseError(tr("tệp cơ sở dữ liệu %1 bị hỏng: %2").arg(spec, e.message()));
        } catch (const StorageError& e) {
            // Reading a database in write-ahead-log mode needs its shared index, which a reader
            // without write permission on the folder cannot make: read it read-only instead.
            const bool permission =
                e.kind() == StorageError::Kind::ReadOnly || e.kind() == StorageError::Kind::CantOpen;
            if (!permission || denied)
                throw;
            denied = true;
            database->reopenReadOnly(deniedReason);
        }
    }
    // Without write permission a file that needs an upgrade cannot be opened by this build.
    const auto cannotUpgrade = [&] {
        return StorageError(tr("không có quyền ghi vào %1 hoặc thư mục chứa nó, nên không nâng cấp được (lược đồ %2 "
                               "lên %3); hãy cấp quyền ghi rồi mở lại")
                                .arg(spec)
                                .arg(probe.version)
                                .arg(SchemaVersion),
                            StorageError::Kind::ReadOnly);
    };
    if (denied) {
        if (probe.empty || !probe.ours)
            throw StorageError(tr("không có quyền ghi vào %1 hoặc thư mục chứa nó").arg(spec),
                               StorageError::Kind::ReadOnly);
        if (probe.version < SchemaVersion)
            throw cannotUpgrade();
    }
    if (!probe.empty && !probe.ours)
        throw StorageError(tr("%1 là cơ sở dữ liệu SQLite của một chương trình khác, không phải của chương trình công "
                              "tác; tệp được giữ nguyên, không có gì bị thay đổi")
                               .arg(spec),
                           StorageError::Kind::NotOurs);
    if (probe.version > SchemaVersion) {
        if (probe.minReader > SchemaVersion)
            throw StorageError(tr("%1 được tạo bởi phiên bản mới hơn của chương trình (lược đồ %2, cần phiên bản đọc "
                                  "được lược đồ %3; bản này đọc đến lược đồ %4): hãy cập nhật chương trình")
                                   .arg(spec)
                                   .arg(probe.version)
                                   .arg(probe.minReader)
                                   .arg(SchemaVersion),
                               StorageError::Kind::NotOurs);
        database->reopenReadOnly(tr("%1 được tạo bởi phiên bản mới hơn của chương trình (lược đồ %2): chỉ xem được, "
                                    "không ghi được; hãy cập nhật chương trình để sửa")
                                     .arg(QFileInfo(spec).fileName())
                                     .arg(probe.version));
        return database;
    }
    if (denied)
        return database;
    try {
        if (probe.empty)
            run(c, QStringLiteral("PRAGMA page_size = %1").arg(NewFilePageSize));
        enterWal(sqliteHandle(*database));
        run(c, QStringLiteral("PRAGMA foreign_keys = ON"));
        run(c, QStringLiteral("PRAGMA synchronous = FULL"));
        migrate(*database);
    } catch (const DamagedDatabaseError& e) {
        // Damage found while reading or upgrading the schema: name the file, as the integrity
        // check does.
        throw DamagedDatabaseError(tr("tệp cơ sở dữ liệu %1 bị hỏng: %2").arg(spec, e.message()));
    } catch (const StorageError& e) {
        // A file (or folder) without write permission is still shown, read-only, when it needs no
        // upgrade; one that needs an upgrade cannot be opened by this build without writing.
        const bool cannotWrite = e.kind() == StorageError::Kind::ReadOnly || e.kind() == StorageError::Kind::CantOpen;
        if (!cannotWrite || probe.empty)
            throw;
        if (probe.version < SchemaVersion)
            throw cannotUpgrade();
        database->reopenReadOnly(deniedReason);
    }
    return database;
}

std::unique_ptr<Database> Database::openServer(const QString& spec)
{
    const ServerAddress address = parseServerSpec(spec);
    std::unique_ptr<Database> database(new Database(connectServer(address, nextConnectionName()), address.display()));
    database->m_backend = Backend::Postgres;
    preparePostgres(*database);
    const int version = storedSchemaVersion(database->m_db);
    if (version > SchemaVersion) {
        const int minReader = metaValue(database->m_db, QStringLiteral("min_reader_version")).toInt();
        if (minReader > SchemaVersion)
            throw StorageError(tr("%1 được tạo bởi phiên bản mới hơn của chương trình (lược đồ %2, cần phiên bản đọc "
                                  "được lược đồ %3; bản này đọc đến lược đồ %4): hãy cập nhật chương trình")
                                   .arg(address.display())
                                   .arg(version)
                                   .arg(minReader)
                                   .arg(SchemaVersion),
                               StorageError::Kind::NotOurs);
        database->m_readOnlyReason = tr("%1 được tạo bởi phiên bản mới hơn của chương trình (lược đồ %2): chỉ xem "
                                        "được, không ghi được; hãy cập nhật chương trình để sửa")
                                         .arg(address.display())
                                         .arg(version);
    } else if (version < SchemaVersion) {
        // Every server database starts at version 7; the steps after it will carry their
        // PostgreSQL statements beside SQLite's (docs/decisions.md).
        throw StorageError(tr("%1 có lược đồ %2, bản này chưa nâng cấp được cơ sở dữ liệu trên máy chủ lên lược đồ %3")
                               .arg(address.display())
                               .arg(version)
                               .arg(SchemaVersion),
                           StorageError::Kind::NotOurs);
    }
    return database;
}

std::unique_ptr<Database> Database::openReadOnly(const QString& path)
{
    if (!QFileInfo(path).isFile())
        throw StorageError(tr("không có tệp %1").arg(path), StorageError::Kind::CantOpen);
    configureSqliteOnce();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    std::unique_ptr<Database> database(new Database(db, path));
    db = QSqlDatabase();
    if (!database->m_db.open())
        raise(database->m_db.lastError());
    database->registerOpenFile();
    database->m_readOnlyReason = tr("%1 được mở chỉ để đọc").arg(QFileInfo(path).fileName());
    return database;
}

void Database::reopenReadOnly(const QString& reason)
{
    m_db.close();
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!m_db.open())
        raise(m_db.lastError());
    // A database in write-ahead-log mode needs its shared index file (-shm), which a reader
    // creates when it may write the folder. When it may not and nobody has the file open (no -shm
    // beside it), the file is read as it is on disk (SQLite's immutable mode): a folder one may
    // only read still shows its program.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) &&
        !QFileInfo::exists(m_location + QStringLiteral("-shm"))) {
        probe = QSqlQuery();
        m_db.close();
        m_db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_location).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!m_db.open())
            raise(m_db.lastError());
    }
    probe = QSqlQuery();
    run(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    m_readOnlyReason = reason;
}

Database::Database(QSqlDatabase db, QString location) : m_db(std::move(db)), m_location(std::move(location)) {}

void Database::registerOpenFile()
{
    m_canonicalFile = QFileInfo(m_location).canonicalFilePath();
    if (m_canonicalFile.isEmpty())
        return;
    OpenFiles& files = openFiles();
    const QMutexLocker lock(&files.mutex);
    ++files.paths[m_canonicalFile];
}

Database::~Database()
{
    if (!m_canonicalFile.isEmpty()) {
        OpenFiles& files = openFiles();
        const QMutexLocker lock(&files.mutex);
        if (--files.paths[m_canonicalFile] <= 0)
            files.paths.remove(m_canonicalFile);
    }
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool Database::connectionLost() const
{
    return connectionBroken(m_db.driver());
}

void Database::reconnect()
{
    if (m_backend != Backend::Postgres || m_transactionDepth > 0)
        return; // a file has no connection to lose; nor is a connection replaced under a transaction
    reconnectServer(m_db);
}

int Database::schemaVersion() const
{
    return storedSchemaVersion(const_cast<QSqlDatabase&>(m_db));
}

} // namespace wp::storage
