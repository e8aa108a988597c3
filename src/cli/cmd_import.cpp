// import: a work-program table into a program year, all or nothing.
#include "context.h"

#include "workprogram/core/workflow.h"
#include "workprogram/io/importer.h"
#include "workprogram/storage/workflowservice.h"

#include <QFileInfo>

namespace wp::cli {

int cmdImport(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("create-units"), Cli::tr("thêm các đơn vị chưa có trong danh mục")});
    c.parser.addOption({QStringLiteral("dry-run"), Cli::tr("chỉ kiểm tra, không ghi gì")});
    c.parser.addOption({QStringLiteral("sheet"), Cli::tr("tên trang tính (mặc định: trang đầu tiên)"), Cli::tr("TÊN")});
    c.parser.addOption({QStringLiteral("encoding"), Cli::tr("bảng mã của tệp CSV không phải UTF-8, ví dụ WINDOWS-1258"),
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
    if (!QFileInfo::exists(file))
        throw Failure(BadInput, Cli::tr("không có tệp %1").arg(file));
    auto db = c.openDb();
    io::ImportOptions options;
    options.year = c.year(*db);

    options.createUnits = c.parser.isSet(QStringLiteral("create-units"));
    options.dryRun = c.parser.isSet(QStringLiteral("dry-run"));
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
    for (const io::ImportIssue& w : r.warnings)
        c.err << Cli::tr("cảnh báo: ") << w.format(file) << "\n";
    if (!r.refusal.isEmpty()) {
        c.err << Cli::tr("bị từ chối: ") << r.refusal << "\n"
              << Cli::tr("Không nhập gì; cơ sở dữ liệu không thay đổi.") << "\n";
        return Refused;
    }
    if (!r.ok) {
        constexpr int Shown = 200;
        for (int i = 0; i < r.errors.size() && i < Shown; ++i)
            c.err << r.errors.at(i).format(file) << "\n";
        if (r.errors.size() > Shown)
            c.err << Cli::tr("... và %1 lỗi khác").arg(r.errors.size() - Shown) << "\n";
        c.err << Cli::tr("Không nhập gì: %n lỗi; cơ sở dữ liệu không thay đổi.", nullptr, int(r.errors.size())) << "\n";
        return BadInput;
    }
    c.out << (options.dryRun ? Cli::tr("Kiểm tra xong (không ghi): %1 nội dung hợp lệ cho chương trình năm %2")
                             : Cli::tr("Đã nhập %1 nội dung vào chương trình năm %2"))
                 .arg(r.itemsAdded)
                 .arg(options.year)
          << "\n";
    for (const auto& [unit, n] : r.perUnit)
        c.out << "  " << unit << ": " << n << "\n";
    if (!r.createdUnits.isEmpty())
        c.out << (options.dryRun ? Cli::tr("Sẽ thêm đơn vị mới: %1") : Cli::tr("Đã thêm đơn vị mới: %1"))
                     .arg(r.createdUnits.join(QStringLiteral("; ")))
              << "\n";
    return Ok;
}

} // namespace wp::cli
