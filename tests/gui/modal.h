#pragma once

// Driving the modal dialogs the window opens (message boxes, prompts, its own dialogs) from GUI
// tests: the action that opens one blocks in exec(), so the driver is queued before it.

#include <QWidget>

#include <functional>

namespace wp::test {

/// Runs @p drive on the next modal widget as soon as it is shown (waits up to 2 s, then fails
/// the test).
void onNextModal(std::function<void(QWidget*)> drive);

} // namespace wp::test
