// server-init: a PostgreSQL database made ready for the whole office (issue 13): the schema, the
// group roles and the rules the server enforces itself (storage/serverrules.h).
#include "context.h"

#include "workprogram/storage/serverrules.h"

namespace wp::cli {

int cmdServerInit(Context& c)
{
    if (!c.parse())
        return Ok;
    if (!c.dbPath().startsWith(QLatin1String("postgresql://")) && !c.dbPath().startsWith(QLatin1String("postgres://")))
        throw Failure(Usage, Cli::tr("server-init cần một cơ sở dữ liệu trên máy chủ: --db "
                                     "postgresql://TÊN_ĐĂNG_NHẬP@MÁY:CỔNG/CƠ_SỞ_DỮ_LIỆU"));
    // Opening creates the schema in an empty database, and refuses one holding another program's
    // tables or a schema this build cannot upgrade (exit 3), exactly as every command does.
    auto db = c.openDb();
    QStringList groups;
    try {
        groups = storage::installServerRules(*db);
        // A database made before the search index (or by a program that could not create it).
        if (!storage::ensureSearchIndex(*db))
            c.err << storage::searchIndexMissingNote() << "\n";
    } catch (const storage::StorageError& e) {
        throw Failure(DbError, Cli::tr("không cài được các quy tắc trên máy chủ (tài khoản kết nối phải là chủ "
                                       "cơ sở dữ liệu và được tạo vai trò — CREATEROLE): %1")
                                   .arg(e.message()));
    }
    c.out << Cli::tr("Cơ sở dữ liệu %1 sẵn sàng trên máy chủ (lược đồ phiên bản %2); nhóm quyền: %3")
                 .arg(c.dbShown())
                 .arg(db->schemaVersion())
                 .arg(groups.join(QStringLiteral(", ")))
          << "\n";
    c.out << Cli::tr("Tiếp theo: workprogram-cli users add TÊN --role admin --name \"…\" --db %1").arg(c.dbShown())
          << "\n";
    return Ok;
}

} // namespace wp::cli
