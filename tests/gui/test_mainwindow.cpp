// The real MainWindow, offscreen, driven with QTest as a user would drive it.
#include "forms.h"
#include "freshwindow.h"
#include "modal.h"
#include "officefile.h"
#include "testsupport.h"

#include "workprogram/gui/bulkeditdialog.h"
#include "workprogram/gui/editactions.h"
#include "workprogram/gui/importexportactions.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/unitpicker.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace wp;
using gui::MainWindow;
using models::ItemTableModel;

using wp::test::onNextModal;

namespace {

/// Runs @p drive on the next modal dialog as soon as it is shown.

struct Window : test::DemoWindow
{
    Window() : DemoWindow(io::SampleData::Stage::Amending, true) {}
    /// The widget @p name of the window's form.
    template <class T>
    T* widget(const char* name)
    {
        return test::named<T>(window.get(), name);
    }
    int shown() { return window->context().proxy()->rowCount(); }
    std::unique_ptr<storage::Database> freshConnection() { return storage::Database::open(dbPath); }
    int itemsInDatabase()
    {
        auto db = freshConnection();
        return storage::ItemRepository(*db).count(storage::ProgramRepository(*db).byYear(2023)->id);
    }
};

} // namespace

TEST_F(Window, OpensTheDemoWithTitleCountsAndAttention)
{
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("demo.sqlite")));
    EXPECT_EQ(shown(), 535);
    EXPECT_EQ(widget<QLabel>("countLabel")->text(), QStringLiteral("Hiển thị 535/535 nội dung"));
    EXPECT_EQ(widget<QTableView>("countsView")->model()->rowCount(), 18);
    EXPECT_EQ(widget<QTableView>("countsView")->model()->index(17, models::UnitCountsModel::Total).data().toInt(), 535);
    EXPECT_TRUE(widget<QLabel>("attentionLabel")->isVisible());
    EXPECT_TRUE(widget<QLabel>("attentionLabel")->text().contains(QStringLiteral("quá hạn")));
}

