// The program history's hash chain (schema v5) on the command line: verify and check name the
// first step that was edited, deleted, reordered or cut off behind the program's back.
#include "clifixture.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct CliProgramHistory : wp::test::CliFixture
{
    // The demo program amended, sent to review and signed again: three chained steps.
    void SetUp() override
    {
        demoWithAccounts();
        if (HasFatalFailure())
            return;
        const QStringList year{QStringLiteral("--year"), QStringLiteral("2023")};
        ASSERT_EQ(as(QStringLiteral("vanphong"),
                     QStringList{QStringLiteral("step"), QStringLiteral("--to"), QStringLiteral("amended")} + year)
                      .exitCode,
                  0);
        ASSERT_EQ(as(QStringLiteral("vanphong"),
                     QStringList{QStringLiteral("step"), QStringLiteral("--to"), QStringLiteral("review")} + year)
                      .exitCode,
                  0);
        ASSERT_EQ(as(QStringLiteral("chutich"), QStringList{QStringLiteral("signoff"), QStringLiteral("--decision"),
                                                            QStringLiteral("46/QĐ-UBND")} +
                                                    year)
                      .exitCode,
                  0);
    }
    // verify and check both refuse with @p problem (verify: the first one, and how many more).
    void expectBroken(const QString& problem, int more = 0)
    {
        const QByteArray before = fileHash();
        CliResult r = cli({QStringLiteral("verify")});
        EXPECT_EQ(r.exitCode, 3);
        EXPECT_EQ(r.out, QString());
        // The first line as scripts read it; each further problem follows on a line of its own.
        EXPECT_EQ(r.err.section(QLatin1Char('\n'), 0, 0),
                  QStringLiteral("lỗi: ") + problem +
                      (more > 0 ? QStringLiteral(" (và %1 chỗ hỏng khác)").arg(more) : QString()))
            << r.err.toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1 + more) << r.err.toStdString();
        r = cli({QStringLiteral("check")});
        EXPECT_EQ(r.exitCode, 3);
        EXPECT_TRUE(r.err.startsWith(problem + QStringLiteral("\n"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.endsWith(QStringLiteral("Cơ sở dữ liệu %1 có lỗi; hãy khôi phục từ bản sao lưu "
                                                  "(workprogram-cli restore).\n")
                                       .arg(db)))
            << r.err.toStdString();
        EXPECT_EQ(fileHash(), before);
    }
};

} // namespace

