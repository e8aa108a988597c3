// storage::UserAdmin (the checks `users add|passwd` and the GUI share) and a merge with the
// co-units and deadline chosen (WorkflowService::merge(MergeRequest)).
#include "testsupport.h"

#include "workprogram/core/merge.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {

qint64 addUnit(Database& db, const QString& code, const QString& name)
{
    Unit u;
    u.code = code;
    u.name = name;
    return UnitRepository(db).add(u);
}

User account(const QString& login, Role role, qint64 unit = 0)
{
    User u;
    u.login = login;
    u.fullName = QStringLiteral("Người ") + login;
    u.role = role;
    u.unitId = unit;
    return u;
}

} // namespace

TEST(UserAdmin, AnAdministratorLocksAndUnlocksAnAccount)
{
    qputenv("WP_PWHASH_FAST", "1");
    test::TempDb tmp;
    Database& db = tmp.db();
    const qint64 unit = addUnit(db, QStringLiteral("TP"), QStringLiteral("Phòng Tư pháp"));
    UserAdmin admin(db);
    UserRepository users(db);
    const User root = admin.add(std::nullopt, account(QStringLiteral("root"), Role::Admin), QStringLiteral("mat-khau"));
    const User second = admin.add(root, account(QStringLiteral("root2"), Role::Admin), QStringLiteral("mat-khau"));
    const User staff = admin.add(root, account(QStringLiteral("tuphap"), Role::Unit, unit), QStringLiteral("mat-khau"));
    const User office = admin.add(root, account(QStringLiteral("vanphong"), Role::Office), QStringLiteral("mat-khau"));

    EXPECT_FALSE(admin.setActive(root, QStringLiteral("tuphap"), false).active);
    try {
        users.authenticate(QStringLiteral("tuphap"), QStringLiteral("mat-khau"));
        FAIL() << "a locked account signs in";
    } catch (const AuthenticationError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("tài khoản tuphap đã bị khóa"));
    }
    EXPECT_FALSE(admin.setActive(root, QStringLiteral("tuphap"), false).active) << "locking twice changes nothing";
    EXPECT_TRUE(admin.setActive(root, QStringLiteral("tuphap"), true).active);
    EXPECT_EQ(users.authenticate(QStringLiteral("tuphap"), QStringLiteral("mat-khau")).id, staff.id);

    // Refusals write nothing.
    const auto refused = [&](const User& actor, const QString& login, bool active, const QString& message) {
        const QString before = test::fingerprint(db);
        try {
            admin.setActive(actor, login, active);
            ADD_FAILURE() << "expected a refusal: " << message.toStdString();
        } catch (const DomainError& e) {
            EXPECT_EQ(e.message(), message);
        }
        EXPECT_EQ(test::fingerprint(db), before);
    };
    refused(office, QStringLiteral("tuphap"), false,
            QStringLiteral("vanphong không được khóa hay mở khóa tài khoản: chỉ Quản trị mới được"));
    refused(root, QStringLiteral("root"), false,
            QStringLiteral("không tự khóa tài khoản của mình được; hãy nhờ một quản trị khác"));
    refused(root, QStringLiteral("khongco"), false, QStringLiteral("không có người dùng \"khongco\""));
    // An administrator locked by another one, in a window still open, acts no more.
    admin.setActive(second, QStringLiteral("root"), false);
    refused(root, QStringLiteral("root2"), false, QStringLiteral("tài khoản root đã bị khóa"));
    EXPECT_TRUE(users.byLogin(QStringLiteral("root2"))->active);
}

