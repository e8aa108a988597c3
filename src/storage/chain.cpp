#include "chain.h"

#include "sha256.h"

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

} // namespace wp::storage
