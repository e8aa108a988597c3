// Test entry point, offscreen, Vietnamese by default: a QApplication for the GUI tests
// (WP_TEST_WIDGETS), a QGuiApplication for the others (fonts and painting for reports).
#ifdef WP_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Under Xvfb (DISPLAY set) the GUI tests drive real X11 windows; without a display they
    // fall back to the offscreen platform so that `ctest` works anywhere.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("workprogram-tests"));
    TestApplication::setApplicationName(QStringLiteral("workprogram-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
