// Who is working, the history panel, the review queue and the sign-off screen (issue 4), on
// the real MainWindow offscreen with the real WorkflowService and a fresh database per test.
#include "forms.h"
#include "freshwindow.h"
#include "modal.h"

#include "workprogram/core/search.h"
#include "workprogram/core/text.h"
#include "workprogram/gui/historypanel.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reviewactions.h"
#include "workprogram/gui/reviewqueuedialog.h"
#include "workprogram/gui/reviewscreens.h"
#include "workprogram/gui/signinactions.h"
#include "workprogram/gui/signoffdialog.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/historymodel.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/reviewqueuemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace wp;
using gui::MainWindow;
using io::SampleReview;
using models::ReviewQueueModel;

using wp::test::onNextModal;

namespace {

/// Everything that a refused action must leave alone: every item's status and row version,
/// the history and the program's steps.
QString fingerprint(storage::Database& db)
{
    QStringList parts;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, status, row_version FROM items ORDER BY id")));
    while (q.next())
        parts.append(
            QStringLiteral("%1:%2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    parts.append(QString::number(storage::HistoryRepository(db).count()));
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM program_history")));
    parts.append(q.next() ? q.value(0).toString() : QStringLiteral("?"));
    return parts.join(QLatin1Char(','));
}

struct Review : test::ReviewWindow
{
    Review() : ReviewWindow(QStringLiteral("review.sqlite")) {}
    Status status(qint64 id) { return storage::ItemRepository(*db).byId(id)->status; }
};

using ReviewLogin = Review;
using ReviewHistory = Review;
using ReviewQueue = Review;
using ReviewSignoff = Review;

TEST_F(ReviewLogin, WrongPasswordIsSaidAndTheRightOneSignsIn)
{
    gui::LoginDialog dialog(*window->context().database(), window.get());
    dialog.show();
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "loginEdit"), SampleReview::officeLogin());
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("sai-mat-khau"));
    QTest::mouseClick(test::named<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.user().has_value());
    EXPECT_TRUE(test::named<QLabel>(&dialog, "errorLabel")->isVisible());
    EXPECT_EQ(test::named<QLabel>(&dialog, "errorLabel")->text(),
              QStringLiteral("Sai tên đăng nhập hoặc mật khẩu. Hãy thử lại."));
    EXPECT_TRUE(test::named<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());

    QTest::keyClicks(test::named<QLineEdit>(&dialog, "passwordEdit"), SampleReview::password());
    QTest::mouseClick(test::named<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.user().has_value());
    EXPECT_EQ(dialog.user()->login, SampleReview::officeLogin());
    EXPECT_EQ(dialog.user()->role, Role::Office);
}

TEST_F(ReviewLogin, TheWindowAsksWhoIsWorkingAndShowsThemInTheStatusBar)
{
    auto* label = window->findChild<QLabel*>(QStringLiteral("userLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("Chưa đăng nhập"));
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::LoginDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        test::named<QLineEdit>(dialog, "loginEdit")->setText(SampleReview::leaderLogin());
        test::named<QLineEdit>(dialog, "passwordEdit")->setText(SampleReview::password());
        dialog->tryLogin();
    });
    EXPECT_TRUE(window->signIn());
    ASSERT_TRUE(window->context().user().has_value());
    EXPECT_EQ(window->context().user()->login, SampleReview::leaderLogin());
    EXPECT_EQ(label->text(), QStringLiteral("Đăng nhập: Trần Minh Chính — Chủ tịch"));

    // Signing out and cancelling the next login leaves nobody signed in.
    onNextModal([](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); });
    test::area<gui::SignInActions>(window.get())->switchUser();
    EXPECT_FALSE(window->context().user().has_value());
    EXPECT_EQ(label->text(), QStringLiteral("Chưa đăng nhập"));
}

