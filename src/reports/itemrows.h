#pragma once

// Private to wp_reports: items as table rows.

#include "workprogram/reports/reportcontent.h"

#include <QHash>

#include <memory>

namespace wp::reports {

/// The names of units as the cells of a table print them.
class UnitNames
{
public:
    explicit UnitNames(const ReportData& data);
    /// The short form ("Phòng TC-KH") used inside tables.
    QString shortName(qint64 id) const;
    QString fullName(qint64 id) const;
    QString coUnits(const Item& item) const;

private:
    QHash<qint64, const Unit*> m_units;
};

enum class ItemColumn
{
    Number,
    Content,
    Lead,
    CoUnits,
    Level,
    Deadline,
    Leader,
    Status,
    DaysOverdue
};

/// The title and alignment of @p column, taking @p weight of the table width.
TableColumn itemColumn(ItemColumn column, double weight);

/// Items of a ReportData as rows, with group headings between them. Rows hold indices only;
/// the text of a row is made when the table asks for it.
class ItemRows final : public TableRows
{
public:
    ItemRows(const ReportData& data, std::shared_ptr<const UnitNames> names, QVector<ItemColumn> columns);
    void addHeading(const QString& number, const QString& text);
    void addItem(int index);
    int count() const override { return int(m_entries.size()); }
    TableRow row(int i) const override;

private:
    struct Entry
    {
        int item = -1;    ///< index into data.items, or -1 for a heading
        int heading = -1; ///< index into m_headings
    };
    const ReportData& m_data;
    std::shared_ptr<const UnitNames> m_names;
    QVector<ItemColumn> m_columns;
    QVector<Entry> m_entries;
    QVector<QPair<QString, QString>> m_headings;
};

} // namespace wp::reports
