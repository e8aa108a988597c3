// workprogram-cli: the command-line program; everything it does lives in wp_cli.
#include "workprogram/cli/cli.h"
#include "workprogram/core/language.h"
#ifdef WP_TEST_HOOKS
#include "workprogram/storage/userrepository.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

int main(int argc, char** argv)
{
#ifdef WP_TEST_HOOKS
    // The test suite's copy of the program (workprogram-cli-tests): cheap password hashes when the
    // tests ask for them. The program people run is built without this.
    wp::storage::UserRepository::allowFastHashingForTests();
#endif
    // Reports need fonts and a paint device, hence a QGuiApplication. Every other command stays
    // a QCoreApplication, which starts faster.
    const bool gui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    std::optional<QTemporaryDir> runtimeDir;
    if (gui) {
        // A command-line program draws on no screen: always the offscreen platform (unless the
        // caller names one), so that a report never opens a connection to a display, nor fails
        // for a dead one.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Every QGuiApplication on Linux looks for $XDG_RUNTIME_DIR/flatpak-info while it
        // chooses its platform (is it sandboxed, should it use desktop portals?); without that
        // variable — cron, ssh, a service — QStandardPaths prints "XDG_RUNTIME_DIR not set,
        // defaulting to …" among the command's output. The CLI keeps no socket or lock there:
        // a private empty runtime folder of its own (0700, removed on exit) answers the
        // question truthfully and quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir.emplace(QDir::tempPath() + QStringLiteral("/workprogram-cli-runtime-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
    }
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
