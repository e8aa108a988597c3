#pragma once

// Private to wp_gui: the "workprogram.timing" log of the window (opening, loading, searching),
// defined in mainwindow.cpp.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcTiming)