TEST(ReviewFirstAdmin, CreatedWithMatchingPasswordsOrSkipped)
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("new.sqlite")));
    io::SampleData::addUnits(*db);
    storage::UserRepository users(*db);
    {
        gui::FirstAdminDialog skip(*db);
        skip.show();
        QTest::mouseClick(test::named<QPushButton>(&skip, "withoutButton"), Qt::LeftButton);
        EXPECT_EQ(skip.result(), QDialog::Rejected);
        EXPECT_EQ(users.count(), 0);
    }
    gui::FirstAdminDialog dialog(*db);
    dialog.show();
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "loginEdit"), QStringLiteral("admin"));
    test::named<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Phạm Quản Trị")); // keyClicks types ASCII only
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("bi-mat-1"));
    QTest::keyClicks(test::named<QLineEdit>(&dialog, "repeatEdit"), QStringLiteral("bi-mat-2"));
    QTest::mouseClick(test::named<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(test::named<QLabel>(&dialog, "errorLabel")->text(),
              QStringLiteral("Hai lần nhập mật khẩu không khớp")); // UserAdmin's
    EXPECT_EQ(users.count(), 0);

    QTest::keyClicks(test::named<QLineEdit>(&dialog, "repeatEdit"), QStringLiteral("bi-mat-1"));
    QTest::mouseClick(test::named<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(users.count(), 1);
    const User admin = users.authenticate(QStringLiteral("admin"), QStringLiteral("bi-mat-1"));
    EXPECT_EQ(admin.role, Role::Admin);
    EXPECT_EQ(admin.fullName, QStringLiteral("Phạm Quản Trị"));
    ASSERT_TRUE(dialog.user().has_value());
    EXPECT_EQ(dialog.user()->login, QStringLiteral("admin"));
}

TEST_F(ReviewHistory, ShowsEveryRecordOfTheSelectedItemNewestFirst)
{
    QAbstractItemModelTester tester(test::area<gui::HistoryPanel>(window.get())->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Item proposed = items(Status::Proposed).first();
    signIn(SampleReview::officeLogin());
    window->context().selectItem(proposed.id);
    EXPECT_EQ(window->context().currentItemId(), proposed.id);
    EXPECT_EQ(test::area<gui::HistoryPanel>(window.get())->model()->rowCount(),
              1); // inserted as proposed: its creation only

    storage::WorkflowService office(*db, user(SampleReview::officeLogin()));
    office.transition(proposed.id, Status::InDraft);
    office.comment(proposed.id, QStringLiteral("Cần phối hợp với Phòng Tư pháp."));
    Item changed = *storage::ItemRepository(*db).byId(proposed.id);
    const QString oldContent = changed.content;
    changed.content = QStringLiteral("Nội dung đã sửa");
    office.edit(changed);
    window->context().reloadItems();

    models::HistoryModel* h = test::area<gui::HistoryPanel>(window.get())->model();
    ASSERT_EQ(h->rowCount(), 4); // three records, newest first, then the creation
    const QRegularExpression when(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$"));
    for (int r = 0; r < 3; ++r) {
        EXPECT_TRUE(when.match(h->index(r, models::HistoryModel::When).data().toString()).hasMatch());
        EXPECT_EQ(h->index(r, models::HistoryModel::Who).data().toString(),
                  QStringLiteral("Nguyễn Văn Phong (vanphong)"));
    }
    EXPECT_EQ(h->index(0, models::HistoryModel::What).data().toString(), QStringLiteral("Sửa nội dung"));
    EXPECT_EQ(h->index(0, models::HistoryModel::Details).data().toString(),
              QStringLiteral("Nội dung công việc: %1 → Nội dung đã sửa").arg(oldContent));
    EXPECT_EQ(h->index(1, models::HistoryModel::What).data().toString(), QStringLiteral("Ý kiến"));
    EXPECT_EQ(h->index(1, models::HistoryModel::Details).data().toString(),
              QStringLiteral("Cần phối hợp với Phòng Tư pháp."));
    EXPECT_EQ(h->index(2, models::HistoryModel::What).data().toString(), QStringLiteral("Đề xuất → Đưa vào dự thảo"));

    // A returned item: its return with the reason is in its history, by its author.
    const Item returned = items(Status::Returned).first();
    window->context().selectItem(returned.id);
    ASSERT_EQ(h->rowCount(), 2); // the return, then the creation
    EXPECT_EQ(h->index(0, models::HistoryModel::What).data().toString(),
              QStringLiteral("Đề xuất → Yêu cầu điều chỉnh"));
    EXPECT_EQ(h->index(0, models::HistoryModel::Details).data().toString(),
              QStringLiteral("Ghi rõ sản phẩm đầu ra và thời hạn trình theo quý."));
}

TEST_F(ReviewQueue, GroupsTheWaitingItemsByUnitAndAcceptsOne)
{
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    ASSERT_NE(queue, nullptr);
    QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(queue->showing(), Status::Proposed);
    ReviewQueueModel* m = queue->model();
    ASSERT_EQ(m->rowCount(), 6);
    EXPECT_EQ(m->itemCount(), 12);
    for (int u = 0; u < 6; ++u) {
        EXPECT_EQ(m->rowCount(m->index(u, 0)), 2);
        EXPECT_TRUE(m->index(u, 0).data().toString().endsWith(QStringLiteral(" (2)")));
    }
    // Units in Vietnamese order.
    for (int u = 1; u < 6; ++u)
        EXPECT_LE(text::compare(m->index(u - 1, 0).data().toString(), m->index(u, 0).data().toString()), 0);

    const QModelIndex first = m->index(0, 0, m->index(0, 0));
    const qint64 id = first.data(ReviewQueueModel::ItemIdRole).toLongLong();
    queue->view()->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_TRUE(queue->acceptButton()->isEnabled());
    QTest::mouseClick(queue->acceptButton(), Qt::LeftButton);
    EXPECT_EQ(status(id), Status::InDraft);
    EXPECT_EQ(m->itemCount(), 11);
    EXPECT_TRUE(m->index(0, 0).data().toString().endsWith(QStringLiteral(" (1)")));
    // The main window follows, and the history says who did it.
    const int row = window->context().items()->rowOfId(id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(window->context().items()->item(row).status, Status::InDraft);
    const QVector<storage::HistoryEntry> h = storage::HistoryRepository(*db).forItem(id);
    ASSERT_EQ(h.size(), 2); // its creation, then the acceptance
    EXPECT_EQ(h.last().login, SampleReview::officeLogin());
    EXPECT_EQ(h.last().to, Status::InDraft);
}

TEST_F(ReviewQueue, ASearchKeepsTheItemsItFindsAndAUnitRowActsOnThoseOnly)
{
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    ASSERT_NE(queue, nullptr);
    QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReviewQueueModel* m = queue->model();
    ASSERT_EQ(m->itemCount(), 12);
    // A query of two words of a proposal, in the other order, that finds some proposals but not all.
    const models::ItemTableModel& all = *window->context().items();
    auto finds = [&](const QString& text) {
        QSet<qint64> ids;
        const search::Query query(text);
        for (int r = 0; r < all.rowCount(); ++r)
            if (all.item(r).status == Status::Proposed && query.matches(all.searchKey(r)))
                ids.insert(all.item(r).id);
        return ids;
    };
    QString text;
    QSet<qint64> expected;
    for (int r = 0; r < all.rowCount() && text.isEmpty(); ++r) {
        const QStringList words = search::words(all.item(r).content);
        if (all.item(r).status != Status::Proposed || words.size() < 3)
            continue;
        const QString candidate = words.last() + QStringLiteral(" ") + words.at(words.size() - 2);
        expected = finds(candidate);
        if (expected.size() > 1 && expected.size() < 12)
            text = candidate;
    }
    ASSERT_FALSE(text.isEmpty());
    QTest::keyClicks(queue->searchEdit(), text);
    QSet<qint64> shown;
    for (int u = 0; u < m->rowCount(); ++u)
        for (int r = 0; r < m->rowCount(m->index(u, 0)); ++r)
            shown.insert(m->index(r, 0, m->index(u, 0)).data(ReviewQueueModel::ItemIdRole).toLongLong());
    EXPECT_EQ(shown, expected) << text.toStdString();
    EXPECT_EQ(m->itemCount(), expected.size());
    EXPECT_EQ(m->waitingCount(), 12);
    const QString summary =
        QStringLiteral("Tìm thấy %1 trong 12 nội dung, của %2 đơn vị").arg(expected.size()).arg(m->rowCount());
    bool said = false;
    for (const QLabel* label : queue->findChildren<QLabel*>())
        said = said || label->text() == summary;
    EXPECT_TRUE(said) << summary.toStdString();

    // The first unit row: its items shown, not the unit's others.
    const QModelIndex unit = m->index(0, 0);
    QVector<qint64> under;
    for (int r = 0; r < m->rowCount(unit); ++r)
        under.append(m->index(r, 0, unit).data(ReviewQueueModel::ItemIdRole).toLongLong());
    queue->view()->selectionModel()->select(unit, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(queue->selectedItemIds(), under);
    const qint64 unitId = unit.data(ReviewQueueModel::UnitIdRole).toLongLong();
    const int before = int(items(Status::Proposed).size());
    QTest::mouseClick(queue->acceptButton(), Qt::LeftButton);
    for (qint64 id : under)
        EXPECT_EQ(status(id), Status::InDraft);
    EXPECT_EQ(int(items(Status::Proposed).size()), before - int(under.size()));
    int leftOfUnit = 0;
    for (const Item& it : items(Status::Proposed))
        leftOfUnit += it.leadUnitId == unitId;
    EXPECT_EQ(leftOfUnit, 2 - int(under.size())) << "the unit's proposals the search left out stay";

    // Nothing found, and a search of punctuation only (no search).
    queue->searchEdit()->setText(QStringLiteral("khong co dau ca xyz"));
    EXPECT_EQ(m->itemCount(), 0);
    EXPECT_EQ(m->rowCount(), 0);
    said = false;
    for (const QLabel* label : queue->findChildren<QLabel*>())
        said = said || label->text().startsWith(QStringLiteral("Không tìm thấy nội dung nào trong"));
    EXPECT_TRUE(said);
    queue->searchEdit()->setText(QStringLiteral(" – ; "));
    EXPECT_EQ(m->itemCount(), m->waitingCount());
}

TEST_F(ReviewQueue, AcceptsTheSelectionAndAWholeUnit)
{
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    ReviewQueueModel* m = queue->model();
    const qint64 a = m->index(0, 0, m->index(1, 0)).data(ReviewQueueModel::ItemIdRole).toLongLong();
    const qint64 b = m->index(1, 0, m->index(3, 0)).data(ReviewQueueModel::ItemIdRole).toLongLong();
    queue->select({a, b});
    EXPECT_EQ(queue->selectedItemIds(), (QVector<qint64>{a, b}));
    QTest::mouseClick(queue->acceptButton(), Qt::LeftButton);
    EXPECT_EQ(status(a), Status::InDraft);
    EXPECT_EQ(status(b), Status::InDraft);
    EXPECT_EQ(m->itemCount(), 10);

    const qint64 unitId = m->index(2, 0).data(ReviewQueueModel::UnitIdRole).toLongLong();
    queue->select({}, unitId);
    const QVector<qint64> unitItems = queue->selectedItemIds();
    ASSERT_EQ(unitItems.size(), 2);
    QTest::mouseClick(queue->acceptButton(), Qt::LeftButton);
    for (qint64 id : unitItems)
        EXPECT_EQ(status(id), Status::InDraft);
    EXPECT_EQ(m->itemCount(), 8);
    EXPECT_FALSE(m->unitIndex(unitId).isValid());
    EXPECT_EQ(items(Status::InDraft).size(), 6 + 4);
}

TEST_F(ReviewQueue, ReturnsWithAReasonThatTheUnitSeesAndAnswers)
{
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    const qint64 unitId = storage::UserRepository(*db).byLogin(SampleReview::unitLogin())->unitId;
    const QModelIndex unit = queue->model()->unitIndex(unitId);
    ASSERT_TRUE(unit.isValid());
    const qint64 id = queue->model()->index(0, 0, unit).data(ReviewQueueModel::ItemIdRole).toLongLong();
    const QString reason = QStringLiteral("Tách thành hai nội dung theo từng quý.");
    EXPECT_EQ(queue->returnItems({id}, reason), 1);
    EXPECT_EQ(status(id), Status::Returned);
    EXPECT_EQ(storage::HistoryRepository(*db).forItem(id).last().comment, reason);

    // The unit's staff see it among their returned items, with the reason, and propose again.
    signIn(SampleReview::unitLogin());
    queue->setShowing(Status::Returned);
    ReviewQueueModel* m = queue->model();
    ASSERT_EQ(m->rowCount(), 1); // only their own unit
    EXPECT_EQ(m->index(0, 0).data(ReviewQueueModel::UnitIdRole).toLongLong(), unitId);
    ASSERT_EQ(m->rowCount(m->index(0, 0)), 2); // the sample's returned item and this one
    bool found = false;
    for (int r = 0; r < 2; ++r)
        if (m->index(r, 0, m->index(0, 0)).data(ReviewQueueModel::ItemIdRole).toLongLong() == id) {
            EXPECT_EQ(m->index(r, ReviewQueueModel::Reason, m->index(0, 0)).data().toString(), reason);
            found = true;
        }
    EXPECT_TRUE(found);
    queue->select({id});
    ASSERT_TRUE(queue->reproposeButton()->isVisible());
    QTest::mouseClick(queue->reproposeButton(), Qt::LeftButton);
    EXPECT_EQ(status(id), Status::Proposed);
    EXPECT_EQ(storage::HistoryRepository(*db).forItem(id).last().login, SampleReview::unitLogin());
}

TEST_F(ReviewQueue, AnEmptyReasonIsRefusedAndNothingIsWritten)
{
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    const QString before = fingerprint(*db);
    const QVector<qint64> unitItems = queue->model()->itemIds({queue->model()->index(0, 0)});
    ASSERT_EQ(unitItems.size(), 2);
    EXPECT_EQ(queue->returnItems(unitItems, QStringLiteral("   ")), 0);
    EXPECT_TRUE(lastMessage().contains(QStringLiteral("cần ghi lý do")));
    EXPECT_EQ(fingerprint(*db), before);

    // The reason dialog itself does not close with an empty reason.
    gui::ReasonDialog dialog(QStringLiteral("Yêu cầu điều chỉnh"), QStringLiteral("Lý do:"), queue);
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    dialog.edit()->setPlainText(QStringLiteral("Bổ sung kinh phí"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.reason(), QStringLiteral("Bổ sung kinh phí"));
}

TEST_F(ReviewQueue, TheReturnButtonAsksForTheReasonAndWillNotTakeAnEmptyOne)
{
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    const qint64 id =
        queue->model()->index(0, 0, queue->model()->index(0, 0)).data(ReviewQueueModel::ItemIdRole).toLongLong();
    queue->select({id});
    bool refusedEmpty = false;
    onNextModal([&refusedEmpty](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ReasonDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        refusedEmpty = dialog->isVisible() && dialog->errorLabel()->isVisible();
        dialog->edit()->setPlainText(QStringLiteral("Bổ sung dự toán kinh phí"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(queue->returnButton(), Qt::LeftButton);
    EXPECT_TRUE(refusedEmpty);
    EXPECT_EQ(status(id), Status::Returned);
    EXPECT_EQ(storage::HistoryRepository(*db).forItem(id).last().comment, QStringLiteral("Bổ sung dự toán kinh phí"));
}

TEST_F(ReviewQueue, FollowsTheYearShownInTheWindow)
{
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    gui::SignoffDialog* signoff = test::area<gui::ReviewScreens>(window.get())->showSignoff();
    window->context().selectItem(items(Status::Returned).first().id);
    EXPECT_EQ(test::area<gui::HistoryPanel>(window.get())->model()->rowCount(), 2); // created, returned
    EXPECT_EQ(queue->model()->itemCount(), 12);
    window->context().showYear(io::SampleData::Year); // the issued sample program: nothing waits
    EXPECT_EQ(queue->model()->itemCount(), 0);
    EXPECT_EQ(test::area<gui::HistoryPanel>(window.get())->model()->rowCount(), 0);
    EXPECT_TRUE(signoff->stateLabel()->text().contains(QStringLiteral("2023")));
    window->context().showYear(SampleReview::Year);
    EXPECT_EQ(queue->model()->itemCount(), 12);
    EXPECT_TRUE(signoff->stateLabel()->text().contains(QStringLiteral("2024")));
}

TEST_F(ReviewQueue, AUnitCannotAcceptAndIsToldWhoMay)
{
    signIn(SampleReview::unitLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    EXPECT_EQ(queue->showing(), Status::Returned);
    queue->setShowing(Status::Proposed);
    ASSERT_EQ(queue->model()->rowCount(), 1);
    const QString before = fingerprint(*db);
    queue->select({}, queue->model()->index(0, 0).data(ReviewQueueModel::UnitIdRole).toLongLong());
    QTest::mouseClick(queue->acceptButton(), Qt::LeftButton);
    EXPECT_TRUE(lastMessage().contains(QStringLiteral("chỉ Văn phòng mới được")));
    EXPECT_EQ(fingerprint(*db), before);
    EXPECT_EQ(queue->model()->itemCount(), 2);
}

TEST_F(ReviewQueue, NobodySignedInMayNotReview)
{
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    const QString before = fingerprint(*db);
    // On a database with accounts nothing of the program is shown before the sign-in (issue 12).
    EXPECT_EQ(queue->model()->itemCount(), 0);
    EXPECT_EQ(queue->acceptItems(queue->model()->itemIds({queue->model()->index(0, 0)})), 0);
    EXPECT_EQ(fingerprint(*db), before);
}

TEST_F(ReviewSignoff, SummaryPerUnitAndApproveOrReturnItemsAndUnits)
{
    signIn(SampleReview::leaderLogin());
    gui::SignoffDialog* s = test::area<gui::ReviewScreens>(window.get())->showSignoff();
    ASSERT_NE(s, nullptr);
    const CountTable& table = s->summary()->table();
    EXPECT_EQ(table.total(), 24);
    EXPECT_EQ(table.totalFor(Status::Proposed), 12);
    EXPECT_EQ(table.totalFor(Status::InDraft), 6);
    EXPECT_EQ(table.totalFor(Status::Returned), 6);
    const qint64 unitId = table.rows().first().unit.id;
    s->selectUnit(unitId);
    EXPECT_EQ(s->unitItems()->rowCount(), 4);

    // Approving the whole unit approves its item in the draft; a proposed one is not the
    // leader's to approve (WorkflowService refuses, with who may).
    EXPECT_EQ(s->approveUnit(), 1);
    EXPECT_EQ(items(Status::Approved).size(), 1);
    const QVector<qint64> proposed = s->unitItemIds({Status::Proposed});
    ASSERT_EQ(proposed.size(), 2);
    const QString before = fingerprint(*db);
    EXPECT_EQ(s->approveItems({proposed.first()}), 0);
    EXPECT_TRUE(lastMessage().contains(QStringLiteral("không ai được chuyển")) ||
                lastMessage().contains(QStringLiteral("chỉ ")));
    EXPECT_EQ(fingerprint(*db), before);

    // Returning the unit's open items needs the leader's comment, which is kept.
    EXPECT_EQ(s->returnUnit(QString()), 0);
    EXPECT_EQ(fingerprint(*db), before);
    EXPECT_EQ(s->returnUnit(QStringLiteral("Làm rõ kinh phí")), 2);
    for (qint64 id : proposed) {
        EXPECT_EQ(status(id), Status::Returned);
        EXPECT_EQ(storage::HistoryRepository(*db).forItem(id).last().comment, QStringLiteral("Làm rõ kinh phí"));
    }
    EXPECT_EQ(s->summary()->table().totalFor(Status::Returned), 8);
}

TEST_F(ReviewSignoff, RefusedWhileItemsAreProposedThenSignedWithTheDecision)
{
    signIn(SampleReview::leaderLogin());
    gui::SignoffDialog* s = test::area<gui::ReviewScreens>(window.get())->showSignoff();
    const QString before = fingerprint(*db);
    s->decisionEdit()->setText(QStringLiteral("123/QĐ-UBND"));
    QTest::mouseClick(s->signoffButton(), Qt::LeftButton);
    EXPECT_TRUE(lastMessage().startsWith(QStringLiteral("Chưa ban hành được: còn ")) &&
                lastMessage().contains(QStringLiteral("12 nội dung \"Đề xuất\"")))
        << lastMessage().toStdString();
    EXPECT_EQ(fingerprint(*db), before);
    EXPECT_EQ(storage::ProgramRepository(*db).byYear(SampleReview::Year)->state, ProgramState::Review);

    // The Office settles every open item through the queue: returned ones proposed again,
    // then everything accepted into the draft.
    signIn(SampleReview::officeLogin());
    gui::ReviewQueueDialog* queue = test::area<gui::ReviewScreens>(window.get())->showReviewQueue();
    queue->setShowing(Status::Returned);
    EXPECT_EQ(queue->reproposeItems(queue->model()->itemIds(
                  {queue->model()->index(0, 0), queue->model()->index(1, 0), queue->model()->index(2, 0),
                   queue->model()->index(3, 0), queue->model()->index(4, 0), queue->model()->index(5, 0)})),
              6);
    queue->setShowing(Status::Proposed);
    QModelIndexList units;
    for (int u = 0; u < queue->model()->rowCount(); ++u)
        units.append(queue->model()->index(u, 0));
    EXPECT_EQ(queue->acceptItems(queue->model()->itemIds(units)), 18);
    EXPECT_EQ(items(Status::InDraft).size(), 24);

    // The leader may not sign while items are still in the draft (issue 12); approves unit by
    // unit, refuses to sign at the confirmation once, then signs.
    signIn(SampleReview::leaderLogin());
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    EXPECT_FALSE(s->signoff(QStringLiteral("123/QĐ-UBND")));
    EXPECT_TRUE(lastMessage().contains(QStringLiteral("còn 24 nội dung \"Đưa vào dự thảo\"")))
        << lastMessage().toStdString();
    QVector<qint64> unitIds;
    for (const auto& row : s->summary()->table().rows())
        unitIds.append(row.unit.id);
    int approved = 0;
    for (qint64 unit : unitIds) {
        s->selectUnit(unit);
        approved += s->approveUnit();
    }
    EXPECT_EQ(approved, 24);
    const QString settled = fingerprint(*db);
    gui::Prompts::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(s->signoff(QStringLiteral("123/QĐ-UBND")));
    EXPECT_TRUE(lastMessage().contains(QStringLiteral("Tổng cộng: 24 nội dung (24 đã phê duyệt)")))
        << lastMessage().toStdString();
    EXPECT_EQ(fingerprint(*db), settled);

    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(s->signoffButton(), Qt::LeftButton);
    const QString confirmation = gui::Prompts::shownMessages().last();
    EXPECT_TRUE(confirmation.contains(QStringLiteral("123/QĐ-UBND")));
    EXPECT_TRUE(confirmation.contains(QStringLiteral(": 24 nội dung (24 đã phê duyệt)"))) << confirmation.toStdString();
    EXPECT_EQ(storage::ProgramRepository(*db).byYear(SampleReview::Year)->state, ProgramState::Issued);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT login, to_state, decision FROM program_history ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), SampleReview::leaderLogin());
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("issued"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("123/QĐ-UBND"));
}

TEST_F(ReviewSignoff, OnlyALeaderSigns)
{
    // Everything settled, but the Office may not sign: WorkflowService says who may.
    signIn(SampleReview::officeLogin());
    storage::WorkflowService office(*db, user(SampleReview::officeLogin()));
    for (const Item& it : items(Status::Returned))
        office.transition(it.id, Status::Proposed);
    for (const Item& it : items(Status::Proposed))
        office.transition(it.id, Status::InDraft);
    window->context().reloadItems();
    gui::SignoffDialog* s = test::area<gui::ReviewScreens>(window.get())->showSignoff();
    const QString before = fingerprint(*db);
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    EXPECT_FALSE(s->signoff(QStringLiteral("5/QĐ-UBND")));
    EXPECT_TRUE(lastMessage().contains(QStringLiteral("không được ký ban hành chương trình: chỉ Lãnh đạo mới được")))
        << lastMessage().toStdString();
    EXPECT_EQ(fingerprint(*db), before);
}

} // namespace

using ReviewEdit = Review;

TEST_F(ReviewEdit, SignedInEditsGoThroughTheWorkflowAndARefusalIsShown)
{
    const User unitUser = user(SampleReview::unitLogin());
    // the Chairman approves one of the unit's items in the draft, then the window reloads it
    Item approved;
    for (const Item& it : items(Status::InDraft))
        if (it.leadUnitId == unitUser.unitId)
            approved = it;
    ASSERT_NE(approved.id, 0);
    storage::WorkflowService(*db, user(SampleReview::leaderLogin())).transition(approved.id, Status::Approved);
    ASSERT_TRUE(window->openDatabase(dbPath, SampleReview::Year));
    signIn(SampleReview::unitLogin());
    models::ItemTableModel* model = window->context().items();
    const int row = model->rowOfId(approved.id);
    ASSERT_GE(row, 0);

    const QString before = fingerprint(*db);
    EXPECT_FALSE(model->setData(model->index(row, models::ItemTableModel::Content), QStringLiteral("Nội dung khác")));
    EXPECT_EQ(lastMessage(),
              QStringLiteral("Nội dung số %1 đang ở trạng thái \"Đã phê duyệt\": không ai được sửa Nội dung công "
                             "việc; chỉ sửa được bằng điều chỉnh chương trình")
                  .arg(approved.number));
    EXPECT_EQ(model->item(row).content, approved.content);
    EXPECT_EQ(fingerprint(*db), before);

    // the note stays editable by the unit: written with a history row, and undone with another
    const int history = storage::HistoryRepository(*db).count();
    ASSERT_TRUE(model->setData(model->index(row, models::ItemTableModel::Note), QStringLiteral("Đang triển khai")));
    EXPECT_EQ(storage::ItemRepository(*db).byId(approved.id)->note, QStringLiteral("Đang triển khai"));
    EXPECT_EQ(storage::HistoryRepository(*db).count(), history + 1);
    EXPECT_EQ(storage::HistoryRepository(*db).forItem(approved.id).last().login, SampleReview::unitLogin());
    window->context().undoStack()->undo();
    EXPECT_EQ(storage::ItemRepository(*db).byId(approved.id)->note, approved.note);
    EXPECT_EQ(storage::HistoryRepository(*db).count(), history + 2);
}
