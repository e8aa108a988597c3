// The window shows a large program's first rows before it reads the rest (issue 3); here with
// a first page of 100 rows of the 535-item demo, so the real window takes that path.
#include "forms.h"
#include "testsupport.h"

#include "workprogram/core/search.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wp;
using gui::MainWindow;
using models::ItemTableModel;
using models::UnitCountsModel;

namespace {

struct WindowFirstPage : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("demo.sqlite"));
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        {
            auto db = storage::Database::open(dbPath);
            io::SampleData::addUnits(*db);
            io::SampleData::addProgram(*db);
        }
        window = std::make_unique<MainWindow>();
        window->setToday(QDate(2023, 7, 1));
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override { window.reset(); }
};

} // namespace

TEST_F(WindowFirstPage, FirstRowsAreShownThenTheWholeProgramWithItsCountsAndFilters)
{
    QAbstractItemModelTester tester(window->context().items(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(window->context().proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    window->setFirstPageRows(100);
    // A search typed before opening stays on while the program grows.
    test::named<QLineEdit>(window.get(), "searchEdit")->setText(QStringLiteral("ke hoach"));
    int rowsAtFirstShow = -1;
    bool completeAtFirstShow = true;
    QObject::connect(window.get(), &MainWindow::firstRowsShown, window.get(), [&] {
        rowsAtFirstShow = window->context().items()->rowCount();
        completeAtFirstShow = window->context().items()->isComplete();
    });
    ASSERT_TRUE(window->openDatabase(dbPath, 2023));
    EXPECT_EQ(rowsAtFirstShow, 100);
    EXPECT_FALSE(completeAtFirstShow);

    ItemTableModel* model = window->context().items();
    EXPECT_TRUE(model->isComplete());
    ASSERT_EQ(model->rowCount(), 535);
    int matching = 0;
    const search::Query query(QStringLiteral("ke hoach"));
    for (int r = 0; r < model->rowCount(); ++r)
        matching += query.matches(model->searchKey(r));
    ASSERT_GT(matching, 0);
    EXPECT_EQ(window->context().proxy()->rowCount(), matching);
    EXPECT_EQ(test::named<QLabel>(window.get(), "countLabel")->text(),
              QStringLiteral("Hiển thị %1/535 nội dung").arg(matching));
    UnitCountsModel* counts = window->context().counts();
    EXPECT_EQ(counts->index(counts->rowCount() - 1, UnitCountsModel::Total).data().toInt(), 535);
    EXPECT_TRUE(test::named<QLabel>(window.get(), "attentionLabel")->isVisibleTo(window.get()));
    // The filter choices come from the whole program, not from its first page.
    EXPECT_EQ(test::named<QComboBox>(window.get(), "leaderFilter")->count(),
              model->distinctValues(ItemTableModel::Leader).size() + 1);

    // Clearing the search shows every item, in number order.
    test::named<QLineEdit>(window.get(), "searchEdit")->clear();
    ASSERT_EQ(window->context().proxy()->rowCount(), 535);
    for (int r = 0; r < 535; ++r)
        ASSERT_EQ(window->context().proxy()->index(r, ItemTableModel::Number).data(ItemTableModel::SortRole).toInt(),
                  model->item(r).number);
    // An edit of an item of the rest is saved and undone like any other.
    const QModelIndex cell = model->index(400, ItemTableModel::Leader);
    const QString before = cell.data().toString();
    ASSERT_TRUE(model->setData(cell, QStringLiteral("Chủ tịch UBND quận")));
    EXPECT_EQ(model->index(400, ItemTableModel::Leader).data().toString(), QStringLiteral("Chủ tịch UBND quận"));
    window->context().undoStack()->undo();
    EXPECT_EQ(model->index(400, ItemTableModel::Leader).data().toString(), before);
}
