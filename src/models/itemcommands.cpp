#include "itemcommands.h"

#include "workprogram/models/itemeditor.h"

namespace wp::models {

EditItemsCommand::EditItemsCommand(ItemEditor* editor, QVector<Item> before, QVector<Item> after, const QString& text)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{}

void EditItemsCommand::redo()
{
    if (!m_editor->writeItems(m_after, !m_done)) {
        m_editor->m_commandFailed = true;
        setObsolete(true);
    }
    m_done = true;
}

void EditItemsCommand::undo()
{
    if (!m_editor->writeItems(m_before))
        setObsolete(true);
}

AddItemsCommand::AddItemsCommand(ItemEditor* editor, QVector<Item> items, const QString& text)
    : QUndoCommand(text), m_editor(editor), m_items(std::move(items))
{}

void AddItemsCommand::redo()
{
    for (Item& it : m_items)
        it.id = 0;
    if (!m_editor->insertItems(m_items)) {
        m_editor->m_commandFailed = true;
        setObsolete(true);
    }
}

void AddItemsCommand::undo()
{
    QVector<qint64> ids;
    for (const Item& it : m_items)
        ids.append(it.id);
    if (!m_editor->deleteItems(ids))
        setObsolete(true);
}

RemoveItemsCommand::RemoveItemsCommand(ItemEditor* editor, QVector<Item> items, const QString& text)
    : QUndoCommand(text), m_editor(editor), m_items(std::move(items))
{}

void RemoveItemsCommand::redo()
{
    QVector<qint64> ids;
    for (const Item& it : m_items)
        ids.append(it.id);
    if (!m_editor->deleteItems(ids)) {
        m_editor->m_commandFailed = true;
        setObsolete(true);
    }
}

void RemoveItemsCommand::undo()
{
    for (Item& it : m_items)
        it.id = 0;
    if (!m_editor->insertItems(m_items))
        setObsolete(true);
}

} // namespace wp::models
