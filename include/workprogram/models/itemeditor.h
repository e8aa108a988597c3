#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/user.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace wp::models {

class ItemLoader;
class ItemTableModel;

/// An item of a write someone else changed first (issue 13): what the edit started from, what
/// it would have written, and what the database holds now.
struct ItemConflict
{
    Item read;   ///< the item as the edit read it (its row version is the one refused)
    Item yours;  ///< what the edit would have written
    Item theirs; ///< the item as the database holds it now
};

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
    /// Whether the server connection is lost now (the window's own knowledge of it): a cell
    /// edit is then kept by the model, unwritten, rather than refused.
    void setOfflineCheck(std::function<bool()> check) { m_offlineCheck = std::move(check); }
    bool offline() const { return m_offlineCheck && m_offlineCheck(); }

    // Changes, each one undoable step. They report failures through errorOccurred(). The first
    // item added to a year without a program creates the program.
    /// @p after carries the row versions its items were read at: a change made in a dialog
    /// while someone else changed the item is refused (conflicted()), never written over
    /// theirs. @p read: the items as the edit started from them (a dialog's), when not the
    /// model's rows.
    bool editItems(const QVector<Item>& after, const QString& description, const QVector<Item>& read = {});
    bool addItems(QVector<Item> items, const QString& description);
    bool removeItems(const QVector<qint64>& ids, const QString& description);

    /// Whether @p actor may delete @p item: a draft, by the Office, or by a unit when it leads it.
    static bool mayDelete(const User& actor, const Item& item);

signals:
    /// A change could not be written; the message is for the user. The model repeats it.
    void errorOccurred(const QString& message);
    /// An edit was refused because someone else changed its items first; nothing was written
    /// and the model now shows their versions. @p conflicts: the items changed by others;
    /// @p others: the rest of the edit's items, as it would have written them.
    void conflicted(const QVector<wp::models::ItemConflict>& conflicts, const QVector<wp::Item>& others,
                    const QString& description);

private:
    friend class EditItemsCommand;
    friend class AddItemsCommand;
    friend class RemoveItemsCommand;
    /// Pushes @p command (which writes in its redo()); true when the write succeeded. The stack's
    /// size cannot tell: a push after an undo replaces the undone steps.
    bool pushCommand(QUndoCommand* command);
    // What the undo commands do: write, then tell the model. False on failure.
    /// @p asRead: write at the items' own row versions (a new edit), not the model's (undo, redo).
    bool writeItems(const QVector<Item>& items, bool asRead = false);
    /// After a ConflictError: which items others changed, told through conflicted().
    void reportConflict(const QVector<Item>& written, const QString& description);
    bool insertItems(QVector<Item>& items);
    bool deleteItems(const QVector<qint64>& ids);

    ItemTableModel& m_model;
    ItemLoader& m_loader;
    QUndoStack* m_undo = nullptr;
    bool m_commandFailed = false; ///< set by a command whose redo() could not write
    std::optional<User> m_actor;
    std::function<bool()> m_writeCheck;
    std::function<bool()> m_offlineCheck;
    /// The items the edit in progress started from, by id (editItems' @p read or the model's).
    QHash<qint64, Item> m_read;
    QString m_description; ///< of the edit in progress
};

} // namespace wp::models
