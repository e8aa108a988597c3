// The program's steps, the items' status changes and comments and the year rollover from the
// window (ProgramActions), on the real MainWindow offscreen with the real WorkflowService and a
// fresh database per test.
#include "forms.h"
#include "modal.h"

#include "workprogram/gui/historypanel.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reviewactions.h"
#include "workprogram/gui/reviewscreens.h"
#include "workprogram/gui/signoffdialog.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/historymodel.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace wp;
using gui::MainWindow;
using gui::ProgramActions;
using io::SampleReview;

using wp::test::onNextModal;

namespace {

void clickOk(QWidget* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Everything a refused or cancelled action must leave alone: every item's status, version and
/// deadline flag, the history, the programs and their steps, the snapshots.
QString fingerprint(storage::Database& db)
{
    QStringList parts;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, status, row_version FROM items ORDER BY id")));
    while (q.next())
        parts.append(
            QStringLiteral("%1:%2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    parts.append(QString::number(storage::HistoryRepository(db).count()));
    for (const QString& table : {QStringLiteral("program_history"), QStringLiteral("snapshots")}) {
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        parts.append(q.next() ? q.value(0).toString() : QStringLiteral("?"));
    }
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT year, state FROM programs ORDER BY year")));
    while (q.next())
        parts.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
    return parts.join(QLatin1Char(','));
}

struct ProgramGui : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("program.sqlite"));
    std::unique_ptr<storage::Database> db; ///< a second connection: another person, and the checks
    std::unique_ptr<MainWindow> window;
    ProgramActions* actions = nullptr;

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        gui::Prompts::shownMessages().clear();
        db = storage::Database::open(dbPath);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db); // 2023, issued
        SampleReview::add(*db);          // 2024 in review: 6 units × 4 items
        window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->openDatabase(dbPath, SampleReview::Year));
        actions = test::area<gui::ProgramActions>(window.get());
        ASSERT_NE(actions, nullptr);
    }
    void TearDown() override
    {
        window.reset();
        db.reset();
    }
    User user(const QString& login) { return *storage::UserRepository(*db).byLogin(login); }
    void signIn(const QString& login) { window->context().setUser(user(login)); }
    Program program(int year = SampleReview::Year) { return *storage::ProgramRepository(*db).byYear(year); }
    void setState(ProgramState s)
    {
        Program p = program();
        p.state = s;
        storage::ProgramRepository(*db).update(p);
        window->context().reloadItems();
    }
    QVector<Item> items(Status s, qint64 unitId = 0)
    {
        QVector<Item> out;
        for (const Item& it : storage::ItemRepository(*db).list(program().id))
            if (it.status == s && (!unitId || it.leadUnitId == unitId))
                out.append(it);
        return out;
    }
    Status status(qint64 id) { return storage::ItemRepository(*db).byId(id)->status; }
    /// Selects the rows of @p ids in the items table, in this order.
    void select(const QVector<qint64>& ids)
    {
        QItemSelectionModel* selection = test::named<QTableView>(window.get(), "itemsView")->selectionModel();
        selection->clearSelection();
        for (qint64 id : ids) {
            const QModelIndex index = window->context().proxy()->mapFromSource(
                window->context().items()->index(window->context().items()->rowOfId(id), 0));
            ASSERT_TRUE(index.isValid());
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
    /// The statuses the "Chuyển trạng thái" submenu offers, by key.
    QStringList menuEntries()
    {
        QStringList keys;
        for (QAction* a : actions->transitionMenu()->actions())
            keys.append(a->objectName().remove(QStringLiteral("transition-")));
        return keys;
    }
    /// The step actions enabled now, as "from-to".
    QStringList enabledSteps()
    {
        QStringList steps;
        for (QAction* a : actions->programMenu()->actions())
            if (a->objectName().startsWith(QLatin1String("step-")) && a->isEnabled())
                steps.append(a->objectName().mid(5));
        return steps;
    }
    QString lastMessage()
    {
        return gui::Prompts::shownMessages().isEmpty() ? QString() : gui::Prompts::shownMessages().last();
    }
    int snapshotCount() { return int(storage::SnapshotRepository(*db).forProgram(program().id).size()); }
};

TEST_F(ProgramGui, StepsAreEnabledPerRoleAndProgramState)
{
    auto* menu = window->findChild<QMenu*>(QStringLiteral("programMenu"));
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->title(), QStringLiteral("&Chương trình"));
    EXPECT_TRUE(window->menuBar()->actions().contains(menu->menuAction()));
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2024: Lãnh đạo xem xét"));
    EXPECT_TRUE(window->statusBar()->isAncestorOf(actions->stateLabel()));
    // Nobody signed in: nothing.
    EXPECT_EQ(enabledSteps(), QStringList());
    EXPECT_FALSE(actions->rolloverAction()->isEnabled());

    const QList<QPair<ProgramState, QStringList>> officeMay = {
        {ProgramState::Collecting, {QStringLiteral("collecting-drafting")}},
        {ProgramState::Drafting, {QStringLiteral("drafting-review")}},
        {ProgramState::Review, {QStringLiteral("review-drafting")}},
        {ProgramState::Issued, {QStringLiteral("issued-amending")}},
        {ProgramState::Amending, {QStringLiteral("amending-review")}},
    };
    for (const auto& [state, office] : officeMay) {
        setState(state);
        SCOPED_TRACE(ProgramStateInfo::key(state).toStdString());
        EXPECT_EQ(actions->stateLabel()->text(),
                  QStringLiteral("Chương trình năm 2024: %1").arg(ProgramStateInfo::label(state)));
        signIn(SampleReview::officeLogin());
        EXPECT_EQ(enabledSteps(), office);
        EXPECT_TRUE(actions->rolloverAction()->isEnabled());
        signIn(SampleReview::leaderLogin());
        EXPECT_EQ(enabledSteps(),
                  state == ProgramState::Review ? QStringList{QStringLiteral("review-drafting")} : QStringList());
        EXPECT_FALSE(actions->rolloverAction()->isEnabled());
        signIn(SampleReview::unitLogin());
        EXPECT_EQ(enabledSteps(), QStringList());
        EXPECT_FALSE(actions->rolloverAction()->isEnabled());
        signIn(SampleReview::adminLogin());
        EXPECT_EQ(enabledSteps(), QStringList());
        EXPECT_FALSE(actions->rolloverAction()->isEnabled());
        window->context().setUser(std::nullopt);
    }

    // A year without a program: nothing, and the status bar says so.
    signIn(SampleReview::officeLogin());
    window->context().showYear(2030);
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Năm 2030 chưa có chương trình"));
    EXPECT_EQ(enabledSteps(), QStringList());
    EXPECT_FALSE(actions->rolloverAction()->isEnabled());
}

