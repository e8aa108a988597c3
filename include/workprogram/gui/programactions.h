#pragma once

#include "workprogram/gui/editingdialog.h"

#include "workprogram/core/item.h"
#include "workprogram/core/program.h"
#include "workprogram/core/status.h"

#include <QDialog>
#include <QObject>
#include <QVector>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;

namespace wp::gui {

class WindowContext;

/// The window's actions for the rest of the workflow (issue 4): the program's steps (menu
/// "Chương trình"), the status changes and comments of the selected items (menu "Duyệt" and the
/// table's context menu), the year rollover, and the program's step in the status bar. Every action calls
/// storage::WorkflowService as the signed-in person, exactly as the CLI does; an action is enabled only when
/// wp::Workflow's tables allow it to that person, and a refusal is shown with WorkflowService's own words.
class ProgramActions : public QObject
{
    Q_OBJECT

public:
    explicit ProgramActions(WindowContext& context);

    /// The program of the shown year as last read (after each change), none when it has none.
    const std::optional<Program>& program() const { return m_program; }
    /// The status-bar label that always shows the program's current step.
    QLabel* stateLabel() const { return m_stateLabel; }
    QMenu* programMenu() const { return m_programMenu; }
    /// The menu action of the step @p from → @p to, nullptr when the workflow has no such step.
    QAction* stepAction(ProgramState from, ProgramState to) const;
    QAction* rolloverAction() const { return m_rolloverAction; }
    QAction* proposeAction() const { return m_proposeAction; }
    QAction* commentAction() const { return m_commentAction; }
    /// "Chuyển trạng thái": one entry per status every selected item may be moved to.
    QMenu* transitionMenu() const { return m_transitionMenu; }

    // What the menus do, public so that tests drive exactly that.
    /// Moves the shown year's program to @p to: asks for confirmation (StepDialog, with an
    /// optional label for the snapshot) when the workflow allows it, then WorkflowService::step.
    bool takeStep(ProgramState to);
    /// What the confirmation of the step of @p program to @p to says.
    QString stepQuestion(const Program& program, ProgramState to) const;
    /// The statuses the signed-in person may move every selected item to (empty: none).
    QVector<Status> allowedStatuses() const;
    /// Moves the selected items to @p to in one transaction, asking for the reason when the
    /// transition needs one. Returns how many items moved.
    int transitionSelected(Status to);
    /// Asks for a comment on the selected item and records it (WorkflowService::comment).
    bool commentOnSelected();
    /// Carries the shown year's unfinished items into a later year (RolloverDialog asks which),
    /// then offers to show that year. Returns how many items were carried, -1 when nothing was done.
    int rollover();

    /// Reads the program again and updates every action's enabled state.
    void refresh();

private:
    void setupMenus();
    void updateItemActions();
    void showTransitionMenu();

    WindowContext& m_context;
    std::optional<Program> m_program;
    QLabel* m_stateLabel;
    QMenu* m_programMenu = nullptr;
    QMenu* m_transitionMenu = nullptr;
    QAction* m_rolloverAction = nullptr;
    QAction* m_proposeAction = nullptr;
    QAction* m_commentAction = nullptr;
    struct StepEntry
    {
        ProgramState from;
        ProgramState to;
        QAction* action;
    };
    QVector<StepEntry> m_steps;
};

/// Confirms a program step: what it does, that a snapshot of the items is frozen with it, and
/// an optional label for that snapshot.
class StepDialog : public EditingDialog
{
    Q_OBJECT

public:
    StepDialog(const QString& text, const QString& defaultLabel, QWidget* parent = nullptr);
    QLineEdit* labelEdit() const { return m_label; }
    QLabel* textLabel() const { return m_text; }
    /// The label typed, empty for the default one.
    QString label() const;

private:
    QLabel* m_text;
    QLineEdit* m_label;
};

/// Asks the year the unfinished items go to (default: the next year) and says, before anything
/// is written, how many items will be carried and how many dated deadlines will need review.
class RolloverDialog : public QDialog
{
    Q_OBJECT

public:
    RolloverDialog(WindowContext& context, int fromYear, QWidget* parent = nullptr);
    QSpinBox* yearSpin() const { return m_year; }
    QLabel* summaryLabel() const { return m_summary; }
    int toYear() const;
    /// Unfinished items of the shown year, and those whose date deadline will be flagged.
    int carriedCount() const { return m_carried; }
    int flaggedCount() const { return m_flagged; }

private:
    void updateSummary();

    WindowContext& m_context;
    int m_fromYear;
    QSpinBox* m_year;
    QLabel* m_summary;
    int m_carried = 0;
    int m_flagged = 0;
};

} // namespace wp::gui
