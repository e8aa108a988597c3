#include "workprogram/models/historymodel.h"

#include "columnlabels.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"

#include <algorithm>

namespace wp::models {

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::load(storage::Database& db, qint64 itemId)
{
    beginResetModel();
    m_itemId = itemId;
    m_entries = itemId ? storage::HistoryRepository(db).forItem(itemId) : QVector<storage::HistoryEntry>();
    // Newest first; rows written in the same millisecond keep the order they were written in.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const storage::HistoryEntry& a, const storage::HistoryEntry& b) {
                         return a.at != b.at ? a.at > b.at : a.id > b.id;
                     });
    m_people.clear();
    m_units.clear();
    if (itemId) {
        for (const User& u : storage::UserRepository(db).all())
            m_people.insert(u.login, u.fullName.isEmpty() ? u.login : tr("%1 (%2)").arg(u.fullName, u.login));
        for (const Unit& u : storage::UnitRepository(db).all())
            m_units.insert(u.id, u.displayName());
    }
    endResetModel();
}

void HistoryModel::clear()
{
    beginResetModel();
    m_itemId = 0;
    m_entries.clear();
    endResetModel();
}

QString HistoryModel::describe(const storage::HistoryEntry& e)
{
    switch (e.kind) {
    case storage::HistoryEntry::Kind::Transition:
        return tr("%1 → %2").arg(e.from ? StatusInfo::label(*e.from) : tr("—"),
                                 e.to ? StatusInfo::label(*e.to) : tr("—"));
    case storage::HistoryEntry::Kind::Edit:
        return tr("Sửa nội dung");
    case storage::HistoryEntry::Kind::Comment:
        return tr("Ý kiến");
    case storage::HistoryEntry::Kind::Create:
        return tr("Thêm nội dung (%1)").arg(e.to ? StatusInfo::label(*e.to) : tr("—"));
    case storage::HistoryEntry::Kind::Delete:
        return tr("Xóa nội dung (%1)").arg(e.from ? StatusInfo::label(*e.from) : tr("—"));
    }
    return {};
}

QString HistoryModel::fieldValue(const QString& field, const QString& value) const
{
    if (value.isEmpty())
        return tr("(trống)");
    if (field == ItemFields::key(ItemField::LeadUnit) || field == ItemFields::key(ItemField::CoUnits)) {
        QStringList names;
        for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.append(m_units.value(id.toLongLong(), id));
        return names.join(QStringLiteral("; "));
    }
    return value;
}

QString HistoryModel::details(const storage::HistoryEntry& e) const
{
    QStringList lines;
    if (!e.comment.isEmpty())
        lines.append(e.comment);
    for (const storage::FieldChange& c : e.changes) {
        QString label = c.field;
        for (ItemField f : ItemFields::editable())
            if (ItemFields::key(f) == c.field)
                label = ItemFields::label(f);
        lines.append(tr("%1: %2 → %3").arg(label, fieldValue(c.field, c.oldValue), fieldValue(c.field, c.newValue)));
    }
    return lines.join(QLatin1Char('\n'));
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const storage::HistoryEntry& e = m_entries.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    if (role == HistoryIdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case Who:
        return m_people.value(e.login, e.login);
    case What:
        return describe(e);
    case Details:
        return details(e);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const labels[] = {QT_TR_NOOP("Thời gian"), QT_TR_NOOP("Người thực hiện"), QT_TR_NOOP("Thao tác"),
                                         QT_TR_NOOP("Nội dung, lý do")};
    const char* label =
        orientation == Qt::Horizontal && role == Qt::DisplayRole ? columnLabel(labels, section) : nullptr;
    return label ? tr(label) : QVariant();
}

} // namespace wp::models
