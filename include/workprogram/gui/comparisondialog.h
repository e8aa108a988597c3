#pragma once

#include "workprogram/storage/database.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace wp::models {
class ComparisonItemModel;
class ComparisonUnitModel;
} // namespace wp::models

namespace wp::gui {

/// Compares two snapshots of a program year, or a snapshot and the items as they are now
/// ("Hiện tại"): the per-unit table (before, after, added, removed, changed, merged) and the
/// items that differ, changed fields highlighted by colour and by the marker "✎". The numbers
/// are wp::Comparison's, as in the CLI's `diff`.
class ComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    ComparisonDialog(storage::Database& db, qint64 programId, int year, QWidget* parent = nullptr);

    /// Chooses snapshot @p fromId and snapshot @p toId (empty: "Hiện tại") and compares them.
    /// False when either is not a snapshot of the year.
    bool compare(qint64 fromId, std::optional<qint64> toId);

    QComboBox* fromBox() const { return m_from; }
    QComboBox* toBox() const { return m_to; }
    QLabel* summaryLabel() const { return m_summary; }
    models::ComparisonUnitModel* unitModel() const { return m_units; }
    models::ComparisonItemModel* itemModel() const { return m_items; }
    QTableView* unitView() const { return m_unitView; }
    QTableView* itemView() const { return m_itemView; }
    /// Whether the year has any snapshot to compare.
    bool hasSnapshots() const;

private:
    void recompare();
    storage::Database& m_db;
    qint64 m_programId;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_summary;
    models::ComparisonUnitModel* m_units;
    models::ComparisonItemModel* m_items;
    QTableView* m_unitView;
    QTableView* m_itemView;
};

} // namespace wp::gui
