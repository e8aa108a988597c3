#include "workprogram/gui/signoffdialog.h"

#include "screenfit.h"

#include "workprogram/core/workflow.h"
#include "workprogram/gui/comparisondialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reviewactions.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wp::gui {

using models::ItemTableModel;
using models::UnitCountsModel;

SignoffDialog::SignoffDialog(WindowContext& context)
    : QDialog(context.dialogParent()), m_context(context), m_summary(new UnitCountsModel(context.items(), this)),
      m_items(new models::ItemFilterProxy(this)), m_state(new QLabel(this)), m_unitLabel(new QLabel(this)),
      m_summaryView(new QTableView(this)), m_itemsView(new QTableView(this)), m_decision(new QLineEdit(this)),
      m_approve(new QPushButton(tr("&Phê duyệt"), this)), m_return(new QPushButton(tr("&Trả lại…"), this)),
      m_approveUnit(new QPushButton(tr("Phê duyệt &cả đơn vị"), this)),
      m_returnUnit(new QPushButton(tr("Trả lại cả đơ&n vị…"), this)),
      m_signoffButton(new QPushButton(tr("&Ký ban hành…"), this))
{
    setWindowTitle(tr("Phê duyệt và ký ban hành chương trình"));
    setObjectName(QStringLiteral("signoffDialog"));
    auto* layout = new QVBoxLayout(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_summaryView->setModel(m_summary);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summaryView->setColumnHidden(UnitCountsModel::Overdue, true);
    m_summaryView->setColumnHidden(UnitCountsModel::DueSoon, true);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->verticalHeader()->setDefaultSectionSize(m_summaryView->fontMetrics().height() + 6);
    splitter->addWidget(m_summaryView);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_unitLabel);
    m_items->setItemModel(context.items());
    m_itemsView->setModel(m_items);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->setSortingEnabled(true);
    m_itemsView->sortByColumn(ItemTableModel::Number, Qt::AscendingOrder);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c = 0; c < ItemTableModel::ColumnCount; ++c)
        m_itemsView->setColumnHidden(c, c != ItemTableModel::Number && c != ItemTableModel::Content &&
                                            c != ItemTableModel::Deadline && c != ItemTableModel::Status);
    m_itemsView->horizontalHeader()->resizeSection(ItemTableModel::Number, 48);
    m_itemsView->horizontalHeader()->resizeSection(ItemTableModel::Content, 560);
    m_itemsView->horizontalHeader()->resizeSection(ItemTableModel::Deadline, 130);
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    lowerLayout->addWidget(m_itemsView);
    auto* itemButtons = new QHBoxLayout;
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Phê duyệt các nội dung đã chọn (Ctrl+Enter)"));
    m_return->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_return->setToolTip(tr("Trả lại các nội dung đã chọn kèm ý kiến (Ctrl+Shift+Enter)"));
    for (QPushButton* b : {m_approve, m_return, m_approveUnit, m_returnUnit})
        itemButtons->addWidget(b);
    itemButtons->addStretch();
    lowerLayout->addLayout(itemButtons);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* signBox = new QGroupBox(tr("Ký ban hành"), this);
    auto* signLayout = new QHBoxLayout(signBox);
    auto* decisionLabel = new QLabel(tr("Số &quyết định:"), signBox);
    decisionLabel->setBuddy(m_decision);
    m_decision->setPlaceholderText(tr("ví dụ 123/QĐ-UBND"));
    m_signoffButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_signoffButton->setToolTip(tr("Ký ban hành chương trình (Ctrl+Shift+K); chỉ được khi không còn nội dung đề xuất "
                                   "hoặc bị trả lại"));
    auto* close = new QPushButton(tr("Đóng"), signBox);
    auto* compare = new QPushButton(tr("&So sánh với ảnh chụp trước…"), signBox);
    compare->setObjectName(QStringLiteral("compareButton"));
    compare->setToolTip(tr("So sánh các nội dung hiện tại với ảnh chụp gần nhất của chương trình"));
    connect(compare, &QPushButton::clicked, this, [this] {
        if (!m_context.database())
            return;
        ComparisonDialog dialog(*m_context.database(), m_context.items()->programId(), m_context.items()->year(), this);
        dialog.exec();
    });
    signLayout->addWidget(compare);
    signLayout->addSpacing(24);
    signLayout->addWidget(decisionLabel);
    signLayout->addWidget(m_decision, 1);
    signLayout->addWidget(m_signoffButton);
    signLayout->addSpacing(24);
    signLayout->addWidget(close);
    layout->addWidget(signBox);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectUnit(current.data(UnitCountsModel::UnitIdRole).toLongLong()); });
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SignoffDialog::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveItems(selectedItemIds()); });
    connect(m_approveUnit, &QPushButton::clicked, this, &SignoffDialog::approveUnit);
    connect(m_return, &QPushButton::clicked, this, [this] {
        const QVector<qint64> ids = selectedItemIds();
        if (ids.isEmpty())
            return;
        const QString reason =
            ReasonDialog::ask(this, tr("Trả lại"), tr("Ý kiến khi trả lại %n nội dung:", nullptr, int(ids.size())));
        if (!reason.isEmpty())
            returnItems(ids, reason);
    });
    connect(m_returnUnit, &QPushButton::clicked, this, [this] {
        if (unitItemIds({Status::Proposed, Status::InDraft}).isEmpty())
            return;
        const QString reason = ReasonDialog::ask(this, tr("Trả lại cả đơn vị"),
                                                 tr("Ý kiến khi trả lại mọi nội dung đề xuất và dự thảo của %1:")
                                                     .arg(m_context.items()->unitName(m_unitId)));
        if (!reason.isEmpty())
            returnUnit(reason);
    });
    connect(m_signoffButton, &QPushButton::clicked, this, [this] { signoff(m_decision->text()); });
    // Another year shown in the window: its program's step and people.
    connect(context.items(), &QAbstractItemModel::modelReset, this, &SignoffDialog::refresh);
    connect(m_summary, &QAbstractItemModel::modelReset, this, [this] {
        hideEmptyUnits();
        updateButtons();
    });
    connect(m_summary, &QAbstractItemModel::dataChanged, this, [this] {
        hideEmptyUnits();
        updateButtons();
    });
    resizeWithinScreen(this, QSize(1100, 720)); // never larger than the screen (issue 14)
    hideEmptyUnits();
    selectUnit(0);
    refresh();
}

