#include "itemrows.h"

#include "workprogram/reports/progress.h"

#include <iterator>

namespace wp::reports {

UnitNames::UnitNames(const ReportData& data)
{
    for (const Unit& u : data.allUnits)
        m_units.insert(u.id, &u);
    for (const Unit& u : data.units)
        m_units.insert(u.id, &u);
}

QString UnitNames::shortName(qint64 id) const
{
    const Unit* u = m_units.value(id, nullptr);
    return u ? u->displayName() : QString::number(id);
}

QString UnitNames::fullName(qint64 id) const
{
    const Unit* u = m_units.value(id, nullptr);
    return u ? u->name : QString::number(id);
}

QString UnitNames::coUnits(const Item& item) const
{
    QStringList names;
    for (qint64 id : item.coUnitIds)
        names.append(shortName(id));
    if (!item.coUnitsText.isEmpty())
        names.append(item.coUnitsText); // printed as written
    return names.join(QStringLiteral("; "));
}

TableColumn itemColumn(ItemColumn column, double weight)
{
    struct ColumnWords
    {
        const char* header;
        Qt::AlignmentFlag align;
    };
    // In ItemColumn's order.
    static constexpr ColumnWords words[] = {
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "STT"), Qt::AlignHCenter},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Nội dung công việc"), Qt::AlignLeft},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Cơ quan chủ trì"), Qt::AlignLeft},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Cơ quan phối hợp"), Qt::AlignLeft},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Cấp trình"), Qt::AlignHCenter},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Thời hạn"), Qt::AlignHCenter},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Lãnh đạo phụ trách"), Qt::AlignHCenter},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Trạng thái"), Qt::AlignHCenter},
        {QT_TRANSLATE_NOOP("wp::reports::ItemRows", "Số ngày quá hạn"), Qt::AlignHCenter},
    };
    static_assert(std::size(words) == std::size_t(ItemColumn::DaysOverdue) + 1);
    const ColumnWords& w = words[int(column)];
    return {QCoreApplication::translate("wp::reports::ItemRows", w.header), weight, w.align};
}

ItemRows::ItemRows(const ReportData& data, std::shared_ptr<const UnitNames> names, QVector<ItemColumn> columns)
    : m_data(data), m_names(std::move(names)), m_columns(std::move(columns))
{}

void ItemRows::addHeading(const QString& number, const QString& text)
{
    m_entries.append(Entry{-1, int(m_headings.size())});
    m_headings.append({number, text});
}

void ItemRows::addItem(int index)
{
    m_entries.append(Entry{index, -1});
}

TableRow ItemRows::row(int i) const
{
    const Entry& e = m_entries.at(i);
    if (e.item < 0) {
        const auto& [number, text] = m_headings.at(e.heading);
        return TableRow{TableRow::Kind::Heading, {number, text}};
    }
    const Item& it = m_data.items.at(e.item);
    TableRow row;
    for (ItemColumn c : m_columns) {
        switch (c) {
        case ItemColumn::Number:
            row.cells.append(QString::number(it.number));
            break;
        case ItemColumn::Content:
            row.cells.append(it.content);
            break;
        case ItemColumn::Lead:
            row.cells.append(m_names->shortName(it.leadUnitId));
            break;
        case ItemColumn::CoUnits:
            row.cells.append(m_names->coUnits(it));
            break;
        case ItemColumn::Level:
            row.cells.append(it.level);
            break;
        case ItemColumn::Deadline:
            row.cells.append(it.deadline.text());
            break;
        case ItemColumn::Leader:
            row.cells.append(it.leader);
            break;
        case ItemColumn::Status:
            row.cells.append(StatusInfo::label(it.status));
            break;
        case ItemColumn::DaysOverdue:
            row.cells.append(QString::number(daysOverdue(it.deadline.due(), m_data.asOf)));
            break;
        }
    }
    return row;
}

} // namespace wp::reports
