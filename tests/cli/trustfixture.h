#pragma once

// A database with the article's units, a program of 2024 still being collected and one account of
// each role, driven through the real CLI (issue 12's tests).

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace wp::test {

struct TrustFixture : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));

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
    void addUser(const QString& login, const QString& role, const QStringList& extra = {})
    {
        const CliResult r =
            cli(QStringList{QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--name"), login,
                            QStringLiteral("--role"), role, QStringLiteral("--as"), QStringLiteral("root")} +
                    extra,
                {QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=pw-") + login});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    /// The 17 units, no program, and no accounts yet.
    void unitsOnly() { ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0); }
    /// The accounts: root (admin), vanphong (office), tuphap (unit, Phòng Tư pháp), lanhdao (leader of
    /// every unit), pct (leader of Phòng Tư pháp only).
    void accounts()
    {
        const CliResult r =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--name"),
                 QStringLiteral("Quản trị"), QStringLiteral("--role"), QStringLiteral("admin")},
                {QStringLiteral("WP_NEW_PASSWORD=pw-root")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        addUser(QStringLiteral("vanphong"), QStringLiteral("office"));
        addUser(QStringLiteral("tuphap"), QStringLiteral("unit"), {QStringLiteral("--unit"), QStringLiteral("TP")});
        addUser(QStringLiteral("lanhdao"), QStringLiteral("leader"));
        addUser(QStringLiteral("pct"), QStringLiteral("leader"), {QStringLiteral("--unit"), QStringLiteral("TP")});
    }
    /// A CSV of @p rows "content;lead unit" (deadline Quý IV), written to @p name.
    QString csv(const QString& name, const QStringList& rows, const QString& extraHeader = QString(),
                const QStringList& extra = {})
    {
        QString text = QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn") +
                       (extraHeader.isEmpty() ? QString() : QStringLiteral(",") + extraHeader) + QStringLiteral("\n");
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList parts = rows.at(i).split(QLatin1Char(';'));
            text += QStringLiteral("%1,%2,%3,Quý IV").arg(i + 1).arg(parts.value(0), parts.value(1));
            if (!extraHeader.isEmpty())
                text += QStringLiteral(",") + extra.value(i);
            text += QStringLiteral("\n");
        }
        const QString path = dir.filePath(name);
        writeFile(path, text.toUtf8());
        return path;
    }
    QByteArray fileHash()
    {
        QFile f(db);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    /// What a refused command must leave alone (items, history, accounts).
    QString state()
    {
        auto d = storage::Database::open(db);
        return fingerprint(*d);
    }
    QJsonArray items(int year, const QStringList& filter = {})
    {
        const CliResult r = cli(QStringList{QStringLiteral("items"), QStringLiteral("--year"), QString::number(year),
                                            QStringLiteral("--format"), QStringLiteral("json")} +
                                filter);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    static QString idOf(const QJsonValue& o)
    {
        return QString::number(o.toObject().value(QStringLiteral("id")).toInteger());
    }
    /// Runs @p sql on the file directly, as someone with sqlite3 would (not through the program).
    void tamper(const QStringList& statements)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            raw.setDatabaseName(db);
            ASSERT_TRUE(raw.open());
            QSqlQuery q(raw);
            for (const QString& sql : statements)
                ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }
};

} // namespace wp::test