TEST_F(ProgramGui, AStepFromTheMenuMovesTheProgramAndFreezesASnapshot)
{
    signIn(SampleReview::officeLogin());
    QAction* back = actions->stepAction(ProgramState::Review, ProgramState::Drafting);
    ASSERT_NE(back, nullptr);
    ASSERT_TRUE(back->isEnabled());
    const int snapshots = snapshotCount();

    // Cancelled at the confirmation: nothing written.
    const QString before = fingerprint(*db);
    QString asked;
    onNextModal([&asked](QWidget* modal) {
        auto* dialog = qobject_cast<gui::StepDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        asked = dialog->textLabel()->text();
        dialog->reject();
    });
    back->trigger();
    EXPECT_TRUE(asked.startsWith(
        QStringLiteral("Chuyển chương trình năm 2024 từ bước \"Lãnh đạo xem xét\" sang \"Tổng hợp dự thảo\"?")))
        << asked.toStdString();
    EXPECT_TRUE(asked.contains(QStringLiteral("Một ảnh chụp của 24 nội dung hiện có được lưu lại")))
        << asked.toStdString();
    EXPECT_EQ(fingerprint(*db), before);

    // Confirmed with a label: the program moves and the snapshot carries the label.
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::StepDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->labelEdit()->setText(QStringLiteral("Vòng rà soát thứ hai"));
        clickOk(dialog);
    });
    back->trigger();
    EXPECT_EQ(program().state, ProgramState::Drafting);
    const QVector<storage::Snapshot> all = storage::SnapshotRepository(*db).forProgram(program().id);
    ASSERT_EQ(all.size(), snapshots + 1);
    EXPECT_EQ(all.last().label, QStringLiteral("Vòng rà soát thứ hai"));
    EXPECT_EQ(all.last().login, SampleReview::officeLogin());
    EXPECT_EQ(all.last().from, ProgramState::Review);
    EXPECT_EQ(all.last().to, ProgramState::Drafting);
    EXPECT_EQ(all.last().items().size(), 24);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT login, from_state, to_state, snapshot_id FROM program_history "
                                      "ORDER BY id DESC LIMIT 1")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), SampleReview::officeLogin());
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("review"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("drafting"));
    EXPECT_EQ(q.value(3).toLongLong(), all.last().id);
    q.finish(); // an open statement would keep this connection on the database as it is now
    // The window shows the new step at once, and offers the next one.
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2024: Tổng hợp dự thảo"));
    EXPECT_EQ(enabledSteps(), QStringList{QStringLiteral("drafting-review")});

    // Without a label the snapshot is named by the step, as in the CLI.
    onNextModal([](QWidget* modal) { clickOk(modal); });
    EXPECT_TRUE(actions->takeStep(ProgramState::Review));
    EXPECT_EQ(program().state, ProgramState::Review);
    EXPECT_EQ(storage::SnapshotRepository(*db).forProgram(program().id).last().label,
              QStringLiteral("Tổng hợp dự thảo → Lãnh đạo xem xét"));
}

