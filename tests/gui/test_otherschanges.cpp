// Other people's changes appear without restarting (issue 13): two windows on one database, one
// edits, the other shows the new value with its selection and current row kept.
#include "testsupport.h"

#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace wp;
using models::ItemTableModel;
using wp::test::Backend;

namespace {

QTableView* itemsView(gui::MainWindow& w)
{
    return w.findChild<QTableView*>(QStringLiteral("itemsView"));
}

ItemTableModel& itemModel(gui::MainWindow& w)
{
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(itemsView(w)->model());
    return *qobject_cast<ItemTableModel*>(proxy->sourceModel());
}

/// Two windows on one database: a file both open, or a server database each window connects to
/// (two connections; the news goes by LISTEN/NOTIFY).
struct OthersChanges : ::testing::TestWithParam<Backend>
{
    wp::test::TestDb shared{GetParam()};
    void SetUp() override { WP_SKIP_UNLESS_AVAILABLE(shared); }
};

/// A program of 2023 with @p count draft items (enough rows to scroll).
void addProgram(storage::Database& db, int count)
{
    for (const char* code : {"TP", "VH"}) {
        Unit u;
        u.code = QLatin1String(code);
        u.name = QStringLiteral("Phòng ") + u.code;
        storage::UnitRepository(db).add(u);
    }
    Program p;
    p.year = 2023;
    p.title = Program::defaultTitle(2023);
    const qint64 programId = storage::ProgramRepository(db).add(p);
    const QVector<Unit> units = storage::UnitRepository(db).all();
    QVector<Item> items(count);
    for (int i = 0; i < count; ++i) {
        items[i].programId = programId;
        items[i].content = QStringLiteral("Nội dung công việc số %1").arg(i + 1);
        items[i].leadUnitId = units[i % units.size()].id;
        items[i].status = Status::Draft;
    }
    storage::ItemService(db).add(items);
}

} // namespace

TEST_P(OthersChanges, AnEditInOneWindowAppearsInTheOtherKeepingItsSelection)
{
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    addProgram(shared.db(), 80);
    const QString path = shared.spec();
    gui::MainWindow reader, writer;
    for (gui::MainWindow* w : {&reader, &writer}) {
        w->setToday(QDate(2023, 7, 1));
        w->resize(1200, 700);
        w->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(w));
        ASSERT_TRUE(w->openDatabase(path, 2023));
    }
    ASSERT_NE(reader.context().database()->connection().connectionName(),
              writer.context().database()->connection().connectionName());
    reader.context().changeNotifier()->setPollInterval(20);

    // The reader looks at rows 40 to 42, the current one 41, scrolled down.
    QTableView* view = itemsView(reader);
    const QModelIndex current = view->model()->index(41, ItemTableModel::Content);
    view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(QItemSelection(view->model()->index(40, 0), view->model()->index(42, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(current, QAbstractItemView::PositionAtTop);
    const int scrolled = view->verticalScrollBar()->value();
    const qint64 currentId = current.data(ItemTableModel::ItemIdRole).toLongLong();

    // The writer changes an item in the draft.
    ItemTableModel& model = itemModel(writer);
    int row = 0;
    while (row < model.rowCount() && model.item(row).status != Status::Draft)
        ++row;
    ASSERT_LT(row, model.rowCount());
    const qint64 changedId = model.item(row).id;
    const QString text = QStringLiteral("Nội dung do cửa sổ kia sửa");
    ASSERT_TRUE(model.setData(model.index(row, ItemTableModel::Content), text));

    ItemTableModel& shown = itemModel(reader);
    QElapsedTimer t;
    t.start();
    while (shown.item(shown.rowOfId(changedId)).content != text && t.elapsed() < 3000)
        QTest::qWait(10);
    EXPECT_EQ(shown.item(shown.rowOfId(changedId)).content, text);
    EXPECT_EQ(view->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong(), currentId);
    EXPECT_EQ(view->selectionModel()->selectedRows().size(), 3);
    EXPECT_EQ(view->verticalScrollBar()->value(), scrolled);
}

INSTANTIATE_TEST_SUITE_P(Backends, OthersChanges, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         wp::test::backendName);
