// The progress report: the Government Office's four categories per unit on a chosen day,
// then the items not completed and past their deadline.
#include "documents.h"
#include "itemrows.h"

#include "workprogram/reports/formatting.h"
#include "workprogram/reports/progress.h"

#include <QSet>

#include <algorithm>

namespace wp::reports {
namespace {

/// One row per unit and a total row, every figure summed from the items.
class ProgressRows final : public TableRows
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::ProgressRows)

public:
    ProgressRows(QVector<QString> units, QVector<QString> shortNames, QVector<ProgressTally> tallies)
        : m_units(std::move(units)), m_shortNames(std::move(shortNames)), m_tallies(std::move(tallies))
    {
        for (const ProgressTally& t : m_tallies)
            m_total += t;
    }
    int count() const override { return int(m_units.size()) + 1; }
    TableRow row(int i) const override
    {
        const bool total = i == m_units.size();
        const ProgressTally& t = total ? m_total : m_tallies.at(i);
        return TableRow{total ? TableRow::Kind::Total : TableRow::Kind::Normal,
                        {total ? QString() : QString::number(i + 1), total ? tr("Tổng cộng") : m_units.at(i),
                         QString::number(t.counted()), QString::number(t.onTime), QString::number(t.late),
                         QString::number(t.openInTime), QString::number(t.overdue),
                         Format::percent(t.done(), t.counted())}};
    }
    const ProgressTally& total() const { return m_total; }

    /// The completion rate of every unit with items to count, as bars.
    QVector<ChartBar> rateBars() const
    {
        QVector<ChartBar> bars;
        for (int i = 0; i < m_tallies.size(); ++i) {
            const ProgressTally& t = m_tallies.at(i);
            if (t.counted() > 0)
                bars.append(
                    {m_shortNames.at(i), 100.0 * t.done() / t.counted(), Format::percent(t.done(), t.counted())});
        }
        return bars;
    }

private:
    QVector<QString> m_units;
    QVector<QString> m_shortNames;
    QVector<ProgressTally> m_tallies;
    ProgressTally m_total;
};

class Progress
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::Progress)

public:
    explicit Progress(const ReportData& data)
        : m_data(data), m_names(std::make_shared<UnitNames>(data)),
          m_unitRows(std::make_shared<ProgressRows>(tally(data))),
          m_overdueRows(std::make_shared<ItemRows>(data, m_names,
                                                   QVector<ItemColumn>{ItemColumn::Number, ItemColumn::Content,
                                                                       ItemColumn::Lead, ItemColumn::Deadline,
                                                                       ItemColumn::DaysOverdue, ItemColumn::Leader}))
    {
        // Overdue items by lead unit, in the units' order, then by number.
        QHash<qint64, int> order;
        for (const Unit& u : data.units)
            order.insert(u.id, int(order.size()));
        QVector<int> overdue;
        for (int i = 0; i < data.items.size(); ++i)
            if (classifyProgress(data.items.at(i), data.asOf) == ProgressCategory::OpenOverdue)
                overdue.append(i);
        std::stable_sort(overdue.begin(), overdue.end(), [&](int a, int b) {
            return order.value(data.items.at(a).leadUnitId, INT_MAX) <
                   order.value(data.items.at(b).leadUnitId, INT_MAX);
        });
        for (int i : overdue)
            m_overdueRows->addItem(i);
    }

    ReportContent content() const
    {
        ReportContent content;
        content.title = tr("Báo cáo tiến độ thực hiện Chương trình công tác năm %1").arg(m_data.program.year);
        const storage::ReportSettings& settings = m_data.settings;
        const QString asOf = Format::date(m_data.asOf);
        ReportSection s;
        s.footer = tr("Chương trình công tác năm %1 — Tiến độ đến ngày %2 — %3")
                       .arg(m_data.program.year)
                       .arg(asOf, m_data.sourceLabel);
        s.source = m_data.sourceLabel;
        s.fingerprint = ReportSection::fingerprintOf(m_data);
        s.add(HeaderPart::make(
            settings, Format::documentNumber(settings.documentNumber, QStringLiteral("BC"), settings.issuingBody),
            Format::placeAndDate(settings.place, m_data.date, m_data.program.year)));
        s.addSpace(7);
        s.add(TextPart{{{tr("BÁO CÁO"), {14, true}},
                        {tr("Tiến độ thực hiện Chương trình công tác năm %1").arg(m_data.program.year), {14, true}},
                        {tr("(Tính đến ngày %1)").arg(asOf), {14, false, true}}},
                       40});
        s.addSpace(4);
        s.add(TextPart{{{summary(), {14}, Qt::AlignJustify, 10}}});
        s.addSpace(3);
        s.add(TextPart{{{tr("I. KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ"), {14, true}, Qt::AlignLeft}}}, true);
        s.addSpace(2);
        s.add(TablePart{{{tr("STT"), 11, Qt::AlignHCenter},
                         {tr("Đơn vị chủ trì"), 56, Qt::AlignLeft},
                         {tr("Tổng số"), 14, Qt::AlignHCenter},
                         {tr("Hoàn thành đúng hạn"), 16, Qt::AlignHCenter},
                         {tr("Hoàn thành quá hạn"), 16, Qt::AlignHCenter},
                         {tr("Chưa hoàn thành, còn trong hạn"), 16, Qt::AlignHCenter},
                         {tr("Chưa hoàn thành, đã quá hạn"), 16, Qt::AlignHCenter},
                         {tr("Tỷ lệ hoàn thành (%)"), 20, Qt::AlignHCenter}},
                        m_unitRows,
                        11});
        s.add(TextPart{{{note(), {12, false, true}, Qt::AlignJustify, 0, 1.5}}});
        const QVector<ChartBar> bars = m_unitRows->rateBars();
        if (!bars.isEmpty()) {
            s.addSpace(5);
            s.add(ChartPart{tr("Biểu đồ tỷ lệ hoàn thành theo đơn vị chủ trì (%)"), bars, 100, 4, QStringLiteral("%")});
        }
        s.addSpace(4);
        const int overdue = m_overdueRows->count();
        const TextPart heading{{{tr("II. CÁC NỘI DUNG CHƯA HOÀN THÀNH, ĐÃ QUÁ HẠN (%1 nội dung)").arg(overdue),
                                 {14, true},
                                 Qt::AlignLeft}}};
        s.add(heading, true);
        if (overdue > 0) {
            s.addSpace(2);
            s.add(TablePart{{itemColumn(ItemColumn::Number, 11), itemColumn(ItemColumn::Content, 52),
                             itemColumn(ItemColumn::Lead, 27), itemColumn(ItemColumn::Deadline, 21),
                             itemColumn(ItemColumn::DaysOverdue, 20), itemColumn(ItemColumn::Leader, 34)},
                            m_overdueRows,
                            11});
        } else {
            s.add(TextPart{{{tr("Không có nội dung nào chưa hoàn thành đã quá hạn."), {14}, Qt::AlignLeft, 10}}});
        }
        s.addSpace(8);
        s.addSignature(settings);
        content.sections.append(s);
        return content;
    }

