#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"
#include "workprogram/storage/database.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

namespace wp::models {

/// The items of one program year as a table, read through the storage repositories.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Content, LeadUnit, CoUnits, Deadline, Leader, Group, Form, Level, Status, Note, ColumnCount };
    enum Role : int {
        ItemIdRole = Qt::UserRole,
        LeadUnitIdRole,
        StatusRole,
        DueDateRole,
        OverdueRole,
        SortRole,
        SearchTextRole, ///< folded content, note and unit names
    };

    explicit ItemTableModel(QObject* parent = nullptr);

    /// Loads the items of @p programId; @p today decides what is overdue.
    void load(storage::Database& db, qint64 programId, QDate today = QDate::currentDate());
    const Item& item(int row) const { return m_items.at(row); }
    QString unitName(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString coUnitNames(const Item& it) const;
    QVector<Item> m_items;
    QVector<QString> m_searchText;
    QHash<qint64, Unit> m_units;
    QDate m_today;
};

} // namespace wp::models
