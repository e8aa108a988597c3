#include "workprogram/core/language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace wp {

QString languageFromEnvironment()
{
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray v = qgetenv(var);
        if (v.isEmpty())
            continue;
        return v.startsWith("en") ? QStringLiteral("en") : QStringLiteral("vi");
    }
    return QStringLiteral("vi");
}

QString installTranslation(QCoreApplication& app, const QString& language)
{
    const QString lang = language.isEmpty() ? languageFromEnvironment() : language;
    if (lang == QLatin1String("vi"))
        return lang; // the source strings are Vietnamese
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/workprogram_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator);
        return lang;
    }
    delete translator;
    return QStringLiteral("vi");
}

} // namespace wp
