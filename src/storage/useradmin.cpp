#include "workprogram/storage/useradmin.h"

#include "workprogram/storage/auditlog.h"
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

void UserAdmin::checkLogin(const QString& login)
{
    if (login.isEmpty())
        throw InvalidRequestError(tr("tên đăng nhập không được trống và không có dấu cách"));
    for (const QChar ch : login) {
        // Letters, digits, marks, punctuation and symbols only: no space of any kind, no control
        // or formatting character (the invisible ones that reorder text), nothing unassigned.
        switch (ch.category()) {
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            throw InvalidRequestError(tr("tên đăng nhập không được trống và không có dấu cách"));
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            throw InvalidRequestError(tr("tên đăng nhập chỉ gồm chữ, số và dấu; không có ký tự điều khiển hay ký tự "
                                         "ẩn (U+%1)")
                                          .arg(QString::number(ch.unicode(), 16).toUpper().rightJustified(4, u'0')));
        default:
            break;
        }
    }
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
    if (password.trimmed().isEmpty())
        throw InvalidRequestError(tr("mật khẩu không được chỉ có dấu cách"));
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
    checkLogin(user.login);
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
    Transaction tx(m_db);
    users.add(user, password);
    AuditEntry e;
    e.login = actor ? actor->login : QString(QLatin1String(""));
    e.kind = AuditLog::UserAdd;
    e.target = user.login;
    e.details = AuditLog::userDetails(user);
    AuditLog(m_db).append(e);
    tx.commit();
    return user;
}

void UserAdmin::setPassword(const User& actor, const QString& login, const QString& password,
                            const std::optional<QString>& repeat)
{
    const User target = checkMaySetPassword(actor, login);
    if (repeat)
        checkRepeated(password, *repeat);
    checkNewPassword(password);
    // Someone else's password set by an administrator is a reset: one-time, and recorded, so that
    // the administrator cannot go on acting as that person unnoticed.
    const bool reset = actor.login != target.login;
    Transaction tx(m_db);
    UserRepository(m_db).setPassword(target.id, password, reset ? std::optional<QString>(actor.login) : std::nullopt);
    AuditEntry e;
    e.login = actor.login;
    e.kind = reset ? AuditLog::PasswordReset : AuditLog::PasswordChange;
    e.target = target.login;
    AuditLog(m_db).append(e);
    tx.commit();
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
    if (target->active != active) {
        Transaction tx(m_db);
        users.setActive(target->id, active);
        AuditEntry e;
        e.login = current->login;
        e.kind = active ? AuditLog::UserUnlock : AuditLog::UserLock;
        e.target = target->login;
        AuditLog(m_db).append(e);
        tx.commit();
    }
    target->active = active;
    return *target;
}

} // namespace wp::storage