TEST_F(ProgramGui, ARefusedStepShowsTheServiceMessageAndChangesNothing)
{
    // A unit's staff: the workflow's refusal, without a confirmation first.
    signIn(SampleReview::unitLogin());
    const QString before = fingerprint(*db);
    EXPECT_FALSE(actions->takeStep(ProgramState::Drafting));
    EXPECT_EQ(lastMessage(), QStringLiteral("donvi (Đơn vị) không được chuyển chương trình sang \"Tổng hợp dự thảo\": "
                                            "chỉ Văn phòng, Lãnh đạo mới được"));
    EXPECT_EQ(fingerprint(*db), before);

    // The Office, while someone else already took the program back to the draft: the window
    // still offered the step; WorkflowService judges the program as it is now.
    signIn(SampleReview::officeLogin());
    QAction* back = actions->stepAction(ProgramState::Review, ProgramState::Drafting);
    ASSERT_TRUE(back->isEnabled());
    Program p = program();
    storage::WorkflowService(*db, user(SampleReview::leaderLogin())).step(p, ProgramState::Drafting);
    const QString moved = fingerprint(*db);
    back->trigger();
    EXPECT_EQ(lastMessage(), QStringLiteral("Không ai được chuyển chương trình từ \"Tổng hợp dự thảo\" sang \"Tổng hợp "
                                            "dự thảo\""));
    EXPECT_EQ(fingerprint(*db), moved);
    // ... and the window now shows the step as it is.
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2024: Tổng hợp dự thảo"));
    EXPECT_FALSE(back->isEnabled());
}

