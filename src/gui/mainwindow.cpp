#include "workprogram/gui/mainwindow.h"

#include "countscolumnfit.h"
#include "filterbar.h"
#include "flowlayout.h"
#include "screenfit.h"
#include "timing.h"
#include "ui_mainwindow.h"

#include "workprogram/gui/adminactions.h"
#include "workprogram/gui/backupactions.h"
#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/editactions.h"
#include "workprogram/gui/helpactions.h"
#include "workprogram/gui/historypanel.h"
#include "workprogram/gui/importexportactions.h"
#include "workprogram/gui/itemdelegate.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportactions.h"
#include "workprogram/gui/reviewscreens.h"
#include "workprogram/gui/settingsactions.h"
#include "workprogram/gui/signinactions.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemsync.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTiming, "workprogram.timing")

namespace wp::gui {

using models::ItemTableModel;
using models::UnitCountsModel;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_model(new ItemTableModel(this)),
      m_loader(std::make_unique<models::ItemLoader>(*m_model)),
      m_editor(new models::ItemEditor(*m_model, *m_loader, this)), m_proxy(new models::ItemFilterProxy(this)),
      m_counts(new UnitCountsModel(m_model, this)), m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_editor->setUndoStack(m_undo);
    m_proxy->setItemModel(m_model);
    m_ui->itemsView->setModel(m_proxy);
    m_ui->itemsView->viewport()->installEventFilter(this); // the timing log's "first rows shown"
    m_ui->itemsView->setItemDelegate(new ItemDelegate(m_model, this));
    m_ui->itemsView->sortByColumn(ItemTableModel::Number, Qt::AscendingOrder);
    m_ui->itemsView->verticalHeader()->hide();
    // Whole lines from the font: ItemDelegate::RowLines lines, a longer text elided on the last
    // one (its whole text in the tooltip).
    m_ui->itemsView->verticalHeader()->setDefaultSectionSize(
        m_ui->itemsView->fontMetrics().height() * ItemDelegate::RowLines + 8);
    QHeaderView* header = m_ui->itemsView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    // At least as wide as the header's words in the UI language (English ones are longer).
    const int widths[] = {48, 420, 170, 170, 140, 150, 150, 70, 100, 130, 160};
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                        header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 8;
    for (int c = 0; c < ItemTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        header->resizeSection(c, std::max(widths[c], header->fontMetrics().horizontalAdvance(title) + padding));
    }
    m_ui->countsView->setModel(m_counts);
    m_ui->countsView->verticalHeader()->hide();
    m_ui->countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The unit's name is what the reader looks for first: never squeezed to make room for
    // the status columns (the panel scrolls sideways instead). One line per unit.
    m_ui->countsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->countsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->countsView->verticalHeader()->setDefaultSectionSize(m_ui->countsView->fontMetrics().height() + 6);
    new CountsColumnFit(m_ui->countsView); // ... but the total always fits beside it
    m_ui->attentionLabel->hide();
    foldFilterBar();
    m_filters = new FilterBar(*m_ui, *m_model, *m_proxy, this);

