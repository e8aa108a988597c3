#include "sql.h"

#include <QDate>
#include <QSqlError>

namespace wp::storage {

QSqlQuery prepare(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StorageError(QCoreApplication::translate("wp::storage", "lỗi cơ sở dữ liệu: %1 (%2)")
                               .arg(q.lastError().text(), sql.simplified().left(120)));
    return q;
}

void exec(QSqlQuery& q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    if (!q.exec())
        throw StorageError(QCoreApplication::translate("wp::storage", "lỗi cơ sở dữ liệu: %1 (%2)")
                               .arg(q.lastError().text(), q.lastQuery().simplified().left(120)));
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

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace wp::storage
