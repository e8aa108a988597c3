// Menu "Sửa": the items' editing, each change an undo step.
#include "workprogram/gui/editactions.h"

#include "windowtext.h"

#include "workprogram/core/workflow.h"
#include "workprogram/gui/bulkeditdialog.h"
#include "workprogram/gui/conflictdialog.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace wp::gui {

using models::ItemTableModel;

EditActions::EditActions(WindowContext& context) : QObject(&context), m_context(context)
{
    const WindowContext::Places& places = context.places();
    auto add = [this](const QString& text, const char* name, const QKeySequence& keys) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        return action;
    };
    m_new = add(WindowText::tr("&Thêm nội dung"), "newAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    m_duplicate = add(WindowText::tr("&Nhân bản"), "duplicateAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_editDialog =
        add(WindowText::tr("&Sửa trong hộp thoại…"), "editDialogAction", QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_bulkEdit = add(WindowText::tr("Sửa hàng l&oạt…"), "bulkEditAction", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_delete = add(WindowText::tr("&Xóa…"), "deleteAction", QKeySequence(Qt::Key_Delete));

    QUndoStack* undoStack = context.undoStack();
    QAction* undo = undoStack->createUndoAction(this, WindowText::tr("&Hoàn tác"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoStack->createRedoAction(this, WindowText::tr("&Làm lại"));
    // Ctrl+Y everywhere; the platform's own redo keys too, without registering Ctrl+Y twice
    // (a duplicate makes Qt call the shortcut ambiguous and do nothing).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    redo->setShortcuts(redoKeys);

    connect(context.editor(), &models::ItemEditor::conflicted, this, &EditActions::resolveConflict);

    places.editMenu->addActions({undo, redo});
    places.editMenu->addSeparator();
    places.editMenu->addActions({m_new, m_duplicate, m_editDialog, m_bulkEdit});
    places.editMenu->addSeparator();
    places.editMenu->addAction(m_delete);
    places.toolBar->addActions({undo, redo});
    places.toolBar->addSeparator();
    places.toolBar->addActions({m_new, m_duplicate, m_editDialog, m_bulkEdit, m_delete});
    // Del deletes while the table has the focus, and the table's context menu offers it.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    places.itemsView->addAction(m_delete);

    connect(m_new, &QAction::triggered, this, &EditActions::newItem);
    connect(m_duplicate, &QAction::triggered, this, &EditActions::duplicateItems);
    connect(m_editDialog, &QAction::triggered, this, &EditActions::editInDialog);
    connect(m_bulkEdit, &QAction::triggered, this, &EditActions::bulkEdit);
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteItems);
    connect(places.itemsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editInDialog();
    });
    connect(&context, &WindowContext::selectionChanged, this, &EditActions::updateActions);
    connect(&context, &WindowContext::databaseChanged, this, &EditActions::updateActions);
    connect(&context, &WindowContext::userChanged, this, &EditActions::updateActions);
    connect(context.items(), &QAbstractItemModel::modelReset, this, &EditActions::updateActions);
    connect(context.items(), &models::ItemTableModel::itemsChanged, this, &EditActions::updateActions);
    updateActions();
}

void EditActions::updateActions()
{
    const QVector<Item> selected = m_context.selectedItems();
    const std::optional<User>& user = m_context.user();
    // What the person signed in may not do is disabled before anything is typed: a leader and an
    // administrator add and edit no items, a unit edits and deletes only its own unit's.
    auto mayEdit = [&user](const Item& it) {
        if (!user)
            return true;
        return Workflow::editors(it.status).contains(user->role) &&
               (user->role != Role::Unit || it.leadUnitId == user->unitId);
    };
    auto all = [&selected](auto&& test) {
        return !selected.isEmpty() && std::all_of(selected.begin(), selected.end(), test);
    };
    const bool adds = m_context.database() && m_context.mayShowData() &&
                      (!user || Workflow::editors(Status::Draft).contains(user->role));
    m_new->setEnabled(adds);
    // Unit staff copy only their own unit's items (a copy is a new draft of the same unit).
    m_duplicate->setEnabled(adds && all([&user](const Item& it) {
                                return !user || user->role != Role::Unit || it.leadUnitId == user->unitId;
                            }));
    m_editDialog->setEnabled(selected.size() == 1 && mayEdit(selected.first()));
    m_bulkEdit->setEnabled(all(mayEdit));
    m_delete->setEnabled(all([&user](const Item& it) { return !user || models::ItemEditor::mayDelete(*user, it); }));
}

void EditActions::newItem()
{
    if (!m_context.confirmUser())
        return;
    if (!m_context.database())
        return;
    ItemTableModel* model = m_context.items();
    Item it;
    it.status = Status::Draft;
    const QVector<qint64> selected = m_context.selectedIds();
    if (!selected.isEmpty()) // a new item usually belongs with the one being looked at
        it.leadUnitId = model->item(model->rowOfId(selected.first())).leadUnitId;
    it.number = model->items().isEmpty() ? 1 : model->items().last().number + 1;
    ItemDialog dialog(*model, it, m_context.dialogParent());
    if (m_context.user())
        dialog.limitTo(*m_context.user());
    // A save refused because the server connection is lost brings the dialog back with what was
    // typed, to be saved again once the status bar says the connection is back.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Item created = dialog.item();
        if (m_context.editor()->addItems({created}, WindowText::tr("Thêm nội dung số %1").arg(created.number)))
            break;
        if (!m_context.connectionLost())
            return;
    }
    const int row = model->rowOfId(model->items().isEmpty() ? 0 : model->items().last().id);
    const QModelIndex index = m_context.proxy()->mapFromSource(model->index(row, ItemTableModel::Content));
    QTableView* view = m_context.places().itemsView;
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

void EditActions::duplicateItems()
{
    if (!m_context.confirmUser())
        return;
    QVector<Item> copies = m_context.selectedItems();
    for (Item& copy : copies) {
        copy.id = 0;
        copy.number = 0; // the next free numbers
        copy.status = Status::Draft;
    }
    if (!copies.isEmpty())
        m_context.editor()->addItems(copies, WindowText::tr("Nhân bản %n nội dung", nullptr, int(copies.size())));
}

void EditActions::editInDialog()
{
    if (!m_context.confirmUser())
        return;
    const QVector<Item> selected = m_context.selectedItems();
    if (selected.size() != 1)
        return;
    ItemDialog dialog(*m_context.items(), selected.first(), m_context.dialogParent());
    if (m_context.user())
        dialog.limitTo(*m_context.user());
    // Refused because the server connection is lost: the dialog comes back with what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        if (m_context.editor()->editItems({dialog.item()},
                                          WindowText::tr("Sửa nội dung số %1").arg(dialog.item().number), selected) ||
            !m_context.connectionLost())
            return;
    }
}

