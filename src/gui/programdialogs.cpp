// The confirmation of a program step and the year rollover's question (ProgramActions).
#include "workprogram/core/rollover.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/programrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wp::gui {

StepDialog::StepDialog(const QString& text, const QString& defaultLabel, QWidget* parent)
    : EditingDialog(parent), m_text(new QLabel(text, this)), m_label(new QLineEdit(this))
{
    setObjectName(QStringLiteral("stepDialog"));
    setWindowTitle(tr("Chuyển bước chương trình"));
    auto* layout = new QVBoxLayout(this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    auto* form = new QFormLayout;
    m_label->setPlaceholderText(defaultLabel);
    m_label->setToolTip(tr("Để trống: ảnh chụp mang tên bước (%1)").arg(defaultLabel));
    form->addRow(tr("&Tên ảnh chụp (không bắt buộc):"), m_label);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Chuyển bước"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    markUnchanged();
}

QString StepDialog::label() const
{
    return m_label->text().trimmed();
}

RolloverDialog::RolloverDialog(WindowContext& context, int fromYear, QWidget* parent)
    : QDialog(parent), m_context(context), m_fromYear(fromYear), m_year(new QSpinBox(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("rolloverDialog"));
    setWindowTitle(tr("Chuyển các việc chưa xong sang năm sau"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Các nội dung chưa hoàn thành của chương trình năm %1 (không tính nội dung đã hoàn "
                                "thành, không đưa vào hoặc đã rút) được chép sang chương trình năm mới thành đề "
                                "xuất, giữ liên kết với nội dung cũ.")
                                 .arg(fromYear),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_year->setRange(fromYear + 1, 2200);
    m_year->setValue(fromYear + 1);
    form->addRow(tr("Sang &năm:"), m_year);
    layout->addLayout(form);
    m_summary->setObjectName(QStringLiteral("rolloverSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Chuyển sang năm mới"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &RolloverDialog::updateSummary);
    updateSummary();
    resize(560, sizeHint().height());
}

int RolloverDialog::toYear() const
{
    return m_year->value();
}

void RolloverDialog::updateSummary()
{
    // A preview from wp::Rollover's rules; WorkflowService::rollover decides and writes.
    m_carried = 0;
    m_flagged = 0;
    for (const Item& it : m_context.items()->items()) {
        if (!Rollover::isUnfinished(it.status))
            continue;
        ++m_carried;
        if (Rollover::carry(it.deadline, m_fromYear, toYear()).needsReview)
            ++m_flagged;
    }
    QStringList lines;
    lines.append(tr("Sẽ chuyển %1 nội dung chưa hoàn thành sang chương trình năm %2.").arg(m_carried).arg(toYear()));
    lines.append(tr("%1 nội dung có thời hạn là một ngày cụ thể: giữ nguyên ngày và được đánh dấu cần xem lại; các "
                    "thời hạn theo tháng, quý, năm được chuyển sang năm %2.")
                     .arg(m_flagged)
                     .arg(toYear()));
    std::optional<Program> target;
    if (storage::Database* db = m_context.database())
        target = storage::ProgramRepository(*db).byYear(toYear());
    lines.append(target ? tr("Năm %1 đã có chương trình (bước \"%2\"): các nội dung được thêm sau các nội dung đã có.")
                              .arg(toYear())
                              .arg(ProgramStateInfo::label(target->state))
                        : tr("Chương trình năm %1 sẽ được tạo.").arg(toYear()));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

} // namespace wp::gui
