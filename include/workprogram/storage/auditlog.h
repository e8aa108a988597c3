#pragma once

#include "workprogram/core/program.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wp::storage {

/// One recorded act that is not an item's or a program step's: accounts (added, locked,
/// unlocked, password reset or changed), units (added, changed, aliased), imports, restores,
/// the sample data. By whom (the login, empty when the database had no accounts), when, on what
/// (@c target: a login, a unit code, a year, a file) and the details as JSON.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString login;
    QString kind; ///< AuditLog::Kind* keys: "user-add", "password-reset", "unit-set", "import", ...
    QString target;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

/// The third hash chain beside the items' history and the program steps: append-only, each row
/// hashing its content and the previous row's hash, the last hash also in the meta table, so that
/// an edited, deleted, reordered or cut-off row is found by verify(). verify also replays the
/// account rows against the users table (a role changed with sqlite3 is reported).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::AuditLog)

public:
    static const QString UserAdd;       ///< details: full_name, title, role, unit, leader_units, active
    static const QString UserBaseline;  ///< the account as the upgrade to schema 7 found it (same details)
    static const QString UserLock;      ///< details: active false
    static const QString UserUnlock;    ///< details: active true
    static const QString PasswordReset; ///< by an administrator: the new password is one-time
    static const QString PasswordChange;
    static const QString UnitAdd;  ///< details: the unit's fields
    static const QString UnitSet;  ///< details: the unit's fields after the change
    static const QString Import;   ///< target: the year; details: file, sha256, items, status
    static const QString Restore;  ///< target: the backup file; details: sha256, size
    static const QString Demo;     ///< target: the year
    static const QString Rollover; ///< target: "FROM->TO"; details: items
    /// The step of a program as the upgrade to schema 7 found it (target: the year; details: state),
    /// for programs whose steps were not recorded then (before schema 4).
    static const QString ProgramBaseline;

    explicit AuditLog(Database& db) : m_db(db) {}

    /// Appends @p entry (sets its id, time and hashes). Call inside the transaction of the act.
    void append(AuditEntry& entry);
    QVector<AuditEntry> all() const;
    /// The newest entry of @p kind about @p target, if any.
    std::optional<AuditEntry> last(const QString& kind, const QString& target) const;
    /// One line per broken link, for a person; empty when the chain is whole.
    QStringList verify() const;
    /// Records that program @p program is at its step without a recorded step before it (sample
    /// data made at a later step; the upgrade to schema 7): what verify compares the step with.
    void recordProgramState(const Program& program, const QString& comment = QString());
    /// The hash of the last row (the genesis hash when there is none).
    QString head() const;

    static QString hashOf(const AuditEntry& e);
    /// The details of a user account as the log records them (also for verify's replay).
    static QJsonObject userDetails(const User& user);

private:
    Database& m_db;
};

} // namespace wp::storage
