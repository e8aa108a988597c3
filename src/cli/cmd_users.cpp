// Users and signing in: users add | list | passwd, and --as for the commands that act.
#include "context.h"
#include "output.h"

#include "workprogram/core/deadline.h"

#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace wp::cli {
namespace {

// Reads one line from the terminal without echoing it (or plainly from a pipe).
QString readSecret(QTextStream& err, const QString& prompt)
{
    err << prompt << Qt::flush;
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    const QString line = QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << "\n";
    }
    return line;
}

} // namespace

QString Context::password(const QString& envName, const QString& prompt, bool confirm) const
{
    if (qEnvironmentVariableIsSet(envName.toLatin1().constData()))
        return qEnvironmentVariable(envName.toLatin1().constData());
    const QString first = readSecret(err, prompt);
    if (confirm)
        storage::UserAdmin::checkRepeated(first, readSecret(err, Cli::tr("Nhập lại mật khẩu: ")));
    return first;
}

User Context::actor(storage::Database& db) const
{
    const QString login = parser.value(asOption);
    if (login.isEmpty())
        throw Failure(Usage, Cli::tr("hãy cho biết ai làm việc này: --as TÊN_ĐĂNG_NHẬP"));
    const QString pw = password(QStringLiteral("WP_PASSWORD"), Cli::tr("Mật khẩu của %1: ").arg(login), false);
    User who;
    try {
        who = storage::UserRepository(db).authenticate(login, pw);
    } catch (const storage::AuthenticationError& e) {
        throw Failure(AuthFailed, e.message());
    }
    // A password an administrator reset works once: to choose one's own before anything else.
    if (who.mustChangePassword) {
        if (!qEnvironmentVariableIsSet("WP_NEW_PASSWORD") && !isatty(STDIN_FILENO))
            throw Failure(AuthFailed,
                          Cli::tr("mật khẩu của %1 do quản trị đặt lại và chỉ dùng một lần: hãy chọn mật "
                                  "khẩu mới (biến WP_NEW_PASSWORD, hoặc chạy lệnh trên một cửa sổ dòng lệnh "
                                  "để được hỏi)")
                              .arg(login));
        const QString fresh =
            password(QStringLiteral("WP_NEW_PASSWORD"), Cli::tr("Mật khẩu mới của %1: ").arg(login), true);
        if (fresh == pw)
            throw Failure(AuthFailed, Cli::tr("mật khẩu mới phải khác mật khẩu quản trị đã đặt lại"));
        storage::UserAdmin(db).setPassword(who, login, fresh);
        who.mustChangePassword = false;
        err << Cli::tr("Đã đổi mật khẩu của %1.").arg(login) << "\n";
    }
    return who;
}

