#pragma once

#include "workprogram/gui/editingdialog.h"

#include "workprogram/core/item.h"
#include "workprogram/core/user.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ItemDialog;
}

namespace wp::models {
class ItemTableModel;
}

namespace wp::gui {

/// Every field of one item at once, with validation: content and lead unit are required and
/// the deadline must be readable before OK is accepted.
class ItemDialog : public EditingDialog
{
    Q_OBJECT

public:
    ItemDialog(const models::ItemTableModel& items, const Item& item, QWidget* parent = nullptr);
    ~ItemDialog() override;

    /// The item as edited (valid after accept()).
    Item item() const { return m_item; }
    /// Checks the fields; returns the first problem, empty when all is well.
    QString validate();
    void accept() override;
    /// Disables what @p user may not change, before anything is typed: the status (changed by the
    /// review actions once signed in) and, for unit staff, the lead unit (their own).
    void limitTo(const User& user);

private:
    void updateDeadlineHint();
    const std::unique_ptr<Ui::ItemDialog> m_ui;
    Item m_item;
    int m_year;
};

} // namespace wp::gui
