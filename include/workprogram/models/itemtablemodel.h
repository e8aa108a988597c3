#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVector>

namespace wp::models {

class ItemEditor;

/// The items of one program year as a table. It presents rows and turns a cell edit into a change
/// for its ItemEditor; it never reads or writes the database itself: ItemLoader fills it, ItemEditor
/// writes each change (with its undo step) and then tells it what changed, and ItemStyle says how
/// a cell looks.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The item's fields as columns, in the order of wp::ItemFields::all() (checked where the model is built).
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

    /// What the model shows: a program year's units and its items (all of them, or a first page).
    struct Contents
    {
        qint64 programId = 0;
        int year = 0;
        QDate today;               ///< decides what is overdue
        QHash<qint64, Unit> units; ///< the registry, by id
        QVector<Unit> yearUnits;   ///< the units of the year, in display order
        QVector<Item> items;       ///< by number
        bool complete = true;      ///< false: a first page; appendRest() brings the others
    };

    explicit ItemTableModel(QObject* parent = nullptr);

    // What ItemLoader tells the model.
    /// Shows @p contents instead of what was shown (one reset).
    void reset(Contents contents);
    /// Appends the items a first page left out (one insert of rows) and emits loadCompleted().
    void appendRest(QVector<Item> rest);
    /// Shows no items (the year and units stay).
    void clear();

    // What ItemEditor tells the model, once a change is in the database. Each emits itemsChanged().
    /// Rows of items written (a renumbered item moves to its place).
    void applyUpdated(const QVector<Item>& items);
    /// Items created, with their ids and numbers.
    void applyAdded(const QVector<Item>& items);
    /// Items deleted.
    void applyRemoved(const QVector<qint64>& ids);

    /// Where cell edits (setData) go; without one (or once it is gone), setData changes nothing.
    void setEditor(ItemEditor* editor);
    ItemEditor* editor() const;
    void setToday(QDate today);

    /// False between a first page and appendRest().
    bool isComplete() const { return m_complete; }
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);

    // Cell edits made while the server connection is lost (issue 13): kept, shown, written later.
    /// The edited items not written yet (each with the row version its edit started from).
    QVector<Item> pendingItems() const;
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// Writes the pending cell edits through the editor as one step (after the connection came
    /// back). They stay pending when the connection is still lost; a conflict or a refusal is
    /// reported as any edit's. False when something could not be written.
    bool writePending();
    /// Forgets the pending cell edits (the person who typed them signed out): their cells show
    /// the stored values again.
    void discardPending();

signals:
    /// A cell edit was refused (by the cell's own check or by the ItemEditor); the message is for
    /// the user.
    void errorOccurred(const QString& message);
    /// Items were added, changed or removed (after the change is in the database).
    void itemsChanged();
    /// A cell edit was kept unwritten (the connection is lost), or the kept ones were written.
    void pendingChanged();
    /// appendRest() appended the rest of a program shown from its first page.
    void loadCompleted();

private:
    /// A cell edit kept while the connection is lost: the item as it would be written, and
    /// the columns edited.
    struct Pending
    {
        Item item;
        QSet<int> columns;
    };
    QString coUnitNames(const Item& it) const;
    QByteArray makeSearchKey(const Item& it) const;
    void indexRows(int from);
    void reindexIds();
    void refreshRow(int row, const Item& it);
    void keepNumberOrder(int row);

    QPointer<ItemEditor> m_editor; ///< the model and its editor may be destroyed in either order
    qint64 m_programId = 0;
    int m_year = 0;
    QVector<Item> m_items;
    QHash<qint64, Pending> m_pending; ///< by item id
    QVector<QByteArray> m_searchKeys;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, Unit> m_units;
    QHash<qint64, QByteArray> m_unitKeys; ///< search::unitText of each unit, for search keys
    QVector<Unit> m_yearUnits;
    QDate m_today;
    bool m_complete = true; ///< false between a first page and appendRest()
};

} // namespace wp::models