TEST_F(CliProgramHistory, VerifyAndCheckSayOkOnAnUntouchedDatabase)
{
    CliResult r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("ok: 535 bản ghi lịch sử, 3 bước chương trình và 3 ảnh chụp khớp mã băm\n"));
    r = cli({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(CliProgramHistory, AnEditedDecisionNumberIsNamed)
{
    tamper({QStringLiteral("UPDATE program_history SET decision = '47/QĐ-UBND' WHERE id = 3")});
    expectBroken(QStringLiteral("lịch sử chương trình: bước #3 (năm 2023) đã bị sửa sau khi ghi"));
}

TEST_F(CliProgramHistory, AnEditedSignerIsNamed)
{
    tamper({QStringLiteral("UPDATE program_history SET login = 'vanphong' WHERE id = 3")});
    expectBroken(QStringLiteral("lịch sử chương trình: bước #3 (năm 2023) đã bị sửa sau khi ghi"));
}

TEST_F(CliProgramHistory, ADeletedStepIsNamedByTheStepAfterIt)
{
    tamper({QStringLiteral("DELETE FROM program_history WHERE id = 2")});
    // (and the step's head kept beside the file when it was taken: issue 12)
    expectBroken(QStringLiteral(
                     "lịch sử chương trình: bước #3 (năm 2023) không nối tiếp bước trước; có bước đã bị xóa hoặc sửa"),
                 1);
}

TEST_F(CliProgramHistory, SwappedStepsAreNamed)
{
    tamper({QStringLiteral("UPDATE program_history SET id = -1 WHERE id = 1"),
            QStringLiteral("UPDATE program_history SET id = 1 WHERE id = 2"),
            QStringLiteral("UPDATE program_history SET id = 2 WHERE id = -1")});
    expectBroken(QStringLiteral(
                     "lịch sử chương trình: bước #1 (năm 2023) không nối tiếp bước trước; có bước đã bị xóa hoặc sửa"),
                 4);
}

TEST_F(CliProgramHistory, ACutOffLastStepIsNamed)
{
    tamper({QStringLiteral("DELETE FROM program_history WHERE id = 3")});
    // (and the program's step against its last recorded one, and the heads kept beside the file)
    expectBroken(QStringLiteral("lịch sử chương trình: các bước sau bước #2 đã bị xóa (mã băm cuối không khớp)"), 2);
}

TEST_F(CliProgramHistory, EveryStepDeletedIsCaught)
{
    tamper({QStringLiteral("DELETE FROM program_history")});
    // (and the three heads kept beside the file, one per step)
    expectBroken(QStringLiteral("lịch sử chương trình: mọi bước đã bị xóa (mã băm cuối không khớp)"), 3);
}

TEST_F(CliProgramHistory, ARehashedSnapshotIsCaughtByTheChain)
{
    // Someone rewrites a snapshot and the hash kept beside its step: the step's own hash breaks.
    tamper({QStringLiteral("DROP TRIGGER snapshots_no_update"),
            QStringLiteral("UPDATE snapshots SET hash = '%1' WHERE id = 2").arg(QString(64, QLatin1Char('a'))),
            QStringLiteral("UPDATE program_history SET snapshot_hash = '%1' WHERE id = 2")
                .arg(QString(64, QLatin1Char('a')))});
    expectBroken(QStringLiteral("lịch sử chương trình: bước #2 (năm 2023) đã bị sửa sau khi ghi"), 1);
}

TEST_F(CliProgramHistory, TheChainGoesOnAfterMoreSteps)
{
    ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"),
                                              QStringLiteral("--to"), QStringLiteral("amended")})
                  .exitCode,
              0);
    const CliResult r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("ok: 535 bản ghi lịch sử, 4 bước chương trình và 4 ảnh chụp khớp mã băm\n"));
}

TEST_F(CliProgramHistory, ADeletedItemKeepsItsHistory)
{
    // A draft added and deleted the way the window does it (ItemService), read with the CLI, while
    // the signed program is being amended (a signed one takes no new item: issue 12).
    ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"),
                                              QStringLiteral("--to"), QStringLiteral("amended")})
                  .exitCode,
              0);
    qint64 id = 0;
    {
        auto database = wp::storage::Database::open(db);
        const wp::Program p = *wp::storage::ProgramRepository(*database).byYear(2023);
        wp::Item it;
        it.programId = p.id;
        it.content = QStringLiteral("Việc thêm rồi xóa");
        it.leadUnitId = wp::storage::ItemRepository(*database).list(p.id).first().leadUnitId;
        it.status = wp::Status::Draft;
        QVector<wp::Item> added{it};
        wp::storage::ItemService(*database).create(added, QStringLiteral("vanphong"));
        id = added[0].id;
        wp::storage::ItemService(*database).remove({id}, QStringLiteral("vanphong"));
    }
    CliResult r = cli({QStringLiteral("history"), QString::number(id)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    EXPECT_TRUE(
        lines[0].contains(QStringLiteral(" vanphong     thêm (Nháp) thêm nội dung số 536 — content: \"Việc thêm "
                                         "rồi xóa\"; lead_unit: ")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(
        QStringLiteral(" vanphong     xóa (Nháp) xóa nội dung số 536 — content: \"Việc thêm rồi xóa\"; lead_unit: ")))
        << lines[1].toStdString();
    r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The sample's 535 items being born, then this one's creation and deletion; the amendment a step.
    EXPECT_EQ(r.out, QStringLiteral("ok: 537 bản ghi lịch sử, 4 bước chương trình và 4 ảnh chụp khớp mã băm\n"));
    // An id that never had an item is still unknown.
    r = cli({QStringLiteral("history"), QStringLiteral("99999")});
    EXPECT_EQ(r.exitCode, 2);
}
