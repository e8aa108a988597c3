#pragma once

#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <optional>

namespace wp::storage {

/// Adding accounts and setting passwords with the checks and the words that `users add`,
/// `users passwd` and the GUI's user management share. Refusals of the person are
/// PermissionError, bad input InvalidRequestError (workflowservice.h); nothing is written then.
/// Passwords are never part of a message.
class UserAdmin
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::UserAdmin)

public:
    /// The shortest password accepted for a new password (6: what scripts already use).
    static constexpr int MinPasswordLength = 6;

    explicit UserAdmin(Database& db) : m_db(db) {}

    /// Whether @p actor may add an account with @p role: on a database without accounts nobody
    /// is needed, but the first account must be an administrator; afterwards only an
    /// administrator adds accounts. PermissionError otherwise.
    void checkMayAdd(const std::optional<User>& actor, Role role) const;
    /// The account of @p login when @p actor may set its password (the person themself or an
    /// administrator); InvalidRequestError for an unknown login, PermissionError otherwise.
    User checkMaySetPassword(const User& actor, const QString& login) const;
    /// InvalidRequestError for a login that is empty or holds a space, a control character or an
    /// invisible formatting character (one that reorders a line on screen).
    static void checkLogin(const QString& login);
    /// A new password typed twice: InvalidRequestError when the two differ.
    static void checkRepeated(const QString& password, const QString& repeat);
    /// InvalidRequestError for an empty password, one of spaces only, or one shorter than
    /// MinPasswordLength.
    static void checkNewPassword(const QString& password);

    /// Adds @p user with @p password as @p actor (none: the first account). Checks, in this
    /// order: who may, the login (not empty, no spaces), the full name, the unit the role needs,
    /// the password (its @p repeat when given, then empty and length), and that the login is
    /// free. Returns the account as written.
    User add(const std::optional<User>& actor, User user, const QString& password,
             const std::optional<QString>& repeat = std::nullopt);
    /// Sets the password of @p login as @p actor, with checkMaySetPassword and the password
    /// checks of add().
    void setPassword(const User& actor, const QString& login, const QString& password,
                     const std::optional<QString>& repeat = std::nullopt);

    /// Locks (@p active false) or unlocks the account @p login as @p actor, who must be an active
    /// administrator (as the database says now) and may not lock themself — so an active
    /// administrator always remains. PermissionError or InvalidRequestError otherwise, and
    /// nothing is written. Locking a locked account (or unlocking an open one) changes nothing.
    /// Returns the account as it is now.
    User setActive(const User& actor, const QString& login, bool active);

private:
    Database& m_db;
};

} // namespace wp::storage
