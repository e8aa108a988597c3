#pragma once

// The demo database with its accounts, driven through the real CLI: the fixture of the tests of
// snapshots, verify, diff, merge, rollover and amendments (test_cli_snapshots.cpp and its siblings).

#include "clifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace wp::test {

struct CliSnapshots : CliFixture
{
    void SetUp() override
    {
        demoWithAccounts();
        if (HasFatalFailure())
            return;
    }
    QJsonArray items(int year)
    {
        const CliResult r = cli({QStringLiteral("items"), QStringLiteral("--year"), QString::number(year),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QString idOf(int year, int number)
    {
        for (const QJsonValue v : items(year))
            if (v.toObject().value(QStringLiteral("number")).toInt() == number)
                return QString::number(v.toObject().value(QStringLiteral("id")).toInt());
        ADD_FAILURE() << "no item number " << number;
        return {};
    }
    // Three history rows on one item of the demo program and two snapshots.
    QString historyAndSnapshots()
    {
        const QString item = idOf(2023, 20);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Một")})
                      .exitCode,
                  0);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Hai")})
                      .exitCode,
                  0);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Ba")})
                      .exitCode,
                  0);
        EXPECT_EQ(
            as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"),
                                            QStringLiteral("--to"), QStringLiteral("amended")})
                .exitCode,
            0);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--to"),
                      QStringLiteral("review"), QStringLiteral("--label"), QStringLiteral("Trình điều chỉnh")})
                      .exitCode,
                  0);
        return item;
    }
};

} // namespace wp::test
