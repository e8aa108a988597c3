#include "workprogram/models/itemtablemodel.h"

#include "workprogram/core/itemfields.h"
#include "workprogram/core/search.h"
#include "workprogram/core/text.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemstyle.h"

#include <QColor>
#include <QSet>

#include <algorithm>

namespace wp::models {

// The columns are the item's fields, in their order (one list: wp::ItemFields).
static_assert(ItemTableModel::ColumnCount == ItemFieldCount);
static_assert(ItemTableModel::Number == int(ItemField::Number) && ItemTableModel::Content == int(ItemField::Content) &&
              ItemTableModel::LeadUnit == int(ItemField::LeadUnit) &&
              ItemTableModel::CoUnits == int(ItemField::CoUnits) &&
              ItemTableModel::Deadline == int(ItemField::Deadline) &&
              ItemTableModel::Leader == int(ItemField::Leader) && ItemTableModel::Group == int(ItemField::Group) &&
              ItemTableModel::Form == int(ItemField::Form) && ItemTableModel::Level == int(ItemField::Level) &&
              ItemTableModel::Status == int(ItemField::Status) && ItemTableModel::Note == int(ItemField::Note));

namespace {
// Beyond this many rows a change resets the model instead of signalling row by row.
constexpr int ResetThreshold = 200;
} // namespace

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

void ItemTableModel::reset(Contents contents)
{
    beginResetModel();
    if (contents.programId != m_programId)
        m_pending.clear(); // another program: the cells typed in are not shown any more
    m_programId = contents.programId;
    m_year = contents.year;
    m_today = contents.today;
    m_complete = contents.complete;
    m_units = std::move(contents.units);
    m_yearUnits = std::move(contents.yearUnits);
    m_unitKeys.clear();
    for (const Unit& u : std::as_const(m_units))
        m_unitKeys.insert(u.id, search::unitText(u));
    m_items = std::move(contents.items);
    m_searchKeys.clear();
    m_rowOfId.clear();
    indexRows(0);
    endResetModel();
}

void ItemTableModel::appendRest(QVector<Item> rest)
{
    m_complete = true;
    if (!rest.isEmpty()) {
        const int from = int(m_items.size());
        beginInsertRows({}, from, from + int(rest.size()) - 1);
        m_items.reserve(from + rest.size());
        for (Item& it : rest)
            m_items.append(std::move(it));
        indexRows(from);
        endInsertRows();
    }
    emit loadCompleted();
}

void ItemTableModel::indexRows(int from)
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

void ItemTableModel::reindexIds()
{
    m_rowOfId.clear();
    for (int row = 0; row < m_items.size(); ++row)
        m_rowOfId.insert(m_items.at(row).id, row);
}

void ItemTableModel::clear()
{
    beginResetModel();
    m_pending.clear();
    m_complete = true;
    m_programId = 0;
    m_items.clear();
    m_searchKeys.clear();
    m_rowOfId.clear();
    endResetModel();
}

void ItemTableModel::discardPending()
{
    if (m_pending.isEmpty())
        return;
    const QList<qint64> ids = m_pending.keys();
    m_pending.clear();
    for (const qint64 id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    emit pendingChanged();
}

void ItemTableModel::setEditor(ItemEditor* editor)
{
    m_editor = editor;
}

ItemEditor* ItemTableModel::editor() const
{
    return m_editor;
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
    // The item's search text and its units' (search::Query's rule: UTF-8, fields closed, so a
    // phrase never runs from one field into the next); unit names are folded once per unit.
    QByteArray key = search::itemText(it);
    key += m_unitKeys.value(it.leadUnitId);
    for (qint64 id : it.coUnitIds)
        key += m_unitKeys.value(id);
    key.squeeze(); // the text was made with room to spare: 100 000 keys would keep megabytes of it
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
    const Item& shown = m_items.at(index.row());
    // A cell edited while the connection was lost shows what was typed, in its own colour.
    const auto pending = m_pending.isEmpty() ? m_pending.constEnd() : m_pending.constFind(shown.id);
    const bool isPending = pending != m_pending.constEnd() && pending->columns.contains(index.column());
    const Item& it = isPending ? pending->item : shown;
    if (isPending && role == Qt::ForegroundRole)
        return QColor(0xb3, 0x59, 0x00);
    if (isPending && role == Qt::ToolTipRole)
        return tr("Chưa lưu: mất kết nối máy chủ. Sẽ lưu khi kết nối lại.\n%1")
            .arg(data(index, Qt::DisplayRole).toString());
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
        // The whole text of any cell a row may show elided (ItemDelegate: whole lines only).
        if (index.column() != Number && index.column() != Status)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        return ItemStyle::foreground(it, index.column(), m_today);
    case Qt::DecorationRole:
        return ItemStyle::decoration(it, index.column(), m_today);
    case Qt::TextAlignmentRole:
        return ItemStyle::alignment(index.column());
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
    if (!m_editor || !index.isValid() || index.row() >= m_items.size() ||
        (role != Qt::EditRole && role != LeadUnitIdRole && role != CoUnitIdsRole && role != StatusRole))
        return false;
    const qint64 id = m_items.at(index.row()).id;
    // A second edit of a row while the connection is lost goes on top of the first.
    Item after = m_pending.contains(id) ? m_pending.value(id).item : m_items.at(index.row());
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
    if (m_pending.contains(id) || m_editor->offline()) {
        // Nothing can be written now: what was typed stays in the cell, written once the
        // connection is back (writePending), at the version the edit started from.
        Pending& p = m_pending[id];
        p.item = after;
        p.columns.insert(index.column());
        emit dataChanged(index, index);
        emit pendingChanged();
        if (!m_editor->offline())
            writePending();
        return true;
    }
    return m_editor->editItems(
        {after}, tr("Sửa %1 của nội dung số %2").arg(columnTitle(index.column()).toLower()).arg(after.number));
}

QVector<Item> ItemTableModel::pendingItems() const
{
    QVector<Item> items;
    for (const Pending& p : m_pending)
        items.append(p.item);
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.number < b.number; });
    return items;
}

