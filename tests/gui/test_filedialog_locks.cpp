// Issue 14: a file dialog that had shown the database's folder made the window lose edits. The
// dialog opened and closed the database's files to sniff their type; closing any descriptor of a
// file drops every POSIX lock the process holds on it, so another process (the CLI) then saw
// nobody holding the database, checkpointed and deleted its -wal/-shm, and the window's later
// edits went into a deleted log. These tests open the program's file dialog on that folder while
// the window holds the database, then check that the locks are still held and that nothing
// written afterwards by another process or by the window is lost.
#include "testsupport.h"

#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programrepository.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wp;

namespace {

/// Whether another process sees a lock held on @p path (F_GETLK from a forked child: a process
/// never conflicts with its own locks, so the question must be asked from outside).
bool lockedForOthers(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(name.constData(), O_RDWR);
        if (fd < 0)
            _exit(2);
        struct flock query = {};
        query.l_type = F_WRLCK;
        query.l_whence = SEEK_SET;
        query.l_start = 0;
        query.l_len = 0; // the whole file
        const int rc = fcntl(fd, F_GETLK, &query);
        _exit(rc == 0 && query.l_type != F_UNLCK ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/// Named "db.sqlite" (a name the MIME database knows) or "chuong-trinh-2023" (no suffix: only its
/// content could tell what it is).
struct FileDialogLocks : ::testing::TestWithParam<const char*>
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QString::fromLatin1(GetParam()));
    std::unique_ptr<gui::MainWindow> window;

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        {
            auto db = storage::Database::open(dbPath);
            io::SampleData::addUnits(*db);
            io::SampleData::addProgram(*db, io::SampleData::Stage::Amending);
        }
        // A file of each kind a folder may hold beside the database.
        test::writeFile(dir.filePath(QStringLiteral("notes.txt")), "ghi chú\n");
        window = std::make_unique<gui::MainWindow>();
        window->setToday(QDate(2023, 7, 1));
        window->show();
        ASSERT_TRUE(window->openDatabase(dbPath, 2023));
        // Writes make the connection hold the write-ahead log and its index: an edit, and a new item
        // on the last pages of the table, which another process's new items will share.
        ASSERT_TRUE(window->context().items()->setData(
            window->context().items()->index(noteRow(0), models::ItemTableModel::Note),
            QStringLiteral("trước hộp thoại")));
        ASSERT_TRUE(addItem(QStringLiteral("Kế hoạch thêm trước hộp thoại")));
    }
    void TearDown() override { window.reset(); }

    bool addItem(const QString& content)
    {
        Item added = window->context().items()->item(0);
        added.id = 0;
        added.number = 0;
        added.status = Status::Draft;
        added.note.clear();
        added.content = content;
        return window->context().editor()->addItems({added}, QStringLiteral("Thêm"));
    }

    /// The row of the @p n-th item (0-based) whose note may be edited (approved or in progress).
    int noteRow(int n) const
    {
        for (int r = 0; r < window->context().items()->rowCount(); ++r) {
            const Status s = window->context().items()->item(r).status;
            if ((s == Status::Approved || s == Status::InProgress) && n-- == 0)
                return r;
        }
        return -1;
    }

    /// Opens the program's file dialog on the database's folder, lets it list and describe every
    /// file (types, icons), then cancels it, as a person browsing there would.
    void browseTheFolder(QFileDialog::AcceptMode mode)
    {
        std::unique_ptr<QFileDialog> dialog =
            gui::Prompts::fileDialog(window.get(), QStringLiteral("Chọn tệp"), dir.path(), QStringLiteral("*"), mode);
        auto* model = dialog->findChild<QFileSystemModel*>();
        ASSERT_TRUE(model);
        QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
        dialog->show();
        dialog->setDirectory(dir.path());
        ASSERT_TRUE(loaded.count() > 0 || loaded.wait(5000));
        // The type and icon of every row are asked for, as the view does when it paints them.
        const QModelIndex root = model->index(dir.path());
        for (int r = 0; r < model->rowCount(root); ++r) {
            model->data(model->index(r, 0, root), Qt::DecorationRole);
            model->data(model->index(r, 2, root), Qt::DisplayRole);
        }
        QTest::qWait(500); // the file-info thread fetches what was asked
        QApplication::processEvents();
        dialog->reject();
    }
};

} // namespace

