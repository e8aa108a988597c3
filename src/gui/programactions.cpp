// The program's steps, the items' status changes and comments, and the year rollover in the
// window (issue 4): menus "Chương trình" and "Duyệt", the table's context menu, the status bar.
#include "workprogram/gui/programactions.h"

#include "workprogram/core/workflow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reviewactions.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

namespace wp::gui {

using models::ItemTableModel;

namespace {

/// The words of a step's menu entry; the steps themselves come from wp::Workflow.
QString stepText(ProgramState from, ProgramState to)
{
    if (from == ProgramState::Collecting && to == ProgramState::Drafting)
        return ProgramActions::tr("Kết thúc nhận đề xuất, &tổng hợp dự thảo…");
    if (from == ProgramState::Drafting && to == ProgramState::Review)
        return ProgramActions::tr("Trình &Lãnh đạo xem xét dự thảo…");
    if (from == ProgramState::Review && to == ProgramState::Drafting)
        return ProgramActions::tr("Đưa dự thảo &về tổng hợp lại…");
    if (from == ProgramState::Issued && to == ProgramState::Amending)
        return ProgramActions::tr("&Mở điều chỉnh, bổ sung chương trình…");
    if (from == ProgramState::Amending && to == ProgramState::Review)
        return ProgramActions::tr("Trình Lãnh đạo &duyệt điều chỉnh…");
    return ProgramActions::tr("%1 → %2…").arg(ProgramStateInfo::label(from), ProgramStateInfo::label(to));
}

/// What moving to @p to means for the people working on the program.
QString stepMeaning(ProgramState from, ProgramState to)
{
    switch (to) {
    case ProgramState::Drafting:
        return from == ProgramState::Review
                   ? ProgramActions::tr("Dự thảo trở lại Văn phòng để tổng hợp, chỉnh sửa tiếp.")
                   : ProgramActions::tr("Văn phòng tổng hợp các đề xuất của đơn vị vào dự thảo chương trình.");
    case ProgramState::Review:
        return from == ProgramState::Amending
                   ? ProgramActions::tr("Các nội dung đã phê duyệt được khóa lại; Lãnh đạo ký ban hành điều chỉnh "
                                        "(Duyệt → Phê duyệt và ký ban hành).")
                   : ProgramActions::tr("Lãnh đạo xem xét, phê duyệt hoặc trả lại từng nội dung rồi ký ban hành.");
    case ProgramState::Amending:
        return ProgramActions::tr("Văn phòng được sửa các nội dung đã phê duyệt và đang thực hiện (điều chỉnh, bổ "
                                  "sung); sau đó trình Lãnh đạo ký ban hành điều chỉnh. Bản đã ký giữ nguyên.");
    case ProgramState::Collecting:
    case ProgramState::Issued:
        break;
    }
    return {};
}

} // namespace

ProgramActions::ProgramActions(WindowContext& context)
    : QObject(&context), m_context(context), m_stateLabel(new QLabel(context.dialogParent()))
{
    m_stateLabel->setObjectName(QStringLiteral("programStateLabel"));
    m_stateLabel->setContentsMargins(12, 0, 4, 0); // apart from the signed-in person beside it
    context.places().statusBar->addPermanentWidget(m_stateLabel);
    setupMenus();
    ItemTableModel* model = context.items();
    connect(model, &QAbstractItemModel::modelReset, this, &ProgramActions::refresh);
    connect(model, &ItemTableModel::itemsChanged, this, &ProgramActions::updateItemActions);
    connect(&context, &WindowContext::userChanged, this, &ProgramActions::refresh);
    connect(&context, &WindowContext::selectionChanged, this, &ProgramActions::updateItemActions);
    refresh();
}

void ProgramActions::setupMenus()
{
    const WindowContext::Places& places = m_context.places();
    m_programMenu = new QMenu(tr("&Chương trình"), places.window);
    m_programMenu->setObjectName(QStringLiteral("programMenu"));
    for (const ProgramStep& s : Workflow::programSteps()) {
        if (s.to == ProgramState::Issued) // the sign-off has its own screen (Duyệt menu)
            continue;
        QAction* action = m_programMenu->addAction(stepText(s.from, s.to));
        action->setObjectName(
            QStringLiteral("step-%1-%2").arg(ProgramStateInfo::key(s.from), ProgramStateInfo::key(s.to)));
        action->setStatusTip(
            tr("%1 → %2: %3")
                .arg(ProgramStateInfo::label(s.from), ProgramStateInfo::label(s.to), Workflow::describe(s.roles)));
        const ProgramState to = s.to;
        connect(action, &QAction::triggered, this, [this, to] { takeStep(to); });
        m_steps.append({s.from, s.to, action});
    }
    m_programMenu->addSeparator();
    m_rolloverAction = m_programMenu->addAction(tr("Chuyển các việc chưa xong sang &năm sau…"));
    m_rolloverAction->setObjectName(QStringLiteral("rolloverAction"));
    m_rolloverAction->setStatusTip(
        tr("Văn phòng: các nội dung chưa hoàn thành thành đề xuất của chương trình năm sau"));
    connect(m_rolloverAction, &QAction::triggered, this, [this] { rollover(); });
    places.menuBar->insertMenu(places.reportsMenu->menuAction(), m_programMenu);

    // The items' actions sit with the review screens, and in the table's context menu.
    m_proposeAction = new QAction(tr("Đề &xuất"), this);
    m_proposeAction->setObjectName(QStringLiteral("proposeAction"));
    m_proposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_proposeAction, &QAction::triggered, this, [this] { transitionSelected(Status::Proposed); });
    m_transitionMenu = new QMenu(tr("Chuyển &trạng thái"), places.window);
    m_transitionMenu->setObjectName(QStringLiteral("transitionMenu"));
    QAction* transitionAction = m_transitionMenu->menuAction();
    transitionAction->setObjectName(QStringLiteral("transitionMenuAction"));
    // The key opens the submenu beside the current row, for a choice by arrow keys.
    transitionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(transitionAction, &QAction::triggered, this, &ProgramActions::showTransitionMenu);
    m_commentAction = new QAction(tr("Ghi ý &kiến…"), this);
    m_commentAction->setObjectName(QStringLiteral("commentAction"));
    m_commentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_commentAction, &QAction::triggered, this, [this] { commentOnSelected(); });

    places.reviewMenu->addSeparator();
    places.reviewMenu->addActions({m_proposeAction, transitionAction, m_commentAction});
    QTableView* view = places.itemsView;
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    view->addActions({separator, m_proposeAction, transitionAction, m_commentAction});
}

