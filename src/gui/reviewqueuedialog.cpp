#include "workprogram/gui/reviewqueuedialog.h"

#include "screenfit.h"

#include "workprogram/gui/reviewactions.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/reviewqueuemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wp::gui {

using models::ReviewQueueModel;

ReviewQueueDialog::ReviewQueueDialog(WindowContext& context)
    : QDialog(context.dialogParent()), m_context(context), m_model(new ReviewQueueModel(this)),
      m_showCombo(new QComboBox(this)), m_search(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_view(new QTreeView(this)), m_accept(new QPushButton(tr("Đưa vào &dự thảo"), this)),
      m_return(new QPushButton(tr("&Yêu cầu điều chỉnh…"), this)),
      m_repropose(new QPushButton(tr("Đề xuất &lại"), this)), m_merge(new QPushButton(tr("&Gộp…"), this))
{
    setWindowTitle(tr("Duyệt nội dung đề xuất"));
    setObjectName(QStringLiteral("reviewQueueDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Hiển thị:"), this);
    showLabel->setBuddy(m_showCombo);
    m_showCombo->addItem(tr("Chờ duyệt (đơn vị đã đề xuất)"), int(Status::Proposed));
    m_showCombo->addItem(tr("Bị trả lại — chờ đơn vị điều chỉnh"), int(Status::Returned));
    top->addWidget(showLabel);
    top->addWidget(m_showCombo);
    top->addSpacing(16);
    auto* searchLabel = new QLabel(tr("&Tìm:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("reviewSearchEdit"));
    m_search->setPlaceholderText(tr("các từ cần tìm, không cần dấu; \"cụm từ\" trong ngoặc kép"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ReviewQueueModel::Content, 620);
    m_view->header()->resizeSection(ReviewQueueModel::Deadline, 130);
    layout->addWidget(m_view, 1);

    auto* hint = new QLabel(tr("Chọn một hoặc nhiều nội dung (Ctrl/Shift + bấm), hoặc chọn dòng đơn vị để xử lý cả "
                               "đơn vị. Yêu cầu điều chỉnh phải ghi lý do."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(this);
    m_accept->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_accept->setToolTip(tr("Đưa các nội dung đã chọn vào dự thảo chương trình (Ctrl+Enter)"));
    m_return->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_return->setToolTip(tr("Trả lại đơn vị kèm lý do (Ctrl+Shift+Enter)"));
    m_repropose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_repropose->setToolTip(tr("Gửi lại nội dung đã điều chỉnh để Văn phòng duyệt (Ctrl+Shift+P)"));
    buttons->addButton(m_accept, QDialogButtonBox::ActionRole);
    buttons->addButton(m_return, QDialogButtonBox::ActionRole);
    buttons->addButton(m_repropose, QDialogButtonBox::ActionRole);
    m_merge->setToolTip(tr("Gộp các nội dung đã chọn của nhiều đơn vị về cùng một việc thành một nội dung"));
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Đó&ng"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_showCombo, &QComboBox::currentIndexChanged, this, &ReviewQueueDialog::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewQueueDialog::refresh);
    // Another year shown, an item edited or deleted in the table: the queue follows.
    connect(context.items(), &QAbstractItemModel::modelReset, this, &ReviewQueueDialog::refresh);
    connect(context.items(), &models::ItemTableModel::itemsChanged, this, &ReviewQueueDialog::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewQueueDialog::updateButtons);
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptItems(selectedItemIds()); });
    connect(m_repropose, &QPushButton::clicked, this, [this] { reproposeItems(selectedItemIds()); });
    // The merge is the window's (ReviewScreens); the queue follows the items read again after it.
    connect(m_merge, &QPushButton::clicked, this, [this] { emit mergeRequested(selectedItemIds()); });
    connect(m_return, &QPushButton::clicked, this, [this] {
        const QVector<qint64> ids = selectedItemIds();
        if (ids.isEmpty())
            return;
        const QString reason =
            ReasonDialog::ask(this, tr("Yêu cầu điều chỉnh"),
                              tr("Lý do trả lại %n nội dung (đơn vị sẽ thấy lý do này):", nullptr, int(ids.size())));
        if (!reason.isEmpty())
            returnItems(ids, reason);
    });
    // A unit's staff first look at what came back to them; the Office at what waits.
    const std::optional<User>& user = context.user();
    m_showCombo->setCurrentIndex(user && user->role == Role::Unit ? 1 : 0);
    resizeWithinScreen(this, QSize(1000, 620)); // never larger than the screen (issue 14)
    refresh();
}

void ReviewQueueDialog::setShowing(Status status)
{
    const int i = m_showCombo->findData(int(status));
    if (i == m_showCombo->currentIndex())
        refresh();
    else if (i >= 0)
        m_showCombo->setCurrentIndex(i);
}

Status ReviewQueueDialog::showing() const
{
    return Status(m_showCombo->currentData().toInt());
}

void ReviewQueueDialog::refresh()
{
    if (m_context.database())
        m_model->load(*m_context.database(), *m_context.items(), showing(), m_context.user(),
                      search::Query(m_search->text()));
    else
        m_model->removeRows(0, m_model->rowCount());
    m_view->expandAll();
    const bool waiting = showing() == Status::Proposed;
    m_view->setColumnHidden(ReviewQueueModel::Reason, waiting);
    // The reason is what a unit reads first in the returned view: the content makes room.
    m_view->header()->resizeSection(ReviewQueueModel::Content, waiting ? 620 : 430);
    if (m_model->waitingCount() == 0)
        m_summary->setText(waiting ? tr("Không có nội dung nào chờ duyệt.") : tr("Không có nội dung nào bị trả lại."));
    else if (m_model->itemCount() == 0)
        m_summary->setText(tr("Không tìm thấy nội dung nào trong %n nội dung.", nullptr, m_model->waitingCount()));
    else if (m_model->itemCount() == m_model->waitingCount())
        m_summary->setText(tr("%n nội dung của %1 đơn vị", nullptr, m_model->itemCount()).arg(m_model->rowCount()));
    else
        m_summary->setText(tr("Tìm thấy %n trong %1 nội dung, của %2 đơn vị", nullptr, m_model->itemCount())
                               .arg(m_model->waitingCount())
                               .arg(m_model->rowCount()));
    updateButtons();
}

QVector<qint64> ReviewQueueDialog::selectedItemIds() const
{
    return m_model->itemIds(m_view->selectionModel()->selectedRows());
}

void ReviewQueueDialog::select(const QVector<qint64>& itemIds, qint64 unitId)
{
    QItemSelection selection;
    auto add = [&](const QModelIndex& index) {
        selection.select(index, index.siblingAtColumn(ReviewQueueModel::ColumnCount - 1));
    };
    if (unitId) {
        const QModelIndex unit = m_model->unitIndex(unitId);
        if (unit.isValid())
            add(unit);
    }
    for (int u = 0; u < m_model->rowCount(); ++u) {
        const QModelIndex unit = m_model->index(u, 0);
        for (int r = 0; r < m_model->rowCount(unit); ++r) {
            const QModelIndex item = m_model->index(r, 0, unit);
            if (itemIds.contains(item.data(ReviewQueueModel::ItemIdRole).toLongLong()))
                add(item);
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ReviewQueueDialog::updateButtons()
{
    const bool any = !selectedItemIds().isEmpty();
    const bool waiting = showing() == Status::Proposed;
    m_accept->setVisible(waiting);
    m_return->setVisible(waiting);
    m_repropose->setVisible(!waiting);
    m_accept->setEnabled(any);
    m_return->setEnabled(any);
    m_repropose->setEnabled(any);
    const std::optional<User>& user = m_context.user();
    m_merge->setVisible(waiting && user && user->role == Role::Office);
    m_merge->setEnabled(selectedItemIds().size() >= 2);
}

int ReviewQueueDialog::acceptItems(const QVector<qint64>& ids)
{
    const int n = ReviewActions::apply(m_context, this, ids, Status::InDraft);
    refresh();
    return n;
}

int ReviewQueueDialog::returnItems(const QVector<qint64>& ids, const QString& reason)
{
    const int n = ReviewActions::apply(m_context, this, ids, Status::Returned, reason);
    refresh();
    return n;
}

int ReviewQueueDialog::reproposeItems(const QVector<qint64>& ids)
{
    const int n = ReviewActions::apply(m_context, this, ids, Status::Proposed);
    refresh();
    return n;
}

} // namespace wp::gui
