// Issue 14, "every screen fits the screen it is on": the main window opens at most the size of the
// available screen and can be narrower than 1 024 px (the filter bar folds), and the large dialogs
// fit 1 024 × 768 with their buttons inside. Offscreen, the real windows.
#include "forms.h"
#include "modal.h"

#include "workprogram/gui/comparisondialog.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportactions.h"
#include "workprogram/gui/signoffdialog.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/reports/reportdata.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace wp;
using io::SampleReview;

namespace {

const QSize Small(1024, 768);

/// Every visible button of @p window lies inside it.
void expectButtonsInside(QWidget* window)
{
    const QRect inside = window->rect();
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || qobject_cast<QWidget*>(button->parent())->inherits("QToolBar"))
            continue;
        const QRect where(button->mapTo(window, QPoint(0, 0)), button->size());
        EXPECT_TRUE(inside.contains(where))
            << window->metaObject()->className() << ": \"" << button->text().toStdString() << "\" at " << where.x()
            << "," << where.y() << " " << where.width() << "×" << where.height() << " outside " << inside.width() << "×"
            << inside.height();
    }
}

/// @p dialog fits 1 024 × 768: its smallest size does, and shown at that size its buttons are inside.
void expectFits(QWidget* dialog)
{
    const QSize least = dialog->minimumSizeHint();
    EXPECT_LE(least.width(), Small.width()) << dialog->metaObject()->className();
    EXPECT_LE(least.height(), Small.height() - 40) << dialog->metaObject()->className();
    const QRect available = dialog->screen()->availableGeometry();
    EXPECT_LE(dialog->width(), available.width()) << dialog->metaObject()->className();
    EXPECT_LE(dialog->height(), available.height()) << dialog->metaObject()->className();
    dialog->resize(dialog->size().boundedTo(Small - QSize(0, 40)));
    dialog->show();
    QApplication::processEvents();
    EXPECT_LE(dialog->width(), Small.width());
    EXPECT_LE(dialog->height(), Small.height());
    expectButtonsInside(dialog);
}

struct ScreenFit : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("fit.sqlite"));
    std::unique_ptr<gui::MainWindow> window;

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        {
            auto db = storage::Database::open(dbPath);
            io::SampleData::addUnits(*db);
            io::SampleData::addProgram(*db);
            SampleReview::add(*db);
        }
        window = std::make_unique<gui::MainWindow>();
    }
    void TearDown() override { window.reset(); }
};

} // namespace

TEST_F(ScreenFit, TheWindowOpensWithinTheAvailableScreen)
{
    const QRect available = window->screen()->availableGeometry();
    EXPECT_LE(window->width(), available.width());
    EXPECT_LE(window->height(), available.height());
}

TEST_F(ScreenFit, TheWindowGoesNarrowerThan1024AndShowsEveryFilter)
{
    EXPECT_LT(window->minimumSizeHint().width(), 1000) << "today 1 325 px";
    window->show();
    ASSERT_TRUE(window->openDatabase(dbPath, SampleReview::Year));
    window->resize(Small);
    QApplication::processEvents();
    EXPECT_LE(window->width(), Small.width());
    // The filters fold onto more lines: each is inside the window, nothing cut at its right edge.
    for (const char* name : {"countLabel", "clearFiltersButton", "leaderFilter", "dueFromEdit", "dueToEdit"}) {
        auto* w = test::named<QWidget>(window.get(), name);
        const QRect where(w->mapTo(window.get(), QPoint(0, 0)), w->size());
        EXPECT_TRUE(window->rect().contains(where)) << name << " at x " << where.x() << " width " << where.width();
    }
    auto* user = test::named<QLabel>(window.get(), "userLabel");
    EXPECT_TRUE(window->rect().contains(QRect(user->mapTo(window.get(), QPoint(0, 0)), user->size())));
}

TEST_F(ScreenFit, TheLargeDialogsFit1024x768WithTheirButtonsVisible)
{
    window->show();
    ASSERT_TRUE(window->openDatabase(dbPath, SampleReview::Year));
    auto db = storage::Database::open(dbPath);
    window->context().setUser(*storage::UserRepository(*db).byLogin(SampleReview::leaderLogin()));
    {
        gui::SignoffDialog dialog(window->context());
        expectFits(&dialog);
    }
    {
        const qint64 program = storage::ProgramRepository(*db).byYear(SampleReview::Year)->id;
        gui::ComparisonDialog dialog(*window->context().database(), program, SampleReview::Year, window.get());
        expectFits(&dialog);
    }
    {
        gui::ImportWizard wizard(*window->context().database(), SampleReview::Year, window.get());
        expectFits(&wizard);
    }
    bool previewed = false;
    test::onNextModal([&previewed](QWidget* modal) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
        ASSERT_NE(preview, nullptr);
        previewed = true;
        expectFits(preview);
        preview->reject();
    });
    test::area<gui::ReportActions>(window.get())->previewReport(reports::ReportKind::Appendix);
    EXPECT_TRUE(previewed);
}
