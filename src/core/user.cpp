#include "workprogram/core/user.h"

#include "workprogram/core/text.h"

namespace wp {

namespace {

struct RoleWords
{
    Role role;
    const char* key;
    const char* label;
};

/// One row a role, in the order of RoleInfo::all(): its key and its label are kept together.
constexpr RoleWords roleWords[] = {
    {Role::Unit, "unit", QT_TRANSLATE_NOOP("wp::RoleInfo", "Đơn vị")},
    {Role::Office, "office", QT_TRANSLATE_NOOP("wp::RoleInfo", "Văn phòng")},
    {Role::Leader, "leader", QT_TRANSLATE_NOOP("wp::RoleInfo", "Lãnh đạo")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("wp::RoleInfo", "Quản trị")},
};

const RoleWords* wordsOf(Role r)
{
    for (const RoleWords& w : roleWords)
        if (w.role == r)
            return &w;
    return nullptr;
}

} // namespace

const QVector<Role>& RoleInfo::all()
{
    static const QVector<Role> roles = [] {
        QVector<Role> out;
        for (const RoleWords& w : roleWords)
            out.append(w.role);
        return out;
    }();
    return roles;
}

QString RoleInfo::key(Role r)
{
    const RoleWords* w = wordsOf(r);
    return w ? QLatin1String(w->key) : QString();
}

QString RoleInfo::label(Role r)
{
    const RoleWords* w = wordsOf(r);
    return w ? tr(w->label) : QString();
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
