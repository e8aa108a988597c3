#include "workprogram/core/workflow.h"

#include <utility>

namespace wp {
namespace {

constexpr Role U = Role::Unit;
constexpr Role O = Role::Office;
constexpr Role L = Role::Leader;

} // namespace

// The whole item workflow. A status change not in this table is refused for everybody.
// docs/workflow.md shows the same table for people; keep the two in step.
const QVector<Transition>& Workflow::transitions()
{
    static const QVector<Transition> all = {
        // units propose; the Office may propose on a unit's behalf
        {Status::Draft, Status::Proposed, {U, O}, false},
        {Status::Returned, Status::Proposed, {U, O}, false},
        // a unit may take back its own proposal before it is compiled
        {Status::Draft, Status::Withdrawn, {U, O}, true},
        {Status::Proposed, Status::Withdrawn, {U, O}, true},
        {Status::Returned, Status::Withdrawn, {U, O}, true},
        // the Office compiles; the Office or a leader asks for adjustment or leaves it out
        {Status::Proposed, Status::InDraft, {O}, false},
        {Status::Proposed, Status::Returned, {O, L}, true},
        {Status::Proposed, Status::Rejected, {O, L}, true},
        {Status::InDraft, Status::Returned, {O, L}, true},
        {Status::InDraft, Status::Rejected, {L}, true},
        // leaders approve what the draft holds
        {Status::InDraft, Status::Approved, {L}, false},
        // during the year: units carry out and report; leaders allow withdrawal (with a report)
        {Status::Approved, Status::InProgress, {U, O}, false},
        {Status::Approved, Status::Done, {U, O}, false},
        {Status::InProgress, Status::Done, {U, O}, false},
        {Status::Approved, Status::Withdrawn, {L}, true},
        {Status::InProgress, Status::Withdrawn, {L}, true},
        // a report of completion sent back by the Office
        {Status::Done, Status::InProgress, {O}, true},
    };
    return all;
}

const QVector<ProgramStep>& Workflow::programSteps()
{
    static const QVector<ProgramStep> all = {
        {ProgramState::Collecting, ProgramState::Drafting, {O}}, {ProgramState::Drafting, ProgramState::Review, {O}},
        {ProgramState::Review, ProgramState::Drafting, {O, L}},  {ProgramState::Review, ProgramState::Issued, {L}},
        {ProgramState::Issued, ProgramState::Amending, {O}},     {ProgramState::Amending, ProgramState::Review, {O}},
    };
    return all;
}

std::optional<ProgramStep> Workflow::findStep(ProgramState from, ProgramState to)
{
    for (const ProgramStep& s : programSteps())
        if (s.from == from && s.to == to)
            return s;
    return std::nullopt;
}

std::optional<Transition> Workflow::find(Status from, Status to)
{
    for (const Transition& t : transitions())
        if (t.from == from && t.to == to)
            return t;
    return std::nullopt;
}

QVector<Status> Workflow::next(Status from, Role role)
{
    QVector<Status> result;
    for (const Transition& t : transitions())
        if (t.from == from && t.roles.contains(role))
            result.append(t.to);
    return result;
}

bool Workflow::allows(Status from, Status to, Role role)
{
    const std::optional<Transition> t = find(from, to);
    return t && t->roles.contains(role);
}

QVector<Role> Workflow::whoMay(Status from, Status to)
{
    const std::optional<Transition> t = find(from, to);
    return t ? t->roles : QVector<Role>{};
}

bool Workflow::needsComment(Status from, Status to)
{
    const std::optional<Transition> t = find(from, to);
    return t && t->needsComment;
}

bool Workflow::isLocked(Status s, ItemField f)
{
    switch (s) {
    case Status::Draft:
    case Status::Proposed:
    case Status::Returned:
    case Status::InDraft:
        return false;
    case Status::Approved:
    case Status::InProgress:
        return !ItemFields::openWhileCarriedOut(f);
    case Status::Done:
    case Status::Rejected:
    case Status::Withdrawn:
        return true;
    }
    return true;
}

QVector<Role> Workflow::editors(Status s)
{
    switch (s) {
    case Status::Draft:
    case Status::Returned:
    case Status::Proposed:
        return {U, O};
    case Status::InDraft:
        return {O};
    case Status::Approved:
    case Status::InProgress:
        return {U, O}; // the note only (isLocked)
    case Status::Done:
    case Status::Rejected:
    case Status::Withdrawn:
        return {};
    }
    return {};
}

QString Workflow::textProblem(const Item& item)
{
    // Checked on every row of an import: no allocation unless something is wrong.
    auto problem = [](ItemField field, const QString& text) -> QString {
        if (text.size() > MaxFieldLength)
            return tr("%1 dài %2 ký tự, quá giới hạn %3 ký tự (giới hạn của một ô Excel)")
                .arg(ItemFields::label(field))
                .arg(text.size())
                .arg(MaxFieldLength);
        if (text.contains(QChar(u'\0')))
            return tr("%1 có ký tự NUL (mã 0), không lưu được").arg(ItemFields::label(field));
        return QString();
    };
    static constexpr std::pair<ItemField, QString Item::*> texts[] = {
        {ItemField::Content, &Item::content}, {ItemField::Leader, &Item::leader}, {ItemField::Group, &Item::group},
        {ItemField::Form, &Item::form},       {ItemField::Level, &Item::level},   {ItemField::Note, &Item::note}};
    for (const auto& [field, member] : texts)
        if (QString p = problem(field, item.*member); !p.isNull())
            return p;
    return problem(ItemField::Deadline, item.deadline.text());
}

QVector<Status> Workflow::reachable(Role role)
{
    QVector<Status> seen{Status::Draft};
    for (qsizetype i = 0; i < seen.size(); ++i)
        for (Status next : Workflow::next(seen.at(i), role))
            if (!seen.contains(next))
                seen.append(next);
    return seen;
}

QVector<Status> Workflow::importStatuses(Role role)
{
    switch (role) {
    case Role::Office: {
        static const QVector<Status> office = reachable(Role::Office); // asked on every imported row
        return office;
    }
    case Role::Unit:
        return {Status::Proposed};
    case Role::Leader:
    case Role::Admin:
        return {};
    }
    return {};
}

QString Workflow::describe(const QVector<Role>& roles)
{
    QStringList labels;
    for (Role r : roles)
        labels.append(RoleInfo::label(r));
    return labels.isEmpty() ? tr("không ai") : labels.join(QStringLiteral(", "));
}

} // namespace wp
