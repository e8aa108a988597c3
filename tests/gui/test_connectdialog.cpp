// "Kết nối máy chủ…" (issue 13): the fields, the last server remembered without its password, a
// refusal said in the dialog without a hang for a server that cannot be reached.
#include "modal.h"
#include "testsupport.h"

#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QUrl>

#include <gtest/gtest.h>

using namespace wp;

namespace {

template <class W>
W* field(QWidget& dialog, const char* name)
{
    return dialog.findChild<W*>(QLatin1String(name));
}

} // namespace

TEST(ConnectDialog, AnUnreachableServerIsRefusedInTheDialogQuickly)
{
    QSettings().clear();
    gui::ConnectDialog dialog;
    EXPECT_EQ(field<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("localhost"));
    EXPECT_EQ(field<QSpinBox>(dialog, "portSpin")->value(), 5432);
    EXPECT_EQ(field<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    field<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    field<QSpinBox>(dialog, "portSpin")->setValue(1); // nothing listens there
    field<QLineEdit>(dialog, "databaseEdit")->setText(QStringLiteral("vanphong"));
    field<QLineEdit>(dialog, "loginEdit")->setText(QStringLiteral("chutich"));
    field<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("bí mật"));
    EXPECT_EQ(dialog.shownName(), QStringLiteral("chutich@127.0.0.1/vanphong"));
    EXPECT_EQ(QUrl(dialog.spec()).password(), QStringLiteral("bí mật"));
    dialog.show();
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("connect-dialog.png")));
    QElapsedTimer t;
    t.start();
    EXPECT_FALSE(dialog.tryConnect());
    EXPECT_LT(t.elapsed(), 4000);
    EXPECT_TRUE(
        dialog.refusal().startsWith(QStringLiteral("Không kết nối được máy chủ postgresql://chutich@127.0.0.1:1/"
                                                   "vanphong")))
        << dialog.refusal().toStdString();
    EXPECT_FALSE(dialog.refusal().contains(QStringLiteral("bí mật")));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("server/host"))); // only a server connected to
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("connect-dialog-refused.png")));
}

TEST(ConnectDialog, RemembersTheLastPostgresServerWithoutItsPassword)
{
    const QString server = qEnvironmentVariable("WP_TEST_PG");
    if (server.isEmpty())
        GTEST_SKIP() << "PostgreSQL test skipped: set WP_TEST_PG";
    QSettings().clear();
    wp::test::TestDb target(wp::test::Backend::Postgres);
    const QUrl url(target.spec());
    {
        gui::ConnectDialog dialog;
        field<QLineEdit>(dialog, "hostEdit")->setText(url.host());
        field<QSpinBox>(dialog, "portSpin")->setValue(url.port());
        field<QLineEdit>(dialog, "databaseEdit")->setText(url.path().mid(1));
        field<QLineEdit>(dialog, "loginEdit")->setText(url.userName());
        field<QLineEdit>(dialog, "passwordEdit")->setText(url.password());
        ASSERT_TRUE(dialog.tryConnect()) << dialog.refusal().toStdString();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        auto db = dialog.takeDatabase();
        ASSERT_TRUE(db);
        EXPECT_EQ(db->backend(), storage::Database::Backend::Postgres);
    }
    QSettings settings; // the server's four fields, nothing else (no password)
    EXPECT_EQ(settings.allKeys().filter(QStringLiteral("server/")),
              (QStringList{QStringLiteral("server/database"), QStringLiteral("server/host"),
                           QStringLiteral("server/login"), QStringLiteral("server/port")}));
    gui::ConnectDialog again;
    EXPECT_EQ(field<QLineEdit>(again, "hostEdit")->text(), url.host());
    EXPECT_EQ(field<QSpinBox>(again, "portSpin")->value(), url.port());
    EXPECT_EQ(field<QLineEdit>(again, "databaseEdit")->text(), url.path().mid(1));
    EXPECT_EQ(field<QLineEdit>(again, "loginEdit")->text(), url.userName());
    EXPECT_EQ(field<QLineEdit>(again, "passwordEdit")->text(), QString());
}

TEST(ConnectDialog, AWindowOnAPostgresServerNamesItAndSaysTheDailyBackupIsForFiles)
{
    wp::test::TestDb server(wp::test::Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(server);
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    gui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(server.spec(), 2024));
    const QUrl url(server.spec());
    EXPECT_EQ(window.windowTitle(),
              QStringLiteral("%1@%2%3 — Quản lý Chương trình công tác").arg(url.userName(), url.host(), url.path()));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("lastDatabase"))); // its URL may carry a password
    EXPECT_TRUE(window.findChild<QStatusBar*>()->currentMessage().startsWith(
        QStringLiteral("Sao lưu tự động hằng ngày chỉ áp dụng cho tệp cơ sở dữ liệu")))
        << window.findChild<QStatusBar*>()->currentMessage().toStdString();
}

