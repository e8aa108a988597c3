#pragma once

#include "workprogram/core/program.h"
#include "workprogram/core/status.h"
#include "workprogram/core/user.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wp {

/// The fields of an item, for field locks and for the history's field-by-field changes.
enum class ItemField
{
    Content,
    LeadUnit,
    CoUnits,
    Deadline,
    Leader,
    Group,
    Form,
    Level,
    Note,
};

/// One allowed move of an item's status: who may make it and whether a comment is required.
struct Transition
{
    Status from;
    Status to;
    QVector<Role> roles;
    bool needsComment = false;
};

/// One allowed step of a whole program (collecting → drafting → review → issued → amending).
struct ProgramStep
{
    ProgramState from;
    ProgramState to;
    QVector<Role> roles;
};

/// The item workflow as tables: per status and role the allowed next statuses, the
/// transitions that need a comment, and the fields locked in each status. Pure rules;
/// wp_storage's WorkflowService checks them before writing anything.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(wp::Workflow)

public:
    static const QVector<Transition>& transitions();
    /// The transition from @p from to @p to, if the workflow has one at all.
    static std::optional<Transition> find(Status from, Status to);
    /// The statuses @p role may move an item in status @p from to.
    static QVector<Status> next(Status from, Role role);
    static bool allows(Status from, Status to, Role role);
    /// The roles that may move an item from @p from to @p to (empty: nobody).
    static QVector<Role> whoMay(Status from, Status to);
    /// Returning, rejecting and withdrawing need a written reason.
    static bool needsComment(Status from, Status to);

    static const QVector<ItemField>& fields();
    /// Stable key of a field in the history: "content", "lead_unit", ...
    static QString fieldKey(ItemField f);
    static QString fieldLabel(ItemField f);
    /// Approved and later items are locked (changed only by an amendment): no field may be
    /// edited, except the note while the item is being carried out.
    static bool isLocked(Status s, ItemField f);
    /// While its program is being amended (ProgramState::Amending), the Office may edit every
    /// field of an approved or in-progress item: the amendment (điều chỉnh) the locks point to.
    /// Signed off again by a leader, the program is issued and the items are locked again.
    static bool amendable(Status s, Role role)
    {
        return role == Role::Office && (s == Status::Approved || s == Status::InProgress);
    }
    /// The roles that may edit an item's fields in status @p s (unit staff only their own).
    static QVector<Role> editors(Status s);

    /// The steps of a program. review → issued is the sign-off (signoff command), which also
    /// needs every item settled: none proposed or returned.
    static const QVector<ProgramStep>& programSteps();
    static std::optional<ProgramStep> findStep(ProgramState from, ProgramState to);
    /// The statuses that block the sign-off of a program.
    static bool blocksSignoff(Status s) { return s == Status::Proposed || s == Status::Returned; }

    /// Carrying a year's unfinished items into the next year's program (rollover): the Office.
    static bool mayRollover(Role role) { return role == Role::Office; }

    /// "Văn phòng, Lãnh đạo": the labels of @p roles, for refusal messages.
    static QString describe(const QVector<Role>& roles);
};

} // namespace wp
