// Issue 12 in the window: no program data before the sign-in on a database with accounts, a locked
// account signed out before its next write, a unit deleting only its own unit's drafts, a reset
// password changed at sign-in, and the import recorded as the person signed in and limited by their
// role. The real MainWindow offscreen, a fresh database per test.
#include "forms.h"
#include "freshwindow.h"
#include "modal.h"
#include "testsupport.h"

#include "workprogram/gui/editactions.h"
#include "workprogram/gui/importexportactions.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace wp;
using gui::MainWindow;
using io::SampleReview;

namespace {

struct WindowTrust : test::ReviewWindow
{
    WindowTrust() : ReviewWindow(QStringLiteral("trust.sqlite")) {}
    int rows() const { return window->context().items()->rowCount(); }
    qint64 unitId(const QString& name)
    {
        for (const Unit& u : storage::UnitRepository(*db).all())
            if (u.name == name)
                return u.id;
        return 0;
    }
    /// A draft of @p unit in the shown program, written by the other connection.
    qint64 addDraft(qint64 unit, const QString& content)
    {
        Item it;
        it.programId = storage::ProgramRepository(*db).byYear(SampleReview::Year)->id;
        it.content = content;
        it.leadUnitId = unit;
        it.status = Status::Draft;
        QVector<Item> items{it};
        storage::ItemService(*db).create(items, QString());
        return items.first().id;
    }
    QAction* action(const char* name) { return test::named<QAction>(window.get(), name); }
};

} // namespace

TEST_F(WindowTrust, NoProgramDataIsShownBeforeSomeoneSignsIn)
{
    EXPECT_EQ(rows(), 0) << "the table is empty behind the sign-in";
    EXPECT_EQ(window->context().proxy()->rowCount(), 0);
    EXPECT_EQ(window->context().counts()->overdueTotal(), 0);
    EXPECT_EQ(window->context().currentItemId(), 0) << "so the history panel shows nothing";
    EXPECT_FALSE(action("newAction")->isEnabled());
    window->context().showYear(SampleReview::Year); // (the daily backup's message came after it)
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("hãy đăng nhập")))
        << window->statusBar()->currentMessage().toStdString();

    signIn(SampleReview::officeLogin());
    EXPECT_EQ(rows(), 24) << "6 units × 4 items, shown once the Office signed in";
    EXPECT_EQ(window->context().year(), SampleReview::Year);
    EXPECT_TRUE(action("newAction")->isEnabled());

    window->context().setUser(std::nullopt);
    EXPECT_EQ(rows(), 0) << "signing out hides the program again";
}

TEST_F(WindowTrust, ADatabaseWithoutAccountsShowsItsProgramAsBefore)
{
    QTemporaryDir other;
    const QString path = other.filePath(QStringLiteral("no-accounts.sqlite"));
    {
        auto plain = storage::Database::open(path);
        io::SampleData::addUnits(*plain);
        io::SampleData::addProgram(*plain);
    }
    ASSERT_TRUE(window->openDatabase(path));
    EXPECT_GT(rows(), 0);
}

TEST_F(WindowTrust, ALockedAccountIsSignedOutBeforeItsNextWrite)
{
    signIn(SampleReview::officeLogin());
    ASSERT_EQ(rows(), 24);
    const Item before = window->context().items()->item(0);
    // An administrator locks the Office's account elsewhere (the CLI, another window).
    storage::UserRepository(*db).setActive(user(SampleReview::officeLogin()).id, false);

    Item changed = before;
    changed.note = QStringLiteral("ghi chú sau khi bị khóa");
    EXPECT_FALSE(window->context().editor()->editItems({changed}, QStringLiteral("Sửa")));
    EXPECT_FALSE(window->context().user().has_value()) << "the window signed out";
    EXPECT_EQ(lastMessage(), QStringLiteral("Tài khoản vanphong đã bị khóa; cửa sổ đã đăng xuất và không ghi gì."));
    EXPECT_EQ(storage::ItemRepository(*db).byId(before.id)->note, before.note) << "nothing written";
    EXPECT_EQ(rows(), 0) << "and the program is hidden again";
}

