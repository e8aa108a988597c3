// Issue 12, "verify checks the state, not only the chain": what is changed outside the program with
// sqlite3 is found by replaying the history against the tables, and a chain rewritten whole is
// found by the heads kept beside the database file.
#include "trustfixture.h"

#include <QFileInfo>

using namespace wp;
using test::CliResult;

namespace {

struct VerifyState : test::TrustFixture
{
    QString first, second;

    void SetUp() override
    {
        unitsOnly();
        accounts();
        const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp"),
                                                           QStringLiteral("Kế hoạch B;Phòng Kinh tế")});
        ASSERT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"),
                      QStringLiteral("--status"), QStringLiteral("in-draft")})
                      .exitCode,
                  0);
        const QJsonArray all = items(2024);
        first = idOf(all.at(0));
        second = idOf(all.at(1));
        // Some history of every kind: an edit, a status change, a comment.
        ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("edit"), first, QStringLiteral("--set"),
                                                  QStringLiteral("leader=PCT Nguyễn Văn A")})
                      .exitCode,
                  0);
        ASSERT_EQ(as(QStringLiteral("lanhdao"),
                     {QStringLiteral("transition"), second, QStringLiteral("--to"), QStringLiteral("approved")})
                      .exitCode,
                  0);
        ASSERT_EQ(as(QStringLiteral("lanhdao"),
                     {QStringLiteral("comment"), first, QStringLiteral("--text"), QStringLiteral("Đồng ý")})
                      .exitCode,
                  0);
        const CliResult v = cli({QStringLiteral("verify")});
        ASSERT_EQ(v.exitCode, 0) << v.err.toStdString();
    }
    CliResult verify(const QStringList& extra = {}) { return cli(QStringList{QStringLiteral("verify")} + extra); }
};

} // namespace

TEST_F(VerifyState, AContentChangedWithSqliteIsReportedByItemAndField)
{
    tamper({QStringLiteral("UPDATE items SET content = 'Nội dung khác' WHERE id = %1").arg(first)});
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nội dung số 1 (mã %1, năm 2024): Nội dung công việc khác với lịch sử "
                                              "(đang là \"Nội dung khác\", lịch sử ghi \"Kế hoạch A\")")
                                   .arg(first)))
        << r.err.toStdString();
}

TEST_F(VerifyState, AStatusChangedWithSqliteIsReported)
{
    tamper({QStringLiteral("UPDATE items SET status = 'done' WHERE id = %1").arg(second)});
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nội dung số 2 (mã %1, năm 2024): Trạng thái khác với lịch sử (đang là "
                                              "\"done\", lịch sử ghi \"approved\")")
                                   .arg(second)))
        << r.err.toStdString();
}

TEST_F(VerifyState, AFieldOfAnImportedItemChangedWithoutAnyEditIsReported)
{
    tamper({QStringLiteral("UPDATE items SET deadline_text = 'Quý I' WHERE id = %1").arg(second)});
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nội dung số 2 (mã %1, năm 2024): Thời gian khác với lịch sử (đang là "
                                              "\"Quý I\", lịch sử ghi \"Quý IV\")")
                                   .arg(second)))
        << r.err.toStdString();
}

TEST_F(VerifyState, AnItemInsertedOrDeletedOutsideTheProgramIsReported)
{
    tamper(
        {QStringLiteral("INSERT INTO items(program_id, number, content, lead_unit_id, status, created_at, updated_at) "
                        "SELECT program_id, 99, 'Thêm lén', lead_unit_id, 'approved', created_at, updated_at FROM "
                        "items WHERE id = %1")
             .arg(first),
         QStringLiteral("DELETE FROM item_co_units WHERE item_id = %1").arg(second),
         QStringLiteral("DELETE FROM items WHERE id = %1").arg(second)});
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nội dung số 99 (mã")) &&
                r.err.contains(QStringLiteral("không có trong lịch sử — đã được thêm vào ngoài chương trình")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("nội dung mã %1: có trong lịch sử nhưng không còn trong cơ sở dữ liệu").arg(second)))
        << r.err.toStdString();
}

TEST_F(VerifyState, ARoleOrAProgramStepChangedWithSqliteIsReported)
{
    tamper({QStringLiteral("UPDATE users SET role = 'leader' WHERE login = 'tuphap'"),
            QStringLiteral("UPDATE programs SET state = 'issued' WHERE year = 2024")});
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral(
        "tài khoản tuphap: vai trò đang là \"leader\", nhật ký ghi \"unit\" — đã bị sửa ngoài chương trình")))
        << r.err.toStdString();
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("chương trình năm 2024 đang ở bước \"Đã ban hành\" nhưng lịch sử các bước ghi")))
        << r.err.toStdString();
}

TEST_F(VerifyState, AnAccountInsertedWithSqliteIsReported)
{
    tamper({QStringLiteral("INSERT INTO users(login, full_name, role, password_hash, created_at) SELECT 'lenlut', 'X', "
                           "'admin', password_hash, created_at FROM users WHERE login = 'root'")});
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tài khoản lenlut: không có trong nhật ký quản trị")))
        << r.err.toStdString();
}

TEST_F(VerifyState, AHistoryCutShortWithItsHeadRewrittenIsFoundByTheHeadsKeptBesideTheFile)
{
    // The last history row (the comment) is removed and the stored head set to the row before:
    // the chain itself is whole again.
    tamper(
        {QStringLiteral("DELETE FROM item_history WHERE id = (SELECT MAX(id) FROM item_history)"),
         QStringLiteral("UPDATE meta SET value = (SELECT hash FROM item_history ORDER BY id DESC LIMIT 1) WHERE key = "
                        "'history_head'")});
    const CliResult r = verify();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QFileInfo(db).fileName() + QStringLiteral(".heads, dòng")) &&
                r.err.contains(QStringLiteral("mã băm cuối của lịch sử nội dung khi đó")) &&
                r.err.contains(QStringLiteral("lịch sử đã bị viết lại")))
        << r.err.toStdString();
}

TEST_F(VerifyState, AHashPrintedOnPaperIsCheckedWithHead)
{
    const CliResult ok = verify({QStringLiteral("--heads")});
    ASSERT_EQ(ok.exitCode, 0);
    const QString line = ok.out.section(QStringLiteral("Mã băm cuối: nội dung "), 1).section(QLatin1Char(','), 0, 0);
    ASSERT_EQ(line.size(), 64) << ok.out.toStdString();
    CliResult r = verify({QStringLiteral("--head"), line});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("là của một dòng của lịch sử nội dung"))) << r.out.toStdString();
    r = verify({QStringLiteral("--head"), QString(64, QLatin1Char('a'))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("không có trong cơ sở dữ liệu"))) << r.err.toStdString();
}

TEST_F(VerifyState, CheckAlsoChecksEverySnapshotsHash)
{
    ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2024"),
                                              QStringLiteral("--to"), QStringLiteral("drafting")})
                  .exitCode,
              0);
    tamper({QStringLiteral("DROP TRIGGER snapshots_no_update"),
            QStringLiteral("UPDATE snapshots SET content = replace(content, 'Kế hoạch A', 'Kế hoạch Z')")});
    const CliResult r = cli({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("ảnh chụp"))) << r.err.toStdString();
}
