#pragma once

// Private to wp_reports: what each of the three reports contains.

#include "workprogram/reports/reportcontent.h"

namespace wp::reports {

ReportContent describeUnitSummary(const ReportData& data);
ReportContent describeAppendix(const ReportData& data);
ReportContent describeProgress(const ReportData& data);

} // namespace wp::reports
