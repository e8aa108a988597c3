// MainWindow: who is working, the history dock and the review screens (issue 4).
#include "workprogram/gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "workprogram/gui/comparisondialog.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/reviewqueuedialog.h"
#include "workprogram/gui/signoffdialog.h"
#include "workprogram/models/historymodel.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/userrepository.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace wp::gui {

using models::ItemTableModel;

void MainWindow::setupReviewActions()
{
    auto* switchUserAction = new QAction(tr("Đăng &xuất / đổi người dùng…"), this);
    switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(switchUserAction, &QAction::triggered, this, &MainWindow::switchUser);
    m_ui->fileMenu->insertAction(m_ui->settingsAction, switchUserAction);
    m_ui->fileMenu->insertSeparator(m_ui->settingsAction);

    auto* reviewMenu = new QMenu(tr("&Duyệt"), this);
    reviewMenu->setObjectName(QStringLiteral("reviewMenu"));
    m_reviewAction = reviewMenu->addAction(tr("&Hàng chờ duyệt…"));
    m_reviewAction->setObjectName(QStringLiteral("reviewQueueAction"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reviewAction, &QAction::triggered, this, [this] { showReviewQueue(); });
    m_signoffAction = reviewMenu->addAction(tr("&Phê duyệt và ký ban hành…"));
    m_signoffAction->setObjectName(QStringLiteral("signoffAction"));
    m_signoffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_signoffAction, &QAction::triggered, this, [this] { showSignoff(); });
    reviewMenu->addSeparator();
    QAction* compareAction = reviewMenu->addAction(tr("&So sánh các ảnh chụp…"));
    compareAction->setObjectName(QStringLiteral("comparisonAction"));
    connect(compareAction, &QAction::triggered, this, [this] {
        if (!database() || itemModel()->programId() == 0)
            return;
        ComparisonDialog dialog(*database(), itemModel()->programId(), itemModel()->year(), this);
        dialog.exec();
    });
    menuBar()->insertMenu(m_ui->reportsMenu->menuAction(), reviewMenu);

    m_history = new models::HistoryModel(this);
    m_historyDock = new QDockWidget(tr("Lịch sử"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyView = new QTableView(m_historyDock);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->setWordWrap(true);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->horizontalHeader()->resizeSection(models::HistoryModel::When, 130);
    m_historyView->horizontalHeader()->resizeSection(models::HistoryModel::Who, 190);
    m_historyView->horizontalHeader()->resizeSection(models::HistoryModel::What, 230);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyDock->setWidget(m_historyView);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_ui->countsDock, m_historyDock);
    m_ui->countsDock->raise();
    QAction* toggle = m_historyDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_ui->viewMenu->addAction(toggle);
    connect(m_ui->itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateHistory);
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            updateHistory();
    });
    // An edit in the table writes history only through WorkflowService; a reload follows
    // every workflow change, and an edit of the shown item refreshes the panel too.
    connect(m_model, &ItemTableModel::itemsChanged, this, &MainWindow::updateHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateHistory);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);

    // Program steps, status changes, comments, rollover: their own file (mainwindow_program.cpp).
    m_programActions = new ProgramActions(*this);
}

void MainWindow::setCurrentUser(const std::optional<User>& user)
{
    m_user = user;
    // Signed in, the table's edits (and their undo) go through the workflow as this person.
    m_editor->setActingUser(user);
    updateUserStatus();
    updateAdminActions();
    if (m_reviewQueue)
        m_reviewQueue->refresh();
    if (m_signoff)
        m_signoff->refresh();
    emit currentUserChanged();
}

void MainWindow::updateUserStatus()
{
    if (!m_userLabel)
        return;
    if (m_user) {
        const QString title = m_user->title.isEmpty() ? RoleInfo::label(m_user->role) : m_user->title;
        m_userLabel->setText(
            tr("Đăng nhập: %1 — %2").arg(m_user->fullName.isEmpty() ? m_user->login : m_user->fullName, title));
        m_userLabel->setToolTip(tr("Tài khoản %1, vai trò %2").arg(m_user->login, RoleInfo::label(m_user->role)));
    } else {
        m_userLabel->setText(tr("Chưa đăng nhập"));
        m_userLabel->setToolTip(tr("Duyệt và ký ban hành cần đăng nhập (Ctrl+Shift+U)"));
    }
    m_reviewAction->setEnabled(m_db != nullptr);
    m_signoffAction->setEnabled(m_db != nullptr);
}

bool MainWindow::signIn()
{
    if (!m_db)
        return false;
    int users = 0;
    try {
        users = storage::UserRepository(*m_db).count();
    } catch (const storage::StorageError& e) {
        statusBar()->showMessage(e.message(), 10000);
        return false;
    }
    if (users == 0) {
        FirstAdminDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            setCurrentUser(dialog.user());
        return true; // going on without accounts is the person's choice
    }
    LoginDialog dialog(*m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setCurrentUser(dialog.user());
    return true;
}

void MainWindow::switchUser()
{
    setCurrentUser(std::nullopt);
    signIn();
}

void MainWindow::reloadItems()
{
    if (!m_db)
        return;
    const QVector<qint64> selected = selectedIds();
    const qint64 current = historyItem();
    // Undo steps hold the items as they were read; after a workflow change they are stale.
    m_undo->clear();
    m_loader->load(*m_db, m_model->programId(), m_model->year(), m_model->today());
    fillFilterChoices();
    updateCount();
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
    updateActions();
    updateHistory();
}

qint64 MainWindow::historyItem() const
{
    const QModelIndex current =
        m_ui->itemsView->selectionModel() ? m_ui->itemsView->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(ItemTableModel::ItemIdRole).toLongLong() : 0;
}

void MainWindow::selectItem(qint64 itemId)
{
    int row = m_model->rowOfId(itemId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_ui->itemsView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->itemsView->scrollTo(index);
    updateHistory();
}

void MainWindow::updateHistory()
{
    if (!m_history)
        return;
    const qint64 id = historyItem();
    if (!m_db || !id) {
        m_history->clear();
        m_historyDock->setWindowTitle(tr("Lịch sử"));
        return;
    }
    try {
        m_history->load(*m_db, id);
    } catch (const storage::StorageError& e) {
        m_history->clear();
        statusBar()->showMessage(e.message(), 10000);
    }
    const int row = m_model->rowOfId(id);
    m_historyDock->setWindowTitle(row >= 0 ? tr("Lịch sử — nội dung số %1").arg(m_model->item(row).number)
                                           : tr("Lịch sử"));
}

ReviewQueueDialog* MainWindow::showReviewQueue()
{
    if (!m_db)
        return nullptr;
    if (!m_reviewQueue)
        m_reviewQueue = new ReviewQueueDialog(*this);
    else
        m_reviewQueue->refresh();
    m_reviewQueue->show();
    m_reviewQueue->raise();
    m_reviewQueue->activateWindow();
    return m_reviewQueue;
}

SignoffDialog* MainWindow::showSignoff()
{
    if (!m_db)
        return nullptr;
    if (!m_signoff)
        m_signoff = new SignoffDialog(*this);
    else
        m_signoff->refresh();
    m_signoff->show();
    m_signoff->raise();
    m_signoff->activateWindow();
    return m_signoff;
}

} // namespace wp::gui
