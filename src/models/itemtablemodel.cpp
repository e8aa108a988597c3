#include "workprogram/models/itemtablemodel.h"

#include "itemcommands.h"

#include "workprogram/core/text.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace wp::models {

namespace {
// Beyond this many rows a change resets the model instead of signalling row by row.
constexpr int ResetThreshold = 200;
} // namespace

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

void ItemTableModel::load(storage::Database& db, qint64 programId, int year, QDate today)
{
    beginResetModel();
    m_db = &db;
    m_programId = programId;
    m_year = year;
    m_today = today;
    m_complete = true;
    loadUnits(db, year);
    // The repository shares one string per distinct leader, group, form, level and deadline.
    m_items = programId ? storage::ItemRepository(db).list(programId) : QVector<Item>();
    m_searchKeys.clear();
    m_rowOfId.clear();
    appendLoaded(0);
    endResetModel();
}

void ItemTableModel::loadFirst(storage::Database& db, qint64 programId, int year, QDate today, int rows)
{
    beginResetModel();
    m_db = &db;
    m_programId = programId;
    m_year = year;
    m_today = today;
    loadUnits(db, year);
    m_items = programId ? storage::ItemRepository(db).page(programId, std::numeric_limits<int>::min(), rows + 1)
                        : QVector<Item>();
    // One more than asked tells whether there is a rest, without counting the program.
    m_complete = m_items.size() <= rows;
    if (!m_complete)
        m_items.removeLast();
    m_searchKeys.clear();
    m_rowOfId.clear();
    appendLoaded(0);
    endResetModel();
}

void ItemTableModel::loadRest()
{
    if (m_complete || !m_db)
        return;
    m_complete = true;
    QVector<Item> rest = storage::ItemRepository(*m_db).page(
        m_programId, m_items.isEmpty() ? std::numeric_limits<int>::min() : m_items.last().number, -1);
    if (!rest.isEmpty()) {
        const int from = int(m_items.size());
        beginInsertRows({}, from, from + int(rest.size()) - 1);
        m_items.reserve(from + rest.size());
        for (Item& it : rest)
            m_items.append(std::move(it));
        appendLoaded(from);
        endInsertRows();
    }
    emit loadCompleted();
}

void ItemTableModel::loadUnits(storage::Database& db, int year)
{
    m_units.clear();
    storage::UnitRepository unitRepo(db);
    m_unitKeys.clear();
    for (const Unit& u : unitRepo.all()) {
        m_units.insert(u.id, u);
        m_unitKeys.insert(u.id,
                          text::fold(u.name + QLatin1Char('\n') + u.shortName + QLatin1Char('\n') + u.code).toUtf8());
    }
    m_yearUnits = unitRepo.inYear(year);
}

void ItemTableModel::appendLoaded(int from)
{
    // Search keys and the row of each id for the items from row @p from on.
    m_searchKeys.reserve(m_items.size());
    m_rowOfId.reserve(m_items.size());
    for (int row = from; row < m_items.size(); ++row) {
        const Item& it = m_items.at(row);
        m_searchKeys.append(makeSearchKey(it));
        m_rowOfId.insert(it.id, row);
    }
}

void ItemTableModel::clear()
{
    beginResetModel();
    m_db = nullptr;
    m_complete = true;
    m_programId = 0;
    m_items.clear();
    m_searchKeys.clear();
    m_rowOfId.clear();
    endResetModel();
}

