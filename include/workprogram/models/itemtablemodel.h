#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

#include <optional>

class QUndoCommand;
class QUndoStack;

namespace wp::models {

/// The items of one program year as an editable table. Reads through the storage
/// repositories, writes through storage::ItemService (one transaction per change), and
/// puts every change on an undo stack when one is set.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Content,
        LeadUnit,
        CoUnits,
        Deadline,
        Leader,
        Group,
        Form,
        Level,
        Status,
        Note,
        ColumnCount
    };
    enum Role : int
    {
        ItemIdRole = Qt::UserRole,
        LeadUnitIdRole,
        CoUnitIdsRole, ///< QVariantList of qint64
        StatusRole,    ///< int(wp::Status)
        DueDateRole,
        OverdueRole,
        SortRole,
        EditTextRole, ///< the deadline as written, for editors
    };

    explicit ItemTableModel(QObject* parent = nullptr);

    /// Loads the items of @p programId (year @p year); @p today decides what is overdue.
    void load(storage::Database& db, qint64 programId, int year, QDate today = QDate::currentDate());
    /// Loads the first @p rows items of @p programId by number, for a large program's first
    /// screen; loadRest() appends the others. Until then the model is incomplete: changes
    /// (editItems, addItems, removeItems) load the rest first.
    void loadFirst(storage::Database& db, qint64 programId, int year, QDate today, int rows);
    /// Appends the items not loaded yet (one insert of rows) and emits loadCompleted().
    void loadRest();
    bool isComplete() const { return m_complete; }
    /// Empties the model and forgets the database.
    void clear();
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    /// The signed-in person, if any. With one, edits (and their undo and redo) go through
    /// storage::WorkflowService as that person: field locks and roles apply, a refusal is
    /// reported through errorOccurred() and changes nothing, and each write is in the history.
    /// Without one, edits go through storage::ItemService as before.
    void setActingUser(const std::optional<User>& user) { m_actor = user; }
    const std::optional<User>& actingUser() const { return m_actor; }
    void setToday(QDate today);

    qint64 programId() const { return m_programId; }
    int year() const { return m_year; }
    QDate today() const { return m_today; }
    const Item& item(int row) const { return m_items.at(row); }
    const QVector<Item>& items() const { return m_items; }
    int rowOfId(qint64 id) const;
    /// The search text of a row (search::itemText, then its units' search::unitText).
    const QByteArray& searchKey(int row) const { return m_searchKeys.at(row); }

    /// Units of the registry, by id; the units of the program year in display order.
    const QHash<qint64, Unit>& units() const { return m_units; }
    const QVector<Unit>& yearUnits() const { return m_yearUnits; }
    QString unitName(qint64 id) const;
    /// Distinct non-empty values of a text column (leaders, groups, forms, levels), sorted.
    QStringList distinctValues(Column column) const;

    // Changes, each one undoable step. They report failures through errorOccurred().
    bool editItems(const QVector<Item>& after, const QString& description);
    bool addItems(QVector<Item> items, const QString& description);
    bool removeItems(const QVector<qint64>& ids, const QString& description);

    // Used by the undo commands: write without pushing a new step. Return false on failure.
    bool writeItems(const QVector<Item>& items);
    bool insertItems(QVector<Item>& items);
    bool deleteItems(const QVector<qint64>& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);

signals:
    /// A change could not be written; the message is for the user.
    void errorOccurred(const QString& message);
    /// Items were added, changed or removed (after the change is in the database).
    void itemsChanged();
    /// loadRest() appended the rest of a program loaded with loadFirst().
    void loadCompleted();

private:
    friend class EditItemsCommand;
    friend class AddItemsCommand;
    friend class RemoveItemsCommand;
    /// Pushes @p command (which writes in its redo()); true when the write succeeded. The stack's
    /// size cannot tell: a push after an undo replaces the undone steps.
    bool pushCommand(QUndoCommand* command);
    QString coUnitNames(const Item& it) const;
    QByteArray makeSearchKey(const Item& it) const;
    void loadUnits(storage::Database& db, int year);
    void appendLoaded(int from);
    void refreshRow(int row, const Item& it);
    void keepNumberOrder(int row);

    storage::Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_commandFailed = false; ///< set by a command whose redo() could not write
    std::optional<User> m_actor;
    qint64 m_programId = 0;
    int m_year = 0;
    QVector<Item> m_items;
    QVector<QByteArray> m_searchKeys;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, Unit> m_units;
    QHash<qint64, QByteArray> m_unitKeys; ///< search::unitText of each unit, for search keys
    QVector<Unit> m_yearUnits;
    QDate m_today;
    bool m_complete = true; ///< false between loadFirst() and loadRest()
};

} // namespace wp::models
