#pragma once

#include "workprogram/models/itemeditor.h"

#include <QObject>

class QAction;

namespace wp::gui {

class WindowContext;

/// Menu "Sửa" and the tool bar's editing buttons: undo and redo, a new item, duplicating,
/// editing in a dialog (also a double-click on a cell not edited in place), editing many items
/// at once and deleting (also Del and the table's context menu). Each change is one undo step of
/// the window's ItemEditor.
class EditActions : public QObject
{
    Q_OBJECT

public:
    explicit EditActions(WindowContext& context);

    // What the menus do, public so that tests drive exactly that.
    void newItem();
    void duplicateItems();
    void editInDialog();
    void bulkEdit();
    void deleteItems();
    /// An edit refused because someone else changed its items first (issue 13): their values
    /// beside yours (ConflictDialog); yours written on top of theirs when the person says so.
    void resolveConflict(const QVector<wp::models::ItemConflict>& conflicts, const QVector<wp::Item>& others,
                         const QString& description);

private:
    void updateActions();

    WindowContext& m_context;
    QAction* m_new;
    QAction* m_duplicate;
    QAction* m_editDialog;
    QAction* m_bulkEdit;
    QAction* m_delete;
};

} // namespace wp::gui
