#include "workprogram/reports/reportfile.h"

#include "workprogram/reports/docxwriter.h"
#include "workprogram/reports/reportrenderer.h"

namespace wp::reports {

std::optional<ReportFormat> reportFormatOf(const QString& path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return ReportFormat::Pdf;
    if (path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive))
        return ReportFormat::Docx;
    return std::nullopt;
}

QString writeReport(const ReportData& data, const QString& path, ReportFormat format, int* pages)
{
    if (pages)
        *pages = 0;
    if (format == ReportFormat::Docx)
        return DocxWriter::write(data, path);
    return ReportRenderer::writePdf(data, path, pages);
}

} // namespace wp::reports
