#pragma once

#include "workprogram/core/item.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace wp {

/// The frozen items of a program year as canonical JSON: one document, keys sorted, no
/// whitespace, items by number, every field always present. The same items always give the
/// same bytes, so the SHA-256 of the bytes identifies the snapshot (`sha256sum` agrees).
class SnapshotJson
{
public:
    /// @p unitCodes maps unit ids to codes, written beside the ids for a human reader.
    static QByteArray write(int year, QVector<Item> items, const QHash<qint64, QString>& unitCodes);
    /// The items of a snapshot written by write(); std::nullopt when @p json is not one.
    static std::optional<QVector<Item>> read(const QByteArray& json);
    /// Lower-case hex SHA-256 of @p bytes.
    static QString sha256(const QByteArray& bytes);
};

} // namespace wp
