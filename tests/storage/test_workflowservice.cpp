// Users, the workflow service's refusals and the tamper-evident history.
#include "testsupport.h"
#include "twounitsdb.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <type_traits>

using namespace wp;
using namespace wp::storage;

namespace {

struct WorkflowDb : test::TwoUnitsDb
{
    qint64 itemId = 0;
    User office, leader, staffA, staffB, admin;

    void SetUp() override
    {
        TwoUnitsDb::SetUp();
        if (IsSkipped())
            return;
        QVector<Item> items(1);
        items[0].programId = program.id;
        items[0].content = QStringLiteral("Kế hoạch phổ biến pháp luật");
        items[0].leadUnitId = unitA;
        items[0].status = Status::Draft;
        ItemService(db).add(items);
        itemId = items[0].id;
        office = addUser(QStringLiteral("vanphong"), Role::Office);
        leader = addUser(QStringLiteral("chutich"), Role::Leader);
        staffA = addUser(QStringLiteral("tuphap"), Role::Unit, unitA);
        staffB = addUser(QStringLiteral("yte"), Role::Unit, unitB);
        admin = addUser(QStringLiteral("quantri"), Role::Admin);
    }
    User addUser(const QString& login, Role role, qint64 unit = 0)
    {
        return addAccount(login, role, QStringLiteral("mật khẩu ") + login, unit);
    }
    Item stored() { return *ItemRepository(db).byId(itemId); }
    Item move(const User& who, Status to, const QString& comment = QString())
    {
        return WorkflowService(db, who).transition(itemId, to, comment);
    }
    // Runs @p f, expects PermissionError naming @p who, and that nothing was written.
    template <typename F>
    void expectRefused(F f, const QString& who)
    {
        const Item before = stored();
        const int history = HistoryRepository(db).count();
        try {
            f();
            ADD_FAILURE() << "not refused";
        } catch (const PermissionError& e) {
            EXPECT_TRUE(e.message().contains(who)) << e.message().toStdString();
        }
        EXPECT_EQ(stored().status, before.status);
        EXPECT_EQ(stored().rowVersion, before.rowVersion);
        EXPECT_EQ(HistoryRepository(db).count(), history);
    }
};

} // namespace

TEST_P(WorkflowDb, PasswordsAreArgon2HashesAndWrongOnesAreRefused)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'vanphong'")) && q.next());
    EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    EXPECT_FALSE(q.value(0).toString().contains(QStringLiteral("mật khẩu")));
    q.finish();
    EXPECT_EQ(UserRepository(db).authenticate(QStringLiteral("vanphong"), QStringLiteral("mật khẩu vanphong")).role,
              Role::Office);
    EXPECT_THROW(UserRepository(db).authenticate(QStringLiteral("vanphong"), QStringLiteral("sai")),
                 AuthenticationError);
    EXPECT_THROW(UserRepository(db).authenticate(QStringLiteral("ai"), QStringLiteral("sai")), AuthenticationError);
    UserRepository(db).setPassword(office.id, QStringLiteral("mới"));
    EXPECT_NO_THROW(UserRepository(db).authenticate(QStringLiteral("vanphong"), QStringLiteral("mới")));
    EXPECT_EQ(UserRepository(db).count(), 5);
}

TEST_P(WorkflowDb, InteractiveStrengthHashVerifies)
{
    qunsetenv("WP_PWHASH_FAST");
    const QString h = UserRepository::hashPassword(QStringLiteral("Đúng mật khẩu"));
    EXPECT_TRUE(h.contains(QStringLiteral("m=65536"))) << h.toStdString();
    EXPECT_TRUE(UserRepository::verifyPassword(h, QStringLiteral("Đúng mật khẩu")));
    EXPECT_FALSE(UserRepository::verifyPassword(h, QStringLiteral("Dung mat khau")));
}

TEST_P(WorkflowDb, TheWholePathFromProposalToDone)
{
    move(staffA, Status::Proposed);
    move(office, Status::Returned, QStringLiteral("Ghi rõ thời gian trình"));
    move(staffA, Status::Proposed);
    move(office, Status::InDraft);
    move(leader, Status::Approved);
    move(staffA, Status::InProgress);
    EXPECT_EQ(move(staffA, Status::Done).status, Status::Done);
    const QVector<HistoryEntry> h = HistoryRepository(db).forItem(itemId);
    ASSERT_EQ(h.size(), 8); // its creation, then seven moves
    EXPECT_EQ(h[0].kind, HistoryEntry::Kind::Create);
    EXPECT_EQ(h[2].login, QStringLiteral("vanphong"));
    EXPECT_EQ(h[2].from, Status::Proposed);
    EXPECT_EQ(h[2].to, Status::Returned);
    EXPECT_EQ(h[2].comment, QStringLiteral("Ghi rõ thời gian trình"));
    EXPECT_TRUE(HistoryRepository(db).verify().isEmpty());
}

