#include "workprogram/storage/iteminserter.h"

#include "historywriter.h"
#include "itemrules.h"
#include "pgsecurity.h"
#include "serverrows.h"
#include "sql.h"

#include "workprogram/core/search.h"
#include "workprogram/core/text.h"
#include "workprogram/storage/history.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <limits>
#include <utility>

namespace wp::storage {

namespace {

const char* const insertItemSql =
    "INSERT INTO items(program_id, number, content, lead_unit_id, deadline_text, due_date, deadline_kind, leader, "
    "task_group, form, level, status, note, search_text, created_at, updated_at, row_version, carried_from, "
    "deadline_review, co_units_text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)";
const char* const insertCoUnitSql = "INSERT INTO item_co_units(item_id, unit_id, position) VALUES(?, ?, ?)";

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

class ItemInserter::Impl
{
public:
    Impl(Database& db, const CreationRecord& record)
        : m_history(db, record.login, record.comment, record.batch), m_now(isoNow()),
          m_nowTime(QDateTime::fromString(m_now, Qt::ISODateWithMs)), m_nowUtf8(m_now.toUtf8())
    {
        m_sqlite = sqliteHandle(db);
        if (m_sqlite) {
            m_item = prepareRaw(insertItemSql);
            m_co = prepareRaw(insertCoUnitSql);
        } else {
            m_server = &db.connection();
            const QStringList items{QStringLiteral("id"),           QStringLiteral("program_id"),
                                    QStringLiteral("number"),       QStringLiteral("content"),
                                    QStringLiteral("lead_unit_id"), QStringLiteral("deadline_text"),
                                    QStringLiteral("due_date"),     QStringLiteral("deadline_kind"),
                                    QStringLiteral("leader"),       QStringLiteral("task_group"),
                                    QStringLiteral("form"),         QStringLiteral("level"),
                                    QStringLiteral("status"),       QStringLiteral("note"),
                                    QStringLiteral("search_text"),  QStringLiteral("created_at"),
                                    QStringLiteral("updated_at"),   QStringLiteral("row_version"),
                                    QStringLiteral("carried_from"), QStringLiteral("deadline_review"),
                                    QStringLiteral("co_units_text")};
            const QStringList coUnits{QStringLiteral("item_id"), QStringLiteral("unit_id"), QStringLiteral("position")};
            // With the server's rules, the connected role is no owner: the server refuses COPY into
            // a table under row-level security, so the rows go through a staging table.
            if (serverRulesOn(db.connection())) {
                m_serverItems =
                    std::make_unique<ServerRows>(ServerRows::staged(db.connection(), QStringLiteral("items"), items));
                m_serverCo = std::make_unique<ServerRows>(
                    ServerRows::staged(db.connection(), QStringLiteral("item_co_units"), coUnits));
            } else {
                m_serverItems = std::make_unique<ServerRows>(db.connection(), QStringLiteral("items"), items);
                m_serverCo = std::make_unique<ServerRows>(db.connection(), QStringLiteral("item_co_units"), coUnits);
            }
        }
        for (int k = 0; k <= int(Deadline::Kind::Recurring); ++k)
            m_kindKeys.append(Deadline::kindKey(Deadline::Kind(k)).toUtf8());
        for (int st = 0; st <= int(Status::Withdrawn); ++st)
            m_statusKeys.append(StatusInfo::key(Status(st)).toUtf8());
    }

    ~Impl()
    {
        sqlite3_finalize(m_item);
        sqlite3_finalize(m_co);
    }

    /// Inserts the batch, each item with its `create` row; writes each new item's id to @p ids
    /// when given.
    void insert(const ItemBatch& batch, qint64 programId, qint64* ids)
    {
        if (m_server) {
            insertServer(batch, programId, ids);
            return;
        }
        m_history.begin();
        for (qsizetype i = 0; i < batch.m_rows.size(); ++i) {
            const Row& row = batch.m_rows.at(i);
            const qint64 id = insertRaw(batch, row, programId);
            const int begin = row.text[ItemBatch::Changes];
            m_history.appendCreate(id, row.number, m_statusKeys.at(row.status), batch.m_text.constData() + begin,
                                   row.text[ItemBatch::Changes + 1] - begin);
            if (ids)
                ids[i] = id;
        }
        m_history.end();
    }

    const QDateTime& now() const { return m_nowTime; }

private:
    using Row = ItemBatch::Row;

    sqlite3_stmt* prepareRaw(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(m_sqlite, sql, -1, &s, nullptr) != SQLITE_OK)
            fail(sql);
        return s;
    }

    [[noreturn]] void fail(const char* sql) const { raiseSqlite(m_sqlite, QString::fromUtf8(sql)); }

    /// Binds text column @p t of @p row (alive until the step), NULL when empty unless @p keepEmpty.
    static void bindText(sqlite3_stmt* st, int index, const ItemBatch& batch, const Row& row, ItemBatch::Text t,
                         bool keepEmpty = false)
    {
        const int begin = row.text[t];
        const int size = row.text[t + 1] - begin;
        if (size == 0 && !keepEmpty)
            sqlite3_bind_null(st, index);
        else
            sqlite3_bind_text(st, index, batch.m_text.constData() + begin, size, SQLITE_STATIC);
    }

