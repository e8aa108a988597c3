#pragma once

#include "workprogram/core/status.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace wp::models {
class ReviewQueueModel;
}

namespace wp::gui {

class WindowContext;

/// The Office's review queue: the items waiting for review (proposed), or those returned for
/// adjustment with their reason, grouped by lead unit. Accept into the draft, return with a
/// reason (required) or propose again — for one item, the selection, or a whole unit (its
/// unit row) — through WorkflowService as the signed-in person. A search box keeps the items
/// whose words it finds (the rule of the window's search); a unit row then stands for the items
/// shown under it.
class ReviewQueueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewQueueDialog(WindowContext& context);

    /// Shows the items in @p status (Proposed or Returned).
    void setShowing(Status status);
    Status showing() const;
    /// Reads the queue again from the window's items.
    void refresh();

    models::ReviewQueueModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* reproposeButton() const { return m_repropose; }
    /// "Gộp…": the selected proposals of several units into one (the Office; mergeRequested()).
    QPushButton* mergeButton() const { return m_merge; }
    /// The items of the selected rows (a unit row: all of its items).
    QVector<qint64> selectedItemIds() const;
    /// Selects the rows of @p itemIds (and the unit row of @p unitId when not 0).
    void select(const QVector<qint64>& itemIds, qint64 unitId = 0);

    // What the buttons do; return how many items were moved.
    int acceptItems(const QVector<qint64>& ids);
    int returnItems(const QVector<qint64>& ids, const QString& reason);
    int reproposeItems(const QVector<qint64>& ids);

signals:
    /// "Gộp…" was pressed for items @p ids (ReviewScreens::mergeItems merges them).
    void mergeRequested(const QVector<qint64>& ids);

private:
    void updateButtons();
    WindowContext& m_context;
    models::ReviewQueueModel* m_model;
    QComboBox* m_showCombo;
    QLineEdit* m_search;
    QLabel* m_summary;
    QTreeView* m_view;
    QPushButton* m_accept;
    QPushButton* m_return;
    QPushButton* m_repropose;
    QPushButton* m_merge;
};

} // namespace wp::gui
