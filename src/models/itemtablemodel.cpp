#include "workprogram/models/itemtablemodel.h"

#include "workprogram/core/text.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QBrush>
#include <QColor>

namespace wp::models {

ItemTableModel::ItemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ItemTableModel::load(storage::Database& db, qint64 programId, QDate today)
{
    beginResetModel();
    m_today = today;
    m_units.clear();
    for (const Unit& u : storage::UnitRepository(db).all())
        m_units.insert(u.id, u);
    m_items = storage::ItemRepository(db).list(programId);
    m_searchText.clear();
    m_searchText.reserve(m_items.size());
    for (const Item& it : m_items)
        m_searchText.append(text::fold(it.content + QLatin1Char(' ') + it.note + QLatin1Char(' ') +
                                       unitName(it.leadUnitId) + QLatin1Char(' ') + coUnitNames(it)));
    endResetModel();
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
    return names.join(QStringLiteral("; "));
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
    const bool overdue = it.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
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
            return overdue ? tr("%1 (quá hạn)").arg(it.deadline.text()) : it.deadline.text();
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
        if (index.column() == Deadline && it.deadline.hasDueDate())
            return tr("Hạn: %1").arg(it.deadline.due().toString(QStringLiteral("dd/MM/yyyy")));
        if (index.column() == Content)
            return it.content;
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Deadline || index.column() == Number))
            return QBrush(QColor(0xB0, 0x1E, 0x1E));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return int(Qt::AlignRight | Qt::AlignTop);
        return int(Qt::AlignLeft | Qt::AlignTop);
    case ItemIdRole:
        return it.id;
    case LeadUnitIdRole:
        return it.leadUnitId;
    case StatusRole:
        return int(it.status);
    case DueDateRole:
        return it.deadline.due();
    case OverdueRole:
        return overdue;
    case SearchTextRole:
        return m_searchText.at(index.row());
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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

} // namespace wp::models
