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
    if (!ItemRepository(m_db).update(item))
        throw ConflictError(tr("nội dung số %1 vừa được người khác sửa; hãy thử lại").arg(item.number));
    HistoryEntry e;
    e.itemId = item.id;
    e.login = m_actor.login;
    e.kind = HistoryEntry::Kind::Transition;
    e.from = from;
    e.to = to;
    e.comment = comment.trimmed();
    HistoryRepository(m_db).append(e);
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
    e.itemId = item.id;
    e.login = m_actor.login;
    e.kind = HistoryEntry::Kind::Comment;
    e.comment = text.trimmed();
    HistoryRepository(m_db).append(e);
    tx.commit();
}

void WorkflowService::edit(Item& changed)
{
    if (const QString problem = Workflow::textProblem(changed); !problem.isEmpty())
        throw InvalidRequestError(problem);
    Transaction tx(m_db);
    const Item stored = load(changed.id);
    if (stored.rowVersion != changed.rowVersion)
        throw ConflictError(tr("nội dung số %1 vừa được người khác sửa; hãy tải lại rồi sửa lại").arg(stored.number));
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
    if (!ItemRepository(m_db).update(written))
        throw ConflictError(tr("nội dung số %1 vừa được người khác sửa; hãy tải lại rồi sửa lại").arg(stored.number));
    HistoryEntry e;
    e.itemId = stored.id;
    e.login = m_actor.login;
    e.kind = HistoryEntry::Kind::Edit;
    e.changes = changes;
    HistoryRepository(m_db).append(e);
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

namespace wp::storage {

Snapshot WorkflowService::writeStep(Program& program, ProgramState to, const QString& decision, const QString& label)
{
    const ProgramState from = program.state;
    program.state = to;
    ProgramRepository(m_db).update(program);
    const QString text = !label.trimmed().isEmpty() ? label.trimmed()
                         : decision.isEmpty()
                             ? tr("%1 → %2").arg(ProgramStateInfo::label(from), ProgramStateInfo::label(to))
                             : tr("Ban hành theo quyết định %1").arg(decision);
    const Snapshot snapshot = SnapshotRepository(m_db).take(program, from, to, m_actor.login, text);
    ProgramHistoryEntry step;
    step.programId = program.id;
    step.at = snapshot.at;
    step.login = m_actor.login;
    step.from = from;
    step.to = to;
    step.decision = decision;
    step.snapshotId = snapshot.id;
    step.snapshotHash = snapshot.hash;
    ProgramHistoryRepository(m_db).append(step);
    return snapshot;
}

Snapshot WorkflowService::step(Program& program, ProgramState to, const QString& label)
{
    const std::optional<ProgramStep> s = Workflow::findStep(program.state, to);
    if (!s)
        throw PermissionError(tr("không ai được chuyển chương trình từ \"%1\" sang \"%2\"")
                                  .arg(ProgramStateInfo::label(program.state), ProgramStateInfo::label(to)));
    if (to == ProgramState::Issued)
        throw InvalidRequestError(tr("ban hành chương trình bằng lệnh signoff (cần số quyết định)"));
    if (!s->roles.contains(m_actor.role))
        throw PermissionError(tr("%1 (%2) không được chuyển chương trình sang \"%3\": chỉ %4 mới được")
                                  .arg(m_actor.login, RoleInfo::label(m_actor.role), ProgramStateInfo::label(to),
                                       Workflow::describe(s->roles)));
    Transaction tx(m_db);
    const Snapshot snapshot = writeStep(program, to, QString(), label);
    tx.commit();
    HeadLog(m_db).record(QStringLiteral("step"));
    return snapshot;
}

bool WorkflowService::isNamedSigner(const Program& program) const
{
    const QString signer = ReportSettingsRepository(m_db).load(program).signerName;
    return !signer.trimmed().isEmpty() && text::foldKey(signer) == text::foldKey(m_actor.fullName);
}

Snapshot WorkflowService::signoff(Program& program, const QString& decision, const QString& label)
{
    const std::optional<ProgramStep> s = Workflow::findStep(program.state, ProgramState::Issued);
    if (!s)
        throw PermissionError(
            tr("chương trình đang ở bước \"%1\": chỉ ban hành được khi ở bước \"%2\"")
                .arg(ProgramStateInfo::label(program.state), ProgramStateInfo::label(ProgramState::Review)));
    if (!s->roles.contains(m_actor.role))
        throw PermissionError(tr("%1 (%2) không được ký ban hành chương trình: chỉ %3 mới được")
                                  .arg(m_actor.login, RoleInfo::label(m_actor.role), Workflow::describe(s->roles)));
    if (!m_actor.leaderUnitIds.isEmpty() && !isNamedSigner(program))
        throw PermissionError(
            tr("%1 chỉ phụ trách một số đơn vị nên không ký ban hành cả chương trình được: chỉ lãnh đạo "
               "phụ trách toàn bộ, hoặc người ký ghi trong thông tin in báo cáo của chương trình, mới "
               "được ký")
                .arg(m_actor.login));
    if (decision.trimmed().isEmpty())
        throw InvalidRequestError(tr("hãy ghi số quyết định (--decision \"123/QĐ-UBND\")"));
    Transaction tx(m_db);
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT status, COUNT(*) FROM items WHERE program_id = ? "
                                                            "GROUP BY status ORDER BY status"));
    exec(q, {program.id});
    QStringList blocking;
    while (q.next()) {
        const std::optional<Status> st = StatusInfo::parse(q.value(0).toString());
        if (st && Workflow::blocksSignoff(*st))
            blocking.append(QStringLiteral("%1 nội dung \"%2\"").arg(q.value(1).toInt()).arg(StatusInfo::label(*st)));
    }
    q.finish();
    if (!blocking.isEmpty())
        throw PermissionError(tr("chưa ban hành được: còn %1, chưa thể là một phần của chương trình ban hành; các nội "
                                 "dung này cần được duyệt, trả lại hoặc loại ra trước")
                                  .arg(blocking.join(QStringLiteral(", "))));
    // A program signed before is being amended: its new signed snapshot is the amendment.
    QString name = label;
    if (name.trimmed().isEmpty()) {
        int signedBefore = 0;
        for (const Snapshot& earlier : SnapshotRepository(m_db).forProgram(program.id))
            if (earlier.to == ProgramState::Issued)
                ++signedBefore;
        if (signedBefore > 0)
            name = tr("Điều chỉnh lần %1 theo quyết định %2").arg(signedBefore).arg(decision.trimmed());
    }
    const Snapshot snapshot = writeStep(program, ProgramState::Issued, decision.trimmed(), name);
    tx.commit();
    HeadLog(m_db).record(QStringLiteral("signoff"));
    return snapshot;
}

} // namespace wp::storage