void SignoffDialog::refresh()
{
    QString text;
    if (m_context.database()) {
        const std::optional<Program> p =
            storage::ProgramRepository(*m_context.database()).byYear(m_context.items()->year());
        text = p ? tr("<b>%1</b> — bước hiện tại: <b>%2</b>")
                       .arg(p->title.toHtmlEscaped(), ProgramStateInfo::label(p->state))
                 : tr("Năm %1 chưa có chương trình.").arg(m_context.items()->year());
    }
    const std::optional<User>& user = m_context.user();
    text += QStringLiteral("<br>") +
            (user ? tr("Người thực hiện: %1 (%2)").arg(user->fullName.toHtmlEscaped(), RoleInfo::label(user->role))
                  : tr("Chưa đăng nhập: hãy đăng nhập để phê duyệt."));
    m_state->setText(text);
    selectUnit(m_unitId);
}

void SignoffDialog::hideEmptyUnits()
{
    // Units of the year without any item in this program say nothing to the signer.
    for (int r = 0; r < m_summary->rowCount(); ++r) {
        const QModelIndex total = m_summary->index(r, UnitCountsModel::Total);
        m_summaryView->setRowHidden(r, !total.data(UnitCountsModel::IsTotalRole).toBool() && total.data().toInt() == 0);
    }
}

void SignoffDialog::selectUnit(qint64 unitId)
{
    m_unitId = unitId;
    models::ItemFilter f;
    if (unitId)
        f.leadUnits.insert(unitId);
    m_items->setFilter(f);
    m_unitLabel->setText(unitId ? tr("Nội dung do <b>%1</b> chủ trì: %2")
                                      .arg(m_context.items()->unitName(unitId).toHtmlEscaped())
                                      .arg(m_items->rowCount())
                                : tr("Mọi nội dung: %1 — chọn một đơn vị ở bảng trên để xem riêng")
                                      .arg(Prompts::number(m_items->rowCount())));
    updateButtons();
}

QVector<qint64> SignoffDialog::unitItemIds(const QVector<Status>& statuses) const
{
    QVector<qint64> ids;
    for (const Item& it : m_context.items()->items())
        if ((!m_unitId || it.leadUnitId == m_unitId) && (statuses.isEmpty() || statuses.contains(it.status)))
            ids.append(it.id);
    return ids;
}

