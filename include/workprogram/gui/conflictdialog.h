#pragma once

#include "workprogram/core/itemfields.h"
#include "workprogram/models/itemeditor.h"

#include <QDialog>
#include <QVector>

class QTableWidget;

namespace wp::storage {
class Database;
}
namespace wp::models {
class ItemTableModel;
}

namespace wp::gui {

/// Issue 13: a save refused because someone else changed the item first. For each field where
/// their value and yours differ, both side by side with who changed the item and when; a tick
/// says which of yours to write over theirs (those you changed are ticked). "Ghi giá trị của
/// bạn" writes the ticked ones on top of their version; "Giữ bản của họ" keeps theirs. Nothing
/// typed is lost without that choice: Esc asks first.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(storage::Database& db, const models::ItemTableModel& items,
                   const QVector<models::ItemConflict>& conflicts, QWidget* parent = nullptr);

    /// Their versions with the ticked fields of yours, at their row versions (items deleted
    /// meanwhile are left out: there is nothing to write them on).
    QVector<Item> merged() const;
    /// The table of differing fields (for tests).
    QTableWidget* table() const { return m_table; }

    void reject() override;

private:
    struct Row
    {
        int conflict;
        ItemField field;
    };
    QString valueText(const Item& it, ItemField f) const;
    QString changedBy(storage::Database& db, const Item& theirs) const;

    const models::ItemTableModel& m_items;
    QVector<models::ItemConflict> m_conflicts;
    QVector<Row> m_rows;
    QTableWidget* m_table = nullptr;
    bool m_keepTheirs = false;
};

} // namespace wp::gui
