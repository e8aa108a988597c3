#pragma once

// The window tests' common ground: the sample database (units, the program, the review round and
// its accounts) made once per test binary, copied into each test's folder and shown in a main
// window at 1366 × 768.

#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/userrepository.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace wp::test {

struct SampleWindow : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("window.sqlite"));
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<gui::MainWindow> window;

    /// One sample database for every test (its accounts' password hashing is the slow part).
    static QString samplePath()
    {
        static QTemporaryDir folder;
        static const QString path = [] {
            const QString p = folder.filePath(QStringLiteral("sample.sqlite"));
            auto sample = storage::Database::open(p);
            io::SampleData::addUnits(*sample);
            io::SampleData::addProgram(*sample);
            io::SampleReview::add(*sample);
            return p;
        }();
        return path;
    }

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        gui::Prompts::shownMessages().clear();
        ASSERT_TRUE(QFile::copy(samplePath(), dbPath));
        db = storage::Database::open(dbPath);
        window = std::make_unique<gui::MainWindow>();
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(window->openDatabase(dbPath, io::SampleReview::Year));
    }
    void TearDown() override
    {
        window.reset();
        db.reset();
    }
    User user(const QString& login) { return *storage::UserRepository(*db).byLogin(login); }
};

} // namespace wp::test