TEST_F(Window, TypingInTheSearchBoxFiltersIgnoringAccents)
{
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(widget<QLineEdit>("searchEdit")->hasFocus());
    QTest::keyClicks(widget<QLineEdit>("searchEdit"), QStringLiteral("viet - han"));
    EXPECT_EQ(shown(), 1);
    EXPECT_EQ(widget<QLabel>("countLabel")->text(), QStringLiteral("Hiển thị 1/535 nội dung"));
    EXPECT_TRUE(widget<QTableView>("itemsView")
                    ->model()
                    ->index(0, ItemTableModel::Content)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Việt – Hàn")));
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(shown(), 535);
    EXPECT_TRUE(widget<QLineEdit>("searchEdit")->text().isEmpty());
}

TEST_F(Window, ClickingAUnitInTheCountsFiltersTheList)
{
    const QModelIndex justice = widget<QTableView>("countsView")->model()->index(3, models::UnitCountsModel::Total);
    ASSERT_EQ(justice.data().toInt(), 23);
    QTest::mouseClick(widget<QTableView>("countsView")->viewport(), Qt::LeftButton, {},
                      widget<QTableView>("countsView")->visualRect(justice).center());
    EXPECT_EQ(shown(), 23);
    EXPECT_EQ(widget<QComboBox>("leadFilter")->currentText(), QStringLiteral("Phòng Tư pháp"));
    const QModelIndex overdue = widget<QTableView>("countsView")->model()->index(3, models::UnitCountsModel::Overdue);
    QTest::mouseClick(widget<QTableView>("countsView")->viewport(), Qt::LeftButton, {},
                      widget<QTableView>("countsView")->visualRect(overdue).center());
    EXPECT_EQ(shown(), overdue.data().toInt());
    EXPECT_TRUE(widget<QCheckBox>("overdueCheck")->isChecked());
}

TEST_F(Window, EditingACellWritesTheDatabaseAndUndoRestoresIt)
{
    QTableView* view = widget<QTableView>("itemsView");
    // An item in the draft (the leader of an approved one is locked, with nobody signed in too).
    int source = 0;
    while (source < window->context().items()->rowCount() &&
           window->context().items()->item(source).status != Status::InDraft)
        ++source;
    ASSERT_LT(source, window->context().items()->rowCount());
    const int row = window->context().proxy()->mapFromSource(window->context().items()->index(source, 0)).row();
    const QModelIndex cell = view->model()->index(row, ItemTableModel::Leader);
    const qint64 id = cell.data(ItemTableModel::ItemIdRole).toLongLong();
    const QString before = cell.data().toString();
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = view->viewport()->findChild<QComboBox*>();
    ASSERT_TRUE(editor);
    editor->setEditText(QStringLiteral("PCT Trần Thị B"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    auto db = freshConnection();
    EXPECT_EQ(storage::ItemRepository(*db).byId(id)->leader, QStringLiteral("PCT Trần Thị B"));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storage::ItemRepository(*db).byId(id)->leader, before);
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(storage::ItemRepository(*db).byId(id)->leader, QStringLiteral("PCT Trần Thị B"));
}

TEST_F(Window, AnUnreadableDeadlineIsRefusedInTheCell)
{
    QTableView* view = widget<QTableView>("itemsView");
    const QModelIndex cell = view->model()->index(0, ItemTableModel::Deadline);
    const qint64 id = cell.data(ItemTableModel::ItemIdRole).toLongLong();
    const QString before = cell.data(ItemTableModel::EditTextRole).toString();
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = view->viewport()->findChild<QLineEdit*>();
    ASSERT_TRUE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Quy V")); // QTest types ASCII only
    EXPECT_FALSE(editor->toolTip().isEmpty()) << "the editor says why while typing";
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    auto db = freshConnection();
    EXPECT_EQ(storage::ItemRepository(*db).byId(id)->deadline.text(), before);
    EXPECT_EQ(window->context().undoStack()->count(), 0);
}

TEST_F(Window, NewItemThroughTheDialogWithValidation)
{
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ItemDialog*>(modal);
        ASSERT_TRUE(dialog);
        dialog->accept(); // empty content: refused, the dialog stays open
        EXPECT_TRUE(dialog->isVisible());
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("contentEdit"))
            ->setPlainText(QStringLiteral("Kế hoạch mới về chuyển đổi số"));
        auto* lead = dialog->findChild<gui::UnitComboBox*>(QStringLiteral("leadCombo"));
        lead->setEditText(QStringLiteral("Phòng Tư pháp"));
        dialog->findChild<QLineEdit*>(QStringLiteral("deadlineEdit"))->setText(QStringLiteral("Quý IV"));
        dialog->accept();
    });
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(itemsInDatabase(), 536);
    EXPECT_EQ(shown(), 536);
    const Item& added = window->context().items()->items().last();
    EXPECT_EQ(added.content, QStringLiteral("Kế hoạch mới về chuyển đổi số"));
    EXPECT_EQ(added.number, 536);
    EXPECT_EQ(added.deadline.due(), QDate(2023, 12, 31));
    EXPECT_EQ(widget<QTableView>("countsView")->model()->index(3, models::UnitCountsModel::Total).data().toInt(), 24);
    window->context().undoStack()->undo();
    EXPECT_EQ(itemsInDatabase(), 535);
}

TEST_F(Window, DeleteAsksShowingWhatAndCanBeUndone)
{
    // Only drafts are deleted: a new row (a draft) is.
    Item draft = window->context().items()->item(0);
    draft.id = 0;
    draft.number = 0;
    draft.status = Status::Draft;
    ASSERT_TRUE(window->context().editor()->addItems({draft}, QStringLiteral("thêm")));
    ASSERT_EQ(itemsInDatabase(), 536);
    const int last = window->context().items()->rowCount() - 1;
    widget<QTableView>("itemsView")
        ->selectRow(window->context().proxy()->mapFromSource(window->context().items()->index(last, 0)).row());
    widget<QTableView>("itemsView")->setFocus();
    gui::Prompts::setNextAnswer(QMessageBox::No);
    QTest::keyClick(widget<QTableView>("itemsView"), Qt::Key_Delete);
    EXPECT_EQ(itemsInDatabase(), 536) << "answered No";
    ASSERT_FALSE(gui::Prompts::shownMessages().isEmpty());
    EXPECT_TRUE(gui::Prompts::shownMessages().last().contains(QStringLiteral("Xóa 1 nội dung")));
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(widget<QTableView>("itemsView"), Qt::Key_Delete);
    EXPECT_EQ(itemsInDatabase(), 535);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(itemsInDatabase(), 536);
}