TEST(UserAdmin, FirstAdministratorThenOnlyAdministratorsAddAccounts)
{
    qputenv("WP_PWHASH_FAST", "1");
    test::TempDb tmp;
    Database& db = tmp.db();
    const qint64 unit = addUnit(db, QStringLiteral("TP"), QStringLiteral("Phòng Tư pháp"));
    UserAdmin admin(db);
    try {
        admin.add(std::nullopt, account(QStringLiteral("vanphong"), Role::Office), QStringLiteral("mat-khau"));
        FAIL() << "the first account must be an administrator";
    } catch (const PermissionError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("tài khoản đầu tiên phải là quản trị"));
    }
    const User root = admin.add(std::nullopt, account(QStringLiteral("root"), Role::Admin), QStringLiteral("mat-khau"));
    EXPECT_GT(root.id, 0);
    const User office = admin.add(root, account(QStringLiteral("vanphong"), Role::Office), QStringLiteral("mat-khau"));
    EXPECT_THROW(admin.add(office, account(QStringLiteral("x"), Role::Office), QStringLiteral("mat-khau")),
                 PermissionError);
    EXPECT_THROW(admin.add(std::nullopt, account(QStringLiteral("x"), Role::Office), QStringLiteral("mat-khau")),
                 PermissionError);

    struct Case
    {
        User user;
        QString password;
        std::optional<QString> repeat;
        QString message;
    };
    const QVector<Case> cases = {
        {account(QStringLiteral("a b"), Role::Office), QStringLiteral("mat-khau"), std::nullopt,
         QStringLiteral("tên đăng nhập không được trống và không có dấu cách")},
        {account(QStringLiteral("donvi"), Role::Unit), QStringLiteral("mat-khau"), std::nullopt,
         QStringLiteral("cán bộ đơn vị cần có đơn vị")},
        {account(QStringLiteral("vp2"), Role::Office, unit), QStringLiteral("mat-khau"), std::nullopt,
         QStringLiteral("chỉ cán bộ đơn vị mới thuộc một đơn vị")},
        {account(QStringLiteral("donvi"), Role::Unit, 9999), QStringLiteral("mat-khau"), std::nullopt,
         QStringLiteral("không có đơn vị mã 9999")},
        {account(QStringLiteral("donvi"), Role::Unit, unit), QStringLiteral("mat-khau"), QStringLiteral("mat-khao"),
         QStringLiteral("hai lần nhập mật khẩu không khớp")},
        {account(QStringLiteral("donvi"), Role::Unit, unit), QString(), std::nullopt, QStringLiteral("mật khẩu trống")},
        {account(QStringLiteral("donvi"), Role::Unit, unit), QStringLiteral("ngắn"), std::nullopt,
         QStringLiteral("mật khẩu phải có ít nhất 6 ký tự")},
        {account(QStringLiteral("vanphong"), Role::Office), QStringLiteral("mat-khau"), std::nullopt,
         QStringLiteral("tên đăng nhập \"vanphong\" đã có")},
    };
    for (const Case& c : cases) {
        try {
            admin.add(root, c.user, c.password, c.repeat);
            ADD_FAILURE() << "accepted " << c.message.toStdString();
        } catch (const InvalidRequestError& e) {
            EXPECT_EQ(e.message(), c.message);
        }
    }
    EXPECT_EQ(UserRepository(db).count(), 2);
    const User staff = admin.add(root, account(QStringLiteral("donvi"), Role::Unit, unit), QStringLiteral("sáu ký"),
                                 QStringLiteral("sáu ký"));
    EXPECT_EQ(UserRepository(db).authenticate(QStringLiteral("donvi"), QStringLiteral("sáu ký")).unitId, unit);

    // Passwords: the person or an administrator.
    admin.setPassword(staff, QStringLiteral("donvi"), QStringLiteral("mat-khau-moi"));
    EXPECT_NO_THROW(UserRepository(db).authenticate(QStringLiteral("donvi"), QStringLiteral("mat-khau-moi")));
    try {
        admin.setPassword(office, QStringLiteral("donvi"), QStringLiteral("mat-khau-2"));
        ADD_FAILURE() << "the Office set another person's password";
    } catch (const PermissionError& e) {
        EXPECT_EQ(
            e.message(),
            QStringLiteral("vanphong không được đổi mật khẩu của donvi: chỉ chính người đó hoặc Quản trị mới được"));
    }
    EXPECT_THROW(admin.setPassword(root, QStringLiteral("khongco"), QStringLiteral("mat-khau-2")), InvalidRequestError);
    EXPECT_THROW(admin.setPassword(root, QStringLiteral("donvi"), QStringLiteral("12345")), InvalidRequestError);
    EXPECT_NO_THROW(UserRepository(db).authenticate(QStringLiteral("donvi"), QStringLiteral("mat-khau-moi")));
}

