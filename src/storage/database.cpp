#include "workprogram/storage/database.h"

#include "migrations.h"
#include "sql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <sqlite3.h>

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

std::unique_ptr<Database> Database::open(const QString& spec)
{
    if (spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://")))
        throw StorageError(tr("máy chủ PostgreSQL (%1) chưa được hỗ trợ trong phiên bản này; hãy dùng một tệp "
                              "SQLite")
                               .arg(spec.section(QLatin1Char('@'), -1)));
    const QFileInfo info(spec);
    if (info.exists() && info.isDir())
        throw StorageError(tr("%1 là một thư mục, không phải tệp cơ sở dữ liệu").arg(spec));
    if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(tr("không tạo được thư mục %1").arg(info.absolutePath()));

    configureSqliteOnce();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(spec);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    std::unique_ptr<Database> database(new Database(db, spec));
    db = QSqlDatabase(); // the Database holds the connection: closing it on a throw leaves no user behind
    if (!database->m_db.open())
        throw StorageError(tr("không mở được cơ sở dữ liệu %1: %2").arg(spec, database->m_db.lastError().text()));
    QSqlDatabase& c = database->m_db;
    // A file that is not SQLite fails at the first statement: say so plainly.
    try {
        run(c, QStringLiteral("PRAGMA page_size = %1").arg(NewFilePageSize)); // a new file only
        QSqlQuery q = prepare(c, QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(q);
    } catch (const StorageError&) {
        throw StorageError(tr("%1 không phải là tệp cơ sở dữ liệu của chương trình (hoặc tệp đã hỏng)").arg(spec));
    }
    try {
        run(c, QStringLiteral("PRAGMA foreign_keys = ON"));
        run(c, QStringLiteral("PRAGMA synchronous = FULL"));
        migrate(c);
    } catch (const DamagedDatabaseError& e) {
        // Damage found while reading or upgrading the schema: name the file, as the integrity
        // check does.
        throw DamagedDatabaseError(tr("tệp cơ sở dữ liệu %1 bị hỏng: %2").arg(spec, e.message()));
    }
    return database;
}

Database::Database(QSqlDatabase db, QString location) : m_db(std::move(db)), m_location(std::move(location)) {}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
    return storedSchemaVersion(const_cast<QSqlDatabase&>(m_db));
}

namespace {

void savepointCommand(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StorageError(
            QCoreApplication::translate("wp::storage", "không ghi được thay đổi: %1").arg(q.lastError().text()));
}

QString savepointName(int depth)
{
    return QStringLiteral("wp_nested_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database& db) : m_owner(db), m_db(db.connection()), m_depth(db.m_transactionDepth)
{
    if (m_depth > 0) {
        savepointCommand(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    } else if (!m_db.transaction()) {
        throw StorageError(QCoreApplication::translate("wp::storage", "không bắt đầu được giao dịch: %1")
                               .arg(m_db.lastError().text()));
    }
    ++m_owner.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_owner.m_transactionDepth;
    if (m_done)
        return;
    if (m_depth > 0) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        q.exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    } else {
        m_db.rollback();
    }
}

void Transaction::commit()
{
    m_done = true;
    if (m_depth > 0) {
        savepointCommand(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth));
        return;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        throw StorageError(QCoreApplication::translate("wp::storage", "không ghi được thay đổi: %1").arg(why));
    }
}

} // namespace wp::storage
