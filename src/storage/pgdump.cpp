#include "pgdump.h"

#include "backend.h"

#include "workprogram/storage/serverrules.h"

#include "workprogram/storage/maintenance.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace wp::storage {

namespace {

/// PostgreSQL's tool @p name: in WP_PG_BINDIR when it is set (and only there), else on PATH,
/// else in the newest /usr/lib/postgresql/<version>/bin (Debian keeps them there when the client
/// package's wrappers are not installed). Throws StorageError naming the tool when none is found.
QString findTool(const QString& name)
{
    const QString only = qEnvironmentVariable("WP_PG_BINDIR");
    QString found;
    if (!only.isEmpty()) {
        found = QStandardPaths::findExecutable(name, {only});
    } else {
        found = QStandardPaths::findExecutable(name);
        if (found.isEmpty()) {
            QStringList versions =
                QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            QCollator numeric;
            numeric.setNumericMode(true);
            std::sort(versions.begin(), versions.end(),
                      [&](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
            for (const QString& v : versions) {
                found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v)});
                if (!found.isEmpty())
                    break;
            }
        }
    }
    if (found.isEmpty())
        throw StorageError(
            Maintenance::tr("không tìm thấy %1 (công cụ của PostgreSQL, gói postgresql-client): cài nó hoặc đặt "
                            "thư mục chứa nó vào PATH")
                .arg(name),
            StorageError::Kind::CantOpen);
    return found;
}

/// One value of a libpq connection string, quoted.
QString conninfoValue(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

/// The connection string of @p db for PostgreSQL's tools: host, port, login, database and the
/// URL's options, never the password (it goes through the child's environment, PGPASSWORD, so
/// that no process list shows it).
QString conninfo(const QSqlDatabase& db)
{
    QStringList parts{QStringLiteral("host=") + conninfoValue(db.hostName()),
                      QStringLiteral("port=") + QString::number(db.port()),
                      QStringLiteral("user=") + conninfoValue(db.userName()),
                      QStringLiteral("dbname=") + conninfoValue(db.databaseName())};
    for (const QString& option : db.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq > 0)
            parts.append(option.left(eq).trimmed() + QLatin1Char('=') + conninfoValue(option.mid(eq + 1).trimmed()));
    }
    return parts.join(QLatin1Char(' '));
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/// Runs @p tool with @p args, the password of @p db (if it has one) in PGPASSWORD and never a
/// prompt (-w is given by the callers); returns when it ends.
ToolResult runTool(const QString& tool, const QStringList& args, const QSqlDatabase* db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (db && !db->password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), db->password());
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    p.start(tool, args);
    ToolResult r;
    if (!p.waitForStarted(-1))
        throw StorageError(Maintenance::tr("không chạy được %1: %2").arg(tool, p.errorString()),
                           StorageError::Kind::CantOpen);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

/// pg_dump's and pg_restore's error lines, without their name in front, for a person.
QString toolMessage(const ToolResult& r)
{
    QStringList lines;
    for (const QString& line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.contains(QLatin1String("error")) || line.contains(QLatin1String("FATAL")) ||
            line.contains(QLatin1String("ERROR")))
            lines.append(line.trimmed());
    if (lines.isEmpty())
        lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(0, 3).join(QLatin1String("; "));
}

StorageError::Kind kindOf(const ToolResult& r)
{
    if (r.err.contains(QLatin1String("could not connect")) || r.err.contains(QLatin1String("Connection refused")) ||
        r.err.contains(QLatin1String("server closed the connection")))
        return StorageError::Kind::ConnectionLost;
    if (r.err.contains(QLatin1String("permission denied")) || r.err.contains(QLatin1String("must be owner")))
        return StorageError::Kind::ReadOnly;
    if (r.err.contains(QLatin1String("No space left")))
        return StorageError::Kind::DiskFull;
    return StorageError::Kind::Other;
}

/// The rows of the archive's meta table (key → value), read by pg_restore without connecting
/// anywhere: what makes an archive the program's, and at which schema version.
QMap<QString, QString> archiveMeta(const QString& restoreTool, const QString& backupPath)
{
    const ToolResult r =
        runTool(restoreTool,
                {QStringLiteral("--data-only"), QStringLiteral("--table=meta"), QStringLiteral("--file=-"), backupPath},
                nullptr);
    if (r.exitCode != 0)
        throw StorageError(
            Maintenance::tr("%1 không đọc được như bản sao lưu của pg_dump: %2").arg(backupPath, toolMessage(r)),
            StorageError::Kind::NotOurs);
    QMap<QString, QString> meta;
    bool inData = false;
    for (const QByteArray& line : r.out.split('\n')) {
        if (!inData) {
            inData = line.startsWith("COPY ") && line.contains(".meta ");
            continue;
        }
        if (line == "\\.")
            break;
        const int tab = line.indexOf('\t');
        if (tab > 0)
            meta.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
    }
    return meta;
}

/// The archive's table of contents for pg_restore --use-list without its grants: they name the
/// group roles of the database that was dumped (<name>_unit, …), another database's when the
/// archive is restored under another name. The rules are installed afresh for the target
/// afterwards (installServerRules), which also replaces every policy (same names, the target's
/// groups). The policies stay in the list: --clean must drop the target's own before its tables
/// (a policy's condition reads other tables), and pg_restore cannot drop an entry without
/// creating it; so the archive's groups must exist on the cluster (see docs/decisions.md).
QByteArray contentsWithoutGrants(const QString& restoreTool, const QString& backupPath)
{
    const ToolResult r = runTool(restoreTool, {QStringLiteral("--list"), backupPath}, nullptr);
    if (r.exitCode != 0)
        throw StorageError(
            Maintenance::tr("%1 không đọc được như bản sao lưu của pg_dump: %2").arg(backupPath, toolMessage(r)),
            StorageError::Kind::NotOurs);
    QByteArray kept;
    for (const QByteArray& line : r.out.split('\n')) {
        // "<id>; <catalog oid> <oid> <TYPE> <schema> <name> <owner>", comments start with ';'.
        const QList<QByteArray> words = line.simplified().split(' ');
        const bool rule = !line.startsWith(';') && words.size() > 4 &&
                          (words.at(3) == "ACL" || (words.at(3) == "DEFAULT" && words.at(4) == "ACL"));
        if (!rule)
            kept += line + '\n';
    }
    return kept;
}

} // namespace

