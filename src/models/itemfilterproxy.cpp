#include "workprogram/models/itemfilterproxy.h"

#include "workprogram/core/text.h"
#include "workprogram/models/itemtablemodel.h"

#include <algorithm>

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
    search::Query query(filter.search);
    ItemFilter same = filter;
    same.search = m_filter.search;
    if (same == m_filter && query == m_query) { // a space typed: the same words
        m_filter = filter;
        return;
    }
    // Typing on in the search box only narrows what is shown: a row hidden now stays hidden,
    // and only the rows shown are searched again (a refilter then costs the rows shown, not
    // the whole year). Worth collecting them only when they are a small part of the year.
    if (m_items && same == m_filter && query.narrows(m_query)) {
        const int shown = rowCount();
        if (shown <= m_items->rowCount() / 2) {
            m_candidates.assign(size_t(m_items->rowCount()), false);
            for (int r = 0; r < shown; ++r)
                m_candidates[size_t(mapToSource(index(r, 0)).row())] = true;
        }
    }
    m_filter = filter;
    m_query = std::move(query);
    // One layoutChanged for the whole new row set instead of invalidateFilter()'s
    // rowsRemoved/rowsInserted per contiguous range: a search over 100 000 items leaves
    // thousands of ranges, and the view handles each signal in time linear in the rows.
    invalidate();
    rowCount(); // the rows are filtered now, while the candidates are valid
    m_candidates.clear();
}

void ItemFilterProxy::setSearchText(const QString& text)
{
    ItemFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

void ItemFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    // Sorting 100 000 rows by number through lessThan() cost most of a refilter; the source
    // rows are in number order already, and column -1 keeps them so (Qt 6.4 does not reverse
    // the source order for a descending sort: that one still sorts).
    if (m_items && column == ItemTableModel::Number && order == Qt::AscendingOrder)
        column = -1;
    QSortFilterProxyModel::sort(column, order);
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_items)
        return true;
    if (!m_candidates.empty() && !m_candidates[size_t(sourceRow)])
        return false;
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
    // The query's searchers are made once per search, not once per row.
    if (!m_query.isEmpty() && !m_query.matches(m_items->searchKey(sourceRow)))
        return false;
    return true;
}

QVariant ItemFilterProxy::data(const QModelIndex& index, int role) const
{
    if (role == SearchMarksRole) {
        if (m_query.isEmpty() || index.column() != ItemTableModel::Content)
            return {};
        return QVariant::fromValue(m_query.marks(index.data(Qt::DisplayRole).toString()));
    }
    return QSortFilterProxyModel::data(index, role);
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
