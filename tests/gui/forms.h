#pragma once

// Finding the widgets of a window or dialog, and the areas behind the main window's menus, from
// GUI tests. The forms (ui/*.ui) stay private to the classes that use them: a test finds a widget
// by its object name, as a person finds it by its label.

#include <QObject>

#include <stdexcept>
#include <string>

namespace wp::test {

/// The widget (or action, or menu) of type @p T called @p name among @p parent's children. Throws
/// when there is none, which fails the test that asked.
template <class T>
T* named(const QObject* parent, const char* name)
{
    T* found = parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!found)
        throw std::runtime_error(std::string("no ") + T::staticMetaObject.className() + " named \"" + name + '"');
    return found;
}

/// The area of type @p T behind @p window's menus (ReviewScreens, BackupActions, …): tests drive
/// exactly what its menu entries do. Throws when the window has none.
template <class T>
T* area(const QObject* window)
{
    T* found = window ? window->findChild<T*>() : nullptr;
    if (!found)
        throw std::runtime_error(std::string("no ") + T::staticMetaObject.className() + " in the window");
    return found;
}

} // namespace wp::test
