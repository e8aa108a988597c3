// "Kết nối máy chủ…" (issue 13): the fields, the last server remembered without its password, a
// refusal said in the dialog without a hang for a server that cannot be reached.
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
