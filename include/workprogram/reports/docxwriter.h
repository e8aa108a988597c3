#pragma once

#include "workprogram/reports/reportdata.h"

#include <QCoreApplication>
#include <QString>

namespace wp::reports {

/// Writes a report as a Word document (.docx) in the state format of Nghị định 30/2020 — A4,
/// its margins, Times New Roman, the national header, the signature block and "Nơi nhận", the
/// tables' header rows repeated on every page — from the same ReportContent as the printed
/// page: what the Office edits and sends for signing. The package is plain WordprocessingML
/// (content types, relationships, document, styles, settings, two page headers, a picture per
/// chart) zipped with the system minizip. Needs a QGuiApplication (text is measured).
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::DocxWriter)

public:
    /// Writes @p data to @p path under a temporary name and renames it, so that a failure never
    /// leaves half a file. Returns an error message, empty on success.
    static QString write(const ReportData& data, const QString& path);
};

} // namespace wp::reports