TEST_F(ProgramGui, TheTransitionMenuListsWhatEverySelectedItemMayBecome)
{
    const qint64 unitId = user(SampleReview::unitLogin()).unitId;
    const Item proposed = items(Status::Proposed, unitId).first();
    const Item inDraft = items(Status::InDraft, unitId).first();
    const Item returned = items(Status::Returned, unitId).first();
    Item otherReturned;
    for (const Item& it : items(Status::Returned))
        if (it.leadUnitId != unitId)
            otherReturned = it;
    ASSERT_NE(otherReturned.id, 0);

    // Nobody signed in: no items are shown (issue 12), nothing to move.
    EXPECT_EQ(window->context().items()->rowCount(), 0);
    EXPECT_EQ(menuEntries(), QStringList());
    EXPECT_FALSE(actions->transitionMenu()->menuAction()->isEnabled());

    signIn(SampleReview::officeLogin());
    select({proposed.id});
    EXPECT_EQ(menuEntries(), (QStringList{QStringLiteral("returned"), QStringLiteral("in-draft"),
                                          QStringLiteral("rejected"), QStringLiteral("withdrawn")}));
    EXPECT_TRUE(actions->transitionMenu()->menuAction()->isEnabled());
    // an entry that asks for a reason says so with "…"
    EXPECT_EQ(actions->transitionMenu()->actions().first()->text(), QStringLiteral("Yêu cầu điều chỉnh…"));
    EXPECT_FALSE(actions->proposeAction()->isEnabled());
    select({proposed.id, inDraft.id}); // the Office may only return an item in the draft
    EXPECT_EQ(menuEntries(), QStringList{QStringLiteral("returned")});

    signIn(SampleReview::leaderLogin());
    select({inDraft.id});
    EXPECT_EQ(menuEntries(),
              (QStringList{QStringLiteral("returned"), QStringLiteral("approved"), QStringLiteral("rejected")}));

    signIn(SampleReview::unitLogin());
    select({returned.id});
    EXPECT_EQ(menuEntries(), (QStringList{QStringLiteral("proposed"), QStringLiteral("withdrawn")}));
    EXPECT_TRUE(actions->proposeAction()->isEnabled());
    select({returned.id, otherReturned.id}); // another unit's item: nothing for both
    EXPECT_EQ(menuEntries(), QStringList());
    EXPECT_FALSE(actions->proposeAction()->isEnabled());
    EXPECT_FALSE(actions->transitionMenu()->menuAction()->isEnabled());

    signIn(SampleReview::adminLogin());
    select({returned.id});
    EXPECT_EQ(menuEntries(), QStringList());

    // The keys, the Duyệt menu and the table's context menu.
    EXPECT_EQ(actions->proposeAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    EXPECT_EQ(actions->transitionMenu()->menuAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    EXPECT_EQ(actions->commentAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+M")));
    auto* review = window->findChild<QMenu*>(QStringLiteral("reviewMenu"));
    ASSERT_NE(review, nullptr);
    EXPECT_TRUE(review->actions().contains(actions->transitionMenu()->menuAction()));
    EXPECT_TRUE(test::named<QTableView>(window.get(), "itemsView")
                    ->actions()
                    .contains(actions->transitionMenu()->menuAction()));
    EXPECT_TRUE(test::named<QTableView>(window.get(), "itemsView")->actions().contains(actions->commentAction()));
    EXPECT_EQ(test::named<QTableView>(window.get(), "itemsView")->contextMenuPolicy(), Qt::ActionsContextMenu);
}

TEST_F(ProgramGui, SeveralItemsMoveTogetherFromTheMenu)
{
    signIn(SampleReview::unitLogin());
    const qint64 unitId = user(SampleReview::unitLogin()).unitId;
    const Item returned = items(Status::Returned, unitId).first();
    // the unit's returned item and, once the Office returned it too, its proposed one
    const Item second = items(Status::Proposed, unitId).first();
    storage::WorkflowService(*db, user(SampleReview::officeLogin()))
        .transition(second.id, Status::Returned, QStringLiteral("Bổ sung kinh phí"));
    window->context().reloadItems();
    select({returned.id, second.id});
    ASSERT_TRUE(actions->proposeAction()->isEnabled());
    // an edit of the note first: a step on the undo stack
    models::ItemTableModel* model = window->context().items();
    ASSERT_TRUE(model->setData(model->index(model->rowOfId(returned.id), models::ItemTableModel::Note),
                               QStringLiteral("Đã bổ sung")));
    ASSERT_EQ(window->context().undoStack()->count(), 1);
    const int history = storage::HistoryRepository(*db).count();
    actions->proposeAction()->trigger();
    EXPECT_EQ(status(returned.id), Status::Proposed);
    EXPECT_EQ(status(second.id), Status::Proposed);
    EXPECT_EQ(storage::HistoryRepository(*db).count(), history + 2);
    EXPECT_EQ(window->context().undoStack()->count(), 0); // the history is the record, not the undo stack
    EXPECT_EQ(window->context().items()->item(window->context().items()->rowOfId(second.id)).status, Status::Proposed);
}

TEST_F(ProgramGui, AMultiItemTransitionRefusedForOneItemChangesNone)
{
    signIn(SampleReview::unitLogin());
    const qint64 unitId = user(SampleReview::unitLogin()).unitId;
    const Item own = items(Status::Returned, unitId).first();
    Item other;
    for (const Item& it : items(Status::Returned))
        if (it.leadUnitId != unitId)
            other = it;
    select({own.id, other.id}); // their own item first: it would move before the refusal
    const QString before = fingerprint(*db);
    EXPECT_EQ(actions->transitionSelected(Status::Proposed), 0);
    const QString unitName = storage::UnitRepository(*db).byId(other.leadUnitId)->name;
    EXPECT_EQ(lastMessage(), QStringLiteral("donvi thuộc đơn vị khác; nội dung số %1 do %2 chủ trì: chỉ cán bộ của %2, "
                                            "Văn phòng hoặc Lãnh đạo phụ trách mới được thao tác\n\nChưa có nội dung "
                                            "nào được thay đổi.")
                                 .arg(other.number)
                                 .arg(unitName));
    EXPECT_EQ(status(own.id), Status::Returned);
    EXPECT_EQ(fingerprint(*db), before);

    // The same at the status level: another person moved one of two selected items meanwhile.
    signIn(SampleReview::officeLogin());
    const QVector<Item> proposed = items(Status::Proposed, unitId);
    ASSERT_EQ(proposed.size(), 2);
    select({proposed[0].id, proposed[1].id});
    storage::WorkflowService(*db, user(SampleReview::officeLogin())).transition(proposed[1].id, Status::InDraft);
    const QString moved = fingerprint(*db);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ReasonDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->edit()->setPlainText(QStringLiteral("Trùng với kế hoạch của Sở"));
        clickOk(dialog);
    });
    EXPECT_EQ(actions->transitionSelected(Status::Rejected), 0);
    EXPECT_TRUE(lastMessage().startsWith(
        QStringLiteral("Nội dung số %1: vanphong (Văn phòng) không được chuyển nội dung từ \"Đưa vào dự thảo\" sang "
                       "\"Không đưa vào chương trình\": chỉ Lãnh đạo mới được")
            .arg(proposed[1].number)))
        << lastMessage().toStdString();
    EXPECT_EQ(status(proposed[0].id), Status::Proposed);
    EXPECT_EQ(fingerprint(*db), moved);
}

TEST_F(ProgramGui, AReasonPromptCancelledOrEmptyChangesNothing)
{
    signIn(SampleReview::officeLogin());
    const Item proposed = items(Status::Proposed).first();
    select({proposed.id});
    const QString before = fingerprint(*db);
    bool refusedEmpty = false;
    QString prompt;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ReasonDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        prompt = dialog->windowTitle();
        dialog->edit()->setPlainText(QStringLiteral("   "));
        clickOk(dialog);
        refusedEmpty = dialog->isVisible() && dialog->errorLabel()->isVisible();
        gui::Prompts::setNextAnswer(QMessageBox::Yes); // "Bỏ các thay đổi?": the blanks typed
        dialog->reject();
    });
    QAction* toReturned = actions->transitionMenu()->findChild<QAction*>(QStringLiteral("transition-returned"));
    if (!toReturned)
        for (QAction* a : actions->transitionMenu()->actions())
            if (a->objectName() == QLatin1String("transition-returned"))
                toReturned = a;
    ASSERT_NE(toReturned, nullptr);
    toReturned->trigger();
    EXPECT_TRUE(refusedEmpty);
    EXPECT_EQ(prompt, QStringLiteral("Chuyển sang \"Yêu cầu điều chỉnh\""));
    EXPECT_EQ(status(proposed.id), Status::Proposed);
    EXPECT_EQ(fingerprint(*db), before);
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Chưa chuyển nội dung nào: chưa ghi lý do."));

    // Given, the reason is kept with the return.
    onNextModal([](QWidget* modal) {
        qobject_cast<gui::ReasonDialog*>(modal)->edit()->setPlainText(QStringLiteral("Ghi rõ sản phẩm"));
        clickOk(modal);
    });
    EXPECT_EQ(actions->transitionSelected(Status::Returned), 1);
    EXPECT_EQ(status(proposed.id), Status::Returned);
    EXPECT_EQ(storage::HistoryRepository(*db).forItem(proposed.id).last().comment, QStringLiteral("Ghi rõ sản phẩm"));
}

