// The window after its split into areas (issue 15): the menus hold every entry in the place it had,
// each area exists once behind them, and no public header gives out a form.
#include "forms.h"

#include "workprogram/gui/adminactions.h"
#include "workprogram/gui/backupactions.h"
#include "workprogram/gui/editactions.h"
#include "workprogram/gui/historypanel.h"
#include "workprogram/gui/importexportactions.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportactions.h"
#include "workprogram/gui/reviewscreens.h"
#include "workprogram/gui/settingsactions.h"
#include "workprogram/gui/signinactions.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemtablemodel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace wp;
using gui::MainWindow;

namespace {

/// The entries of @p actions: object names (the text where there is none), "|" for separators.
QString entries(const QList<QAction*>& actions)
{
    QStringList out;
    for (QAction* a : actions)
        out << (a->isSeparator() ? QStringLiteral("|") : a->objectName().isEmpty() ? a->text() : a->objectName());
    return out.join(QLatin1Char(' '));
}

QString menu(const MainWindow& window, const QString& title)
{
    for (QAction* m : window.findChild<QMenuBar*>()->actions())
        if (m->text() == title && m->menu())
            return entries(m->menu()->actions());
    return QStringLiteral("(no menu %1)").arg(title);
}

} // namespace

TEST(WindowStructure, EveryMenuEntryIsWhereItWasBeforeTheSplit)
{
    QSettings().clear();
    MainWindow window;
    QStringList bar;
    for (QAction* m : window.findChild<QMenuBar*>()->actions())
        bar << m->text();
    EXPECT_EQ(bar.join(QLatin1Char(' ')).toStdString(), "&Tệp &Sửa &Xem &Duyệt &Chương trình &Báo cáo Trợ &giúp");
    EXPECT_EQ(menu(window, QStringLiteral("&Tệp")).toStdString(),
              "openAction connectServerAction | importAction exportViewAction exportYearAction | backupAction "
              "restoreAction | "
              "switchUserAction | usersAction settingsAction | quitAction");
    EXPECT_EQ(menu(window, QStringLiteral("&Sửa")).toStdString(),
              "&Hoàn tác &Làm lại | newAction duplicateAction editDialogAction bulkEditAction | deleteAction");
    EXPECT_EQ(
        menu(window, QStringLiteral("&Xem")).toStdString(),
        "findAction overdueAction clearFiltersAction | Số nội dung theo đơn vị chủ trì dashboardAction historyAction");
    EXPECT_EQ(menu(window, QStringLiteral("&Duyệt")).toStdString(),
              "reviewQueueAction signoffAction mergeAction | comparisonAction | proposeAction transitionMenuAction "
              "commentAction");
    EXPECT_EQ(menu(window, QStringLiteral("&Chương trình")).toStdString(),
              "step-collecting-drafting step-drafting-review step-review-drafting step-issued-amending "
              "step-amending-review | rolloverAction");
    EXPECT_EQ(menu(window, QStringLiteral("&Báo cáo")).toStdString(),
              "&Danh mục theo đơn vị chủ trì &Phụ lục chương trình Báo cáo t&iến độ printCurrentReportAction | "
              "dashboardAction | reportSettingsAction");
    EXPECT_EQ(menu(window, QStringLiteral("Trợ &giúp")).toStdString(), "userGuideAction shortcutsAction | aboutAction");
    EXPECT_EQ(entries(window.findChild<QToolBar*>()->actions()).toStdString(),
              "&Hoàn tác &Làm lại | newAction duplicateAction editDialogAction bulkEditAction deleteAction | "
              "importAction exportYearAction");
    EXPECT_EQ(entries(test::named<QTableView>(&window, "itemsView")->actions()).toStdString(),
              "deleteAction | proposeAction transitionMenuAction commentAction");
    EXPECT_EQ(entries(test::named<QTableView>(&window, "countsView")->actions()).toStdString(),
              "previewUnitSummaryAction printUnitSummaryAction exportUnitSummaryAction");
}

TEST(WindowStructure, EachAreaIsOneObjectOnTheWindowsContext)
{
    MainWindow window;
    const auto once = [&](auto* typed) {
        using T = std::remove_pointer_t<decltype(typed)>;
        const QList<T*> found = window.findChildren<T*>();
        EXPECT_EQ(found.size(), 1) << T::staticMetaObject.className();
        if (found.size() == 1) {
            EXPECT_EQ(found.first()->parent(), &window.context()) << T::staticMetaObject.className();
        }
    };
    once(static_cast<gui::EditActions*>(nullptr));
    once(static_cast<gui::ImportExportActions*>(nullptr));
    once(static_cast<gui::BackupActions*>(nullptr));
    once(static_cast<gui::SignInActions*>(nullptr));
    once(static_cast<gui::ReviewScreens*>(nullptr));
    once(static_cast<gui::AdminActions*>(nullptr));
    once(static_cast<gui::ProgramActions*>(nullptr));
    once(static_cast<gui::ReportActions*>(nullptr));
    once(static_cast<gui::SettingsActions*>(nullptr));
    EXPECT_EQ(window.findChildren<gui::HistoryPanel*>().size(), 1);
}

TEST(WindowStructure, ShowingAYearPutsItInTheYearList)
{
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto db = storage::Database::open(path);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db);
    }
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(path, io::SampleData::Year));
    auto* years = test::named<QComboBox>(&window, "yearCombo");
    EXPECT_EQ(years->currentData().toInt(), io::SampleData::Year);
    window.context().showYear(2030);
    EXPECT_EQ(window.context().year(), 2030);
    EXPECT_EQ(years->currentData().toInt(), 2030);
    EXPECT_EQ(window.context().items()->rowCount(), 0);
}

TEST(WindowStructure, NoPublicHeaderGivesOutAForm)
{
    const QDir headers(QStringLiteral(WP_TEST_DATA_DIR "/../../include/workprogram/gui"));
    const QStringList files = headers.entryList({QStringLiteral("*.h")}, QDir::Files);
    ASSERT_GT(files.size(), 10);
    const QRegularExpression accessor(QStringLiteral(R"(\bUi::\w+\s*[*&]\s*ui\s*\()"));
    for (const QString& name : files) {
        QFile f(headers.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_FALSE(text.contains(accessor)) << name.toStdString() << " returns its form";
        EXPECT_FALSE(text.contains(QStringLiteral("#include \"ui_"))) << name.toStdString() << " includes a form";
    }
}
