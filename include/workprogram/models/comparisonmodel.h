#pragma once

#include "workprogram/core/comparison.h"
#include "workprogram/core/program.h"
#include "workprogram/core/unit.h"
#include "workprogram/storage/database.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace wp::models {

/// Compares snapshot @p fromId of program @p programId with snapshot @p toId, or with the items as they
/// are now when @p toId is empty: the same wp::Comparison the CLI's `diff` prints.
Comparison compareRounds(storage::Database& db, qint64 programId, qint64 fromId, std::optional<qint64> toId);

/// The per-unit table of a comparison (before, after, added, removed, changed, merged) in the
/// units' display order, and a total row.
class ComparisonUnitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Unit,
        Before,
        After,
        Added,
        Removed,
        Changed,
        Merged,
        ColumnCount
    };
    enum Role : int
    {
        IsTotalRole = Qt::UserRole
    };

    explicit ComparisonUnitModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setComparison(const Comparison& comparison, const QVector<wp::Unit>& units);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<UnitDiff> m_rows; ///< the last one is the total
    QHash<qint64, QString> m_names;
};

/// The items that differ: added, removed, merged and changed; a changed item's fields are
/// listed old → new and highlighted by colour and by the marker "✎ đã sửa".
class ComparisonItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Unit,
        Change,
        Content,
        Fields,
        ColumnCount
    };
    enum Role : int
    {
        IsChangedFieldRole = Qt::UserRole
    };
    enum class Kind
    {
        Added,
        Removed,
        Changed,
        Merged
    };

    explicit ComparisonItemModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setComparison(const Comparison& comparison, const QVector<wp::Unit>& units);
    Kind kind(int row) const { return m_rows.at(row).what; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "nội dung", "thời gian", … for a FieldDiff::field key.
    static QString fieldLabel(const QString& key);

private:
    struct Row
    {
        Kind what;
        Item item;
        QVector<FieldDiff> fields;
    };
    QVector<Row> m_rows;
    QHash<qint64, QString> m_names;
};

} // namespace wp::models
