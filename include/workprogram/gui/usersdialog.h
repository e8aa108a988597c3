#pragma once

#include "workprogram/gui/editingdialog.h"

#include "workprogram/core/unit.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class UsersDialog;
class AddUserDialog;
class PasswordDialog;
} // namespace Ui

namespace wp::models {
class UserListModel;
}

namespace wp::gui {

/// "Người dùng…" (administrators): the accounts of the database, in Vietnamese order, with
/// adding a user, resetting a password and locking or unlocking an account. The checks and
/// messages are storage::UserAdmin's, the same as `workprogram-cli users add|passwd|lock|unlock`.
/// Passwords are typed, never shown.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p units: the units offered for a unit's staff and a leader's units.
    UsersDialog(storage::Database& db, const User& actor, const QVector<Unit>& units, QWidget* parent = nullptr);
    ~UsersDialog() override;

    models::UserListModel* model() const { return m_model; }
    /// Reads the accounts again and selects @p login when given.
    void refresh(const QString& login = QString());
    /// The login of the selected row, empty when none.
    QString selectedLogin() const;
    /// What "Thêm người dùng…" does: the AddUserDialog; true when a user was added.
    bool addUser();
    /// What "Đặt lại mật khẩu…" does for the selected user; true when the password was set.
    bool resetPassword();
    /// What "Khóa tài khoản" / "Mở khóa tài khoản" does for the selected user, after a
    /// confirmation; true when the account was locked or unlocked.
    bool toggleLocked();

private:
    void updateButtons();
    const std::unique_ptr<Ui::UsersDialog> m_ui;
    storage::Database& m_db;
    User m_actor;
    QVector<Unit> m_units;
    models::UserListModel* m_model;
};

/// Adds one account: login, full name, title, role, the unit (unit staff) or the units a
/// leader covers, and the password typed twice. A refusal is said in the dialog, in
/// storage::UserAdmin's words; the dialog stays open and nothing is written.
class AddUserDialog : public EditingDialog
{
    Q_OBJECT

public:
    AddUserDialog(storage::Database& db, const User& actor, const QVector<Unit>& units, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    /// The account added, once the dialog was accepted.
    const std::optional<User>& added() const { return m_added; }
    /// Checks and adds; accepts the dialog when done. What OK does.
    bool tryAdd();
    void accept() override;

private:
    void updateRoleFields();
    const std::unique_ptr<Ui::AddUserDialog> m_ui;
    storage::Database& m_db;
    User m_actor;
    std::optional<User> m_added;
};

/// Sets a new password (typed twice) for one account, as an administrator or the person.
class PasswordDialog : public EditingDialog
{
    Q_OBJECT

public:
    PasswordDialog(storage::Database& db, const User& actor, const User& target, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    /// Checks and sets the password; accepts the dialog when done. What OK does.
    bool trySet();
    void accept() override;

private:
    const std::unique_ptr<Ui::PasswordDialog> m_ui;
    storage::Database& m_db;
    User m_actor;
    User m_target;
};

} // namespace wp::gui
