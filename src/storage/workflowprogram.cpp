#include "workprogram/storage/workflowservice.h"

// The program's steps, sign-off and the rollover into a new year (WorkflowService's items are in
// workflowservice.cpp, merging in workflowmerge.cpp).

#include "sql.h"

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

Snapshot WorkflowService::writeStep(Program& program, ProgramState to, const QString& decision, const QString& label)
{
    const ProgramState from = program.state;
    // Read again under the writers' lock (the callers' transaction): two leaders signing at once
    // both read the program in review; the second must meet the first's sign-off, not sign again.
    QSqlQuery current = prepare(m_db.connection(), QStringLiteral("SELECT state FROM programs WHERE id = ?"));
    exec(current, {program.id});
    const QString stored = current.next() ? current.value(0).toString() : QString();
    current.finish();
    if (stored != ProgramStateInfo::key(from)) {
        const QVector<ProgramHistoryEntry> steps = ProgramHistoryRepository(m_db).forProgram(program.id);
        const std::optional<ProgramState> now = ProgramStateInfo::parse(stored);
        QString by;
        if (!steps.isEmpty())
            by = tr(" (%1, lúc %2)")
                     .arg(steps.last().login.isEmpty() ? tr("không đăng nhập") : steps.last().login,
                          steps.last().at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        throw ConflictError(tr("chương trình năm %1 vừa được người khác chuyển sang bước \"%2\"%3; không có gì bị "
                               "thay đổi, hãy tải lại")
                                .arg(program.year)
                                .arg(now ? ProgramStateInfo::label(*now) : stored, by));
    }
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