TEST_P(WorkflowDb, RefusalsNameWhoMayAndWriteNothing)
{
    expectRefused([&] { move(office, Status::Approved); }, QStringLiteral("không ai"));
    move(staffA, Status::Proposed);
    move(office, Status::InDraft);
    // only a leader approves
    expectRefused([&] { move(office, Status::Approved); }, QStringLiteral("chỉ Lãnh đạo"));
    expectRefused([&] { move(staffA, Status::Approved); }, QStringLiteral("chỉ Lãnh đạo"));
    expectRefused([&] { move(admin, Status::Approved); }, QStringLiteral("chỉ Lãnh đạo"));
    // the Office or a leader returns
    expectRefused([&] { move(staffA, Status::Returned, QStringLiteral("x")); }, QStringLiteral("Văn phòng, Lãnh đạo"));
    move(leader, Status::Approved);
    // unit staff only on their own unit's items
    expectRefused([&] { move(staffB, Status::InProgress); }, QStringLiteral("Phòng Tư pháp"));
    expectRefused([&] { WorkflowService(db, staffB).comment(itemId, QStringLiteral("x")); },
                  QStringLiteral("Phòng Tư pháp"));
}

TEST_P(WorkflowDb, LeadersMayBeLimitedToUnits)
{
    User limited;
    limited.login = QStringLiteral("pct");
    limited.fullName = QStringLiteral("Phó Chủ tịch");
    limited.role = Role::Leader;
    limited.leaderUnitIds = {unitB};
    UserRepository(db).add(limited, QStringLiteral("pw"));
    EXPECT_EQ(UserRepository(db).byLogin(QStringLiteral("pct"))->leaderUnitIds, QVector<qint64>{unitB});
    move(staffA, Status::Proposed);
    move(office, Status::InDraft);
    expectRefused([&] { move(limited, Status::Approved); }, QStringLiteral("Phòng Tư pháp"));
    EXPECT_EQ(move(leader, Status::Approved).status, Status::Approved);
}

TEST_P(WorkflowDb, ReturningNeedsAReason)
{
    move(staffA, Status::Proposed);
    const int before = HistoryRepository(db).count();
    EXPECT_THROW(move(office, Status::Returned, QStringLiteral("  ")), InvalidRequestError);
    EXPECT_EQ(stored().status, Status::Proposed);
    EXPECT_EQ(HistoryRepository(db).count(), before);
}

TEST_P(WorkflowDb, EditsRecordFieldChangesAndApprovedItemsAreLocked)
{
    Item it = stored();
    it.content = QStringLiteral("Kế hoạch phổ biến, giáo dục pháp luật");
    it.deadline = *Deadline::parse(QStringLiteral("Quý II"), 2024);
    WorkflowService(db, staffA).edit(it);
    QVector<HistoryEntry> h = HistoryRepository(db).forItem(itemId);
    ASSERT_EQ(h.size(), 2); // its creation, then the edit
    h.removeFirst();
    EXPECT_EQ(h[0].kind, HistoryEntry::Kind::Edit);
    ASSERT_EQ(h[0].changes.size(), 2);
    EXPECT_EQ(h[0].changes[0].field, QStringLiteral("content"));
    EXPECT_EQ(h[0].changes[0].oldValue, QStringLiteral("Kế hoạch phổ biến pháp luật"));
    EXPECT_EQ(h[0].changes[1].newValue, QStringLiteral("Quý II"));
    move(staffA, Status::Proposed);
    move(office, Status::InDraft);
    move(leader, Status::Approved);
    Item locked = stored();
    locked.content = QStringLiteral("Đổi sau khi phê duyệt");
    expectRefused([&] { WorkflowService(db, office).edit(locked); }, QStringLiteral("Nội dung công việc"));
    Item noted = stored();
    noted.note = QStringLiteral("Đã giao phòng");
    WorkflowService(db, staffA).edit(noted);
    EXPECT_EQ(stored().note, QStringLiteral("Đã giao phòng"));
}

