#include "workprogram/models/itemeditor.h"

#include "itemcommands.h"

#include "workprogram/core/workflow.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QUndoStack>

namespace wp::models {

ItemEditor::ItemEditor(ItemTableModel& model, ItemLoader& loader, QObject* parent)
    : QObject(parent), m_model(model), m_loader(loader)
{
    m_model.setEditor(this);
    // Whoever listens to the model hears of every refused edit, the cell's own and the writes'.
    connect(this, &ItemEditor::errorOccurred, &m_model, &ItemTableModel::errorOccurred);
}

bool ItemEditor::editItems(const QVector<Item>& after, const QString& description, const QVector<Item>& read)
{
    m_loader.loadRest(); // a change is made on the whole program, never on the first page only
    QVector<Item> before;
    QVector<Item> changed;
    for (const Item& a : after) {
        const int row = m_model.rowOfId(a.id);
        if (row < 0)
            continue;
        const Item& b = m_model.item(row);
        if (b.content == a.content && b.leadUnitId == a.leadUnitId && b.coUnitIds == a.coUnitIds &&
            b.deadline == a.deadline && b.leader == a.leader && b.group == a.group && b.form == a.form &&
            b.level == a.level && b.status == a.status && b.note == a.note && b.number == a.number)
            continue; // nothing to write
        before.append(b);
        changed.append(a);
    }
    if (changed.isEmpty())
        return true;
    m_read.clear();
    for (const Item& b : before)
        m_read.insert(b.id, b);
    for (const Item& r : read)
        if (m_read.contains(r.id))
            m_read.insert(r.id, r);
    m_description = description;
    if (!m_undo)
        return writeItems(changed, true);
    return pushCommand(new EditItemsCommand(this, before, changed, description));
}

bool ItemEditor::mayDelete(const User& actor, const Item& item)
{
    if (item.status != Status::Draft || !Workflow::editors(Status::Draft).contains(actor.role))
        return false;
    return actor.role != Role::Unit || item.leadUnitId == actor.unitId;
}

bool ItemEditor::pushCommand(QUndoCommand* command)
{
    m_commandFailed = false;
    m_undo->push(command); // runs redo(); a command that could not write is obsolete and dropped
    return !m_commandFailed;
}

bool ItemEditor::addItems(QVector<Item> items, const QString& description)
{
    m_loader.loadRest();
    // The first item of a year without a program creates the program (not an undo step).
    if (!m_model.programId() && m_loader.database()) {
        if (m_writeCheck && !m_writeCheck())
            return false;
        try {
            const Program p = storage::ProgramRepository(*m_loader.database()).ensure(m_model.year());
            m_loader.load(*m_loader.database(), p.id, m_model.year(), m_model.today());
        } catch (const wp::Error& e) {
            emit errorOccurred(e.message());
            return false;
        }
    }
    for (Item& it : items)
        it.programId = m_model.programId();
    if (!m_undo)
        return insertItems(items);
    return pushCommand(new AddItemsCommand(this, items, description));
}

bool ItemEditor::removeItems(const QVector<qint64>& ids, const QString& description)
{
    m_loader.loadRest();
    QVector<Item> items;
    for (qint64 id : ids)
        if (int row = m_model.rowOfId(id); row >= 0)
            items.append(m_model.item(row));
    if (items.isEmpty())
        return true;
    if (!m_undo)
        return deleteItems(ids);
    return pushCommand(new RemoveItemsCommand(this, items, description));
}

bool ItemEditor::writeItems(const QVector<Item>& items, bool asRead)
{
    storage::Database* db = m_loader.database();
    if (!db)
        return false;
    if (m_writeCheck && !m_writeCheck())
        return false;
    QVector<Item> toWrite;
    for (Item it : items) {
        const int row = m_model.rowOfId(it.id);
        if (row < 0) {
            emit errorOccurred(ItemTableModel::tr("Nội dung số %1 không còn trong chương trình.").arg(it.number));
            return false;
        }
        // A new edit is written at the version it was read at (a dialog open while the table
        // took in someone else's change must not write over it); undo and redo write over the
        // version we hold now.
        if (!asRead || it.rowVersion == 0)
            it.rowVersion = m_model.item(row).rowVersion;
        toWrite.append(it);
    }
    try {
        if (m_actor) {
            // Signed in: the workflow's rules and history. A status is changed by the review
            // actions (transitions), never by an edit.
            for (const Item& it : toWrite)
                if (it.status != m_model.item(m_model.rowOfId(it.id)).status) {
                    emit errorOccurred(
                        ItemTableModel::tr("Nội dung số %1: trạng thái chỉ đổi được bằng các thao tác duyệt (đề xuất, "
                                           "tiếp nhận, trả lại, phê duyệt…) khi đã đăng nhập.")
                            .arg(it.number));
                    return false;
                }
            storage::WorkflowService(*db, *m_actor).editMany(toWrite);
        } else {
            storage::ItemService(*db).update(toWrite);
        }
    } catch (const storage::ConflictError& e) {
        if (asRead) {
            reportConflict(toWrite, m_description);
            return false;
        }
        emit errorOccurred(e.message());
        return false;
    } catch (const wp::Error& e) {
        emit errorOccurred(e.message());
        return false;
    }
    m_model.applyUpdated(toWrite);
    return true;
}

void ItemEditor::reportConflict(const QVector<Item>& written, const QString& description)
{
    storage::ItemRepository repo(*m_loader.database());
    QVector<ItemConflict> conflicts;
    QVector<Item> others;
    QVector<Item> theirs;
    for (const Item& it : written) {
        const std::optional<Item> stored = repo.byId(it.id);
        if (stored && stored->rowVersion == it.rowVersion) {
            others.append(it);
            continue;
        }
        Item read = m_read.value(it.id, it);
        read.rowVersion = it.rowVersion;
        // Deleted meanwhile: theirs is "nothing", said as an empty item of the same number.
        Item now = stored ? *stored : Item{};
        if (!stored) {
            now.id = it.id;
            now.number = it.number;
        }
        conflicts.append({read, it, now});
        if (stored)
            theirs.append(*stored);
    }
    if (conflicts.isEmpty()) { // the refusal was not about versions after all: say it as it was
        emit errorOccurred(storage::ItemService::tr("nội dung số %1 vừa được người khác sửa; hãy tải lại rồi sửa lại")
                               .arg(written.value(0).number));
        return;
    }
    // The table shows what the database holds now: theirs.
    m_model.applyUpdated(theirs);
    emit conflicted(conflicts, others, description);
}

bool ItemEditor::insertItems(QVector<Item>& items)
{
    storage::Database* db = m_loader.database();
    if (!db)
        return false;
    if (m_writeCheck && !m_writeCheck())
        return false;
    try {
        storage::ItemService(*db).create(items, m_actor ? m_actor->login : QString());
    } catch (const wp::Error& e) {
        emit errorOccurred(e.message());
        return false;
    }
    m_model.applyAdded(items);
    return true;
}

bool ItemEditor::deleteItems(const QVector<qint64>& ids)
{
    storage::Database* db = m_loader.database();
    if (!db)
        return false;
    if (m_writeCheck && !m_writeCheck())
        return false;
    // ItemService deletes any draft; a signed-in person only the drafts they may edit: a unit
    // its own unit's, the Office any (Workflow::editors), nobody else.
    if (m_actor) {
        for (qint64 id : ids) {
            const int row = m_model.rowOfId(id);
            if (row < 0)
                continue;
            const Item& it = m_model.item(row);
            if (!mayDelete(*m_actor, it)) {
                emit errorOccurred(ItemTableModel::tr("Nội dung số %1 không xóa được: đơn vị chỉ xóa được bản nháp "
                                                      "của chính đơn vị mình, Văn phòng xóa được mọi bản nháp.")
                                       .arg(it.number));
                return false;
            }
        }
    }
    try {
        storage::ItemService(*db).remove(ids, m_actor ? m_actor->login : QString());
    } catch (const wp::Error& e) {
        emit errorOccurred(e.message());
        return false;
    }
    m_model.applyRemoved(ids);
    return true;
}

} // namespace wp::models
