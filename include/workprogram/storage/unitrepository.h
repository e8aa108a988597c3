#pragma once

#include "workprogram/core/unit.h"
#include "workprogram/storage/database.h"

#include <QVector>

#include <optional>

namespace wp::storage {

/// The organisation's registry of units.
class UnitRepository
{
public:
    explicit UnitRepository(Database& db) : m_db(db) {}

    /// Every unit, in display order.
    QVector<Unit> all() const;
    /// The units of program year @p year (active and in their year range), in display order.
    QVector<Unit> inYear(int year) const;
    std::optional<Unit> byId(qint64 id) const;
    std::optional<Unit> byCode(const QString& code) const;

    /// Inserts @p unit with its aliases and returns its id. A unit with displayOrder 0 goes last.
    qint64 add(const Unit& unit);
    /// Updates the unit's fields and replaces its aliases.
    void update(const Unit& unit);
    void addAlias(qint64 unitId, const QString& alias);

private:
    QVector<Unit> select(const QString& where, std::initializer_list<QVariant> values) const;
    Database& m_db;
};

} // namespace wp::storage
