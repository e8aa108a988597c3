#pragma once

// Private to wp_models: the undo steps of ItemEditor: each redo and undo writes through the editor,
// which tells the model what changed.

#include "workprogram/core/item.h"

#include <QUndoCommand>
#include <QVector>

namespace wp::models {

class ItemEditor;

/// Replaces items by other versions of themselves (cell edits, dialog edits, bulk edits).
class EditItemsCommand : public QUndoCommand
{
public:
    EditItemsCommand(ItemEditor* editor, QVector<Item> before, QVector<Item> after, const QString& text);
    void undo() override;
    void redo() override;

private:
    ItemEditor* m_editor;
    QVector<Item> m_before;
    QVector<Item> m_after;
    bool m_done = false; ///< redone once: later redos write over the version the table holds
};

/// Adds items; undo deletes them again.
class AddItemsCommand : public QUndoCommand
{
public:
    AddItemsCommand(ItemEditor* editor, QVector<Item> items, const QString& text);
    void undo() override;
    void redo() override;

private:
    ItemEditor* m_editor;
    QVector<Item> m_items; ///< with the ids of the last redo
};

/// Deletes items; undo adds them back with their numbers and contents.
class RemoveItemsCommand : public QUndoCommand
{
public:
    RemoveItemsCommand(ItemEditor* editor, QVector<Item> items, const QString& text);
    void undo() override;
    void redo() override;

private:
    ItemEditor* m_editor;
    QVector<Item> m_items;
};

} // namespace wp::models
