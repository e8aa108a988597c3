// Issue 12, "Faults are named truly, and nothing is lost": a full disk, a read-only folder and a
// busy database are said as what they are, never as damage; a restore never leaves less than it
// found; two writers at once both succeed; a newer schema is read-only or refused; another
// program's SQLite file is refused before anything in it changes; an old backup restores.
#include "trustfixture.h"

#include "workprogram/storage/maintenance.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QStorageInfo>

#include <atomic>
#include <mutex>
#include <thread>

#include <sys/mount.h>
#include <unistd.h>

using namespace wp;
using test::CliResult;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// A small filesystem of its own (tmpfs), so that its disk can be filled; skipped with a message
/// where this process may not mount one.
struct SmallDisk
{
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallDisk(const QString& size)
    {
        const QByteArray options = "size=" + size.toLatin1();
        mounted = ::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH);
    }
    /// Fills the disk but for about @p leftBytes.
    void fill(qint64 leftBytes)
    {
        QFile filler(dir.filePath(QStringLiteral("filler.bin")));
        filler.open(QIODevice::WriteOnly);
        const QByteArray block(4096, 'x');
        while (QStorageInfo(dir.path()).bytesAvailable() > leftBytes + 4096 && filler.write(block) == block.size())
            filler.flush();
        filler.close();
    }
    void freeUp() { QFile::remove(dir.filePath(QStringLiteral("filler.bin"))); }
};

struct Faults : test::TrustFixture
{
    void SetUp() override { unitsOnly(); }
    /// A CSV of @p n rows of long content (to need many pages).
    QString bigCsv(int n)
    {
        QStringList rows;
        for (int i = 0; i < n; ++i)
            rows.append(QStringLiteral("Kế hoạch %1 %2;Phòng Tư pháp").arg(i).arg(QString(400, QLatin1Char('x'))));
        return csv(QStringLiteral("big.csv"), rows);
    }
};

} // namespace

