#include "chain.h"

#include "backend.h"
#include "sha256.h"
#include "sql.h"

#include <QSqlQuery>

namespace wp::storage {

QString chainHash(const QVector<ChainColumn>& columns)
{
    QByteArray data;
    for (const ChainColumn& c : columns) {
        if (!c) {
            data += '~';
            continue;
        }
        const QByteArray b = c->toUtf8();
        data += QByteArray::number(b.size()) + ':' + b;
    }
    return QString::fromLatin1(Sha256::hex(data));
}

ChainTail chainTail(QSqlDatabase& db, const QString& table)
{
    lockWriters(db);
    QSqlQuery last = prepare(db, QStringLiteral("SELECT id, hash FROM %1 ORDER BY id DESC LIMIT 1").arg(table));
    exec(last);
    if (!last.next())
        return {1, chainGenesis()};
    return {last.value(0).toLongLong() + 1, last.value(1).toString()};
}

} // namespace wp::storage
