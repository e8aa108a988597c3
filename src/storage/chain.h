#pragma once

// Private to wp_storage: how the three hash chains (items' history, program steps, the audit log)
// hash a row. Each stored column as its text, length-prefixed so that no two rows hash alike by
// moving text between columns, NULL as "~" (so that NULL and '' differ), the previous row's hash
// last.

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

} // namespace wp::storage
