#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace wp {

/// What a person does in the workflow (see docs/workflow.md).
enum class Role
{
    Unit,   ///< staff of one unit: proposes and reports on its own unit's items
    Office, ///< the Office (Văn phòng): compiles, reviews, returns items for adjustment
    Leader, ///< a leader (Chủ tịch / Phó Chủ tịch): approves, rejects, withdraws
    Admin,  ///< manages user accounts; no part in the items' workflow
};

/// Names and labels of roles.
class RoleInfo
{
    Q_DECLARE_TR_FUNCTIONS(wp::RoleInfo)

public:
    static const QVector<Role>& all();
    /// Stable key used in the database and the CLI: "unit", "office", "leader", "admin".
    static QString key(Role r);
    /// The label a person reads, translated ("Văn phòng").
    static QString label(Role r);
    static std::optional<Role> parse(const QString& key);
};

/// A person who signs in. The password hash never leaves the storage layer.
struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString title; ///< chức vụ: "Chánh Văn phòng"
    Role role = Role::Unit;
    qint64 unitId = 0;             ///< the unit of unit staff (0 for other roles)
    QVector<qint64> leaderUnitIds; ///< a leader limited to these units; empty = all units
    bool active = true;
    /// The password was set by an administrator (a reset): it works once, to choose a new one.
    bool mustChangePassword = false;
    QDateTime passwordResetAt; ///< the last reset by an administrator (invalid: never)
    QString passwordResetBy;   ///< who did it

    /// Whether this person may act on an item led by @p leadUnitId at all.
    bool covers(qint64 leadUnitId) const;
};

} // namespace wp
