#pragma once

#include <QDialog>

namespace wp::gui {

/// A dialog where something is typed: Esc, Hủy and the title bar's close ask before throwing
/// typed changes away. What counts as typed is read from the dialog's own fields (line and text
/// edits, combo boxes, check boxes, spin boxes, unit lists), so a dialog only has to call
/// markUnchanged() once its fields are filled.
class EditingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditingDialog(QWidget* parent = nullptr) : QDialog(parent) {}

    /// Whether a field differs from what it held at markUnchanged().
    bool hasChanges() const { return fieldsState() != m_initial; }
    /// Esc and Hủy: with typed changes, asks before throwing them away.
    void reject() override;
    /// Takes the fields as they are now as the unchanged state.
    void markUnchanged() { m_initial = fieldsState(); }

private:
    /// Every editable field's value, in one string.
    QString fieldsState() const;
    QString m_initial;
};

} // namespace wp::gui
