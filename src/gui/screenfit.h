#pragma once

// Private to wp_gui: windows and dialogs never larger than the screen they open on (issue 14,
// "every screen fits"): a size wished for is bounded by the screen's available area.

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace wp::gui {

/// The area a window of @p widget may take: its screen's available geometry (the primary
/// screen's before it is shown).
inline QRect availableArea(const QWidget* widget)
{
    QScreen* screen = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

/// Resizes @p widget to @p wished, bounded by the available area of its screen (less a margin for
/// the window manager's frame).
inline void resizeWithinScreen(QWidget* widget, QSize wished)
{
    const QSize room = availableArea(widget).size() - QSize(16, 40);
    widget->resize(wished.boundedTo(room).expandedTo(widget->minimumSizeHint().boundedTo(room)));
}

} // namespace wp::gui
