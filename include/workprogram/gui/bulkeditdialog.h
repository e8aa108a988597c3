#pragma once

#include "workprogram/core/item.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BulkEditDialog;
}

namespace wp::models {
class ItemTableModel;
}

namespace wp::gui {

/// Sets the lead unit, leader, group, deadline or status of many items at once; the result
/// is one undo step.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const models::ItemTableModel& items, QVector<Item> selected, QWidget* parent = nullptr);
    ~BulkEditDialog() override;

    /// The selected items with the chosen fields set (valid after accept()).
    const QVector<Item>& result() const { return m_result; }
    QString apply();
    void accept() override;

private:
    const std::unique_ptr<Ui::BulkEditDialog> m_ui;
    QVector<Item> m_selected;
    QVector<Item> m_result;
    int m_year;
};

} // namespace wp::gui
