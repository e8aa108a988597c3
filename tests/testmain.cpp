// Test entry point, offscreen, Vietnamese by default: a QApplication for the GUI tests
// (WP_TEST_WIDGETS), a QGuiApplication for the others (fonts and painting for reports).
#ifdef WP_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include "workprogram/storage/userrepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Under Xvfb (DISPLAY set) the GUI tests drive real X11 windows; without a display they
    // fall back to the offscreen platform so that `ctest` works anywhere.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs tests of one program as parallel processes: each gets its own settings and
    // data folders, so that one test's QSettings never leaks into another running beside it.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    // Password hashing at its minimum cost when a test asks for it (WP_PWHASH_FAST=1): the
    // program itself never honours that variable.
    wp::storage::UserRepository::allowFastHashingForTests();
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("workprogram-tests"));
    TestApplication::setApplicationName(QStringLiteral("workprogram-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
