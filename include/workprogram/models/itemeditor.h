#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/user.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace wp::models {

class ItemLoader;
class ItemTableModel;

/// The changes made to the items an ItemTableModel shows (its cell edits too): each is written
/// through storage in one transaction — storage::ItemService, or storage::WorkflowService as the
/// signed-in person — put on the undo stack as one step when one is set, and then told to the
/// model. A change is made on the whole program: the rest of a first page is read before it.
class ItemEditor : public QObject
{
    Q_OBJECT

public:
    /// Becomes @p model's editor; writes to the database @p loader read the model from.
    ItemEditor(ItemTableModel& model, ItemLoader& loader, QObject* parent = nullptr);

    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    QUndoStack* undoStack() const { return m_undo; }
    /// The signed-in person, if any. With one, changes (and their undo and redo) go through
    /// storage::WorkflowService as that person: field locks and roles apply, a refusal is
    /// reported through errorOccurred() and changes nothing, and each write is in the history.
    /// Without one, they go through storage::ItemService.
    void setActingUser(const std::optional<User>& user) { m_actor = user; }
    const std::optional<User>& actingUser() const { return m_actor; }
    /// Asked before every write (undo and redo too); false stops it unwritten and unreported
    /// (the check says why itself). The window checks here that the signed-in account is still open.
    void setWriteCheck(std::function<bool()> check) { m_writeCheck = std::move(check); }

    // Changes, each one undoable step. They report failures through errorOccurred(). The first
    // item added to a year without a program creates the program.
    bool editItems(const QVector<Item>& after, const QString& description);
    bool addItems(QVector<Item> items, const QString& description);
    bool removeItems(const QVector<qint64>& ids, const QString& description);

    /// Whether @p actor may delete @p item: a draft, by the Office, or by a unit when it leads it.
    static bool mayDelete(const User& actor, const Item& item);

signals:
    /// A change could not be written; the message is for the user. The model repeats it.
    void errorOccurred(const QString& message);

private:
    friend class EditItemsCommand;
    friend class AddItemsCommand;
    friend class RemoveItemsCommand;
    /// Pushes @p command (which writes in its redo()); true when the write succeeded. The stack's
    /// size cannot tell: a push after an undo replaces the undone steps.
    bool pushCommand(QUndoCommand* command);
    // What the undo commands do: write, then tell the model. False on failure.
    bool writeItems(const QVector<Item>& items);
    bool insertItems(QVector<Item>& items);
    bool deleteItems(const QVector<qint64>& ids);

    ItemTableModel& m_model;
    ItemLoader& m_loader;
    QUndoStack* m_undo = nullptr;
    bool m_commandFailed = false; ///< set by a command whose redo() could not write
    std::optional<User> m_actor;
    std::function<bool()> m_writeCheck;
};

} // namespace wp::models
