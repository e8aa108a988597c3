// Merging items shared by several units and user management in the GUI (issue 4), on the real
// MainWindow offscreen with the real WorkflowService / UserAdmin and a fresh database per test.
#include "forms.h"
#include "freshwindow.h"
#include "modal.h"
#include "testsupport.h"

#include "workprogram/core/merge.h"
#include "workprogram/core/text.h"
#include "workprogram/gui/adminactions.h"
#include "workprogram/gui/historypanel.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/mergedialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reviewqueuedialog.h"
#include "workprogram/gui/reviewscreens.h"
#include "workprogram/gui/unitpicker.h"
#include "workprogram/gui/usersdialog.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/historymodel.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/reviewqueuemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/models/userlistmodel.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace wp;
using gui::MainWindow;
using io::SampleReview;
using models::UnitCountsModel;

using wp::test::onNextModal;

namespace {

using test::fingerprint;

struct Admin : test::ReviewWindow
{
    Admin() : ReviewWindow(QStringLiteral("admin.sqlite")) {}
    Item item(qint64 id) { return *storage::ItemRepository(*db).byId(id); }
    /// The first item in status @p s of each of the first @p units lead units.
    QVector<Item> onePerUnit(Status s, int units)
    {
        QVector<Item> picked;
        QSet<qint64> seen;
        for (const Item& it : items(s))
            if (picked.size() < units && !seen.contains(it.leadUnitId)) {
                seen.insert(it.leadUnitId);
                picked.append(it);
            }
        return picked;
    }
    /// Selects the rows of @p ids in the window's items table, as Ctrl+click would.
    void selectRows(const QVector<qint64>& ids)
    {
        QItemSelection selection;
        for (qint64 id : ids) {
            const QModelIndex index = window->context().proxy()->mapFromSource(
                window->context().items()->index(window->context().items()->rowOfId(id), 0));
            selection.select(index, index.siblingAtColumn(models::ItemTableModel::ColumnCount - 1));
        }
        test::named<QTableView>(window.get(), "itemsView")
            ->selectionModel()
            ->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    QAction* action(const char* name) { return window->findChild<QAction*>(QLatin1String(name)); }
    int count(qint64 unitId, Status s)
    {
        UnitCountsModel* counts = window->context().counts();
        for (int r = 0; r < counts->rowCount(); ++r) {
            const QModelIndex i = counts->index(r, UnitCountsModel::FirstStatus + int(s));
            const bool total = i.data(UnitCountsModel::IsTotalRole).toBool();
            if ((unitId == 0 && total) || (!total && i.data(UnitCountsModel::UnitIdRole).toLongLong() == unitId))
                return i.data().toInt();
        }
        ADD_FAILURE() << "no counts row for unit " << unitId;
        return -1;
    }
    QString unitName(qint64 id) { return storage::UnitRepository(*db).byId(id)->name; }
};

using AdminMerge = Admin;
using AdminUsers = Admin;

} // namespace

// The article's shared items: three units proposed the same work; the Office merges them into
// one led by the second unit, the two others co-operating.
TEST_F(AdminMerge, MergesThreeItemsOfThreeUnitsIntoOneAndShowsIt)
{
    signIn(SampleReview::officeLogin());
    const QVector<Item> originals = onePerUnit(Status::Proposed, 3);
    ASSERT_EQ(originals.size(), 3);
    const qint64 lead = originals.at(1).leadUnitId;
    const int rowsBefore = window->context().items()->rowCount();
    const int proposedBefore = count(0, Status::Proposed);
    const int withdrawnBefore = count(0, Status::Withdrawn);
    const int leadProposedBefore = count(lead, Status::Proposed);
    selectRows({originals.at(0).id, originals.at(1).id, originals.at(2).id});
    QAction* merge = action("mergeAction");
    ASSERT_NE(merge, nullptr);
    ASSERT_TRUE(merge->isEnabled());
    EXPECT_EQ(merge->text(), QStringLiteral("&Gộp các nội dung trùng nhau…"));

    bool seen = false;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::MergeDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        seen = true;
        auto* table = test::named<QTableWidget>(dialog, "itemsTable");
        auto* content = test::named<QPlainTextEdit>(dialog, "contentEdit");
        auto* leadCombo = test::named<gui::UnitComboBox>(dialog, "leadCombo");
        // The three items as they are, and the content of the first pre-filled.
        ASSERT_EQ(table->rowCount(), 3);
        for (int r = 0; r < 3; ++r) {
            EXPECT_EQ(table->item(r, 0)->text(), QString::number(originals.at(r).number));
            EXPECT_EQ(table->item(r, 1)->text(), originals.at(r).content);
            EXPECT_EQ(table->item(r, 2)->text(), unitName(originals.at(r).leadUnitId));
            EXPECT_EQ(table->item(r, 3)->text(), originals.at(r).deadline.text());
            EXPECT_EQ(table->item(r, 4)->text(), StatusInfo::label(Status::Proposed));
        }
        EXPECT_EQ(content->toPlainText(), originals.at(0).content);
        // The lead is chosen among the items' units: their lead units first, then their co-units.
        const QVector<qint64> choices = Merge::units(originals);
        ASSERT_EQ(leadCombo->count(), choices.size());
        for (int i = 0; i < 3; ++i)
            EXPECT_EQ(leadCombo->itemData(i).toLongLong(), originals.at(i).leadUnitId);
        // The lead changes to the second unit: the first becomes a co-unit, the second stops being one.
        leadCombo->setUnitId(lead);
        const QVector<qint64> co = test::named<gui::UnitListEditor>(dialog, "coUnitsEditor")->checkedIds();
        EXPECT_FALSE(co.contains(lead));
        EXPECT_TRUE(co.contains(originals.at(0).leadUnitId));
        EXPECT_TRUE(co.contains(originals.at(2).leadUnitId));
        content->setPlainText(QStringLiteral("Tuyến phố đi bộ và chợ đêm từ phố Vũ Quỳnh đến tháp đồng hồ"));
        test::named<QLineEdit>(dialog, "deadlineEdit")->setText(QStringLiteral("Quý III"));
        test::named<QLineEdit>(dialog, "reasonEdit")->setText(QStringLiteral("ba đơn vị đề xuất cùng một việc"));
        QTest::mouseClick(test::named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    merge->trigger();
    ASSERT_TRUE(seen);

    // One new item, the originals withdrawn with merged_into, as `merge` in the CLI leaves them.
    EXPECT_EQ(window->context().items()->rowCount(), rowsBefore + 1);
    const qint64 mergedId = window->context().currentItemId();
    ASSERT_NE(mergedId, 0);
    const Item merged = item(mergedId);
    EXPECT_EQ(merged.content, QStringLiteral("Tuyến phố đi bộ và chợ đêm từ phố Vũ Quỳnh đến tháp đồng hồ"));
    EXPECT_EQ(merged.leadUnitId, lead);
    QVector<qint64> expectedCo{originals.at(0).leadUnitId, originals.at(2).leadUnitId};
    for (const Item& o : originals)
        for (qint64 u : o.coUnitIds)
            if (u != lead && !expectedCo.contains(u))
                expectedCo.append(u);
    EXPECT_EQ(merged.coUnitIds, expectedCo);
    EXPECT_EQ(merged.deadline.text(), QStringLiteral("Quý III"));
    EXPECT_EQ(merged.deadline.due(), QDate(SampleReview::Year, 9, 30));
    EXPECT_EQ(merged.status, Status::Proposed);
    EXPECT_EQ(merged.number, 25); // the next free number after 24
    for (const Item& o : originals) {
        const Item now = item(o.id);
        EXPECT_EQ(now.status, Status::Withdrawn);
        EXPECT_EQ(now.mergedInto, mergedId);
    }
    // The counts follow: three proposals fewer and one more, three withdrawn more.
    EXPECT_EQ(count(0, Status::Proposed), proposedBefore - 3 + 1);
    EXPECT_EQ(count(0, Status::Withdrawn), withdrawnBefore + 3);
    EXPECT_EQ(count(lead, Status::Proposed), leadProposedBefore - 1 + 1);
    EXPECT_EQ(count(lead, Status::Withdrawn), 1);
    // The new item is selected and its history shown: made from the three numbers, with the reason.
    EXPECT_EQ(test::named<QTableView>(window.get(), "itemsView")->selectionModel()->selectedRows().size(), 1);
    ASSERT_GE(test::area<gui::HistoryPanel>(window.get())->model()->rowCount(), 1);
    const QString details =
        test::area<gui::HistoryPanel>(window.get())->model()->index(0, models::HistoryModel::Details).data().toString();
    EXPECT_TRUE(details.contains(QStringLiteral("gộp từ các nội dung số %1, %2, %3: ba đơn vị đề xuất cùng một việc")
                                     .arg(originals.at(0).number)
                                     .arg(originals.at(1).number)
                                     .arg(originals.at(2).number)))
        << details.toStdString();
    storage::HistoryEntry last;
    for (const storage::HistoryEntry& e : storage::HistoryRepository(*db).forItem(originals.at(2).id))
        last = e;
    EXPECT_EQ(last.to, Status::Withdrawn);
    EXPECT_EQ(last.comment,
              QStringLiteral("gộp vào nội dung số 25 (mã %1): ba đơn vị đề xuất cùng một việc").arg(mergedId));
    EXPECT_TRUE(storage::HistoryRepository(*db).verify().isEmpty());
}

TEST_F(AdminMerge, ARefusedMergeIsShownInTheServicesWordsAndChangesNothing)
{
    signIn(SampleReview::officeLogin());
    const Item returned = onePerUnit(Status::Returned, 1).first();
    const Item proposed = onePerUnit(Status::Proposed, 1).first();
    const QString before = fingerprint(*db);
    const int rowsBefore = window->context().items()->rowCount();
    selectRows({proposed.id, returned.id});
    ASSERT_TRUE(action("mergeAction")->isEnabled()); // the service, not the menu, judges the statuses
    const QString refusal =
        QStringLiteral("nội dung số %1 đang ở trạng thái \"Yêu cầu điều chỉnh\": chỉ gộp được nội dung "
                       "\"Đề xuất\" hoặc \"Đưa vào dự thảo\"")
            .arg(returned.number);
    bool stayedOpen = false;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::MergeDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        // The status that cannot be merged is marked with a sign, not only a colour.
        const int row = returned.number < proposed.number ? 0 : 1;
        EXPECT_EQ(test::named<QTableWidget>(dialog, "itemsTable")->item(row, 4)->text(),
                  QStringLiteral("Yêu cầu điều chỉnh ⚠"));
        EXPECT_FALSE(dialog->tryMerge());
        stayedOpen = dialog->isVisible();
        EXPECT_EQ(test::named<QLabel>(dialog, "errorLabel")->text().toStdString(),
                  gui::Prompts::sentence(refusal).toStdString()); // the service's words, as a sentence
        dialog->reject();
    });
    EXPECT_FALSE(test::area<gui::ReviewScreens>(window.get())->mergeSelected());
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(lastMessage().toStdString(), gui::Prompts::sentence(refusal).toStdString());
    EXPECT_EQ(fingerprint(*db), before);
    EXPECT_EQ(window->context().items()->rowCount(), rowsBefore);
}