TEST_P(WorkflowDb, ASaveThatCameSecondIsAConflictNamingWhoChangedItAndWhen)
{
    Item mine = stored();
    Item theirs = stored();
    theirs.note = QStringLiteral("Của họ");
    WorkflowService(db, office).edit(theirs);
    const HistoryEntry last = HistoryRepository(db).forItem(itemId).constLast();
    ASSERT_EQ(HistoryRepository(db).lastChange(itemId)->at, last.at);
    mine.note = QStringLiteral("Của tôi");
    try {
        WorkflowService(db, staffA).edit(mine);
        FAIL() << "expected ConflictError";
    } catch (const ConflictError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("nội dung số 1 vừa được người khác sửa (vanphong, lúc %1); hãy tải lại "
                                              "rồi sửa lại")
                                   .arg(last.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    }
    EXPECT_EQ(stored().note, QStringLiteral("Của họ")) << "theirs kept, nothing of mine written";
}

TEST_P(WorkflowDb, TheLastChangeNamesThePersonByNameAndLoginWithTheOneTimeForm)
{
    EXPECT_FALSE(HistoryRepository(db).lastChange(itemId + 1000)) << "no history, no last change";
    User named = addUser(QStringLiteral("nguyenan"), Role::Office);
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE users SET full_name = 'Nguyễn Văn An' WHERE login = 'nguyenan'")));
    }
    Item theirs = stored();
    theirs.note = QStringLiteral("Của anh An");
    WorkflowService(db, named).edit(theirs);
    const std::optional<LastChange> last = HistoryRepository(db).lastChange(itemId);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->login, QStringLiteral("nguyenan"));
    EXPECT_EQ(last->who(), QStringLiteral("Nguyễn Văn An (nguyenan)"));
    EXPECT_EQ(last->at, HistoryRepository(db).forItem(itemId).constLast().at);
    EXPECT_EQ(last->when(), last->at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    Item mine = theirs;
    mine.rowVersion -= 1;
    mine.note = QStringLiteral("Của tôi");
    try {
        WorkflowService(db, office).edit(mine);
        FAIL() << "expected ConflictError";
    } catch (const ConflictError& e) {
        EXPECT_EQ(e.message(),
                  QStringLiteral("nội dung số 1 vừa được người khác sửa (Nguyễn Văn An (nguyenan), lúc %1); "
                                 "hãy tải lại rồi sửa lại")
                      .arg(last->when()));
    }
}

TEST_P(WorkflowDb, ABrokenHashChainIsReported)
{
    move(staffA, Status::Proposed);
    WorkflowService(db, office).comment(itemId, QStringLiteral("Đề nghị bổ sung căn cứ"));
    move(office, Status::InDraft);
    EXPECT_TRUE(HistoryRepository(db).verify().isEmpty());
    EXPECT_TRUE(Maintenance::check(db).ok);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE item_history SET comment = 'Đồng ý' WHERE id = 2")));
    QStringList problems = HistoryRepository(db).verify();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("dòng 2"))) << problems[0].toStdString();
    EXPECT_FALSE(Maintenance::check(db).ok);
    // Recomputing the row's own hash does not help: the next row still points at the old one.
    HistoryEntry forged = HistoryRepository(db).forItem(itemId)[1];
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE item_history SET hash = '%1' WHERE id = 2").arg(HistoryRepository::hashOf(forged))));
    problems = HistoryRepository(db).verify();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("dòng 3"))) << problems[0].toStdString();
}

TEST_P(WorkflowDb, DeletingTheLastHistoryRowIsReported)
{
    move(staffA, Status::Proposed);
    move(office, Status::InDraft);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM item_history WHERE id = 2")));
    EXPECT_EQ(HistoryRepository(db).verify().size(), 1);
}

TEST_P(WorkflowDb, EditManyWritesAllOrNothingAndNamesTheRefusedItem)
{
    // a second item, led by the other unit
    QVector<Item> more(1);
    more[0].programId = stored().programId;
    more[0].content = QStringLiteral("Kiểm tra an toàn thực phẩm");
    more[0].leadUnitId = unitB;
    more[0].status = Status::Draft;
    ItemService(db).add(more);
    const Item otherBefore = *ItemRepository(db).byId(more[0].id);
    const int created = HistoryRepository(db).count(); // the items' creation rows

    // the unit's staff may edit their own item but not the other unit's: nothing is written
    QVector<Item> batch{stored(), otherBefore};
    for (Item& it : batch)
        it.note = QStringLiteral("Ghi chú mới");
    try {
        WorkflowService(db, staffA).editMany(batch);
        ADD_FAILURE() << "expected a refusal";
    } catch (const PermissionError& e) {
        EXPECT_TRUE(e.message().startsWith(
            QStringLiteral("tuphap thuộc đơn vị khác; nội dung số %1 do Phòng Y tế chủ trì").arg(otherBefore.number)))
            << e.message().toStdString();
    }
    EXPECT_TRUE(stored().note.isEmpty());
    EXPECT_EQ(HistoryRepository(db).count(), created);

    // the Office may edit both: two edit rows and a comment on each, in one transaction
    batch = {stored(), *ItemRepository(db).byId(more[0].id)};
    for (Item& it : batch)
        it.note = QStringLiteral("Ghi chú mới");
    EXPECT_EQ(WorkflowService(db, office).editMany(batch, QStringLiteral("rà soát")), 2);
    EXPECT_EQ(stored().note, QStringLiteral("Ghi chú mới"));
    EXPECT_EQ(ItemRepository(db).byId(more[0].id)->note, QStringLiteral("Ghi chú mới"));
    EXPECT_EQ(HistoryRepository(db).count(), created + 4);
    EXPECT_TRUE(HistoryRepository(db).verify().isEmpty());

    // an edit that fails in the middle leaves the earlier ones unwritten (savepoints roll back
    // with the outer transaction)
    batch = {stored(), *ItemRepository(db).byId(more[0].id)};
    batch[0].leader = QStringLiteral("PCT A");
    batch[1].leader = QStringLiteral("PCT A");
    batch[1].rowVersion -= 1; // read before someone else's change
    EXPECT_THROW(WorkflowService(db, office).editMany(batch), ConflictError);
    EXPECT_TRUE(stored().leader.isEmpty());
    EXPECT_EQ(HistoryRepository(db).count(), created + 4);
}

