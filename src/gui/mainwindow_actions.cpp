// The editing, import and export actions of the main window.
#include "workprogram/gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "workprogram/gui/bulkeditdialog.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/exporter.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/programrepository.h"

#include <QFileInfo>
#include <QStatusBar>
#include <QUndoStack>

namespace wp::gui {

using models::ItemTableModel;

namespace {
// The program of the shown year, created when the first item is added to an empty year.
qint64 ensureProgram(storage::Database& db, const ItemTableModel& model, models::ItemLoader& loader)
{
    if (model.programId())
        return model.programId();
    const Program p = storage::ProgramRepository(db).ensure(model.year());
    loader.load(db, p.id, model.year(), model.today());
    return p.id;
}
} // namespace

void MainWindow::newItem()
{
    if (!m_db)
        return;
    Item it;
    it.status = Status::Draft;
    it.number = 0;
    const QVector<qint64> selected = selectedIds();
    if (!selected.isEmpty()) // a new item usually belongs with the one being looked at
        it.leadUnitId = m_model->item(m_model->rowOfId(selected.first())).leadUnitId;
    it.number = m_model->items().isEmpty() ? 1 : m_model->items().last().number + 1;
    ItemDialog dialog(*m_model, it, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Item created = dialog.item();
    created.programId = ensureProgram(*m_db, *m_model, *m_loader);
    if (m_editor->addItems({created}, tr("Thêm nội dung số %1").arg(created.number))) {
        const int row = m_model->rowOfId(m_model->items().isEmpty() ? 0 : m_model->items().last().id);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ItemTableModel::Content));
        m_ui->itemsView->setCurrentIndex(index);
        m_ui->itemsView->scrollTo(index);
    }
}

void MainWindow::duplicateItems()
{
    QVector<Item> copies;
    for (qint64 id : selectedIds()) {
        Item copy = m_model->item(m_model->rowOfId(id));
        copy.id = 0;
        copy.number = 0; // the next free numbers
        copy.status = Status::Draft;
        copies.append(copy);
    }
    if (!copies.isEmpty())
        m_editor->addItems(copies, tr("Nhân bản %n nội dung", nullptr, int(copies.size())));
}

void MainWindow::editInDialog()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    ItemDialog dialog(*m_model, m_model->item(m_model->rowOfId(ids.first())), this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->editItems({dialog.item()}, tr("Sửa nội dung số %1").arg(dialog.item().number));
}

void MainWindow::bulkEdit()
{
    QVector<Item> selected;
    for (qint64 id : selectedIds())
        selected.append(m_model->item(m_model->rowOfId(id)));
    if (selected.isEmpty())
        return;
    BulkEditDialog dialog(*m_model, selected, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->editItems(dialog.result(), tr("Sửa hàng loạt %n nội dung", nullptr, int(selected.size())));
}

void MainWindow::deleteItems()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList lines;
    for (qint64 id : ids) {
        if (lines.size() == 10) {
            lines.append(tr("… và %n nội dung khác", nullptr, int(ids.size()) - 10));
            break;
        }
        const Item& it = m_model->item(m_model->rowOfId(id));
        lines.append(QStringLiteral("%1. %2").arg(it.number).arg(it.content.left(90)));
    }
    if (Prompts::question(this, tr("Xóa nội dung"),
                          tr("Xóa %n nội dung sau khỏi chương trình?", nullptr, int(ids.size())),
                          lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                              tr("Có thể hoàn tác bằng Ctrl+Z.")) != QMessageBox::Yes)
        return;
    m_editor->removeItems(ids, tr("Xóa %n nội dung", nullptr, int(ids.size())));
}

void MainWindow::importFile(const QString& path)
{
    if (!m_db)
        return;
    ImportWizard wizard(*m_db, m_model->year(), this);
    if (!path.isEmpty())
        wizard.setFileName(path);
    wizard.exec();
    if (wizard.importedCount() > 0) {
        // An import is its own transaction, not an undo step: read the year again. The database
        // stays open (reopening it destroyed the object the path was read from, and signed the
        // person out).
        showYear(m_model->year());
        statusBar()->showMessage(tr("Đã nhập %n nội dung.", nullptr, wizard.importedCount()), 10000);
    }
}

void MainWindow::exportItems(bool currentViewOnly, const QString& chosenPath)
{
    if (!m_db)
        return;
    QString path = chosenPath;
    if (path.isEmpty()) {
        const QString suggested = tr("chuong-trinh-cong-tac-%1.xlsx").arg(m_model->year());
        path = Prompts::saveFileName(this,
                                     currentViewOnly ? tr("Xuất danh sách đang hiển thị") : tr("Xuất cả chương trình"),
                                     suggested, tr("Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"));
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    QVector<Item> items;
    if (currentViewOnly) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            items.append(m_model->item(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    } else {
        items = m_model->items();
    }
    QVector<Unit> units;
    for (const Unit& u : m_model->units())
        units.append(u);
    const std::optional<Program> program = storage::ProgramRepository(*m_db).byYear(m_model->year());
    const QString title = program ? program->title : Program::defaultTitle(m_model->year());
    const QString error = io::Exporter(items, units).writeFile(path, title);
    if (!error.isEmpty()) {
        Prompts::warning(this, tr("Không xuất được"), error);
        return;
    }
    statusBar()->showMessage(tr("Đã xuất %1 nội dung ra %2").arg(items.size()).arg(path), 10000);
}

} // namespace wp::gui