TEST_F(WindowTrust, ALockedAccountCannotOpenAnEditingDialog)
{
    signIn(SampleReview::officeLogin());
    window->context().selectItem(window->context().items()->item(0).id);
    storage::UserRepository(*db).setActive(user(SampleReview::officeLogin()).id, false);
    gui::Prompts::shownMessages().clear();
    action("newAction")->trigger(); // would open the item dialog (and block) if it got that far
    EXPECT_FALSE(window->context().user().has_value());
    EXPECT_EQ(gui::Prompts::shownMessages().size(), 1);
    EXPECT_TRUE(lastMessage().contains(QStringLiteral("đã bị khóa")));
}

TEST_F(WindowTrust, AUnitDeletesOnlyItsOwnUnitsDrafts)
{
    const qint64 own = addDraft(unitId(QStringLiteral("Phòng Tài chính - Kế hoạch")), QStringLiteral("Nháp của mình"));
    const qint64 other = addDraft(unitId(QStringLiteral("Phòng Tư pháp")), QStringLiteral("Nháp của đơn vị khác"));
    signIn(SampleReview::unitLogin());
    ASSERT_GE(window->context().items()->rowOfId(other), 0);

    window->context().selectItem(other);
    EXPECT_FALSE(action("deleteAction")->isEnabled()) << "disabled before anything is asked";
    EXPECT_FALSE(action("editDialogAction")->isEnabled());
    window->context().selectItem(own);
    EXPECT_TRUE(action("deleteAction")->isEnabled());
    EXPECT_TRUE(action("editDialogAction")->isEnabled());

    // Refused below the menus too (a stale selection, an undo).
    EXPECT_FALSE(window->context().editor()->removeItems({other}, QStringLiteral("Xóa")));
    EXPECT_TRUE(storage::ItemRepository(*db).byId(other).has_value()) << "the other unit's draft stays";
    EXPECT_EQ(lastMessage(), QStringLiteral("Nội dung số %1 không xóa được: đơn vị chỉ xóa được bản nháp của chính "
                                            "đơn vị mình, Văn phòng xóa được mọi bản nháp.")
                                 .arg(storage::ItemRepository(*db).byId(other)->number));
    EXPECT_TRUE(window->context().editor()->removeItems({own}, QStringLiteral("Xóa")));
    EXPECT_FALSE(storage::ItemRepository(*db).byId(own).has_value());

    // The Office deletes any unit's draft.
    signIn(SampleReview::officeLogin());
    window->context().selectItem(other);
    EXPECT_TRUE(action("deleteAction")->isEnabled());
}

TEST_F(WindowTrust, ALeaderAndAnAdministratorCannotStartTypingAnItem)
{
    signIn(SampleReview::leaderLogin());
    window->context().selectItem(window->context().items()->item(0).id);
    EXPECT_FALSE(action("newAction")->isEnabled());
    EXPECT_FALSE(action("editDialogAction")->isEnabled());
    EXPECT_FALSE(action("bulkEditAction")->isEnabled());
    signIn(SampleReview::adminLogin());
    window->context().selectItem(window->context().items()->item(0).id);
    EXPECT_FALSE(action("newAction")->isEnabled());
    EXPECT_FALSE(action("duplicateAction")->isEnabled());
    EXPECT_FALSE(action("bulkEditAction")->isEnabled());
}

