#include "workprogram/reports/reportrenderer.h"

#include "pageflow.h"

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportcontent.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace wp::reports {
QPageLayout ReportRenderer::pageLayout(const ReportData& data)
{
    return PageCanvas::a4(ReportContent::orientationOf(data.kind));
}

QString ReportRenderer::title(const ReportData& data)
{
    return ReportContent::make(data).title;
}

int ReportRenderer::render(const ReportData& data, QPagedPaintDevice& device)
{
    const ReportContent content = ReportContent::make(data);
    PageFlow flow(content);
    device.setPageLayout(pageLayout(data));

    // First pass: lay everything out without painting, to learn how many pages each section
    // has ("Trang x/y"). Row heights measured here are kept by the tables for the second pass.
    PageCanvas measuring(device, nullptr);
    flow.write(measuring);
    const QVector<int> sections = measuring.finish();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    PageCanvas canvas(device, &painter, sections);
    flow.write(canvas);
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
