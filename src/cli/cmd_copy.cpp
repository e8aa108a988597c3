// copy: a whole database into an empty one, between a file and a server in either direction.
#include "context.h"

#include "workprogram/storage/databasecopier.h"

#include <QUrl>

namespace wp::cli {

namespace {

/// @p spec as it may be shown: a server's URL without its password.
QString shown(const QString& spec)
{
    if (!storage::Database::isServer(spec))
        return spec;
    QUrl url(spec);
    url.setPassword(QString());
    return url.toString();
}

} // namespace

int cmdCopy(Context& c)
{
    c.parser.addOption(
        {QStringLiteral("from"), Cli::tr("cơ sở dữ liệu nguồn: tệp hoặc postgresql://…"), Cli::tr("CSDL")});
    c.parser.addOption({QStringLiteral("to"),
                        Cli::tr("cơ sở dữ liệu đích, trống hoặc chưa có: tệp hoặc postgresql://…"), Cli::tr("CSDL")});
    if (!c.parse())
        return Ok;
    const QString from = c.parser.value(QStringLiteral("from"));
    const QString to = c.parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        throw Failure(Usage, Cli::tr("thiếu --from CSDL hoặc --to CSDL"));
    storage::DatabaseCopier::Counts counts;
    try {
        counts = storage::DatabaseCopier::copy(from, to);
    } catch (const storage::StorageError& e) {
        throw Failure(DbError, e.message());
    }
    qint64 rows = 0;
    for (const auto& [table, n] : counts)
        rows += n;
    c.out << Cli::tr("Đã chép %1 sang %2 (%3 dòng)").arg(shown(from), shown(to)).arg(rows) << "\n";
    for (const auto& [table, n] : counts)
        c.out << "  " << table.leftJustified(16) << " " << n << "\n";
    return Ok;
}

} // namespace wp::cli
