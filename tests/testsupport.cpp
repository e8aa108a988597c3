#include "testsupport.h"

#include "workprogram/storage/history.h"

#include <QAtomicInt>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <stdexcept>

namespace wp::test {

TempDb::TempDb() : m_path(m_dir.filePath(QStringLiteral("test.sqlite"))) {}

storage::Database& TempDb::db()
{
    if (!m_db)
        m_db = storage::Database::open(m_path);
    return *m_db;
}

std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Postgres ? "Postgres" : "Sqlite";
}

namespace {

/// A connection to the test server's maintenance database, for CREATE/DROP DATABASE.
class AdminConnection
{
public:
    explicit AdminConnection(const QUrl& server)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("wp-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setPassword(server.password());
        db.setDatabaseName(server.path().mid(1).isEmpty() ? QStringLiteral("postgres") : server.path().mid(1));
        if (!db.open())
            throw std::runtime_error("WP_TEST_PG: cannot connect: " + db.lastError().text().toStdString());
    }
    ~AdminConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void run(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            throw std::runtime_error(sql.toStdString() + ": " + q.lastError().text().toStdString());
    }

private:
    QString m_name;
};

} // namespace

TestDb::TestDb(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_spec = m_dir.filePath(QStringLiteral("test.sqlite"));
        return;
    }
    const QString server = qEnvironmentVariable("WP_TEST_PG");
    if (server.isEmpty()) {
        m_unavailable = QStringLiteral("PostgreSQL test skipped: set WP_TEST_PG to a superuser URL of a throwaway "
                                       "cluster (scripts/pg-test-cluster.sh start prints one)");
        return;
    }
    QUrl url(server);
    m_serverDb = QStringLiteral("wp_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    AdminConnection(url).run(
        QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'").arg(m_serverDb));
    url.setPath(QLatin1Char('/') + m_serverDb);
    m_spec = url.toString();
}

TestDb::~TestDb()
{
    m_db.reset();
    if (m_serverDb.isEmpty())
        return;
    try {
        AdminConnection(QUrl(qEnvironmentVariable("WP_TEST_PG")))
            .run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDb));
    } catch (const std::exception& e) {
        ADD_FAILURE() << e.what();
    }
}

storage::Database& TestDb::db()
{
    if (!m_unavailable.isEmpty())
        throw std::runtime_error(m_unavailable.toStdString());
    if (!m_db)
        m_db = storage::Database::open(m_spec);
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
