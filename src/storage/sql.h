#pragma once

// Private helpers of wp_storage: prepared statements that throw StorageError with context.

#include "workprogram/storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

struct sqlite3;

namespace wp::storage {

/// Throws @p error as the StorageError it is, classified here once (sql.cpp): a full disk, a
/// read-only file, a busy database or a damaged file each get their own kind and plain words;
/// only an unclassified error carries the driver's text and @p statement (for a bug report).
[[noreturn]] void raise(const QSqlError& error, const QString& statement = QString());

/// raise() for the failed statement of @p q. A server connection the driver found broken is
/// ConnectionLost whatever the error says: after the first failure libpq answers "no connection to
/// the server" without an SQLSTATE, so the connection's state decides, not the words.
[[noreturn]] void raise(const QSqlQuery& q, const QString& statement);

/// raise() for an error of SQLite's own API on @p handle (the bulk paths that bypass Qt Sql).
[[noreturn]] void raiseSqlite(sqlite3* handle, const QString& statement = QString());

/// Prepares @p sql on @p db; throws with the statement on failure.
QSqlQuery prepare(QSqlDatabase& db, const QString& sql);

/// Binds @p values in order and executes; throws with the statement on failure.
void exec(QSqlQuery& q, std::initializer_list<QVariant> values = {});

/// The id an INSERT … RETURNING id just executed on @p q gave back (both backends: SQLite >= 3.35).
qint64 returnedId(QSqlQuery& q);

/// Executes @p sql without preparing it: for statements a server cannot prepare (DDL and SET on
/// PostgreSQL, whose QPSQL driver prepares with PREPARE … AS).
void runDirect(QSqlDatabase& db, const QString& sql);

/// prepare() + exec() for a statement without results.
void run(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

/// Dates are stored as ISO text (yyyy-MM-dd), or NULL.
QVariant dateValue(const QDate& d);
QDate dateFrom(const QVariant& v);
/// A timestamp as the storage writes it (ISO 8601 UTC with milliseconds).
QDateTime dateTimeFrom(const QVariant& v);
QVariant textOrNull(const QString& s);

/// The fixed forms the storage writes its dates and timestamps in, read by hand from a QString or
/// from SQLite's bytes (QByteArrayView): reading 100 000 items parses 300 000 of them, and
/// QDate/QDateTime::fromString are several times slower. std::nullopt for any other form, which
/// the callers give to Qt's parser.
namespace fixedform {

inline char16_t code(QChar c)
{
    return c.unicode();
}
inline char16_t code(char c)
{
    return char16_t(uchar(c));
}

/// The number written in @p n ASCII digits at @p at, or -1.
template <class Text>
int digits(const Text& s, int at, int n)
{
    int v = 0;
    for (int i = at; i < at + n; ++i) {
        const char16_t c = code(s.at(i));
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

/// yyyy-MM-dd.
template <class Text>
std::optional<QDate> date(const Text& s)
{
    if (s.size() == 10 && code(s.at(4)) == u'-' && code(s.at(7)) == u'-') {
        const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return std::nullopt;
}

/// yyyy-MM-ddTHH:mm:ss.zzzZ, as timestamp() writes it.
template <class Text>
std::optional<QDateTime> dateTime(const Text& s)
{
    if (s.size() == 24 && code(s.at(10)) == u'T' && code(s.at(19)) == u'.' && code(s.at(23)) == u'Z') {
        const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2), ms = digits(s, 20, 3);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0) {
            const QDate date(y, mo, d);
            const QTime time(h, mi, sec, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    return std::nullopt;
}

} // namespace fixedform

/// The meta table's value of @p key, empty when it has none.
QString metaValue(QSqlDatabase& db, const QString& key);
/// Sets the meta table's @p key to @p value (insert or update).
void setMetaValue(QSqlDatabase& db, const QString& key, const QString& value);

/// The SQLite handle under @p db, or nullptr when it is another driver: for the few places that
/// use SQLite's own API (bulk reading and writing of items, online backup).
sqlite3* sqliteHandle(Database& db);

} // namespace wp::storage