TEST_F(Faults, TwoProcessesWritingDifferentItemsAtOnceBothSucceed)
{
    accounts();
    const QString file = csv(QStringLiteral("a.csv"),
                             {QStringLiteral("Kế hoạch A;Phòng Tư pháp"), QStringLiteral("Kế hoạch B;Phòng Tư pháp")});
    ASSERT_EQ(as(QStringLiteral("vanphong"),
                 {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")})
                  .exitCode,
              0);
    const QJsonArray all = items(2024);
    const QStringList ids = {idOf(all.at(0)), idOf(all.at(1))};
    constexpr int Tries = 25;
    std::atomic<int> failures{0};
    QStringList failed;
    std::mutex guard;
    auto writer = [&](int which) {
        for (int i = 0; i < Tries; ++i) {
            const CliResult r =
                test::runCli({QStringLiteral("edit"), ids.at(which), QStringLiteral("--set"),
                              QStringLiteral("note=lần %1 của %2").arg(i).arg(which), QStringLiteral("--as"),
                              QStringLiteral("vanphong"), QStringLiteral("--db"), db},
                             {QStringLiteral("WP_PASSWORD=pw-vanphong")});
            if (r.exitCode != 0) {
                ++failures;
                const std::lock_guard<std::mutex> lock(guard);
                failed.append(r.err);
            }
        }
    };
    std::thread a(writer, 0), b(writer, 1);
    a.join();
    b.join();
    EXPECT_EQ(failures.load(), 0) << failed.join(QLatin1Char('\n')).toStdString();
    const QJsonArray after = items(2024);
    EXPECT_EQ(after.at(0).toObject().value(QStringLiteral("note")).toString(),
              QStringLiteral("lần %1 của 0").arg(Tries - 1));
    EXPECT_EQ(after.at(1).toObject().value(QStringLiteral("note")).toString(),
              QStringLiteral("lần %1 của 1").arg(Tries - 1));
    EXPECT_EQ(cli({QStringLiteral("verify")}).exitCode, 0);
}

TEST_F(Faults, AFullDiskIsSaidAsSuchAndTheDatabaseStaysWhole)
{
    SmallDisk disk(QStringLiteral("3m"));
    if (!disk.mounted)
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root): the full-disk case is not tested";
    const QString onDisk = disk.dir.filePath(QStringLiteral("db.sqlite"));
    ASSERT_TRUE(QFile::copy(db, onDisk));
    const QString big = bigCsv(3000);
    const QString before = [&] {
        auto d = storage::Database::open(onDisk);
        return test::fingerprint(*d);
    }();
    disk.fill(64 * 1024);
    const CliResult r = test::runCli({QStringLiteral("import"), big, QStringLiteral("--year"), QStringLiteral("2024"),
                                      QStringLiteral("--db"), onDisk});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("ổ đĩa đầy"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("hỏng"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("khôi phục"))) << r.err.toStdString();
    disk.freeUp();
    auto d = storage::Database::open(onDisk);
    EXPECT_EQ(test::fingerprint(*d), before);
    EXPECT_TRUE(storage::Maintenance::check(*d).ok);
}

TEST_F(Faults, ARestoreOntoAFullDiskIsRefusedBeforeTouchingTheOriginal)
{
    SmallDisk disk(QStringLiteral("3m"));
    if (!disk.mounted)
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root): the full-disk case is not tested";
    // A backup bigger than the room left on the disk where the database is.
    const QString big = bigCsv(2000);
    ASSERT_EQ(cli({QStringLiteral("import"), big, QStringLiteral("--year"), QStringLiteral("2024")}).exitCode, 0);
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    const QString onDisk = disk.dir.filePath(QStringLiteral("db.sqlite"));
    ASSERT_EQ(
        test::runCli({QStringLiteral("demo"), QStringLiteral("--units-only"), QStringLiteral("--db"), onDisk}).exitCode,
        0);
    const QByteArray original = hashOf(onDisk);
    disk.fill(QFileInfo(backup).size() / 2);
    const CliResult r =
        test::runCli({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--db"), onDisk});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("ổ đĩa đầy: cần ít nhất"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cơ sở dữ liệu hiện tại được giữ nguyên"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(onDisk), original);
    EXPECT_FALSE(QFileInfo::exists(onDisk + QStringLiteral(".khoi-phuc")));
}

TEST_F(Faults, AFolderWithoutWritePermissionIsSaidAsSuchAndTheFileCanStillBeRead)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "needs root to run the program as another user";
    // The database belongs to root; the program runs as nobody, who may read but not write.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                                  QFileDevice::ReadGroup);
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    const QByteArray before = fileHash();
    auto asNobody = [&](const QStringList& args) {
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                                       QStringLiteral("--"), QStringLiteral(WP_CLI_PATH)} +
                                               args + QStringList{QStringLiteral("--db"), db});
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const auto [code, err] =
        asNobody({QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(code, 3);
    EXPECT_TRUE(err.contains(QStringLiteral("không có quyền ghi"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("hỏng"))) << err.toStdString();
    const auto [listed, listErr] = asNobody({QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(listed, 0) << listErr.toStdString();
    EXPECT_EQ(fileHash(), before);
}

TEST_F(Faults, ANewerSchemaIsOpenedReadOnlyOrRefusedWithTheVersionItNeeds)
{
    tamper({QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")});
    const QByteArray before = fileHash();
    CliResult r = cli({QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    r = cli({QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("được tạo bởi phiên bản mới hơn của chương trình (lược đồ 99): chỉ xem "
                                              "được, không ghi được")))
        << r.err.toStdString();
    EXPECT_EQ(fileHash(), before);
    // One whose oldest reader is newer than this build is refused, naming both versions.
    tamper({QStringLiteral("UPDATE meta SET value = '98' WHERE key = 'min_reader_version'")});
    const QByteArray refusedBefore = fileHash();
    r = cli({QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("lược đồ 99, cần phiên bản đọc được lược đồ 98; bản này đọc đến lược đồ 7")))
        << r.err.toStdString();
    EXPECT_EQ(fileHash(), refusedBefore);
}

TEST_F(Faults, AnotherProgramsSqliteFileIsRefusedBeforeAnythingInItChanges)
{
    const QString other = dir.filePath(QStringLiteral("khac.db"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('An')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = hashOf(other);
    for (const QStringList& args : {QStringList{QStringLiteral("counts")}, QStringList{QStringLiteral("init")}}) {
        const CliResult r = test::runCli(args + QStringList{QStringLiteral("--db"), other});
        EXPECT_EQ(r.exitCode, 3);
        EXPECT_TRUE(r.err.contains(QStringLiteral("là cơ sở dữ liệu SQLite của một chương trình khác")))
            << r.err.toStdString();
    }
    EXPECT_EQ(hashOf(other), before);
    EXPECT_FALSE(QFileInfo::exists(other + QStringLiteral("-wal")));
}

TEST_F(Faults, ABackupOfAnOlderSchemaAndPageSizeRestoresOntoACurrentDatabase)
{
    accounts();
    const QString old = QStringLiteral(WP_TEST_DATA_DIR "/schema/v5.sqlite");
    const CliResult r = as(QStringLiteral("root"), {QStringLiteral("restore"), QStringLiteral("--from"), old});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto d = storage::Database::open(db);
    EXPECT_EQ(d->schemaVersion(), storage::Database::SchemaVersion);
    d.reset();
    const CliResult v = cli({QStringLiteral("verify")});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("check")}).exitCode, 0);
}
