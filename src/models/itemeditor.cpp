#include "workprogram/models/itemeditor.h"

#include "itemcommands.h"

#include "workprogram/core/workflow.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
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

bool ItemEditor::editItems(const QVector<Item>& after, const QString& description)
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
    if (!m_undo)
        return writeItems(changed);
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

bool ItemEditor::writeItems(const QVector<Item>& items)
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
        it.rowVersion = m_model.item(row).rowVersion; // undo and redo write over the version we hold now
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
    } catch (const wp::Error& e) {
        emit errorOccurred(e.message());
        return false;
    }
    m_model.applyUpdated(toWrite);
    return true;
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
