#include "workprogram/models/itemfilterproxy.h"

#include "workprogram/core/text.h"
#include "workprogram/models/itemtablemodel.h"

#include <QDate>

namespace wp::models {

ItemFilterProxy::ItemFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ItemTableModel::SortRole);
}

void ItemFilterProxy::setSearchText(const QString& text)
{
    const QString folded = text::fold(text);
    if (folded == m_needle)
        return;
    m_needle = folded;
    invalidateFilter();
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    return idx.data(ItemTableModel::SearchTextRole).toString().contains(m_needle);
}

bool ItemFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return text::compare(l.toString(), r.toString()) < 0;
    if (l.typeId() == QMetaType::QDate || r.typeId() == QMetaType::QDate) {
        const QDate a = l.toDate(), b = r.toDate();
        if (a.isValid() != b.isValid())
            return a.isValid(); // dated items first, ongoing ones last
        return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace wp::models