TEST_F(Window, DeletingAnApprovedItemIsRefusedAndSaysWhy)
{
    const Item approved = window->context().items()->item(0);
    ASSERT_EQ(approved.status, Status::Approved);
    widget<QTableView>("itemsView")
        ->selectRow(window->context().proxy()->mapFromSource(window->context().items()->index(0, 0)).row());
    widget<QTableView>("itemsView")->setFocus();
    gui::Prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(widget<QTableView>("itemsView"), Qt::Key_Delete);
    EXPECT_EQ(itemsInDatabase(), 535);
    EXPECT_EQ(window->context().undoStack()->count(), 0);
    ASSERT_FALSE(gui::Prompts::shownMessages().isEmpty());
    EXPECT_TRUE(gui::Prompts::shownMessages().last().contains(
        QStringLiteral("Nội dung số %1 đang ở trạng thái \"Đã phê duyệt\": chỉ xóa được nội dung \"Nháp\"")
            .arg(approved.number)))
        << gui::Prompts::shownMessages().last().toStdString();
}

TEST_F(Window, BulkEditIsOneUndoStep)
{
    // Five items being carried out reported done (the undo takes them back: done → in progress).
    QVector<int> rows;
    for (int r = 0; r < window->context().items()->rowCount() && rows.size() < 5; ++r)
        if (window->context().items()->item(r).status == Status::InProgress)
            rows.append(r);
    ASSERT_EQ(rows.size(), 5);
    for (int r : rows)
        widget<QTableView>("itemsView")
            ->selectionModel()
            ->select(window->context().proxy()->mapFromSource(window->context().items()->index(r, 0)),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<gui::BulkEditDialog*>(modal);
        ASSERT_TRUE(dialog);
        dialog->findChild<QCheckBox*>(QStringLiteral("statusCheck"))->setChecked(true);
        auto* status = dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(int(Status::Done)));
        dialog->accept();
    });
    test::area<gui::EditActions>(window.get())->bulkEdit();
    EXPECT_EQ(window->context().undoStack()->count(), 1);
    for (int r : rows)
        EXPECT_EQ(window->context().items()->item(r).status, Status::Done);
    window->context().undoStack()->undo();
    for (int r : rows)
        EXPECT_EQ(window->context().items()->item(r).status, Status::InProgress);
}

TEST_F(Window, UndoNeverSpansAChangeOfYear)
{
    ASSERT_TRUE(window->context().items()->setData(window->context().items()->index(0, ItemTableModel::Note),
                                                   QStringLiteral("x")));
    EXPECT_EQ(window->context().undoStack()->count(), 1);
    window->context().showYear(2024);
    EXPECT_EQ(window->context().undoStack()->count(), 0);
    EXPECT_EQ(shown(), 0);
    EXPECT_EQ(widget<QTableView>("countsView")
                  ->model()
                  ->index(widget<QTableView>("countsView")->model()->rowCount() - 1, 1)
                  .data()
                  .toInt(),
              0);
}

TEST_F(Window, ImportWizardPreviewsMapsAndImports)
{
    const QString xlsx = dir.filePath(QStringLiteral("office.xlsx"));
    QVector<test::OfficeRow> rows = test::articleRows().mid(0, 40);
    ASSERT_TRUE(test::writeOfficeXlsx(xlsx, rows));
    auto db = freshConnection();
    gui::ImportWizard wizard(*db, 2024, window.get());
    wizard.setFileName(xlsx);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    EXPECT_TRUE(wizard.plan().result.ok);
    EXPECT_EQ(wizard.plan().result.itemsAdded, 38) << "40 rows minus two section headings";
    EXPECT_EQ(wizard.plan().result.header.rowNumber, 6);
    EXPECT_GT(wizard.previewTable()->rowCount(), 40);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::SummaryPage);
    EXPECT_EQ(wizard.importedCount(), 38);
    EXPECT_EQ(storage::ItemRepository(*db).count(storage::ProgramRepository(*db).byYear(2024)->id), 38);
}

