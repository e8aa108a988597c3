#pragma once

#include "workprogram/core/item.h"
#include "workprogram/storage/database.h"

#include <QCoreApplication>

#include <memory>

namespace wp::storage {

/// How the birth of new items is written in the items' history: every item gets a `create` row
/// by @c login (empty when the database has no accounts), with every non-empty field and its
/// number, and @c comment (empty: "thêm nội dung số N").
struct CreationRecord
{
    QString login;
    QString comment;
    /// A batch recorded as a whole elsewhere (an import: the audit log's `import` row names the
    /// file): the create rows carry no comment, 30 bytes less on each of thousands of rows.
    bool batch = false;
};

/// New items made ready to write where there is time for it (the import's reading thread):
/// their text columns encoded as UTF-8 and their search text folded, in one buffer. However many
/// items it holds, a batch is three allocations, so handing it to another thread and freeing it
/// there costs nothing per item. The program, ids and times are the writer's.
class ItemBatch
{
public:
    /// Encodes @p item (its program id is ignored: ItemInserter::insert() says it).
    void append(const Item& item);
    qsizetype size() const { return m_rows.size(); }
    /// The bytes of encoded text held: a producer bounds batches by this too, since a row of
    /// long cells takes a thousand times the room of a usual one.
    qsizetype textBytes() const { return m_text.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    /// Empties the batch, keeping its memory for the next items.
    void clear();
    void reserve(qsizetype items);

private:
    friend class ItemInserter;
    /// The text columns, in the order of Row::text (Changes: the `create` row's changes as JSON,
    /// made here too, so that the writer only writes).
    enum Text
    {
        Content,
        DeadlineText,
        DueDate, ///< ISO, empty without a due date
        Leader,
        Group,
        Form,
        Level,
        Note,
        CoUnitsText,
        SearchText,
        Changes,
        TextCount
    };
    struct Row
    {
        qint64 leadUnitId = 0;
        qint64 carriedFrom = 0;
        int number = 0;
        quint8 kind = 0;   ///< Deadline::Kind
        quint8 status = 0; ///< Status
        bool deadlineNeedsReview = false;
        int coUnitsBegin = 0; ///< into m_coUnits
        int coUnitsEnd = 0;
        int text[TextCount + 1] = {}; ///< offsets into m_text: column i is [text[i], text[i + 1])
    };
    QVector<Row> m_rows;
    QByteArray m_text;
    QVector<qint64> m_coUnits;
};

/// Writes many new items through statements prepared once: the import's writer, also behind
/// ItemRepository::insert. On SQLite it binds UTF-8 straight to the library's statements (no
/// QVariant per value); on a server it sends the rows by COPY (serverrows.h), through staging
/// tables when the server's rules are on. Call inside a Transaction to make a batch all-or-nothing.
class ItemInserter
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::ItemInserter)

public:
    /// Every item inserted gets its `create` row in the items' history as @p record says, in the
    /// transaction of its insert.
    ItemInserter(Database& db, const CreationRecord& record);
    ~ItemInserter();
    ItemInserter(const ItemInserter&) = delete;
    ItemInserter& operator=(const ItemInserter&) = delete;

    /// Inserts @p item with its co-units; sets its id, times and row version.
    void insert(Item& item);
    /// Inserts every item of @p batch into program @p programId, with its co-units.
    void insert(const ItemBatch& batch, qint64 programId);

    /// The search text stored with an item (search::itemText: content, note, leader, group).
    static QString searchTextOf(const Item& item);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace wp::storage