TEST_F(AdminMerge, TheDialogRefusesAnEmptyContentAndOtherRolesWritingNothing)
{
    const QVector<Item> originals = onePerUnit(Status::Proposed, 2);
    const QString before = fingerprint(*db);
    {
        gui::MergeDialog dialog(*window->context().database(), user(SampleReview::officeLogin()), originals,
                                window->context().items()->yearUnits(), SampleReview::Year, window.get());
        dialog.show();
        test::named<QPlainTextEdit>(&dialog, "contentEdit")->setPlainText(QStringLiteral("   "));
        EXPECT_FALSE(dialog.tryMerge());
        EXPECT_EQ(test::named<QLabel>(&dialog, "errorLabel")->text(),
                  QStringLiteral("Hãy nhập nội dung công việc sau khi gộp."));
        test::named<QPlainTextEdit>(&dialog, "contentEdit")->setPlainText(QStringLiteral("Việc chung"));
        test::named<QLineEdit>(&dialog, "deadlineEdit")->setText(QStringLiteral("Quý V"));
        EXPECT_FALSE(dialog.tryMerge());
        EXPECT_TRUE(test::named<QLabel>(&dialog, "errorLabel")->text().startsWith(QStringLiteral("Thời hạn: ")))
            << test::named<QLabel>(&dialog, "errorLabel")->text().toStdString();
        EXPECT_FALSE(dialog.merged().has_value());
    }
    // A leader reaching the dialog anyway is refused by WorkflowService, word for word.
    gui::Prompts::shownMessages().clear();
    gui::MergeDialog dialog(*window->context().database(), user(SampleReview::leaderLogin()), originals,
                            window->context().items()->yearUnits(), SampleReview::Year, window.get());
    dialog.show();
    EXPECT_FALSE(dialog.tryMerge());
    EXPECT_EQ(lastMessage(), QStringLiteral("chutich (Lãnh đạo) không được gộp nội dung: chỉ Văn phòng mới được"));
    EXPECT_EQ(fingerprint(*db), before);
}