    WindowContext::Places places;
    places.window = this;
    places.menuBar = m_ui->menuBar;
    places.fileMenu = m_ui->fileMenu;
    places.editMenu = m_ui->editMenu;
    places.viewMenu = m_ui->viewMenu;
    places.reviewMenu = m_ui->reviewMenu;
    places.reportsMenu = m_ui->reportsMenu;
    places.helpMenu = m_ui->helpMenu;
    places.toolBar = m_ui->mainToolBar;
    places.statusBar = m_ui->statusBar;
    places.itemsView = m_ui->itemsView;
    places.countsView = m_ui->countsView;
    m_context = new WindowContext(*this, places, {m_model, m_loader.get(), m_editor, m_proxy, m_counts, m_undo}, this);
    m_ui->viewMenu->addAction(m_ui->countsDock->toggleViewAction());
    m_ui->countsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));

    // The areas behind the menus, in the order of their entries. A new area is a new class
    // constructed here on the context (docs/gui-structure.md).
    // Beside "Mở": a server database is opened like a file (issue 13).
    auto* connectAction = new QAction(tr("Kết nối máy c&hủ…"), this);
    connectAction->setObjectName(QStringLiteral("connectServerAction"));
    const QList<QAction*> fileEntries = m_ui->fileMenu->actions();
    const qsizetype afterOpen = fileEntries.indexOf(m_ui->openAction) + 1;
    m_ui->fileMenu->insertAction(afterOpen < fileEntries.size() ? fileEntries.at(afterOpen) : nullptr, connectAction);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectServer);
    new EditActions(*m_context);
    new ImportExportActions(*m_context);
    m_backup = new BackupActions(*m_context);
    m_signIn = new SignInActions(*m_context);
    new ReviewScreens(*m_context);
    new AdminActions(*m_context);
    new ProgramActions(*m_context);
    new ReportActions(*m_context);
    new HelpActions(*m_context); // before SettingsActions: its "Giới thiệu" closes the help menu
    new SettingsActions(*m_context);
    m_ui->fileMenu->addSeparator();
    m_ui->fileMenu->addAction(m_ui->quitAction);

    m_history = new HistoryPanel(*m_context, this);
    // The panels beside the table, not under it: a laptop's 768 px are short of height, not of
    // width, and under the table they left it about 7 rows (issue 14).
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    tabifyDockWidget(m_ui->countsDock, m_history);
    m_ui->countsDock->raise();
    m_ui->viewMenu->addAction(m_history->showAction());

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    // The person's choice only (activated): openDatabase fills and sets the list itself.
    connect(m_ui->yearCombo, &QComboBox::activated, this,
            [this](int index) { showYear(m_ui->yearCombo->itemData(index).toInt()); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_model, &ItemTableModel::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(Prompts::sentence(message), 10000);
        Prompts::warning(this, tr("Không lưu được"), message);
    });
    connect(m_model, &ItemTableModel::itemsChanged, this, &MainWindow::updateAttention);
    connect(m_context, &WindowContext::othersChanged, this, &MainWindow::showOthersChanges);
    connect(m_ui->countsView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        m_filters->filterFromCounts(index.data(UnitCountsModel::UnitIdRole).toLongLong(), index.column());
    });
    connect(m_ui->attentionLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        m_filters->filterFromCounts(0, link == QLatin1String("overdue") ? UnitCountsModel::Overdue
                                                                        : UnitCountsModel::DueSoon);
    });
    // Signing in shows the program, signing out (or a locked account) hides it again.
    connect(m_context, &WindowContext::userChanged, this, [this] {
        if (!m_opening && m_context->database() && m_dataHidden == m_context->mayShowData())
            showYear(m_ui->yearCombo->currentData().toInt());
    });
    restoreLayout();
    m_filters->updateCount();
}

void MainWindow::foldFilterBar()
{
    // Each label stays with its field; on a narrow screen the pairs fold onto further lines
    // instead of holding the window wider than the screen.
    auto* panel = new QWidget(m_ui->centralWidget);
    panel->setObjectName(QStringLiteral("filterPanel"));
    auto* flow = new FlowLayout(panel);
    QHBoxLayout* bar = m_ui->filterBar;
    const QVector<QVector<QWidget*>> groups = {
        {m_ui->leadLabel, m_ui->leadFilter},     {m_ui->coLabel, m_ui->coFilter},
        {m_ui->statusLabel, m_ui->statusFilter}, {m_ui->groupLabel, m_ui->groupFilter},
        {m_ui->leaderLabel, m_ui->leaderFilter}, {m_ui->fromLabel, m_ui->dueFromEdit, m_ui->toLabel, m_ui->dueToEdit},
    };
    for (const QVector<QWidget*>& group : groups) {
        auto* box = new QWidget(panel);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : group) {
            bar->removeWidget(w);
            row->addWidget(w);
        }
        flow->addWidget(box);
    }
    const int index = m_ui->centralLayout->indexOf(bar);
    m_ui->centralLayout->removeItem(bar);
    delete bar; // its spacer with it; the fields live in the panel now
    m_ui->filterBar = nullptr;
    m_ui->centralLayout->insertWidget(index, panel);
}

