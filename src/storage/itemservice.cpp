#include "workprogram/storage/itemservice.h"

#include "backend.h"
#include "itemrules.h"
#include "sql.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/workflowservice.h"

namespace wp::storage {

int ItemService::nextNumber(qint64 programId) const
{
    lockWriters(m_db.connection()); // MAX()+1: two writers never take the same number
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM items WHERE "
                                                            "program_id = ?"));
    exec(q, {programId});
    return q.next() ? q.value(0).toInt() : 1;
}

void ItemService::add(QVector<Item>& items, const CreationRecord& record)
{
    for (const Item& it : items)
        if (const QString problem = Workflow::textProblem(it); !problem.isEmpty())
            throw InvalidRequestError(tr("nội dung số %1: %2").arg(it.number).arg(problem));
    Transaction tx(m_db);
    for (const Item& it : items)
        requireNotSigned(m_db, it.programId, tr("thêm nội dung"));
    QHash<qint64, int> next;
    for (Item& it : items) {
        if (it.number > 0)
            continue;
        auto n = next.find(it.programId);
        if (n == next.end())
            n = next.insert(it.programId, nextNumber(it.programId));
        it.number = (*n)++;
    }
    ItemRepository(m_db).insert(items, record);
    tx.commit();
}

QString ItemService::signedRefusal(const Item& stored) const
{
    return tr("nội dung số %1: chương trình đã ký ban hành, mọi nội dung được giữ nguyên như khi ký (chỉ ghi chú và "
              "tiến độ thực hiện được cập nhật); muốn sửa, Văn phòng mở điều chỉnh, bổ sung chương trình")
        .arg(stored.number);
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
    const ProgramState state = programStateOf(m_db, stored.programId);
    if (changed.status != stored.status && state == ProgramState::Issued && !Workflow::carriesOut(stored.status))
        throw PermissionError(signedRefusal(stored));
    // The locks of the status the item is in now, as for the Office (the widest role); a signed
    // program's items are all locked as approved ones are.
    if (Workflow::amendable(stored.status, Role::Office) && state == ProgramState::Amending)
        return;
    const Status locking = Workflow::lockingStatus(stored.status, state);
    QStringList locked;
    for (ItemField f : ItemFields::editable())
        if (Workflow::isLocked(locking, f) && fieldValue(stored, f) != fieldValue(changed, f))
            locked.append(ItemFields::label(f));
    if (!locked.isEmpty() && locking != stored.status)
        throw PermissionError(signedRefusal(stored));
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
    for (ItemField f : ItemFields::editable()) {
        const QString value = fieldValue(it, f);
        if (value.isEmpty())
            continue;
        if (kind == HistoryEntry::Kind::Create)
            e.changes.append({ItemFields::key(f), QString(), value});
        else
            e.changes.append({ItemFields::key(f), value, QString()});
    }
    HistoryRepository(db).append(e);
}

} // namespace

void ItemService::create(QVector<Item>& items, const QString& login)
{
    add(items, CreationRecord{login, QString()});
}

void ItemService::update(QVector<Item>& items)
{
    Transaction tx(m_db);
    ItemRepository repo(m_db);
    HistoryRepository history(m_db);
    QVector<Item> written = items;
    for (Item& it : written) {
        if (const QString problem = Workflow::textProblem(it); !problem.isEmpty())
            throw InvalidRequestError(tr("nội dung số %1: %2").arg(it.number).arg(problem));
        const std::optional<Item> stored = repo.byId(it.id);
        if (stored && stored->rowVersion == it.rowVersion)
            requireEditable(*stored, it);
        if (!stored || !repo.update(it))
            throw ConflictError(changedSinceRead(m_db, it.id, tr("nội dung số %1").arg(it.number)));
        // Recorded as nobody signed in (the window of a database without accounts), so that the
        // history still explains every field and status the table holds (verify replays it).
        HistoryEntry edit;
        edit.itemId = it.id;
        edit.login = QLatin1String("");
        edit.kind = HistoryEntry::Kind::Edit;
        for (ItemField f : ItemFields::editable())
            if (const QString before = fieldValue(*stored, f), after = fieldValue(it, f); before != after)
                edit.changes.append({ItemFields::key(f), before, after});
        if (!edit.changes.isEmpty())
            history.append(edit);
        if (stored->status != it.status) {
            HistoryEntry move;
            move.itemId = it.id;
            move.login = QLatin1String("");
            move.kind = HistoryEntry::Kind::Transition;
            move.from = stored->status;
            move.to = it.status;
            history.append(move);
        }
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
        requireNotSigned(m_db, stored->programId, tr("xóa nội dung"));
        record(m_db, *stored, HistoryEntry::Kind::Delete, login, tr("xóa nội dung số %1").arg(stored->number));
        repo.remove(id);
    }
    tx.commit();
}

} // namespace wp::storage
