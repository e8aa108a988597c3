#include "workprogram/core/user.h"

#include "workprogram/core/text.h"

namespace wp {

const QVector<Role>& RoleInfo::all()
{
    static const QVector<Role> roles = {Role::Unit, Role::Office, Role::Leader, Role::Admin};
    return roles;
}

QString RoleInfo::key(Role r)
{
    switch (r) {
    case Role::Unit:
        return QStringLiteral("unit");
    case Role::Office:
        return QStringLiteral("office");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString RoleInfo::label(Role r)
{
    switch (r) {
    case Role::Unit:
        return tr("Đơn vị");
    case Role::Office:
        return tr("Văn phòng");
    case Role::Leader:
        return tr("Lãnh đạo");
    case Role::Admin:
        return tr("Quản trị");
    }
    return {};
}

std::optional<Role> RoleInfo::parse(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (Role r : all())
        if (k == RoleInfo::key(r) || text::foldKey(key) == text::foldKey(label(r)))
            return r;
    return std::nullopt;
}

bool User::covers(qint64 leadUnitId) const
{
    switch (role) {
    case Role::Unit:
        return unitId != 0 && unitId == leadUnitId;
    case Role::Leader:
        return leaderUnitIds.isEmpty() || leaderUnitIds.contains(leadUnitId);
    case Role::Office:
        return true;
    case Role::Admin:
        return false;
    }
    return false;
}

} // namespace wp
