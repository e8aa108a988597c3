#include "sql.h"

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

QString plainWords(StorageError::Kind kind)
{
    switch (kind) {
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

void raise(const QSqlError& error, const QString& statement)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const StorageError::Kind kind = ok ? kindOfSqlite(code) : StorageError::Kind::Other;
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

void raiseSqlite(sqlite3* handle, const QString& statement)
{
    raise(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                    QString::number(sqlite3_extended_errcode(handle))),
          statement);
}

namespace {
[[noreturn]] void fail(const QSqlQuery& q, const QString& sql)
{
    raise(q.lastError(), sql);
}
} // namespace

QSqlQuery prepare(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(q, sql);
    return q;
}

void exec(QSqlQuery& q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    if (!q.exec())
        fail(q, q.lastQuery());
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
