#include "workprogram/gui/mainwindow.h"

#include "ui_mainwindow.h"
#include "ui_settingsdialog.h"

#include "workprogram/gui/itemdelegate.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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
    m_ui->itemsView->setItemDelegate(new ItemDelegate(m_model, this));
    m_ui->itemsView->sortByColumn(ItemTableModel::Number, Qt::AscendingOrder);
    m_ui->itemsView->verticalHeader()->hide();
    m_ui->itemsView->verticalHeader()->setDefaultSectionSize(m_ui->itemsView->fontMetrics().height() * 2 + 8);
    QHeaderView* header = m_ui->itemsView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const int widths[] = {48, 420, 170, 170, 140, 150, 150, 70, 100, 130, 160};
    for (int c = 0; c < ItemTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    m_ui->countsView->setModel(m_counts);
    m_ui->countsView->verticalHeader()->hide();
    m_ui->countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The unit's name is what the reader looks for first: never squeezed to make room for
    // the status columns (the panel scrolls sideways instead). One line per unit.
    m_ui->countsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->countsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->countsView->verticalHeader()->setDefaultSectionSize(m_ui->countsView->fontMetrics().height() + 6);
    m_ui->attentionLabel->hide();

    setupActions();
    setupBackupActions();
    setupReportActions();
    setupReviewActions();
    setupAdminActions();
    setupFilters();
    connect(m_model, &ItemTableModel::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        Prompts::warning(this, tr("Không lưu được"), message);
    });
    connect(m_model, &ItemTableModel::itemsChanged, this, [this] {
        fillFilterChoices();
        updateCount();
        updateAttention();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_ui->countsView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        filterFromCounts(index.data(UnitCountsModel::UnitIdRole).toLongLong(), index.column());
    });
    connect(m_ui->attentionLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        filterFromCounts(0, link == QLatin1String("overdue") ? UnitCountsModel::Overdue : UnitCountsModel::DueSoon);
    });
    connect(m_ui->itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    restoreLayout();
    updateActions();
    updateCount();
    updateUserStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QAction* undo = m_undo->createUndoAction(this, tr("&Hoàn tác"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Làm lại"));
    // Ctrl+Y everywhere; the platform's own redo keys too, without registering Ctrl+Y twice
    // (a duplicate makes Qt call the shortcut ambiguous and do nothing).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    redo->setShortcuts(redoKeys);
    m_ui->editMenu->insertActions(m_ui->newAction, {undo, redo});
    m_ui->editMenu->insertSeparator(m_ui->newAction);
    m_ui->mainToolBar->insertActions(m_ui->newAction, {undo, redo});
    m_ui->mainToolBar->insertSeparator(m_ui->newAction);
    m_ui->viewMenu->addAction(m_ui->countsDock->toggleViewAction());
    m_ui->countsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_ui->deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->itemsView->addAction(m_ui->deleteAction);

    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    // The person's choice only (activated): openDatabase fills and sets the list itself.
    connect(m_ui->yearCombo, &QComboBox::activated, this,
            [this](int index) { showYear(m_ui->yearCombo->itemData(index).toInt()); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(m_ui->exportViewAction, &QAction::triggered, this, [this] { exportItems(true); });
    connect(m_ui->exportYearAction, &QAction::triggered, this, [this] { exportItems(false); });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newItem);
    connect(m_ui->duplicateAction, &QAction::triggered, this, &MainWindow::duplicateItems);
    connect(m_ui->editDialogAction, &QAction::triggered, this, &MainWindow::editInDialog);
    connect(m_ui->bulkEditAction, &QAction::triggered, this, &MainWindow::bulkEdit);
    connect(m_ui->deleteAction, &QAction::triggered, this, &MainWindow::deleteItems);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->clearFiltersAction, &QAction::triggered, this, &MainWindow::clearFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &MainWindow::clearFilters);
    connect(m_ui->overdueAction, &QAction::toggled, m_ui->overdueCheck, &QCheckBox::setChecked);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, m_ui->overdueAction, &QAction::setChecked);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->itemsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editInDialog();
    });
}

