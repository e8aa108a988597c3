// workprogram-cli: the command-line program; everything it does lives in wp_cli.
#include "workprogram/cli/cli.h"
#include "workprogram/core/language.h"
#ifdef WP_TEST_HOOKS
#include "workprogram/storage/userrepository.h"
#endif

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
#ifdef WP_TEST_HOOKS
    // The test suite's copy of the program (workprogram-cli-tests): cheap password hashes when the
    // tests ask for them. The program people run is built without this.
    wp::storage::UserRepository::allowFastHashingForTests();
#endif
    // Reports need fonts and a paint device, hence a QGuiApplication — offscreen when there is
    // no display. Every other command stays a QCoreApplication, which starts faster.
    const bool gui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (gui && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WP_VERSION));
    wp::installTranslation(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = wp::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
