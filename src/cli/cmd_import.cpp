// import: a work-program table (xlsx, xls, ods, docx, csv, json) into a program year, all or nothing.
#include "context.h"

#include "workprogram/core/workflow.h"
#include "workprogram/io/importer.h"
#include "workprogram/storage/workflowservice.h"

#include <QFileInfo>

#include <iterator>

namespace wp::cli {

namespace {

/// How the summary names a kind of warning, in IssueKind's order.
constexpr const char* kindLabels[] = {
    QT_TRANSLATE_NOOP("wp::cli::Cli", "khác"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "dữ liệu ngoài bảng"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "cột không có tiêu đề"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "cột được chọn"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "cột bị ẩn"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "dòng bị ẩn"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "cơ quan phối hợp ghi thành cụm từ"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "số liệu ghi trong tệp khác số đếm được"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "đánh số lại"),
    QT_TRANSLATE_NOOP("wp::cli::Cli", "trang tính được chọn"),
};
static_assert(std::size(kindLabels) == io::IssueKindCount);

void printWarnings(Context& c, const io::ImportResult& r, const QString& file)
{
    for (const io::ImportIssue& w : r.warnings)
        c.err << Cli::tr("cảnh báo: ") << w.format(file) << "\n";
    // Kinds said more often than shown: counted, one line each.
    for (int k = 0; k < io::IssueKindCount; ++k) {
        const auto kind = io::IssueKind(k);
        const int more = r.warningCount(kind) - io::ImportResult::MaxWarningsPerKind;
        if (more > 0)
            c.err << Cli::tr("cảnh báo: ... và %1 cảnh báo khác cùng loại (%2); tổng cộng %3")
                         .arg(more)
                         .arg(Cli::tr(kindLabels[k]))
                         .arg(r.warningCount(kind))
                  << "\n";
    }
}

/// Stated numbers and what was counted: every mismatch with its row.
void printStated(Context& c, const io::ImportResult& r)
{
    if (r.stated.isEmpty())
        return;
    const QVector<StatedCount> mismatches = r.mismatches();
    c.out << Cli::tr("Số liệu ghi trong tệp: %1, khớp với số đếm được: %2, không khớp: %3")
                 .arg(r.stated.size())
                 .arg(r.stated.size() - mismatches.size())
                 .arg(mismatches.size())
          << "\n";
    for (const StatedCount& s : mismatches)
        c.out << "  "
              << Cli::tr("dòng %1: ghi %2 nội dung, đếm được %3 (%4)")
                     .arg(s.row)
                     .arg(s.stated)
                     .arg(s.counted)
                     .arg(s.label)
              << "\n";
}

} // namespace

int cmdImport(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("create-units"), Cli::tr("thêm các đơn vị chưa có trong danh mục")});
    c.parser.addOption({QStringLiteral("dry-run"), Cli::tr("chỉ kiểm tra, không ghi gì")});
    c.parser.addOption({QStringLiteral("strict"),
                        Cli::tr("từ chối tệp khi số nội dung ghi trong tệp (tiêu đề mục, dòng tổng cộng) khác số "
                                "đếm được")});
    c.parser.addOption({QStringLiteral("skip-hidden-rows"),
                        Cli::tr("bỏ qua các dòng bị ẩn trong tệp (mặc định: nhập cả dòng ẩn, có cảnh báo)")});
    c.parser.addOption(
        {QStringLiteral("sheet"), Cli::tr("tên trang tính (mặc định: trang đầu tiên có bảng)"), Cli::tr("TÊN")});
    c.parser.addOption({QStringLiteral("encoding"), Cli::tr("bảng mã của tệp CSV không phải UTF-8, ví dụ WINDOWS-1258"),
                        Cli::tr("BẢNG_MÃ")});
    c.parser.addOption({QStringLiteral("table"),
                        Cli::tr("tệp Word: số thứ tự của bảng cần đọc (mặc định: bảng có các cột của chương trình)"),
                        Cli::tr("SỐ")});
    c.parser.addOption({QStringLiteral("legacy-encoding"),
                        Cli::tr("chữ gõ bằng bảng mã cũ: auto (nhận ra và chuyển sang Unicode), tcvn3, vni, none "
                                "(không chuyển); mặc định: auto"),
                        Cli::tr("BẢNG_MÃ")});
    c.parser.addOption({QStringLiteral("status"),
                        Cli::tr("trạng thái của các dòng không ghi trạng thái (mặc định: proposed)"),
                        Cli::tr("TRẠNG_THÁI")});
    c.addAsOption();
    if (!c.parse(Cli::tr("TỆP"), 1, 1))
        return Ok;
    const QString file = c.parser.positionalArguments().first();
    if (!c.parser.isSet(QStringLiteral("year")))
        throw Failure(Usage, Cli::tr("hãy cho biết năm của chương trình bằng --year"));
    io::ReadOptions read;
    if (c.parser.isSet(QStringLiteral("table"))) {
        bool ok = false;
        read.table = c.parser.value(QStringLiteral("table")).toInt(&ok);
        if (!ok || read.table < 1)
            throw Failure(Usage, Cli::tr("--table cần số thứ tự của một bảng (1, 2, …), không phải \"%1\"")
                                     .arg(c.parser.value(QStringLiteral("table"))));
    }
    if (c.parser.isSet(QStringLiteral("legacy-encoding"))) {
        const std::optional<io::LegacyEncoding> legacy =
            io::legacy::parseEncoding(c.parser.value(QStringLiteral("legacy-encoding")));
        if (!legacy)
            throw Failure(Usage, Cli::tr("không hiểu --legacy-encoding \"%1\" (dùng auto, tcvn3, vni hoặc none)")
                                     .arg(c.parser.value(QStringLiteral("legacy-encoding"))));
        read.legacyEncoding = *legacy;
    }
    if (!QFileInfo::exists(file))
        throw Failure(BadInput, Cli::tr("không có tệp %1").arg(file));
    auto db = c.openDb();
    io::ImportOptions options;
    options.year = c.year(*db);

    options.createUnits = c.parser.isSet(QStringLiteral("create-units"));
    options.dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    options.read = read;
    options.strict = c.parser.isSet(QStringLiteral("strict"));
    options.hiddenRows =
        c.parser.isSet(QStringLiteral("skip-hidden-rows")) ? io::HiddenRows::Skip : io::HiddenRows::Import;
    options.read.sheet = c.parser.value(QStringLiteral("sheet"));
    options.read.encoding = c.parser.value(QStringLiteral("encoding"));
    if (c.parser.isSet(QStringLiteral("status"))) {
        options.defaultStatus = StatusInfo::parse(c.parser.value(QStringLiteral("status")));
        if (!options.defaultStatus)
            throw Failure(Usage, Cli::tr("không hiểu trạng thái \"%1\"").arg(c.parser.value(QStringLiteral("status"))));
    }
    // A dry run writes nothing: it needs nobody. A real import needs the Office or a unit's staff.
    if (!options.dryRun)
        options.actor = c.writer(*db, {Role::Office, Role::Unit}, Cli::tr("nhập dữ liệu"));
    if (options.defaultStatus) {
        const Role role = options.actor ? options.actor->role : Role::Office;
        if (!Workflow::importStatuses(role).contains(*options.defaultStatus)) {
            QStringList allowed;
            for (Status s : Workflow::importStatuses(role))
                allowed.append(StatusInfo::key(s));
            throw storage::PermissionError(
                Cli::tr("--status %1: %2 chỉ nhập được nội dung ở các trạng thái %3; các trạng thái khác phải đi qua "
                        "quy trình (duyệt, ký ban hành, báo cáo tiến độ)")
                    .arg(StatusInfo::key(*options.defaultStatus),
                         options.actor ? QStringLiteral("%1 (%2)").arg(options.actor->login, RoleInfo::label(role))
                                       : Cli::tr("người nhập (chưa có tài khoản: theo quyền của Văn phòng)"),
                         allowed.join(QStringLiteral(", "))));
        }
    }

    const io::ImportResult r = io::Importer(*db).run(file, options);
    printWarnings(c, r, file);
    // Bad rows first (exit 2, as for any file), then the workflow's refusal of the whole import.
    if (!r.refusal.isEmpty() && r.errorCount() == 0) {
        c.err << Cli::tr("bị từ chối: ") << r.refusal << "\n"
              << Cli::tr("Không nhập gì; cơ sở dữ liệu không thay đổi.") << "\n";
        return Refused;
    }
    if (!r.ok) {
        constexpr int Shown = 200;
        for (int i = 0; i < r.errors.size() && i < Shown; ++i)
            c.err << r.errors.at(i).format(file) << "\n";
        if (r.errorCount() > Shown)
            c.err << Cli::tr("... và %1 lỗi khác").arg(r.errorCount() - Shown) << "\n";
        c.err << Cli::tr("Không nhập gì: %n lỗi; cơ sở dữ liệu không thay đổi.", nullptr, r.errorCount()) << "\n";
        return BadInput;
    }
    c.out << (options.dryRun ? Cli::tr("Kiểm tra xong (không ghi): %1 nội dung hợp lệ cho chương trình năm %2")
                             : Cli::tr("Đã nhập %1 nội dung vào chương trình năm %2"))
                 .arg(r.itemsAdded)
                 .arg(options.year)
          << "\n";
    if (r.tables.size() > 1)
        c.out << Cli::tr("Bảng đọc ở %1").arg(r.tableLabel()) << "\n";
    for (const auto& [unit, n] : r.perUnit)
        c.out << "  " << unit << ": " << n << "\n";
    if (!r.createdUnits.isEmpty())
        c.out << (options.dryRun ? Cli::tr("Sẽ thêm đơn vị mới: %1") : Cli::tr("Đã thêm đơn vị mới: %1"))
                     .arg(r.createdUnits.join(QStringLiteral("; ")))
              << "\n";
    printStated(c, r);
    return Ok;
}

} // namespace wp::cli
