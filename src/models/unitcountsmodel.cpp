#include "workprogram/models/unitcountsmodel.h"

#include "workprogram/models/itemtablemodel.h"

#include <QColor>
#include <QFont>
#include <QHash>

#include <numeric>

namespace wp::models {

UnitCountsModel::UnitCountsModel(ItemTableModel* items, QObject* parent) : QAbstractTableModel(parent), m_items(items)
{
    connect(items, &QAbstractItemModel::modelReset, this, &UnitCountsModel::recount);
    connect(items, &ItemTableModel::itemsChanged, this, &UnitCountsModel::recount);
    connect(items, &ItemTableModel::loadCompleted, this, &UnitCountsModel::recount);
    recount();
}

void UnitCountsModel::recount()
{
    QHash<qint64, std::array<int, 9>> tally;
    QHash<qint64, std::pair<int, int>> attention;
    const QDate today = m_items->today();
    const QDate soon = today.addDays(DueSoonDays);
    for (const Item& it : m_items->items()) {
        tally[it.leadUnitId][size_t(it.status)] += 1;
        if (it.isOverdue(today))
            attention[it.leadUnitId].first += 1;
        else if (it.deadline.hasDueDate() && !StatusInfo::isClosed(it.status) && it.deadline.due() >= today &&
                 it.deadline.due() <= soon)
            attention[it.leadUnitId].second += 1;
    }
    QVector<UnitStatusCount> counts;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        for (size_t s = 0; s < 9; ++s)
            if (it.value()[s])
                counts.append(UnitStatusCount{it.key(), Status(s), it.value()[s]});
    QVector<wp::Unit> all;
    for (const wp::Unit& u : m_items->units())
        all.append(u);
    CountTable table(m_items->yearUnits(), counts, all);
    const bool sameRows = table.rows().size() == m_table.rows().size();
    if (!sameRows)
        beginResetModel();
    m_table = table;
    m_overdue.clear();
    m_dueSoon.clear();
    for (const CountTable::Row& r : m_table.rows()) {
        m_overdue.append(attention.value(r.unit.id).first);
        m_dueSoon.append(attention.value(r.unit.id).second);
    }
    if (!sameRows)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int UnitCountsModel::overdueTotal() const
{
    return std::accumulate(m_overdue.begin(), m_overdue.end(), 0);
}

int UnitCountsModel::dueSoonTotal() const
{
    return std::accumulate(m_dueSoon.begin(), m_dueSoon.end(), 0);
}

int UnitCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows().size()) + 1; // + the total row
}

int UnitCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitCountsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool total = index.row() == m_table.rows().size();
    const int c = index.column();
    if (role == Qt::DisplayRole) {
        if (c == Unit)
            return total ? tr("Tổng cộng") : m_table.rows().at(index.row()).unit.name;
        int n = 0;
        if (c == Total)
            n = total ? m_table.total() : m_table.rows().at(index.row()).total();
        else if (c == Overdue)
            n = total ? overdueTotal() : m_overdue.at(index.row());
        else if (c == DueSoon)
            n = total ? dueSoonTotal() : m_dueSoon.at(index.row());
        else
            n = total ? m_table.totalFor(Status(c - FirstStatus))
                      : m_table.rows().at(index.row()).byStatus[size_t(c - FirstStatus)];
        return n;
    }
    if (role == Qt::TextAlignmentRole)
        return int((c == Unit ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && c == Overdue && !total && m_overdue.at(index.row()) > 0)
        return QColor(0xA8, 0x1C, 0x1C);
    if (role == Qt::ToolTipRole && c == Unit)
        return data(index, Qt::DisplayRole); // the whole name, when the column elides it
    if (role == Qt::ToolTipRole)
        return tr("Bấm để lọc danh sách theo ô này");
    if (role == UnitIdRole)
        return total ? qint64(0) : m_table.rows().at(index.row()).unit.id;
    if (role == IsTotalRole)
        return total;
    return {};
}

QVariant UnitCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Unit:
            return tr("Đơn vị chủ trì");
        case Total:
            return tr("Tổng");
        case Overdue:
            return tr("Quá hạn");
        case DueSoon:
            return tr("Đến hạn trong %1 ngày").arg(DueSoonDays);
        default:
            return StatusInfo::label(Status(section - FirstStatus));
        }
    }
    return {};
}

} // namespace wp::models
