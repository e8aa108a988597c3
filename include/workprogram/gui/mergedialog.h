#pragma once

#include "workprogram/gui/editingdialog.h"

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class MergeDialog;
}

namespace wp::gui {

/// "Gộp các nội dung trùng nhau": the Office merges items that several units proposed for the
/// same work into one (issue 4). Shows the items; the merged item's content (from one of them,
/// editable, required), its lead unit among the items' units, the others as co-units
/// (editable), its deadline and the reason. OK calls WorkflowService::merge as @p actor; a
/// refusal is shown in the service's words and the dialog stays open, nothing written.
class MergeDialog : public EditingDialog
{
    Q_OBJECT

public:
    /// @p units: the units that can be named (the program year's); @p year: for the deadline.
    MergeDialog(storage::Database& db, const User& actor, const QVector<Item>& items, const QVector<Unit>& units,
                int year, QWidget* parent = nullptr);
    ~MergeDialog() override;

    /// The item made by the merge, once the dialog was accepted.
    const std::optional<Item>& merged() const { return m_merged; }
    /// Takes the content, deadline and the other fields from the item with id @p itemId.
    void setBase(qint64 itemId);
    /// Checks the fields and merges; accepts the dialog when done. What OK does.
    bool tryMerge();
    void accept() override;

private:
    void fillItems();
    void onBaseChanged();
    void onLeadChanged();
    void updateDeadlineHint();
    bool refuse(const QString& why, QWidget* focus);

    const std::unique_ptr<Ui::MergeDialog> m_ui;
    storage::Database& m_db;
    User m_actor;
    QVector<Item> m_items;
    QVector<Unit> m_units;
    int m_year;
    qint64 m_lead = 0; ///< the lead unit before the last change, to give back its co-unit place
    std::optional<Item> m_merged;
};

} // namespace wp::gui
