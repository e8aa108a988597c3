// Issue 13, the window's part of "no lost update": a save of an item someone else changed since
// it was read is refused, and the window shows their value beside yours, who changed it and
// when, and lets the person keep theirs or write theirs over with the fields they choose. Two
// connections to one database: a file (SQLite) and, with WP_TEST_PG, a server (label pg).
#include "forms.h"
#include "modal.h"
#include "testsupport.h"

#include "workprogram/gui/conflictdialog.h"
#include "workprogram/gui/editactions.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace wp;
using io::SampleReview;
using models::ItemTableModel;

namespace {

/// Runs @p drive on the next modal dialog of type T. A ticking timer, not a waiting loop: two
/// drivers may wait at once (the item dialog's, then the conflict's) without nesting.
template <class T>
void onNextModalOf(std::function<void(T*)> drive)
{
    auto* timer = new QTimer(qApp);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, ticks, drive] {
        if (auto* modal = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        } else if (++*ticks == 300) {
            timer->stop();
            timer->deleteLater();
            ADD_FAILURE() << "no " << T::staticMetaObject.className() << " appeared";
        }
    });
    timer->start(10);
}

struct ConflictView : ::testing::TestWithParam<test::Backend>
{
    test::TestDb testDb{GetParam()};
    std::unique_ptr<storage::Database> other; ///< the second connection: someone else's program
    std::unique_ptr<gui::MainWindow> window;
    Item item; ///< a proposal of the unit's, which the Office and the unit may both edit

    void SetUp() override
    {
        WP_SKIP_UNLESS_AVAILABLE(testDb);
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        gui::Prompts::shownMessages().clear();
        io::SampleData::addUnits(testDb.db());
        io::SampleData::addProgram(testDb.db()); // SampleReview copies its items
        SampleReview::add(testDb.db());
        testDb.close();
        other = storage::Database::open(testDb.spec());
        window = std::make_unique<gui::MainWindow>();
        window->resize(1200, 700);
        window->show();
        ASSERT_TRUE(window->openDatabase(testDb.spec(), SampleReview::Year));
        window->context().setUser(user(SampleReview::officeLogin()));
        const User unit = user(SampleReview::unitLogin());
        const ItemTableModel& items = *window->context().items();
        for (int row = 0; row < items.rowCount() && !item.id; ++row)
            if (items.item(row).status == Status::Proposed && items.item(row).leadUnitId == unit.unitId)
                item = items.item(row);
        ASSERT_NE(item.id, 0);
    }
    void TearDown() override
    {
        window.reset();
        other.reset();
    }
    User user(const QString& login) { return *storage::UserRepository(*other).byLogin(login); }
    Item stored() { return *storage::ItemRepository(*other).byId(item.id); }
    /// The unit, on its own connection, changes the note and the leader of the item.
    void theyEdit()
    {
        Item theirs = stored();
        theirs.note = QStringLiteral("Ghi chú của đơn vị");
        theirs.leader = QStringLiteral("PCT phụ trách Kinh tế");
        storage::WorkflowService(*other, user(SampleReview::unitLogin())).edit(theirs);
    }
    /// The Office opens the item's dialog, types a new content and a new leader, and while the
    /// dialog is open the unit saves its change (which the window's table takes in); then OK.
    void editInDialogWhileTheyEdit()
    {
        window->context().selectItem(item.id);
        onNextModalOf<gui::ItemDialog>([this](gui::ItemDialog* dialog) {
            test::named<QPlainTextEdit>(dialog, "contentEdit")->setPlainText(QStringLiteral("Nội dung văn phòng gõ"));
            test::named<QComboBox>(dialog, "leaderCombo")->setCurrentText(QStringLiteral("Chủ tịch UBND quận"));
            theyEdit();
            window->context().changeNotifier()->setPollInterval(20);
            const ItemTableModel& items = *window->context().items();
            for (int i = 0; i < 150 && items.item(items.rowOfId(item.id)).note != QStringLiteral("Ghi chú của đơn vị");
                 ++i)
                QTest::qWait(10);
            EXPECT_EQ(items.item(items.rowOfId(item.id)).note, QStringLiteral("Ghi chú của đơn vị"));
            dialog->accept();
        });
        test::area<gui::EditActions>(window.get())->editInDialog();
    }
};

} // namespace

