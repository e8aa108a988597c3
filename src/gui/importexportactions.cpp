// Menu "Tệp": import and export of the shown year's items.
#include "workprogram/gui/importexportactions.h"

#include "windowtext.h"

#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/exporter.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/programrepository.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QToolBar>

namespace wp::gui {

ImportExportActions::ImportExportActions(WindowContext& context)
    : QObject(&context), m_context(context), m_import(new QAction(WindowText::tr("Nhập từ &Excel/CSV…"), this)),
      m_exportView(new QAction(WindowText::tr("Xuất &danh sách đang hiển thị…"), this)),
      m_exportYear(new QAction(WindowText::tr("Xuất cả chương t&rình năm…"), this))
{
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportView->setObjectName(QStringLiteral("exportViewAction"));
    m_exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportYear->setObjectName(QStringLiteral("exportYearAction"));
    m_exportYear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    const WindowContext::Places& places = context.places();
    places.fileMenu->addActions({m_import, m_exportView, m_exportYear});
    places.fileMenu->addSeparator();
    places.toolBar->addSeparator();
    places.toolBar->addActions({m_import, m_exportYear});

    connect(m_import, &QAction::triggered, this, [this] { importFile(); });
    connect(m_exportView, &QAction::triggered, this, [this] { exportItems(true); });
    connect(m_exportYear, &QAction::triggered, this, [this] { exportItems(false); });
    connect(&context, &WindowContext::databaseChanged, this, &ImportExportActions::updateActions);
    connect(&context, &WindowContext::userChanged, this, &ImportExportActions::updateActions);
    connect(context.items(), &QAbstractItemModel::modelReset, this, &ImportExportActions::updateActions);
    connect(context.items(), &models::ItemTableModel::loadCompleted, this, &ImportExportActions::updateActions);
    updateActions();
}

void ImportExportActions::updateActions()
{
    const bool open = m_context.database() != nullptr && m_context.mayShowData();
    const bool items = open && m_context.items()->rowCount() > 0;
    m_import->setEnabled(open);
    m_exportYear->setEnabled(items);
    m_exportView->setEnabled(items);
}

void ImportExportActions::importFile(const QString& path)
{
    if (!m_context.database() || !m_context.mayShowData() || !m_context.confirmUser())
        return;
    ImportWizard wizard(*m_context.database(), m_context.year(), m_context.dialogParent());
    // The import is recorded as the person signed in and limited by their role (io::ImportOptions::actor).
    wizard.setImporter(m_context.user());
    if (!path.isEmpty())
        wizard.setFileName(path);
    wizard.exec();
    if (wizard.importedCount() > 0) {
        // An import is its own transaction, not an undo step: read the year again. The database
        // stays open (reopening it destroyed the object the path was read from, and signed the
        // person out).
        m_context.showYear(m_context.year());
        m_context.showMessage(WindowText::tr("Đã nhập %n nội dung.", nullptr, wizard.importedCount()), 10000);
    }
}

void ImportExportActions::exportItems(bool currentViewOnly, const QString& chosenPath)
{
    storage::Database* db = m_context.database();
    if (!db)
        return;
    const models::ItemTableModel* model = m_context.items();
    QString path = chosenPath;
    if (path.isEmpty()) {
        const QString suggested = WindowText::tr("chuong-trinh-cong-tac-%1.xlsx").arg(model->year());
        path = Prompts::saveFileName(m_context.dialogParent(),
                                     currentViewOnly ? WindowText::tr("Xuất danh sách đang hiển thị")
                                                     : WindowText::tr("Xuất cả chương trình"),
                                     suggested, WindowText::tr("Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"));
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    QVector<Item> items;
    if (currentViewOnly) {
        const models::ItemFilterProxy* proxy = m_context.proxy();
        for (int r = 0; r < proxy->rowCount(); ++r)
            items.append(model->item(proxy->mapToSource(proxy->index(r, 0)).row()));
    } else {
        items = model->items();
    }
    QVector<Unit> units;
    for (const Unit& u : model->units())
        units.append(u);
    const std::optional<Program> program = storage::ProgramRepository(*db).byYear(model->year());
    const QString title = program ? program->title : Program::defaultTitle(model->year());
    const QString error = io::Exporter(items, units).writeFile(path, title);
    if (!error.isEmpty()) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không xuất được"), error);
        return;
    }
    m_context.showMessage(WindowText::tr("Đã xuất %1 nội dung ra %2").arg(Prompts::number(items.size()), path), 10000);
}

} // namespace wp::gui
