// Issue 12: accounts that cannot be walked around. A reset password is one-time and recorded;
// guessing is slowed down; an unknown login is refused as slowly as a wrong password; the hashing
// cannot be weakened from the environment; logins and output cannot carry control characters.
#include "trustfixture.h"

#include "workprogram/storage/auditlog.h"

#include <QElapsedTimer>
#include <QThread>

using namespace wp;
using test::CliResult;

namespace {

struct Accounts : test::TrustFixture
{
    void SetUp() override
    {
        unitsOnly();
        accounts();
    }
    CliResult listUsers(const QString& format)
    {
        return cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--format"), format});
    }
    CliResult unitsAs(const QString& login, const QString& password, const QStringList& env = {})
    {
        return cli({QStringLiteral("units"), QStringLiteral("set"), QStringLiteral("TP"), QStringLiteral("--short"),
                    QStringLiteral("P. Tư pháp"), QStringLiteral("--as"), login},
                   QStringList{QStringLiteral("WP_PASSWORD=") + password} + env);
    }
};

} // namespace

TEST_F(Accounts, APasswordResetByAnAdministratorIsOneTimeRecordedAndListed)
{
    CliResult r = cli({QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("vanphong"),
                       QStringLiteral("--as"), QStringLiteral("root")},
                      {QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=tam-thoi-1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    {
        auto d = storage::Database::open(db);
        const QVector<storage::AuditEntry> log = storage::AuditLog(*d).all();
        EXPECT_EQ(log.last().kind, storage::AuditLog::PasswordReset);
        EXPECT_EQ(log.last().target, QStringLiteral("vanphong"));
        EXPECT_EQ(log.last().login, QStringLiteral("root"));
    }
    // users list shows the last reset, in both formats.
    r = listUsers(QStringLiteral("table"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("(mật khẩu đặt lại")) &&
                r.out.contains(QStringLiteral("bởi root, chưa đổi)")))
        << r.out.toStdString();
    r = listUsers(QStringLiteral("json"));
    QJsonParseError error;
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    bool found = false;
    for (const QJsonValue& u : users)
        if (u.toObject().value(QStringLiteral("login")).toString() == QStringLiteral("vanphong")) {
            found = true;
            EXPECT_EQ(
                u.toObject().value(QStringLiteral("last_reset")).toObject().value(QStringLiteral("by")).toString(),
                QStringLiteral("root"));
        }
    EXPECT_TRUE(found);
    // The administrator who knows the one-time password cannot act with it: it must be changed first.
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    const QString before = state();
    r = cli({QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--as"),
             QStringLiteral("vanphong")},
            {QStringLiteral("WP_PASSWORD=tam-thoi-1")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("do quản trị đặt lại và chỉ dùng một lần"))) << r.err.toStdString();
    EXPECT_EQ(state(), before);
    // The person chooses their own, and goes on.
    r = cli({QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--as"),
             QStringLiteral("vanphong")},
            {QStringLiteral("WP_PASSWORD=tam-thoi-1"), QStringLiteral("WP_NEW_PASSWORD=cua-toi-2")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Đã đổi mật khẩu của vanphong."))) << r.err.toStdString();
    r = listUsers(QStringLiteral("table"));
    EXPECT_FALSE(r.out.contains(QStringLiteral("chưa đổi"))) << r.out.toStdString();
    EXPECT_EQ(unitsAs(QStringLiteral("vanphong"), QStringLiteral("tam-thoi-1")).exitCode, 4);
}

TEST_F(Accounts, RepeatedWrongPasswordsAreSlowedDownAndCounted)
{
    for (int i = 0; i < 5; ++i) {
        const CliResult r = unitsAs(QStringLiteral("root"), QStringLiteral("sai"));
        ASSERT_EQ(r.exitCode, 4);
        EXPECT_TRUE(r.err.contains(QStringLiteral("sai tên đăng nhập hoặc mật khẩu"))) << r.err.toStdString();
    }
    // The sixth wrong one holds the login back; even the right password waits until then.
    CliResult r = unitsAs(QStringLiteral("root"), QStringLiteral("sai"));
    EXPECT_EQ(r.exitCode, 4);
    r = unitsAs(QStringLiteral("root"), QStringLiteral("pw-root"));
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("đăng nhập sai 6 lần liền cho root: hãy thử lại sau")))
        << r.err.toStdString();
    QThread::msleep(2100);
    r = unitsAs(QStringLiteral("root"), QStringLiteral("pw-root"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A success clears the count.
    r = unitsAs(QStringLiteral("root"), QStringLiteral("sai"));
    EXPECT_TRUE(r.err.contains(QStringLiteral("sai tên đăng nhập hoặc mật khẩu"))) << r.err.toStdString();
}

TEST_F(Accounts, AnUnknownLoginIsCountedAndAnsweredInTheSameWordsAsAWrongPassword)
{
    const CliResult unknown = unitsAs(QStringLiteral("khongco"), QStringLiteral("x"));
    const CliResult wrong = unitsAs(QStringLiteral("root"), QStringLiteral("x"));
    EXPECT_EQ(unknown.exitCode, 4);
    EXPECT_EQ(wrong.exitCode, 4);
    EXPECT_EQ(QString(unknown.err).replace(QStringLiteral("khongco"), QStringLiteral("root")), wrong.err);
}

// The release program, with real hashing: the environment cannot make it store weak hashes, and
// an unknown login takes as long to refuse as a wrong password.
TEST(AccountsRelease, HashingCannotBeWeakenedAndUnknownLoginsTakeAsLong)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    auto release = [&](const QStringList& args, const QStringList& env) {
        return test::runReleaseCli(args + QStringList{QStringLiteral("--db"), db}, env);
    };
    test::CliResult r =
        release({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--name"),
                 QStringLiteral("Quản trị"), QStringLiteral("--role"), QStringLiteral("admin")},
                {QStringLiteral("WP_NEW_PASSWORD=pw-root"), QStringLiteral("WP_PWHASH_FAST=1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    {
        auto d = storage::Database::open(db);
        QSqlQuery q(d->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT password_hash FROM users")) && q.next());
        EXPECT_TRUE(q.value(0).toString().startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")))
            << q.value(0).toString().toStdString();
    }
    // A sign-in through a command that writes (units set): refused either way.
    auto signIn = [&](const QString& login) {
        QElapsedTimer t;
        t.start();
        const test::CliResult x = release(
            {QStringLiteral("units"), QStringLiteral("set"), QStringLiteral("X"), QStringLiteral("--as"), login},
            {QStringLiteral("WP_PASSWORD=sai")});
        EXPECT_EQ(x.exitCode, 4) << x.err.toStdString();
        return t.elapsed();
    };
    ASSERT_EQ(release({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--name"),
                       QStringLiteral("Đơn vị X"), QStringLiteral("--as"), QStringLiteral("root")},
                      {QStringLiteral("WP_PASSWORD=pw-root")})
                  .exitCode,
              0);
    const qint64 wrong = signIn(QStringLiteral("root"));
    const qint64 unknown = signIn(QStringLiteral("khong-ai"));
    // The hash costs tens of milliseconds; the start of the program costs less.
    EXPECT_GT(unknown, wrong / 2) << "unknown " << unknown << " ms, wrong password " << wrong << " ms";
}

TEST_F(Accounts, LoginsArePrintableWithoutSpacesOrHiddenCharactersAndPasswordsAreNotBlank)
{
    const QStringList bad = {QStringLiteral("co cach"), QStringLiteral("tab\there"), QStringLiteral("a\u202Eb"),
                             QStringLiteral("nul\u0007"), QStringLiteral("z\u200Bw")};
    const QString before = state();
    for (const QString& login : bad) {
        const CliResult r =
            cli({QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--name"), QStringLiteral("X"),
                 QStringLiteral("--role"), QStringLiteral("office"), QStringLiteral("--as"), QStringLiteral("root")},
                {QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=mat-khau-tot")});
        EXPECT_EQ(r.exitCode, 2) << login.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("tên đăng nhập"))) << r.err.toStdString();
    }
    const CliResult blank = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("moi"),
                                 QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"),
                                 QStringLiteral("office"), QStringLiteral("--as"), QStringLiteral("root")},
                                {QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=        ")});
    EXPECT_EQ(blank.exitCode, 2);
    EXPECT_TRUE(blank.err.contains(QStringLiteral("mật khẩu không được chỉ có dấu cách"))) << blank.err.toStdString();
    EXPECT_EQ(state(), before);
}

TEST_F(Accounts, ListingsShowControlCharactersEscapedAndJsonStaysValid)
{
    // A full name with quotes, a backslash, a line break and a direction override.
    CliResult r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("kyla"), QStringLiteral("--name"),
                       QStringLiteral("Tên \"lạ\" \\ dòng\nhai \u202Eđảo"), QStringLiteral("--role"),
                       QStringLiteral("office"), QStringLiteral("--as"), QStringLiteral("root")},
                      {QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=pw-kyla")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = listUsers(QStringLiteral("json"));
    QJsonParseError error;
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    bool found = false;
    for (const QJsonValue& u : users)
        found = found || u.toObject().value(QStringLiteral("name")).toString() ==
                             QStringLiteral("Tên \"lạ\" \\ dòng\nhai \u202Eđảo");
    EXPECT_TRUE(found);
    r = listUsers(QStringLiteral("table"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("dòng\\nhai \\u202eđảo"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QChar(0x202E)));
    // items and history of an item whose text holds a terminal escape.
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch \u001b[31mđỏ;Phòng Tư pháp")});
    ASSERT_EQ(as(QStringLiteral("vanphong"),
                 {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")})
                  .exitCode,
              0);
    r = cli({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Kế hoạch \\u001b[31mđỏ"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QChar(0x1b)));
    const QString id = idOf(items(2024).first());
    ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("comment"), id, QStringLiteral("--text"),
                                              QStringLiteral("ý kiến\u001b]0;tiêu đề\u0007")})
                  .exitCode,
              0);
    r = cli({QStringLiteral("history"), id});
    EXPECT_FALSE(r.out.contains(QChar(0x1b))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QChar(0x07)));
}