TEST_F(ProgramGui, ACommentAppearsInTheHistoryAtOnce)
{
    signIn(SampleReview::leaderLogin());
    const Item item = items(Status::InDraft).first();
    select({item.id});
    ASSERT_TRUE(actions->commentAction()->isEnabled());
    test::area<gui::HistoryPanel>(window.get())->hide();
    const int statusVersion = storage::ItemRepository(*db).byId(item.id)->rowVersion;
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ReasonDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        clickOk(dialog); // empty: refused in the dialog
        EXPECT_EQ(dialog->errorLabel()->text(), QStringLiteral("Hãy ghi ý kiến trước khi bấm Đồng ý."));
        dialog->edit()->setPlainText(QStringLiteral("Đề nghị làm rõ nguồn kinh phí."));
        clickOk(dialog);
    });
    actions->commentAction()->trigger();
    EXPECT_TRUE(test::area<gui::HistoryPanel>(window.get())->isVisible());
    models::HistoryModel* h = test::area<gui::HistoryPanel>(window.get())->model();
    ASSERT_GE(h->rowCount(), 1);
    EXPECT_EQ(h->index(0, models::HistoryModel::What).data().toString(), QStringLiteral("Ý kiến"));
    EXPECT_EQ(h->index(0, models::HistoryModel::Details).data().toString(),
              QStringLiteral("Đề nghị làm rõ nguồn kinh phí."));
    EXPECT_EQ(h->index(0, models::HistoryModel::Who).data().toString(), QStringLiteral("Trần Minh Chính (chutich)"));
    EXPECT_EQ(storage::ItemRepository(*db).byId(item.id)->rowVersion, statusVersion); // no status change
    EXPECT_EQ(storage::ItemRepository(*db).byId(item.id)->status, Status::InDraft);

    // A unit on another unit's item: not offered, and refused by the service when asked.
    signIn(SampleReview::unitLogin());
    Item other;
    for (const Item& it : items(Status::InDraft))
        if (it.leadUnitId != user(SampleReview::unitLogin()).unitId)
            other = it;
    select({other.id});
    EXPECT_FALSE(actions->commentAction()->isEnabled());
    const QString before = fingerprint(*db);
    onNextModal([](QWidget* modal) {
        qobject_cast<gui::ReasonDialog*>(modal)->edit()->setPlainText(QStringLiteral("Ý kiến"));
        clickOk(modal);
    });
    EXPECT_FALSE(actions->commentOnSelected());
    EXPECT_TRUE(lastMessage().startsWith(QStringLiteral("donvi thuộc đơn vị khác; nội dung số %1").arg(other.number)))
        << lastMessage().toStdString();
    EXPECT_EQ(fingerprint(*db), before);
}

