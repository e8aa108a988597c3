#pragma once

#include "workprogram/reports/reportdata.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace wp::reports {

/// Prints a report: the one code path for print preview, printer and PDF. It lays the report
/// out with QPainter directly on any QPagedPaintDevice (QPdfWriter here; QPrinter in the gui,
/// which alone links QtPrintSupport) — measured rows, page breaks, repeated table headers — in
/// two passes: one to count pages, one to paint. Needs a QGuiApplication (fonts).
///
/// Preview from the GUI (src/gui/mainwindow_reports.cpp):
/// @code
///   QPrinter printer(QPrinter::HighResolution);
///   printer.setPageLayout(ReportRenderer::pageLayout(data));
///   QPrintPreviewDialog dialog(&printer, this);
///   connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
///           [&data](QPrinter* p) { ReportRenderer::render(data, *p); });
///   dialog.exec();
/// @endcode
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::ReportRenderer)

public:
    /// A4 in the orientation of @p data's report, with the margins of Nghị định 30/2020.
    static QPageLayout pageLayout(const ReportData& data);
    /// The document's title (PDF metadata, print job name).
    static QString title(const ReportData& data);

    /// Sets @p device to pageLayout() and paints the whole report on it, starting on the
    /// device's current page. Returns the number of pages, or 0 when the device cannot be
    /// painted on.
    static int render(const ReportData& data, QPagedPaintDevice& device);

    /// Writes the report as a PDF with its fonts embedded. The file is written under a
    /// temporary name and renamed, so a failure never leaves half a file. Returns an error
    /// message, empty on success; @p pages receives the page count.
    static QString writePdf(const ReportData& data, const QString& path, int* pages = nullptr);
};

} // namespace wp::reports
