#pragma once

// The server window tests' common ground (label pg): a fresh PostgreSQL database and a main window
// at 1100 × 600 to open it in.

#include "testsupport.h"

#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"

#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace wp::test {

struct ServerWindow : ::testing::Test
{
    TestDb server{Backend::Postgres};
    std::unique_ptr<gui::MainWindow> window;

    /// Skips the test without a server (WP_TEST_PG); forgets the settings and the messages of the
    /// test before. A fixture that adds to SetUp returns when IsSkipped().
    void SetUp() override
    {
        WP_SKIP_UNLESS_AVAILABLE(server);
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        gui::Prompts::shownMessages().clear();
    }
    /// Shows a new window; whether it came on screen.
    bool showWindow()
    {
        window = std::make_unique<gui::MainWindow>();
        window->resize(1100, 600);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
};

} // namespace wp::test
