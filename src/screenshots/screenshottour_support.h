#pragma once

// Private to the screenshot tour: its parts, saving a shot, and filling in the dialogs' fields
// as a person does, finding each by its name (the forms stay private to their dialogs). A field
// that is not there is left alone.

#include "workprogram/gui/unitpicker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QThread>
#include <QWidget>

namespace wp::gui {

class MainWindow;

// The tour's parts after the main window's own shots, in the order they run.
void takeReviewScreenshots(MainWindow& window, const QString& folder, int& count);  // screenshottour.cpp
void takeProgramScreenshots(MainWindow& window, const QString& folder, int& count); // screenshottour_program.cpp
void takeAdminScreenshots(MainWindow& window, const QString& folder, int& count);   // screenshottour_admin.cpp
void takeServerScreenshots(MainWindow& window, const QString& folder, int& count);  // screenshottour_server.cpp

namespace tour {

/// Lets the windows lay themselves out and paint before a shot.
inline void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
}

/// Saves @p shot as @p name in @p folder and counts it when written.
inline bool saveShot(const QPixmap& shot, const QString& folder, const QString& name, int& count)
{
    const bool ok = shot.save(QDir(folder).filePath(name));
    count += ok;
    return ok;
}

/// Saves what @p widget shows, once it has settled.
inline bool save(QWidget& widget, const QString& folder, const QString& name, int& count)
{
    settle();
    return saveShot(widget.grab(), folder, name, count);
}

/// Types @p text into the line or text edit called @p name.
inline void setText(QWidget& form, const char* name, const QString& text)
{
    if (auto* line = form.findChild<QLineEdit*>(QLatin1String(name)))
        line->setText(text);
    else if (auto* plain = form.findChild<QPlainTextEdit*>(QLatin1String(name)))
        plain->setPlainText(text);
}

/// Chooses the unit @p unitId in the unit box called @p name.
inline void setUnit(QWidget& form, const char* name, qint64 unitId)
{
    if (auto* units = form.findChild<UnitComboBox*>(QLatin1String(name)))
        units->setUnitId(unitId);
}

/// Chooses the entry whose data is @p value in the combo box called @p name.
inline void setChoice(QWidget& form, const char* name, const QVariant& value)
{
    if (auto* combo = form.findChild<QComboBox*>(QLatin1String(name)))
        combo->setCurrentIndex(combo->findData(value));
}

/// Does what the menu entry (or button's action) called @p name does.
inline void trigger(QWidget& window, const char* name)
{
    if (auto* action = window.findChild<QAction*>(QLatin1String(name)))
        action->trigger();
}

/// The area of type @p T behind the window's menus (tests and the tour reach it by its type).
template <class T>
T* area(QObject& window)
{
    return window.findChild<T*>();
}

} // namespace tour
} // namespace wp::gui
