#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QAction;
class QDialog;

namespace wp::gui {

class WindowContext;

/// Menu "Trợ giúp": the keyboard shortcuts (listed from the window's own actions, so the list
/// cannot drift from them) and the user guide (docs/user-guide.md, shipped in the program's
/// resources, written out as HTML and opened in the browser).
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(WindowContext& context);

    /// The dialog listing every action of the window that has a shortcut, by menu.
    void showShortcuts();
    /// Writes the guide as HTML (once per session) and opens it in the browser.
    void showUserGuide();
    /// The user guide as an HTML file on disk (written when missing); empty when it could not be
    /// written.
    static QString userGuideFile();
    /// Tests open no browser: @p opener receives the URL instead of QDesktopServices (empty:
    /// QDesktopServices again).
    static void setUrlOpener(std::function<bool(const QUrl&)> opener);

private:
    WindowContext& m_context;
};

} // namespace wp::gui
