// MainWindow: merging items shared by several units (the Office) and user management
// (administrators), issue 4.
#include "workprogram/gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "workprogram/gui/mergedialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/usersdialog.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace wp::gui {

void MainWindow::setupAdminActions()
{
    m_mergeAction = new QAction(tr("&Gộp các nội dung trùng nhau…"), this);
    m_mergeAction->setObjectName(QStringLiteral("mergeAction"));
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_mergeAction->setStatusTip(
        tr("Gộp các nội dung đã chọn của nhiều đơn vị về cùng một việc thành một nội dung (Văn phòng)"));
    connect(m_mergeAction, &QAction::triggered, this, [this] { mergeSelected(); });
    if (auto* reviewMenu = findChild<QMenu*>(QStringLiteral("reviewMenu"))) {
        QAction* before = reviewMenu->actions().value(2); // after the queue and the sign-off screen
        reviewMenu->insertAction(before, m_mergeAction);
    }

    m_usersAction = new QAction(tr("&Người dùng…"), this);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_usersAction->setStatusTip(tr("Thêm người dùng, đặt lại mật khẩu (Quản trị)"));
    connect(m_usersAction, &QAction::triggered, this, [this] { showUsers(); });
    m_ui->fileMenu->insertAction(m_ui->settingsAction, m_usersAction);

    connect(m_ui->itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateAdminActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateAdminActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateAdminActions);
    updateAdminActions();
}

void MainWindow::updateAdminActions()
{
    if (!m_mergeAction)
        return;
    const bool office = m_db && m_user && m_user->role == Role::Office;
    m_mergeAction->setEnabled(office && selectedIds().size() >= 2);
    m_mergeAction->setToolTip(office ? tr("Chọn ít nhất hai nội dung để gộp")
                                     : tr("Chỉ Văn phòng gộp nội dung (đăng nhập: Ctrl+Shift+U)"));
    m_usersAction->setEnabled(m_db && m_user && m_user->role == Role::Admin);
}

bool MainWindow::mergeSelected()
{
    return mergeItems(selectedIds());
}

bool MainWindow::mergeItems(const QVector<qint64>& ids)
{
    if (!m_db || !m_user || m_user->role != Role::Office) {
        Prompts::warning(this, tr("Không gộp được"), tr("Chỉ Văn phòng gộp được nội dung; hãy đăng nhập."));
        return false;
    }
    QVector<Item> items;
    for (qint64 id : ids)
        if (const int row = m_model->rowOfId(id); row >= 0)
            items.append(m_model->item(row));
    if (items.size() < 2) {
        Prompts::warning(this, tr("Không gộp được"), tr("Hãy chọn ít nhất hai nội dung để gộp."));
        return false;
    }
    MergeDialog dialog(*m_db, *m_user, items, m_model->yearUnits(), m_model->year(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.merged())
        return false;
    const Item merged = *dialog.merged();
    // The originals stay in the list (withdrawn, merged into the new item); the new one is shown.
    reloadItems();
    selectItem(merged.id);
    statusBar()->showMessage(tr("Đã gộp %1 nội dung thành nội dung số %2").arg(items.size()).arg(merged.number), 10000);
    return true;
}

bool MainWindow::showUsers()
{
    if (!m_db || !m_user || m_user->role != Role::Admin) {
        Prompts::warning(this, tr("Người dùng"),
                         tr("Chỉ Quản trị mới quản lý người dùng; hãy đăng nhập bằng tài "
                            "khoản quản trị (Ctrl+Shift+U)."));
        return false;
    }
    UsersDialog dialog(*m_db, *m_user, m_model->yearUnits(), this);
    dialog.exec();
    return true;
}

} // namespace wp::gui
