#include "workprogram/models/comparisonmodel.h"

#include "columnlabels.h"

#include "workprogram/core/itemfields.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>

#include <algorithm>
#include <iterator>

namespace wp::models {

namespace {

/// The counts of ComparisonUnitModel's columns after the unit, in column order (Before … Merged):
/// what a row shows and what the total adds up.
constexpr int UnitDiff::*countColumns[] = {&UnitDiff::before,  &UnitDiff::after,   &UnitDiff::added,
                                           &UnitDiff::removed, &UnitDiff::changed, &UnitDiff::merged};
static_assert(std::size(countColumns) == ComparisonUnitModel::ColumnCount - ComparisonUnitModel::Before);

} // namespace

Comparison compareRounds(storage::Database& db, qint64 programId, qint64 fromId, std::optional<qint64> toId)
{
    storage::SnapshotRepository snapshots(db);
    const std::optional<storage::Snapshot> from = snapshots.byId(fromId);
    QVector<Item> before;
    if (from && from->programId == programId)
        before = from->items();
    QVector<Item> after;
    if (toId) {
        const std::optional<storage::Snapshot> to = snapshots.byId(*toId);
        if (to && to->programId == programId)
            after = to->items();
    } else {
        after = storage::ItemRepository(db).list(programId);
    }
    QHash<qint64, QString> names;
    for (const wp::Unit& u : storage::UnitRepository(db).all())
        names.insert(u.id, u.displayName());
    return Comparison::compare(before, after, names);
}

void ComparisonUnitModel::setComparison(const Comparison& comparison, const QVector<wp::Unit>& units)
{
    beginResetModel();
    m_names.clear();
    QHash<qint64, int> order;
    for (const wp::Unit& u : units) {
        m_names.insert(u.id, u.displayName());
        order.insert(u.id, u.displayOrder);
    }
    m_rows = comparison.units;
    std::sort(m_rows.begin(), m_rows.end(), [&order](const UnitDiff& a, const UnitDiff& b) {
        const int x = order.value(a.unitId);
        const int y = order.value(b.unitId);
        return x != y ? x < y : a.unitId < b.unitId;
    });
    UnitDiff total;
    for (const UnitDiff& u : m_rows)
        for (int UnitDiff::*count : countColumns)
            total.*count += u.*count;
    m_rows.append(total);
    endResetModel();
}

int ComparisonUnitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonUnitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonUnitModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const bool total = index.row() == m_rows.size() - 1;
    const UnitDiff& u = m_rows.at(index.row());
    if (role == IsTotalRole)
        return total;
    if (role == Qt::TextAlignmentRole && index.column() != Unit)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Unit)
        return total ? tr("Tổng cộng") : m_names.value(u.unitId, tr("Đơn vị #%1").arg(u.unitId));
    if (index.column() >= Before && index.column() < ColumnCount)
        return u.*countColumns[index.column() - Before];
    return {};
}

QVariant ComparisonUnitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const labels[] = {QT_TR_NOOP("Đơn vị chủ trì"),
                                         QT_TR_NOOP("Trước"),
                                         QT_TR_NOOP("Sau"),
                                         QT_TR_NOOP("Thêm"),
                                         QT_TR_NOOP("Bớt"),
                                         QT_TR_NOOP("Sửa"),
                                         QT_TR_NOOP("Gộp")};
    return columnHeader(*this, labels, section, orientation, role);
}

void ComparisonItemModel::setComparison(const Comparison& comparison, const QVector<wp::Unit>& units)
{
    beginResetModel();
    m_names.clear();
    for (const wp::Unit& u : units)
        m_names.insert(u.id, u.displayName());
    m_rows.clear();
    for (const ItemDiff& d : comparison.changed)
        m_rows.append({Kind::Changed, d.after, d.fields});
    for (const Item& it : comparison.added)
        m_rows.append({Kind::Added, it, {}});
    for (const Item& it : comparison.removed)
        m_rows.append({Kind::Removed, it, {}});
    for (const Item& it : comparison.merged)
        m_rows.append({Kind::Merged, it, {}});
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row& a, const Row& b) { return a.item.number < b.item.number; });
    endResetModel();
}

int ComparisonItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComparisonItemModel::fieldLabel(const QString& key)
{
    return ItemFields::changeLabel(key);
}

QVariant ComparisonItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const bool highlighted = r.what == Kind::Changed && index.column() == Fields;
    const bool contentChanged =
        r.what == Kind::Changed && std::any_of(r.fields.cbegin(), r.fields.cend(),
                                               [](const FieldDiff& f) { return f.field == QLatin1String("content"); });
    if (role == IsChangedFieldRole)
        return highlighted || (index.column() == Content && contentChanged);
    if (role == Qt::BackgroundRole) {
        if (highlighted || (index.column() == Content && contentChanged))
            return QBrush(QColor(0xff, 0xf0, 0xb3)); // light amber: a changed field
        if (index.column() == Change && r.what == Kind::Added)
            return QBrush(QColor(0xd9, 0xf2, 0xd9));
        if (index.column() == Change && (r.what == Kind::Removed || r.what == Kind::Merged))
            return QBrush(QColor(0xf8, 0xd7, 0xd7));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Fields)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return r.item.number;
    case Unit:
        return m_names.value(r.item.leadUnitId, tr("Đơn vị #%1").arg(r.item.leadUnitId));
    case Change:
        switch (r.what) {
        case Kind::Added:
            return tr("+ Thêm");
        case Kind::Removed:
            return tr("− Bớt");
        case Kind::Merged:
            return tr("⇢ Gộp");
        case Kind::Changed:
            return tr("✎ Sửa");
        }
        return {};
    case Content:
        return contentChanged ? tr("✎ %1").arg(r.item.content) : r.item.content;
    case Fields: {
        QStringList lines;
        // Dates are stored as ISO text; people read dd/MM/yyyy.
        const auto shown = [](const QString& v) {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            return v.size() == 10 && d.isValid() ? formatDate(d) : v;
        };
        for (const FieldDiff& f : r.fields)
            lines.append(tr("✎ %1: \"%2\" → \"%3\"").arg(fieldLabel(f.field), shown(f.oldValue), shown(f.newValue)));
        return lines.join(QLatin1Char('\n'));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComparisonItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const labels[] = {QT_TR_NOOP("STT"), QT_TR_NOOP("Đơn vị chủ trì"), QT_TR_NOOP("Thay đổi"),
                                         QT_TR_NOOP("Nội dung công việc"), QT_TR_NOOP("Trường đã sửa (cũ → mới)")};
    return columnHeader(*this, labels, section, orientation, role);
}

} // namespace wp::models
