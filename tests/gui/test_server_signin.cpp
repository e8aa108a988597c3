// Issue 13: on a server database with the server's rules the person is the login role the window
// connected as (the server checked the password): no second sign-in; the owner who ran
// server-init, or a locked account, leaves the window signed out with a message. Label pg.
#include "modal.h"
#include "serverwindow.h"
#include "testsupport.h"

#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/serverrules.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/useradmin.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

using namespace wp;
using wp::test::Backend;

namespace {

struct ServerSignInPostgres : wp::test::ServerWindow
{
    QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    User admin;

    QString login(const QString& who) const { return who + QLatin1Char('_') + suffix; }

    /// The database's URL as @p who with their password ("" and "": the owner's own URL).
    QString urlOf(const QString& who) const
    {
        if (who.isEmpty())
            return server.spec();
        QUrl url(server.spec());
        url.setUserName(login(who));
        url.setPassword(QStringLiteral("pw-") + who);
        return url.toString();
    }

    void SetUp() override
    {
        ServerWindow::SetUp();
        if (IsSkipped())
            return;
        storage::Database& db = server.db();
        storage::installServerRules(db);
        Unit unit;
        unit.code = QStringLiteral("TP");
        unit.name = QStringLiteral("Phòng Tư pháp");
        storage::UnitRepository(db).add(unit);
        storage::UserAdmin admins(db);
        for (const auto& [who, role] :
             {std::pair{QStringLiteral("admin"), Role::Admin}, std::pair{QStringLiteral("office"), Role::Office}}) {
            User u;
            u.login = login(who);
            u.fullName = who == QLatin1String("admin") ? QStringLiteral("Quản trị") : QStringLiteral("Chánh Văn phòng");
            u.role = role;
            u = admins.add(who == QLatin1String("admin") ? std::nullopt : std::optional<User>(admin), u,
                           QStringLiteral("pw-") + who);
            if (role == Role::Admin)
                admin = u;
        }
        storage::ProgramRepository(db).ensure(2024);
        server.close();
    }

    /// Opens the window on the database connected as @p who and signs in as the program does at
    /// start; any dialog but a message is a failure (the sign-in asks nothing).
    bool openAs(const QString& who)
    {
        if (!showWindow() || !window->openDatabase(urlOf(who), 2024))
            return false;
        // A dialog asking for a sign-in would block: closed, and remembered as the failure it is.
        QTimer guard;
        QObject::connect(&guard, &QTimer::timeout, [this] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                askedFor = dialog->metaObject()->className();
                dialog->reject();
            }
        });
        guard.start(50);
        return window->signIn();
    }
    QString askedFor; ///< the class of a dialog the sign-in opened

    QString userLabel() { return window->findChild<QLabel*>(QStringLiteral("userLabel"))->text(); }
};

} // namespace

TEST_F(ServerSignInPostgres, AnOfficeLoginIsSignedInAsItselfWithoutADialog)
{
    openAs(QStringLiteral("office"));
    EXPECT_TRUE(askedFor.isEmpty()) << "the sign-in opened " << askedFor.toStdString();
    ASSERT_TRUE(window->context().user().has_value());
    EXPECT_EQ(window->context().user()->login, login(QStringLiteral("office")));
    EXPECT_EQ(window->context().user()->role, Role::Office);
    EXPECT_EQ(userLabel(), QStringLiteral("Đăng nhập: Chánh Văn phòng — %1").arg(RoleInfo::label(Role::Office)));
    EXPECT_TRUE(window->context().mayShowData());
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty()) << gui::Prompts::shownMessages().join('\n').toStdString();

    // Locked meanwhile by the administrator elsewhere: the next write re-reads the account and
    // signs the window out (issue 12).
    {
        auto adminDb = storage::Database::open(urlOf(QStringLiteral("admin")));
        storage::UserAdmin(*adminDb).setActive(admin, login(QStringLiteral("office")), false);
    }
    EXPECT_FALSE(window->context().confirmUser());
    EXPECT_FALSE(window->context().user().has_value());
    EXPECT_EQ(userLabel(), QStringLiteral("Chưa đăng nhập"));
    ASSERT_FALSE(gui::Prompts::shownMessages().isEmpty());
    EXPECT_EQ(gui::Prompts::shownMessages().last(),
              QStringLiteral("Tài khoản %1 đã bị khóa; cửa sổ đã đăng xuất và không ghi gì.")
                  .arg(login(QStringLiteral("office"))));
}

TEST_F(ServerSignInPostgres, TheOwnerIsNoPersonOfTheProgramAndStaysSignedOutWithTheReason)
{
    const QString owner =
        QUrl(server.spec()).userName().isEmpty() ? qEnvironmentVariable("PGUSER") : QUrl(server.spec()).userName();
    ASSERT_TRUE(openAs(QString())) << "the window stays open to connect as another login";
    EXPECT_TRUE(askedFor.isEmpty()) << "the sign-in opened " << askedFor.toStdString();
    EXPECT_FALSE(window->context().user().has_value());
    EXPECT_FALSE(window->context().mayShowData());
    EXPECT_EQ(window->context().items()->rowCount(), 0);
    EXPECT_EQ(userLabel(), QStringLiteral("Chưa đăng nhập"));
    ASSERT_EQ(gui::Prompts::shownMessages().size(), 1);
    EXPECT_EQ(gui::Prompts::shownMessages().first(),
              QStringLiteral("Tên đăng nhập máy chủ %1 không phải tài khoản đang mở của chương trình.").arg(owner));
    const QString status = window->findChild<QStatusBar*>()->currentMessage();
    EXPECT_TRUE(status.contains(QStringLiteral("là chủ sở hữu cơ sở dữ liệu (vai trò đã chạy server-init)")))
        << status.toStdString();

    // "Đổi người dùng" on a server connects again as another login: the connect dialog, with the
    // server filled in and the login to type.
    bool asked = false;
    wp::test::onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ConnectDialog*>(modal);
        ASSERT_TRUE(dialog) << "not the connect dialog: " << modal->metaObject()->className();
        asked = true;
        EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->text(),
                  QUrl(server.spec()).path().mid(1));
        EXPECT_TRUE(dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->text().isEmpty());
        dialog->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(login(QStringLiteral("office")));
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("pw-office"));
        EXPECT_TRUE(dialog->tryConnect()) << dialog->refusal().toStdString();
    });
    window->findChild<QAction*>(QStringLiteral("switchUserAction"))->trigger();
    EXPECT_TRUE(asked);
    ASSERT_TRUE(window->context().user().has_value());
    EXPECT_EQ(window->context().user()->login, login(QStringLiteral("office")));
    EXPECT_TRUE(window->context().mayShowData());
}
