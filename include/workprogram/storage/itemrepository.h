#pragma once

#include "workprogram/core/counts.h"
#include "workprogram/core/item.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/iteminserter.h"

#include <QDate>
#include <QSet>
#include <QVector>

#include <functional>
#include <optional>

namespace wp::storage {

/// Which items of a program to list. Every condition set must hold.
struct ItemFilter
{
    QVector<qint64> leadUnitIds;      ///< any of these lead units
    std::optional<qint64> coUnitId;   ///< has this co-operating unit
    QVector<Status> statuses;         ///< any of these statuses
    QString search;                   ///< words (search::Query): content, note, leader, group and unit names
    QDate dueBefore;                  ///< due on or before this date
    std::optional<QDate> overdueAsOf; ///< overdue on this day
};

/// The items of programs.
class ItemRepository
{
public:
    explicit ItemRepository(Database& db) : m_db(db) {}

    /// Inserts @p items (ids, times and row versions are set on them), each with its `create` row
    /// in the items' history as @p record says. Call inside a Transaction to make a batch
    /// all-or-nothing.
    void insert(QVector<Item>& items, const CreationRecord& record = {});
    /// Writes @p item if its row version is still the stored one; returns false when someone
    /// else changed it meanwhile. Bumps item.rowVersion.
    bool update(Item& item);
    void remove(qint64 id);
    /// Marks item @p id as merged into item @p into (the merge writes its status separately).
    void setMergedInto(qint64 id, qint64 into);

    std::optional<Item> byId(qint64 id) const;
    /// Items of @p programId matching @p filter, by number.
    QVector<Item> list(qint64 programId, const ItemFilter& filter = {}) const;
    /// Calls @p visit with each item list() would return, in the same order, reading @p pageSize
    /// items at a time inside one read transaction: listings and exports of any size hold one
    /// page in memory and see the program as it was when they started.
    void forEach(qint64 programId, const ItemFilter& filter, const std::function<void(const Item&)>& visit,
                 int pageSize = 1000) const;
    /// The items of @p programId numbered above @p afterNumber, by number, at most @p limit
    /// of them (-1: all): a program read a page at a time.
    QVector<Item> page(qint64 programId, int afterNumber, int limit) const;
    int count(qint64 programId) const;
    /// The numbers (STT) in use in @p programId.
    QSet<int> numbers(qint64 programId) const;

    /// Items per lead unit and status: one GROUP BY, totals are summed from its rows.
    QVector<UnitStatusCount> countByUnitAndStatus(qint64 programId) const;

private:
    /// The items matching @p filter numbered above @p afterNumber, at most @p limit (-1: all).
    QVector<Item> select(qint64 programId, const ItemFilter& filter, int afterNumber, int limit) const;
    void writeCoUnits(qint64 itemId, const QVector<qint64>& unitIds);
    Database& m_db;
};

} // namespace wp::storage
