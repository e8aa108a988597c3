#pragma once

#include "workprogram/storage/database.h"
#include "workprogram/storage/history.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wp::models {

/// The history of one item, newest first: when, who, what (status from → to, an edit, a
/// comment) and the details (the comment, field old → new). Reads HistoryRepository.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        What,
        Details,
        ColumnCount
    };
    enum Role : int
    {
        KindRole = Qt::UserRole,
        HistoryIdRole
    };

    explicit HistoryModel(QObject* parent = nullptr);

    /// Loads the history of item @p itemId (0: empties the model).
    void load(storage::Database& db, qint64 itemId);
    void clear();
    qint64 itemId() const { return m_itemId; }
    const storage::HistoryEntry& entry(int row) const { return m_entries.at(row); }

    /// "Đề xuất → Đưa vào dự thảo", "Sửa", "Ý kiến".
    static QString describe(const storage::HistoryEntry& e);
    /// The comment, then one "Field: old → new" line per changed field.
    QString details(const storage::HistoryEntry& e) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fieldValue(const QString& field, const QString& value) const;
    qint64 m_itemId = 0;
    QVector<storage::HistoryEntry> m_entries;
    QHash<QString, QString> m_people; ///< login → "Full name (login)"
    QHash<qint64, QString> m_units;   ///< unit id → display name
};

} // namespace wp::models
