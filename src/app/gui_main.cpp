// workprogram: the desktop program; the windows live in wp_gui.
#include "workprogram/core/language.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WP_VERSION));
    QSettings settings;
    wp::installTranslation(app, settings.value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Quản lý Chương trình công tác"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "tệp cơ sở dữ liệu"),
                      QCoreApplication::translate("main", "ĐƯỜNG_DẪN")});
    parser.addOption({QStringLiteral("year"), QCoreApplication::translate("main", "năm của chương trình"),
                      QCoreApplication::translate("main", "NĂM")});
    parser.process(app);

    QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        db = settings.value(QStringLiteral("lastDatabase"), wp::storage::Database::defaultPath()).toString();
    wp::gui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (window.openDatabase(db, parser.value(QStringLiteral("year")).toInt()))
        settings.setValue(QStringLiteral("lastDatabase"), db);
    return app.exec();
}
