// The CLI never reads or overwrites the database it has open as if it were a table (issue 14:
// reading it through another descriptor drops SQLite's locks; writing it destroys it).
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

using namespace wp;

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}
} // namespace

TEST(CliOpenFiles, ImportingTheDatabaseIntoItselfIsRefusedAndChangesNothing)
{
    test::TempDb t;
    ASSERT_EQ(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), t.path()}).exitCode, 0);
    const QByteArray before = digest(t.path());
    for (const QString& file : {t.path()}) {
        const test::CliResult r = test::runCli({QStringLiteral("import"), file, QStringLiteral("--db"), t.path(),
                                                QStringLiteral("--year"), QStringLiteral("2023")});
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(
            r.err.contains(QStringLiteral("là tệp cơ sở dữ liệu đang mở, không phải bảng chương trình công tác")))
            << r.err.toStdString();
    }
    EXPECT_EQ(digest(t.path()), before);
}

TEST(CliOpenFiles, ExportingOverTheDatabaseIsRefusedAndChangesNothing)
{
    test::TempDb t;
    const QString db = t.file(QStringLiteral("chuong-trinh.json"));
    ASSERT_EQ(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QByteArray before = digest(db);
    const test::CliResult r =
        test::runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                      QStringLiteral("2023"), QStringLiteral("--out"), db});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("là tệp cơ sở dữ liệu đang mở"))) << r.err.toStdString();
    EXPECT_EQ(digest(db), before);
}

TEST(CliOpenFiles, ABackupOverTheDatabaseIsRefused)
{
    test::TempDb t;
    ASSERT_EQ(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), t.path()}).exitCode, 0);
    const QByteArray before = digest(t.path());
    const test::CliResult r =
        test::runCli({QStringLiteral("backup"), QStringLiteral("--db"), t.path(), QStringLiteral("--out"), t.path()});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("là tệp cơ sở dữ liệu đang mở"))) << r.err.toStdString();
    EXPECT_EQ(digest(t.path()), before);
}
