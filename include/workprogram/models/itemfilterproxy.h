#pragma once

#include "workprogram/core/status.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>
#include <vector>

namespace wp::models {

class ItemTableModel;

/// What the filter bar asks for. Every condition that is set must hold.
struct ItemFilter
{
    QSet<qint64> leadUnits;   ///< any of these lead units
    qint64 coUnit = 0;        ///< has this co-operating unit
    QSet<Status> statuses;    ///< any of these statuses
    QString group;            ///< exactly this task group
    QString leader;           ///< exactly this leader
    QDate dueFrom;            ///< due on or after
    QDate dueTo;              ///< due on or before
    bool overdueOnly = false; ///< overdue on the model's today
    bool openOnly = false;    ///< not done, rejected or withdrawn
    QString search;           ///< accent-, case- and đ/d-insensitive

    bool isEmpty() const;
    friend bool operator==(const ItemFilter& a, const ItemFilter& b);
};

/// Filters and sorts the items table over an ItemTableModel: the filters combine, search
/// ignores accents, case and đ/d across content, notes and unit names; text columns sort in
/// Vietnamese order.
class ItemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ItemFilterProxy(QObject* parent = nullptr);

    void setItemModel(ItemTableModel* model);
    void setFilter(const ItemFilter& filter);
    const ItemFilter& filter() const { return m_filter; }
    void setSearchText(const QString& text);
    void clearFilter() { setFilter(ItemFilter()); }
    /// Sorting by number ascending is the items model's own row order (it keeps its rows by
    /// number), so the proxy keeps the source order instead of sorting: a refilter sorts nothing.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column the view asked to sort by (sortColumn() is -1 while that is the number).
    int requestedSortColumn() const { return m_sortColumn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ItemTableModel* m_items = nullptr;
    ItemFilter m_filter;
    QByteArray m_needle;                                                       ///< folded search text, UTF-8
    std::optional<std::boyer_moore_horspool_searcher<const char*>> m_searcher; ///< over m_needle
    /// While a refilter narrows the previous one (the same filter, a search text that contains
    /// the previous one): the source rows shown before, the only ones that can still match.
    std::vector<bool> m_candidates;
    int m_sortColumn = -1;
};

} // namespace wp::models
