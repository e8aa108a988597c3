// The program's settings and its "about" box.
#include "workprogram/gui/settingsactions.h"

#include "ui_settingsdialog.h"
#include "windowtext.h"

#include "workprogram/gui/backupactions.h"
#include "workprogram/gui/editingdialog.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace wp::gui {

SettingsActions::SettingsActions(WindowContext& context) : QObject(&context), m_context(context)
{
    auto* settings = new QAction(WindowText::tr("&Cài đặt…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    connect(settings, &QAction::triggered, this, &SettingsActions::showSettings);
    context.places().fileMenu->addAction(settings);
    auto* about = new QAction(WindowText::tr("&Giới thiệu"), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &SettingsActions::showAbout);
    context.places().helpMenu->addAction(about);
}

void SettingsActions::showSettings()
{
    EditingDialog dialog(m_context.dialogParent());
    Ui::SettingsDialog ui;
    ui.setupUi(&dialog);
    ui.languageCombo->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    ui.languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    QSettings settings;
    ui.languageCombo->setCurrentIndex(
        ui.languageCombo->findData(settings.value(QStringLiteral("language"), QStringLiteral("vi"))));
    ui.dailyBackupCheck->setChecked(settings.value(QStringLiteral("backup/daily"), true).toBool());
    ui.keepSpin->setValue(settings.value(QStringLiteral("backup/keep"), BackupActions::DefaultBackupsKept).toInt());
    ui.folderEdit->setText(settings.value(QStringLiteral("backup/folder")).toString());
    ui.folderEdit->setPlaceholderText(m_context.database()
                                          ? BackupActions::backupFolder(m_context.database()->location())
                                          : WindowText::tr("thư mục \"sao-luu\" cạnh tệp dữ liệu"));
    dialog.markUnchanged();
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("language"), ui.languageCombo->currentData());
    settings.setValue(QStringLiteral("backup/daily"), ui.dailyBackupCheck->isChecked());
    settings.setValue(QStringLiteral("backup/keep"), ui.keepSpin->value());
    settings.setValue(QStringLiteral("backup/folder"), ui.folderEdit->text().trimmed());
}

void SettingsActions::showAbout()
{
    Prompts::information(
        m_context.dialogParent(), WindowText::tr("Giới thiệu"),
        WindowText::tr("Quản lý Chương trình công tác %1\n\nLập, rà soát, theo dõi và in chương trình công tác năm "
                       "của Ủy ban nhân dân.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace wp::gui