QAction* ProgramActions::stepAction(ProgramState from, ProgramState to) const
{
    for (const StepEntry& s : m_steps)
        if (s.from == from && s.to == to)
            return s.action;
    return nullptr;
}

void ProgramActions::refresh()
{
    m_program.reset();
    const int year = m_context.year();
    if (storage::Database* db = m_context.database()) {
        try {
            m_program = storage::ProgramRepository(*db).byYear(year);
        } catch (const wp::Error& e) {
            m_context.showMessage(e.message(), 10000);
        }
    }
    if (!m_context.database())
        m_stateLabel->clear();
    else if (m_program)
        m_stateLabel->setText(
            tr("Chương trình năm %1: %2").arg(m_program->year).arg(ProgramStateInfo::label(m_program->state)));
    else
        m_stateLabel->setText(tr("Năm %1 chưa có chương trình").arg(year));
    const std::optional<User>& user = m_context.user();
    for (const StepEntry& s : m_steps) {
        const std::optional<ProgramStep> step = Workflow::findStep(s.from, s.to);
        s.action->setEnabled(user && m_program && step && m_program->state == s.from &&
                             step->roles.contains(user->role));
    }
    m_rolloverAction->setEnabled(user && m_program && Workflow::mayRollover(user->role));
    updateItemActions();
}

QVector<Status> ProgramActions::allowedStatuses() const
{
    QVector<Status> allowed;
    const std::optional<User>& user = m_context.user();
    const QVector<Item> items = m_context.selectedItems();
    if (!user || items.isEmpty() || !m_context.database())
        return allowed;
    for (Status to : StatusInfo::all()) {
        bool all = true;
        for (const Item& it : items)
            all = all && Workflow::allows(it.status, to, user->role) && user->covers(it.leadUnitId);
        if (all)
            allowed.append(to);
    }
    return allowed;
}

