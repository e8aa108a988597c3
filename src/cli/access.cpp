// Who may write: once a database has accounts, every command that changes it names the person
// (--as), who signs in and must hold a role that may do it (issue 12: no write without a
// signed-in person).
#include "context.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

namespace wp::cli {

const QString asOption = QStringLiteral("as");

void Context::addAsOption()
{
    parser.addOption(
        {asOption, Cli::tr("người thực hiện (mật khẩu từ WP_PASSWORD hoặc hỏi)"), Cli::tr("TÊN_ĐĂNG_NHẬP")});
}

std::optional<User> Context::writer(storage::Database& db, const QVector<Role>& roles, const QString& what) const
{
    if (storage::UserRepository(db).count() == 0) {
        if (parser.isSet(asOption))
            throw Failure(AuthFailed, Cli::tr("cơ sở dữ liệu này chưa có tài khoản nào: bỏ --as, hoặc tạo tài khoản "
                                              "quản trị đầu tiên (workprogram-cli users add)"));
        return std::nullopt;
    }
    if (!parser.isSet(asOption))
        throw Failure(AuthFailed, Cli::tr("cơ sở dữ liệu này có tài khoản: hãy đăng nhập để %1 (--as TÊN_ĐĂNG_NHẬP, "
                                          "mật khẩu từ WP_PASSWORD hoặc hỏi)")
                                      .arg(what));
    const User who = actor(db);
    if (!roles.contains(who.role))
        throw storage::PermissionError(Cli::tr("%1 (%2) không được %3: chỉ %4 mới được")
                                           .arg(who.login, RoleInfo::label(who.role), what, Workflow::describe(roles)));
    return who;
}

} // namespace wp::cli
