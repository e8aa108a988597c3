#pragma once

#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <optional>

namespace wp::storage {

/// Thrown when a login is unknown or its password is wrong (the CLI exits with code 4).
class AuthenticationError : public StorageError
{
public:
    using StorageError::StorageError;
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
    void setPassword(qint64 userId, const QString& password);
    /// Locks (false) or unlocks (true) an account: a locked account cannot sign in; its history stays.
    void setActive(qint64 userId, bool active);
    /// The active user @p login when @p password is theirs; AuthenticationError otherwise.
    User authenticate(const QString& login, const QString& password) const;

    /// argon2id hash of @p password (OPSLIMIT/MEMLIMIT_INTERACTIVE; the minimum when the
    /// environment sets WP_PWHASH_FAST=1, for tests only).
    static QString hashPassword(const QString& password);
    static bool verifyPassword(const QString& hash, const QString& password);

private:
    Database& m_db;
};

} // namespace wp::storage
