// Other people's changes appear without restarting (issue 13): two windows on one database, one
// edits, the other shows the new value with its selection and current row kept.
#include "testsupport.h"

#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemtablemodel.h"

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

} // namespace

TEST(OthersChanges, AnEditInOneWindowAppearsInTheOtherKeepingItsSelection)
{
    QSettings().clear();
    gui::Prompts::setNonInteractive(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chung.sqlite"));
    {
        auto db = storage::Database::open(path);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db, io::SampleData::Stage::Amending);
    }
    gui::MainWindow reader, writer;
    for (gui::MainWindow* w : {&reader, &writer}) {
        w->setToday(QDate(2023, 7, 1));
        w->resize(1200, 700);
        w->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(w));
        ASSERT_TRUE(w->openDatabase(path, 2023));
    }
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
    while (row < model.rowCount() && model.item(row).status != Status::InDraft)
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
