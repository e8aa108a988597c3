#include "workprogram/gui/reportsettingsdialog.h"

#include "ui_reportsettingsdialog.h"

#include <QPushButton>

namespace wp::gui {

ReportSettingsDialog::ReportSettingsDialog(const storage::ReportSettings& current, storage::ReportSettings defaults,
                                           QWidget* parent)
    : EditingDialog(parent), m_ui(std::make_unique<Ui::ReportSettingsDialog>()), m_defaults(std::move(defaults))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Mặc định"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(m_defaults); });
    setSettings(current);
    markUnchanged();
}

ReportSettingsDialog::~ReportSettingsDialog() = default;

void ReportSettingsDialog::setSettings(const storage::ReportSettings& s)
{
    m_ui->parentBodyEdit->setText(s.parentBody);
    m_ui->issuingBodyEdit->setText(s.issuingBody);
    m_ui->placeEdit->setText(s.place);
    m_ui->numberEdit->setText(s.documentNumber);
    m_ui->authorityEdit->setText(s.signerAuthority);
    m_ui->signerTitleEdit->setText(s.signerTitle);
    m_ui->signerNameEdit->setText(s.signerName);
    m_ui->recipientsEdit->setPlainText(s.recipients.join(QLatin1Char('\n')));
}

storage::ReportSettings ReportSettingsDialog::settings() const
{
    storage::ReportSettings s;
    s.parentBody = m_ui->parentBodyEdit->text().trimmed();
    s.issuingBody = m_ui->issuingBodyEdit->text().trimmed();
    s.place = m_ui->placeEdit->text().trimmed();
    s.documentNumber = m_ui->numberEdit->text().trimmed();
    s.signerAuthority = m_ui->authorityEdit->text().trimmed();
    s.signerTitle = m_ui->signerTitleEdit->text().trimmed();
    s.signerName = m_ui->signerNameEdit->text().trimmed();
    for (QString line : m_ui->recipientsEdit->toPlainText().split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('-'))) // typed with the dash the page prints anyway
            line = line.mid(1).trimmed();
        if (!line.isEmpty())
            s.recipients.append(line);
    }
    return s;
}

} // namespace wp::gui
