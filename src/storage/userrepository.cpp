#include "workprogram/storage/userrepository.h"

#include "sql.h"

#include <QDateTime>

#include <sodium.h>

namespace wp::storage {
namespace {

const QString userColumns = QStringLiteral("id, login, full_name, title, role, unit_id, active");

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
    return u;
}

void initSodium()
{
    if (sodium_init() < 0)
        throw StorageError(QCoreApplication::translate("wp::storage", "không khởi tạo được thư viện mật mã libsodium"));
}

} // namespace

QString UserRepository::hashPassword(const QString& password)
{
    initSodium();
    const QByteArray pw = password.toUtf8();
    const bool fast = qEnvironmentVariable("WP_PWHASH_FAST") == QLatin1String("1");
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
    const QString hash = hashPassword(password);
    Transaction tx(m_db);
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("INSERT INTO users(login, full_name, title, role, unit_id, "
                                                  "password_hash, active, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    exec(q, {user.login, user.fullName, textOrNull(user.title), RoleInfo::key(user.role),
             user.unitId ? QVariant(user.unitId) : QVariant(QMetaType(QMetaType::LongLong)), hash, user.active ? 1 : 0,
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    user.id = q.lastInsertId().toLongLong();
    for (qint64 unit : user.leaderUnitIds)
        run(m_db.connection(), QStringLiteral("INSERT INTO user_units(user_id, unit_id) VALUES(?, ?)"),
            {user.id, unit});
    tx.commit();
}

std::optional<User> UserRepository::byLogin(const QString& login) const
{
    QSqlQuery q = prepare(m_db.connection(),
                          QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE login = ?"));
    exec(q, {login});
    if (!q.next())
        return std::nullopt;
    return byId(q.value(0).toLongLong());
}

std::optional<User> UserRepository::byId(qint64 id) const
{
    QSqlQuery q = prepare(m_db.connection(),
                          QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE id = ?"));
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

void UserRepository::setPassword(qint64 userId, const QString& password)
{
    run(m_db.connection(), QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
        {hashPassword(password), userId});
}

void UserRepository::setActive(qint64 userId, bool active)
{
    run(m_db.connection(), QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, userId});
}

User UserRepository::authenticate(const QString& login, const QString& password) const
{
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("SELECT id, password_hash, active FROM users WHERE login = ?"));
    exec(q, {login});
    // The same message for an unknown login and a wrong password: it tells nobody which logins exist.
    const QString refused = tr("sai tên đăng nhập hoặc mật khẩu (%1)").arg(login);
    if (!q.next())
        throw AuthenticationError(refused);
    const qint64 id = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    const bool active = q.value(2).toBool();
    q.finish();
    if (!verifyPassword(hash, password))
        throw AuthenticationError(refused);
    if (!active)
        throw AuthenticationError(tr("tài khoản %1 đã bị khóa").arg(login));
    return *byId(id);
}

} // namespace wp::storage
