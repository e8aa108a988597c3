// backup, restore and check.
#include "context.h"

#include "workprogram/storage/maintenance.h"

#include <QFileInfo>

namespace wp::cli {

int cmdBackup(Context& c)
{
    c.parser.addOption({QStringLiteral("out"), Cli::tr("tệp sao lưu cần ghi"), Cli::tr("TỆP")});
    if (!c.parse())
        return Ok;
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw Failure(Usage, Cli::tr("thiếu --out TỆP"));
    if (!QFileInfo::exists(c.dbPath()))
        throw Failure(DbError, Cli::tr("không có cơ sở dữ liệu %1").arg(c.dbPath()));
    auto db = c.openDb();
    try {
        storage::Maintenance::backup(*db, out);
    } catch (const storage::StorageError& e) {
        throw Failure(DbError, e.message());
    }
    c.out << Cli::tr("Đã sao lưu %1 vào %2").arg(c.dbPath(), out) << "\n";
    return Ok;
}

int cmdRestore(Context& c)
{
    c.parser.addOption({QStringLiteral("from"), Cli::tr("tệp sao lưu cần khôi phục"), Cli::tr("TỆP")});
    if (!c.parse())
        return Ok;
    const QString from = c.parser.value(QStringLiteral("from"));
    if (from.isEmpty())
        throw Failure(Usage, Cli::tr("thiếu --from TỆP"));
    try {
        storage::Maintenance::restore(from, c.dbPath());
    } catch (const storage::StorageError& e) {
        throw Failure(DbError, e.message());
    }
    c.out << Cli::tr("Đã khôi phục %1 từ %2").arg(c.dbPath(), from) << "\n";
    return Ok;
}

int cmdCheck(Context& c)
{
    if (!c.parse())
        return Ok;
    if (!QFileInfo::exists(c.dbPath()))
        throw Failure(DbError, Cli::tr("không có cơ sở dữ liệu %1").arg(c.dbPath()));
    storage::Maintenance::CheckResult r;
    try {
        auto db = c.openDb();
        r = storage::Maintenance::check(*db);
    } catch (const Failure& f) {
        r.ok = false;
        r.problems.append(f.message());
    }
    if (r.ok) {
        c.out << Cli::tr("Cơ sở dữ liệu %1 không có lỗi.").arg(c.dbPath()) << "\n";
        return Ok;
    }
    for (const QString& p : r.problems)
        c.err << p << "\n";
    c.err << Cli::tr("Cơ sở dữ liệu %1 có lỗi; hãy khôi phục từ bản sao lưu (workprogram-cli restore).").arg(c.dbPath())
          << "\n";
    return DbError;
}

} // namespace wp::cli
