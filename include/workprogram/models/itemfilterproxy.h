#pragma once

#include <QSortFilterProxyModel>

namespace wp::models {

/// Filters the items table: accent-, case- and đ/d-insensitive search over content, notes
/// and unit names; sorts in Vietnamese order.
class ItemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ItemFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    QString searchText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_needle; ///< folded
};

} // namespace wp::models
