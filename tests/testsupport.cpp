#include "testsupport.h"

#include "workprogram/storage/history.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include <stdexcept>

namespace wp::test {

TempDb::TempDb() : m_path(m_dir.filePath(QStringLiteral("test.sqlite"))) {}

storage::Database& TempDb::db()
{
    if (!m_db)
        m_db = storage::Database::open(m_path);
    return *m_db;
}

namespace {
CliResult runProgram(const QString& program, const QStringList& args, const QStringList& env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.remove(QStringLiteral("LANGUAGE"));
    e.remove(QStringLiteral("LC_ALL"));
    e.remove(QStringLiteral("LC_MESSAGES"));
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.waitForFinished(120000);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

CliResult runCli(const QStringList& args, const QStringList& env)
{
    return runProgram(QStringLiteral(WP_CLI_PATH), args, env);
}

CliResult runReleaseCli(const QStringList& args, const QStringList& env)
{
    return runProgram(QStringLiteral(WP_RELEASE_CLI_PATH), args, env);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

QString fingerprint(storage::Database& db)
{
    QStringList parts;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, status, row_version, merged_into FROM items ORDER BY id")))
        throw std::runtime_error("fingerprint: items");
    while (q.next())
        parts.append(
            QStringLiteral("%1:%2:%3:%4")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    parts.append(QString::number(storage::HistoryRepository(db).count()));
    if (!q.exec(QStringLiteral("SELECT login, password_hash, active FROM users ORDER BY id")))
        throw std::runtime_error("fingerprint: users");
    while (q.next())
        parts.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString() + QLatin1Char('/') +
                     q.value(2).toString());
    return parts.join(QLatin1Char(','));
}

} // namespace wp::test