void ProgramActions::updateItemActions()
{
    const QVector<Status> allowed = allowedStatuses();
    const QVector<Item> items = m_context.selectedItems();
    m_transitionMenu->clear();
    for (Status to : allowed) {
        bool reason = false;
        for (const Item& it : items)
            reason = reason || Workflow::needsComment(it.status, to);
        QAction* action =
            m_transitionMenu->addAction(reason ? tr("%1…").arg(StatusInfo::label(to)) : StatusInfo::label(to));
        action->setObjectName(QStringLiteral("transition-%1").arg(StatusInfo::key(to)));
        connect(action, &QAction::triggered, this, [this, to] { transitionSelected(to); });
    }
    m_transitionMenu->menuAction()->setEnabled(!allowed.isEmpty());
    m_proposeAction->setEnabled(allowed.contains(Status::Proposed));
    const std::optional<User>& user = m_context.user();
    m_commentAction->setEnabled(user && items.size() == 1 && user->covers(items.first().leadUnitId));
}

void ProgramActions::showTransitionMenu()
{
    if (m_transitionMenu->isEmpty())
        return;
    QTableView* view = m_context.places().itemsView;
    const QRect cell = view->visualRect(view->currentIndex());
    m_transitionMenu->popup(view->viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft() : QPoint(0, 0)));
}

