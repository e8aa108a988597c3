#pragma once

#include "workprogram/core/status.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wp::models {
class ItemFilterProxy;
class UnitCountsModel;
} // namespace wp::models

namespace wp::gui {

class WindowContext;

/// The leader's sign-off screen: per-unit counts by status with totals (the counts panel's
/// CountTable, computed from the items), the items of the chosen unit, approve or return per
/// item or per unit, and the sign-off with the decision's number — all through
/// WorkflowService as the signed-in person, so its refusals are the ones shown.
class SignoffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignoffDialog(WindowContext& context);

    /// Reads the program's step again and refreshes the buttons.
    void refresh();
    /// Shows the items of @p unitId in the lower table (0: every unit).
    void selectUnit(qint64 unitId);
    qint64 selectedUnit() const { return m_unitId; }

    models::UnitCountsModel* summary() const { return m_summary; }
    models::ItemFilterProxy* unitItems() const { return m_items; }
    QTableView* summaryView() const { return m_summaryView; }
    QTableView* itemsView() const { return m_itemsView; }
    QLineEdit* decisionEdit() const { return m_decision; }
    QPushButton* signoffButton() const { return m_signoffButton; }
    QLabel* stateLabel() const { return m_state; }

    /// The items of the shown unit in @p statuses (empty: all of them).
    QVector<qint64> unitItemIds(const QVector<Status>& statuses = {}) const;
    QVector<qint64> selectedItemIds() const;

    // What the buttons do; return how many items were moved.
    int approveItems(const QVector<qint64>& ids);
    int returnItems(const QVector<qint64>& ids, const QString& reason);
    /// Approves every item of the shown unit that is in the draft.
    int approveUnit();
    /// Returns every item of the shown unit that is proposed or in the draft.
    int returnUnit(const QString& reason);
    /// Confirms (the totals per unit) and signs the program off with @p decision; false when
    /// cancelled or refused (WorkflowService's message is shown).
    bool signoff(const QString& decision);
    /// The confirmation's text: the totals per unit and in all.
    QString totalsText() const;

private:
    void updateButtons();
    void hideEmptyUnits();
    WindowContext& m_context;
    models::UnitCountsModel* m_summary;
    models::ItemFilterProxy* m_items;
    qint64 m_unitId = 0;
    QLabel* m_state;
    QLabel* m_unitLabel;
    QTableView* m_summaryView;
    QTableView* m_itemsView;
    QLineEdit* m_decision;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_approveUnit;
    QPushButton* m_returnUnit;
    QPushButton* m_signoffButton;
};

} // namespace wp::gui
