#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/itemfields.h"
#include "workprogram/core/program.h"
#include "workprogram/core/status.h"
#include "workprogram/core/user.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wp {

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

    /// Approved and later items are locked (changed only by an amendment): no field may be
    /// edited, except the note while the item is being carried out (ItemFields::openWhileCarriedOut).
    static bool isLocked(Status s, ItemField f);
    /// While its program is being amended (ProgramState::Amending), the Office may edit every
    /// field of an approved or in-progress item: the amendment (điều chỉnh) the locks point to.
    /// Signed off again by a leader, the program is issued and the items are locked again.
    static bool amendable(Status s, Role role)
    {
        return role == Role::Office && (s == Status::Approved || s == Status::InProgress);
    }
    /// The statuses @p role can bring a new item to by itself, from a draft through the transitions
    /// it may make (the Office: draft, proposed, in the draft, returned, rejected, withdrawn). What an
    /// import by that role may write; a unit imports proposals only (importStatuses()).
    static QVector<Status> reachable(Role role);
    /// The statuses an import by @p role may write: reachable() for the Office, "proposed" for a
    /// unit, none for the others.
    static QVector<Status> importStatuses(Role role);
    /// The roles that may edit an item's fields in status @p s (unit staff only their own).
    static QVector<Role> editors(Status s);

    /// The steps of a program. review → issued is the sign-off (signoff command), which also
    /// needs every item settled: none proposed or returned.
    static const QVector<ProgramStep>& programSteps();
    static std::optional<ProgramStep> findStep(ProgramState from, ProgramState to);
    /// The statuses that block the sign-off of a program: anything that is not settled — a draft,
    /// a proposal, an item returned for adjustment or still only in the draft (not approved) cannot
    /// be part of an issued program.
    static bool blocksSignoff(Status s)
    {
        return s == Status::Draft || s == Status::Proposed || s == Status::Returned || s == Status::InDraft;
    }
    /// Whether a status change from @p from carries a signed program out (approved, in progress,
    /// done and back, withdrawn with a report) rather than builds it. Once a program is signed,
    /// only these are allowed until an amendment is opened.
    static bool carriesOut(Status from)
    {
        return from == Status::Approved || from == Status::InProgress || from == Status::Done;
    }
    /// The status whose field locks apply to an item in status @p s of a program at step
    /// @p state: after sign-off every item of the program is frozen as an approved item is (only
    /// its note may change, and closed items nothing), until an amendment is opened.
    static Status lockingStatus(Status s, ProgramState state)
    {
        if (state == ProgramState::Issued && !carriesOut(s) && s != Status::Rejected && s != Status::Withdrawn)
            return Status::Approved;
        return s;
    }

    /// Carrying a year's unfinished items into the next year's program (rollover): the Office.
    static bool mayRollover(Role role) { return role == Role::Office; }

    /// The longest text a field may hold: an Excel cell's limit, so that every item can be
    /// exported and opened again whole.
    static constexpr int MaxFieldLength = 32767;
    /// Why @p item cannot be stored as it is — a field over MaxFieldLength characters, or holding a
    /// NUL character — naming the field; empty when it can.
    static QString textProblem(const Item& item);

    /// "Văn phòng, Lãnh đạo": the labels of @p roles, for refusal messages.
    static QString describe(const QVector<Role>& roles);
};

} // namespace wp