    static void bindKey(sqlite3_stmt* st, int index, const QByteArray& key)
    {
        sqlite3_bind_text(st, index, key.constData(), int(key.size()), SQLITE_STATIC);
    }

    void step(sqlite3_stmt* st, const char* sql)
    {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            fail(sql);
    }

    qint64 insertRaw(const ItemBatch& b, const Row& row, qint64 programId)
    {
        sqlite3_stmt* st = m_item;
        sqlite3_bind_int64(st, 1, programId);
        sqlite3_bind_int(st, 2, row.number);
        bindText(st, 3, b, row, ItemBatch::Content, true);
        sqlite3_bind_int64(st, 4, row.leadUnitId);
        bindText(st, 5, b, row, ItemBatch::DeadlineText);
        bindText(st, 6, b, row, ItemBatch::DueDate);
        bindKey(st, 7, m_kindKeys.at(row.kind));
        bindText(st, 8, b, row, ItemBatch::Leader);
        bindText(st, 9, b, row, ItemBatch::Group);
        bindText(st, 10, b, row, ItemBatch::Form);
        bindText(st, 11, b, row, ItemBatch::Level);
        bindKey(st, 12, m_statusKeys.at(row.status));
        bindText(st, 13, b, row, ItemBatch::Note);
        bindText(st, 14, b, row, ItemBatch::SearchText, true);
        bindKey(st, 15, m_nowUtf8);
        bindKey(st, 16, m_nowUtf8);
        if (row.carriedFrom)
            sqlite3_bind_int64(st, 17, row.carriedFrom);
        else
            sqlite3_bind_null(st, 17);
        sqlite3_bind_int(st, 18, row.deadlineNeedsReview ? 1 : 0);
        bindText(st, 19, b, row, ItemBatch::CoUnitsText);
        step(st, insertItemSql);
        const qint64 id = sqlite3_last_insert_rowid(m_sqlite);
        int position = 0;
        for (int i = row.coUnitsBegin; i < row.coUnitsEnd; ++i) {
            sqlite3_bind_int64(m_co, 1, id);
            sqlite3_bind_int64(m_co, 2, b.m_coUnits.at(i));
            sqlite3_bind_int(m_co, 3, position++);
            step(m_co, insertCoUnitSql);
        }
        return id;
    }

    /// Text column @p t of @p row into @p to, NULL when empty unless @p keepEmpty.
    static void copyText(ServerRows& to, const ItemBatch& b, const Row& row, ItemBatch::Text t, bool keepEmpty = false)
    {
        const int begin = row.text[t];
        const int size = row.text[t + 1] - begin;
        if (size == 0 && !keepEmpty)
            to.null();
        else
            to.text(b.m_text.constData() + begin, size);
    }

    /// The server: ids taken from the identity first, then the items, their co-units and their
    /// history rows many per statement, in that order (each refers to the one before), a chunk
    /// at a time.
    void insertServer(const ItemBatch& batch, qint64 programId, qint64* ids)
    {
        constexpr qsizetype Chunk = 5000;
        m_history.begin();
        for (qsizetype from = 0; from < batch.m_rows.size(); from += Chunk) {
            const qsizetype to = std::min(batch.m_rows.size(), from + Chunk);
            const QVector<qint64> newIds = allocateIds(*m_server, QStringLiteral("items"), int(to - from));
            for (qsizetype i = from; i < to; ++i)
                addServerRow(batch, batch.m_rows.at(i), programId, newIds.at(i - from));
            m_serverItems->flush();
            m_serverCo->flush();
            for (qsizetype i = from; i < to; ++i) {
                const Row& row = batch.m_rows.at(i);
                const int begin = row.text[ItemBatch::Changes];
                m_history.appendCreate(newIds.at(i - from), row.number, m_statusKeys.at(row.status),
                                       batch.m_text.constData() + begin, row.text[ItemBatch::Changes + 1] - begin);
                if (ids)
                    ids[i] = newIds.at(i - from);
            }
            m_history.flush();
        }
        m_history.end();
    }

    void addServerRow(const ItemBatch& b, const Row& row, qint64 programId, qint64 id)
    {
        ServerRows& to = *m_serverItems;
        to.number(id);
        to.number(programId);
        to.number(row.number);
        copyText(to, b, row, ItemBatch::Content, true);
        to.number(row.leadUnitId);
        copyText(to, b, row, ItemBatch::DeadlineText);
        copyText(to, b, row, ItemBatch::DueDate);
        to.text(m_kindKeys.at(row.kind));
        copyText(to, b, row, ItemBatch::Leader);
        copyText(to, b, row, ItemBatch::Group);
        copyText(to, b, row, ItemBatch::Form);
        copyText(to, b, row, ItemBatch::Level);
        to.text(m_statusKeys.at(row.status));
        copyText(to, b, row, ItemBatch::Note);
        copyText(to, b, row, ItemBatch::SearchText, true);
        to.text(m_nowUtf8);
        to.text(m_nowUtf8);
        to.number(1);
        if (row.carriedFrom)
            to.number(row.carriedFrom);
        else
            to.null();
        to.number(row.deadlineNeedsReview ? 1 : 0);
        copyText(to, b, row, ItemBatch::CoUnitsText);
        to.endRow();
        int position = 0;
        for (int i = row.coUnitsBegin; i < row.coUnitsEnd; ++i) {
            m_serverCo->number(id);
            m_serverCo->number(b.m_coUnits.at(i));
            m_serverCo->number(position++);
            m_serverCo->endRow();
        }
    }