private:
    static ProgressRows tally(const ReportData& data)
    {
        const QHash<qint64, ProgressTally> byUnit = tallyByLeadUnit(data.items, data.asOf);
        QSet<qint64> listed;
        QVector<QString> names;
        QVector<QString> shortNames;
        QVector<ProgressTally> tallies;
        for (const Unit& u : data.units) {
            listed.insert(u.id);
            names.append(u.name);
            shortNames.append(u.displayName());
            tallies.append(byUnit.value(u.id));
        }
        // Lead units missing from the list (none in a consistent database), in item order.
        for (const Item& it : data.items) {
            if (listed.contains(it.leadUnitId))
                continue;
            listed.insert(it.leadUnitId);
            names.append(QString::number(it.leadUnitId));
            shortNames.append(names.last());
            tallies.append(byUnit.value(it.leadUnitId));
        }
        return ProgressRows(names, shortNames, tallies);
    }

    QString summary() const
    {
        const ProgressTally& t = m_unitRows->total();
        return tr("Tính đến ngày %1, Chương trình công tác năm %2 có %3 nội dung; đã hoàn thành %4 nội dung "
                  "(đúng hạn %5, quá hạn %6), đạt %7%; chưa hoàn thành %8 nội dung, trong đó %9 nội dung đã quá hạn.")
            .arg(Format::date(m_data.asOf))
            .arg(m_data.program.year)
            .arg(t.counted())
            .arg(t.done())
            .arg(t.onTime)
            .arg(t.late)
            .arg(Format::percent(t.done(), t.counted()))
            .arg(t.openInTime + t.overdue)
            .arg(t.overdue);
    }

    QString note() const
    {
        const ProgressTally& t = m_unitRows->total();
        QString text = tr("Ghi chú: Tỷ lệ hoàn thành = số nội dung đã hoàn thành / tổng số nội dung. Nội dung hoàn "
                          "thành được tính là quá hạn khi đã có trong chương trình trước thời hạn và được cập nhật "
                          "lần cuối sau thời hạn.");
        if (t.dropped > 0)
            text += QLatin1Char(' ') +
                    tr("Không tính %1 nội dung đã rút khỏi chương trình hoặc không được chấp thuận.").arg(t.dropped);
        return text;
    }

    const ReportData& m_data;
    std::shared_ptr<const UnitNames> m_names;
    std::shared_ptr<ProgressRows> m_unitRows;
    std::shared_ptr<ItemRows> m_overdueRows;
};

} // namespace

ReportContent describeProgress(const ReportData& data)
{
    return Progress(data).content();
}

} // namespace wp::reports
