#include "workprogram/models/itemfilterproxy.h"

#include "workprogram/core/text.h"
#include "workprogram/models/itemtablemodel.h"

namespace wp::models {

bool ItemFilter::isEmpty() const
{
    return *this == ItemFilter();
}

bool operator==(const ItemFilter& a, const ItemFilter& b)
{
    return a.leadUnits == b.leadUnits && a.coUnit == b.coUnit && a.statuses == b.statuses && a.group == b.group &&
           a.leader == b.leader && a.dueFrom == b.dueFrom && a.dueTo == b.dueTo && a.overdueOnly == b.overdueOnly &&
           a.openOnly == b.openOnly && a.search == b.search;
}

ItemFilterProxy::ItemFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ItemTableModel::SortRole);
}

void ItemFilterProxy::setItemModel(ItemTableModel* model)
{
    m_items = model;
    setSourceModel(model);
}

void ItemFilterProxy::setFilter(const ItemFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_needle = text::fold(filter.search).toUtf8();
    // One layoutChanged for the whole new row set instead of invalidateFilter()'s
    // rowsRemoved/rowsInserted per contiguous range: a search over 100 000 items leaves
    // thousands of ranges, and the view handles each signal in time linear in the rows.
    invalidate();
}

void ItemFilterProxy::setSearchText(const QString& text)
{
    ItemFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_items)
        return true;
    const Item& it = m_items->item(sourceRow);
    const ItemFilter& f = m_filter;
    if (!f.leadUnits.isEmpty() && !f.leadUnits.contains(it.leadUnitId))
        return false;
    if (f.coUnit && !it.coUnitIds.contains(f.coUnit))
        return false;
    if (!f.statuses.isEmpty() && !f.statuses.contains(it.status))
        return false;
    if (!f.group.isEmpty() && it.group != f.group)
        return false;
    if (!f.leader.isEmpty() && it.leader != f.leader)
        return false;
    if (f.dueFrom.isValid() && (!it.deadline.hasDueDate() || it.deadline.due() < f.dueFrom))
        return false;
    if (f.dueTo.isValid() && (!it.deadline.hasDueDate() || it.deadline.due() > f.dueTo))
        return false;
    if (f.overdueOnly && !it.isOverdue(m_items->today()))
        return false;
    if (f.openOnly && StatusInfo::isClosed(it.status))
        return false;
    if (!m_needle.isEmpty() && !m_items->searchKey(sourceRow).contains(m_needle))
        return false;
    return true;
}

bool ItemFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The number and the due date straight from the items: no QVariant per comparison.
    if (m_items && sortRole() == ItemTableModel::SortRole) {
        const Item& a = m_items->item(left.row());
        const Item& b = m_items->item(right.row());
        if (left.column() == ItemTableModel::Number)
            return a.number < b.number;
        if (left.column() == ItemTableModel::Deadline) {
            const QDate da = a.deadline.due(), db = b.deadline.due();
            if (da.isValid() != db.isValid())
                return da.isValid(); // dated items first, items without a due date last
            return da < db;
        }
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return text::compare(l.toString(), r.toString()) < 0;
    if (l.typeId() == QMetaType::QDate || r.typeId() == QMetaType::QDate) {
        const QDate a = l.toDate(), b = r.toDate();
        if (a.isValid() != b.isValid())
            return a.isValid(); // dated items first, items without a due date last
        return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace wp::models