bool MainWindow::openDatabase(const QString& path, int year)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_offeringRestore)
        m_openTimer.start();
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
    } catch (const storage::StorageError& e) {
        db.reset();
        if (m_offeringRestore || !offerRestore(path, e.message()))
            return false;
        m_offeringRestore = true; // one offer per opening: never a loop of restores
        const bool reopened = openDatabase(path, year);
        m_offeringRestore = false;
        return reopened;
    }
    // Undo never spans a change of database: its steps belong to the old one.
    m_undo->clear();
    m_loader->clear();
    m_db = std::move(db);
    // Accounts belong to a database: whoever was signed in to the old one is not in this one.
    setCurrentUser(std::nullopt);
    setWindowTitle(tr("%1 — Quản lý Chương trình công tác").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    m_ui->yearCombo->blockSignals(true);
    m_ui->yearCombo->clear();
    const QVector<Program> programs = storage::ProgramRepository(*m_db).all();
    for (const Program& p : programs)
        m_ui->yearCombo->addItem(QString::number(p.year), p.year);
    if (year == 0)
        year = programs.isEmpty() ? QDate::currentDate().year() : programs.last().year;
    if (m_ui->yearCombo->findData(year) < 0)
        m_ui->yearCombo->addItem(QString::number(year), year);
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(year));
    m_ui->yearCombo->blockSignals(false);
    showYear(year);
    m_openTimer.invalidate();
    qCInfo(lcTiming) << "database opened and all" << m_model->rowCount() << "items loaded in" << timer.elapsed()
                     << "ms";
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    runDailyBackup();
    return true;
}

void MainWindow::showYear(int year)
{
    if (!m_db)
        return;
    m_undo->clear(); // nor a change of year
    const std::optional<Program> p = storage::ProgramRepository(*m_db).byYear(year);
    QElapsedTimer timer;
    timer.start();
    if (m_firstPageRows > 0)
        m_loader->loadFirst(*m_db, p ? p->id : 0, year, m_model->today(), m_firstPageRows);
    else
        m_loader->load(*m_db, p ? p->id : 0, year, m_model->today());
    // The first rows are painted now; the rest of a large program is read before anything
    // else happens (no event is handled in between, so nothing sees a partial program).
    if (isVisible()) {
        m_ui->itemsView->doItemsLayout();
        m_ui->itemsView->repaint();
    }
    if (m_openTimer.isValid())
        qCInfo(lcTiming) << "database opened and first rows shown in" << m_openTimer.elapsed() << "ms,"
                         << m_model->rowCount() << "items";
    emit firstRowsShown();
    m_loader->loadRest();
    const qint64 loaded = timer.restart();
    fillFilterChoices();
    const qint64 choices = timer.restart();
    updateCount();
    updateAttention();
    updateActions();
    qCDebug(lcTiming) << "year" << year << ": items loaded in" << loaded << "ms, filter choices in" << choices
                      << "ms, counts and attention in" << timer.elapsed() << "ms";
#ifdef __GLIBC__
    // Reading a large program frees as much heap as it keeps (query rows, the first page, the
    // view's and the proxy's rebuilt mappings); glibc holds on to it unless asked: ~25 MiB of
    // 157 after 100 000 items (issue 3's memory budget). After the view has laid itself out.
    if (m_model->rowCount() >= 10000)
        QTimer::singleShot(0, this, [] { malloc_trim(0); });
#endif
    statusBar()->showMessage(p ? p->title
                               : tr("Năm %1 chưa có chương trình; thêm nội dung hoặc nhập từ Excel.").arg(year));
}

void MainWindow::setToday(QDate today)
{
    m_model->setToday(today);
    m_counts->recount();
    updateAttention();
}

