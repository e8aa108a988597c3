// The workflow tables: who may move an item where, what needs a comment, what is locked.
#include "workprogram/core/workflow.h"

#include <gtest/gtest.h>

using namespace wp;

TEST(Workflow, UnitsProposeAndLeadersApprove)
{
    EXPECT_TRUE(Workflow::allows(Status::Draft, Status::Proposed, Role::Unit));
    EXPECT_TRUE(Workflow::allows(Status::Proposed, Status::InDraft, Role::Office));
    EXPECT_FALSE(Workflow::allows(Status::Proposed, Status::InDraft, Role::Unit));
    EXPECT_TRUE(Workflow::allows(Status::InDraft, Status::Approved, Role::Leader));
    EXPECT_FALSE(Workflow::allows(Status::InDraft, Status::Approved, Role::Office));
    EXPECT_FALSE(Workflow::allows(Status::InDraft, Status::Approved, Role::Admin));
    EXPECT_EQ(Workflow::whoMay(Status::InDraft, Status::Approved), QVector<Role>{Role::Leader});
    EXPECT_TRUE(Workflow::whoMay(Status::Draft, Status::Done).isEmpty());
}

TEST(Workflow, ReturningRejectingAndWithdrawingNeedAComment)
{
    for (const Transition& t : Workflow::transitions()) {
        const bool reasoned = t.to == Status::Returned || t.to == Status::Rejected || t.to == Status::Withdrawn;
        EXPECT_EQ(t.needsComment, reasoned || t.from == Status::Done)
            << StatusInfo::key(t.from).toStdString() << "->" << StatusInfo::key(t.to).toStdString();
    }
    EXPECT_TRUE(Workflow::needsComment(Status::Proposed, Status::Returned));
    EXPECT_FALSE(Workflow::needsComment(Status::Proposed, Status::InDraft));
}

TEST(Workflow, TheTableHasNoDuplicatesAndNoSelfLoops)
{
    const auto& all = Workflow::transitions();
    for (int i = 0; i < all.size(); ++i) {
        EXPECT_NE(all[i].from, all[i].to);
        EXPECT_FALSE(all[i].roles.isEmpty());
        for (int j = i + 1; j < all.size(); ++j)
            EXPECT_FALSE(all[i].from == all[j].from && all[i].to == all[j].to);
    }
}

TEST(Workflow, NextListsTheStatusesOfARole)
{
    const QVector<Status> office = Workflow::next(Status::Proposed, Role::Office);
    EXPECT_TRUE(office.contains(Status::InDraft));
    EXPECT_TRUE(office.contains(Status::Returned));
    EXPECT_TRUE(Workflow::next(Status::Proposed, Role::Admin).isEmpty());
    EXPECT_TRUE(Workflow::next(Status::Rejected, Role::Leader).isEmpty());
}

TEST(Workflow, ApprovedItemsAreLockedButTheNote)
{
    EXPECT_FALSE(Workflow::isLocked(Status::Proposed, ItemField::Content));
    EXPECT_TRUE(Workflow::isLocked(Status::Approved, ItemField::Content));
    EXPECT_TRUE(Workflow::isLocked(Status::Approved, ItemField::Deadline));
    EXPECT_FALSE(Workflow::isLocked(Status::InProgress, ItemField::Note));
    EXPECT_TRUE(Workflow::isLocked(Status::Done, ItemField::Note));
}

TEST(Roles, KeysParseAndScope)
{
    for (Role r : RoleInfo::all())
        EXPECT_EQ(RoleInfo::parse(RoleInfo::key(r)), r);
    EXPECT_EQ(RoleInfo::parse(QStringLiteral("van phong")), Role::Office);
    EXPECT_FALSE(RoleInfo::parse(QStringLiteral("boss")));
    User unit;
    unit.role = Role::Unit;
    unit.unitId = 3;
    EXPECT_TRUE(unit.covers(3));
    EXPECT_FALSE(unit.covers(4));
    User leader;
    leader.role = Role::Leader;
    EXPECT_TRUE(leader.covers(4));
    leader.leaderUnitIds = {3};
    EXPECT_FALSE(leader.covers(4));
    EXPECT_EQ(Workflow::describe({Role::Office, Role::Leader}), QStringLiteral("Văn phòng, Lãnh đạo"));
}

TEST(Workflow, ProgramStepsAndWhatBlocksTheSignoff)
{
    EXPECT_TRUE(Workflow::findStep(ProgramState::Collecting, ProgramState::Drafting));
    EXPECT_FALSE(Workflow::findStep(ProgramState::Collecting, ProgramState::Issued));
    EXPECT_EQ(Workflow::findStep(ProgramState::Review, ProgramState::Issued)->roles, QVector<Role>{Role::Leader});
    EXPECT_TRUE(Workflow::blocksSignoff(Status::Proposed));
    EXPECT_TRUE(Workflow::blocksSignoff(Status::Returned));
    // A signed program holds only settled items: a draft or an item still "in the draft" too.
    EXPECT_TRUE(Workflow::blocksSignoff(Status::InDraft));
    EXPECT_TRUE(Workflow::blocksSignoff(Status::Draft));
    EXPECT_FALSE(Workflow::blocksSignoff(Status::Approved));
}
