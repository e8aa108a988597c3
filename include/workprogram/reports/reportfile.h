#pragma once

#include "workprogram/reports/reportdata.h"

#include <QString>

#include <optional>

namespace wp::reports {

/// The files a report is saved as.
enum class ReportFormat
{
    Pdf,  ///< the printed page (ReportRenderer)
    Docx, ///< a Word document to edit before signing (DocxWriter)
};

/// The format @p path asks for by its suffix (".pdf", ".docx", in any case); none for another.
std::optional<ReportFormat> reportFormatOf(const QString& path);

/// Writes @p data to @p path as @p format: the one entry point of the CLI and the window.
/// Returns an error message, empty on success. @p pages receives the PDF's page count, 0 for
/// a Word document (Word lays out its own pages).
QString writeReport(const ReportData& data, const QString& path, ReportFormat format, int* pages = nullptr);

} // namespace wp::reports
