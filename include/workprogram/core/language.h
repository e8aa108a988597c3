#pragma once

#include <QString>

class QCoreApplication;

namespace wp {

/// Installs the translator for @p language ("vi" or "en"; empty: from LANG/LC_ALL/LANGUAGE,
/// English when one of them starts with "en", else Vietnamese, the source language).
/// Returns the language in use.
QString installTranslation(QCoreApplication& app, const QString& language = QString());

/// The language the environment asks for: "en" or "vi".
QString languageFromEnvironment();

} // namespace wp
