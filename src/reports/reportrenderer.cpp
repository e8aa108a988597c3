#include "workprogram/reports/reportrenderer.h"

#include "documents.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace wp::reports {
namespace {

std::unique_ptr<ReportDocument> makeDocument(const ReportData& data)
{
    switch (data.kind) {
    case ReportKind::UnitSummary:
        return makeUnitSummary(data);
    case ReportKind::Appendix:
        return makeAppendix(data);
    case ReportKind::Progress:
        return makeProgress(data);
    }
    return makeUnitSummary(data);
}

QPageLayout::Orientation orientationOf(ReportKind kind)
{
    // The appendix lists seven columns: landscape, as Nghị định 30/2020 allows for wide tables.
    return kind == ReportKind::Appendix ? QPageLayout::Landscape : QPageLayout::Portrait;
}

} // namespace

QPageLayout ReportRenderer::pageLayout(const ReportData& data)
{
    return PageCanvas::a4(orientationOf(data.kind));
}

QString ReportRenderer::title(const ReportData& data)
{
    return makeDocument(data)->title();
}

int ReportRenderer::render(const ReportData& data, QPagedPaintDevice& device)
{
    const std::unique_ptr<ReportDocument> document = makeDocument(data);
    device.setPageLayout(pageLayout(data));

    // First pass: lay everything out without painting, to learn how many pages each section
    // has ("Trang x/y"). Row heights measured here are kept by the tables for the second pass.
    PageCanvas measuring(device, nullptr);
    document->write(measuring);
    const QVector<int> sections = measuring.finish();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    PageCanvas canvas(device, &painter, sections);
    document->write(canvas);
    canvas.finish();
    painter.end();
    return canvas.pageCount();
}

QString ReportRenderer::writePdf(const ReportData& data, const QString& path, int* pages)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return tr("cần một QGuiApplication để in báo cáo");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("không ghi được tệp %1: %2").arg(path, file.errorString());
    int count = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title(data));
        writer.setCreator(QStringLiteral("workprogram %1").arg(QCoreApplication::applicationVersion()));
        count = render(data, writer);
    }
    if (count == 0) {
        file.cancelWriting();
        return tr("không tạo được tệp PDF %1").arg(path);
    }
    if (!file.commit())
        return tr("không ghi được tệp %1: %2").arg(path, file.errorString());
    if (pages)
        *pages = count;
    return {};
}

} // namespace wp::reports