TEST_F(AdminMerge, TheActionIsForTheOfficeWithTwoOrMoreRows)
{
    const QVector<Item> two = onePerUnit(Status::Proposed, 2);
    QAction* merge = action("mergeAction");
    ASSERT_NE(merge, nullptr);
    selectRows({two.at(0).id, two.at(1).id});
    EXPECT_FALSE(merge->isEnabled()); // nobody signed in
    signIn(SampleReview::officeLogin());
    selectRows({two.at(0).id});
    EXPECT_FALSE(merge->isEnabled()); // one row
    selectRows({two.at(0).id, two.at(1).id});
    EXPECT_TRUE(merge->isEnabled());
    for (const QString& login : {SampleReview::unitLogin(), SampleReview::leaderLogin(), SampleReview::adminLogin()}) {
        signIn(login);
        selectRows({two.at(0).id, two.at(1).id});
        EXPECT_FALSE(merge->isEnabled()) << login.toStdString();
    }
    // Reached anyway (a shortcut, a script): told so, and nothing is written.
    signIn(SampleReview::unitLogin());
    const QString before = fingerprint(*db);
    EXPECT_FALSE(test::area<gui::ReviewScreens>(window.get())->mergeSelected());
    EXPECT_EQ(lastMessage(), QStringLiteral("Chỉ Văn phòng gộp được nội dung; hãy đăng nhập."));
    EXPECT_EQ(fingerprint(*db), before);
}

