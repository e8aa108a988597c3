#pragma once

#include "workprogram/core/error.h"
#include "workprogram/core/item.h"
#include "workprogram/core/program.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/snapshotrepository.h"

#include <optional>

namespace wp::storage {

/// The workflow refuses: the actor's role or unit may not do this (the CLI exits with code 5).
/// The message says who may.
class PermissionError : public DomainError
{
public:
    using DomainError::DomainError;
};

/// The request lacks something the workflow needs, such as the reason for returning an
/// item, or names an unknown item (the CLI exits with code 2).
class InvalidRequestError : public DomainError
{
public:
    using DomainError::DomainError;
};

/// What WorkflowService::merge makes of several items (the CLI's `merge`, the GUI's merge
/// dialog).
struct MergeRequest
{
    QVector<qint64> itemIds; ///< at least two; the first gives the deadline, leader, group, form, level, note
    qint64 leadUnitId = 0;
    QString content; ///< empty: the first item's
    /// Unset: Merge::coUnits (the other lead units, then all co-units). The lead is always left out.
    std::optional<QVector<qint64>> coUnitIds;
    std::optional<Deadline> deadline; ///< unset: the first item's
    QString comment;                  ///< added to every history row of the merge
};

/// Status changes, edits and comments made by a signed-in person. Checks wp::Workflow's
/// tables and the person's unit, writes the change and its history row in one transaction,
/// and writes nothing when it refuses.
class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::WorkflowService)

public:
    WorkflowService(Database& db, User actor) : m_db(db), m_actor(std::move(actor)) {}

    /// Moves item @p itemId to @p to; returns the item as written.
    Item transition(qint64 itemId, Status to, const QString& comment = QString());
    /// transition() for every item of @p itemIds in one transaction: all move, or, when one is
    /// refused or fails, none (the error names that item's number). Returns the items as written.
    QVector<Item> transitionMany(const QVector<qint64>& itemIds, Status to, const QString& comment = QString());
    /// Adds a comment (cho ý kiến) to item @p itemId.
    void comment(qint64 itemId, const QString& text);
    /// Writes @p changed (fields only; its status is ignored), refusing locked fields.
    /// Throws ConflictError when the item changed since @p changed was read.
    void edit(Item& changed);
    /// edit() for every item of @p changed in one transaction: all are written, or, when one
    /// is refused or fails, none (the error names that item's number). Returns how many items
    /// actually changed (an item without changes writes nothing, not even history). A
    /// non-empty @p comment is recorded as a comment on every changed item.
    int editMany(QVector<Item>& changed, const QString& comment = QString());
    /// Moves program @p program to step @p to (not to Issued: that is signoff()) and freezes
    /// a snapshot of its items in the same transaction; @p label names it (default: the step).
    Snapshot step(Program& program, ProgramState to, const QString& label = QString());
    /// Signs program @p program off with decision number @p decision ("123/QĐ-UBND"):
    /// review → issued, refused while any item is proposed or returned. Freezes a snapshot and
    /// writes its hash beside the decision.
    Snapshot signoff(Program& program, const QString& decision, const QString& label = QString());

    /// Merges items @p itemIds (at least two, of one program, each proposed or in the draft)
    /// into one new item led by @p leadUnitId, with the other lead units and all co-units as
    /// co-units; its content is @p content or the first item's. The originals become
    /// withdrawn with merged_into set. Office only. Returns the new item.
    Item merge(const QVector<qint64>& itemIds, qint64 leadUnitId, const QString& content = QString(),
               const QString& comment = QString());
    /// merge() with the co-units and the deadline chosen too.
    Item merge(const MergeRequest& request);

    /// Starts (or fills, while it is still collecting) the program of @p toYear with a copy of
    /// every unfinished item of the program of @p fromYear, each proposed and pointing at its
    /// original, its period deadline moved into the new year or its date flagged for review
    /// (wp::Rollover). Office only; once per pair of years. Returns the copies as written.
    QVector<Item> rollover(int fromYear, int toYear);

private:
    Item load(qint64 itemId) const;
    void requireCovers(const Item& item) const;
    /// Whether the actor is the signer the program's report settings name (by full name).
    bool isNamedSigner(const Program& program) const;
    /// Writes @p item (its row version guards against a lost update: the refusal names @p what,
    /// "nội dung số 3", and who changed it last and when) and @p entry as its history row.
    void writeItem(Item& item, HistoryEntry entry, const QString& what);
    /// Appends @p entry to the history of item @p itemId, written by the actor.
    void record(qint64 itemId, HistoryEntry entry);
    Snapshot writeStep(Program& program, ProgramState to, const QString& decision, const QString& label);
    Database& m_db;
    User m_actor;
};

} // namespace wp::storage
