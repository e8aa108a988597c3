#pragma once

// Private to wp_reports: a ReportContent laid out on pages.

#include "workprogram/reports/reportcontent.h"

#include <map>
#include <memory>

namespace wp::reports {

class Block;
class PageCanvas;
class TableLayout;

/// Flows the parts of a report onto a PageCanvas, section by section, with the keep rules of
/// the content: a part marked keepWithNext starts a new page rather than end one when what
/// follows it would not begin on the same page. Written twice through the same code (measuring,
/// then painting); table row heights measured the first time are kept for the second.
class PageFlow
{
public:
    explicit PageFlow(const ReportContent& content);
    ~PageFlow();
    PageFlow(const PageFlow&) = delete;
    PageFlow& operator=(const PageFlow&) = delete;

    void write(PageCanvas& canvas);

private:
    TableLayout& table(const TablePart& part);
    std::unique_ptr<Block> block(const Part& part) const;
    /// What has to fit on the page for part @p i of @p section to begin there.
    double leadHeight(PageCanvas& canvas, const ReportSection& section, int i);
    /// The space after part @p i up to the next part, and that part's lead.
    double keepAfter(PageCanvas& canvas, const ReportSection& section, int i);

    const ReportContent& m_content;
    std::map<const TablePart*, std::unique_ptr<TableLayout>> m_tables;
};

} // namespace wp::reports
