// Issue 14's last items: every message the window shows starts with a capital letter (a login
// stays as written), the table shows clearly more than 8 rows at 1366 × 768, and the connect
// dialog's fields have access keys.
#include "forms.h"
#include "samplewindow.h"

#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace wp;
using io::SampleReview;

namespace {

struct WindowRest : test::SampleWindow
{
    QString lastMessage() const
    {
        return gui::Prompts::shownMessages().isEmpty() ? QString() : gui::Prompts::shownMessages().last();
    }
};

} // namespace

TEST_F(WindowRest, ARefusalWordedInLowerCaseIsShownWithACapital)
{
    // The storage's words, written to follow "bị từ chối: " on the command line.
    window->context().setUser(user(SampleReview::officeLogin()));
    auto* actions = test::area<gui::ProgramActions>(window.get());
    QAction* back = actions->stepAction(ProgramState::Review, ProgramState::Drafting);
    ASSERT_TRUE(back->isEnabled());
    Program p = *storage::ProgramRepository(*db).byYear(SampleReview::Year);
    storage::WorkflowService(*db, user(SampleReview::leaderLogin())).step(p, ProgramState::Drafting);
    back->trigger(); // the window still offered the step someone else already took
    EXPECT_EQ(lastMessage(), QStringLiteral("Không ai được chuyển chương trình từ \"Tổng hợp dự thảo\" sang \"Tổng hợp "
                                            "dự thảo\""));
    // A dialog's error line: the first administrator's password, refused by UserAdmin.
    QTemporaryDir empty;
    auto fresh = storage::Database::open(empty.filePath(QStringLiteral("new.sqlite")));
    gui::FirstAdminDialog first(*fresh);
    test::named<QLineEdit>(&first, "loginEdit")->setText(QStringLiteral("admin"));
    test::named<QLineEdit>(&first, "nameEdit")->setText(QStringLiteral("Phạm Quản Trị"));
    test::named<QLineEdit>(&first, "passwordEdit")->setText(QStringLiteral("12345"));
    test::named<QLineEdit>(&first, "repeatEdit")->setText(QStringLiteral("12345"));
    EXPECT_FALSE(first.tryCreate());
    EXPECT_EQ(test::named<QLabel>(&first, "errorLabel")->text(), QStringLiteral("Mật khẩu phải có ít nhất 6 ký tự"));
    // The status bar too.
    window->context().showMessage(QStringLiteral("đã lưu"));
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Đã lưu"));
}

TEST_F(WindowRest, AMessageThatStartsWithALoginKeepsTheLogin)
{
    // "an" is also a Vietnamese word: a login is never capitalised, whatever it reads like.
    User an;
    an.login = QStringLiteral("an");
    an.fullName = QStringLiteral("Trần Văn An");
    an.role = Role::Unit;
    an.unitId = user(SampleReview::unitLogin()).unitId;
    storage::UserAdmin(*db).add(user(SampleReview::adminLogin()), an, QStringLiteral("mat-khau-an"));
    window->context().setUser(user(QStringLiteral("an")));
    EXPECT_FALSE(test::area<gui::ProgramActions>(window.get())->takeStep(ProgramState::Drafting));
    EXPECT_TRUE(lastMessage().startsWith(QStringLiteral("an (Đơn vị) không được chuyển chương trình sang ")))
        << lastMessage().toStdString();
    // File names, paths and addresses stay as written too; a word is capitalised.
    EXPECT_EQ(gui::Prompts::sentence(QStringLiteral("db.sqlite là tệp cơ sở dữ liệu đang mở")),
              QStringLiteral("db.sqlite là tệp cơ sở dữ liệu đang mở"));
    EXPECT_EQ(gui::Prompts::sentence(QStringLiteral("postgresql://an@may/wp: không kết nối được")),
              QStringLiteral("postgresql://an@may/wp: không kết nối được"));
    EXPECT_EQ(gui::Prompts::sentence(QStringLiteral("đơn vị chưa có")), QStringLiteral("Đơn vị chưa có"));
    // The price of the rule: a message starting with the word "an" stays lower-case while the
    // open database has an account "an".
    EXPECT_EQ(gui::Prompts::sentence(QStringLiteral("an toàn")), QStringLiteral("an toàn"));
}

TEST_F(WindowRest, TheTableShowsAtLeastTwelveWholeRowsAt1366x768)
{
    window->context().setUser(user(SampleReview::officeLogin()));
    QApplication::processEvents();
    auto* view = test::named<QTableView>(window.get(), "itemsView");
    ASSERT_GT(view->model()->rowCount(), 20);
    const int height = view->viewport()->height();
    int whole = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QRect r = view->visualRect(view->model()->index(row, 0));
        if (r.top() >= 0 && r.bottom() < height)
            ++whole;
    }
    std::cout << "whole rows at 1366×768: " << whole << "\n";
    EXPECT_GE(whole, 12) << "viewport " << height << " px, rows " << view->rowHeight(0) << " px";
    // The counts panel is still open, beside the table.
    auto* counts = test::named<QWidget>(window.get(), "countsDock");
    EXPECT_TRUE(counts->isVisible());
    EXPECT_GE(test::named<QTableView>(window.get(), "countsView")->height(), 200);
}

TEST_F(WindowRest, TheCountsPanelShowsEveryUnitsWholeTotalAt1366x768)
{
    // A number cut at the panel's edge reads as another one ("588" of 5 882): the names give way.
    window->context().setUser(user(SampleReview::officeLogin()));
    QApplication::processEvents();
    auto* counts = test::named<QTableView>(window.get(), "countsView");
    ASSERT_GT(counts->model()->rowCount(), 10);
    const int total = models::UnitCountsModel::Total;
    const int right = counts->columnViewportPosition(total) + counts->columnWidth(total);
    EXPECT_LE(right, counts->viewport()->width()) << "the total column ends past the panel's edge";
    EXPECT_GE(counts->columnWidth(total), static_cast<QAbstractItemView*>(counts)->sizeHintForColumn(total))
        << "the total column is cut";
    // The longest name is elided, not lost: its tooltip says it whole.
    const QModelIndex name = counts->model()->index(0, models::UnitCountsModel::Unit);
    EXPECT_EQ(name.data(Qt::ToolTipRole).toString(), name.data(Qt::DisplayRole).toString());
    window->grab().save(QDir::temp().filePath(QStringLiteral("counts-panel-1366.png")));
}

TEST_F(WindowRest, TheConnectDialogsFieldsHaveAccessKeys)
{
    gui::ConnectDialog dialog(window.get());
    dialog.show();
    QStringList missing;
    QStringList keys;
    for (const char* field : {"hostEdit", "portSpin", "databaseEdit", "loginEdit", "passwordEdit"}) {
        QWidget* w = test::named<QWidget>(&dialog, field);
        QLabel* label = nullptr;
        for (QLabel* l : dialog.findChildren<QLabel*>())
            if (l->buddy() == w)
                label = l;
        const qsizetype amp = label ? label->text().indexOf(QLatin1Char('&')) : -1;
        if (amp < 0)
            missing.append(QLatin1String(field));
        else
            keys.append(label->text().mid(amp + 1, 1).toLower());
    }
    EXPECT_EQ(missing.join(QStringLiteral(", ")).toStdString(), "");
    keys.removeDuplicates();
    EXPECT_EQ(keys.size(), 5);
}
