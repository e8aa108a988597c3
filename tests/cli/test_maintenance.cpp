// backup, restore and check through the real workprogram-cli binary: the cases a user meets
// when a file goes bad or the GUI keeps the database open.
#include "testsupport.h"

#include "workprogram/storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Overwrites @p count bytes in the middle of @p path with a pattern no SQLite page holds.
void corruptMiddle(const QString& path, int count = 4096)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 3 * count);
    ASSERT_TRUE(f.seek(size / 2 - count / 2));
    ASSERT_EQ(f.write(QByteArray(count, '\xA5')), count);
}

struct Maint : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    QString file(const QString& name) const { return dir.filePath(name); }
    CliResult cli(QStringList args, const QString& on = {})
    {
        args << QStringLiteral("--db") << (on.isEmpty() ? db : on);
        return runCli(args);
    }
    int unitCount(const QString& on = {})
    {
        const CliResult r = cli(
            {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, on);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }
    QString countsCsv(const QString& on = {})
    {
        const CliResult r = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("--format"), QStringLiteral("csv")},
                                on);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
    }
    void demo() { ASSERT_EQ(cli({QStringLiteral("demo")}).exitCode, 0); }
};

TEST_F(Maint, BackupWhileAnotherConnectionKeepsTheWalDatabaseOpen)
{
    demo();
    const int unitsBefore = unitCount();
    // The GUI's connection: open in WAL mode for the whole test, so that what other
    // processes commit stays in the -wal file (the last connection to close checkpoints).
    auto gui = wp::storage::Database::open(db);
    ASSERT_EQ(cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("P1"), QStringLiteral("--name"),
                   QStringLiteral("Phường Mỹ Đình 1")})
                  .exitCode,
              0);
    ASSERT_TRUE(QFileInfo(db + QStringLiteral("-wal")).size() > 0) << "the new unit is still in the WAL";

    const QString out = file(QStringLiteral("backup.sqlite"));
    const CliResult r = cli({QStringLiteral("backup"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(out)) << r.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral("-wal"))) << "a backup is one self-contained file";
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral(".part")));
    gui.reset();

    EXPECT_EQ(cli({QStringLiteral("check")}, out).exitCode, 0);
    EXPECT_EQ(unitCount(out), unitsBefore + 1) << "the backup holds what was committed into the WAL";
    EXPECT_EQ(countsCsv(out), countsCsv());
}

TEST_F(Maint, BackupOfAMissingDatabaseIsAStorageError)
{
    const CliResult r = cli({QStringLiteral("backup"), QStringLiteral("--out"), file(QStringLiteral("b.sqlite"))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("không có cơ sở dữ liệu"))) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("backup")}).exitCode, 1) << "no --out";
}

TEST_F(Maint, RestoreRefusesANonDatabaseAndLeavesTheTargetUnchanged)
{
    demo();
    const QByteArray before = readAll(db);
    const QString text = file(QStringLiteral("notes.sqlite"));
    wp::test::writeFile(text, QByteArray("Đây không phải là một cơ sở dữ liệu.\n").repeated(200));

    const CliResult r = cli({QStringLiteral("restore"), QStringLiteral("--from"), text});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tệp sao lưu %1 bị hỏng, không khôi phục").arg(text)))
        << r.err.toStdString();
    EXPECT_EQ(readAll(db), before) << "the target is untouched";
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")) && QFileInfo(db + QStringLiteral("-wal")).size() > 0);
    EXPECT_EQ(cli({QStringLiteral("check")}).exitCode, 0);

    const CliResult missing = cli({QStringLiteral("restore"), QStringLiteral("--from"), file(QStringLiteral("none"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("không có tệp sao lưu"))) << missing.err.toStdString();
    EXPECT_EQ(readAll(db), before);
}

TEST_F(Maint, RestoreRefusesACorruptBackupAndLeavesTheTargetUnchanged)
{
    demo();
    const QString backup = file(QStringLiteral("backup.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    corruptMiddle(backup);
    const QByteArray before = readAll(db);

    const CliResult r = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tệp sao lưu %1 bị hỏng, không khôi phục").arg(backup)))
        << r.err.toStdString();
    EXPECT_EQ(readAll(db), before) << "the target is untouched";
    EXPECT_EQ(countsCsv().count(QLatin1Char('\n')), 19);
}

TEST_F(Maint, RestoreRefusesAnotherProgramsDatabase)
{
    demo();
    const QByteArray before = readAll(db);
    const QString other = file(QStringLiteral("other.sqlite"));
    {
        // A sound SQLite file without this program's meta table.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('x')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const CliResult r = cli({QStringLiteral("restore"), QStringLiteral("--from"), other});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("%1 không phải là bản sao lưu của chương trình").arg(other)))
        << r.err.toStdString();
    EXPECT_EQ(readAll(db), before);
}

TEST_F(Maint, RestoreFromAGoodBackupBringsTheDataBack)
{
    demo();
    const QString backup = file(QStringLiteral("backup.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    const QString counts = countsCsv();
    ASSERT_EQ(cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("P1"), QStringLiteral("--name"),
                   QStringLiteral("Phường Mỹ Đình 1")})
                  .exitCode,
              0);
    const int units = unitCount();
    const CliResult r = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(unitCount(), units - 1);
    EXPECT_EQ(countsCsv(), counts);
}

TEST_F(Maint, CheckSaysOkOnAGoodDatabase)
{
    demo();
    const CliResult r = cli({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Cơ sở dữ liệu %1 không có lỗi.\n").arg(db));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST_F(Maint, CheckNamesTheProblemOnACorruptedCopy)
{
    demo();
    const QString copy = file(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("backup"), QStringLiteral("--out"), copy}).exitCode, 0);
    corruptMiddle(copy);
    const QByteArray before = readAll(copy);

    const CliResult r = cli({QStringLiteral("check")}, copy);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2) << r.err.toStdString();
    // The first line names what SQLite found (a page, a tree, "malformed"), not just "error".
    EXPECT_TRUE(lines.first().contains(QStringLiteral("hỏng cấu trúc:")) ||
                lines.first().contains(QStringLiteral("malformed")))
        << r.err.toStdString();
    EXPECT_EQ(lines.last(), QStringLiteral("Cơ sở dữ liệu %1 có lỗi; hãy khôi phục từ bản sao lưu "
                                           "(workprogram-cli restore).")
                                .arg(copy));
    // Opening switches the file to WAL mode (header bytes 18-19); the damaged pages stay as they were.
    EXPECT_EQ(readAll(copy).mid(100), before.mid(100)) << "check does not try to repair";
    EXPECT_EQ(cli({QStringLiteral("check")}).exitCode, 0) << "the original is still sound";
}

} // namespace
