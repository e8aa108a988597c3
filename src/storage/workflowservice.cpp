#include "workprogram/storage/workflowservice.h"

#include "itemrules.h"
#include "sql.h"

#include "workprogram/core/merge.h"
#include "workprogram/core/rollover.h"
#include "workprogram/core/text.h"
#include "workprogram/core/workflow.h"
#include "workprogram/storage/headlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programhistory.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/reportsettingsrepository.h"
#include "workprogram/storage/snapshotrepository.h"

#include <algorithm>

namespace wp::storage {
namespace {

QString unitName(Database& db, qint64 unitId)
{
    QSqlQuery q = prepare(db.connection(), QStringLiteral("SELECT name FROM units WHERE id = ?"));
    exec(q, {unitId});
    return q.next() ? q.value(0).toString() : QString::number(unitId);
}

} // namespace

Item WorkflowService::load(qint64 itemId) const
{
    std::optional<Item> it = ItemRepository(m_db).byId(itemId);
    if (!it)
        throw InvalidRequestError(tr("không có nội dung mã %1").arg(itemId));
    return *it;
}

void WorkflowService::requireCovers(const Item& item) const
{
    if (m_actor.covers(item.leadUnitId))
        return;
    const QString unit = unitName(m_db, item.leadUnitId);
    switch (m_actor.role) {
    case Role::Unit:
        throw PermissionError(tr("%1 thuộc đơn vị khác; nội dung số %2 do %3 chủ trì: chỉ cán bộ của %3, Văn phòng "
                                 "hoặc Lãnh đạo phụ trách mới được thao tác")
                                  .arg(m_actor.login)
                                  .arg(item.number)
                                  .arg(unit));
    case Role::Leader:
        throw PermissionError(tr("%1 không phụ trách %2 (đơn vị chủ trì nội dung số %3): chỉ Lãnh đạo phụ trách đơn "
                                 "vị này hoặc Văn phòng mới được thao tác")
                                  .arg(m_actor.login, unit)
                                  .arg(item.number));
    case Role::Admin:
    case Role::Office:
        break;
    }
    throw PermissionError(tr("tài khoản quản trị chỉ quản lý người dùng; chỉ Đơn vị, Văn phòng hoặc Lãnh đạo mới được "
                             "thao tác với nội dung công việc"));
}

void WorkflowService::writeItem(Item& item, HistoryEntry entry, const QString& what)
{
    if (!ItemRepository(m_db).update(item))
        throw ConflictError(changedSinceRead(m_db, item.id, what));
    record(item.id, std::move(entry));
}

void WorkflowService::record(qint64 itemId, HistoryEntry entry)
{
    entry.itemId = itemId;
    entry.login = m_actor.login;
    HistoryRepository(m_db).append(entry);
}

Item WorkflowService::transition(qint64 itemId, Status to, const QString& comment)
{
    Transaction tx(m_db);
    Item item = load(itemId);
    const Status from = item.status;
    if (from == to)
        throw InvalidRequestError(
            tr("nội dung số %1 đã ở trạng thái \"%2\"").arg(item.number).arg(StatusInfo::label(to)));
    const std::optional<Transition> t = Workflow::find(from, to);
    if (!t) {
        QStringList targets;
        for (const Transition& other : Workflow::transitions())
            if (other.from == from)
                targets.append(
                    QStringLiteral("%1 (%2)").arg(StatusInfo::key(other.to), Workflow::describe(other.roles)));
        throw PermissionError(
            targets.isEmpty()
                ? tr("không ai được chuyển nội dung từ \"%1\" sang trạng thái khác").arg(StatusInfo::label(from))
                : tr("không ai được chuyển nội dung từ \"%1\" sang \"%2\"; từ \"%1\" chỉ chuyển được sang: %3")
                      .arg(StatusInfo::label(from), StatusInfo::label(to), targets.join(QStringLiteral("; "))));
    }
    if (!Workflow::carriesOut(from) && programStateOf(m_db, item.programId) == ProgramState::Issued)
        throw PermissionError(tr("nội dung số %1: chương trình đã ký ban hành, chỉ cập nhật được tiến độ thực hiện của "
                                 "các nội dung đã duyệt; muốn chuyển \"%2\" sang \"%3\", Văn phòng mở điều chỉnh, bổ "
                                 "sung chương trình")
                                  .arg(item.number)
                                  .arg(StatusInfo::label(from), StatusInfo::label(to)));
    if (!t->roles.contains(m_actor.role))
        throw PermissionError(tr("%1 (%2) không được chuyển nội dung từ \"%3\" sang \"%4\": chỉ %5 mới được")
                                  .arg(m_actor.login, RoleInfo::label(m_actor.role), StatusInfo::label(from),
                                       StatusInfo::label(to), Workflow::describe(t->roles)));
    requireCovers(item);
    if (t->needsComment && comment.trimmed().isEmpty())
        throw InvalidRequestError(tr("chuyển sang \"%1\" cần ghi lý do (--comment)").arg(StatusInfo::label(to)));
    item.status = to;
    HistoryEntry e;
    e.kind = HistoryEntry::Kind::Transition;
    e.from = from;
    e.to = to;
    e.comment = comment.trimmed();
    writeItem(item, e, tr("nội dung số %1").arg(item.number));
    tx.commit();
    return item;
}

void WorkflowService::comment(qint64 itemId, const QString& text)
{
    if (text.trimmed().isEmpty())
        throw InvalidRequestError(tr("ý kiến trống (--text)"));
    Transaction tx(m_db);
    const Item item = load(itemId);
    requireCovers(item);
    HistoryEntry e;
    e.kind = HistoryEntry::Kind::Comment;
    e.comment = text.trimmed();
    record(item.id, e);
    tx.commit();
}

void WorkflowService::edit(Item& changed)
{
    if (const QString problem = Workflow::textProblem(changed); !problem.isEmpty())
        throw InvalidRequestError(problem);
    Transaction tx(m_db);
    const Item stored = load(changed.id);
    if (stored.rowVersion != changed.rowVersion)
        throw ConflictError(changedSinceRead(m_db, stored.id, tr("nội dung số %1").arg(stored.number)));
    requireCovers(stored);
    // A unit may not hand its item to another unit by editing it.
    if (m_actor.role == Role::Unit && changed.leadUnitId != stored.leadUnitId)
        throw PermissionError(tr("chỉ Văn phòng mới được đổi cơ quan chủ trì"));
    QVector<FieldChange> changes;
    QStringList locked;
    const ProgramState state = programStateOf(m_db, stored.programId);
    const bool amending = Workflow::amendable(stored.status, m_actor.role) && state == ProgramState::Amending;
    const Status locking = Workflow::lockingStatus(stored.status, state);
    for (ItemField f : ItemFields::editable()) {
        const QString before = fieldValue(stored, f);
        const QString after = fieldValue(changed, f);
        if (before == after)
            continue;
        if (Workflow::isLocked(locking, f) && !amending)
            locked.append(ItemFields::label(f));
        changes.append({ItemFields::key(f), before, after});
    }
    if (changes.isEmpty())
        return;
    if (!locked.isEmpty() && locking != stored.status)
        throw PermissionError(tr("nội dung số %1: chương trình đã ký ban hành, mọi nội dung được giữ nguyên như khi ký "
                                 "(chỉ ghi chú được sửa); muốn sửa %2, Văn phòng mở điều chỉnh, bổ sung chương trình")
                                  .arg(stored.number)
                                  .arg(locked.join(QStringLiteral(", "))));
    if (!locked.isEmpty())
        throw PermissionError(tr("nội dung số %1 đang ở trạng thái \"%2\": không ai được sửa %3; chỉ sửa được bằng "
                                 "điều chỉnh chương trình")
                                  .arg(stored.number)
                                  .arg(StatusInfo::label(stored.status), locked.join(QStringLiteral(", "))));
    const QVector<Role> editors = Workflow::editors(stored.status);
    if (!editors.contains(m_actor.role))
        throw PermissionError(tr("%1 (%2) không được sửa nội dung ở trạng thái \"%3\": chỉ %4 mới được")
                                  .arg(m_actor.login, RoleInfo::label(m_actor.role), StatusInfo::label(stored.status),
                                       Workflow::describe(editors)));
    Item written = changed;
    written.status = stored.status;
    written.number = stored.number;
    HistoryEntry e;
    e.kind = HistoryEntry::Kind::Edit;
    e.changes = changes;
    writeItem(written, e, tr("nội dung số %1").arg(stored.number));
    tx.commit();
    changed = written;
}

namespace {

/// @p message, starting with "nội dung số N: " unless it names item number @p number already.
QString namingItem(const QString& message, int number)
{
    const QString name = WorkflowService::tr("nội dung số %1").arg(number);
    return message.contains(name) ? message : name + QStringLiteral(": ") + message;
}

} // namespace

int WorkflowService::editMany(QVector<Item>& changed, const QString& comment)
{
    Transaction tx(m_db);
    int written = 0;
    for (Item& it : changed) {
        const int version = it.rowVersion;
        try {
            edit(it); // a savepoint inside this transaction
            if (it.rowVersion != version && !comment.trimmed().isEmpty())
                this->comment(it.id, comment);
        } catch (const PermissionError& e) {
            throw PermissionError(namingItem(e.message(), it.number));
        } catch (const InvalidRequestError& e) {
            throw InvalidRequestError(namingItem(e.message(), it.number));
        } catch (const ConflictError& e) {
            throw ConflictError(namingItem(e.message(), it.number));
        }
        if (it.rowVersion != version)
            ++written;
    }
    tx.commit();
    return written;
}

QVector<Item> WorkflowService::transitionMany(const QVector<qint64>& itemIds, Status to, const QString& comment)
{
    Transaction tx(m_db);
    QVector<Item> moved;
    for (qint64 id : itemIds) {
        // The refusal names the item by the number people read (an unknown id names itself).
        auto number = [this, id] {
            const std::optional<Item> it = ItemRepository(m_db).byId(id);
            return it ? it->number : 0;
        };
        try {
            moved.append(transition(id, to, comment)); // a savepoint inside this transaction
        } catch (const PermissionError& e) {
            throw PermissionError(namingItem(e.message(), number()));
        } catch (const InvalidRequestError& e) {
            throw number() ? InvalidRequestError(namingItem(e.message(), number())) : e;
        } catch (const ConflictError& e) {
            throw ConflictError(namingItem(e.message(), number()));
        }
    }
    tx.commit();
    return moved;
}

} // namespace wp::storage
