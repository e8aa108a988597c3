// Menu "Duyệt": the review queue, the sign-off screen, merging, the comparison of snapshots.
#include "workprogram/gui/reviewscreens.h"

#include "windowtext.h"

#include "workprogram/gui/comparisondialog.h"
#include "workprogram/gui/mergedialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reviewqueuedialog.h"
#include "workprogram/gui/signoffdialog.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"

#include <QAction>
#include <QMenu>

namespace wp::gui {

ReviewScreens::ReviewScreens(WindowContext& context) : QObject(&context), m_context(context)
{
    QMenu* menu = context.places().reviewMenu;
    m_reviewAction = menu->addAction(WindowText::tr("&Hàng chờ duyệt…"));
    m_reviewAction->setObjectName(QStringLiteral("reviewQueueAction"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reviewAction, &QAction::triggered, this, [this] { showReviewQueue(); });
    m_signoffAction = menu->addAction(WindowText::tr("&Phê duyệt và ký ban hành…"));
    m_signoffAction->setObjectName(QStringLiteral("signoffAction"));
    m_signoffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_signoffAction, &QAction::triggered, this, [this] { showSignoff(); });
    m_mergeAction = menu->addAction(WindowText::tr("&Gộp các nội dung trùng nhau…"));
    m_mergeAction->setObjectName(QStringLiteral("mergeAction"));
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_mergeAction->setStatusTip(
        WindowText::tr("Gộp các nội dung đã chọn của nhiều đơn vị về cùng một việc thành một nội dung (Văn phòng)"));
    connect(m_mergeAction, &QAction::triggered, this, [this] { mergeSelected(); });
    menu->addSeparator();
    QAction* compareAction = menu->addAction(WindowText::tr("&So sánh các ảnh chụp…"));
    compareAction->setObjectName(QStringLiteral("comparisonAction"));
    connect(compareAction, &QAction::triggered, this, &ReviewScreens::showComparison);

    connect(&context, &WindowContext::databaseChanged, this, &ReviewScreens::updateActions);
    connect(&context, &WindowContext::userChanged, this, &ReviewScreens::updateActions);
    connect(&context, &WindowContext::selectionChanged, this, &ReviewScreens::updateActions);
    connect(context.proxy(), &QAbstractItemModel::modelReset, this, &ReviewScreens::updateActions);
    connect(context.proxy(), &QAbstractItemModel::layoutChanged, this, &ReviewScreens::updateActions);
    // The screens show the items as the person signed in sees them.
    connect(&context, &WindowContext::userChanged, this, [this] {
        if (m_reviewQueue)
            m_reviewQueue->refresh();
        if (m_signoff)
            m_signoff->refresh();
    });
    updateActions();
}

void ReviewScreens::updateActions()
{
    const bool open = m_context.database() != nullptr;
    m_reviewAction->setEnabled(open);
    m_signoffAction->setEnabled(open);
    const std::optional<User>& user = m_context.user();
    const bool office = open && user && user->role == Role::Office;
    m_mergeAction->setEnabled(office && m_context.selectedIds().size() >= 2);
    m_mergeAction->setToolTip(office ? WindowText::tr("Chọn ít nhất hai nội dung để gộp")
                                     : WindowText::tr("Chỉ Văn phòng gộp nội dung (đăng nhập: Ctrl+Shift+U)"));
}

ReviewQueueDialog* ReviewScreens::showReviewQueue()
{
    if (!m_context.database())
        return nullptr;
    if (!m_reviewQueue) {
        m_reviewQueue = new ReviewQueueDialog(m_context);
        connect(m_reviewQueue, &ReviewQueueDialog::mergeRequested, this, &ReviewScreens::mergeItems);
    } else {
        m_reviewQueue->refresh();
    }
    m_reviewQueue->show();
    m_reviewQueue->raise();
    m_reviewQueue->activateWindow();
    return m_reviewQueue;
}

SignoffDialog* ReviewScreens::showSignoff()
{
    if (!m_context.database())
        return nullptr;
    if (!m_signoff)
        m_signoff = new SignoffDialog(m_context);
    else
        m_signoff->refresh();
    m_signoff->show();
    m_signoff->raise();
    m_signoff->activateWindow();
    return m_signoff;
}

bool ReviewScreens::mergeSelected()
{
    return mergeItems(m_context.selectedIds());
}

bool ReviewScreens::mergeItems(const QVector<qint64>& ids)
{
    if (!m_context.confirmUser())
        return false;
    storage::Database* db = m_context.database();
    const std::optional<User>& user = m_context.user();
    QWidget* parent = m_context.dialogParent();
    if (!db || !user || user->role != Role::Office) {
        Prompts::warning(parent, WindowText::tr("Không gộp được"),
                         WindowText::tr("Chỉ Văn phòng gộp được nội dung; hãy đăng nhập."));
        return false;
    }
    const models::ItemTableModel* model = m_context.items();
    QVector<Item> items;
    for (qint64 id : ids)
        if (const int row = model->rowOfId(id); row >= 0)
            items.append(model->item(row));
    if (items.size() < 2) {
        Prompts::warning(parent, WindowText::tr("Không gộp được"),
                         WindowText::tr("Hãy chọn ít nhất hai nội dung để gộp."));
        return false;
    }
    MergeDialog dialog(*db, *user, items, model->yearUnits(), model->year(), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.merged())
        return false;
    const Item merged = *dialog.merged();
    // The originals stay in the list (withdrawn, merged into the new item); the new one is shown.
    m_context.reloadItems();
    m_context.selectItem(merged.id);
    m_context.showMessage(
        WindowText::tr("Đã gộp %1 nội dung thành nội dung số %2").arg(items.size()).arg(merged.number), 10000);
    return true;
}

void ReviewScreens::showComparison()
{
    if (!m_context.database() || m_context.programId() == 0)
        return;
    ComparisonDialog dialog(*m_context.database(), m_context.programId(), m_context.year(), m_context.dialogParent());
    dialog.exec();
}

} // namespace wp::gui
