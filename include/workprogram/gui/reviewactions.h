#pragma once

#include "workprogram/gui/editingdialog.h"

#include "workprogram/core/status.h"

#include <QCoreApplication>
#include <QDialog>
#include <QVector>

class QLabel;
class QPlainTextEdit;

namespace wp::gui {

class WindowContext;

/// Moves items through WorkflowService as the person signed in to the window, all of them in one
/// transaction: when one is refused, none moves and the refusal is shown with WorkflowService's
/// own words. A reason the transition needs is checked before anything is written. The window's
/// items are read again afterwards. Returns how many items were moved.
class ReviewActions
{
    Q_DECLARE_TR_FUNCTIONS(wp::gui::ReviewActions)

public:
    static int apply(WindowContext& context, QWidget* parent, const QVector<qint64>& ids, Status to,
                     const QString& reason = QString());
};

/// Asks for the reason of a return; refuses to close with OK while the reason is empty.
class ReasonDialog : public EditingDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);
    QString reason() const;
    QPlainTextEdit* edit() const { return m_edit; }
    QLabel* errorLabel() const { return m_error; }
    /// What the dialog says when OK is pressed with nothing written (default: about a reason).
    void setEmptyMessage(const QString& message) { m_emptyMessage = message; }
    void accept() override;

    /// Shows the dialog; the reason, or an empty string when cancelled.
    static QString ask(QWidget* parent, const QString& title, const QString& prompt);

private:
    QPlainTextEdit* m_edit;
    QLabel* m_error;
    QString m_emptyMessage;
};

} // namespace wp::gui
