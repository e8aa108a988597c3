#pragma once

// The window tests' fixtures that write their database afresh in each test (the review round's
// tests, the demo program's) and show it in a main window at 1366 × 768. SampleWindow copies one
// sample made once instead.

#include "workprogram/core/item.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"

#include <QApplication>
#include <QDate>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace wp::test {

struct FreshWindow : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<gui::MainWindow> window;

    /// @p fileName: the database's file in the test's folder; @p year: the program the window
    /// opens; @p today: the window's date (invalid: the clock's); @p activate: the window is made
    /// the active one before it opens the database (for tests that need the focus).
    FreshWindow(const QString& fileName, int year, QDate today, bool activate)
        : dbPath(dir.filePath(fileName)), m_year(year), m_today(today), m_activate(activate)
    {}

    /// Writes the test's data into the database at dbPath, before the window opens it.
    virtual void fill() = 0;

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        gui::Prompts::shownMessages().clear();
        fill();
        window = std::make_unique<gui::MainWindow>();
        if (m_today.isValid())
            window->setToday(m_today);
        window->resize(1366, 768);
        window->show();
        if (m_activate) {
            QApplication::setActiveWindow(window.get());
            ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        }
        ASSERT_TRUE(window->openDatabase(dbPath, m_year));
    }
    void TearDown() override { window.reset(); }

private:
    int m_year;
    QDate m_today;
    bool m_activate;
};

/// The demo program of 2023 (its units and items, @p stage), seen on 1 July 2023.
struct DemoWindow : FreshWindow
{
    explicit DemoWindow(io::SampleData::Stage stage, bool activate = false)
        : FreshWindow(QStringLiteral("demo.sqlite"), 2023, QDate(2023, 7, 1), activate), m_stage(stage)
    {}
    void fill() override
    {
        auto db = storage::Database::open(dbPath);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db, m_stage);
    }

private:
    io::SampleData::Stage m_stage;
};

/// The demo program with the review round of SampleReview (6 units × 4: per unit one in the draft,
/// one returned, two proposed) and its accounts, in the active window; nobody signed in yet.
struct ReviewWindow : FreshWindow
{
    std::unique_ptr<storage::Database> db; ///< a second connection, to check what was written

    explicit ReviewWindow(const QString& fileName) : FreshWindow(fileName, io::SampleReview::Year, QDate(), true) {}
    void fill() override
    {
        db = storage::Database::open(dbPath);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db);
        io::SampleReview::add(*db);
    }
    void TearDown() override
    {
        FreshWindow::TearDown();
        db.reset();
    }
    User user(const QString& login) { return *storage::UserRepository(*db).byLogin(login); }
    void signIn(const QString& login) { window->context().setUser(user(login)); }
    /// The items of the review's program in status @p s.
    QVector<Item> items(Status s)
    {
        storage::ItemFilter f;
        f.statuses = {s};
        return storage::ItemRepository(*db).list(storage::ProgramRepository(*db).byYear(io::SampleReview::Year)->id, f);
    }
    QString lastMessage() const
    {
        return gui::Prompts::shownMessages().isEmpty() ? QString() : gui::Prompts::shownMessages().last();
    }
};

} // namespace wp::test
