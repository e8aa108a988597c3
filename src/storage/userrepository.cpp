#include "workprogram/storage/userrepository.h"

#include "pgsecurity.h"
#include "sql.h"

#include <QDateTime>
#include <QSqlRecord>

#include <algorithm>

#include <sodium.h>

namespace wp::storage {
namespace {

/// What a server database's users table keeps instead of a password hash (the server has it).
QString serverPasswordMark()
{
    return QStringLiteral("server:scram-sha-256");
}

/// The columns read into a User; schema 7 added the one-time password and the last reset (an older
/// file opened read-only, such as a backup, has only the first ones).
QString userColumns(Database& db)
{
    return db.schemaVersion() >= 7
               ? QStringLiteral("id, login, full_name, title, role, unit_id, active, must_change_password, "
                                "password_reset_at, password_reset_by")
               : QStringLiteral("id, login, full_name, title, role, unit_id, active");
}

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.title = q.value(3).toString();
    u.role = RoleInfo::parse(q.value(4).toString()).value_or(Role::Unit);
    u.unitId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    u.active = q.value(6).toBool();
    if (q.record().count() > 7) {
        u.mustChangePassword = q.value(7).toBool();
        u.passwordResetAt = dateTimeFrom(q.value(8));
        u.passwordResetBy = q.value(9).toString();
    }
    return u;
}

void initSodium()
{
    if (sodium_init() < 0)
        throw StorageError(QCoreApplication::translate("wp::storage", "không khởi tạo được thư viện mật mã libsodium"));
}

} // namespace

namespace {
bool fastHashing = false;
} // namespace

void UserRepository::allowFastHashingForTests()
{
    fastHashing = true;
}

bool UserRepository::fastHashingAllowed()
{
    return fastHashing;
}

QString UserRepository::hashPassword(const QString& password)
{
    initSodium();
    const QByteArray pw = password.toUtf8();
    const bool fast = fastHashingAllowed() && qEnvironmentVariable("WP_PWHASH_FAST") == QLatin1String("1");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()),
                          fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw StorageError(tr("không đủ bộ nhớ để mã hóa mật khẩu"));
    return QString::fromLatin1(out);
}

bool UserRepository::verifyPassword(const QString& hash, const QString& password)
{
    initSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

int UserRepository::count() const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void UserRepository::add(User& user, const QString& password)
{
    if (byLogin(user.login))
        throw StorageError(tr("tên đăng nhập \"%1\" đã có").arg(user.login));
    // On a server with its rules the person is a login role: the server keeps the password
    // (scram-sha-256) and the program none.
    const bool server = serverRulesOn(m_db.connection());
    const QString hash = server ? serverPasswordMark() : hashPassword(password);
    Transaction tx(m_db);
    if (server)
        createLoginRole(m_db.connection(), user.login, RoleInfo::key(user.role), password);
    QSqlQuery q =
        prepare(m_db.connection(),
                QStringLiteral("INSERT INTO users(login, full_name, title, role, unit_id, "
                               "password_hash, active, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    exec(q, {user.login, user.fullName, textOrNull(user.title), RoleInfo::key(user.role),
             user.unitId ? QVariant(user.unitId) : QVariant(QMetaType(QMetaType::LongLong)), hash, user.active ? 1 : 0,
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    user.id = returnedId(q);
    for (qint64 unit : user.leaderUnitIds)
        run(m_db.connection(), QStringLiteral("INSERT INTO user_units(user_id, unit_id) VALUES(?, ?)"),
            {user.id, unit});
    tx.commit();
}

std::optional<User> UserRepository::byLogin(const QString& login) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT ") + userColumns(m_db) +
                                                 QStringLiteral(" FROM users WHERE login = ?"));
    exec(q, {login});
    if (!q.next())
        return std::nullopt;
    return byId(q.value(0).toLongLong());
}

std::optional<User> UserRepository::byId(qint64 id) const
{
    QSqlQuery q = prepare(m_db.connection(),
                          QStringLiteral("SELECT ") + userColumns(m_db) + QStringLiteral(" FROM users WHERE id = ?"));
    exec(q, {id});
    if (!q.next())
        return std::nullopt;
    User u = userFrom(q);
    QSqlQuery units =
        prepare(m_db.connection(), QStringLiteral("SELECT unit_id FROM user_units WHERE user_id = ? ORDER BY unit_id"));
    exec(units, {id});
    while (units.next())
        u.leaderUnitIds.append(units.value(0).toLongLong());
    return u;
}

QVector<User> UserRepository::all() const
{
    QVector<qint64> ids;
    {
        QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT id FROM users ORDER BY login"));
        exec(q);
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QVector<User> users;
    for (qint64 id : ids)
        if (std::optional<User> u = byId(id))
            users.append(*u);
    return users;
}

void UserRepository::setPassword(qint64 userId, const QString& password, const std::optional<QString>& resetBy)
{
    const bool server = serverRulesOn(m_db.connection());
    if (server) {
        const std::optional<User> target = byId(userId);
        if (target)
            setLoginPassword(m_db.connection(), target->login, password);
    }
    const QString hash = server ? serverPasswordMark() : hashPassword(password);
    if (m_db.schemaVersion() < 7) {
        run(m_db.connection(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, userId});
        return;
    }
    if (resetBy)
        run(m_db.connection(),
            QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 1, password_reset_at = ?, "
                           "password_reset_by = ? WHERE id = ?"),
            {hash, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), *resetBy, userId});
    else
        run(m_db.connection(),
            QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?"),
            {hash, userId});
}

