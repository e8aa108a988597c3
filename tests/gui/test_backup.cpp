// The window's automatic backups, backup and restore actions, and its refusal of a damaged
// database (with the offer to restore the newest backup) — on real files.
#include "forms.h"
#include "testsupport.h"

#include "workprogram/gui/backupactions.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programrepository.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wp;
using gui::MainWindow;
using gui::Prompts;

namespace {

/// What the window's backup entries (menu "Tệp") do.
gui::BackupActions& backups(MainWindow& window)
{
    return *test::area<gui::BackupActions>(&window);
}

struct Backups : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("chuong-trinh.sqlite"));
    QString folder = dir.filePath(QStringLiteral("sao-luu"));

    void SetUp() override
    {
        QSettings().clear();
        Prompts::setNonInteractive(true);
        Prompts::shownMessages().clear();
        auto db = storage::Database::open(dbPath);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db, io::SampleData::Stage::Amending);
    }

    static int itemsIn(const QString& path)
    {
        auto db = storage::Database::open(path);
        return storage::ItemRepository(*db).count(storage::ProgramRepository(*db).byYear(2023)->id);
    }

    /// Overwrites pages in the middle of the file (the database closed: no WAL beside it).
    void damage(const QString& path)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_GT(f.size(), 40 * 4096);
        f.seek(8 * 4096);
        f.write(QByteArray(24 * 4096, '\xA5'));
    }
};

} // namespace

TEST_F(Backups, OpeningMakesOneDailyBackupBesideTheDatabase)
{
    {
        MainWindow w;
        ASSERT_TRUE(w.openDatabase(dbPath, 2023));
        ASSERT_FALSE(backups(w).lastDailyBackup().isEmpty());
        EXPECT_TRUE(backups(w).lastDailyBackup().startsWith(folder));
        EXPECT_EQ(itemsIn(backups(w).lastDailyBackup()), 535);
    }
    MainWindow again;
    ASSERT_TRUE(again.openDatabase(dbPath, 2023));
    EXPECT_TRUE(backups(again).lastDailyBackup().isEmpty()) << "one a day";
    EXPECT_EQ(storage::Maintenance::backupsIn(folder, dbPath).size(), 1);
}

TEST_F(Backups, DailyBackupCanBeTurnedOff)
{
    QSettings().setValue(QStringLiteral("backup/daily"), false);
    MainWindow w;
    ASSERT_TRUE(w.openDatabase(dbPath, 2023));
    EXPECT_TRUE(backups(w).lastDailyBackup().isEmpty());
    EXPECT_FALSE(QDir(folder).exists());
}

TEST_F(Backups, BackupNowAndRestoreBringBackTheData)
{
    MainWindow w;
    ASSERT_TRUE(w.openDatabase(dbPath, 2023));
    // A draft (only drafts are deleted) kept in the backup, then deleted.
    Item draft = w.context().items()->item(0);
    draft.id = 0;
    draft.number = 0;
    draft.status = Status::Draft;
    ASSERT_TRUE(w.context().editor()->addItems({draft}, QStringLiteral("thêm")));
    const QString copy = dir.filePath(QStringLiteral("truoc-khi-xoa.sqlite"));
    ASSERT_TRUE(backups(w).backupNow(copy));
    const qint64 id = w.context().items()->items().last().id;
    ASSERT_TRUE(w.context().editor()->removeItems({id}, QStringLiteral("xóa")));
    EXPECT_EQ(itemsIn(dbPath), 535);

    Prompts::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(backups(w).restoreFromBackup(copy));
    EXPECT_EQ(itemsIn(dbPath), 535) << "refused: nothing changed";

    Prompts::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(backups(w).restoreFromBackup(copy));
    EXPECT_EQ(itemsIn(dbPath), 536);
    EXPECT_EQ(w.context().proxy()->rowCount(), 536);
}

TEST_F(Backups, RestoringSomethingThatIsNotABackupIsRefusedAndTheDataStays)
{
    MainWindow w;
    ASSERT_TRUE(w.openDatabase(dbPath, 2023));
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    test::writeFile(junk, QByteArray("not a database\n"));
    Prompts::setNextAnswer(QMessageBox::Yes);
    EXPECT_FALSE(backups(w).restoreFromBackup(junk));
    EXPECT_EQ(w.context().proxy()->rowCount(), 535) << "the window is back on the current data";
    EXPECT_EQ(itemsIn(dbPath), 535);
}

TEST_F(Backups, ADamagedDatabaseIsRefusedWithAClearMessageWhenThereIsNoBackup)
{
    damage(dbPath);
    MainWindow w;
    EXPECT_FALSE(w.openDatabase(dbPath, 2023));
    ASSERT_FALSE(Prompts::shownMessages().isEmpty());
    EXPECT_TRUE(Prompts::shownMessages().last().contains(QStringLiteral("chuong-trinh.sqlite")))
        << Prompts::shownMessages().last().toStdString();
    EXPECT_EQ(w.context().proxy()->rowCount(), 0);
}

TEST_F(Backups, ADamagedDatabaseOffersTheNewestBackupAndKeepsTheDamagedFile)
{
    {
        MainWindow w;
        ASSERT_TRUE(w.openDatabase(dbPath, 2023)); // makes the daily backup
    }
    damage(dbPath);

    MainWindow declined;
    Prompts::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(declined.openDatabase(dbPath, 2023));
    EXPECT_TRUE(Prompts::shownMessages().last().contains(QStringLiteral("Khôi phục"))) << "the offer was made";

    MainWindow w;
    Prompts::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(w.openDatabase(dbPath, 2023));
    EXPECT_EQ(w.context().proxy()->rowCount(), 535);
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("chuong-trinh.sqlite.hong-*")}, QDir::Files);
    EXPECT_FALSE(aside.isEmpty()) << "the damaged file is kept";
}
