#pragma once

// Private to wp_reports: the three reports, each flowed onto a PageCanvas.

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportdata.h"

#include <memory>

namespace wp::reports {

/// One report, written onto a PageCanvas twice (measuring, then painting): it must write the
/// same thing both times.
class ReportDocument
{
public:
    virtual ~ReportDocument() = default;
    virtual QPageLayout::Orientation orientation() const = 0;
    virtual QString title() const = 0;
    virtual void write(PageCanvas& canvas) = 0;
};

std::unique_ptr<ReportDocument> makeUnitSummary(const ReportData& data);
std::unique_ptr<ReportDocument> makeAppendix(const ReportData& data);
std::unique_ptr<ReportDocument> makeProgress(const ReportData& data);

} // namespace wp::reports