MainWindow::~MainWindow() = default;

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_awaitingFirstPaint && watched == m_ui->itemsView->viewport() &&
        m_model->rowCount() > 0) {
        m_awaitingFirstPaint = false;
        qCInfo(lcTiming) << "database opened and first rows shown in" << m_openTimer.elapsed() << "ms,"
                         << m_model->rowCount() << "items";
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::openDatabase(const QString& path, int year)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_offeringRestore) {
        m_openTimer.start();
        m_awaitingFirstPaint = true;
    }
    std::unique_ptr<storage::Database> db;
    try {
        db = storage::Database::open(path);
        // A damaged file is refused before anything is read from it or written to it.
        const storage::Maintenance::CheckResult check = storage::Maintenance::quickCheck(*db);
        if (!check.ok) {
            db.reset();
            throw storage::StorageError(
                tr("%1 bị hỏng: %2").arg(QFileInfo(path).fileName(), check.problems.join(QLatin1Char('\n'))));
        }
    } catch (const wp::Error& e) {
        db.reset();
        if (storage::Database::isServer(path)) { // no file to restore: say why and stay as it was
            Prompts::warning(this, tr("Không kết nối được"), e.message());
            return false;
        }
        if (m_offeringRestore || !m_backup->offerRestore(path, e.message()))
            return false;
        m_offeringRestore = true; // one offer per opening: never a loop of restores
        const bool reopened = openDatabase(path, year);
        m_offeringRestore = false;
        return reopened;
    }
    // Undo never spans a change of database, and accounts belong to a database: whoever was
    // signed in to the old one is not in this one.
    m_opening = true; // the sign-out of setDatabase shows nothing: the year is shown below
    m_context->setDatabase(std::move(db));
    m_opening = false;
    const bool server = storage::Database::isServer(path);
    setWindowTitle(tr("%1 — Quản lý Chương trình công tác")
                       .arg(server ? serverName(m_context->database()->location()) : QFileInfo(path).fileName()));
    setWindowFilePath(server ? QString() : path);
    m_ui->yearCombo->blockSignals(true);
    m_ui->yearCombo->clear();
    const QVector<Program> programs = storage::ProgramRepository(*m_context->database()).all();
    for (const Program& p : programs)
        m_ui->yearCombo->addItem(QString::number(p.year), p.year);
    if (year == 0)
        year = programs.isEmpty() ? QDate::currentDate().year() : programs.last().year;
    if (m_ui->yearCombo->findData(year) < 0)
        m_ui->yearCombo->addItem(QString::number(year), year);
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(year));
    m_ui->yearCombo->blockSignals(false);
    showYear(year);
    qCInfo(lcTiming) << "database opened and all" << m_model->rowCount() << "items loaded in" << timer.elapsed()
                     << "ms";
    if (!server) // a server's URL may carry its password: only files are remembered here
        QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    m_backup->runDailyBackup();
    return true;
}

bool MainWindow::signIn()
{
    return m_signIn->signIn();
}

void MainWindow::showYear(int year)
{
    storage::Database* db = m_context->database();
    if (!db)
        return;
    m_undo->clear(); // nor a change of year
    {
        // The year list shows the year (a rollover's new year is added to it).
        const QSignalBlocker block(m_ui->yearCombo);
        if (m_ui->yearCombo->findData(year) < 0)
            m_ui->yearCombo->addItem(QString::number(year), year);
        m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(year));
    }
    // On a database with accounts nothing of the program is shown before someone signs in: no
    // items, no counts, no history (which follows the table's current row).
    m_dataHidden = !m_context->mayShowData();
    if (m_dataHidden) {
        // The year without its items: the year list and the program's step stay right.
        m_loader->load(*db, 0, year, m_model->today());
        m_filters->fillChoices();
        m_filters->updateCount();
        updateAttention();
        m_awaitingFirstPaint = false; // no rows to show until someone signs in
        statusBar()->showMessage(
            tr("Cơ sở dữ liệu này có tài khoản: hãy đăng nhập để xem chương trình (Ctrl+Shift+U)."));
        return;
    }
    const std::optional<Program> p = storage::ProgramRepository(*db).byYear(year);
    QElapsedTimer timer;
    timer.start();
    if (m_firstPageRows > 0)
        m_loader->loadFirst(*db, p ? p->id : 0, year, m_model->today(), m_firstPageRows);
    else
        m_loader->load(*db, p ? p->id : 0, year, m_model->today());
    // The first rows are painted now; the rest of a large program is read before anything
    // else happens (no event is handled in between, so nothing sees a partial program).
    if (isVisible()) {
        m_ui->itemsView->doItemsLayout();
        m_ui->itemsView->repaint();
    }
    emit firstRowsShown();
    m_loader->loadRest();
    const qint64 loaded = timer.restart();
    m_filters->fillChoices();
    const qint64 choices = timer.restart();
    m_filters->updateCount();
    updateAttention();
    qCDebug(lcTiming) << "year" << year << ": items loaded in" << loaded << "ms, filter choices in" << choices
                      << "ms, counts and attention in" << timer.elapsed() << "ms";
    statusBar()->showMessage(p ? p->title
                               : tr("Năm %1 chưa có chương trình; thêm nội dung hoặc nhập từ Excel.").arg(year));
}

void MainWindow::setToday(QDate today)
{
    m_model->setToday(today);
    m_counts->recount();
    updateAttention();
}

