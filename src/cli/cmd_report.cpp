// report: the printed documents as PDF, or as Word documents to edit before signing.
#include "context.h"

#include "workprogram/reports/reportdata.h"
#include "workprogram/reports/reportfile.h"
#include "workprogram/reports/reportrenderer.h"
#include "workprogram/storage/snapshotrepository.h"

#include <memory>
#include <optional>

namespace wp::cli {

namespace {

reports::ReportKind reportKind(const QString& kind)
{
    if (kind == QLatin1String("unit-summary"))
        return reports::ReportKind::UnitSummary;
    if (kind == QLatin1String("appendix"))
        return reports::ReportKind::Appendix;
    if (kind == QLatin1String("progress"))
        return reports::ReportKind::Progress;
    throw Failure(BadInput, Cli::tr("không có loại báo cáo \"%1\" (chọn: unit-summary, appendix, progress)").arg(kind));
}

reports::GroupBy groupBy(const QString& value)
{
    if (value.isEmpty() || value == QLatin1String("unit"))
        return reports::GroupBy::Unit;
    if (value == QLatin1String("month"))
        return reports::GroupBy::Month;
    if (value == QLatin1String("quarter"))
        return reports::GroupBy::Quarter;
    throw Failure(Usage, Cli::tr("--group-by phải là unit, month hoặc quarter"));
}

} // namespace

int cmdReport(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("kind"),
                        Cli::tr("unit-summary (tổng hợp theo đơn vị) | appendix (phụ lục chương trình) | progress "
                                "(báo cáo tiến độ)"),
                        Cli::tr("LOẠI")});
    c.parser.addOption({QStringLiteral("unit"),
                        Cli::tr("chỉ các đơn vị chủ trì này (mã, tên hoặc tên khác; có thể lặp lại; mặc định: tất cả)"),
                        Cli::tr("ĐƠN_VỊ")});
    c.parser.addOption({QStringLiteral("snapshot"),
                        Cli::tr("in từ một ảnh chụp của chương trình thay vì trạng thái hiện tại"), Cli::tr("MÃ")});
    c.parser.addOption(
        {QStringLiteral("as-of"), Cli::tr("progress: tính tiến độ đến ngày này (mặc định: hôm nay)"), Cli::tr("NGÀY")});
    c.parser.addOption({QStringLiteral("group-by"),
                        Cli::tr("appendix: nhóm theo unit | month | quarter (mặc định: unit)"), Cli::tr("THEO")});
    c.parser.addOption({QStringLiteral("out"),
                        Cli::tr("tệp để ghi: .pdf (bản in) hoặc .docx (văn bản Word để sửa trước khi ký)"),
                        Cli::tr("TỆP")});
    if (!c.parse())
        return Ok;

    const QString kindText = c.parser.value(QStringLiteral("kind"));
    if (kindText.isEmpty())
        throw Failure(Usage, Cli::tr("thiếu --kind unit-summary|appendix|progress"));
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw Failure(Usage, Cli::tr("thiếu --out TỆP.pdf hoặc --out TỆP.docx"));
    const std::optional<reports::ReportFormat> format = reports::reportFormatOf(out);
    if (!format)
        throw Failure(Usage, Cli::tr("báo cáo chỉ ghi ra tệp .pdf hoặc .docx: %1").arg(out));
    reports::ReportRequest request;
    request.kind = reportKind(kindText);
    if (c.parser.isSet(QStringLiteral("group-by")) && request.kind != reports::ReportKind::Appendix)
        throw Failure(Usage, Cli::tr("--group-by chỉ dùng với --kind appendix"));
    if (c.parser.isSet(QStringLiteral("as-of")) && request.kind != reports::ReportKind::Progress)
        throw Failure(Usage, Cli::tr("--as-of chỉ dùng với --kind progress"));
    request.groupBy = groupBy(c.parser.value(QStringLiteral("group-by")));
    request.asOf = c.dateOption(QStringLiteral("as-of"));
    auto db = c.openDb();
    const Program program = c.program(*db);
    for (const QString& u : c.parser.values(QStringLiteral("unit")))
        request.unitIds.append(c.unit(*db, u).id);

    std::unique_ptr<reports::ReportSource> source;
    if (c.parser.isSet(QStringLiteral("snapshot"))) {
        const storage::Snapshot snapshot = c.snapshot(*db, program, c.parser.value(QStringLiteral("snapshot")));
        source = std::make_unique<reports::SnapshotSource>(*db, program, snapshot);
    } else {
        source = std::make_unique<reports::DatabaseSource>(*db, program);
    }
    const reports::ReportData data = reports::ReportData::build(*source, request);
    int pages = 0;
    const QString error = reports::writeReport(data, out, *format, &pages);
    if (!error.isEmpty())
        throw Failure(BadInput, error);
    // Word lays out its own pages: a .docx has no page count to tell.
    if (*format == reports::ReportFormat::Pdf)
        c.out << Cli::tr("Đã ghi %1 (%2 trang) ra %3").arg(reports::ReportRenderer::title(data)).arg(pages).arg(out)
              << "\n";
    else
        c.out << Cli::tr("Đã ghi %1 ra %2").arg(reports::ReportRenderer::title(data), out) << "\n";
    return Ok;
}

} // namespace wp::cli
