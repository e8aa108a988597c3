#pragma once

#include <QString>

namespace wp::gui {

class MainWindow;

/// Saves a PNG of each screen and dialog of the program into a folder (for the README and
/// for looking at what was built). Runs the real windows; returns the number of files written.
/// In its own library (wp_screenshots), which only the desktop program links, for
/// `workprogram --screenshots` (scripts/screenshots.sh).
int takeScreenshots(MainWindow& window, const QString& folder, const QString& importFile = QString());

} // namespace wp::gui
