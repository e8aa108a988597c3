// Issue 14, "small things that trip people up" and "Esc asks": Ctrl+H brings the history forward,
// the Báo cáo menu has access keys and Ctrl+P prints the current report, no two controls of one
// dialog share an access key, Esc in a dialog with typed changes asks first, and the completion
// chart says that nothing is done yet instead of showing an empty plot.
#include "forms.h"
#include "modal.h"

#include "workprogram/gui/dashboarddialog.h"
#include "workprogram/gui/historypanel.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportactions.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/userrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <gtest/gtest.h>

using namespace wp;
using io::SampleReview;

namespace {

/// The access key of @p text ("&Tiếp" → "t"), empty when it has none.
QString accessKey(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// The controls of @p dialog that share an access key, as "key: text, text"; empty when none do.
QStringList duplicateKeys(QWidget* dialog)
{
    QMultiHash<QString, QString> byKey;
    for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(dialog) && !accessKey(b->text()).isEmpty())
            byKey.insert(accessKey(b->text()), b->text());
    for (QLabel* l : dialog->findChildren<QLabel*>())
        if (l->isVisibleTo(dialog) && l->buddy() && !accessKey(l->text()).isEmpty())
            byKey.insert(accessKey(l->text()), l->text());
    QStringList out;
    for (const QString& key : byKey.uniqueKeys())
        if (byKey.count(key) > 1)
            out.append(key + QStringLiteral(": ") + QStringList(byKey.values(key)).join(QStringLiteral(", ")));
    return out;
}

struct SmallThings : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("small.sqlite"));
    std::unique_ptr<gui::MainWindow> window;

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        gui::Prompts::shownMessages().clear();
        {
            auto db = storage::Database::open(dbPath);
            io::SampleData::addUnits(*db);
            io::SampleData::addProgram(*db);
        }
        window = std::make_unique<gui::MainWindow>();
        window->setToday(QDate(2023, 7, 1));
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(window->openDatabase(dbPath, 2023));
    }
    void TearDown() override { window.reset(); }
};

} // namespace

TEST_F(SmallThings, CtrlHBringsTheHistoryForwardAndNeverHidesIt)
{
    auto* history = window->findChild<gui::HistoryPanel*>();
    ASSERT_NE(history, nullptr);
    history->close();
    ASSERT_FALSE(history->isVisible());
    QAction* action = test::named<QAction>(window.get(), "historyAction");
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    action->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(history->isVisible());
    action->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(history->isVisible()) << "a second Ctrl+H keeps it in front";
}

TEST_F(SmallThings, TheReportsMenuHasAccessKeysAndCtrlPPrintsTheCurrentReport)
{
    QMenu* reports = nullptr;
    for (QAction* a : window->menuBar()->actions())
        if (a->text() == QStringLiteral("&Báo cáo"))
            reports = a->menu();
    ASSERT_NE(reports, nullptr);
    QStringList keys;
    for (QAction* a : reports->actions()) {
        if (a->isSeparator())
            continue;
        const QString key = accessKey(a->text());
        EXPECT_FALSE(key.isEmpty()) << a->text().toStdString() << " has no access key";
        EXPECT_FALSE(keys.contains(key)) << a->text().toStdString() << " repeats " << key.toStdString();
        keys.append(key);
        if (QMenu* sub = a->menu())
            for (QAction* entry : sub->actions())
                EXPECT_FALSE(accessKey(entry->text()).isEmpty()) << entry->text().toStdString();
    }

    QAction* print = test::named<QAction>(window.get(), "printCurrentReportAction");
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(print->text(), QStringLiteral("I&n Phụ lục chương trình…"));
    bool asked = false;
    test::onNextModal([&asked](QWidget* modal) {
        asked = qobject_cast<QPrintDialog*>(modal) != nullptr;
        qobject_cast<QDialog*>(modal)->reject();
    });
    print->trigger();
    EXPECT_TRUE(asked) << "Ctrl+P opens the print dialog for the current report";
}

TEST_F(SmallThings, NoTwoControlsOfADialogShareAnAccessKey)
{
    gui::ImportWizard wizard(*window->context().database(), 2023, window.get());
    wizard.show();
    EXPECT_EQ(duplicateKeys(&wizard), QStringList()) << "the wizard's file page";
    QStringList labels;
    for (QLabel* l : wizard.findChildren<QLabel*>())
        labels.append(l->text());
    EXPECT_FALSE(labels.contains(QStringLiteral("&Tệp:"))) << "a label without its buddy shows the &";

    gui::LoginDialog login(*window->context().database(), window.get());
    login.show();
    EXPECT_EQ(duplicateKeys(&login), QStringList());

    const Item first = window->context().items()->item(0);
    gui::ItemDialog item(*window->context().items(), first, window.get());
    item.show();
    EXPECT_EQ(duplicateKeys(&item), QStringList());
}

TEST_F(SmallThings, EscInADialogWithTypedChangesAsksFirst)
{
    const Item first = window->context().items()->item(0);
    gui::ItemDialog dialog(*window->context().items(), first, window.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto* content = dialog.findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"));
    ASSERT_NE(content, nullptr);
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral(" them"));
    ASSERT_TRUE(dialog.hasChanges());

    gui::Prompts::shownMessages().clear();
    QTest::keyClick(&dialog, Qt::Key_Escape); // answered No (the tests' default)
    EXPECT_TRUE(dialog.isVisible()) << "the typed text stays";
    ASSERT_EQ(gui::Prompts::shownMessages().size(), 1);

    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    // Without changes Esc closes at once, asking nothing.
    gui::ItemDialog untouched(*window->context().items(), first, window.get());
    untouched.show();
    gui::Prompts::shownMessages().clear();
    QTest::keyClick(&untouched, Qt::Key_Escape);
    EXPECT_FALSE(untouched.isVisible());
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty());
}

TEST(SmallThingsChart, TheCompletionChartSaysNothingIsDoneWhenEveryRateIsZero)
{
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.sqlite"));
    std::unique_ptr<storage::Database> db = storage::Database::open(path);
    io::SampleData::addUnits(*db);
    io::SampleData::addProgram(*db);
    SampleReview::add(*db); // proposals, drafts and returned items: nothing done
    gui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openDatabase(path, SampleReview::Year));
    window.context().setUser(*storage::UserRepository(*db).byLogin(SampleReview::officeLogin()));
    ASSERT_GT(window.context().items()->rowCount(), 0);
    test::named<QAction>(&window, "dashboardAction")->trigger();
    gui::DashboardDialog* d = test::area<gui::ReportActions>(&window)->dashboard();
    ASSERT_NE(d, nullptr);
    QChart* chart = d->chartView(gui::DashboardDialog::Chart::CompletionRate)->chart();
    EXPECT_TRUE(chart->title().endsWith(QStringLiteral(": chưa có nội dung hoàn thành")))
        << chart->title().toStdString();
    EXPECT_TRUE(chart->series().isEmpty()) << "no empty plot";
}