namespace wp::storage {

Item WorkflowService::merge(const QVector<qint64>& itemIds, qint64 leadUnitId, const QString& content,
                            const QString& comment)
{
    MergeRequest request;
    request.itemIds = itemIds;
    request.leadUnitId = leadUnitId;
    request.content = content;
    request.comment = comment;
    return merge(request);
}

Item WorkflowService::merge(const MergeRequest& request)
{
    if (m_actor.role != Role::Office)
        throw PermissionError(tr("%1 (%2) không được gộp nội dung: chỉ %3 mới được")
                                  .arg(m_actor.login, RoleInfo::label(m_actor.role), RoleInfo::label(Role::Office)));
    QVector<qint64> ids;
    for (qint64 id : request.itemIds)
        if (!ids.contains(id))
            ids.append(id);
    if (ids.size() < 2)
        throw InvalidRequestError(tr("cần ít nhất hai nội dung khác nhau để gộp"));
    if (!request.leadUnitId)
        throw InvalidRequestError(tr("hãy chọn đơn vị chủ trì của nội dung sau khi gộp"));
    Transaction tx(m_db);
    QVector<Item> originals;
    for (qint64 id : ids) {
        const Item it = load(id);
        if (!originals.isEmpty() && it.programId != originals.first().programId)
            throw InvalidRequestError(
                tr("nội dung mã %1 thuộc chương trình khác; chỉ gộp được các nội dung của cùng một "
                   "chương trình")
                    .arg(id));
        if (originals.isEmpty())
            requireNotSigned(m_db, it.programId, tr("gộp nội dung"));
        if (!Merge::canMerge(it.status))
            throw PermissionError(
                tr("nội dung số %1 đang ở trạng thái \"%2\": chỉ gộp được nội dung \"%3\" hoặc \"%4\"")
                    .arg(it.number)
                    .arg(StatusInfo::label(it.status), StatusInfo::label(Status::Proposed),
                         StatusInfo::label(Status::InDraft)));
        originals.append(it);
    }
    const Item& first = originals.first();
    Item merged = first;
    merged.id = 0;
    merged.mergedInto = 0;
    merged.content = request.content.trimmed().isEmpty() ? first.content : request.content.trimmed();
    if (const QString problem = Workflow::textProblem(merged); !problem.isEmpty())
        throw InvalidRequestError(problem);
    merged.leadUnitId = request.leadUnitId;
    merged.coUnitIds.clear();
    for (qint64 unit : request.coUnitIds.value_or(Merge::coUnits(originals, request.leadUnitId)))
        if (unit != merged.leadUnitId && !merged.coUnitIds.contains(unit))
            merged.coUnitIds.append(unit);
    if (request.deadline)
        merged.deadline = *request.deadline;
    // Still a proposal if any part of it is; in the draft when every part already was.
    merged.status = Status::InDraft;
    for (const Item& it : originals)
        if (it.status == Status::Proposed)
            merged.status = Status::Proposed;
    const QSet<int> numbers = ItemRepository(m_db).numbers(first.programId);
    merged.number = numbers.isEmpty() ? 1 : *std::max_element(numbers.begin(), numbers.end()) + 1;
    QStringList numberList;
    for (const Item& it : originals)
        numberList.append(QString::number(it.number));
    const QString why = request.comment.trimmed();
    auto withComment = [&why](const QString& text) { return why.isEmpty() ? text : text + QStringLiteral(": ") + why; };
    QVector<Item> inserted{merged};
    ItemRepository(m_db).insert(
        inserted,
        CreationRecord{m_actor.login,
                       withComment(tr("gộp từ các nội dung số %1").arg(numberList.join(QStringLiteral(", "))))});
    merged = inserted.first();
    for (Item it : originals) {
        const Status from = it.status;
        it.status = Status::Withdrawn;
        if (!ItemRepository(m_db).update(it))
            throw ConflictError(tr("nội dung số %1 vừa được người khác sửa; hãy thử lại").arg(it.number));
        ItemRepository(m_db).setMergedInto(it.id, merged.id);
        HistoryEntry e;
        e.itemId = it.id;
        e.login = m_actor.login;
        e.kind = HistoryEntry::Kind::Transition;
        e.from = from;
        e.to = Status::Withdrawn;
        e.comment = withComment(tr("gộp vào nội dung số %1 (mã %2)").arg(merged.number).arg(merged.id));
        HistoryRepository(m_db).append(e);
    }
    tx.commit();
    return merged;
}

} // namespace wp::storage

