#include "modal.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace wp::test {

void onNextModal(std::function<void(QWidget*)> drive)
{
    QTimer::singleShot(0, [drive] {
        for (int i = 0; i < 200; ++i) {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                drive(modal);
                return;
            }
            QApplication::processEvents();
            QTest::qWait(10);
        }
        ADD_FAILURE() << "no modal dialog appeared";
    });
}

} // namespace wp::test
