#include "itemcommands.h"

#include "workprogram/models/itemtablemodel.h"

namespace wp::models {

EditItemsCommand::EditItemsCommand(ItemTableModel* model, QVector<Item> before, QVector<Item> after,
                                   const QString& text)
    : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after))
{}

void EditItemsCommand::redo()
{
    if (!m_model->writeItems(m_after)) {
        m_model->m_commandFailed = true;
        setObsolete(true);
    }
}

void EditItemsCommand::undo()
{
    if (!m_model->writeItems(m_before))
        setObsolete(true);
}

AddItemsCommand::AddItemsCommand(ItemTableModel* model, QVector<Item> items, const QString& text)
    : QUndoCommand(text), m_model(model), m_items(std::move(items))
{}

void AddItemsCommand::redo()
{
    for (Item& it : m_items)
        it.id = 0;
    if (!m_model->insertItems(m_items)) {
        m_model->m_commandFailed = true;
        setObsolete(true);
    }
}

void AddItemsCommand::undo()
{
    QVector<qint64> ids;
    for (const Item& it : m_items)
        ids.append(it.id);
    if (!m_model->deleteItems(ids))
        setObsolete(true);
}

RemoveItemsCommand::RemoveItemsCommand(ItemTableModel* model, QVector<Item> items, const QString& text)
    : QUndoCommand(text), m_model(model), m_items(std::move(items))
{}

void RemoveItemsCommand::redo()
{
    QVector<qint64> ids;
    for (const Item& it : m_items)
        ids.append(it.id);
    if (!m_model->deleteItems(ids)) {
        m_model->m_commandFailed = true;
        setObsolete(true);
    }
}

void RemoveItemsCommand::undo()
{
    for (Item& it : m_items)
        it.id = 0;
    if (!m_model->insertItems(m_items))
        setObsolete(true);
}

} // namespace wp::models