    HistoryWriter m_history;
    const QString m_now;
    const QDateTime m_nowTime;
    sqlite3* m_sqlite = nullptr;
    sqlite3_stmt* m_item = nullptr;
    sqlite3_stmt* m_co = nullptr;
    QByteArray m_nowUtf8;
    QList<QByteArray> m_kindKeys;     ///< by Deadline::Kind
    QList<QByteArray> m_statusKeys;   ///< by Status
    QSqlDatabase* m_server = nullptr; ///< the server's connection (SQLite: null)
    std::unique_ptr<ServerRows> m_serverItems;
    std::unique_ptr<ServerRows> m_serverCo;
};

void ItemBatch::append(const Item& item)
{
    // Offsets are ints: refuse (rather than wrap) an item whose text could pass 2 GB of UTF-8.
    // An import never comes near it (cells of 32 767 characters, batches cut at 4 MB).
    // Each character is written at most four times (the text, the search text, the history's
    // JSON), each at most 6 bytes (a JSON escape), plus the fixed parts.
    const qsizetype chars = item.content.size() + item.note.size() + item.deadline.text().size() + item.leader.size() +
                            item.group.size() + item.form.size() + item.level.size() + item.coUnitsText.size();
    if (chars > (std::numeric_limits<int>::max() - m_text.size() - 1024) / 24)
        throw StorageError(ItemInserter::tr("nội dung số %1 quá dài để ghi").arg(item.number));
    Row row;
    row.leadUnitId = item.leadUnitId;
    row.carriedFrom = item.carriedFrom;
    row.number = item.number;
    row.kind = quint8(item.deadline.kind());
    row.status = quint8(item.status);
    row.deadlineNeedsReview = item.deadlineNeedsReview;
    row.coUnitsBegin = int(m_coUnits.size());
    m_coUnits.append(item.coUnitIds);
    row.coUnitsEnd = int(m_coUnits.size());
    const auto mark = [&](Text t) { row.text[t] = int(m_text.size()); };
    mark(Content);
    text::appendUtf8(item.content, m_text);
    mark(DeadlineText);
    text::appendUtf8(item.deadline.text(), m_text);
    mark(DueDate);
    if (const QDate due = item.deadline.due(); due.isValid()) {
        int y = 0, m = 0, d = 0;
        due.getDate(&y, &m, &d);
        if (y >= 1000 && y <= 9999) {
            const char iso[10] = {char('0' + y / 1000),
                                  char('0' + y / 100 % 10),
                                  char('0' + y / 10 % 10),
                                  char('0' + y % 10),
                                  '-',
                                  char('0' + m / 10),
                                  char('0' + m % 10),
                                  '-',
                                  char('0' + d / 10),
                                  char('0' + d % 10)};
            m_text.append(iso, 10);
        } else {
            m_text.append(due.toString(Qt::ISODate).toUtf8());
        }
    }
    // The plain text columns, in the order of ItemBatch::Text.
    static const std::pair<Text, QString Item::*> plain[] = {
        {Leader, &Item::leader}, {Group, &Item::group}, {Form, &Item::form},
        {Level, &Item::level},   {Note, &Item::note},   {CoUnitsText, &Item::coUnitsText}};
    for (const auto& [column, field] : plain) {
        mark(column);
        text::appendUtf8(item.*field, m_text);
    }
    mark(SearchText); // searchTextOf(item), without the temporaries
    search::appendItemText(item, m_text);
    mark(Changes);
    HistoryWriter::appendChanges(item, m_text);
    mark(TextCount);
    m_rows.append(row);
}

void ItemBatch::clear()
{
    m_rows.clear();
    m_text.clear();
    m_coUnits.clear();
}

void ItemBatch::reserve(qsizetype items)
{
    m_rows.reserve(items);
    m_text.reserve(items * 512);
}

ItemInserter::ItemInserter(Database& db, const CreationRecord& record) : m_impl(std::make_unique<Impl>(db, record)) {}

ItemInserter::~ItemInserter() = default;

void ItemInserter::insert(Item& item)
{
    ItemBatch one;
    one.append(item);
    m_impl->insert(one, item.programId, &item.id);
    item.createdAt = item.updatedAt = m_impl->now();
    item.rowVersion = 1;
}

void ItemInserter::insert(const ItemBatch& batch, qint64 programId)
{
    m_impl->insert(batch, programId, nullptr);
}

QString ItemInserter::searchTextOf(const Item& item)
{
    return QString::fromUtf8(search::itemText(item));
}

} // namespace wp::storage
