#pragma once

#include "workprogram/core/error.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QString>

#include <optional>

namespace wp::storage {

/// Thrown when a login is unknown or its password is wrong (the CLI exits with code 4).
class AuthenticationError : public DomainError
{
public:
    using DomainError::DomainError;
};

/// User accounts. Passwords are stored only as libsodium crypto_pwhash_str (argon2id) hashes.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::UserRepository)

public:
    explicit UserRepository(Database& db) : m_db(db) {}

    int count() const;
    /// Adds @p user with @p password; sets user.id. Throws StorageError for a login in use.
    void add(User& user, const QString& password);
    std::optional<User> byLogin(const QString& login) const;
    std::optional<User> byId(qint64 id) const;
    QVector<User> all() const;
    /// Sets the password of @p userId. With @p resetBy (an administrator's login) it is a reset: the
    /// password is one-time (mustChangePassword) and the reset is remembered; without, the person
    /// chose it and the one-time mark goes.
    void setPassword(qint64 userId, const QString& password, const std::optional<QString>& resetBy = std::nullopt);
    /// Locks (false) or unlocks (true) an account: a locked account cannot sign in; its history stays.
    void setActive(qint64 userId, bool active);
    /// The active user @p login when @p password is theirs; AuthenticationError otherwise. An
    /// unknown login is refused in the time a wrong password takes, with the same words. Refusals
    /// are counted per login (login_failures): after FreeAttempts in a row the login is held back,
    /// 1 s and doubling (at most 5 minutes), refused unchecked until then; a success clears it.
    User authenticate(const QString& login, const QString& password) const;
    /// Refused sign-ins in a row for @p login.
    int failures(const QString& login) const;
    static constexpr int FreeAttempts = 5;

    /// argon2id hash of @p password (libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE). Only a test build
    /// that called allowFastHashingForTests() honours WP_PWHASH_FAST=1 (the minimum cost): the
    /// program itself can never be made to store weak hashes by its environment.
    static QString hashPassword(const QString& password);
    static void allowFastHashingForTests();
    static bool fastHashingAllowed();
    static bool verifyPassword(const QString& hash, const QString& password);

private:
    void recordFailure(const QString& login) const;
    Database& m_db;
};

} // namespace wp::storage
