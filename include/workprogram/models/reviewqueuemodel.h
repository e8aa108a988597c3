#pragma once

#include "workprogram/core/search.h"
#include "workprogram/core/status.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QStandardItemModel>

#include <optional>

namespace wp::models {

class ItemTableModel;

/// The items of one status (waiting for review, or returned for adjustment) grouped by lead
/// unit: a unit row "name (count)" with its items below, units in Vietnamese order. Only the
/// units the signed-in person covers. Returned items show the reason of their last return. A
/// search (search::Query, as in the window) keeps the items it finds.
class ReviewQueueModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Content,
        Deadline,
        Reason,
        ColumnCount
    };
    enum Role : int
    {
        ItemIdRole = Qt::UserRole + 100,
        UnitIdRole,
        IsUnitRole,
        CountRole
    };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    /// Fills the model from the items of @p items in status @p status; @p user limits it to the
    /// units they cover (none: every unit), @p query to the items it finds (over the items'
    /// search keys: content, note, leader, group, unit names). Reasons are read from the history
    /// in @p db.
    void load(storage::Database& db, const ItemTableModel& items, Status status, const std::optional<User>& user,
              const search::Query& query = search::Query());
    Status status() const { return m_status; }
    /// The items shown; waitingCount() also counts those the search left out.
    int itemCount() const { return m_itemCount; }
    int waitingCount() const { return m_waitingCount; }
    /// The items of @p indexes: an item row stands for itself, a unit row for all its items.
    QVector<qint64> itemIds(const QModelIndexList& indexes) const;
    /// The unit row of unit @p unitId, invalid when it has no item here.
    QModelIndex unitIndex(qint64 unitId) const;

private:
    Status m_status = Status::Proposed;
    int m_itemCount = 0;
    int m_waitingCount = 0;
};

} // namespace wp::models
