// backup, restore and check.
#include "context.h"

#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/serverrules.h"

#include <QJsonObject>

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
    if (c.dbMissing())
        throw Failure(DbError, Cli::tr("không có cơ sở dữ liệu %1").arg(c.dbPath()));
    auto db = c.openDb();
    try {
        storage::Maintenance::backup(*db, out);
    } catch (const storage::StorageError& e) {
        throw Failure(DbError, e.message());
    }
    c.out << Cli::tr("Đã sao lưu %1 vào %2").arg(c.dbShown(), out) << "\n";
    return Ok;
}

int cmdRestore(Context& c)
{
    c.parser.addOption({QStringLiteral("from"), Cli::tr("tệp sao lưu cần khôi phục"), Cli::tr("TỆP")});
    c.addAsOption();
    if (!c.parse())
        return Ok;
    const QString from = c.parser.value(QStringLiteral("from"));
    if (from.isEmpty())
        throw Failure(Usage, Cli::tr("thiếu --from TỆP"));
    if (!QFileInfo::exists(from))
        throw Failure(DbError, Cli::tr("không có tệp sao lưu %1").arg(from));
    // Who restores: an administrator of the database being replaced; when it cannot be opened
    // (damaged), of the backup, looked into without changing it.
    const QString what = Cli::tr("khôi phục cơ sở dữ liệu");
    std::optional<User> who;
    QString owner;
    bool asked = false;
    // A server database is always opened first: it must be the program's (else refused untouched)
    // and its administrator restores it.
    if (storage::Database::isServer(c.dbPath()) || QFileInfo(c.dbPath()).size() > 0) {
        std::unique_ptr<storage::Database> current;
        try {
            current = storage::Database::open(c.dbPath());
        } catch (const storage::StorageError& e) {
            if (e.kind() != storage::StorageError::Kind::Damaged)
                throw Failure(DbError, e.message());
        }
        if (current) {
            // On a database whose server enforces the rules, the tables' owner (who ran
            // server-init) is no account, yet only it may drop and re-create the tables: it
            // restores without --as, recorded under its role's name.
            owner = storage::hasServerRules(*current) && !c.parser.isSet(asOption)
                        ? storage::tableOwnerConnected(*current)
                        : QString();
            if (owner.isEmpty())
                who = c.writer(*current, {Role::Admin}, what);
            asked = true;
        }
    }
    if (!asked) {
        std::unique_ptr<storage::Database> backup;
        try {
            backup = storage::Database::openReadOnly(from);
        } catch (const storage::StorageError& e) {
            throw Failure(DbError, Cli::tr("tệp sao lưu %1 không đọc được: %2").arg(from, e.message()));
        }
        if (backup->schemaVersion() >= 3)
            who = c.writer(*backup, {Role::Admin}, what);
    }
    try {
        storage::Maintenance::restore(from, c.dbPath());
        // Recorded in the database as restored, by whoever restored it.
        auto restored = storage::Database::open(c.dbPath());
        storage::Transaction tx(*restored);
        storage::AuditEntry e;
        e.login = who ? who->login : owner.isEmpty() ? QString(QLatin1String("")) : owner;
        e.kind = storage::AuditLog::Restore;
        e.target = QFileInfo(from).fileName();
        e.details = QJsonObject{{QStringLiteral("size"), QFileInfo(from).size()},
                                {QStringLiteral("sha256"), storage::Maintenance::fileSha256(from)}};
        storage::AuditLog(*restored).append(e);
        tx.commit();
    } catch (const storage::StorageError& e) {
        throw Failure(DbError, e.message());
    }
    c.out << Cli::tr("Đã khôi phục %1 từ %2").arg(c.dbShown(), from) << "\n";
    return Ok;
}

int cmdCheck(Context& c)
{
    if (!c.parse())
        return Ok;
    if (c.dbMissing())
        throw Failure(DbError, Cli::tr("không có cơ sở dữ liệu %1").arg(c.dbPath()));
    storage::Maintenance::CheckResult r;
    bool damaged = true; // what check finds is damage, unless the file could not be opened for another reason
    try {
        auto db = storage::Database::open(c.dbPath());
        r = storage::Maintenance::check(*db);
    } catch (const storage::StorageError& e) {
        r.ok = false;
        r.problems.append(e.message());
        damaged = e.kind() == storage::StorageError::Kind::Damaged;
    }
    if (r.ok) {
        c.out << Cli::tr("Cơ sở dữ liệu %1 không có lỗi.").arg(c.dbShown()) << "\n";
        return Ok;
    }
    for (const QString& p : r.problems)
        c.err << p << "\n";
    if (damaged)
        c.err << Cli::tr("Cơ sở dữ liệu %1 có lỗi; hãy khôi phục từ bản sao lưu (workprogram-cli restore).")
                     .arg(c.dbShown())
              << "\n";
    return DbError;
}

} // namespace wp::cli
