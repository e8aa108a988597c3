#pragma once

#include <QDockWidget>

class QAction;
class QTableView;

namespace wp::models {
class HistoryModel;
}

namespace wp::gui {

class WindowContext;

/// The "Lịch sử" dock (issue 4): every history row of the item of the items table's current row,
/// newest first; it follows the current row, reloads and edits, and comes forward when someone
/// asks for an item's history (WindowContext::showHistory).
class HistoryPanel : public QDockWidget
{
    Q_OBJECT

public:
    HistoryPanel(WindowContext& context, QWidget* parent = nullptr);

    models::HistoryModel* model() const { return m_model; }
    /// Reads the current item's history again.
    void refresh();
    /// Xem → Lịch sử (Ctrl+H): brings the panel to the front, never hides it (its own close
    /// button does).
    QAction* showAction() const { return m_showAction; }

private:
    WindowContext& m_context;
    models::HistoryModel* m_model;
    QTableView* m_view;
    QAction* m_showAction;
};

} // namespace wp::gui
