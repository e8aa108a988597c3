#include "pageflow.h"

#include "workprogram/reports/barchart.h"
#include "workprogram/reports/headerblock.h"
#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/signatureblock.h"
#include "workprogram/reports/tablelayout.h"
#include "workprogram/reports/textblock.h"

namespace wp::reports {
namespace {

/// A short table is kept whole with its title when it takes less than this share of a page.
constexpr double keepWholeShare = 0.8;

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

PageFlow::PageFlow(const ReportContent& content) : m_content(content) {}

PageFlow::~PageFlow() = default;

TableLayout& PageFlow::table(const TablePart& part)
{
    std::unique_ptr<TableLayout>& layout = m_tables[&part];
    if (!layout)
        layout = std::make_unique<TableLayout>(part.columns, *part.rows, part.fontPt, part.widthMm);
    return *layout;
}

std::unique_ptr<Block> PageFlow::block(const Part& part) const
{
    return std::visit(
        Overloaded{
            [](const HeaderPart& p) -> std::unique_ptr<Block> { return std::make_unique<HeaderBlock>(p); },
            [](const TextPart& p) -> std::unique_ptr<Block> { return std::make_unique<TextBlock>(p); },
            [](const SpacePart& p) -> std::unique_ptr<Block> { return std::make_unique<Spacer>(p.mm); },
            [](const TablePart&) -> std::unique_ptr<Block> { return nullptr; },
            [](const ChartPart& p) -> std::unique_ptr<Block> { return std::make_unique<BarChart>(p); },
            [](const SignaturePart& p) -> std::unique_ptr<Block> { return std::make_unique<SignatureBlock>(p); },
        },
        part.content);
}

double PageFlow::leadHeight(PageCanvas& canvas, const ReportSection& section, int i)
{
    const Part& part = section.parts.at(i);
    if (const auto* t = std::get_if<TablePart>(&part.content)) {
        TableLayout& layout = table(*t);
        if (t->keepWhole) {
            const double whole = layout.totalHeight(canvas);
            if (whole < canvas.body().height() * keepWholeShare)
                return whole;
        }
        return layout.leadHeight(canvas, part.keepWithNext ? keepAfter(canvas, section, i) : 0);
    }
    return block(part)->height(canvas);
}

double PageFlow::keepAfter(PageCanvas& canvas, const ReportSection& section, int i)
{
    double h = 0;
    for (int j = i + 1; j < section.parts.size(); ++j) {
        if (const auto* space = std::get_if<SpacePart>(&section.parts.at(j).content)) {
            h += canvas.mm(space->mm);
            continue;
        }
        return h + leadHeight(canvas, section, j);
    }
    return h;
}

void PageFlow::write(PageCanvas& canvas)
{
    for (const ReportSection& section : m_content.sections) {
        canvas.beginSection(section.footer, section.source, section.fingerprint);
        for (int i = 0; i < section.parts.size(); ++i) {
            const Part& part = section.parts.at(i);
            // The part before a space keeps the space with what follows; the space itself moves
            // nothing (it would only open the next page with a gap).
            const bool space = std::holds_alternative<SpacePart>(part.content);
            const double keep = part.keepWithNext && !space ? keepAfter(canvas, section, i) : 0;
            if (const auto* t = std::get_if<TablePart>(&part.content))
                table(*t).flow(canvas, keep);
            else
                canvas.place(*block(part), keep);
        }
    }
}

} // namespace wp::reports