namespace wp::storage {

QVector<Item> WorkflowService::rollover(int fromYear, int toYear)
{
    if (!Workflow::mayRollover(m_actor.role))
        throw PermissionError(tr("%1 (%2) không được chuyển nội dung sang năm mới: chỉ %3 mới được")
                                  .arg(m_actor.login, RoleInfo::label(m_actor.role), RoleInfo::label(Role::Office)));
    if (toYear <= fromYear)
        throw InvalidRequestError(tr("năm mới (%1) phải sau năm %2").arg(toYear).arg(fromYear));
    Transaction tx(m_db);
    ProgramRepository programs(m_db);
    const std::optional<Program> from = programs.byYear(fromYear);
    if (!from)
        throw InvalidRequestError(tr("chưa có chương trình năm %1").arg(fromYear));
    std::optional<Program> to = programs.byYear(toYear);
    ItemRepository items(m_db);
    const QVector<Item> old = items.list(from->id);
    if (to) {
        if (to->state != ProgramState::Collecting)
            throw PermissionError(
                tr("chương trình năm %1 đang ở bước \"%2\": chỉ chuyển nội dung sang khi chương trình mới "
                   "còn ở bước \"%3\"")
                    .arg(toYear)
                    .arg(ProgramStateInfo::label(to->state), ProgramStateInfo::label(ProgramState::Collecting)));
        QSet<qint64> oldIds;
        for (const Item& it : old)
            oldIds.insert(it.id);
        for (const Item& it : items.list(to->id))
            if (oldIds.contains(it.carriedFrom))
                throw InvalidRequestError(tr("các nội dung chưa hoàn thành của năm %1 đã được chuyển sang năm %2 rồi")
                                              .arg(fromYear)
                                              .arg(toYear));
    } else {
        Program p;
        p.year = toYear;
        p.title = Program::defaultTitle(toYear);
        p.issuingBody = from->issuingBody;
        p.parentBody = from->parentBody;
        p.id = programs.add(p);
        to = p;
    }
    const QSet<int> numbers = items.numbers(to->id);
    int next = numbers.isEmpty() ? 1 : *std::max_element(numbers.begin(), numbers.end()) + 1;
    QVector<Item> carried;
    for (const Item& it : old) {
        if (!Rollover::isUnfinished(it.status))
            continue;
        Item copy = it;
        copy.id = 0;
        copy.programId = to->id;
        copy.number = next++;
        copy.status = Status::Proposed;
        copy.mergedInto = 0;
        copy.carriedFrom = it.id;
        const CarriedDeadline d = Rollover::carry(it.deadline, fromYear, toYear);
        copy.deadline = d.deadline;
        copy.deadlineNeedsReview = d.needsReview;
        carried.append(copy);
    }
    QHash<qint64, int> oldNumbers;
    for (const Item& it : old)
        oldNumbers.insert(it.id, it.number);
    for (Item& copy : carried) {
        QString comment = tr("chuyển từ chương trình năm %1 (nội dung số %2, mã %3)")
                              .arg(fromYear)
                              .arg(oldNumbers.value(copy.carriedFrom))
                              .arg(copy.carriedFrom);
        if (copy.deadlineNeedsReview)
            comment += tr("; thời hạn \"%1\" là một ngày cụ thể: cần xem lại").arg(copy.deadline.text());
        QVector<Item> one{copy};
        items.insert(one, CreationRecord{m_actor.login, comment});
        copy = one.first();
    }
    tx.commit();
    return carried;
}

} // namespace wp::storage
