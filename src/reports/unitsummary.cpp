// The per-unit summary: one document per lead unit, each starting on a new page.
#include "documents.h"
#include "itemrows.h"

#include "workprogram/reports/formatting.h"

#include <array>

namespace wp::reports {
namespace {

class UnitSummary
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::UnitSummary)

public:
    explicit UnitSummary(const ReportData& data) : m_data(data), m_names(std::make_shared<UnitNames>(data))
    {
        QHash<qint64, int> section;
        for (const Unit& u : data.units) {
            section.insert(u.id, int(m_units.size()));
            m_units.push_back(UnitItems(data, m_names, u));
        }
        for (int i = 0; i < data.items.size(); ++i) {
            const Item& it = data.items.at(i);
            if (!section.contains(it.leadUnitId)) { // never drop an item, even one whose unit is unknown
                Unit unknown;
                unknown.id = it.leadUnitId;
                unknown.name = m_names->fullName(it.leadUnitId);
                section.insert(unknown.id, int(m_units.size()));
                m_units.push_back(UnitItems(data, m_names, unknown));
            }
            UnitItems& s = m_units[size_t(section.value(it.leadUnitId))];
            s.rows->addItem(i);
            ++s.byStatus[size_t(it.status)];
        }
    }

    ReportContent content() const
    {
        ReportContent content;
        content.title = tr("Danh mục nội dung công việc theo đơn vị năm %1").arg(m_data.program.year);
        const storage::ReportSettings& settings = m_data.settings;
        const HeaderPart header = HeaderPart::make(
            settings, Format::documentNumber(settings.documentNumber, QStringLiteral("BC"), settings.issuingBody),
            Format::placeAndDate(settings.place, m_data.date, m_data.program.year));
        for (const UnitItems& u : m_units) {
            ReportSection s;
            s.footer = tr("Chương trình công tác năm %1 — %2 — %3")
                           .arg(m_data.program.year)
                           .arg(u.unit.name, m_data.sourceLabel);
            s.source = m_data.sourceLabel;
            s.fingerprint = ReportSection::fingerprintOf(m_data);
            s.add(header);
            s.addSpace(7);
            s.add(heading(u));
            s.addSpace(3);
            s.add(counts(u), true);
            s.addSpace(2);
            s.add(TablePart{{itemColumn(ItemColumn::Number, 12), itemColumn(ItemColumn::Content, 49),
                             itemColumn(ItemColumn::CoUnits, 25), itemColumn(ItemColumn::Deadline, 25),
                             itemColumn(ItemColumn::Leader, 34), itemColumn(ItemColumn::Status, 20)},
                            u.rows,
                            TableFontPt});
            s.addSpace(6);
            s.addSignature(settings);
            content.sections.append(s);
        }
        return content;
    }

private:
    /// Nghị định 30/2020 sets body text at 13–14 pt; tables are printed at 12 pt, as the appendix.
    static constexpr double TableFontPt = 12;

    struct UnitItems
    {
        UnitItems(const ReportData& data, std::shared_ptr<const UnitNames> names, const Unit& u)
            : unit(u), rows(std::make_shared<ItemRows>(data, std::move(names),
                                                       QVector<ItemColumn>{ItemColumn::Number, ItemColumn::Content,
                                                                           ItemColumn::CoUnits, ItemColumn::Deadline,
                                                                           ItemColumn::Leader, ItemColumn::Status}))
        {}
        Unit unit;
        std::shared_ptr<ItemRows> rows;
        std::array<int, 9> byStatus{};
    };

    TextPart heading(const UnitItems& u) const
    {
        return TextPart{{{tr("DANH MỤC NỘI DUNG CÔNG VIỆC NĂM %1").arg(m_data.program.year), {14, true}},
                         {tr("Đơn vị chủ trì: %1").arg(u.unit.name), {14, true}},
                         {tr("Theo %1").arg(m_data.program.title), {13, false, true}}},
                        40};
    }

    TextPart counts(const UnitItems& u) const
    {
        int total = 0;
        QStringList parts;
        for (Status st : StatusInfo::all()) {
            const int n = u.byStatus[size_t(st)];
            total += n;
            if (n > 0)
                parts.append(tr("%1: %2").arg(StatusInfo::label(st)).arg(n));
        }
        const QString text =
            parts.isEmpty()
                ? tr("Tổng số: %1 nội dung.").arg(total)
                : tr("Tổng số: %1 nội dung, trong đó: %2.").arg(total).arg(parts.join(QStringLiteral("; ")));
        return TextPart{{{text, {14}, Qt::AlignJustify, 10}}};
    }

    const ReportData& m_data;
    std::shared_ptr<const UnitNames> m_names;
    std::vector<UnitItems> m_units;
};

} // namespace

ReportContent describeUnitSummary(const ReportData& data)
{
    return UnitSummary(data).content();
}

} // namespace wp::reports
