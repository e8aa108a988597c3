// A scripted round at the article's scale (issue 4): 17 units propose 512 items (frozen), the
// Office returns 22 for adjustment, the units adjust and propose them again, the Office merges
// three groups of shared items, adds five of its own, leaves four out and moves the program to
// drafting (frozen). The comparison — the real CLI's diff — must report exactly what the script
// did, per unit and in total, and the draft per unit must reconcile with counts.
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;
using wp::test::CliResult;
using wp::test::runCli;

namespace {

/// What the script did to one unit's items, counted as it did it.
struct Expected
{
    int before = 0;
    int added = 0;
    int removed = 0;
    int changed = 0;
    int merged = 0;
    int mergeResults = 0;
    int after() const { return before + added - removed - merged + mergeResults; }
};

User person(const QString& login, Role role, qint64 unitId = 0)
{
    User u;
    u.login = login;
    u.fullName = login;
    u.role = role;
    u.unitId = unitId;
    return u;
}

} // namespace

TEST(CliRound512, TheComparisonReportsExactlyWhatTheScriptDid)
{
    test::TempDb tmp;
    Database& db = tmp.db();
    ASSERT_EQ(io::SampleData::addUnits(db), 17);
    const QVector<Unit> units = UnitRepository(db).all();
    ASSERT_EQ(units.size(), 17);
    QString officeUnit;
    for (const Unit& u : units)
        if (u.code == QLatin1String("VP"))
            officeUnit = u.code;
    ASSERT_EQ(officeUnit, QStringLiteral("VP"));
    Program program;
    program.year = 2025;
    program.title = Program::defaultTitle(2025);
    program.id = ProgramRepository(db).add(program);
    const User office = person(QStringLiteral("vanphong"), Role::Office);
    QMap<QString, Expected> expected; // by unit code

    // 512 proposals, unit by unit in turn (31 for the first two units, 30 for the others).
    QVector<Item> proposals;
    for (int k = 0; k < 512; ++k) {
        const Unit& u = units.at(k % 17);
        Item it;
        it.programId = program.id;
        it.content = QStringLiteral("Đề xuất %1 của %2").arg(k + 1).arg(u.name);
        it.leadUnitId = u.id;
        it.deadline = *Deadline::parse(QStringLiteral("Quý III"), 2025);
        it.status = Status::Proposed;
        proposals.append(it);
        ++expected[u.code].before;
    }
    ItemService(db).add(proposals);
    {
        Transaction tx(db);
        const Snapshot s = SnapshotRepository(db).take(program, ProgramState::Collecting, ProgramState::Collecting,
                                                       office.login, QStringLiteral("Đề xuất của các đơn vị"));
        tx.commit();
        ASSERT_EQ(s.id, 1);
        ASSERT_EQ(s.items().size(), 512);
    }
    auto unitOf = [&](int k) -> const Unit& { return units.at(k % 17); };

    // 22 returned for adjustment; each unit adjusts its item and proposes it again.
    for (int i = 0; i < 22; ++i) {
        const int k = i * 23;
        WorkflowService(db, office)
            .transition(proposals[k].id, Status::Returned, QStringLiteral("Cần làm rõ sản phẩm"));
        const User staff = person(QStringLiteral("donvi%1").arg(k % 17), Role::Unit, unitOf(k).id);
        Item it = *ItemRepository(db).byId(proposals[k].id);
        it.content += QStringLiteral(" (đã điều chỉnh)");
        WorkflowService(db, staff).edit(it);
        WorkflowService(db, staff).transition(it.id, Status::Proposed);
        ++expected[unitOf(k).code].changed;
    }
    // Three groups of items shared by several units, each merged into one led by its first unit.
    const QVector<QVector<int>> groups = {{1, 2}, {3, 4, 5}, {6, 7}};
    for (const QVector<int>& g : groups) {
        QVector<qint64> ids;
        for (int k : g) {
            ids.append(proposals[k].id);
            ++expected[unitOf(k).code].merged;
        }
        WorkflowService(db, office).merge(ids, unitOf(g.first()).id);
        ++expected[unitOf(g.first()).code].mergeResults;
    }
    // Four left out.
    for (int k : {8, 9, 10, 11}) {
        WorkflowService(db, office)
            .transition(proposals[k].id, Status::Rejected, QStringLiteral("Không thuộc thẩm quyền"));
        ++expected[unitOf(k).code].removed;
    }
    // Five of the Office's own.
    QVector<Item> own;
    for (int n = 1; n <= 5; ++n) {
        Item it;
        it.programId = program.id;
        it.content = QStringLiteral("Việc của Văn phòng %1").arg(n);
        for (const Unit& u : units)
            if (u.code == officeUnit)
                it.leadUnitId = u.id;
        it.status = Status::InDraft;
        own.append(it);
        ++expected[officeUnit].added;
    }
    ItemService(db).add(own);
    program = *ProgramRepository(db).byYear(2025);
    ASSERT_EQ(WorkflowService(db, office).step(program, ProgramState::Drafting).id, 2);
    tmp.close();

    // The comparison, through the real CLI.
    const QStringList common{QStringLiteral("--db"), tmp.path(), QStringLiteral("--year"), QStringLiteral("2025")};
    CliResult r = runCli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("1"),
                                     QStringLiteral("--to"), QStringLiteral("2"), QStringLiteral("--format"),
                                     QStringLiteral("json")} +
                         common);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(d.value(QStringLiteral("before")).toInt(), 512);
    EXPECT_EQ(d.value(QStringLiteral("after")).toInt(), 509);
    EXPECT_EQ(d.value(QStringLiteral("added")).toInt(), 5);
    EXPECT_EQ(d.value(QStringLiteral("removed")).toInt(), 4);
    EXPECT_EQ(d.value(QStringLiteral("changed")).toInt(), 22);
    EXPECT_EQ(d.value(QStringLiteral("merged")).toInt(), 7);
    EXPECT_EQ(d.value(QStringLiteral("merge_results")).toInt(), 3);
    const QJsonArray rows = d.value(QStringLiteral("units")).toArray();
    EXPECT_EQ(rows.size(), 17);
    int afterSum = 0;
    for (const QJsonValue v : rows) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("unit")).toString();
        ASSERT_TRUE(expected.contains(code)) << code.toStdString();
        const Expected& e = expected[code];
        EXPECT_EQ(o.value(QStringLiteral("before")).toInt(), e.before) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("after")).toInt(), e.after()) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("added")).toInt(), e.added) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("removed")).toInt(), e.removed) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("changed")).toInt(), e.changed) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("merged")).toInt(), e.merged) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("merge_results")).toInt(), e.mergeResults) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("moved_in")).toInt(), 0) << code.toStdString();
        EXPECT_EQ(o.value(QStringLiteral("moved_out")).toInt(), 0) << code.toStdString();
        afterSum += o.value(QStringLiteral("after")).toInt();
    }
    EXPECT_EQ(afterSum, 509);

    r = runCli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("1"),
                           QStringLiteral("--to"), QStringLiteral("2")} +
               common);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\n512 → 509: thêm 5, bớt 4, sửa 22, gộp 7 thành 3\n")))
        << r.out.toStdString();

    // The draft per unit reconciles with counts: every item of the unit less those out of the
    // program (left out, or withdrawn — the merged originals).
    r = runCli(QStringList{QStringLiteral("counts"), QStringLiteral("--by"), QStringLiteral("unit,status"),
                           QStringLiteral("--format"), QStringLiteral("json")} +
               common);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject counts = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(counts.value(QStringLiteral("total")).toInt(), 512 + 3 + 5);
    for (const QJsonValue v : counts.value(QStringLiteral("units")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        const QJsonObject s = o.value(QStringLiteral("by_status")).toObject();
        const int inProgram = o.value(QStringLiteral("count")).toInt() - s.value(QStringLiteral("rejected")).toInt() -
                              s.value(QStringLiteral("withdrawn")).toInt();
        EXPECT_EQ(inProgram, expected[code].after()) << code.toStdString();
    }
}
