// Who is working: signing in and out, and the person's name in the status bar.
#include "workprogram/gui/signinactions.h"

#include "windowtext.h"

#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/storage/serverrules.h"
#include "workprogram/storage/userrepository.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QUrl>

namespace wp::gui {

SignInActions::SignInActions(WindowContext& context)
    : QObject(&context), m_context(context), m_userLabel(new QLabel(context.dialogParent()))
{
    auto* switchUserAction = new QAction(WindowText::tr("Đăng &xuất / đổi người dùng…"), this);
    switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(switchUserAction, &QAction::triggered, this, &SignInActions::switchUser);
    context.places().fileMenu->addAction(switchUserAction);
    context.places().fileMenu->addSeparator();

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    context.places().statusBar->addPermanentWidget(m_userLabel);
    connect(&context, &WindowContext::userChanged, this, &SignInActions::updateUserLabel);
    updateUserLabel();
}

void SignInActions::updateUserLabel()
{
    if (const std::optional<User>& user = m_context.user()) {
        const QString title = user->title.isEmpty() ? RoleInfo::label(user->role) : user->title;
        m_userLabel->setText(
            WindowText::tr("Đăng nhập: %1 — %2").arg(user->fullName.isEmpty() ? user->login : user->fullName, title));
        m_userLabel->setToolTip(
            WindowText::tr("Tài khoản %1, vai trò %2").arg(user->login, RoleInfo::label(user->role)));
    } else {
        m_userLabel->setText(WindowText::tr("Chưa đăng nhập"));
        m_userLabel->setToolTip(WindowText::tr("Duyệt và ký ban hành cần đăng nhập (Ctrl+Shift+U)"));
    }
}

bool SignInActions::signIn()
{
    storage::Database* db = m_context.database();
    if (!db)
        return false;
    int users = 0;
    try {
        if (storage::hasServerRules(*db))
            return signInAsConnected();
        users = storage::UserRepository(*db).count();
    } catch (const wp::Error& e) {
        m_context.showMessage(e.message(), 10000);
        return false;
    }
    if (users == 0) {
        FirstAdminDialog dialog(*db, m_context.dialogParent());
        if (dialog.exec() == QDialog::Accepted)
            m_context.setUser(dialog.user());
        return true; // going on without accounts is the person's choice
    }
    LoginDialog dialog(*db, m_context.dialogParent());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_context.setUser(dialog.user());
    return true;
}

bool SignInActions::signInAsConnected()
{
    // The server checked the password when the connection signed in as its login role: the
    // person is that role, and asking again for the program's own sign-in would ask for nothing.
    storage::Database& db = *m_context.database();
    const QString login = storage::connectedLogin(db);
    QString why;
    try {
        const storage::UserRepository users(db);
        const std::optional<User> account = users.byLogin(login);
        if (!storage::tableOwnerConnected(db).isEmpty())
            why = WindowText::tr("%1 là chủ sở hữu cơ sở dữ liệu (vai trò đã chạy server-init), không phải người "
                                 "dùng của chương trình.")
                      .arg(login);
        else if (!account)
            why = WindowText::tr("Chương trình không có tài khoản %1.").arg(login);
        else if (!account->active)
            why = WindowText::tr("Tài khoản %1 đã bị khóa.").arg(login);
        else {
            m_context.setUser(users.authenticate(login, QString()));
            return true;
        }
    } catch (const wp::Error& e) {
        why = Prompts::sentence(e.message());
    }
    // Not a person of the program (the owner, a locked account, a role without an account):
    // signed out, the program hidden as on a file nobody signed in to; the window stays open so
    // that another login can connect.
    m_context.setUser(std::nullopt);
    m_context.showMessage(WindowText::tr("Đã kết nối máy chủ với tên %1 nhưng chưa đăng nhập: %2").arg(login, why));
    Prompts::warning(
        m_context.dialogParent(), WindowText::tr("Chưa đăng nhập"),
        WindowText::tr("Tên đăng nhập máy chủ %1 không phải tài khoản đang mở của chương trình.").arg(login),
        why + QLatin1Char(' ') +
            WindowText::tr("Cửa sổ chưa đăng nhập nên không hiện và không ghi gì. Hãy kết nối bằng tên đăng "
                           "nhập của mình (Tệp → Đăng xuất / đổi người dùng…)."));
    return true;
}

void SignInActions::switchUser()
{
    m_context.setUser(std::nullopt);
    storage::Database* db = m_context.database();
    bool server = false;
    try {
        server = db && storage::hasServerRules(*db);
    } catch (const wp::Error& e) {
        m_context.showMessage(e.message(), 10000);
        return;
    }
    if (!server) {
        signIn();
        return;
    }
    // On a server the person is the login the connection signed in as: another person connects
    // again with their own login and password.
    ConnectDialog dialog(m_context.dialogParent());
    QUrl url(db->location());
    url.setUserName(QString());
    url.setPassword(QString());
    dialog.setServer(url.toString(), WindowText::tr("Kết nối bằng tên đăng nhập và mật khẩu của người dùng."));
    dialog.clearLogin();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString spec = dialog.spec();
    dialog.takeDatabase().reset(); // opened again by the window, as File › Kết nối máy chủ does
    if (m_context.openDatabase(spec, m_context.year()))
        signIn();
}

} // namespace wp::gui
