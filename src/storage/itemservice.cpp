#include "workprogram/storage/itemservice.h"

#include "itemrules.h"
#include "sql.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/workflowservice.h"

namespace wp::storage {

int ItemService::nextNumber(qint64 programId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM items WHERE "
                                                            "program_id = ?"));
    exec(q, {programId});
    return q.next() ? q.value(0).toInt() : 1;
}

void ItemService::add(QVector<Item>& items)
{
    Transaction tx(m_db);
    QHash<qint64, int> next;
    for (Item& it : items) {
        if (it.number > 0)
            continue;
        auto n = next.find(it.programId);
        if (n == next.end())
            n = next.insert(it.programId, nextNumber(it.programId));
        it.number = (*n)++;
    }
    ItemRepository(m_db).insert(items);
    tx.commit();
}

void ItemService::requireEditable(const Item& stored, const Item& changed) const
{
    if (changed.status != stored.status && !Workflow::find(stored.status, changed.status)) {
        QStringList targets;
        for (const Transition& t : Workflow::transitions())
            if (t.from == stored.status)
                targets.append(QStringLiteral("\"%1\"").arg(StatusInfo::label(t.to)));
        throw PermissionError(
            targets.isEmpty()
                ? tr("nội dung số %1 đang ở trạng thái \"%2\": không chuyển được sang trạng thái khác")
                      .arg(stored.number)
                      .arg(StatusInfo::label(stored.status))
                : tr("nội dung số %1 không chuyển được từ \"%2\" sang \"%3\"; từ \"%2\" chỉ chuyển được sang: %4")
                      .arg(stored.number)
                      .arg(StatusInfo::label(stored.status), StatusInfo::label(changed.status),
                           targets.join(QStringLiteral(", "))));
    }
    // The locks of the status the item is in now, as for the Office (the widest role).
    if (Workflow::amendable(stored.status, Role::Office) && programIsAmending(m_db, stored.programId))
        return;
    QStringList locked;
    for (ItemField f : Workflow::fields())
        if (Workflow::isLocked(stored.status, f) && fieldValue(stored, f) != fieldValue(changed, f))
            locked.append(Workflow::fieldLabel(f));
    if (!locked.isEmpty())
        throw PermissionError(tr("nội dung số %1 đang ở trạng thái \"%2\": không ai được sửa %3; chỉ sửa được bằng "
                                 "điều chỉnh chương trình")
                                  .arg(stored.number)
                                  .arg(StatusInfo::label(stored.status), locked.join(QStringLiteral(", "))));
}

namespace {

/// A `create` or `delete` history row for @p it: every non-empty field from or to nothing.
void record(Database& db, const Item& it, HistoryEntry::Kind kind, const QString& login, const QString& comment)
{
    HistoryEntry e;
    e.itemId = it.id;
    e.login = login.isNull() ? QString(QLatin1String("")) : login; // nobody signed in: '' (the column is NOT NULL)
    e.kind = kind;
    if (kind == HistoryEntry::Kind::Create)
        e.to = it.status;
    else
        e.from = it.status;
    e.comment = comment;
    for (ItemField f : Workflow::fields()) {
        const QString value = fieldValue(it, f);
        if (value.isEmpty())
            continue;
        if (kind == HistoryEntry::Kind::Create)
            e.changes.append({Workflow::fieldKey(f), QString(), value});
        else
            e.changes.append({Workflow::fieldKey(f), value, QString()});
    }
    HistoryRepository(db).append(e);
}

} // namespace

void ItemService::create(QVector<Item>& items, const QString& login)
{
    Transaction tx(m_db);
    add(items); // a savepoint inside this transaction
    for (const Item& it : items)
        record(m_db, it, HistoryEntry::Kind::Create, login, tr("thêm nội dung số %1").arg(it.number));
    tx.commit();
}

void ItemService::update(QVector<Item>& items)
{
    Transaction tx(m_db);
    ItemRepository repo(m_db);
    QVector<Item> written = items;
    for (Item& it : written) {
        if (const std::optional<Item> stored = repo.byId(it.id); stored && stored->rowVersion == it.rowVersion)
            requireEditable(*stored, it);
        if (!repo.update(it))
            throw ConflictError(tr("nội dung số %1 vừa được người khác sửa; hãy tải lại rồi sửa lại").arg(it.number));
    }
    tx.commit();
    items = written;
}

void ItemService::update(Item& item)
{
    QVector<Item> one{item};
    update(one);
    item = one.first();
}

void ItemService::remove(const QVector<qint64>& ids, const QString& login)
{
    Transaction tx(m_db);
    ItemRepository repo(m_db);
    for (qint64 id : ids) {
        const std::optional<Item> stored = repo.byId(id);
        if (stored && stored->status != Status::Draft)
            throw PermissionError(tr("nội dung số %1 đang ở trạng thái \"%2\": chỉ xóa được nội dung \"%3\"; nội "
                                     "dung đã gửi đi thì chuyển sang \"%4\" hoặc \"%5\" để còn dấu vết")
                                      .arg(stored->number)
                                      .arg(StatusInfo::label(stored->status), StatusInfo::label(Status::Draft),
                                           StatusInfo::label(Status::Withdrawn), StatusInfo::label(Status::Rejected)));
        if (!stored)
            continue;
        record(m_db, *stored, HistoryEntry::Kind::Delete, login, tr("xóa nội dung số %1").arg(stored->number));
        repo.remove(id);
    }
    tx.commit();
}

} // namespace wp::storage