namespace {

/// The environment without any password libpq could find by itself (PGPASSWORD, ~/.pgpass,
/// WP_PASSWORD), restored afterwards.
struct NoPasswordAround
{
    QByteArray pgPassword = qgetenv("PGPASSWORD");
    QByteArray passFile = qgetenv("PGPASSFILE");
    QByteArray wpPassword = qgetenv("WP_PASSWORD");
    NoPasswordAround()
    {
        qunsetenv("PGPASSWORD");
        qunsetenv("WP_PASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    }
    ~NoPasswordAround()
    {
        const auto restore = [](const char* name, const QByteArray& value) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        };
        restore("PGPASSWORD", pgPassword);
        restore("PGPASSFILE", passFile);
        restore("WP_PASSWORD", wpPassword);
    }
};

QString withoutPassword(const QString& spec)
{
    QUrl url(spec);
    url.setPassword(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

TEST(ConnectDialogPostgres, AServerLoginWithoutAPasswordIsAskedForItAgainAfterAWrongOne)
{
    wp::test::TestDb server(wp::test::Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(server);
    server.db(); // the schema, made with the password
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    gui::Prompts::shownMessages().clear();
    const NoPasswordAround noPassword;
    const QUrl url(server.spec());
    // A URL the server takes as it is opens without a question.
    EXPECT_EQ(gui::ConnectDialog::askPasswordIfNeeded(server.spec()), server.spec());

    const QString bare = withoutPassword(server.spec()) + QStringLiteral("?application_name=wp_test");
    try {
        storage::Database::open(bare);
        FAIL() << "the server took a login without a password";
    } catch (const storage::StorageError& e) {
        EXPECT_EQ(e.kind(), storage::StorageError::Kind::LoginRefused) << e.message().toStdString();
    }
    bool asked = false;
    wp::test::onNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ConnectDialog*>(modal);
        ASSERT_TRUE(dialog);
        asked = true;
        EXPECT_EQ(field<QLineEdit>(*dialog, "hostEdit")->text(), url.host());
        EXPECT_EQ(field<QSpinBox>(*dialog, "portSpin")->value(), url.port());
        EXPECT_EQ(field<QLineEdit>(*dialog, "databaseEdit")->text(), url.path().mid(1));
        EXPECT_EQ(field<QLineEdit>(*dialog, "loginEdit")->text(), url.userName());
        QLineEdit* password = field<QLineEdit>(*dialog, "passwordEdit");
        EXPECT_EQ(password->echoMode(), QLineEdit::Password);
        EXPECT_TRUE(password->text().isEmpty());
        EXPECT_EQ(dialog->refusal(),
                  QStringLiteral("Máy chủ cần mật khẩu của %1; hãy nhập mật khẩu.").arg(url.userName()));
        dialog->grab().save(QDir::temp().filePath(QStringLiteral("connect-dialog-password.png")));
        password->setText(QStringLiteral("không đúng"));
        EXPECT_FALSE(dialog->tryConnect());
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->refusal(),
                  QStringLiteral("Sai mật khẩu của %1 (hoặc máy chủ không nhận tên đăng nhập này); hãy nhập lại.")
                      .arg(url.userName()));
        EXPECT_TRUE(password->text().isEmpty()) << "asked again with an empty field";
        password->setText(url.password());
        EXPECT_TRUE(dialog->tryConnect()) << dialog->refusal().toStdString();
    });
    const QString spec = gui::ConnectDialog::askPasswordIfNeeded(bare);
    EXPECT_TRUE(asked);
    EXPECT_EQ(QUrl(spec).password(), url.password());
    EXPECT_TRUE(spec.contains(QStringLiteral("application_name=wp_test"))) << "the URL's options kept";
    EXPECT_EQ(storage::Database::open(spec)->backend(), storage::Database::Backend::Postgres);
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty());
}

TEST(ConnectDialogPostgres, CancellingThePasswordQuestionSaysTheProgramCloses)
{
    wp::test::TestDb server(wp::test::Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(server);
    server.db();
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    gui::Prompts::shownMessages().clear();
    const NoPasswordAround noPassword;
    const QUrl url(server.spec());
    wp::test::onNextModal([](QWidget* modal) {
        ASSERT_TRUE(qobject_cast<gui::ConnectDialog*>(modal));
        qobject_cast<QDialog*>(modal)->reject();
    });
    EXPECT_EQ(gui::ConnectDialog::askPasswordIfNeeded(withoutPassword(server.spec())), QString());
    EXPECT_EQ(gui::Prompts::shownMessages(),
              QStringList(QStringLiteral("Chưa nhập mật khẩu nên chưa kết nối được máy chủ %1@%2%3; chương trình sẽ "
                                         "đóng.")
                              .arg(url.userName(), url.host(), url.path())));
}
