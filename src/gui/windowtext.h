#pragma once

// Private to wp_gui.

#include <QCoreApplication>

/// The words of the main window's menus and messages keep the translation context they were
/// written in ("MainWindow") now that the area classes behind the menus say them: their English
/// translations stay found, and lupdate keeps them where they are. The area classes use
/// WindowText::tr for those words, never their own tr. At global scope because lupdate, which
/// reads the sources without the project's include paths, finds it from any class there.
class WindowText
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};
