#pragma once

#include <QObject>

class QLabel;

namespace wp::gui {

class WindowContext;

/// Who is working (issue 4): the login, or the first administrator on a database without
/// accounts; "Đăng xuất / đổi người dùng…" (menu "Tệp"); the status bar's label naming the person
/// signed in. Without anyone signed in the window works as before, single-user.
class SignInActions : public QObject
{
    Q_OBJECT

public:
    explicit SignInActions(WindowContext& context);

    /// Asks who is working: the login dialog when the database has accounts, else offers to
    /// create the first administrator. False when the person cancelled the login. On a server
    /// database with the server's rules the person is the login the connection signed in as: no
    /// dialog; a login that is no open account of the program (the owner who ran server-init, a
    /// locked account) leaves the window signed out, saying why (true: the window stays).
    bool signIn();
    /// Signs out and asks for the next person: the login dialog, or on a server database with the
    /// server's rules the connect dialog for another login.
    void switchUser();

private:
    bool signInAsConnected();
    void updateUserLabel();

    WindowContext& m_context;
    QLabel* m_userLabel;
};

} // namespace wp::gui