TEST_F(AdminUsers, TheListIsInVietnameseOrderWithoutPasswords)
{
    models::UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(*db);
    ASSERT_EQ(model.rowCount(), 4);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names.append(model.index(r, models::UserListModel::FullName).data().toString());
    // Lê < Nguyễn < Quản < Trần in Vietnamese order.
    EXPECT_EQ(names, (QStringList{QStringLiteral("Lê Thị Đơn"), QStringLiteral("Nguyễn Văn Phong"),
                                  QStringLiteral("Quản trị hệ thống"), QStringLiteral("Trần Minh Chính")}));
    const int unitRow = model.rowOfLogin(SampleReview::unitLogin());
    EXPECT_EQ(model.index(unitRow, models::UserListModel::RoleColumn).data().toString(), QStringLiteral("Đơn vị"));
    EXPECT_EQ(model.index(unitRow, models::UserListModel::Units).data().toString(),
              unitName(user(SampleReview::unitLogin()).unitId));
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            EXPECT_FALSE(model.index(r, c).data().toString().contains(QStringLiteral("argon2")));
}

TEST_F(AdminUsers, AnAdministratorAddsAUserWhoCanThenSignIn)
{
    signIn(SampleReview::adminLogin());
    ASSERT_TRUE(action("usersAction")->isEnabled());
    gui::UsersDialog dialog(*window->context().database(), *window->context().user(),
                            window->context().items()->yearUnits(), window.get());
    dialog.show();
    const qint64 unitId = window->context().items()->yearUnits().at(3).id;
    onNextModal([&](QWidget* modal) {
        auto* add = qobject_cast<gui::AddUserDialog*>(modal);
        ASSERT_NE(add, nullptr);
        QTest::keyClicks(test::named<QLineEdit>(add, "loginEdit"), QStringLiteral("tuphap"));
        test::named<QLineEdit>(add, "nameEdit")->setText(QStringLiteral("Đỗ Thị Pháp")); // keyClicks types ASCII only
        test::named<QLineEdit>(add, "titleEdit")->setText(QStringLiteral("Chuyên viên"));
        auto* role = test::named<QComboBox>(add, "roleCombo");
        role->setCurrentIndex(role->findData(int(Role::Unit)));
        auto* unit = test::named<gui::UnitComboBox>(add, "unitCombo");
        EXPECT_FALSE(unit->isHidden());
        EXPECT_TRUE(test::named<gui::UnitListEditor>(add, "leaderUnitsEditor")->isHidden());
        unit->setUnitId(unitId);
        QTest::keyClicks(test::named<QLineEdit>(add, "passwordEdit"), QStringLiteral("mat-khau-1"));
        QTest::keyClicks(test::named<QLineEdit>(add, "repeatEdit"), QStringLiteral("mat-khau-1"));
        QTest::mouseClick(test::named<QDialogButtonBox>(add, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    ASSERT_TRUE(dialog.addUser());
    // Written, and the password works (and only it).
    const User added =
        storage::UserRepository(*db).authenticate(QStringLiteral("tuphap"), QStringLiteral("mat-khau-1"));
    EXPECT_EQ(added.fullName, QStringLiteral("Đỗ Thị Pháp"));
    EXPECT_EQ(added.title, QStringLiteral("Chuyên viên"));
    EXPECT_EQ(added.role, Role::Unit);
    EXPECT_EQ(added.unitId, unitId);
    EXPECT_THROW(storage::UserRepository(*db).authenticate(QStringLiteral("tuphap"), QStringLiteral("mat-khau-2")),
                 storage::AuthenticationError);
    // The list shows them, selected, in their place: "Đỗ" sorts before "Lê".
    EXPECT_EQ(dialog.model()->rowCount(), 5);
    EXPECT_EQ(dialog.selectedLogin(), QStringLiteral("tuphap"));
    EXPECT_EQ(dialog.model()->rowOfLogin(QStringLiteral("tuphap")), 0);
    EXPECT_EQ(dialog.model()->index(0, models::UserListModel::Units).data().toString(), unitName(unitId));
}

TEST_F(AdminUsers, MismatchedPasswordsATakenLoginOrAShortPasswordAreRefusedAndNothingWritten)
{
    signIn(SampleReview::adminLogin());
    const QString before = fingerprint(*db);
    gui::AddUserDialog dialog(*window->context().database(), *window->context().user(),
                              window->context().items()->yearUnits(), window.get());
    dialog.show();
    auto* login = test::named<QLineEdit>(&dialog, "loginEdit");
    auto* role = test::named<QComboBox>(&dialog, "roleCombo");
    auto* password = test::named<QLineEdit>(&dialog, "passwordEdit");
    auto* repeat = test::named<QLineEdit>(&dialog, "repeatEdit");
    auto* error = test::named<QLabel>(&dialog, "errorLabel");
    struct Case
    {
        QString login, password, repeat, message;
    };
    const QVector<Case> cases = {
        {QStringLiteral("moi"), QStringLiteral("mat-khau-1"), QStringLiteral("mat-khau-2"),
         QStringLiteral("Hai lần nhập mật khẩu không khớp")},
        {SampleReview::officeLogin(), QStringLiteral("mat-khau-1"), QStringLiteral("mat-khau-1"),
         QStringLiteral("tên đăng nhập \"vanphong\" đã có")},
        {QStringLiteral("moi"), QStringLiteral("12345"), QStringLiteral("12345"),
         QStringLiteral("mật khẩu phải có ít nhất 6 ký tự")},
        {QStringLiteral("moi"), QString(), QString(), QStringLiteral("mật khẩu trống")},
        {QStringLiteral("co cach"), QStringLiteral("mat-khau-1"), QStringLiteral("mat-khau-1"),
         QStringLiteral("tên đăng nhập không được trống và không có dấu cách")},
    };
    for (const Case& c : cases) {
        login->setText(c.login);
        test::named<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Người Mới"));
        role->setCurrentIndex(role->findData(int(Role::Office)));
        password->setText(c.password);
        repeat->setText(c.repeat);
        QTest::mouseClick(test::named<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        EXPECT_TRUE(dialog.isVisible()) << c.message.toStdString();
        EXPECT_EQ(error->text(), gui::Prompts::sentence(c.message));
        EXPECT_TRUE(password->text().isEmpty()); // never left on screen after a refusal
        EXPECT_FALSE(dialog.added().has_value());
    }
    // A unit's staff without a unit.
    login->setText(QStringLiteral("moi"));
    role->setCurrentIndex(role->findData(int(Role::Unit)));
    test::named<gui::UnitComboBox>(&dialog, "unitCombo")->setUnitId(0);
    password->setText(QStringLiteral("mat-khau-1"));
    repeat->setText(QStringLiteral("mat-khau-1"));
    EXPECT_FALSE(dialog.tryAdd());
    EXPECT_EQ(error->text(), QStringLiteral("Cán bộ đơn vị cần có đơn vị"));
    EXPECT_EQ(fingerprint(*db), before);
}

TEST_F(AdminUsers, AnAdministratorResetsAPassword)
{
    signIn(SampleReview::adminLogin());
    gui::UsersDialog dialog(*window->context().database(), *window->context().user(),
                            window->context().items()->yearUnits(), window.get());
    dialog.show();
    EXPECT_FALSE(test::named<QPushButton>(&dialog, "passwordButton")->isEnabled()); // nobody selected
    dialog.refresh(SampleReview::unitLogin());
    ASSERT_TRUE(test::named<QPushButton>(&dialog, "passwordButton")->isEnabled());
    const QString before = fingerprint(*db);
    onNextModal([](QWidget* modal) {
        auto* pw = qobject_cast<gui::PasswordDialog*>(modal);
        ASSERT_NE(pw, nullptr);
        test::named<QLineEdit>(pw, "passwordEdit")->setText(QStringLiteral("mat-khau-moi"));
        test::named<QLineEdit>(pw, "repeatEdit")->setText(QStringLiteral("mat-khau-khac"));
        EXPECT_FALSE(pw->trySet());
        EXPECT_EQ(test::named<QLabel>(pw, "errorLabel")->text(), QStringLiteral("Hai lần nhập mật khẩu không khớp"));
        pw->reject();
    });
    EXPECT_FALSE(dialog.resetPassword());
    EXPECT_EQ(fingerprint(*db), before);

    onNextModal([](QWidget* modal) {
        auto* pw = qobject_cast<gui::PasswordDialog*>(modal);
        ASSERT_NE(pw, nullptr);
        test::named<QLineEdit>(pw, "passwordEdit")->setText(QStringLiteral("mat-khau-moi"));
        test::named<QLineEdit>(pw, "repeatEdit")->setText(QStringLiteral("mat-khau-moi"));
        QTest::mouseClick(test::named<QDialogButtonBox>(pw, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    EXPECT_TRUE(dialog.resetPassword());
    EXPECT_EQ(lastMessage(), QStringLiteral("Đã đổi mật khẩu của donvi."));
    storage::UserRepository users(*db);
    EXPECT_EQ(users.authenticate(SampleReview::unitLogin(), QStringLiteral("mat-khau-moi")).login,
              SampleReview::unitLogin());
    EXPECT_THROW(users.authenticate(SampleReview::unitLogin(), SampleReview::password()), storage::AuthenticationError);
}

TEST_F(AdminUsers, AnAdministratorLocksAndUnlocksAnAccountAfterConfirming)
{
    signIn(SampleReview::adminLogin());
    gui::UsersDialog dialog(*window->context().database(), *window->context().user(),
                            window->context().items()->yearUnits(), window.get());
    dialog.show();
    EXPECT_FALSE(test::named<QPushButton>(&dialog, "lockButton")->isEnabled()); // nobody selected
    dialog.refresh(SampleReview::adminLogin());
    EXPECT_FALSE(test::named<QPushButton>(&dialog, "lockButton")->isEnabled()) << "nobody locks their own account";

    dialog.refresh(SampleReview::unitLogin());
    ASSERT_TRUE(test::named<QPushButton>(&dialog, "lockButton")->isEnabled());
    EXPECT_EQ(test::named<QPushButton>(&dialog, "lockButton")->text(), QStringLiteral("&Khóa tài khoản"));
    const QString before = fingerprint(*db);
    gui::Prompts::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(dialog.toggleLocked());
    EXPECT_EQ(fingerprint(*db), before) << "declined: nothing written";

    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(dialog.toggleLocked());
    storage::UserRepository users(*db);
    EXPECT_FALSE(users.byLogin(SampleReview::unitLogin())->active);
    EXPECT_THROW(users.authenticate(SampleReview::unitLogin(), SampleReview::password()), storage::AuthenticationError);
    const int row = dialog.model()->rowOfLogin(SampleReview::unitLogin());
    EXPECT_EQ(dialog.model()->index(row, models::UserListModel::Login).data().toString(),
              SampleReview::unitLogin() + QStringLiteral(" (đã khóa)"));
    EXPECT_EQ(dialog.selectedLogin(), SampleReview::unitLogin()) << "the row stays selected";
    EXPECT_EQ(test::named<QPushButton>(&dialog, "lockButton")->text(), QStringLiteral("Mở &khóa tài khoản"));

    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(dialog.toggleLocked());
    EXPECT_EQ(users.authenticate(SampleReview::unitLogin(), SampleReview::password()).login, SampleReview::unitLogin());
    EXPECT_EQ(test::named<QPushButton>(&dialog, "lockButton")->text(), QStringLiteral("&Khóa tài khoản"));
}

TEST_F(AdminUsers, NobodyButAnAdministratorOpensIt)
{
    QAction* users = action("usersAction");
    ASSERT_NE(users, nullptr);
    EXPECT_EQ(users->text(), QStringLiteral("&Người dùng…"));
    const QString before = fingerprint(*db);
    const QString refusal =
        QStringLiteral("Chỉ Quản trị mới quản lý người dùng; hãy đăng nhập bằng tài khoản quản trị (Ctrl+Shift+U).");
    EXPECT_FALSE(users->isEnabled()); // nobody signed in
    EXPECT_FALSE(test::area<gui::AdminActions>(window.get())->showUsers());
    EXPECT_EQ(lastMessage(), refusal);
    for (const QString& login : {SampleReview::officeLogin(), SampleReview::leaderLogin(), SampleReview::unitLogin()}) {
        signIn(login);
        EXPECT_FALSE(users->isEnabled()) << login.toStdString();
        gui::Prompts::shownMessages().clear();
        EXPECT_FALSE(test::area<gui::AdminActions>(window.get())
                         ->showUsers()); // no dialog appears: nothing to drive, nothing blocks
        EXPECT_EQ(lastMessage(), refusal);
    }
    EXPECT_EQ(window->findChild<gui::UsersDialog*>(), nullptr);
    // Below the window, UserAdmin refuses too: the Office cannot add an account.
    gui::AddUserDialog add(*window->context().database(), user(SampleReview::officeLogin()),
                           window->context().items()->yearUnits(), window.get());
    test::named<QLineEdit>(&add, "loginEdit")->setText(QStringLiteral("moi"));
    test::named<QLineEdit>(&add, "nameEdit")->setText(QStringLiteral("Người Mới"));
    test::named<QComboBox>(&add, "roleCombo")
        ->setCurrentIndex(test::named<QComboBox>(&add, "roleCombo")->findData(int(Role::Admin)));
    test::named<QLineEdit>(&add, "passwordEdit")->setText(QStringLiteral("mat-khau-1"));
    test::named<QLineEdit>(&add, "repeatEdit")->setText(QStringLiteral("mat-khau-1"));
    EXPECT_FALSE(add.tryAdd());
    EXPECT_EQ(test::named<QLabel>(&add, "errorLabel")->text(),
              QStringLiteral("vanphong không được thêm người dùng: chỉ Quản trị mới được"));
    EXPECT_EQ(fingerprint(*db), before);

    // The administrator opens it from the menu.
    signIn(SampleReview::adminLogin());
    ASSERT_TRUE(users->isEnabled());
    bool opened = false;
    onNextModal([&](QWidget* modal) {
        opened = qobject_cast<gui::UsersDialog*>(modal) != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    users->trigger();
    EXPECT_TRUE(opened);
}

TEST_F(AdminMerge, TheReviewQueueMergesTheSelectedProposalsToo)
{
    signIn(SampleReview::unitLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    ASSERT_NE(queue, nullptr);
    queue->setShowing(Status::Proposed);
    EXPECT_TRUE(queue->mergeButton()->isHidden()); // a unit's staff do not merge

    signIn(SampleReview::officeLogin());
    const QVector<Item> two = onePerUnit(Status::Proposed, 2);
    queue->setShowing(Status::Proposed);
    const int waitingBefore = queue->model()->itemCount();
    EXPECT_FALSE(queue->mergeButton()->isHidden());
    queue->select({two.at(0).id});
    EXPECT_FALSE(queue->mergeButton()->isEnabled());
    queue->select({two.at(0).id, two.at(1).id});
    ASSERT_TRUE(queue->mergeButton()->isEnabled());
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::MergeDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        QTest::mouseClick(test::named<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(queue->mergeButton(), Qt::LeftButton);
    for (const Item& o : two)
        EXPECT_EQ(item(o.id).status, Status::Withdrawn);
    // Two proposals left the queue and the merged one (a proposal) came in.
    EXPECT_EQ(queue->model()->itemCount(), waitingBefore - 2 + 1);
    const Item merged = item(window->context().currentItemId());
    EXPECT_EQ(merged.content, two.at(0).content);
    EXPECT_EQ(merged.leadUnitId, two.at(0).leadUnitId);
    EXPECT_TRUE(merged.coUnitIds.contains(two.at(1).leadUnitId));
}

TEST(AdminFirstAdmin, TheFirstAdministratorHasTheSamePasswordRulesAsUsersAdd)
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    io::SampleData::addUnits(*db);
    gui::FirstAdminDialog dialog(*db);
    dialog.show();
    test::named<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("admin"));
    test::named<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Phạm Quản Trị"));
    test::named<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("12345"));
    test::named<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("12345"));
    EXPECT_FALSE(dialog.tryCreate());
    EXPECT_EQ(test::named<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("Mật khẩu phải có ít nhất 6 ký tự"));
    test::named<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("quan tri"));
    test::named<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("123456"));
    test::named<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("123456"));
    EXPECT_FALSE(dialog.tryCreate());
    EXPECT_EQ(test::named<QLabel>(&dialog, "errorLabel")->text(),
              QStringLiteral("Tên đăng nhập không được trống và không có dấu cách"));
    EXPECT_EQ(storage::UserRepository(*db).count(), 0);
    test::named<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("quantri"));
    test::named<QLineEdit>(&dialog, "repeatEdit")->setText(QStringLiteral("123456"));
    EXPECT_TRUE(dialog.tryCreate());
    EXPECT_EQ(storage::UserRepository(*db).authenticate(QStringLiteral("quantri"), QStringLiteral("123456")).role,
              Role::Admin);
}
