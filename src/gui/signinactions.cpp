// Who is working: signing in and out, and the person's name in the status bar.
#include "workprogram/gui/signinactions.h"

#include "windowtext.h"

#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/storage/userrepository.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

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

void SignInActions::switchUser()
{
    m_context.setUser(std::nullopt);
    signIn();
}

} // namespace wp::gui
