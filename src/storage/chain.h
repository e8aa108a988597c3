#pragma once

// Private to wp_storage: how the three hash chains (items' history, program steps, the audit log)
// hash a row. Each stored column as its text, length-prefixed so that no two rows hash alike by
// moving text between columns, NULL as "~" (so that NULL and '' differ), the previous row's hash
// last.

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace wp::storage {

/// A column as hashed: its stored text, or nothing for NULL.
using ChainColumn = std::optional<QString>;

/// Lower-case hex SHA-256 of @p columns, each length-prefixed ("5:abcde"), NULL as "~".
QString chainHash(const QVector<ChainColumn>& columns);

/// The previous hash of a chain's first row.
inline QString chainGenesis()
{
    return QString(64, QLatin1Char('0'));
}

/// Where a chain ends, for the row about to be appended: its id and the hash it follows.
struct ChainTail
{
    qint64 nextId = 1;
    QString prevHash;
};

/// Takes the writers' lock (held until the transaction ends: read the last row, then append, one
/// writer at a time) and reads the end of the chain kept in @p table (item_history,
/// program_history, audit_log).
ChainTail chainTail(QSqlDatabase& db, const QString& table);

} // namespace wp::storage
