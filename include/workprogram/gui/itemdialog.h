#pragma once

#include "workprogram/core/item.h"

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
class ItemDialog : public QDialog
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
    /// Esc and Hủy: with typed changes, asks before throwing them away.
    void reject() override;
    /// Whether a field differs from what the dialog opened with.
    bool hasChanges() const { return fieldsText() != m_initial; }

private:
    void updateDeadlineHint();
    /// Every field as typed, in one string: what hasChanges() compares.
    QString fieldsText() const;
    QString m_initial;
    const std::unique_ptr<Ui::ItemDialog> m_ui;
    Item m_item;
    int m_year;
};

} // namespace wp::gui
