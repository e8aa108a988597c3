#include "workprogram/storage/useradmin.h"

#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

namespace wp::storage {

void UserAdmin::checkMayAdd(const std::optional<User>& actor, Role role) const
{
    if (UserRepository(m_db).count() == 0) {
        if (role != Role::Admin)
            throw PermissionError(tr("tài khoản đầu tiên phải là quản trị"));
        return;
    }
    if (!actor)
        throw PermissionError(tr("hãy đăng nhập bằng tài khoản quản trị để thêm người dùng"));
    if (actor->role != Role::Admin)
        throw PermissionError(
            tr("%1 không được thêm người dùng: chỉ %2 mới được").arg(actor->login, RoleInfo::label(Role::Admin)));
}

User UserAdmin::checkMaySetPassword(const User& actor, const QString& login) const
{
    const std::optional<User> target = UserRepository(m_db).byLogin(login);
    if (!target)
        throw InvalidRequestError(tr("không có người dùng \"%1\"").arg(login));
    if (actor.login != login && actor.role != Role::Admin)
        throw PermissionError(tr("%1 không được đổi mật khẩu của %2: chỉ chính người đó hoặc %3 mới được")
                                  .arg(actor.login, login, RoleInfo::label(Role::Admin)));
    return *target;
}

void UserAdmin::checkRepeated(const QString& password, const QString& repeat)
{
    if (password != repeat)
        throw InvalidRequestError(tr("hai lần nhập mật khẩu không khớp"));
}

void UserAdmin::checkNewPassword(const QString& password)
{
    if (password.isEmpty())
        throw InvalidRequestError(tr("mật khẩu trống"));
    if (password.size() < MinPasswordLength)
        throw InvalidRequestError(tr("mật khẩu phải có ít nhất %1 ký tự").arg(MinPasswordLength));
}

User UserAdmin::add(const std::optional<User>& actor, User user, const QString& password,
                    const std::optional<QString>& repeat)
{
    checkMayAdd(actor, user.role);
    user.login = user.login.trimmed();
    user.fullName = user.fullName.trimmed();
    user.title = user.title.trimmed();
    if (user.login.isEmpty() || user.login.contains(QLatin1Char(' ')))
        throw InvalidRequestError(tr("tên đăng nhập không được trống và không có dấu cách"));
    if (user.fullName.isEmpty())
        throw InvalidRequestError(tr("hãy ghi họ và tên"));
    UnitRepository units(m_db);
    if (user.role == Role::Unit) {
        if (!user.unitId)
            throw InvalidRequestError(tr("cán bộ đơn vị cần có đơn vị"));
    } else if (user.unitId) {
        throw InvalidRequestError(tr("chỉ cán bộ đơn vị mới thuộc một đơn vị"));
    }
    if (user.role != Role::Leader && !user.leaderUnitIds.isEmpty())
        throw InvalidRequestError(tr("chỉ lãnh đạo mới có các đơn vị phụ trách"));
    QVector<qint64> unitIds = user.leaderUnitIds;
    if (user.unitId)
        unitIds.append(user.unitId);
    for (qint64 id : unitIds)
        if (!units.byId(id))
            throw InvalidRequestError(tr("không có đơn vị mã %1").arg(id));
    if (repeat)
        checkRepeated(password, *repeat);
    checkNewPassword(password);
    UserRepository users(m_db);
    if (users.byLogin(user.login))
        throw InvalidRequestError(tr("tên đăng nhập \"%1\" đã có").arg(user.login));
    user.active = true;
    users.add(user, password);
    return user;
}

void UserAdmin::setPassword(const User& actor, const QString& login, const QString& password,
                            const std::optional<QString>& repeat)
{
    const User target = checkMaySetPassword(actor, login);
    if (repeat)
        checkRepeated(password, *repeat);
    checkNewPassword(password);
    UserRepository(m_db).setPassword(target.id, password);
}

User UserAdmin::setActive(const User& actor, const QString& login, bool active)
{
    UserRepository users(m_db);
    // As the account is now: a window signed in before another administrator locked it acts no more.
    const std::optional<User> current = users.byId(actor.id);
    if (!current || !current->active)
        throw PermissionError(tr("tài khoản %1 đã bị khóa").arg(actor.login));
    if (current->role != Role::Admin)
        throw PermissionError(tr("%1 không được khóa hay mở khóa tài khoản: chỉ %2 mới được")
                                  .arg(actor.login, RoleInfo::label(Role::Admin)));
    std::optional<User> target = users.byLogin(login);
    if (!target)
        throw InvalidRequestError(tr("không có người dùng \"%1\"").arg(login));
    // The actor is an active administrator and never locks themself: one always remains.
    if (!active && target->id == current->id)
        throw InvalidRequestError(tr("không tự khóa tài khoản của mình được; hãy nhờ một quản trị khác"));
    if (target->active != active)
        users.setActive(target->id, active);
    target->active = active;
    return *target;
}

} // namespace wp::storage