QVector<qint64> SignoffDialog::selectedItemIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex& index : m_itemsView->selectionModel()->selectedRows())
        ids.append(index.data(ItemTableModel::ItemIdRole).toLongLong());
    return ids;
}

void SignoffDialog::updateButtons()
{
    const bool any = m_itemsView->selectionModel()->hasSelection();
    m_approve->setEnabled(any);
    m_return->setEnabled(any);
    m_approveUnit->setEnabled(m_unitId && !unitItemIds({Status::InDraft}).isEmpty());
    m_returnUnit->setEnabled(m_unitId && !unitItemIds({Status::Proposed, Status::InDraft}).isEmpty());
    m_signoffButton->setEnabled(m_context.user().has_value());
}

int SignoffDialog::approveItems(const QVector<qint64>& ids)
{
    const int n = ReviewActions::apply(m_context, this, ids, Status::Approved);
    refresh();
    return n;
}

int SignoffDialog::returnItems(const QVector<qint64>& ids, const QString& reason)
{
    const int n = ReviewActions::apply(m_context, this, ids, Status::Returned, reason);
    refresh();
    return n;
}

int SignoffDialog::approveUnit()
{
    return approveItems(unitItemIds({Status::InDraft}));
}

int SignoffDialog::returnUnit(const QString& reason)
{
    return returnItems(unitItemIds({Status::Proposed, Status::InDraft}), reason);
}

QString SignoffDialog::totalsText() const
{
    const CountTable& table = m_summary->table();
    QStringList lines;
    for (const CountTable::Row& row : table.rows()) {
        if (!row.total())
            continue;
        QStringList parts;
        for (Status s : StatusInfo::all())
            if (const int n = row.byStatus[size_t(s)])
                parts.append(tr("%1 %2").arg(n).arg(StatusInfo::label(s).toLower()));
        lines.append(tr("• %1: %2 nội dung (%3)")
                         .arg(row.unit.displayName())
                         .arg(row.total())
                         .arg(parts.join(QStringLiteral(", "))));
    }
    QStringList parts;
    for (Status s : StatusInfo::all())
        if (const int n = table.totalFor(s))
            parts.append(tr("%1 %2").arg(n).arg(StatusInfo::label(s).toLower()));
    lines.append(
        tr("Tổng cộng: %1 nội dung (%2)").arg(Prompts::number(table.total())).arg(parts.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}

bool SignoffDialog::signoff(const QString& decisionText)
{
    const QString decision = decisionText.trimmed();
    if (!m_context.confirmUser())
        return false;
    if (!m_context.user() || !m_context.database()) {
        Prompts::warning(this, tr("Chưa đăng nhập"), tr("Hãy đăng nhập bằng tài khoản Lãnh đạo để ký ban hành."));
        return false;
    }
    if (decision.isEmpty()) {
        Prompts::warning(this, tr("Thiếu số quyết định"), tr("Hãy ghi số và ký hiệu quyết định, ví dụ 123/QĐ-UBND."));
        m_decision->setFocus();
        return false;
    }
    m_context.reloadItems(); // the totals confirmed are those of the database now
    std::optional<Program> program =
        storage::ProgramRepository(*m_context.database()).byYear(m_context.items()->year());
    if (!program) {
        Prompts::warning(this, tr("Không ký ban hành được"),
                         tr("Năm %1 chưa có chương trình.").arg(m_context.items()->year()));
        return false;
    }
    bool blocked = false;
    for (Status s : StatusInfo::all())
        blocked = blocked || (Workflow::blocksSignoff(s) && m_summary->table().totalFor(s) > 0);
    // While items are still open, WorkflowService refuses before any question: its message
    // says what is left. Otherwise the leader confirms the totals they sign.
    if (!blocked &&
        Prompts::question(this, tr("Ký ban hành"),
                          tr("Ký ban hành %1 theo quyết định số %2?\n\nSố nội dung theo đơn vị chủ trì:\n%3")
                              .arg(program->title, decision, totalsText())) != QMessageBox::Yes)
        return false;
    try {
        storage::WorkflowService(*m_context.database(), *m_context.user()).signoff(*program, decision);
    } catch (const wp::Error& e) {
        Prompts::warning(this, tr("Không ký ban hành được"), e.message());
        return false;
    }
    m_context.reloadItems(); // the window's step and actions follow the signed program
    m_context.showMessage(tr("Đã ký ban hành %1, quyết định số %2.").arg(program->title, decision), 10000);
    refresh();
    return true;
}

} // namespace wp::gui