TEST_P(ConflictView, TheirValuesBesideYoursAndYoursWrittenOnTopOfTheirs)
{
    QStringList shown;
    QString intro;
    onNextModalOf<gui::ConflictDialog>([&](gui::ConflictDialog* dialog) {
        intro = test::named<QLabel>(dialog, "conflictIntro")->text();
        QTableWidget* table = dialog->table();
        for (int row = 0; row < table->rowCount(); ++row)
            shown.append(QStringLiteral("%1 | %2 | %3 | %4")
                             .arg(table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text())
                             .arg(table->item(row, 1)->checkState() == Qt::Checked ? "x" : " "));
        test::named<QPushButton>(dialog, "writeYoursButton")->click();
    });
    editInDialogWhileTheyEdit();
    // Every differing field: the two typed (ticked: yours) and their note (not ticked: theirs stays).
    EXPECT_EQ(shown.join(QLatin1Char('\n')).toStdString(),
              QStringLiteral("Nội dung công việc | Nội dung văn phòng gõ | %1 | x\n"
                             "Lãnh đạo phụ trách | Chủ tịch UBND quận | PCT phụ trách Kinh tế | x\n"
                             "Ghi chú | %2 | Ghi chú của đơn vị |  ")
                  .arg(item.content, item.note)
                  .toStdString());
    EXPECT_TRUE(intro.startsWith(QStringLiteral("Nội dung số %1 đã được ").arg(item.number))) << intro.toStdString();
    // Who and when in storage's one form, the same as the conflict message's.
    const std::optional<storage::LastChange> last = storage::HistoryRepository(*other).lastChange(item.id);
    ASSERT_TRUE(last);
    EXPECT_TRUE(intro.contains(
        QStringLiteral("%1 (donvi) sửa lúc %2").arg(user(QStringLiteral("donvi")).fullName, last->when())))
        << intro.toStdString();
    // Written on top of theirs: the Office's content and leader, the unit's note.
    const Item now = stored();
    EXPECT_EQ(now.content, QStringLiteral("Nội dung văn phòng gõ"));
    EXPECT_EQ(now.leader, QStringLiteral("Chủ tịch UBND quận"));
    EXPECT_EQ(now.note, QStringLiteral("Ghi chú của đơn vị"));
    const ItemTableModel& items = *window->context().items();
    EXPECT_EQ(items.item(items.rowOfId(item.id)).content, now.content);
    EXPECT_EQ(items.item(items.rowOfId(item.id)).rowVersion, now.rowVersion);
}

TEST_P(ConflictView, KeepingTheirsWritesNothingAndEscAsksFirst)
{
    bool stillOpenAfterEsc = false;
    onNextModalOf<gui::ConflictDialog>([&](gui::ConflictDialog* dialog) {
        // Esc: the question is answered No (non-interactive), the dialog and what was typed stay.
        QTest::keyClick(dialog, Qt::Key_Escape);
        stillOpenAfterEsc = dialog->isVisible();
        test::named<QPushButton>(dialog, "keepTheirsButton")->click();
    });
    editInDialogWhileTheyEdit();
    EXPECT_TRUE(stillOpenAfterEsc);
    EXPECT_TRUE(gui::Prompts::shownMessages().contains(
        QStringLiteral("Bỏ những giá trị bạn đã nhập và giữ bản của người khác?")));
    const Item now = stored();
    EXPECT_EQ(now.content, item.content);
    EXPECT_EQ(now.leader, QStringLiteral("PCT phụ trách Kinh tế"));
    EXPECT_EQ(now.note, QStringLiteral("Ghi chú của đơn vị"));
    const ItemTableModel& items = *window->context().items();
    EXPECT_EQ(items.item(items.rowOfId(item.id)).leader, now.leader);
}

TEST_P(ConflictView, ACellEditOverAStaleRowShowsTheConflictToo)
{
    // The table had not taken their change in yet (no poll between): the storage refuses the
    // stale row version and the same view appears.
    bool appeared = false;
    onNextModalOf<gui::ConflictDialog>([&](gui::ConflictDialog* dialog) {
        appeared = true;
        test::named<QPushButton>(dialog, "writeYoursButton")->click();
    });
    theyEdit();
    ItemTableModel& items = *window->context().items();
    items.setData(items.index(items.rowOfId(item.id), ItemTableModel::Content), QStringLiteral("Sửa ngay trong ô"));
    EXPECT_TRUE(appeared);
    const Item now = stored();
    EXPECT_EQ(now.content, QStringLiteral("Sửa ngay trong ô"));
    EXPECT_EQ(now.note, QStringLiteral("Ghi chú của đơn vị"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ConflictView, ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