void MainWindow::setupFilters()
{
    const QDate none(2000, 1, 1);
    for (QDateEdit* edit : {m_ui->dueFromEdit, m_ui->dueToEdit}) {
        edit->setMinimumDate(none);
        edit->setSpecialValueText(tr("—"));
        edit->setDate(none);
        connect(edit, &QDateEdit::dateChanged, this, &MainWindow::applyFilters);
    }
    for (QComboBox* combo :
         {m_ui->leadFilter, m_ui->coFilter, m_ui->statusFilter, m_ui->groupFilter, m_ui->leaderFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &MainWindow::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        QElapsedTimer timer;
        timer.start();
        m_proxy->setSearchText(text);
        updateCount();
        qCDebug(lcTiming) << "search refiltered in" << timer.nsecsElapsed() / 1000 << "µs";
    });
}

void MainWindow::fillFilterChoices()
{
    m_fillingFilters = true;
    auto refill = [](QComboBox* combo, const QString& all, const QList<QPair<QString, QVariant>>& entries) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(all, QVariant());
        for (const auto& [text, value] : entries)
            combo->addItem(text, value);
        const int i = current.isValid() ? combo->findData(current) : 0;
        combo->setCurrentIndex(i < 0 ? 0 : i);
    };
    QList<QPair<QString, QVariant>> units;
    for (const Unit& u : m_model->yearUnits())
        units.append({u.displayName(), u.id});
    refill(m_ui->leadFilter, tr("(tất cả)"), units);
    refill(m_ui->coFilter, tr("(tất cả)"), units);
    QList<QPair<QString, QVariant>> statuses;
    for (Status s : StatusInfo::all())
        statuses.append({StatusInfo::label(s), int(s)});
    refill(m_ui->statusFilter, tr("(tất cả)"), statuses);
    QList<QPair<QString, QVariant>> groups, leaders;
    for (const QString& g : m_model->distinctValues(ItemTableModel::Group))
        groups.append({g, g});
    for (const QString& l : m_model->distinctValues(ItemTableModel::Leader))
        leaders.append({l, l});
    refill(m_ui->groupFilter, tr("(tất cả)"), groups);
    refill(m_ui->leaderFilter, tr("(tất cả)"), leaders);
    m_fillingFilters = false;
}

void MainWindow::applyFilters()
{
    if (m_fillingFilters)
        return;
    models::ItemFilter f;
    if (const QVariant v = m_ui->leadFilter->currentData(); v.isValid())
        f.leadUnits.insert(v.toLongLong());
    if (const QVariant v = m_ui->coFilter->currentData(); v.isValid())
        f.coUnit = v.toLongLong();
    if (const QVariant v = m_ui->statusFilter->currentData(); v.isValid())
        f.statuses.insert(Status(v.toInt()));
    f.group = m_ui->groupFilter->currentData().toString();
    f.leader = m_ui->leaderFilter->currentData().toString();
    if (m_ui->dueFromEdit->date() != m_ui->dueFromEdit->minimumDate())
        f.dueFrom = m_ui->dueFromEdit->date();
    if (m_ui->dueToEdit->date() != m_ui->dueToEdit->minimumDate())
        f.dueTo = m_ui->dueToEdit->date();
    f.overdueOnly = m_ui->overdueCheck->isChecked();
    f.openOnly = m_proxy->filter().openOnly && f.dueFrom.isValid();
    f.search = m_ui->searchEdit->text();
    m_proxy->setFilter(f);
    updateCount();
}

void MainWindow::clearFilters()
{
    m_fillingFilters = true;
    for (QComboBox* combo :
         {m_ui->leadFilter, m_ui->coFilter, m_ui->statusFilter, m_ui->groupFilter, m_ui->leaderFilter})
        combo->setCurrentIndex(0);
    m_ui->dueFromEdit->setDate(m_ui->dueFromEdit->minimumDate());
    m_ui->dueToEdit->setDate(m_ui->dueToEdit->minimumDate());
    m_ui->overdueCheck->setChecked(false);
    m_ui->searchEdit->clear();
    m_fillingFilters = false;
    m_proxy->clearFilter();
    updateCount();
}

