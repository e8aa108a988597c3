#pragma once

// The CLI tests' common ground: a database file in a temporary folder, the real CLI run on it,
// accounts whose password is "pw-LOGIN", and the file changed behind the program's back.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

namespace wp::test {

struct CliFixture : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    /// Set by useBackend(Backend::Postgres): the server database the CLI is run on instead.
    std::unique_ptr<TestDb> server;

    /// Runs the test on @p backend: a fresh database on the WP_TEST_PG server for PostgreSQL
    /// (the caller skips the test when server->unavailable() says why).
    void useBackend(Backend backend)
    {
        if (backend == Backend::Sqlite)
            return;
        server = std::make_unique<TestDb>(backend);
        db = server->spec();
    }

    CliResult cli(QStringList args, const QStringList& env = {})
    {
        args << QStringLiteral("--db") << db;
        return runCli(args, env);
    }
    /// @p args as @p login, signed in with the password "pw-LOGIN".
    CliResult as(const QString& login, QStringList args, QStringList env = {})
    {
        args << QStringLiteral("--as") << login;
        env << QStringLiteral("WP_PASSWORD=pw-") + login;
        return cli(args, env);
    }
    /// The first account, root (admin), added while the database has none.
    void addRoot()
    {
        const CliResult r =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--name"),
                 QStringLiteral("Quản trị"), QStringLiteral("--role"), QStringLiteral("admin")},
                {QStringLiteral("WP_NEW_PASSWORD=pw-root")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    /// An account @p login (named @p login) of @p role, added by @p by.
    void addUser(const QString& login, const QString& role, const QStringList& extra = {},
                 const QString& by = QStringLiteral("root"))
    {
        const CliResult r =
            cli(QStringList{QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--name"), login,
                            QStringLiteral("--role"), role, QStringLiteral("--as"), by} +
                    extra,
                {QStringLiteral("WP_PASSWORD=pw-") + by, QStringLiteral("WP_NEW_PASSWORD=pw-") + login});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    /// The demo database (its 2023 program signed) with root, vanphong (office, @p officeExtra)
    /// and chutich (leader).
    void demoWithAccounts(const QStringList& officeExtra = {})
    {
        ASSERT_EQ(cli({QStringLiteral("demo")}).exitCode, 0);
        addRoot();
        addUser(QStringLiteral("vanphong"), QStringLiteral("office"), officeExtra);
        addUser(QStringLiteral("chutich"), QStringLiteral("leader"));
    }
    /// The file's bytes, or on a server the whole state (every table) read back.
    QByteArray fileHash()
    {
        if (server) {
            auto d = storage::Database::open(db);
            return fingerprint(*d).toUtf8();
        }
        QFile f(db);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    /// Runs @p statements on the database directly, as someone with the sqlite3 shell (or psql)
    /// would (not through the program).
    void tamper(const QStringList& statements)
    {
        if (server) { // as the server's superuser, with psql
            auto d = storage::Database::open(db);
            QSqlQuery q(d->connection());
            for (const QString& sql : statements)
                ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
            return;
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(db);
            ASSERT_TRUE(raw.open());
            QSqlQuery q(raw);
            for (const QString& sql : statements)
                ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }
};

} // namespace wp::test