void ItemTableModel::setToday(QDate today)
{
    m_today = today;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ItemTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

QString ItemTableModel::unitName(qint64 id) const
{
    auto it = m_units.constFind(id);
    return it == m_units.constEnd() ? QString() : it->displayName();
}

QString ItemTableModel::coUnitNames(const Item& it) const
{
    QStringList names;
    for (qint64 id : it.coUnitIds)
        names.append(unitName(id));
    if (!it.coUnitsText.isEmpty())
        names.append(it.coUnitsText); // a phrase kept as written: "Các phòng liên quan"
    return names.join(QStringLiteral("; "));
}

QByteArray ItemTableModel::makeSearchKey(const Item& it) const
{
    // Folded text is nearly all ASCII: UTF-8 bytes take half the memory of a QString and
    // substring search on them is exact. Fields are kept apart by '\n' (fold() never leaves
    // one), so a search never matches across two of them; unit names are folded once per unit.
    QByteArray key = text::fold(it.content).toUtf8();
    key += '\n';
    key += text::fold(it.note).toUtf8();
    key += '\n';
    key += m_unitKeys.value(it.leadUnitId);
    for (qint64 id : it.coUnitIds) {
        key += '\n';
        key += m_unitKeys.value(id);
    }
    key.squeeze(); // toUtf8() reserved three bytes a character: 100 000 keys kept ~25 MiB spare
    return key;
}

QStringList ItemTableModel::distinctValues(Column column) const
{
    QSet<QString> seen;
    for (const Item& it : m_items) {
        const QString& v = column == Leader  ? it.leader
                           : column == Group ? it.group
                           : column == Form  ? it.form
                                             : it.level;
        if (!v.isEmpty())
            seen.insert(v);
    }
    QStringList out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return text::compare(a, b) < 0; });
    return out;
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item& it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case Number:
            return role == SortRole ? QVariant(it.number) : QVariant(QString::number(it.number));
        case Content:
            return it.content;
        case LeadUnit:
            return unitName(it.leadUnitId);
        case CoUnits:
            return coUnitNames(it);
        case Deadline:
            if (role == SortRole)
                return it.deadline.due();
            if (role == Qt::DisplayRole && it.isOverdue(m_today))
                return tr("%1 — quá hạn").arg(it.deadline.text());
            return it.deadline.text();
        case Leader:
            return it.leader;
        case Group:
            return it.group;
        case Form:
            return it.form;
        case Level:
            return it.level;
        case Status:
            return StatusInfo::label(it.status);
        case Note:
            return it.note;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Deadline) {
            if (it.deadline.hasDueDate()) {
                QString tip = tr("Hạn: %1").arg(formatDate(it.deadline.due()));
                if (it.isOverdue(m_today))
                    tip += QLatin1Char('\n') + tr("Quá hạn %n ngày", nullptr, int(it.deadline.due().daysTo(m_today)));
                return tip;
            }
            return it.deadline.isEmpty() ? tr("Chưa có thời hạn") : tr("Không có ngày hạn cố định");
        }
        if (index.column() == Content || index.column() == Note || index.column() == CoUnits)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        if (it.isOverdue(m_today) && (index.column() == Deadline || index.column() == Number))
            return QBrush(QColor(0xA8, 0x1C, 0x1C));
        return {};
    case Qt::DecorationRole:
        if (index.column() == Deadline && it.isOverdue(m_today)) {
            static const QColor red(0xC6, 0x28, 0x28);
            return red;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int((index.column() == Number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    case ItemIdRole:
        return it.id;
    case LeadUnitIdRole:
        return it.leadUnitId;
    case CoUnitIdsRole: {
        QVariantList ids;
        for (qint64 id : it.coUnitIds)
            ids.append(id);
        return ids;
    }
    case StatusRole:
        return int(it.status);
    case DueDateRole:
        return it.deadline.due();
    case OverdueRole:
        return it.isOverdue(m_today);
    case EditTextRole:
        return index.column() == Deadline ? it.deadline.text() : data(index, Qt::EditRole);
    }
    return {};
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Number)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ItemTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size() ||
        (role != Qt::EditRole && role != LeadUnitIdRole && role != CoUnitIdsRole && role != StatusRole))
        return false;
    Item after = m_items.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Content:
        if (text.isEmpty()) {
            emit errorOccurred(tr("Nội dung công việc không được để trống."));
            return false;
        }
        after.content = text;
        break;
    case LeadUnit:
        if (!m_units.contains(value.toLongLong()))
            return false;
        after.leadUnitId = value.toLongLong();
        after.coUnitIds.removeAll(after.leadUnitId);
        break;
    case CoUnits: {
        after.coUnitIds.clear();
        for (const QVariant& v : value.toList())
            if (v.toLongLong() != after.leadUnitId && m_units.contains(v.toLongLong()))
                after.coUnitIds.append(v.toLongLong());
        break;
    }
    case Deadline: {
        QString why;
        std::optional<wp::Deadline> d = wp::Deadline::parse(text, m_year, &why);
        if (!d) {
            emit errorOccurred(why);
            return false;
        }
        after.deadline = *d;
        break;
    }
    case Leader:
        after.leader = text;
        break;
    case Group:
        after.group = text;
        break;
    case Form:
        after.form = text;
        break;
    case Level:
        after.level = text;
        break;
    case Status:
        after.status = wp::Status(value.toInt());
        break;
    case Note:
        after.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    return editItems({after},
                     tr("Sửa %1 của nội dung số %2").arg(columnTitle(index.column()).toLower()).arg(after.number));
}

