#include "workprogram/core/language.h"

#include <QCoreApplication>
#include <QTranslator>

#include <cstring>

namespace wp {
namespace {

/// lupdate names a context after the class as it sees it, which for classes declared in
/// C++17 nested namespaces (`namespace wp::gui {`) is sometimes the bare class name, while
/// at run time tr() asks for the fully qualified one. When the qualified context has no
/// entry, the bare class name is tried, so a string is never left untranslated for that.
class ContextFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        if (t.isEmpty() && context) {
            const char* bare = std::strrchr(context, ':');
            if (bare && bare[1] != '\0')
                t = QTranslator::translate(bare + 1, sourceText, disambiguation, n);
        }
        return t;
    }
};

} // namespace

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
    auto* translator = new ContextFallbackTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/workprogram_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator);
        return lang;
    }
    delete translator;
    return QStringLiteral("vi");
}

} // namespace wp
