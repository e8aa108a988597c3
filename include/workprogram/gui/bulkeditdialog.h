#pragma once

#include "workprogram/gui/editingdialog.h"

#include "workprogram/core/item.h"
#include "workprogram/core/user.h"

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
class BulkEditDialog : public EditingDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const models::ItemTableModel& items, QVector<Item> selected, QWidget* parent = nullptr);
    ~BulkEditDialog() override;

    /// The selected items with the chosen fields set (valid after accept()).
    const QVector<Item>& result() const { return m_result; }
    QString apply();
    void accept() override;
    /// Disables what @p user may not set: the status (the review actions change it once signed
    /// in) and, for unit staff, the lead unit.
    void limitTo(const User& user);

private:
    const std::unique_ptr<Ui::BulkEditDialog> m_ui;
    QVector<Item> m_selected;
    QVector<Item> m_result;
    int m_year;
};

} // namespace wp::gui