TEST(MergeRequest, TheCoUnitsAndDeadlineChosenAreWrittenWithoutTheLead)
{
    qputenv("WP_PWHASH_FAST", "1");
    test::TempDb tmp;
    Database& db = tmp.db();
    const qint64 tp = addUnit(db, QStringLiteral("TP"), QStringLiteral("Phòng Tư pháp"));
    const qint64 yt = addUnit(db, QStringLiteral("YT"), QStringLiteral("Phòng Y tế"));
    const qint64 nv = addUnit(db, QStringLiteral("NV"), QStringLiteral("Phòng Nội vụ"));
    const qint64 kt = addUnit(db, QStringLiteral("KT"), QStringLiteral("Phòng Kinh tế"));
    Program p;
    p.year = 2024;
    p.title = Program::defaultTitle(2024);
    const qint64 programId = ProgramRepository(db).add(p);
    QVector<Item> items(3);
    const qint64 leads[] = {tp, yt, nv};
    for (int i = 0; i < 3; ++i) {
        items[i].programId = programId;
        items[i].number = i + 1;
        items[i].content = QStringLiteral("Tuyến đường văn hóa hữu nghị Việt Nam – Hàn Quốc (%1)").arg(i + 1);
        items[i].leadUnitId = leads[i];
        items[i].status = Status::Proposed;
        items[i].deadline = *Deadline::parse(QStringLiteral("Quý II"), 2024);
    }
    items[2].coUnitIds = {kt};
    ItemService(db).add(items);
    EXPECT_EQ(Merge::units(items), (QVector<qint64>{tp, yt, nv, kt}));
    EXPECT_EQ(Merge::coUnits(items, yt), (QVector<qint64>{tp, nv, kt}));

    UserAdmin(db).add(std::nullopt, account(QStringLiteral("root"), Role::Admin), QStringLiteral("mat-khau"));
    User office = account(QStringLiteral("vanphong"), Role::Office);
    UserRepository(db).add(office, QStringLiteral("mat-khau"));
    MergeRequest request;
    request.itemIds = {items[1].id, items[0].id, items[2].id};
    request.leadUnitId = yt;
    request.coUnitIds = QVector<qint64>{nv, yt, tp}; // the lead among them is left out; Kinh tế unchecked
    request.deadline = *Deadline::parse(QStringLiteral("Quý III"), 2024);
    request.comment = QStringLiteral("cùng một việc");
    const Item merged = WorkflowService(db, office).merge(request);
    EXPECT_EQ(merged.content, items[1].content); // the first of the request
    EXPECT_EQ(merged.leadUnitId, yt);
    EXPECT_EQ(merged.coUnitIds, (QVector<qint64>{nv, tp}));
    EXPECT_EQ(ItemRepository(db).byId(merged.id)->coUnitIds, (QVector<qint64>{nv, tp}));
    EXPECT_EQ(ItemRepository(db).byId(merged.id)->deadline.due(), QDate(2024, 9, 30));
    for (const Item& it : items) {
        EXPECT_EQ(ItemRepository(db).byId(it.id)->status, Status::Withdrawn);
        EXPECT_EQ(ItemRepository(db).byId(it.id)->mergedInto, merged.id);
    }
    EXPECT_EQ(HistoryRepository(db).forItem(merged.id).first().comment,
              QStringLiteral("gộp từ các nội dung số 2, 1, 3: cùng một việc"));

    MergeRequest noLead;
    noLead.itemIds = {items[0].id, items[1].id};
    try {
        WorkflowService(db, office).merge(noLead);
        ADD_FAILURE() << "merged without a lead unit";
    } catch (const InvalidRequestError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("hãy chọn đơn vị chủ trì của nội dung sau khi gộp"));
    }
}