TEST_F(ProgramGui, RolloverCarriesTheUnfinishedItemsIntoTheNewYear)
{
    window->context().showYear(io::SampleData::Year); // 2023, issued
    signIn(SampleReview::leaderLogin());
    EXPECT_FALSE(actions->rolloverAction()->isEnabled());
    signIn(SampleReview::officeLogin());
    ASSERT_TRUE(actions->rolloverAction()->isEnabled());
    // What the rule says, counted straight from the database.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM items WHERE program_id = %1 AND status NOT IN "
                                      "('done', 'withdrawn', 'rejected')")
                           .arg(program(io::SampleData::Year).id)));
    ASSERT_TRUE(q.next());
    const int unfinished = q.value(0).toInt();
    q.finish(); // an open statement would keep this connection on the database as it is now
    ASSERT_GT(unfinished, 0);

    // 2024 already has a program under review: refused, with the service's words.
    const QString before = fingerprint(*db);
    int previewed = -1;
    onNextModal([&previewed](QWidget* modal) {
        auto* dialog = qobject_cast<gui::RolloverDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->yearSpin()->value(), 2024); // the next year by default
        EXPECT_TRUE(dialog->summaryLabel()->text().contains(
            QStringLiteral("Năm 2024 đã có chương trình (bước \"Lãnh đạo xem xét\")")))
            << dialog->summaryLabel()->text().toStdString();
        previewed = dialog->carriedCount();
        clickOk(dialog);
    });
    actions->rolloverAction()->trigger();
    EXPECT_EQ(previewed, unfinished);
    EXPECT_EQ(lastMessage(), QStringLiteral("Chương trình năm 2024 đang ở bước \"Lãnh đạo xem xét\": chỉ chuyển nội "
                                            "dung sang khi chương trình mới còn ở bước \"Thu thập đề xuất\""));
    EXPECT_EQ(fingerprint(*db), before);

    // Into 2025: created, the count as previewed, and the window switches to it.
    int flaggedPreview = -1;
    QString summary;
    onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::RolloverDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->yearSpin()->setValue(2025);
        summary = dialog->summaryLabel()->text();
        flaggedPreview = dialog->flaggedCount();
        clickOk(dialog);
    });
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(actions->rollover(), unfinished);
    EXPECT_TRUE(summary.startsWith(
        QStringLiteral("Sẽ chuyển %1 nội dung chưa hoàn thành sang chương trình năm 2025.").arg(unfinished)))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Chương trình năm 2025 sẽ được tạo.")));
    const Program created = program(2025);
    EXPECT_EQ(created.state, ProgramState::Collecting);
    const QVector<Item> carried = storage::ItemRepository(*db).list(created.id);
    EXPECT_EQ(carried.size(), unfinished);
    int flagged = 0;
    for (const Item& it : carried) {
        EXPECT_EQ(it.status, Status::Proposed);
        EXPECT_NE(it.carriedFrom, 0);
        flagged += it.deadlineNeedsReview ? 1 : 0;
    }
    EXPECT_EQ(flagged, flaggedPreview);
    EXPECT_TRUE(summary.contains(QStringLiteral("%1 nội dung có thời hạn là một ngày cụ thể").arg(flagged)));
    EXPECT_TRUE(gui::Prompts::shownMessages().last().startsWith(
        QStringLiteral("Đã chuyển %1 nội dung chưa hoàn thành của năm 2023 sang chương trình năm 2025")
            .arg(unfinished)))
        << gui::Prompts::shownMessages().last().toStdString();
    EXPECT_EQ(window->context().items()->year(), 2025);
    EXPECT_EQ(window->context().items()->rowCount(), unfinished);
    EXPECT_EQ(test::named<QComboBox>(window.get(), "yearCombo")->currentData().toInt(), 2025);
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2025: Thu thập đề xuất"));

    // A second run for the same pair of years is refused and writes nothing.
    window->context().showYear(io::SampleData::Year);
    const QString after = fingerprint(*db);
    onNextModal([](QWidget* modal) {
        qobject_cast<gui::RolloverDialog*>(modal)->yearSpin()->setValue(2025);
        clickOk(modal);
    });
    EXPECT_EQ(actions->rollover(), -1);
    EXPECT_EQ(lastMessage(),
              QStringLiteral("Các nội dung chưa hoàn thành của năm 2023 đã được chuyển sang năm 2025 rồi"));
    EXPECT_EQ(fingerprint(*db), after);
}