bool ItemTableModel::editItems(const QVector<Item>& after, const QString& description)
{
    loadRest(); // a change is made on the whole program, never on the first page only
    QVector<Item> before;
    QVector<Item> changed;
    for (const Item& a : after) {
        const int row = rowOfId(a.id);
        if (row < 0)
            continue;
        const Item& b = m_items.at(row);
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

bool ItemTableModel::pushCommand(QUndoCommand* command)
{
    m_commandFailed = false;
    m_undo->push(command); // runs redo(); a command that could not write is obsolete and dropped
    return !m_commandFailed;
}

bool ItemTableModel::addItems(QVector<Item> items, const QString& description)
{
    loadRest();
    for (Item& it : items)
        it.programId = m_programId;
    if (!m_undo)
        return insertItems(items);
    return pushCommand(new AddItemsCommand(this, items, description));
}

bool ItemTableModel::removeItems(const QVector<qint64>& ids, const QString& description)
{
    loadRest();
    QVector<Item> items;
    for (qint64 id : ids)
        if (int row = rowOfId(id); row >= 0)
            items.append(m_items.at(row));
    if (items.isEmpty())
        return true;
    if (!m_undo)
        return deleteItems(ids);
    return pushCommand(new RemoveItemsCommand(this, items, description));
}

void ItemTableModel::refreshRow(int row, const Item& it)
{
    const bool renumbered = m_items.at(row).number != it.number;
    m_items[row] = it;
    m_searchKeys[row] = makeSearchKey(it);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (renumbered)
        keepNumberOrder(row);
}

void ItemTableModel::keepNumberOrder(int row)
{
    // The rows stay in number order (ItemFilterProxy shows them in this order without sorting):
    // a renumbered item moves to its place.
    const int number = m_items.at(row).number;
    int to = row;
    while (to > 0 && m_items.at(to - 1).number > number)
        --to;
    while (to + 1 < m_items.size() && m_items.at(to + 1).number < number)
        ++to;
    if (to == row)
        return;
    beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
    m_items.move(row, to);
    m_searchKeys.move(row, to);
    for (int r = std::min(row, to); r <= std::max(row, to); ++r)
        m_rowOfId.insert(m_items.at(r).id, r);
    endMoveRows();
}

bool ItemTableModel::writeItems(const QVector<Item>& items)
{
    if (!m_db)
        return false;
    QVector<Item> toWrite;
    for (Item it : items) {
        const int row = rowOfId(it.id);
        if (row < 0) {
            emit errorOccurred(tr("Nội dung số %1 không còn trong chương trình.").arg(it.number));
            return false;
        }
        it.rowVersion = m_items.at(row).rowVersion; // undo and redo write over the version we hold now
        toWrite.append(it);
    }
    try {
        if (m_actor) {
            // Signed in: the workflow's rules and history. A status is changed by the review
            // actions (transitions), never by an edit.
            for (const Item& it : toWrite)
                if (it.status != m_items.at(rowOfId(it.id)).status) {
                    emit errorOccurred(
                        tr("Nội dung số %1: trạng thái chỉ đổi được bằng các thao tác duyệt (đề xuất, tiếp "
                           "nhận, trả lại, phê duyệt…) khi đã đăng nhập.")
                            .arg(it.number));
                    return false;
                }
            storage::WorkflowService(*m_db, *m_actor).editMany(toWrite);
        } else {
            storage::ItemService(*m_db).update(toWrite);
        }
    } catch (const storage::StorageError& e) {
        emit errorOccurred(e.message());
        return false;
    }
    for (const Item& it : toWrite)
        refreshRow(rowOfId(it.id), it);
    emit itemsChanged();
    return true;
}

bool ItemTableModel::insertItems(QVector<Item>& items)
{
    if (!m_db)
        return false;
    try {
        storage::ItemService(*m_db).create(items, m_actor ? m_actor->login : QString());
    } catch (const storage::StorageError& e) {
        emit errorOccurred(e.message());
        return false;
    }
    const bool reset = items.size() > ResetThreshold;
    if (reset)
        beginResetModel();
    for (const Item& it : items) {
        auto pos = std::lower_bound(m_items.begin(), m_items.end(), it.number,
                                    [](const Item& a, int number) { return a.number < number; });
        const int row = int(pos - m_items.begin());
        if (!reset)
            beginInsertRows({}, row, row);
        m_items.insert(row, it);
        m_searchKeys.insert(row, makeSearchKey(it));
        if (!reset)
            endInsertRows();
    }
    m_rowOfId.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rowOfId.insert(m_items.at(row).id, row);
    if (reset)
        endResetModel();
    emit itemsChanged();
    return true;
}

bool ItemTableModel::deleteItems(const QVector<qint64>& ids)
{
    if (!m_db)
        return false;
    try {
        storage::ItemService(*m_db).remove(ids, m_actor ? m_actor->login : QString());
    } catch (const storage::StorageError& e) {
        emit errorOccurred(e.message());
        return false;
    }
    QVector<int> rows;
    for (qint64 id : ids)
        if (int row = rowOfId(id); row >= 0)
            rows.append(row);
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const bool reset = rows.size() > ResetThreshold;
    if (reset)
        beginResetModel();
    for (int row : rows) {
        if (!reset)
            beginRemoveRows({}, row, row);
        m_items.remove(row);
        m_searchKeys.remove(row);
        if (!reset)
            endRemoveRows();
    }
    m_rowOfId.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rowOfId.insert(m_items.at(row).id, row);
    if (reset)
        endResetModel();
    emit itemsChanged();
    return true;
}

QString ItemTableModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("STT");
    case Content:
        return tr("Nội dung công việc");
    case LeadUnit:
        return tr("Cơ quan chủ trì");
    case CoUnits:
        return tr("Cơ quan phối hợp");
    case Deadline:
        return tr("Thời hạn");
    case Leader:
        return tr("Lãnh đạo phụ trách");
    case Group:
        return tr("Nhóm nhiệm vụ");
    case Form:
        return tr("Hình thức");
    case Level:
        return tr("Cấp trình");
    case Status:
        return tr("Trạng thái");
    case Note:
        return tr("Ghi chú");
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace wp::models