TEST_P(WorkflowDb, TransitionManyMovesAllOrNothingAndNamesTheRefusedItem)
{
    // a second item, led by the other unit, and a third of the first unit
    QVector<Item> more(2);
    for (Item& it : more) {
        it.programId = stored().programId;
        it.leadUnitId = unitA;
        it.status = Status::Draft;
    }
    more[0].content = QStringLiteral("Kiểm tra an toàn thực phẩm");
    more[0].leadUnitId = unitB;
    more[1].content = QStringLiteral("Rà soát văn bản quy phạm");
    ItemService(db).add(more);
    const Item other = *ItemRepository(db).byId(more[0].id);
    const int created = HistoryRepository(db).count(); // the items' creation rows

    // the unit proposes its own item and the other unit's: the second is refused, the first is
    // not moved either, and no history is written
    try {
        WorkflowService(db, staffA).transitionMany({itemId, other.id}, Status::Proposed);
        ADD_FAILURE() << "expected a refusal";
    } catch (const PermissionError& e) {
        EXPECT_TRUE(e.message().startsWith(
            QStringLiteral("tuphap thuộc đơn vị khác; nội dung số %1 do Phòng Y tế chủ trì").arg(other.number)))
            << e.message().toStdString();
    }
    EXPECT_EQ(stored().status, Status::Draft);
    EXPECT_EQ(HistoryRepository(db).count(), created);

    // a reason missing for the withdrawal is named by the item's number
    try {
        WorkflowService(db, staffA).transitionMany({itemId, more[1].id}, Status::Withdrawn);
        ADD_FAILURE() << "expected a refusal";
    } catch (const InvalidRequestError& e) {
        EXPECT_EQ(e.message(),
                  QStringLiteral("nội dung số %1: chuyển sang \"Rút khỏi chương trình\" cần ghi lý do (--comment)")
                      .arg(stored().number));
    }
    EXPECT_EQ(HistoryRepository(db).count(), created);

    // the unit's own two items: both move, one history row each, the chain whole
    const QVector<Item> moved = WorkflowService(db, staffA).transitionMany({itemId, more[1].id}, Status::Proposed);
    ASSERT_EQ(moved.size(), 2);
    EXPECT_EQ(stored().status, Status::Proposed);
    EXPECT_EQ(ItemRepository(db).byId(more[1].id)->status, Status::Proposed);
    EXPECT_EQ(HistoryRepository(db).count(), created + 2);
    EXPECT_TRUE(HistoryRepository(db).verify().isEmpty());
}

// Issue 15: a refusal of the workflow or of a sign-in is the domain's word, not a failure of the
// database; code that reports storage failures (the CLI's exit code 3) never takes one for it.
TEST(ErrorKinds, DomainRefusalsAreNotStorageErrors)
{
    EXPECT_FALSE((std::is_base_of_v<StorageError, PermissionError>));
    EXPECT_FALSE((std::is_base_of_v<StorageError, InvalidRequestError>));
    EXPECT_FALSE((std::is_base_of_v<StorageError, AuthenticationError>));
    EXPECT_TRUE((std::is_base_of_v<DomainError, PermissionError>));
    EXPECT_TRUE((std::is_base_of_v<DomainError, InvalidRequestError>));
    EXPECT_TRUE((std::is_base_of_v<DomainError, AuthenticationError>));
    EXPECT_TRUE((std::is_base_of_v<Error, StorageError>)) << "every error carries a message to show";
    EXPECT_FALSE((std::is_base_of_v<DomainError, ConflictError>)) << "another writer moved first";
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkflowDb, ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
