#pragma once

#include <QObject>

class QAction;

namespace wp::gui {

class WindowContext;

/// Administration (menu "Tệp" → "Người dùng…", administrators only): the accounts of the
/// database, adding users, resetting passwords, locking accounts (UsersDialog).
class AdminActions : public QObject
{
    Q_OBJECT

public:
    explicit AdminActions(WindowContext& context);

    /// "Người dùng…": the user management dialog, administrators only (others are told so).
    /// False when refused.
    bool showUsers();

private:
    void updateActions();

    WindowContext& m_context;
    QAction* m_usersAction;
};

} // namespace wp::gui
