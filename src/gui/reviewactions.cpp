#include "workprogram/gui/reviewactions.h"

#include "workprogram/core/workflow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/workflowservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

int ReviewActions::apply(WindowContext& context, QWidget* parent, const QVector<qint64>& ids, Status to,
                         const QString& reason)
{
    if (ids.isEmpty() || !context.confirmUser())
        return 0;
    if (!context.user() || !context.database()) {
        Prompts::warning(parent, tr("Chưa đăng nhập"),
                         tr("Hãy đăng nhập (Tệp → Đăng xuất / đổi người dùng) để duyệt nội dung."));
        return 0;
    }
    const models::ItemTableModel* items = context.items();
    for (qint64 id : ids) {
        const int row = items->rowOfId(id);
        if (row >= 0 && Workflow::needsComment(items->item(row).status, to) && reason.trimmed().isEmpty()) {
            Prompts::warning(parent, tr("Cần ghi lý do"),
                             tr("Chuyển nội dung sang \"%1\" cần ghi lý do. Chưa có nội dung nào được thay đổi.")
                                 .arg(StatusInfo::label(to)));
            return 0;
        }
    }
    // All or nothing: one transaction, each item a savepoint in it (WorkflowService::transitionMany).
    int done = 0;
    try {
        done =
            int(storage::WorkflowService(*context.database(), *context.user()).transitionMany(ids, to, reason).size());
    } catch (const wp::Error& e) {
        Prompts::warning(parent, tr("Không thực hiện được"),
                         tr("%1\n\nChưa có nội dung nào được thay đổi.").arg(e.message()));
        return 0;
    }
    context.reloadItems();
    context.showMessage(tr("Đã chuyển %n nội dung sang \"%1\".", nullptr, done).arg(StatusInfo::label(to)), 8000);
    return done;
}

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : EditingDialog(parent), m_edit(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Đồng ý"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 240);
    markUnchanged();
}

QString ReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

void ReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(m_emptyMessage.isEmpty() ? tr("Lý do là bắt buộc: hãy ghi rõ cần điều chỉnh gì.")
                                                  : m_emptyMessage);
        m_error->show();
        m_edit->setFocus();
        return;
    }
    QDialog::accept();
}

QString ReasonDialog::ask(QWidget* parent, const QString& title, const QString& prompt)
{
    ReasonDialog dialog(title, prompt, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}

} // namespace wp::gui
