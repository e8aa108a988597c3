// workprogram: the desktop program; the windows live in wp_gui.
#include "workprogram/core/deadline.h"
#include "workprogram/core/language.h"
#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/qtbasevietnamese.h"
#include "workprogram/screenshots/screenshottour.h"
#include "workprogram/storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WP_VERSION));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));

    // The language: the settings' choice, else the environment's on first start.
    QSettings settings;
    QString language = settings.value(QStringLiteral("language")).toString();
    if (language.isEmpty()) {
        language = wp::languageFromEnvironment();
        settings.setValue(QStringLiteral("language"), language);
    }
    language = wp::installTranslation(app, language);
    if (language == QLatin1String("vi"))
        QCoreApplication::installTranslator(new wp::gui::QtBaseVietnamese(&app));
    // Counts are written the UI language's way ("92.071" / "92,071"): Prompts::number. Dates keep
    // the house format dd/MM/yyyy whatever the locale (wp::formatDate).
    QLocale::setDefault(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                        : QLocale(QLocale::Vietnamese, QLocale::Vietnam));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Quản lý Chương trình công tác"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("main", "tệp cơ sở dữ liệu, hoặc postgresql://TÊN@MÁY:CỔNG/CSDL"),
                      QCoreApplication::translate("main", "ĐƯỜNG_DẪN")});
    parser.addOption({QStringLiteral("year"), QCoreApplication::translate("main", "năm của chương trình"),
                      QCoreApplication::translate("main", "NĂM")});
    parser.addOption({QStringLiteral("today"),
                      QCoreApplication::translate("main", "ngày dùng để tính quá hạn (mặc định: hôm nay)"),
                      QCoreApplication::translate("main", "NGÀY")});
    parser.addOption({QStringLiteral("screenshots"),
                      QCoreApplication::translate("main", "lưu ảnh các màn hình vào thư mục rồi thoát"),
                      QCoreApplication::translate("main", "THƯ_MỤC")});
    parser.addOption({QStringLiteral("screenshot-import"),
                      QCoreApplication::translate("main", "tệp dùng cho ảnh trình nhập"),
                      QCoreApplication::translate("main", "TỆP")});
    parser.process(app);

    QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        db = settings.value(QStringLiteral("lastDatabase"), wp::storage::Database::defaultPath()).toString();
    wp::gui::MainWindow window;
    if (parser.isSet(QStringLiteral("today"))) {
        const QDate today = wp::parseUserDate(parser.value(QStringLiteral("today")));
        if (today.isValid())
            window.setToday(today);
    }
    if (!parser.isSet(QStringLiteral("screenshots")))
        window.show();
    else
        window.resize(1366, 768);
    // A server login the server wants a password for, not found in the URL, PGPASSWORD or
    // ~/.pgpass: asked in the connect dialog; cancelling it quits.
    if (wp::storage::Database::isServer(db) && !parser.isSet(QStringLiteral("screenshots"))) {
        db = wp::gui::ConnectDialog::askPasswordIfNeeded(db, &window);
        if (db.isEmpty())
            return 0;
    }
    if (!window.openDatabase(db, parser.value(QStringLiteral("year")).toInt()) &&
        parser.isSet(QStringLiteral("screenshots")))
        return 3;
    if (parser.isSet(QStringLiteral("screenshots"))) {
        const int n = wp::gui::takeScreenshots(window, parser.value(QStringLiteral("screenshots")),
                                               parser.value(QStringLiteral("screenshot-import")));
        return n > 0 ? 0 : 1;
    }
    // Who is working: the login when the database has accounts (cancelling it quits), else
    // the offer to create the first administrator or to go on without accounts.
    if (window.context().database() && !window.signIn())
        return 0;
    return app.exec();
}