void MainWindow::reloadItems()
{
    storage::Database* db = m_context->database();
    if (!db)
        return;
    if (m_dataHidden) { // nothing shown to keep: the year again, still hidden, its step read anew
        showYear(m_ui->yearCombo->currentData().toInt());
        return;
    }
    const QVector<qint64> selected = m_context->selectedIds();
    const qint64 current = m_context->currentItemId();
    // Undo steps hold the items as they were read; after a workflow change they are stale.
    m_undo->clear();
    m_loader->load(*db, m_model->programId(), m_model->year(), m_model->today());
    m_filters->fillChoices();
    m_filters->updateCount();
    updateAttention();
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOfId(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ItemTableModel::ColumnCount - 1));
    }
    if (const int row = m_model->rowOfId(current); row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_ui->itemsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    m_ui->itemsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_history->refresh();
}

void MainWindow::showOthersChanges()
{
    storage::Database* db = m_context->database();
    if (!db || m_dataHidden)
        return;
    // A cell being edited keeps what is typed: its item is read again with the next change. An
    // open editor is a child of the table's viewport (QAbstractItemView::state() is protected).
    const QWidget* focus = QApplication::focusWidget();
    const qint64 editing = focus && m_ui->itemsView->viewport()->isAncestorOf(focus) ? m_context->currentItemId() : 0;
    int changed = 0;
    try {
        changed = models::syncChangedItems(*db, *m_model, editing);
    } catch (const wp::Error& e) {
        statusBar()->showMessage(Prompts::sentence(e.message()));
        return;
    }
    if (changed == 0)
        return;
    m_filters->updateCount();
    m_history->refresh();
    statusBar()->showMessage(tr("Đã cập nhật %1 nội dung do người khác vừa thay đổi.").arg(changed), 5000);
}

void MainWindow::selectItem(qint64 itemId)
{
    const int row = m_model->rowOfId(itemId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filters->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_ui->itemsView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->itemsView->scrollTo(index);
    m_history->refresh();
}

void MainWindow::addYear(int year)
{
    if (m_ui->yearCombo->findData(year) >= 0)
        return;
    const QSignalBlocker block(m_ui->yearCombo);
    int at = 0;
    while (at < m_ui->yearCombo->count() && m_ui->yearCombo->itemData(at).toInt() < year)
        ++at;
    m_ui->yearCombo->insertItem(at, QString::number(year), year);
}

void MainWindow::updateAttention()
{
    const int overdue = m_counts->overdueTotal();
    const int soon = m_counts->dueSoonTotal();
    if (!overdue && !soon) {
        m_ui->attentionLabel->hide();
        return;
    }
    QStringList parts;
    if (overdue)
        parts.append(tr("<a href='overdue'><b>%n nội dung quá hạn</b></a>", nullptr, overdue));
    if (soon)
        parts.append(tr("<a href='soon'>%n nội dung đến hạn trong %1 ngày tới</a>", nullptr, soon)
                         .arg(UnitCountsModel::DueSoonDays));
    m_ui->attentionLabel->setText(
        tr("Cần chú ý: %1 — bấm để xem; số theo từng đơn vị ở bảng \"Số nội dung theo đơn vị chủ trì\" (Ctrl+U).")
            .arg(parts.join(QStringLiteral(", "))));
    m_ui->attentionLabel->show();
}

QString MainWindow::serverName(const QString& location)
{
    const QUrl url(location);
    return QStringLiteral("%1@%2%3").arg(url.userName(), url.host(), url.path());
}

void MainWindow::connectServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString spec = dialog.spec();
    dialog.takeDatabase().reset(); // opened again by openDatabase, as a file is
    if (openDatabase(spec))
        signIn();
}

void MainWindow::chooseDatabase()
{
    const QString path =
        Prompts::openFileName(this, tr("Mở cơ sở dữ liệu"), tr("Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)"));
    if (!path.isEmpty() && openDatabase(path))
        signIn();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    // At most the screen's available area, whatever the form or the last session said (a window
    // saved on a larger screen, a 1024×768 screen, 150 % scaling).
    resizeWithinScreen(this, size());
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!availableArea(this).contains(frameGeometry()) && !isMaximized())
        resizeWithinScreen(this, size());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the panels beside the table take a quarter of the width, enough for a
        // unit's name and its first counts (the panel scrolls sideways for the rest).
        const int panel = std::clamp(width() / 4, 260, 420);
        resizeDocks({m_ui->countsDock, m_history}, {panel, panel}, Qt::Horizontal);
    }
    m_ui->itemsView->horizontalHeader()->restoreState(settings.value(columnsKey()).toByteArray());
}

QString MainWindow::columnsKey()
{
    // Per language: the widths chosen for the Vietnamese headers clip the English ones.
    return QStringLiteral("window/columns/") +
           QSettings().value(QStringLiteral("language"), QStringLiteral("vi")).toString();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(columnsKey(), m_ui->itemsView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace wp::gui
