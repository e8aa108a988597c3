#include "sql.h"

#include "backend.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace wp::storage {

namespace {

StorageError::Kind kindOfSqlite(int extended)
{
    switch (extended & 0xFF) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError::Kind::Busy;
    case 19: // SQLITE_CONSTRAINT
        return StorageError::Kind::Constraint;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError::Kind::Damaged;
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return StorageError::Kind::ReadOnly;
    case 13: // SQLITE_FULL
        return StorageError::Kind::DiskFull;
    case 14: // SQLITE_CANTOPEN
        return StorageError::Kind::CantOpen;
    case 10: // SQLITE_IOERR
        return StorageError::Kind::Io;
    default:
        return StorageError::Kind::Other;
    }
}

/// A PostgreSQL error by its SQLSTATE (five characters: class, then condition).
StorageError::Kind kindOfSqlState(const QString& state)
{
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StorageError::Kind::Busy; // serialization failure, deadlock, lock not available
    if (state.startsWith(QLatin1String("23")))
        return StorageError::Kind::Constraint;
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return StorageError::Kind::ReadOnly; // insufficient privilege, read-only transaction
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
        state == QLatin1String("57P03"))
        return StorageError::Kind::ConnectionLost; // connection exceptions, server shut down
    if (state == QLatin1String("53100"))
        return StorageError::Kind::DiskFull;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StorageError::Kind::Damaged; // data or index corrupted
    if (state.startsWith(QLatin1String("58")))
        return StorageError::Kind::Io;
    return StorageError::Kind::Other;
}

/// What the driver's native code says. SQLite's (extended) result codes are numbers below 10 000;
/// PostgreSQL's SQLSTATE always has five characters (QPSQL reports it as the native code).
StorageError::Kind kindOf(const QString& native, int* sqliteCode)
{
    *sqliteCode = 0;
    if (native.size() == 5)
        return kindOfSqlState(native);
    bool ok = false;
    const int code = native.toInt(&ok);
    if (!ok)
        return StorageError::Kind::Other;
    *sqliteCode = code;
    return kindOfSqlite(code);
}

QString plainWords(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::ConnectionLost:
        return QCoreApplication::translate("wp::storage", "mất kết nối với máy chủ cơ sở dữ liệu; thay đổi chưa lưu "
                                                          "chưa được ghi, hãy thử lại khi có kết nối");
    case StorageError::Kind::Busy:
        return QCoreApplication::translate("wp::storage",
                                           "cơ sở dữ liệu đang bận: một chương trình khác đang ghi vào đó lâu hơn thời "
                                           "gian chờ; hãy thử lại sau ít phút");
    case StorageError::Kind::DiskFull:
        return QCoreApplication::translate("wp::storage", "ổ đĩa đầy: không ghi được; hãy giải phóng chỗ trống trên ổ "
                                                          "đĩa rồi thử lại (dữ liệu đã có vẫn nguyên vẹn)");
    case StorageError::Kind::ReadOnly:
        return QCoreApplication::translate("wp::storage", "không có quyền ghi vào tệp cơ sở dữ liệu hoặc thư mục chứa "
                                                          "nó (tệp chỉ đọc); dữ liệu đã có vẫn nguyên vẹn");
    case StorageError::Kind::CantOpen:
        return QCoreApplication::translate("wp::storage", "không mở được tệp cơ sở dữ liệu: thư mục không tồn tại, "
                                                          "hoặc không có quyền đọc ghi tệp hay thư mục");
    case StorageError::Kind::Io:
        return QCoreApplication::translate("wp::storage", "lỗi đọc ghi ổ đĩa");
    default:
        return QString();
    }
}

} // namespace

namespace {

[[noreturn]] void raiseAs(const QSqlError& error, const QString& statement, bool connectionBroken)
{
    int code = 0;
    const StorageError::Kind kind =
        connectionBroken ? StorageError::Kind::ConnectionLost : kindOf(error.nativeErrorCode(), &code);
    const QString words = plainWords(kind);
    if (kind == StorageError::Kind::Damaged)
        throw DamagedDatabaseError(QCoreApplication::translate("wp::storage", "lỗi cơ sở dữ liệu: %1 (%2)")
                                       .arg(error.text(), statement.simplified().left(120)),
                                   (code & 0xFF) == 26);
    if (!words.isEmpty()) {
        // The driver's own words for the disk (it names the system call) stay; the statement goes.
        const QString detail = kind == StorageError::Kind::Io ? QStringLiteral(" (%1)").arg(error.text()) : QString();
        throw StorageError(words + detail, kind);
    }
    throw StorageError(QCoreApplication::translate("wp::storage", "lỗi cơ sở dữ liệu: %1 (%2)")
                           .arg(error.text(), statement.simplified().left(120)),
                       kind);
}

} // namespace

void raise(const QSqlError& error, const QString& statement)
{
    raiseAs(error, statement, false);
}

void raise(const QSqlQuery& q, const QString& statement)
{
    raiseAs(q.lastError(), statement, connectionBroken(q.driver()));
}

void raiseSqlite(sqlite3* handle, const QString& statement)
{
    raise(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                    QString::number(sqlite3_extended_errcode(handle))),
          statement);
}

namespace {
[[noreturn]] void fail(const QSqlQuery& q, const QString& sql)
{
    raise(q, sql);
}
} // namespace

QSqlQuery prepare(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    // Forward-only on QPSQL is libpq's single-row mode, which loses the rest of a result as soon
    // as another statement runs on the connection: the storage reads while it writes, so on the
    // server each result is fetched whole.
    q.setForwardOnly(db.driverName() != QLatin1String("QPSQL"));
    if (!q.prepare(sql))
        fail(q, sql);
    return q;
}

void exec(QSqlQuery& q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& v : values)
        // A bool goes in as 0/1 (the schema's flags are integers on both backends; QPSQL would
        // write TRUE, which PostgreSQL refuses for an integer column).
        q.bindValue(i++, v.typeId() == QMetaType::Bool ? QVariant(v.toBool() ? 1 : 0) : v);
    if (!q.exec())
        fail(q, q.lastQuery());
}

void runDirect(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        fail(q, sql);
}

qint64 returnedId(QSqlQuery& q)
{
    if (!q.next())
        fail(q, q.lastQuery());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void run(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q = prepare(db, sql);
    exec(q, values);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// The fixed forms first (fixedform: read by hand), anything else through Qt's parser.
QDate dateFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (const std::optional<QDate> d = fixedform::date(s))
        return *d;
    return QDate::fromString(s, Qt::ISODate);
}

QDateTime dateTimeFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime) // PostgreSQL's timestamptz
        return v.toDateTime().toUTC();
    const QString s = v.toString();
    if (const std::optional<QDateTime> t = fixedform::dateTime(s))
        return *t;
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString metaValue(QSqlDatabase& db, const QString& key)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    exec(q, {key});
    return q.next() ? q.value(0).toString() : QString();
}

void setMetaValue(QSqlDatabase& db, const QString& key, const QString& value)
{
    run(db,
        QStringLiteral(
            "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {key, value});
}

sqlite3* sqliteHandle(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

} // namespace wp::storage