void UserRepository::setActive(qint64 userId, bool active)
{
    if (serverRulesOn(m_db.connection())) {
        // A locked person cannot even connect.
        if (const std::optional<User> target = byId(userId))
            setLoginEnabled(m_db.connection(), target->login, active);
    }
    run(m_db.connection(), QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, userId});
}

namespace {

/// A hash to check a password against when the login is unknown: the refusal then takes as long
/// as a wrong password does, and tells nobody which logins exist.
const QString& dummyHash()
{
    static const QString hash = UserRepository::hashPassword(QStringLiteral("không phải mật khẩu của ai"));
    return hash;
}

/// How long a login is held back after @p failures refused sign-ins in a row: nothing for the first
/// five, then 1 s, doubling each time, at most five minutes.
qint64 delaySeconds(int failures)
{
    if (failures < UserRepository::FreeAttempts)
        return 0;
    return std::min<qint64>(qint64(1) << std::min(failures - UserRepository::FreeAttempts, 9), 300);
}

} // namespace

int UserRepository::failures(const QString& login) const
{
    if (m_db.schemaVersion() < 7)
        return 0;
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT failures FROM login_failures WHERE login = ?"));
    exec(q, {login});
    return q.next() ? q.value(0).toInt() : 0;
}

void UserRepository::recordFailure(const QString& login) const
{
    if (m_db.schemaVersion() < 7 || !m_db.readOnlyReason().isEmpty())
        return;
    try {
        Transaction tx(m_db);
        const int n = failures(login) + 1;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 delay = delaySeconds(n);
        run(m_db.connection(),
            QStringLiteral(
                "INSERT INTO login_failures(login, failures, last_failure_at, blocked_until) VALUES(?, ?, ?, "
                "?) ON CONFLICT(login) DO UPDATE SET failures = excluded.failures, last_failure_at = "
                "excluded.last_failure_at, blocked_until = excluded.blocked_until"),
            {login, n, now.toString(Qt::ISODateWithMs),
             delay > 0 ? QVariant(now.addSecs(delay).toString(Qt::ISODateWithMs))
                       : QVariant(QMetaType(QMetaType::QString))});
        tx.commit();
    } catch (const StorageError&) {
        // A database that cannot be written (busy, full disk) still refuses the sign-in.
    }
}

User UserRepository::authenticate(const QString& login, const QString& password) const
{
    // The same message for an unknown login and a wrong password: it tells nobody which logins exist.
    const QString refused = tr("sai tên đăng nhập hoặc mật khẩu (%1)").arg(login);
    if (serverRulesOn(m_db.connection())) {
        // The server checked the password when this connection signed in as its login role: the
        // person is that role, and nobody else.
        const QString connected = sessionLogin(m_db.connection());
        if (login != connected)
            throw AuthenticationError(
                tr("đã kết nối máy chủ với tên đăng nhập %1: --as phải là %1, không phải %2").arg(connected, login));
        const std::optional<User> who = byLogin(login);
        if (!who)
            throw AuthenticationError(refused);
        if (!who->active)
            throw AuthenticationError(tr("tài khoản %1 đã bị khóa").arg(login));
        return *who;
    }
    if (m_db.schemaVersion() >= 7) {
        QSqlQuery held = prepare(m_db.connection(), QStringLiteral("SELECT failures, blocked_until FROM login_failures "
                                                                   "WHERE login = ?"));
        exec(held, {login});
        if (held.next()) {
            const QDateTime until = dateTimeFrom(held.value(1));
            const qint64 wait = until.isValid() ? QDateTime::currentDateTimeUtc().secsTo(until) : 0;
            if (wait > 0)
                throw AuthenticationError(tr("đăng nhập sai %1 lần liền cho %2: hãy thử lại sau %3 giây")
                                              .arg(held.value(0).toInt())
                                              .arg(login)
                                              .arg(wait + 1));
        }
    }
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("SELECT id, password_hash, active FROM users WHERE login = ?"));
    exec(q, {login});
    if (!q.next()) {
        verifyPassword(dummyHash(), password);
        recordFailure(login);
        throw AuthenticationError(refused);
    }
    const qint64 id = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    const bool active = q.value(2).toBool();
    q.finish();
    if (!verifyPassword(hash, password)) {
        recordFailure(login);
        throw AuthenticationError(refused);
    }
    if (!active)
        throw AuthenticationError(tr("tài khoản %1 đã bị khóa").arg(login));
    if (failures(login) > 0 && m_db.readOnlyReason().isEmpty()) {
        try {
            Transaction tx(m_db);
            run(m_db.connection(), QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {login});
            tx.commit();
        } catch (const StorageError&) {
        }
    }
    return *byId(id);
}

} // namespace wp::storage