TEST_F(WindowTrust, AResetPasswordIsReplacedAtSignInBeforeAnythingElse)
{
    const User unit = user(SampleReview::unitLogin());
    storage::UserRepository(*db).setPassword(unit.id, QStringLiteral("tam-thoi-1"), SampleReview::adminLogin());
    ASSERT_TRUE(user(SampleReview::unitLogin()).mustChangePassword);

    gui::LoginDialog dialog(*window->context().database(), window.get());
    dialog.show();
    auto* ok = test::named<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto* error = test::named<QLabel>(&dialog, "errorLabel");
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "loginEdit"), SampleReview::unitLogin());
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("tam-thoi-1"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.asksNewPassword());
    EXPECT_FALSE(dialog.user().has_value()) << "not signed in with the one-time password";
    auto* fresh = test::named<QLineEdit>(&dialog, "newPasswordEdit");
    auto* repeat = test::named<QLineEdit>(&dialog, "repeatEdit");
    EXPECT_TRUE(fresh->isVisible());
    EXPECT_TRUE(repeat->isVisible());

    QTest::keyClicks(fresh, QStringLiteral("cua-toi-1"));
    QTest::keyClicks(repeat, QStringLiteral("cua-toi-2"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("Hai lần nhập mật khẩu không khớp")); // UserAdmin's words
    EXPECT_TRUE(user(SampleReview::unitLogin()).mustChangePassword);

    fresh->setText(QStringLiteral("tam-thoi-1"));
    repeat->setText(QStringLiteral("tam-thoi-1"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(error->text(), QStringLiteral("Mật khẩu mới phải khác mật khẩu quản trị đã đặt lại."));

    fresh->setText(QStringLiteral("cua-toi-1"));
    repeat->setText(QStringLiteral("cua-toi-1"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.user().has_value());
    EXPECT_EQ(dialog.user()->login, SampleReview::unitLogin());
    EXPECT_FALSE(user(SampleReview::unitLogin()).mustChangePassword);
    EXPECT_NO_THROW(storage::UserRepository(*db).authenticate(SampleReview::unitLogin(), QStringLiteral("cua-toi-1")));
}

TEST_F(WindowTrust, TheImportIsRecordedAsTheSignedInPersonAndLimitedByTheirRole)
{
    const QString file = dir.filePath(QStringLiteral("nhap.csv"));
    test::writeFile(file, "STT;Nội dung công việc;Cơ quan chủ trì\n1;Việc của Tư pháp;Phòng Tư pháp\n");
    const int year = SampleReview::Year + 1;

    // A unit may import only its own unit's items: refused as a whole, said on the preview page.
    {
        gui::ImportWizard wizard(*window->context().database(), year, window.get());
        wizard.setImporter(user(SampleReview::unitLogin()));
        wizard.setFileName(file);
        wizard.show();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
        const QString refusal = wizard.plan().result.refusal;
        ASSERT_FALSE(refusal.isEmpty());
        EXPECT_TRUE(wizard.previewSummary()->text().contains(refusal.toHtmlEscaped()))
            << wizard.previewSummary()->text().toStdString();
        EXPECT_TRUE(wizard.previewSummary()->text().startsWith(QStringLiteral("<b>Không được nhập:</b>")));
        gui::Prompts::shownMessages().clear();
        wizard.next();
        EXPECT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
        EXPECT_EQ(lastMessage(), QStringLiteral("Không được nhập: %1. Không có gì được ghi.").arg(refusal));
        EXPECT_FALSE(storage::ProgramRepository(*db).byYear(year).has_value()) << "nothing written";
    }
    // The Office imports it through the window's menu, and the history names the Office.
    signIn(SampleReview::officeLogin());
    window->context().showYear(year);
    bool reachedSummary = false;
    test::onNextModal([&reachedSummary](QWidget* modal) {
        auto* wizard = qobject_cast<gui::ImportWizard*>(modal);
        ASSERT_NE(wizard, nullptr);
        wizard->next();
        ASSERT_TRUE(wizard->plan().result.ok) << wizard->previewSummary()->text().toStdString();
        wizard->next();
        reachedSummary = wizard->currentId() == gui::ImportWizard::SummaryPage;
        wizard->accept();
    });
    test::area<gui::ImportExportActions>(window.get())->importFile(file);
    EXPECT_TRUE(reachedSummary);
    const std::optional<Program> program = storage::ProgramRepository(*db).byYear(year);
    ASSERT_TRUE(program.has_value());
    const QVector<Item> items = storage::ItemRepository(*db).list(program->id, {});
    ASSERT_EQ(items.size(), 1);
    const QVector<storage::HistoryEntry> history = storage::HistoryRepository(*db).forItem(items.first().id);
    ASSERT_FALSE(history.isEmpty());
    EXPECT_EQ(history.first().login, SampleReview::officeLogin());
}