TEST_P(FileDialogLocks, TheDatabaseStaysLockedAfterTheDialogBrowsedItsFolder)
{
    ASSERT_TRUE(lockedForOthers(dbPath)) << "the window's connection holds the database";
    ASSERT_TRUE(lockedForOthers(dbPath + QStringLiteral("-shm"))) << "and the write-ahead log's index";
    browseTheFolder(QFileDialog::AcceptOpen);
    EXPECT_TRUE(lockedForOthers(dbPath));
    EXPECT_TRUE(lockedForOthers(dbPath + QStringLiteral("-shm")));
    browseTheFolder(QFileDialog::AcceptSave);
    EXPECT_TRUE(lockedForOthers(dbPath));
    EXPECT_TRUE(lockedForOthers(dbPath + QStringLiteral("-shm")));
}

TEST_P(FileDialogLocks, NothingIsLostWhenAnotherProcessWritesAfterTheDialog)
{
    browseTheFolder(QFileDialog::AcceptOpen);
    // Another process adds an item while the window is open ...
    auto cliImport = [this](const QString& content) {
        const QString csv = dir.filePath(QStringLiteral("them.csv"));
        test::writeFile(csv, (QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n1,") + content +
                              QStringLiteral(",Phòng Tư pháp,Quý IV\n"))
                                 .toUtf8());
        return test::runCli({QStringLiteral("import"), csv, QStringLiteral("--db"), dbPath, QStringLiteral("--year"),
                             QStringLiteral("2023")});
    };
    test::CliResult r = cliImport(QStringLiteral("Kế hoạch thêm từ dòng lệnh"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // ... the window sees it, and writes again: an edit and a new item ...
    window->context().showYear(2023);
    EXPECT_EQ(window->context().items()->rowCount(), 537);
    ASSERT_TRUE(window->context().items()->setData(
        window->context().items()->index(noteRow(1), models::ItemTableModel::Note), QStringLiteral("sau hộp thoại")))
        << gui::Prompts::shownMessages().join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(addItem(QStringLiteral("Kế hoạch thêm trong cửa sổ")))
        << gui::Prompts::shownMessages().join(QLatin1Char('\n')).toStdString();
    // ... another process sees what the window wrote, and adds one more.
    r = test::runCli({QStringLiteral("items"), QStringLiteral("--db"), dbPath, QStringLiteral("--year"),
                      QStringLiteral("2023"), QStringLiteral("--search"), QStringLiteral("trong cua so")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Kế hoạch thêm trong cửa sổ"))) << r.out.toStdString();
    r = cliImport(QStringLiteral("Kế hoạch thêm lần hai từ dòng lệnh"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    window.reset();

    auto db = storage::Database::open(dbPath);
    const qint64 program = storage::ProgramRepository(*db).byYear(2023)->id;
    QStringList contents;
    int notes = 0;
    for (const Item& it : storage::ItemRepository(*db).list(program)) {
        contents.append(it.content);
        notes += it.note == QStringLiteral("trước hộp thoại") || it.note == QStringLiteral("sau hộp thoại");
    }
    EXPECT_EQ(contents.size(), 539);
    for (const char* content : {"Kế hoạch thêm trước hộp thoại", "Kế hoạch thêm từ dòng lệnh",
                                "Kế hoạch thêm trong cửa sổ", "Kế hoạch thêm lần hai từ dòng lệnh"})
        EXPECT_TRUE(contents.contains(QString::fromUtf8(content))) << content;
    EXPECT_EQ(notes, 2) << "both of the window's edits";
    const storage::Maintenance::CheckResult check = storage::Maintenance::check(*db);
    EXPECT_TRUE(check.ok) << check.problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Names, FileDialogLocks, ::testing::Values("db.sqlite", "chuong-trinh-2023"));
