#pragma once

#include "workprogram/gui/editingdialog.h"

#include "workprogram/storage/reportsettingsrepository.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReportSettingsDialog;
}

namespace wp::gui {

/// Edits who issues and signs a program's printed reports: the bodies of the header block,
/// the place of the date line, the document number, the signer and "Nơi nhận".
class ReportSettingsDialog : public EditingDialog
{
    Q_OBJECT

public:
    /// @p defaults: what "Restore defaults" puts back (ReportSettings::defaultsFor the program).
    ReportSettingsDialog(const storage::ReportSettings& current, storage::ReportSettings defaults,
                         QWidget* parent = nullptr);
    ~ReportSettingsDialog() override;

    /// The settings as edited.
    storage::ReportSettings settings() const;
    void setSettings(const storage::ReportSettings& settings);

private:
    const std::unique_ptr<Ui::ReportSettingsDialog> m_ui;
    storage::ReportSettings m_defaults;
};

} // namespace wp::gui
