// Esc asks before typed changes are lost, for every dialog that collects input.
#include "workprogram/gui/editingdialog.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/gui/unitpicker.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace wp::gui {

QString EditingDialog::fieldsState() const
{
    // Generic on purpose: a field added to a dialog later is covered without anyone remembering
    // to list it. Read-only and disabled fields cannot hold typed changes.
    QStringList parts;
    const auto editable = [](const QWidget* w) { return w->isEnabled(); };
    for (const QLineEdit* e : findChildren<QLineEdit*>())
        if (editable(e) && !e->isReadOnly())
            parts.append(e->text());
    for (const QPlainTextEdit* e : findChildren<QPlainTextEdit*>())
        if (editable(e) && !e->isReadOnly())
            parts.append(e->toPlainText());
    for (const QTextEdit* e : findChildren<QTextEdit*>())
        if (editable(e) && !e->isReadOnly())
            parts.append(e->toPlainText());
    for (const QComboBox* c : findChildren<QComboBox*>())
        if (editable(c))
            parts.append(c->currentText());
    for (const QAbstractSpinBox* s : findChildren<QAbstractSpinBox*>())
        if (editable(s))
            parts.append(s->text());
    for (const QAbstractButton* b : findChildren<QAbstractButton*>())
        if (editable(b) && b->isCheckable())
            parts.append(b->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    for (const UnitListEditor* u : findChildren<UnitListEditor*>()) {
        QStringList ids;
        for (qint64 id : u->checkedIds())
            ids.append(QString::number(id));
        parts.append(ids.join(QLatin1Char(',')));
    }
    return parts.join(QChar(0x1f));
}

void EditingDialog::reject()
{
    if (hasChanges() &&
        Prompts::question(this, tr("Bỏ các thay đổi?"),
                          tr("Các thay đổi vừa nhập chưa được lưu. Bỏ các thay đổi và đóng hộp thoại?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace wp::gui
