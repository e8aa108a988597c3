#include "itemreader.h"

#include "sql.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace wp::storage {
namespace {

/// A statement on the raw SQLite handle, finalized on every path.
class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail();
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    sqlite3_stmt* get() const { return m_stmt; }
    /// True while there is a row; throws on an error.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    QByteArrayView bytes(int column) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
    }
    QString text(int column) const
    {
        const QByteArrayView b = bytes(column);
        return b.isNull() ? QString() : QString::fromUtf8(b);
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    [[noreturn]] void fail() const
    {
        throw StorageError(QCoreApplication::translate("wp::storage", "lỗi cơ sở dữ liệu: %1 (%2)")
                               .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("items")));
    }
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// One shared QString per distinct value of a column that repeats (leaders, groups, forms,
/// levels, deadlines as written): 100 000 items hold a few dozen strings, not 500 000.
class Pool
{
public:
    QString get(QByteArrayView b)
    {
        if (b.isEmpty())
            return b.isNull() ? QString() : QStringLiteral("");
        const QByteArray key = QByteArray::fromRawData(b.data(), b.size());
        auto it = m_strings.constFind(key);
        if (it != m_strings.constEnd())
            return *it;
        QString s = QString::fromUtf8(b);
        if (m_strings.size() < MaxDistinct)
            m_strings.insert(QByteArray(b.data(), b.size()), s);
        return s;
    }

private:
    static constexpr int MaxDistinct = 4096; ///< beyond that the values do not repeat much
    QHash<QByteArray, QString> m_strings;
};

/// yyyy-MM-dd as the storage writes it; anything else through dateFrom().
QDate dateOf(QByteArrayView s)
{
    if (s.isNull())
        return {};
    if (const std::optional<QDate> d = fixedform::date(s))
        return *d;
    return dateFrom(QString::fromUtf8(s));
}

/// yyyy-MM-ddTHH:mm:ss.zzzZ as the storage writes it; anything else through dateTimeFrom().
QDateTime dateTimeOf(QByteArrayView s)
{
    if (s.isNull())
        return {};
    if (const std::optional<QDateTime> t = fixedform::dateTime(s))
        return *t;
    return dateTimeFrom(QString::fromUtf8(s));
}

} // namespace

std::optional<QVector<Item>> readProgramItems(Database& db, qint64 programId, int expected, int afterNumber, int limit)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return std::nullopt;
    RawStatement q(handle, "SELECT id, program_id, number, content, lead_unit_id, deadline_text, due_date, "
                           "deadline_kind, leader, task_group, form, level, status, note, created_at, updated_at, "
                           "row_version, merged_into, carried_from, deadline_review, co_units_text FROM items WHERE "
                           "program_id = ? "
                           "AND number > ? ORDER BY number LIMIT ?");
    sqlite3_bind_int64(q.get(), 1, programId);
    sqlite3_bind_int64(q.get(), 2, afterNumber);
    sqlite3_bind_int64(q.get(), 3, limit);
    QVector<Item> items;
    items.reserve(limit < 0 ? expected : std::min(expected, limit));
    Pool repeated;
    QHash<QByteArray, Status> statuses;
    QHash<QByteArray, Deadline::Kind> kinds;
    // (id, row) by id, for the co-units below; ids grow with insertion, so mostly sorted already.
    std::vector<std::pair<qint64, int>> rowOfId;
    rowOfId.reserve(size_t(expected));
    while (q.step()) {
        Item it;
        it.id = q.integer(0);
        it.programId = q.integer(1);
        it.number = int(q.integer(2));
        it.content = q.text(3);
        it.content.squeeze(); // fromUtf8() leaves room for as many characters as there were bytes
        it.leadUnitId = q.integer(4);
        const QByteArrayView kindKey = q.bytes(7);
        auto kind = kinds.constFind(QByteArray::fromRawData(kindKey.data(), kindKey.size()));
        if (kind == kinds.constEnd())
            kind = kinds.insert(kindKey.toByteArray(), Deadline::kindFromKey(QString::fromUtf8(kindKey)));
        it.deadline = Deadline(repeated.get(q.bytes(5)), dateOf(q.bytes(6)), *kind);
        it.leader = repeated.get(q.bytes(8));
        it.group = repeated.get(q.bytes(9));
        it.form = repeated.get(q.bytes(10));
        it.level = repeated.get(q.bytes(11));
        const QByteArrayView statusKey = q.bytes(12);
        auto status = statuses.constFind(QByteArray::fromRawData(statusKey.data(), statusKey.size()));
        if (status == statuses.constEnd()) {
            const QString s = QString::fromUtf8(statusKey);
            std::optional<Status> known = StatusInfo::fromKey(s);
            if (!known)
                known = StatusInfo::parse(s);
            status = statuses.insert(statusKey.toByteArray(), known.value_or(Status::Draft));
        }
        it.status = *status;
        it.note = q.text(13);
        it.note.squeeze();
        it.createdAt = dateTimeOf(q.bytes(14));
        it.updatedAt = dateTimeOf(q.bytes(15));
        it.rowVersion = int(q.integer(16));
        it.mergedInto = q.integer(17);
        it.carriedFrom = q.integer(18);
        it.deadlineNeedsReview = q.integer(19) != 0;
        it.coUnitsText = repeated.get(q.bytes(20)); // a few phrases, repeated over many items
        rowOfId.emplace_back(it.id, int(items.size()));
        items.append(std::move(it));
    }
    if (items.isEmpty())
        return items;
    std::sort(rowOfId.begin(), rowOfId.end());
    RawStatement co(handle, "SELECT c.item_id, c.unit_id FROM item_co_units c JOIN items i ON i.id = c.item_id "
                            "WHERE i.program_id = ? AND i.number > ? AND i.number <= ? ORDER BY c.item_id, c.position");
    sqlite3_bind_int64(co.get(), 1, programId);
    sqlite3_bind_int64(co.get(), 2, afterNumber);
    sqlite3_bind_int64(co.get(), 3, items.last().number);
    auto at = rowOfId.cbegin();
    while (co.step()) {
        const qint64 id = co.integer(0);
        // Both in id order: walk forward instead of looking every id up.
        at = std::lower_bound(at, rowOfId.cend(), id, [](const auto& p, qint64 v) { return p.first < v; });
        if (at != rowOfId.cend() && at->first == id)
            items[at->second].coUnitIds.append(co.integer(1));
    }
    return items;
}

} // namespace wp::storage
