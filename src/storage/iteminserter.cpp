#include "workprogram/storage/iteminserter.h"

#include "sql.h"

#include "workprogram/core/text.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace wp::storage {

namespace {

const char* const insertItemSql =
    "INSERT INTO items(program_id, number, content, lead_unit_id, deadline_text, due_date, deadline_kind, leader, "
    "task_group, form, level, status, note, search_text, created_at, updated_at, row_version, carried_from, "
    "deadline_review) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";
const char* const insertCoUnitSql = "INSERT INTO item_co_units(item_id, unit_id, position) VALUES(?, ?, ?)";

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

class ItemInserter::Impl
{
public:
    explicit Impl(Database& db) : m_now(isoNow()), m_nowTime(QDateTime::fromString(m_now, Qt::ISODateWithMs))
    {
        const QVariant v = db.connection().driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3* const*>(v.data());
        if (m_sqlite) {
            m_item = prepareRaw(insertItemSql);
            m_co = prepareRaw(insertCoUnitSql);
            m_nowUtf8 = m_now.toUtf8();
        } else {
            m_qItem = prepare(db.connection(), QString::fromLatin1(insertItemSql));
            m_qCo = prepare(db.connection(), QString::fromLatin1(insertCoUnitSql));
        }
    }

    ~Impl()
    {
        sqlite3_finalize(m_item);
        sqlite3_finalize(m_co);
    }

    void insert(Item& it, const Encoded& encoded)
    {
        if (m_sqlite)
            insertRaw(it, encoded);
        else
            insertQt(it, QString::fromUtf8(encoded.searchText));
        it.createdAt = it.updatedAt = m_nowTime;
        it.rowVersion = 1;
    }

private:
    sqlite3_stmt* prepareRaw(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(m_sqlite, sql, -1, &s, nullptr) != SQLITE_OK)
            fail(sql);
        return s;
    }

    [[noreturn]] void fail(const char* sql) const
    {
        throw StorageError(
            ItemInserter::tr("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(m_sqlite))));
    }

    /// Binds UTF-8 @p bytes (alive until the step), NULL when empty.
    static void bindText(sqlite3_stmt* st, int index, const QByteArray& bytes, bool nullWhenEmpty = true)
    {
        if (bytes.isEmpty() && nullWhenEmpty)
            sqlite3_bind_null(st, index);
        else
            sqlite3_bind_text(st, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }

    void bindLatin1(sqlite3_stmt* st, int index, const char* s) { sqlite3_bind_text(st, index, s, -1, SQLITE_STATIC); }

    void step(sqlite3_stmt* st, const char* sql)
    {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            fail(sql);
    }

    void insertRaw(Item& it, const Encoded& e)
    {
        sqlite3_stmt* st = m_item;
        sqlite3_bind_int64(st, 1, it.programId);
        sqlite3_bind_int(st, 2, it.number);
        bindText(st, 3, e.content, false);
        sqlite3_bind_int64(st, 4, it.leadUnitId);
        bindText(st, 5, e.deadlineText);
        char due[11];
        if (it.deadline.due().isValid()) {
            const QDate d = it.deadline.due();
            qsnprintf(due, sizeof due, "%04d-%02d-%02d", d.year(), d.month(), d.day());
            bindLatin1(st, 6, due);
        } else {
            sqlite3_bind_null(st, 6);
        }
        m_kind = Deadline::kindKey(it.deadline.kind()).toUtf8();
        bindLatin1(st, 7, m_kind.constData());
        bindText(st, 8, e.leader);
        bindText(st, 9, e.group);
        bindText(st, 10, e.form);
        bindText(st, 11, e.level);
        m_status = StatusInfo::key(it.status).toUtf8();
        bindLatin1(st, 12, m_status.constData());
        bindText(st, 13, e.note);
        bindText(st, 14, e.searchText, false);
        sqlite3_bind_text(st, 15, m_nowUtf8.constData(), int(m_nowUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 16, m_nowUtf8.constData(), int(m_nowUtf8.size()), SQLITE_STATIC);
        if (it.carriedFrom)
            sqlite3_bind_int64(st, 17, it.carriedFrom);
        else
            sqlite3_bind_null(st, 17);
        sqlite3_bind_int(st, 18, it.deadlineNeedsReview ? 1 : 0);
        step(st, insertItemSql);
        it.id = sqlite3_last_insert_rowid(m_sqlite);
        int position = 0;
        for (qint64 unitId : it.coUnitIds) {
            sqlite3_bind_int64(m_co, 1, it.id);
            sqlite3_bind_int64(m_co, 2, unitId);
            sqlite3_bind_int(m_co, 3, position++);
            step(m_co, insertCoUnitSql);
        }
    }

    void insertQt(Item& it, const QString& search)
    {
        exec(m_qItem, {it.programId, it.number, it.content, it.leadUnitId, textOrNull(it.deadline.text()),
                       dateValue(it.deadline.due()), Deadline::kindKey(it.deadline.kind()), textOrNull(it.leader),
                       textOrNull(it.group), textOrNull(it.form), textOrNull(it.level), StatusInfo::key(it.status),
                       textOrNull(it.note), search, m_now, m_now,
                       it.carriedFrom ? QVariant(it.carriedFrom) : QVariant(QMetaType(QMetaType::LongLong)),
                       it.deadlineNeedsReview ? 1 : 0});
        it.id = m_qItem.lastInsertId().toLongLong();
        int position = 0;
        for (qint64 unitId : it.coUnitIds)
            exec(m_qCo, {it.id, unitId, position++});
    }

    const QString m_now;
    const QDateTime m_nowTime;
    sqlite3* m_sqlite = nullptr;
    sqlite3_stmt* m_item = nullptr;
    sqlite3_stmt* m_co = nullptr;
    QByteArray m_nowUtf8;
    QByteArray m_kind;
    QByteArray m_status;
    QSqlQuery m_qItem;
    QSqlQuery m_qCo;
};

ItemInserter::ItemInserter(Database& db) : m_impl(std::make_unique<Impl>(db)) {}

ItemInserter::~ItemInserter() = default;

ItemInserter::Encoded ItemInserter::encode(const Item& item)
{
    return Encoded{
        item.content.toUtf8(), item.deadline.text().toUtf8(), item.leader.toUtf8(), item.group.toUtf8(),
        item.form.toUtf8(),    item.level.toUtf8(),           item.note.toUtf8(),   searchTextOf(item).toUtf8()};
}

void ItemInserter::insert(Item& item)
{
    m_impl->insert(item, encode(item));
}

void ItemInserter::insert(Item& item, const Encoded& encoded)
{
    m_impl->insert(item, encoded);
}

QString ItemInserter::searchTextOf(const Item& item)
{
    return text::fold(item.content + QLatin1Char(' ') + item.note);
}

} // namespace wp::storage