void EditActions::bulkEdit()
{
    if (!m_context.confirmUser())
        return;
    const QVector<Item> selected = m_context.selectedItems();
    if (selected.isEmpty())
        return;
    BulkEditDialog dialog(*m_context.items(), selected, m_context.dialogParent());
    if (m_context.user())
        dialog.limitTo(*m_context.user());
    if (dialog.exec() == QDialog::Accepted)
        m_context.editor()->editItems(
            dialog.result(), WindowText::tr("Sửa hàng loạt %n nội dung", nullptr, int(selected.size())), selected);
}

void EditActions::deleteItems()
{
    if (!m_context.confirmUser())
        return;
    const QVector<Item> selected = m_context.selectedItems();
    if (selected.isEmpty())
        return;
    QStringList lines;
    for (const Item& it : selected) {
        if (lines.size() == 10) {
            lines.append(WindowText::tr("… và %n nội dung khác", nullptr, int(selected.size()) - 10));
            break;
        }
        lines.append(QStringLiteral("%1. %2").arg(it.number).arg(it.content.left(90)));
    }
    if (Prompts::question(m_context.dialogParent(), WindowText::tr("Xóa nội dung"),
                          WindowText::tr("Xóa %n nội dung sau khỏi chương trình?", nullptr, int(selected.size())),
                          lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                              WindowText::tr("Có thể hoàn tác bằng Ctrl+Z.")) != QMessageBox::Yes)
        return;
    QVector<qint64> ids;
    for (const Item& it : selected)
        ids.append(it.id);
    m_context.editor()->removeItems(ids, WindowText::tr("Xóa %n nội dung", nullptr, int(ids.size())));
}

void EditActions::resolveConflict(const QVector<models::ItemConflict>& conflicts, const QVector<Item>& others,
                                  const QString& description)
{
    storage::Database* db = m_context.database();
    if (!db)
        return;
    ConflictDialog dialog(*db, *m_context.items(), conflicts, m_context.dialogParent());
    if (dialog.exec() != QDialog::Accepted) {
        m_context.showMessage(WindowText::tr("Đã giữ bản của người khác; giá trị của bạn không được ghi."), 8000);
        return;
    }
    // On top of theirs (the table holds their versions now): another change meanwhile is one more conflict.
    m_context.editor()->editItems(dialog.merged() + others, description);
}

} // namespace wp::gui
