#pragma once

#include "workprogram/core/search.h"
#include "workprogram/core/status.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

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
    QString search;           ///< words (search::Query): content, note, leader, group, unit names

    bool isEmpty() const;
    friend bool operator==(const ItemFilter& a, const ItemFilter& b);
};

/// Filters and sorts the items table over an ItemTableModel: the filters combine, the search is
/// by words (search::Query, the rule of every search of the program) over content, notes,
/// leaders, groups and unit names; text columns sort in Vietnamese order.
class ItemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        /// On the content column: the parts of the content the search matched, a
        /// QVector<search::Mark> over the shown text (none without a search).
        SearchMarksRole = Qt::UserRole + 200,
    };

    explicit ItemFilterProxy(QObject* parent = nullptr);

    void setItemModel(ItemTableModel* model);
    void setFilter(const ItemFilter& filter);
    const ItemFilter& filter() const { return m_filter; }
    void setSearchText(const QString& text);
    /// The search now in force, parsed.
    const search::Query& query() const { return m_query; }
    void clearFilter() { setFilter(ItemFilter()); }
    /// Sorting by number ascending is the items model's own row order (it keeps its rows by
    /// number), so the proxy keeps the source order instead of sorting: a refilter sorts nothing.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column the view asked to sort by (sortColumn() is -1 while that is the number).
    int requestedSortColumn() const { return m_sortColumn; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ItemTableModel* m_items = nullptr;
    ItemFilter m_filter;
    search::Query m_query; ///< m_filter.search, parsed
    /// While a refilter narrows the previous one (the same filter, a search text that contains
    /// the previous one): the source rows shown before, the only ones that can still match.
    std::vector<bool> m_candidates;
    int m_sortColumn = -1;
};

} // namespace wp::models
