#include "workprogram/storage/itemrepository.h"

#include "itemreader.h"
#include "sql.h"

#include "workprogram/core/search.h"
#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/unitrepository.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace wp::storage {
namespace {

QString searchText(const Item& item)
{
    return ItemInserter::searchTextOf(item);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString itemColumns =
    QStringLiteral("i.id, i.program_id, i.number, i.content, i.lead_unit_id, i.deadline_text, "
                   "i.due_date, i.deadline_kind, i.leader, i.task_group, "
                   "i.form, i.level, i.status, i.note, i.created_at, i.updated_at, "
                   "i.row_version, i.merged_into, i.carried_from, i.deadline_review, i.co_units_text");

Item readItem(const QSqlQuery& q)
{
    Item it;
    it.id = q.value(0).toLongLong();
    it.programId = q.value(1).toLongLong();
    it.number = q.value(2).toInt();
    it.content = q.value(3).toString();
    it.leadUnitId = q.value(4).toLongLong();
    it.deadline = Deadline(q.value(5).toString(), dateFrom(q.value(6)), Deadline::kindFromKey(q.value(7).toString()));
    it.leader = q.value(8).toString();
    it.group = q.value(9).toString();
    it.form = q.value(10).toString();
    it.level = q.value(11).toString();
    const QString status = q.value(12).toString();
    std::optional<Status> known = StatusInfo::fromKey(status);
    if (!known)
        known = StatusInfo::parse(status);
    it.status = known.value_or(Status::Draft);
    it.note = q.value(13).toString();
    it.createdAt = dateTimeFrom(q.value(14));
    it.updatedAt = dateTimeFrom(q.value(15));
    it.rowVersion = q.value(16).toInt();
    it.mergedInto = q.value(17).toLongLong();
    it.carriedFrom = q.value(18).toLongLong();
    it.deadlineNeedsReview = q.value(19).toBool();
    it.coUnitsText = q.value(20).toString();
    return it;
}

} // namespace

void ItemRepository::insert(QVector<Item>& items, const CreationRecord& record)
{
    ItemInserter inserter(m_db, record);
    for (Item& it : items)
        inserter.insert(it);
}

void ItemRepository::writeCoUnits(qint64 itemId, const QVector<qint64>& unitIds)
{
    QSqlDatabase& db = m_db.connection();
    run(db, QStringLiteral("DELETE FROM item_co_units WHERE item_id = ?"), {itemId});
    QSqlQuery co = prepare(db, QStringLiteral("INSERT INTO item_co_units(item_id, unit_id, position) VALUES(?, ?, ?)"));
    int position = 0;
    for (qint64 unitId : unitIds)
        exec(co, {itemId, unitId, position++});
}

bool ItemRepository::update(Item& it)
{
    QSqlDatabase& db = m_db.connection();
    QSqlQuery q = prepare(
        db, QStringLiteral("UPDATE items SET number = ?, content = ?, lead_unit_id = ?, "
                           "deadline_text = ?, due_date = ?, deadline_kind = ?, leader = ?, task_group = ?, form = ?, "
                           "level = ?, status = ?, note = ?, co_units_text = ?, search_text = ?, updated_at = ?, "
                           "deadline_review = CASE WHEN deadline_text IS NOT DISTINCT FROM ? THEN ? ELSE 0 END, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    const QString t = isoNow();
    exec(q, {it.number, it.content, it.leadUnitId, textOrNull(it.deadline.text()), dateValue(it.deadline.due()),
             Deadline::kindKey(it.deadline.kind()), textOrNull(it.leader), textOrNull(it.group), textOrNull(it.form),
             textOrNull(it.level), StatusInfo::key(it.status), textOrNull(it.note), textOrNull(it.coUnitsText),
             searchText(it), t, textOrNull(it.deadline.text()), it.deadlineNeedsReview ? 1 : 0, it.id, it.rowVersion});
    if (q.numRowsAffected() != 1)
        return false;
    // A changed deadline has been looked at: the review flag went with the old one.
    if (it.deadlineNeedsReview) {
        QSqlQuery flag = prepare(db, QStringLiteral("SELECT deadline_review FROM items WHERE id = ?"));
        exec(flag, {it.id});
        it.deadlineNeedsReview = flag.next() && flag.value(0).toBool();
    }
    writeCoUnits(it.id, it.coUnitIds);
    it.rowVersion += 1;
    it.updatedAt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return true;
}

void ItemRepository::setMergedInto(qint64 id, qint64 into)
{
    run(m_db.connection(),
        QStringLiteral("UPDATE items SET merged_into = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
        {into, isoNow(), id});
}

void ItemRepository::remove(qint64 id)
{
    run(m_db.connection(), QStringLiteral("DELETE FROM items WHERE id = ?"), {id});
}

std::optional<Item> ItemRepository::byId(qint64 id) const
{
    QSqlDatabase& db = m_db.connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM items i WHERE i.id = ?"));
    exec(q, {id});
    if (!q.next())
        return std::nullopt;
    Item it = readItem(q);
    QSqlQuery co = prepare(db, QStringLiteral("SELECT unit_id FROM item_co_units WHERE item_id = ? ORDER BY position"));
    exec(co, {id});
    while (co.next())
        it.coUnitIds.append(co.value(0).toLongLong());
    return it;
}

QVector<Item> ItemRepository::list(qint64 programId, const ItemFilter& filter) const
{
    return select(programId, filter, std::numeric_limits<int>::min(), -1);
}

void ItemRepository::forEach(qint64 programId, const ItemFilter& filter, const std::function<void(const Item&)>& visit,
                             int pageSize) const
{
    // Pages by number (unique in a program), each read anew: no statement stays open between
    // pages, and the transaction keeps them all on one snapshot of the file.
    Transaction snapshot(m_db, Transaction::Mode::Read);
    int after = std::numeric_limits<int>::min();
    for (;;) {
        const QVector<Item> page = select(programId, filter, after, pageSize);
        for (const Item& it : page)
            visit(it);
        if (page.size() < pageSize)
            break;
        after = page.last().number;
    }
    snapshot.commit();
}

QVector<Item> ItemRepository::select(qint64 programId, const ItemFilter& filter, int afterNumber, int limit) const
{
    const bool whole = filter.leadUnitIds.isEmpty() && !filter.coUnitId && filter.statuses.isEmpty() &&
                       search::Query(filter.search).isEmpty() && !filter.dueBefore.isValid() && !filter.overdueAsOf;
    if (whole) {
        const int expected = limit >= 0 ? limit : count(programId);
        if (std::optional<QVector<Item>> items = readProgramItems(m_db, programId, expected, afterNumber, limit))
            return *std::move(items);
    }
    QSqlDatabase& db = m_db.connection();
    QString where = QStringLiteral(" WHERE i.program_id = ? AND i.number > ?");
    QVariantList values{programId, afterNumber};
    auto idList = [](const QVector<qint64>& ids) {
        QStringList parts;
        for (qint64 id : ids)
            parts.append(QString::number(id)); // integers from the database, not user text
        return parts.join(QLatin1Char(','));
    };
    if (!filter.leadUnitIds.isEmpty())
        where += QStringLiteral(" AND i.lead_unit_id IN (%1)").arg(idList(filter.leadUnitIds));
    if (filter.coUnitId) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM item_co_units c WHERE c.item_id = i.id AND c.unit_id = ?)");
        values.append(*filter.coUnitId);
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (Status s : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(StatusInfo::key(s));
        }
        where += QStringLiteral(" AND i.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    // One condition per term of the search, each plain SQL over the stored search text (the
    // same on a server): the term is in the item's own fields, or in the names of its lead unit
    // or of a co-operating unit. Unit names are few: which units a term finds is decided here,
    // with the same matcher the window uses.
    const search::Query query(filter.search);
    if (!query.isEmpty()) {
        QVector<QPair<qint64, QByteArray>> unitTexts;
        for (const Unit& u : UnitRepository(m_db).all())
            unitTexts.append({u.id, search::unitText(u)});
        // The longest term first, as the matcher tries them: it is the likeliest to fail, and
        // SQLite then skips the other terms of the row.
        QVector<int> terms(query.termCount());
        std::iota(terms.begin(), terms.end(), 0);
        std::stable_sort(terms.begin(), terms.end(),
                         [&query](int a, int b) { return query.termPattern(a).size() > query.termPattern(b).size(); });
        for (int t : terms) {
            where += QStringLiteral(" AND (i.search_text LIKE ? ESCAPE '\\'");
            values.append(query.likePattern(t));
            QVector<qint64> unitIds;
            for (const auto& [id, names] : unitTexts)
                if (query.termOccurs(t, names))
                    unitIds.append(id);
            if (!unitIds.isEmpty()) {
                const QString ids = idList(unitIds);
                where += QStringLiteral(" OR i.lead_unit_id IN (%1) OR EXISTS (SELECT 1 FROM item_co_units c WHERE "
                                        "c.item_id = i.id AND c.unit_id IN (%1))")
                             .arg(ids);
            }
            where += QStringLiteral(")");
        }
    }
    if (filter.dueBefore.isValid()) {
        where += QStringLiteral(" AND i.due_date IS NOT NULL AND i.due_date <= ?");
        values.append(filter.dueBefore.toString(Qt::ISODate));
    }
    if (filter.overdueAsOf) {
        where += QStringLiteral(" AND i.due_date IS NOT NULL AND i.due_date < ? AND i.status NOT IN (?, ?, ?)");
        values.append(filter.overdueAsOf->toString(Qt::ISODate));
        for (Status s : StatusInfo::all())
            if (StatusInfo::isClosed(s))
                values.append(StatusInfo::key(s));
    }

    QString order = QStringLiteral(" ORDER BY i.number");
    if (limit >= 0) {
        order += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    QSqlQuery q =
        prepare(db, QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM items i") + where + order);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    exec(q);
    QVector<Item> items;
    QHash<qint64, int> index;
    if (whole) { // the whole program (not SQLite): its size is known
        const int n = limit >= 0 ? limit : count(programId);
        items.reserve(n);
        index.reserve(n);
    }
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(items.size()));
        items.append(readItem(q));
    }
    if (items.isEmpty())
        return items;
    QSqlQuery co = prepare(db, QStringLiteral("SELECT c.item_id, c.unit_id FROM item_co_units c JOIN items i ON "
                                              "i.id = c.item_id WHERE i.program_id = ? AND i.number > ? AND "
                                              "i.number <= ? ORDER BY c.item_id, c.position"));
    exec(co, {programId, afterNumber, items.last().number});
    while (co.next()) {
        auto it = index.find(co.value(0).toLongLong());
        if (it != index.end())
            items[*it].coUnitIds.append(co.value(1).toLongLong());
    }
    return items;
}

QVector<Item> ItemRepository::page(qint64 programId, int afterNumber, int limit) const
{
    // select() reads a file with SQLite's own API and asks the server for just the page
    // (ORDER BY number LIMIT): reading the whole program to keep 501 rows took 5 s on the server.
    return select(programId, ItemFilter(), afterNumber, limit);
}

int ItemRepository::count(qint64 programId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM items WHERE program_id = ?"));
    exec(q, {programId});
    return q.next() ? q.value(0).toInt() : 0;
}

QSet<int> ItemRepository::numbers(qint64 programId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT number FROM items WHERE program_id = ?"));
    exec(q, {programId});
    QSet<int> out;
    while (q.next())
        out.insert(q.value(0).toInt());
    return out;
}

QVector<UnitStatusCount> ItemRepository::countByUnitAndStatus(qint64 programId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT lead_unit_id, status, COUNT(*) FROM items WHERE "
                                                            "program_id = ? GROUP BY lead_unit_id, status"));
    exec(q, {programId});
    QVector<UnitStatusCount> out;
    while (q.next())
        out.append(UnitStatusCount{q.value(0).toLongLong(),
                                   StatusInfo::fromKey(q.value(1).toString()).value_or(Status::Draft),
                                   q.value(2).toInt()});
    return out;
}

} // namespace wp::storage
