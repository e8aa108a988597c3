#include "workprogram/gui/historypanel.h"

#include "windowtext.h"

#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/historymodel.h"
#include "workprogram/models/itemtablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace wp::gui {

using models::HistoryModel;
using models::ItemTableModel;

HistoryPanel::HistoryPanel(WindowContext& context, QWidget* parent)
    : QDockWidget(WindowText::tr("Lịch sử"), parent), m_context(context), m_model(new HistoryModel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("historyDock"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->resizeSection(HistoryModel::When, 130);
    m_view->horizontalHeader()->resizeSection(HistoryModel::Who, 190);
    m_view->horizontalHeader()->resizeSection(HistoryModel::What, 230);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWidget(m_view);
    // Ctrl+H brings the history forward (a toggle would hide it when it is already shown).
    m_showAction = new QAction(WindowText::tr("&Lịch sử"), this);
    m_showAction->setObjectName(QStringLiteral("historyAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_showAction, &QAction::triggered, this, [this] {
        show();
        raise();
        refresh();
    });

    connect(&context, &WindowContext::currentItemChanged, this, &HistoryPanel::refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    // An edit in the table writes history only through WorkflowService; a reload follows
    // every workflow change, and an edit of the shown item refreshes the panel too.
    connect(context.items(), &ItemTableModel::itemsChanged, this, &HistoryPanel::refresh);
    connect(context.items(), &QAbstractItemModel::modelReset, this, &HistoryPanel::refresh);
    connect(&context, &WindowContext::historyRequested, this, [this] {
        refresh();
        show();
        raise();
    });
}

void HistoryPanel::refresh()
{
    const qint64 id = m_context.currentItemId();
    storage::Database* db = m_context.database();
    if (!db || !id) {
        m_model->clear();
        setWindowTitle(WindowText::tr("Lịch sử"));
        return;
    }
    try {
        m_model->load(*db, id);
    } catch (const wp::Error& e) {
        m_model->clear();
        m_context.showMessage(e.message(), 10000);
    }
    const ItemTableModel* items = m_context.items();
    const int row = items->rowOfId(id);
    setWindowTitle(row >= 0 ? WindowText::tr("Lịch sử — nội dung số %1").arg(items->item(row).number)
                            : WindowText::tr("Lịch sử"));
}

} // namespace wp::gui
