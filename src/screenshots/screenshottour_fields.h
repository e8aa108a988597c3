#pragma once

// The screenshot tour fills in the dialogs' fields as a person does, finding each by its name
// (the forms stay private to their dialogs). A field that is not there is left alone.

#include "workprogram/gui/unitpicker.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

namespace wp::gui::tour {

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

} // namespace wp::gui::tour
