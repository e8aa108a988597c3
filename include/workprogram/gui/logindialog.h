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
/// password is said in the dialog, which stays open for another try.
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

private:
    const std::unique_ptr<Ui::LoginDialog> m_ui;
    storage::Database& m_db;
    std::optional<User> m_user;
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
