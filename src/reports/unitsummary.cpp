// The per-unit summary: one document per lead unit, each starting on a new page.
#include "documents.h"
#include "itemrows.h"

#include "workprogram/reports/formatting.h"
#include "workprogram/reports/headerblock.h"
#include "workprogram/reports/signatureblock.h"
#include "workprogram/reports/tablelayout.h"
#include "workprogram/reports/textblock.h"

#include <array>

namespace wp::reports {
namespace {

class UnitSummary final : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::UnitSummary)

public:
    explicit UnitSummary(const ReportData& data) : m_data(data), m_names(data)
    {
        QHash<qint64, int> section;
        for (const Unit& u : data.units) {
            section.insert(u.id, int(m_sections.size()));
            m_sections.push_back(std::make_unique<Section>(data, m_names, u));
        }
        for (int i = 0; i < data.items.size(); ++i) {
            const Item& it = data.items.at(i);
            if (!section.contains(it.leadUnitId)) { // never drop an item, even one whose unit is unknown
                Unit unknown;
                unknown.id = it.leadUnitId;
                unknown.name = m_names.fullName(it.leadUnitId);
                section.insert(unknown.id, int(m_sections.size()));
                m_sections.push_back(std::make_unique<Section>(data, m_names, unknown));
            }
            Section& s = *m_sections[size_t(section.value(it.leadUnitId))];
            s.rows.addItem(i);
            ++s.byStatus[size_t(it.status)];
        }
    }

    QPageLayout::Orientation orientation() const override { return QPageLayout::Portrait; }
    QString title() const override
    {
        return tr("Danh mục nội dung công việc theo đơn vị năm %1").arg(m_data.program.year);
    }

    void write(PageCanvas& canvas) override
    {
        const ReportSettings& settings = m_data.settings;
        const HeaderBlock header(
            settings, Format::documentNumber(settings.documentNumber, QStringLiteral("BC"), settings.issuingBody),
            Format::placeAndDate(settings.place, m_data.date, m_data.program.year));
        const SignatureBlock signature(settings);
        for (const auto& s : m_sections) {
            canvas.beginSection(tr("Chương trình công tác năm %1 — %2 — %3")
                                    .arg(m_data.program.year)
                                    .arg(s->unit.name, m_data.sourceLabel),
                                m_data.sourceLabel);
            canvas.place(header);
            canvas.place(Spacer(7));
            canvas.place(heading(*s));
            canvas.place(Spacer(3));
            canvas.place(counts(*s), s->table.leadHeight(canvas));
            canvas.place(Spacer(2));
            s->table.flow(canvas);
            canvas.place(Spacer(6));
            canvas.place(signature);
        }
    }

private:
    using ReportSettings = storage::ReportSettings;
    struct Section
    {
        Section(const ReportData& data, const UnitNames& names, const Unit& u)
            : unit(u), rows(data, names,
                            {ItemColumn::Number, ItemColumn::Content, ItemColumn::CoUnits, ItemColumn::Deadline,
                             ItemColumn::Leader, ItemColumn::Status}),
              table({itemColumn(ItemColumn::Number, 11), itemColumn(ItemColumn::Content, 52),
                     itemColumn(ItemColumn::CoUnits, 27), itemColumn(ItemColumn::Deadline, 21),
                     itemColumn(ItemColumn::Leader, 34), itemColumn(ItemColumn::Status, 20)},
                    rows, 11)
        {}
        Unit unit;
        ItemRows rows;
        TableLayout table;
        std::array<int, 9> byStatus{};
    };

    TextBlock heading(const Section& s) const
    {
        return TextBlock({{tr("DANH MỤC NỘI DUNG CÔNG VIỆC NĂM %1").arg(m_data.program.year), {14, true}},
                          {tr("Đơn vị chủ trì: %1").arg(s.unit.name), {14, true}},
                          {tr("Theo %1").arg(m_data.program.title), {13, false, true}}},
                         40);
    }

    TextBlock counts(const Section& s) const
    {
        int total = 0;
        QStringList parts;
        for (Status st : StatusInfo::all()) {
            const int n = s.byStatus[size_t(st)];
            total += n;
            if (n > 0)
                parts.append(tr("%1: %2").arg(StatusInfo::label(st)).arg(n));
        }
        const QString text =
            parts.isEmpty()
                ? tr("Tổng số: %1 nội dung.").arg(total)
                : tr("Tổng số: %1 nội dung, trong đó: %2.").arg(total).arg(parts.join(QStringLiteral("; ")));
        return TextBlock({{text, {14}, Qt::AlignJustify, 10}});
    }

    const ReportData& m_data;
    UnitNames m_names;
    std::vector<std::unique_ptr<Section>> m_sections;
};

} // namespace

std::unique_ptr<ReportDocument> makeUnitSummary(const ReportData& data)
{
    return std::make_unique<UnitSummary>(data);
}

} // namespace wp::reports
