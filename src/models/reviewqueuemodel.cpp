#include "workprogram/models/reviewqueuemodel.h"

#include "workprogram/core/text.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/history.h"

#include <QMap>

#include <algorithm>

namespace wp::models {

ReviewQueueModel::ReviewQueueModel(QObject* parent) : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Đơn vị / nội dung"), tr("Thời hạn"), tr("Lý do trả lại")});
}

void ReviewQueueModel::load(storage::Database& db, const ItemTableModel& items, Status status,
                            const std::optional<User>& user, const search::Query& query)
{
    removeRows(0, rowCount());
    m_status = status;
    m_itemCount = 0;
    m_waitingCount = 0;
    QMap<qint64, QVector<const Item*>> byUnit;
    for (int row = 0; row < items.rowCount(); ++row) {
        const Item& it = items.item(row);
        if (it.status != status || (user && !user->covers(it.leadUnitId)))
            continue;
        ++m_waitingCount;
        if (query.matches(items.searchKey(row)))
            byUnit[it.leadUnitId].append(&it);
    }
    QVector<qint64> units = byUnit.keys().toVector();
    std::sort(units.begin(), units.end(),
              [&](qint64 a, qint64 b) { return text::compare(items.unitName(a), items.unitName(b)) < 0; });
    storage::HistoryRepository history(db);
    for (qint64 unitId : units) {
        const QVector<const Item*>& list = byUnit[unitId];
        auto* unitRow = new QStandardItem(tr("%1 (%2)").arg(items.unitName(unitId)).arg(list.size()));
        unitRow->setData(unitId, UnitIdRole);
        unitRow->setData(true, IsUnitRole);
        unitRow->setData(int(list.size()), CountRole);
        QFont bold = unitRow->font();
        bold.setBold(true);
        unitRow->setFont(bold);
        unitRow->setEditable(false);
        QList<QStandardItem*> unitCells{unitRow, new QStandardItem, new QStandardItem};
        for (QStandardItem* c : unitCells) {
            c->setEditable(false);
            c->setData(unitId, UnitIdRole);
            c->setData(true, IsUnitRole);
        }
        for (const Item* it : list) {
            QString reason;
            if (status == Status::Returned) {
                const QVector<storage::HistoryEntry> entries = history.forItem(it->id);
                for (auto e = entries.crbegin(); e != entries.crend(); ++e)
                    if (e->kind == storage::HistoryEntry::Kind::Transition && e->to == Status::Returned) {
                        reason = e->comment;
                        break;
                    }
            }
            QList<QStandardItem*> cells{new QStandardItem(tr("%1. %2").arg(it->number).arg(it->content)),
                                        new QStandardItem(it->deadline.text()), new QStandardItem(reason)};
            for (QStandardItem* c : cells) {
                c->setEditable(false);
                c->setData(it->id, ItemIdRole);
                c->setData(unitId, UnitIdRole);
                c->setData(false, IsUnitRole);
                c->setToolTip(c->text());
            }
            unitRow->appendRow(cells);
            ++m_itemCount;
        }
        appendRow(unitCells);
    }
}

QVector<qint64> ReviewQueueModel::itemIds(const QModelIndexList& indexes) const
{
    QVector<qint64> ids;
    auto add = [&ids](qint64 id) {
        if (id && !ids.contains(id))
            ids.append(id);
    };
    for (const QModelIndex& index : indexes) {
        if (index.data(IsUnitRole).toBool()) {
            const QModelIndex unit = index.siblingAtColumn(0);
            for (int r = 0; r < rowCount(unit); ++r)
                add(this->index(r, 0, unit).data(ItemIdRole).toLongLong());
        } else {
            add(index.data(ItemIdRole).toLongLong());
        }
    }
    return ids;
}

QModelIndex ReviewQueueModel::unitIndex(qint64 unitId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (index(r, 0).data(UnitIdRole).toLongLong() == unitId)
            return index(r, 0);
    return {};
}

} // namespace wp::models