void MainWindow::filterFromCounts(qint64 unitId, int countsColumn)
{
    clearFilters();
    m_fillingFilters = true;
    if (unitId)
        m_ui->leadFilter->setCurrentIndex(m_ui->leadFilter->findData(unitId));
    if (countsColumn >= UnitCountsModel::FirstStatus)
        m_ui->statusFilter->setCurrentIndex(m_ui->statusFilter->findData(countsColumn - UnitCountsModel::FirstStatus));
    if (countsColumn == UnitCountsModel::Overdue)
        m_ui->overdueCheck->setChecked(true);
    if (countsColumn == UnitCountsModel::DueSoon) {
        m_ui->dueFromEdit->setDate(m_model->today());
        m_ui->dueToEdit->setDate(m_model->today().addDays(UnitCountsModel::DueSoonDays));
    }
    m_fillingFilters = false;
    applyFilters();
    if (countsColumn == UnitCountsModel::DueSoon) {
        models::ItemFilter f = m_proxy->filter();
        f.openOnly = true;
        m_proxy->setFilter(f);
    }
    updateCount();
}

void MainWindow::updateCount()
{
    m_ui->countLabel->setText(tr("Hiển thị %1/%2 nội dung").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
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
        tr("Cần chú ý: %1 — bấm để xem; số theo từng đơn vị ở bảng phía dưới.").arg(parts.join(QStringLiteral(", "))));
    m_ui->attentionLabel->show();
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    const int selected = int(selectedIds().size());
    m_ui->newAction->setEnabled(open);
    m_ui->importAction->setEnabled(open);
    m_ui->exportYearAction->setEnabled(open && m_model->rowCount() > 0);
    m_ui->exportViewAction->setEnabled(open && m_model->rowCount() > 0);
    m_ui->duplicateAction->setEnabled(selected > 0);
    m_ui->editDialogAction->setEnabled(selected == 1);
    m_ui->bulkEditAction->setEnabled(selected > 0);
    m_ui->deleteAction->setEnabled(selected > 0);
}

QVector<qint64> MainWindow::selectedIds() const
{
    QVector<qint64> ids;
    if (!m_ui->itemsView->selectionModel())
        return ids;
    for (const QModelIndex& index : m_ui->itemsView->selectionModel()->selectedRows())
        ids.append(index.data(ItemTableModel::ItemIdRole).toLongLong());
    return ids;
}

void MainWindow::showSettings()
{
    QDialog dialog(this);
    Ui::SettingsDialog ui;
    ui.setupUi(&dialog);
    ui.languageCombo->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    ui.languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    QSettings settings;
    ui.languageCombo->setCurrentIndex(
        ui.languageCombo->findData(settings.value(QStringLiteral("language"), QStringLiteral("vi"))));
    ui.dailyBackupCheck->setChecked(settings.value(QStringLiteral("backup/daily"), true).toBool());
    ui.keepSpin->setValue(settings.value(QStringLiteral("backup/keep"), DefaultBackupsKept).toInt());
    ui.folderEdit->setText(settings.value(QStringLiteral("backup/folder")).toString());
    ui.folderEdit->setPlaceholderText(m_db ? backupFolder(m_db->location())
                                           : tr("thư mục \"sao-luu\" cạnh tệp dữ liệu"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("language"), ui.languageCombo->currentData());
    settings.setValue(QStringLiteral("backup/daily"), ui.dailyBackupCheck->isChecked());
    settings.setValue(QStringLiteral("backup/keep"), ui.keepSpin->value());
    settings.setValue(QStringLiteral("backup/folder"), ui.folderEdit->text().trimmed());
}

void MainWindow::showAbout()
{
    Prompts::information(
        this, tr("Giới thiệu"),
        tr("Quản lý Chương trình công tác %1\n\nLập, rà soát, theo dõi và in chương trình công tác năm "
           "của Ủy ban nhân dân.")
            .arg(QCoreApplication::applicationVersion()));
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
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->itemsView->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/columns")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/columns"), m_ui->itemsView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace wp::gui
