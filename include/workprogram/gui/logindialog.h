#pragma once

#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
class FirstAdminDialog;
} // namespace Ui

namespace wp::gui {

/// Asks for login and password and checks them with UserRepository::authenticate. A wrong
/// password is said in the dialog, which stays open for another try. A password an administrator
/// reset (User::mustChangePassword) works once: the dialog then asks for a new one, twice, and
/// signs in only once it is set (storage::UserAdmin::setPassword, as the CLI does).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(storage::Database& db, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// The person signed in, once the dialog was accepted.
    const std::optional<User>& user() const { return m_user; }
    /// Checks the fields; accepts the dialog when they are right. What OK does.
    bool tryLogin();
    /// Whether the dialog asks for a new password (the one typed was a reset's).
    bool asksNewPassword() const { return m_pending.has_value(); }

private:
    bool setNewPassword();
    bool refuse(const QString& why, QWidget* focus);

    const std::unique_ptr<Ui::LoginDialog> m_ui;
    storage::Database& m_db;
    std::optional<User> m_user;
    std::optional<User> m_pending; ///< signed in with a reset password, a new one still to choose
};

/// On a database without accounts: creates the first administrator (login, full name,
/// password twice), or lets the person go on without accounts (the dialog is then rejected).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(storage::Database& db, QWidget* parent = nullptr);
    ~FirstAdminDialog() override;

    /// The administrator created, once the dialog was accepted.
    const std::optional<User>& user() const { return m_user; }
    /// Checks the fields and creates the account; accepts the dialog when done.
    bool tryCreate();

private:
    const std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    storage::Database& m_db;
    std::optional<User> m_user;
};

} // namespace wp::gui
