#include "workprogram/storage/workflowservice.h"

// Merging items shared by several units under one lead unit (WorkflowService's other parts are
// in workflowservice.cpp and workflowprogram.cpp).

#include "itemrules.h"
#include "sql.h"

#include "workprogram/core/merge.h"
#include "workprogram/core/text.h"
#include "workprogram/core/workflow.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"

#include <algorithm>

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
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Transition;
        e.from = from;
        e.to = Status::Withdrawn;
        e.comment = withComment(tr("gộp vào nội dung số %1 (mã %2)").arg(merged.number).arg(merged.id));
        writeItem(it, e, tr("nội dung số %1").arg(it.number));
        ItemRepository(m_db).setMergedInto(it.id, merged.id);
    }
    tx.commit();
    return merged;
}

} // namespace wp::storage
