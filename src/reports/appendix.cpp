// The program appendix: every item grouped by lead unit, month or quarter, then the per-unit
// counts of the article's table, its total computed from the same items.
#include "documents.h"
#include "itemrows.h"

#include "workprogram/core/counts.h"
#include "workprogram/reports/formatting.h"

#include <QMap>

#include <climits>

namespace wp::reports {
namespace {

/// The per-unit counts: STT, unit, items; the total row last.
class CountRows final : public TableRows
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::CountRows)

public:
    explicit CountRows(CountTable table) : m_table(std::move(table)) {}
    int count() const override { return int(m_table.rows().size()) + 1; }
    TableRow row(int i) const override
    {
        if (i == m_table.rows().size())
            return TableRow{TableRow::Kind::Total, {QString(), tr("Tổng cộng"), QString::number(m_table.total())}};
        const CountTable::Row& r = m_table.rows().at(i);
        return TableRow{TableRow::Kind::Normal, {QString::number(i + 1), r.unit.name, QString::number(r.total())}};
    }

private:
    CountTable m_table;
};

CountTable countTable(const ReportData& data)
{
    // Counted from the very items listed above the table, so the two can never disagree.
    QHash<QPair<qint64, int>, int> counts;
    for (const Item& it : data.items)
        ++counts[{it.leadUnitId, int(it.status)}];
    QVector<UnitStatusCount> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append(UnitStatusCount{it.key().first, Status(it.key().second), it.value()});
    return CountTable(data.units, rows, data.allUnits);
}

class Appendix
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::Appendix)

public:
    explicit Appendix(const ReportData& data)
        : m_data(data), m_names(std::make_shared<UnitNames>(data)),
          m_itemRows(std::make_shared<ItemRows>(data, m_names, itemColumns()))
    {
        if (data.groupBy == GroupBy::Unit)
            groupByUnit();
        else
            groupByPeriod(data.groupBy == GroupBy::Quarter);
    }

    ReportContent content() const
    {
        ReportContent content;
        content.title = tr("Phụ lục — %1").arg(m_data.program.title);
        ReportSection s;
        s.footer = tr("Phụ lục — Chương trình công tác năm %1 — %2").arg(m_data.program.year).arg(m_data.sourceLabel);
        s.source = m_data.sourceLabel;
        s.fingerprint = ReportSection::fingerprintOf(m_data);
        const storage::ReportSettings& settings = m_data.settings;
        s.add(HeaderPart::make(settings, QString(), QString()));
        s.addSpace(6);
        const QString body = Format::shortBodyName(settings.issuingBody);
        const QString decision = tr("(Kèm theo Quyết định số          /QĐ-%1 ngày       tháng       năm %2 của %3)")
                                     .arg(Format::bodyAbbreviation(settings.issuingBody))
                                     .arg(m_data.program.year)
                                     .arg(body.isEmpty() ? tr("……") : body);
        s.add(TextPart{{{tr("PHỤ LỤC"), {14, true}},
                        {m_data.program.title.toUpper(), {14, true}},
                        {decision, {13, false, true}}},
                       50},
              true);
        s.addSpace(4);
        s.add(TablePart{tableColumns(), m_itemRows, 12});
        s.addSpace(8);
        s.add(TextPart{{{tr("TỔNG HỢP SỐ NỘI DUNG THEO ĐƠN VỊ CHỦ TRÌ"), {13, true}}}}, true);
        s.addSpace(3);
        // The counts table is short: kept whole with its title on one page when it can be.
        s.add(TablePart{{{tr("STT"), 12, Qt::AlignHCenter},
                         {tr("Đơn vị chủ trì"), 110, Qt::AlignLeft},
                         {tr("Số nội dung"), 30, Qt::AlignHCenter}},
                        std::make_shared<CountRows>(countTable(m_data)),
                        12,
                        152,
                        true});
        content.sections.append(s);
        return content;
    }

private:
    QVector<ItemColumn> itemColumns() const
    {
        if (m_data.groupBy == GroupBy::Unit) // the lead unit is the group heading
            return {ItemColumn::Number, ItemColumn::Content,  ItemColumn::CoUnits,
                    ItemColumn::Level,  ItemColumn::Deadline, ItemColumn::Leader};
        return {ItemColumn::Number, ItemColumn::Content,  ItemColumn::Lead,  ItemColumn::CoUnits,
                ItemColumn::Level,  ItemColumn::Deadline, ItemColumn::Leader};
    }

    QVector<TableColumn> tableColumns() const
    {
        if (m_data.groupBy == GroupBy::Unit)
            return {itemColumn(ItemColumn::Number, 15),   itemColumn(ItemColumn::Content, 101),
                    itemColumn(ItemColumn::CoUnits, 42),  itemColumn(ItemColumn::Level, 26),
                    itemColumn(ItemColumn::Deadline, 26), itemColumn(ItemColumn::Leader, 42)};
        return {itemColumn(ItemColumn::Number, 15), itemColumn(ItemColumn::Content, 79),
                itemColumn(ItemColumn::Lead, 34),   itemColumn(ItemColumn::CoUnits, 38),
                itemColumn(ItemColumn::Level, 24),  itemColumn(ItemColumn::Deadline, 24),
                itemColumn(ItemColumn::Leader, 38)};
    }

    QString headingText(const QString& name, int n) const { return tr("%1 (%2 nội dung)").arg(name.toUpper()).arg(n); }

    void groupByUnit()
    {
        QHash<qint64, QVector<int>> byUnit;
        for (int i = 0; i < m_data.items.size(); ++i)
            byUnit[m_data.items.at(i).leadUnitId].append(i);
        int group = 0;
        for (const Unit& u : m_data.units) {
            const QVector<int> items = byUnit.take(u.id);
            if (items.isEmpty())
                continue; // shown with 0 in the counts table
            addGroup(++group, u.name, items);
        }
        for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) // units ReportData did not know
            addGroup(++group, m_names->fullName(it.key()), it.value());
    }

    void groupByPeriod(bool quarters)
    {
        // Keyed by year and period so that a deadline of another year sorts where it falls.
        QMap<int, QVector<int>> groups;
        for (int i = 0; i < m_data.items.size(); ++i) {
            const QDate due = m_data.items.at(i).deadline.due();
            const int period = quarters ? (due.month() - 1) / 3 + 1 : due.month();
            groups[due.isValid() ? due.year() * 100 + period : INT_MAX].append(i);
        }
        int group = 0;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            QString name;
            if (it.key() == INT_MAX) {
                name = tr("Thường xuyên, định kỳ, không có thời hạn cụ thể");
            } else {
                const int year = it.key() / 100;
                const int period = it.key() % 100;
                name = quarters ? tr("Quý %1").arg(Format::roman(period)) : tr("Tháng %1").arg(period);
                if (year != m_data.program.year)
                    name += QStringLiteral("/%1").arg(year);
            }
            addGroup(++group, name, it.value());
        }
    }

    void addGroup(int number, const QString& name, const QVector<int>& items)
    {
        m_itemRows->addHeading(Format::roman(number), headingText(name, int(items.size())));
        for (int i : items)
            m_itemRows->addItem(i);
    }

    const ReportData& m_data;
    std::shared_ptr<const UnitNames> m_names;
    std::shared_ptr<ItemRows> m_itemRows;
};

} // namespace

ReportContent describeAppendix(const ReportData& data)
{
    return Appendix(data).content();
}

} // namespace wp::reports
