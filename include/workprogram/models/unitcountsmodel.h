#pragma once

#include "workprogram/core/counts.h"

#include <QAbstractTableModel>

namespace wp::models {

class ItemTableModel;

/// Items per lead unit of the year: total, overdue, due within 14 days and the breakdown by
/// status, with a total row summed from the unit rows. Follows the items model live.
class UnitCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Unit,
        Total,
        Overdue,
        DueSoon,
        FirstStatus,
        ColumnCount = FirstStatus + 9
    };
    enum Role : int
    {
        UnitIdRole = Qt::UserRole,
        IsTotalRole
    };
    static constexpr int DueSoonDays = 14;

    explicit UnitCountsModel(ItemTableModel* items, QObject* parent = nullptr);

    /// Recounts from the items model (called on every change of it).
    void recount();
    const CountTable& table() const { return m_table; }
    int overdueTotal() const;
    int dueSoonTotal() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ItemTableModel* m_items;
    CountTable m_table{{}, {}};
    QVector<int> m_overdue; ///< per row of m_table
    QVector<int> m_dueSoon;
};

} // namespace wp::models
