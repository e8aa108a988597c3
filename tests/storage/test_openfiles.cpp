// Database::isOpenDatabaseFile and the refusals built on it (issue 14): nothing but SQLite may
// open the open database's files, since closing another descriptor of them drops SQLite's locks.
#include "testsupport.h"

#include "workprogram/storage/maintenance.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace wp;

TEST(OpenDatabaseFiles, TheFileAndItsSideFilesAreKnownWhileOpenAndForgottenAfter)
{
    test::TempDb t;
    storage::Database& db = t.db();
    EXPECT_TRUE(storage::Database::isOpenDatabaseFile(t.path()));
    EXPECT_TRUE(storage::Database::isOpenDatabaseFile(t.path() + QStringLiteral("-wal")));
    EXPECT_TRUE(storage::Database::isOpenDatabaseFile(t.path() + QStringLiteral("-shm")));
    EXPECT_TRUE(storage::Database::isOpenDatabaseFile(t.path() + QStringLiteral("-journal")));
    // Through another spelling of the same path, and through a symbolic link.
    const QString dirPath = QFileInfo(t.path()).absolutePath();
    EXPECT_TRUE(
        storage::Database::isOpenDatabaseFile(dirPath + QStringLiteral("/./") + QFileInfo(t.path()).fileName()));
    const QString link = t.file(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(t.path(), link));
    EXPECT_TRUE(storage::Database::isOpenDatabaseFile(link));
    EXPECT_FALSE(storage::Database::isOpenDatabaseFile(t.file(QStringLiteral("other.sqlite"))));
    EXPECT_FALSE(storage::Database::isOpenDatabaseFile(t.file(QStringLiteral("db.sqlite-walrus"))));
    (void)db;
    t.close();
    EXPECT_FALSE(storage::Database::isOpenDatabaseFile(t.path()));
    EXPECT_FALSE(storage::Database::isOpenDatabaseFile(t.path() + QStringLiteral("-wal")));
}

TEST(OpenDatabaseFiles, TwoConnectionsToOneFileKeepItKnownUntilTheLastCloses)
{
    test::TempDb t;
    t.db();
    {
        auto second = storage::Database::open(t.path());
        EXPECT_TRUE(storage::Database::isOpenDatabaseFile(t.path()));
    }
    EXPECT_TRUE(storage::Database::isOpenDatabaseFile(t.path()));
    t.close();
    EXPECT_FALSE(storage::Database::isOpenDatabaseFile(t.path()));
}

TEST(OpenDatabaseFiles, ABackupOverTheOpenDatabaseIsRefusedAndChangesNothing)
{
    test::TempDb t;
    try {
        storage::Maintenance::backup(t.db(), t.path());
        FAIL() << "a backup over the open database was written";
    } catch (const storage::StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("là tệp cơ sở dữ liệu đang mở"))) << e.message().toStdString();
    }
    EXPECT_TRUE(storage::Maintenance::check(t.db()).ok);
    EXPECT_FALSE(QFileInfo::exists(t.path() + QStringLiteral(".part")));
}

TEST(OpenDatabaseFiles, RestoringADatabaseFromItselfIsRefused)
{
    test::TempDb t;
    t.db();
    t.close();
    try {
        storage::Maintenance::restore(t.path(), t.path());
        FAIL() << "restored a database from itself";
    } catch (const storage::StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("chính là cơ sở dữ liệu cần khôi phục")))
            << e.message().toStdString();
    }
}
