// Administration: the accounts of the database (administrators).
#include "workprogram/gui/adminactions.h"

#include "windowtext.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/gui/usersdialog.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"

#include <QAction>
#include <QMenu>

namespace wp::gui {

AdminActions::AdminActions(WindowContext& context)
    : QObject(&context), m_context(context), m_usersAction(new QAction(WindowText::tr("&Người dùng…"), this))
{
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_usersAction->setStatusTip(WindowText::tr("Thêm người dùng, đặt lại mật khẩu (Quản trị)"));
    connect(m_usersAction, &QAction::triggered, this, [this] { showUsers(); });
    context.places().fileMenu->addAction(m_usersAction);
    connect(&context, &WindowContext::databaseChanged, this, &AdminActions::updateActions);
    connect(&context, &WindowContext::userChanged, this, &AdminActions::updateActions);
    updateActions();
}

void AdminActions::updateActions()
{
    const std::optional<User>& user = m_context.user();
    m_usersAction->setEnabled(m_context.database() && user && user->role == Role::Admin);
}

bool AdminActions::showUsers()
{
    if (!m_context.confirmUser())
        return false;
    storage::Database* db = m_context.database();
    const std::optional<User>& user = m_context.user();
    if (!db || !user || user->role != Role::Admin) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Người dùng"),
                         WindowText::tr("Chỉ Quản trị mới quản lý người dùng; hãy đăng nhập bằng tài "
                                        "khoản quản trị (Ctrl+Shift+U)."));
        return false;
    }
    UsersDialog dialog(*db, *user, m_context.items()->yearUnits(), m_context.dialogParent());
    dialog.exec();
    return true;
}

} // namespace wp::gui