// Issue 14: the window crashed (SIGSEGV) after every successful import from the wizard: it
// reopened the database with a path that lived in the database object it destroyed.
TEST_F(Window, ASuccessfulImportFromTheWizardKeepsTheWindowAndShowsTheNewItems)
{
    const QString xlsx = dir.filePath(QStringLiteral("office.xlsx"));
    ASSERT_TRUE(test::writeOfficeXlsx(xlsx, test::articleRows().mid(0, 40)));
    for (int round = 0; round < 2; ++round) { // "2 of 2 tries"
        const int before = shown();
        onNextModal([xlsx](QWidget* modal) {
            auto* wizard = qobject_cast<gui::ImportWizard*>(modal);
            ASSERT_TRUE(wizard);
            wizard->setFileName(xlsx);
            wizard->next();
            ASSERT_EQ(wizard->currentId(), gui::ImportWizard::PreviewPage);
            wizard->next();
            ASSERT_EQ(wizard->currentId(), gui::ImportWizard::SummaryPage);
            wizard->accept(); // "Xong"
        });
        test::area<gui::ImportExportActions>(window.get())->importFile();
        EXPECT_EQ(shown(), before + 38) << "round " << round;
        EXPECT_EQ(itemsInDatabase(), 535 + 38 * (round + 1));
        EXPECT_EQ(window->windowFilePath(), dbPath);
        EXPECT_TRUE(window->isVisible());
    }
}

TEST_F(Window, ABadFileShowsItsErrorsAndChangesNothing)
{
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(csv, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n"
                                        "1,Kế hoạch A,Phòng TC-KH,Quý II\n"
                                        "2,Kế hoạch B,Phòng Không Có,Quý V\n")
                             .toUtf8());
    onNextModal([csv](QWidget* modal) {
        auto* wizard = qobject_cast<gui::ImportWizard*>(modal);
        ASSERT_TRUE(wizard);
        wizard->setFileName(csv);
        wizard->next();
        EXPECT_EQ(wizard->currentId(), gui::ImportWizard::PreviewPage);
        EXPECT_EQ(wizard->plan().result.errors.size(), 2);
        // The errors first; warnings (here: the numbers taken in the year) after them.
        ASSERT_GE(wizard->errorList()->count(), 2);
        EXPECT_TRUE(wizard->errorList()->item(0)->text().startsWith(QStringLiteral("Dòng 3, cột Cơ quan chủ trì:")));
        EXPECT_TRUE(wizard->errorList()->item(1)->text().startsWith(QStringLiteral("Dòng 3, cột Thời hạn:")));
        // The bad row is marked in the preview.
        const QTableWidget* table = wizard->previewTable();
        bool marked = false;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->verticalHeaderItem(r)->text() == QStringLiteral("3"))
                marked = table->item(r, 2)->background().color() != QColor(Qt::white) &&
                         table->item(r, 2)->background().style() != Qt::NoBrush;
        EXPECT_TRUE(marked);
        wizard->next(); // refused: errors
        EXPECT_EQ(wizard->currentId(), gui::ImportWizard::PreviewPage);
        wizard->reject();
    });
    test::area<gui::ImportExportActions>(window.get())->importFile();
    EXPECT_EQ(itemsInDatabase(), 535);
}

TEST_F(Window, ExportOfTheCurrentViewWritesOnlyTheShownRows)
{
    widget<QLineEdit>("searchEdit")->setText(QStringLiteral("tu phap"));
    const int visible = shown();
    ASSERT_GT(visible, 0);
    const QString out = dir.filePath(QStringLiteral("view.json"));
    test::area<gui::ImportExportActions>(window.get())->exportItems(true, out);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(doc.value(QStringLiteral("items")).toArray().size(), visible);
}
