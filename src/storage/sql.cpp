#include "sql.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlError>

namespace wp::storage {

namespace {
/// The error of @p q, as DamagedDatabaseError when SQLite says the file is damaged. The code is
/// read here, where the statement failed: a later rollback resets the connection's own.
[[noreturn]] void fail(const QSqlQuery& q, const QString& sql)
{
    const QString message = QCoreApplication::translate("wp::storage", "lỗi cơ sở dữ liệu: %1 (%2)")
                                .arg(q.lastError().text(), sql.simplified().left(120));
    bool ok = false;
    const int code = q.lastError().nativeErrorCode().toInt(&ok) & 0xFF; // extended code: the low byte
    if (ok && (code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */))
        throw DamagedDatabaseError(message);
    throw StorageError(message);
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

namespace {

/// The number written in @p n ASCII digits at @p at, or -1.
int digits(const QString& s, int at, int n)
{
    int v = 0;
    for (int i = at; i < at + n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

} // namespace

// Reading 100 000 items parses 300 000 of these: the fixed forms the storage writes are
// read by hand (QDate/QDateTime::fromString are several times slower); anything else
// falls back to Qt's parser.
QDate dateFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
        const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(s, Qt::ISODate);
}

QDateTime dateTimeFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    // yyyy-MM-ddTHH:mm:ss.zzzZ, as timestamp() writes it
    if (s.size() == 24 && s.at(10) == QLatin1Char('T') && s.at(19) == QLatin1Char('.') &&
        s.at(23) == QLatin1Char('Z')) {
        const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2), ms = digits(s, 20, 3);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0) {
            const QDate date(y, mo, d);
            const QTime time(h, mi, sec, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

sqlite3* sqliteHandle(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

} // namespace wp::storage
