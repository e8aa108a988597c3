#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"

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
    /// The same, with the units of @p units (code, name, short name) written beside the items, so
    /// that a report of the snapshot names them as they were then (and the hash covers the names).
    static QByteArray write(int year, QVector<Item> items, const QHash<qint64, QString>& unitCodes,
                            QVector<Unit> units);
    /// The units a snapshot written with them holds (id, code, name, short name), by id; empty
    /// for a snapshot written without them (before they were kept) or one that does not read.
    static QHash<qint64, Unit> readUnits(const QByteArray& json);
    /// The items of a snapshot written by write(); std::nullopt when @p json is not one.
    static std::optional<QVector<Item>> read(const QByteArray& json);
    /// Lower-case hex SHA-256 of @p bytes.
    static QString sha256(const QByteArray& bytes);
};

} // namespace wp
