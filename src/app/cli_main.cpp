// workprogram-cli: the command-line program; everything it does lives in wp_cli.
#include "workprogram/cli/cli.h"
#include "workprogram/core/language.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationName(QStringLiteral("workprogram"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WP_VERSION));
    wp::installTranslation(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = wp::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