namespace {

/// @p text as a JSON string, quoted and escaped.
QString jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

int cmdUsers(Context& c)
{
    c.parser.addOption({QStringLiteral("name"), Cli::tr("họ và tên"), Cli::tr("TÊN")});
    c.parser.addOption({QStringLiteral("title"), Cli::tr("chức vụ"), Cli::tr("CHỨC_VỤ")});
    c.parser.addOption({QStringLiteral("role"), Cli::tr("unit | office | leader | admin"), Cli::tr("VAI_TRÒ")});
    c.parser.addOption({QStringLiteral("unit"),
                        Cli::tr("đơn vị của cán bộ đơn vị; với lãnh đạo: các đơn vị phụ trách (có thể lặp lại)"),
                        Cli::tr("ĐƠN_VỊ")});
    c.parser.addOption(
        {asOption, Cli::tr("người quản trị thực hiện (mật khẩu từ WP_PASSWORD hoặc hỏi)"), Cli::tr("TÊN_ĐĂNG_NHẬP")});
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | json"), Cli::tr("ĐỊNH_DẠNG")});
    if (!c.parse(QStringLiteral("add LOGIN | list | passwd LOGIN | lock LOGIN | unlock LOGIN"), 1, 2))
        return Ok;
    const QStringList pos = c.parser.positionalArguments();
    const QString action = pos.first();
    auto db = c.openDb();
    storage::UserRepository users(*db);

    if (action == QLatin1String("list")) {
        const QString format = c.format({QStringLiteral("table"), QStringLiteral("json")});
        const QVector<Unit> units = storage::UnitRepository(*db).all();
        auto unitCode = [&](qint64 id) {
            for (const Unit& u : units)
                if (u.id == id)
                    return u.code;
            return QString();
        };
        if (format == QLatin1String("json")) {
            c.out << "[";
            bool first = true;
            for (const User& u : users.all()) {
                const QString reset = u.passwordResetAt.isValid()
                                          ? QStringLiteral("{\"at\": %1, \"by\": %2}")
                                                .arg(jsonString(u.passwordResetAt.toString(Qt::ISODateWithMs)),
                                                     jsonString(u.passwordResetBy))
                                          : QStringLiteral("null");
                c.out << (first ? "\n" : ",\n") << "  {\"login\": " << jsonString(u.login)
                      << ", \"name\": " << jsonString(u.fullName) << ", \"role\": " << jsonString(RoleInfo::key(u.role))
                      << ", \"unit\": " << jsonString(unitCode(u.unitId))
                      << ", \"active\": " << (u.active ? "true" : "false") << ", \"last_reset\": " << reset << "}";
                first = false;
            }
            c.out << "\n]\n";
            return Ok;
        }
        for (const User& u : users.all()) {
            QStringList scope;
            if (u.unitId)
                scope.append(unitCode(u.unitId));
            for (qint64 id : u.leaderUnitIds)
                scope.append(unitCode(id));
            c.out << printable(u.login).leftJustified(14) << " " << RoleInfo::key(u.role).leftJustified(7) << " "
                  << scope.join(QLatin1Char(',')).leftJustified(10) << " " << printable(u.fullName)
                  << (u.title.isEmpty() ? QString() : QStringLiteral(" — ") + printable(u.title))
                  << (u.active ? QString() : QStringLiteral(" ") + Cli::tr("(đã khóa)"))
                  << (u.passwordResetAt.isValid()
                          ? QStringLiteral(" ") + Cli::tr("(mật khẩu đặt lại %1 bởi %2%3)")
                                                      .arg(formatDate(u.passwordResetAt.toLocalTime().date()),
                                                           printable(u.passwordResetBy),
                                                           u.mustChangePassword ? Cli::tr(", chưa đổi") : QString())
                          : QString())
                  << "\n";
        }
        return Ok;
    }
    if (pos.size() < 2)
        throw Failure(Usage, Cli::tr("thiếu tên đăng nhập: workprogram-cli users %1 LOGIN").arg(action));
    const QString login = pos.at(1);

    if (action == QLatin1String("add")) {
        const std::optional<Role> role = RoleInfo::parse(c.parser.value(QStringLiteral("role")));
        if (!role)
            throw Failure(Usage, Cli::tr("hãy chọn --role unit|office|leader|admin"));
        if (c.parser.value(QStringLiteral("name")).trimmed().isEmpty())
            throw Failure(Usage, Cli::tr("hãy ghi họ và tên: --name \"…\""));
        // The first account of a database must be an administrator and needs nobody's
        // permission; every later one is added by an administrator (storage::UserAdmin).
        storage::UserAdmin admin(*db);
        std::optional<User> who;
        if (users.count() > 0)
            who = c.actor(*db);
        admin.checkMayAdd(who, *role);
        User u;
        u.login = login;
        u.fullName = c.parser.value(QStringLiteral("name")).trimmed();
        u.title = c.parser.value(QStringLiteral("title")).trimmed();
        u.role = *role;
        const QStringList unitNames = c.parser.values(QStringLiteral("unit"));
        if (*role == Role::Unit) {
            if (unitNames.size() != 1)
                throw Failure(Usage, Cli::tr("cán bộ đơn vị cần đúng một --unit"));
            u.unitId = c.unit(*db, unitNames.first()).id;
        } else if (*role == Role::Leader) {
            for (const QString& name : unitNames)
                u.leaderUnitIds.append(c.unit(*db, name).id);
        } else if (!unitNames.isEmpty()) {
            throw Failure(Usage, Cli::tr("--unit chỉ dùng cho vai trò unit hoặc leader"));
        }
        const QString pw =
            c.password(QStringLiteral("WP_NEW_PASSWORD"), Cli::tr("Mật khẩu mới của %1: ").arg(login), true);
        u = admin.add(who, u, pw);
        c.out << Cli::tr("Đã thêm người dùng %1 (%2)").arg(login, RoleInfo::label(u.role)) << "\n";
        return Ok;
    }
    if (action == QLatin1String("passwd")) {
        // Only the person or an administrator; with --as omitted, the person themself.
        const QString as = c.parser.value(asOption);
        const QString actingLogin = as.isEmpty() ? login : as;
        const QString pw =
            c.password(QStringLiteral("WP_PASSWORD"), Cli::tr("Mật khẩu hiện tại của %1: ").arg(actingLogin), false);
        User who;
        try {
            who = users.authenticate(actingLogin, pw);
        } catch (const storage::AuthenticationError& e) {
            throw Failure(AuthFailed, e.message());
        }
        if (who.mustChangePassword && who.login != login)
            throw Failure(
                AuthFailed,
                Cli::tr("mật khẩu của %1 chỉ dùng một lần: hãy đổi mật khẩu của chính mình trước").arg(who.login));
        storage::UserAdmin admin(*db);
        admin.checkMaySetPassword(who, login);
        const QString fresh =
            c.password(QStringLiteral("WP_NEW_PASSWORD"), Cli::tr("Mật khẩu mới của %1: ").arg(login), true);
        admin.setPassword(who, login, fresh);
        c.out << Cli::tr("Đã đổi mật khẩu của %1").arg(login) << "\n";
        return Ok;
    }
    if (action == QLatin1String("lock") || action == QLatin1String("unlock")) {
        const bool unlock = action == QLatin1String("unlock");
        const User who = c.actor(*db);
        storage::UserAdmin(*db).setActive(who, login, unlock);
        c.out << (unlock ? Cli::tr("Đã mở khóa tài khoản %1") : Cli::tr("Đã khóa tài khoản %1")).arg(login) << "\n";
        return Ok;
    }
    throw Failure(Usage, Cli::tr("không có thao tác \"%1\" (chọn: add, list, passwd, lock, unlock)").arg(action));
}

} // namespace wp::cli