void pgDumpBackup(Database& db, const QString& outPath)
{
    const QString tool = findTool(QStringLiteral("pg_dump"));
    const QString temp = outPath + QStringLiteral(".part");
    QFile::remove(temp);
    // --enable-row-security: under the server's rules a non-owner (an administrator) reads every
    // row anyway; without it pg_dump refuses any table that has policies.
    const ToolResult r = runTool(tool,
                                 {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                                  QStringLiteral("--enable-row-security"), QStringLiteral("--file=") + temp,
                                  QStringLiteral("--dbname=") + conninfo(db.connection())},
                                 &db.connection());
    if (r.exitCode != 0) {
        QFile::remove(temp);
        throw StorageError(Maintenance::tr("pg_dump không sao lưu được %1: %2").arg(db.location(), toolMessage(r)),
                           kindOf(r));
    }
    QFile::remove(outPath);
    if (!QFile::rename(temp, outPath)) {
        QFile::remove(temp);
        throw StorageError(Maintenance::tr("không ghi được tệp sao lưu %1").arg(outPath));
    }
}

void pgRestore(const QString& backupPath, Database& target)
{
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(Maintenance::tr("không đọc được tệp sao lưu %1").arg(backupPath));
    const QByteArray magic = file.read(16);
    file.close();
    if (magic.startsWith("SQLite format 3"))
        throw StorageError(
            Maintenance::tr("%1 là bản sao lưu của một tệp cơ sở dữ liệu, không phải của máy chủ: hãy đưa nó lên máy "
                            "chủ bằng workprogram-cli copy --from %1 --to <máy chủ>; không có gì bị thay đổi")
                .arg(backupPath),
            StorageError::Kind::NotOurs);
    if (!magic.startsWith("PGDMP"))
        throw StorageError(
            Maintenance::tr("%1 không phải là bản sao lưu pg_dump (định dạng custom) của chương trình; không có gì "
                            "bị thay đổi")
                .arg(backupPath),
            StorageError::Kind::NotOurs);
    const QString tool = findTool(QStringLiteral("pg_restore"));
    const QMap<QString, QString> meta = archiveMeta(tool, backupPath);
    if (meta.value(QStringLiteral("application")) != QLatin1String("workprogram"))
        throw StorageError(
            Maintenance::tr("%1 không phải là bản sao lưu của chương trình (không có dữ liệu của chương trình); không "
                            "có gì bị thay đổi")
                .arg(backupPath),
            StorageError::Kind::NotOurs);
    const int version = meta.value(QStringLiteral("schema_version")).toInt();
    if (version > Database::SchemaVersion)
        throw StorageError(
            Maintenance::tr("bản sao lưu %1 do phiên bản mới hơn của chương trình tạo (lược đồ %2): không khôi phục "
                            "được bằng phiên bản này")
                .arg(backupPath)
                .arg(version),
            StorageError::Kind::NotOurs);

    // The writers' lock is held on our own connection while pg_restore works on its own: every
    // other program's write waits for it instead of meeting half-restored tables. pg_restore runs
    // as one transaction (--single-transaction: the old tables dropped and the new ones filled, or
    // nothing); our transaction touches no table, so it cannot block pg_restore's DROPs.
    const bool rules = meta.contains(QStringLiteral("server_rules"));
    QTemporaryFile list;
    if (!list.open() || list.write(contentsWithoutGrants(tool, backupPath)) < 0 || !list.flush())
        throw StorageError(Maintenance::tr("không ghi được tệp tạm cho pg_restore"));
    Transaction lock(target);
    const ToolResult r =
        runTool(tool,
                {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
                 QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"), QStringLiteral("--no-password"),
                 QStringLiteral("--use-list=") + list.fileName(),
                 QStringLiteral("--dbname=") + conninfo(target.connection()), backupPath},
                &target.connection());
    if (r.exitCode != 0)
        throw StorageError(Maintenance::tr("pg_restore không khôi phục được %1 (cơ sở dữ liệu được giữ nguyên): %2")
                               .arg(target.location(), toolMessage(r)),
                           kindOf(r));
    // The archive's rules named its own database's groups: the target gets its own. Until they are
    // in, the restored tables are the restorer's alone (no grant was restored).
    if (rules) {
        try {
            installServerRules(target);
        } catch (const StorageError& e) {
            throw StorageError(
                Maintenance::tr("dữ liệu đã được khôi phục vào %1 nhưng chưa cài được các quy tắc của máy "
                                "chủ (%2): chạy workprogram-cli server-init --db %1 với tài khoản chủ cơ "
                                "sở dữ liệu được tạo vai trò; cho đến lúc đó chỉ chủ cơ sở dữ liệu đọc "
                                "được dữ liệu")
                    .arg(target.location(), e.message()),
                e.kind());
        }
    }
    lock.commit(); // and the other programs hear of the change (NOTIFY)
}

} // namespace wp::storage