bool ProgramActions::takeStep(ProgramState to)
{
    storage::Database* db = m_context.database();
    if (!db || !m_context.confirmUser())
        return false;
    const std::optional<User>& user = m_context.user();
    QWidget* parent = m_context.dialogParent();
    if (!user) {
        Prompts::warning(parent, tr("Chưa đăng nhập"),
                         tr("Hãy đăng nhập (Tệp → Đăng xuất / đổi người dùng) để chuyển bước chương trình."));
        return false;
    }
    // The step is judged on the program as stored now: someone may have moved it meanwhile.
    std::optional<Program> program;
    try {
        program = storage::ProgramRepository(*db).byYear(m_context.year());
    } catch (const wp::Error& e) {
        Prompts::warning(parent, tr("Không chuyển bước được"), e.message());
        return false;
    }
    if (!program) {
        Prompts::warning(parent, tr("Không chuyển bước được"),
                         tr("Năm %1 chưa có chương trình.").arg(m_context.year()));
        refresh();
        return false;
    }
    const ProgramState from = program->state;
    const std::optional<ProgramStep> step = Workflow::findStep(from, to);
    // A step the workflow refuses gets no question: WorkflowService's refusal says why.
    QString label;
    if (step && step->roles.contains(user->role) && to != ProgramState::Issued) {
        const QString text = stepQuestion(*program, to);
        StepDialog dialog(text, tr("%1 → %2").arg(ProgramStateInfo::label(from), ProgramStateInfo::label(to)), parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        label = dialog.label();
    }
    storage::Snapshot snapshot;
    try {
        snapshot = storage::WorkflowService(*db, *user).step(*program, to, label);
    } catch (const wp::Error& e) {
        Prompts::warning(parent, tr("Không chuyển bước được"), e.message());
        refresh();
        return false;
    }
    m_context.reloadItems(); // the step label and the actions follow (refresh on the model's reset)
    m_context.showMessage(
        tr("Chương trình năm %1: %2 → %3; đã ghi ảnh chụp #%4 (%n nội dung).", nullptr, int(snapshot.items().size()))
            .arg(program->year)
            .arg(ProgramStateInfo::label(from), ProgramStateInfo::label(to))
            .arg(snapshot.id),
        10000);
    return true;
}

QString ProgramActions::stepQuestion(const Program& program, ProgramState to) const
{
    return tr("Chuyển chương trình năm %1 từ bước \"%2\" sang \"%3\"?")
               .arg(program.year)
               .arg(ProgramStateInfo::label(program.state), ProgramStateInfo::label(to)) +
           QStringLiteral("\n\n") + stepMeaning(program.state, to) + QStringLiteral("\n\n") +
           tr("Một ảnh chụp của %n nội dung hiện có được lưu lại cùng bước này: không sửa, không xóa được, dùng để "
              "so sánh về sau (Duyệt → So sánh các ảnh chụp).",
              nullptr, int(m_context.items()->items().size()));
}

int ProgramActions::transitionSelected(Status to)
{
    const QVector<Item> items = m_context.selectedItems();
    if (items.isEmpty())
        return 0;
    QVector<qint64> ids;
    bool needsReason = false;
    for (const Item& it : items) {
        ids.append(it.id);
        needsReason = needsReason || Workflow::needsComment(it.status, to);
    }
    QString reason;
    if (needsReason && m_context.user()) {
        reason = ReasonDialog::ask(
            m_context.dialogParent(), tr("Chuyển sang \"%1\"").arg(StatusInfo::label(to)),
            tr("Chuyển %n nội dung sang \"%1\" cần ghi lý do:", nullptr, int(ids.size())).arg(StatusInfo::label(to)));
        if (reason.isEmpty()) {
            m_context.showMessage(tr("Chưa chuyển nội dung nào: chưa ghi lý do."), 8000);
            return 0;
        }
    }
    return ReviewActions::apply(m_context, m_context.dialogParent(), ids, to, reason);
}

bool ProgramActions::commentOnSelected()
{
    const QVector<Item> items = m_context.selectedItems();
    storage::Database* db = m_context.database();
    if (items.size() != 1 || !db || !m_context.confirmUser())
        return false;
    const std::optional<User>& user = m_context.user();
    QWidget* parent = m_context.dialogParent();
    if (!user) {
        Prompts::warning(parent, tr("Chưa đăng nhập"),
                         tr("Hãy đăng nhập (Tệp → Đăng xuất / đổi người dùng) để ghi ý kiến."));
        return false;
    }
    const Item& item = items.first();
    ReasonDialog dialog(tr("Ghi ý kiến"), tr("Ý kiến về nội dung số %1: %2").arg(item.number).arg(item.content),
                        parent);
    dialog.setEmptyMessage(tr("Hãy ghi ý kiến trước khi bấm Đồng ý."));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    try {
        storage::WorkflowService(*db, *user).comment(item.id, dialog.reason());
    } catch (const wp::Error& e) {
        Prompts::warning(parent, tr("Không ghi được ý kiến"), e.message());
        return false;
    }
    m_context.showHistory(item.id); // the history panel reads the item again, comment on top
    m_context.showMessage(tr("Đã ghi ý kiến về nội dung số %1.").arg(item.number), 8000);
    return true;
}

int ProgramActions::rollover()
{
    storage::Database* db = m_context.database();
    if (!db || !m_context.confirmUser())
        return -1;
    const std::optional<User>& user = m_context.user();
    QWidget* parent = m_context.dialogParent();
    if (!user) {
        Prompts::warning(parent, tr("Chưa đăng nhập"),
                         tr("Hãy đăng nhập bằng tài khoản Văn phòng để chuyển các việc chưa xong sang năm sau."));
        return -1;
    }
    const int fromYear = m_context.year();
    RolloverDialog dialog(m_context, fromYear, parent);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    const int toYear = dialog.toYear();
    QVector<Item> carried;
    try {
        carried = storage::WorkflowService(*db, *user).rollover(fromYear, toYear);
    } catch (const wp::Error& e) {
        Prompts::warning(parent, tr("Không chuyển sang năm %1 được").arg(toYear), e.message());
        return -1;
    }
    int flagged = 0;
    for (const Item& it : carried)
        flagged += it.deadlineNeedsReview ? 1 : 0;
    QString done =
        carried.isEmpty()
            ? tr("Năm %1 không có nội dung nào chưa hoàn thành; đã mở chương trình năm %2.").arg(fromYear).arg(toYear)
            : tr("Đã chuyển %1 nội dung chưa hoàn thành của năm %2 sang chương trình năm %3 (số %4 đến %5), "
                 "thành đề xuất.")
                  .arg(carried.size())
                  .arg(fromYear)
                  .arg(toYear)
                  .arg(carried.first().number)
                  .arg(carried.last().number);
    if (flagged)
        done += QLatin1Char(' ') + tr("%n nội dung có thời hạn là ngày cụ thể, cần xem lại.", nullptr, flagged);
    m_context.showMessage(done, 15000);
    m_context.addYear(toYear); // the new year is in the year list whatever the answer
    if (Prompts::question(parent, tr("Đã chuyển sang năm %1").arg(toYear),
                          done + QStringLiteral("\n\n") + tr("Mở chương trình năm %1 ngay?").arg(toYear)) ==
        QMessageBox::Yes)
        m_context.showYear(toYear); // the year list gains the new year
    return int(carried.size());
}

} // namespace wp::gui