TEST_F(ProgramGui, TheKeysReachTheActions)
{
    signIn(SampleReview::unitLogin());
    const qint64 unitId = user(SampleReview::unitLogin()).unitId;
    const Item returned = items(Status::Returned, unitId).first();
    select({returned.id});
    test::named<QTableView>(window.get(), "itemsView")->setFocus();
    QTest::keyClick(test::named<QTableView>(window.get(), "itemsView"), Qt::Key_P,
                    Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(status(returned.id), Status::Proposed);

    select({returned.id});
    QTest::keyClick(test::named<QTableView>(window.get(), "itemsView"), Qt::Key_T,
                    Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(actions->transitionMenu()->isVisible());
    actions->transitionMenu()->close();

    bool asked = false;
    onNextModal([&asked](QWidget* modal) {
        asked = qobject_cast<gui::ReasonDialog*>(modal) != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    QTest::keyClick(test::named<QTableView>(window.get(), "itemsView"), Qt::Key_M, Qt::ControlModifier);
    EXPECT_TRUE(asked);
}

TEST_F(ProgramGui, AProgramGoesThroughSignOffAndAnAmendmentInTheWindow)
{
    auto all = [this](Status s) {
        QVector<qint64> ids;
        for (const Item& it : items(s))
            ids.append(it.id);
        return ids;
    };
    auto confirm = [] { onNextModal([](QWidget* modal) { clickOk(modal); }); };
    // The Office takes the draft back, settles every open item and sends it to the leaders.
    signIn(SampleReview::officeLogin());
    confirm();
    ASSERT_TRUE(actions->takeStep(ProgramState::Drafting));
    select(all(Status::Returned));
    EXPECT_EQ(actions->transitionSelected(Status::Proposed), 6);
    select(all(Status::Proposed));
    EXPECT_EQ(actions->transitionSelected(Status::InDraft), 18);
    confirm();
    actions->stepAction(ProgramState::Drafting, ProgramState::Review)->trigger();
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2024: Lãnh đạo xem xét"));

    // The Chairman approves everything and signs.
    signIn(SampleReview::leaderLogin());
    select(all(Status::InDraft));
    EXPECT_EQ(actions->transitionSelected(Status::Approved), 24);
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(test::area<gui::ReviewScreens>(window.get())->showSignoff()->signoff(QStringLiteral("12/QĐ-UBND")));
    EXPECT_EQ(program().state, ProgramState::Issued);
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2024: Đã ban hành"));
    test::area<gui::ReviewScreens>(window.get())->showSignoff()->close();

    // The Office opens an amendment, changes an approved item, and sends it to the leaders.
    signIn(SampleReview::officeLogin());
    ASSERT_TRUE(actions->stepAction(ProgramState::Issued, ProgramState::Amending)->isEnabled());
    confirm();
    actions->stepAction(ProgramState::Issued, ProgramState::Amending)->trigger();
    EXPECT_EQ(program().state, ProgramState::Amending);
    models::ItemTableModel* model = window->context().items();
    const qint64 changed = all(Status::Approved).first();
    ASSERT_TRUE(model->setData(model->index(model->rowOfId(changed), models::ItemTableModel::Content),
                               QStringLiteral("Nội dung đã điều chỉnh")));
    confirm();
    actions->stepAction(ProgramState::Amending, ProgramState::Review)->trigger();
    EXPECT_EQ(program().state, ProgramState::Review);

    // The Chairman signs the amendment: a second signed snapshot, the first one as it was.
    signIn(SampleReview::leaderLogin());
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(test::area<gui::ReviewScreens>(window.get())->showSignoff()->signoff(QStringLiteral("46/QĐ-UBND")));
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2024: Đã ban hành"));
    QVector<storage::Snapshot> signedOnes;
    for (const storage::Snapshot& s : storage::SnapshotRepository(*db).forProgram(program().id))
        if (s.to == ProgramState::Issued)
            signedOnes.append(s);
    ASSERT_EQ(signedOnes.size(), 2);
    EXPECT_EQ(signedOnes.last().label, QStringLiteral("Điều chỉnh lần 1 theo quyết định 46/QĐ-UBND"));
    auto contentOf = [changed](const storage::Snapshot& s) {
        for (const Item& it : s.items())
            if (it.id == changed)
                return it.content;
        return QString();
    };
    EXPECT_NE(contentOf(signedOnes.first()), QStringLiteral("Nội dung đã điều chỉnh"));
    EXPECT_EQ(contentOf(signedOnes.last()), QStringLiteral("Nội dung đã điều chỉnh"));
    EXPECT_TRUE(storage::SnapshotRepository(*db).verify().isEmpty());
}

TEST_F(ProgramGui, ChoosingAYearInTheListShowsItsProgramAndStep)
{
    signIn(SampleReview::officeLogin()); // the items are shown only to someone signed in
    QComboBox* years = test::named<QComboBox>(window.get(), "yearCombo");
    const int index = years->findData(io::SampleData::Year);
    ASSERT_GE(index, 0);
    years->setCurrentIndex(index);
    emit years->activated(index); // what a click on the entry sends
    EXPECT_EQ(window->context().items()->year(), io::SampleData::Year);
    EXPECT_EQ(window->context().items()->programId(), program(io::SampleData::Year).id);
    EXPECT_EQ(actions->stateLabel()->text(), QStringLiteral("Chương trình năm 2023: Đã ban hành"));
}

} // namespace

namespace {

TEST_F(ProgramGui, AfterARolloverTheNewYearIsInTheYearListWhateverTheAnswer)
{
    signIn(SampleReview::officeLogin());
    window->context().showYear(io::SampleData::Year);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::RolloverDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        dialog->yearSpin()->setValue(2026);
        clickOk(dialog);
    });
    // "Mở chương trình năm 2026 ngay?" answered No (the tests' default): the window stays on 2023.
    EXPECT_GT(actions->rollover(), 0);
    QComboBox* years = test::named<QComboBox>(window.get(), "yearCombo");
    EXPECT_GE(years->findData(2026), 0) << "the new year is offered in the year list";
    EXPECT_EQ(years->currentData().toInt(), io::SampleData::Year);
    EXPECT_EQ(window->context().items()->year(), io::SampleData::Year);
}

} // namespace
