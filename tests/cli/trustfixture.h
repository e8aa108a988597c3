#pragma once

// A database with the article's units, a program of 2024 still being collected and one account of
// each role, driven through the real CLI (issue 12's tests).

#include "clifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace wp::test {

struct TrustFixture : CliFixture
{
    /// The 17 units, no program, and no accounts yet.
    void unitsOnly() { ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0); }
    /// The accounts: root (admin), vanphong (office), tuphap (unit, Phòng Tư pháp), lanhdao (leader of
    /// every unit), pct (leader of Phòng Tư pháp only).
    void accounts()
    {
        addRoot();
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
};

} // namespace wp::test