bool ItemTableModel::writePending()
{
    if (m_pending.isEmpty() || !m_editor)
        return true;
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    const QVector<Item> items = [&] {
        QVector<Item> out;
        for (const Pending& p : pending)
            out.append(p.item);
        return out;
    }();
    const auto repaint = [this](const QHash<qint64, Pending>& cells) {
        for (auto p = cells.cbegin(); p != cells.cend(); ++p)
            if (const int row = rowOfId(p.key()); row >= 0)
                for (int column : p->columns)
                    emit dataChanged(index(row, column), index(row, column));
    };
    const QString description = items.size() == 1
                                    ? tr("Sửa nội dung số %1 (gõ khi mất kết nối)").arg(items.first().number)
                                    : tr("Sửa %n nội dung (gõ khi mất kết nối)", nullptr, int(items.size()));
    const bool written = m_editor->editItems(items, description);
    if (!written && m_editor->offline()) {
        m_pending = pending; // lost again before it could be written: kept for the next time
        return false;
    }
    repaint(pending);
    emit pendingChanged();
    return written;
}

void ItemTableModel::applyUpdated(const QVector<Item>& items)
{
    for (const Item& it : items)
        if (const int row = rowOfId(it.id); row >= 0)
            refreshRow(row, it);
    emit itemsChanged();
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

void ItemTableModel::applyAdded(const QVector<Item>& items)
{
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
    reindexIds();
    if (reset)
        endResetModel();
    emit itemsChanged();
}

void ItemTableModel::applyRemoved(const QVector<qint64>& ids)
{
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
    reindexIds();
    if (reset)
        endResetModel();
    emit itemsChanged();
}

QString ItemTableModel::columnTitle(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return ItemFields::header(ItemField(column));
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace wp::models
