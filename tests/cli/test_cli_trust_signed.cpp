// Issue 12, "A signed program stays signed": after sign-off every item is frozen as an approved
// item is, until an amendment is opened; sign-off waits until every item is settled; a leader
// limited to some units approves only those and does not sign the whole program.
#include "trustfixture.h"

using namespace wp;
using test::CliResult;

namespace {

struct Signed : test::TrustFixture
{
    QString approved, inDraft, proposed;

    void SetUp() override
    {
        unitsOnly();
        accounts();
        const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp"),
                                                           QStringLiteral("Kế hoạch B;Phòng Kinh tế"),
                                                           QStringLiteral("Kế hoạch C;Phòng Tư pháp")});
        ASSERT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"),
                      QStringLiteral("--status"), QStringLiteral("in-draft")})
                      .exitCode,
                  0);
        const QJsonArray all = items(2024);
        approved = idOf(all.at(0));
        inDraft = idOf(all.at(1));
        proposed = idOf(all.at(2));
        ASSERT_EQ(to(QStringLiteral("lanhdao"), approved, QStringLiteral("approved")).exitCode, 0);
        ASSERT_EQ(
            to(QStringLiteral("vanphong"), proposed, QStringLiteral("returned"), QStringLiteral("bổ sung")).exitCode,
            0);
        ASSERT_EQ(to(QStringLiteral("tuphap"), proposed, QStringLiteral("proposed")).exitCode, 0);
        for (const char* step : {"drafting", "review"})
            ASSERT_EQ(as(QStringLiteral("vanphong"),
                         {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2024"),
                          QStringLiteral("--to"), QString::fromLatin1(step)})
                          .exitCode,
                      0);
    }
    CliResult to(const QString& login, const QString& id, const QString& status, const QString& comment = QString())
    {
        QStringList args{QStringLiteral("transition"), id, QStringLiteral("--to"), status};
        if (!comment.isEmpty())
            args << QStringLiteral("--comment") << comment;
        return as(login, args);
    }
    CliResult signoff(const QString& login)
    {
        return as(login, {QStringLiteral("signoff"), QStringLiteral("--year"), QStringLiteral("2024"),
                          QStringLiteral("--decision"), QStringLiteral("15/QĐ-UBND")});
    }
    CliResult edit(const QString& login, const QString& id, const QString& set)
    {
        return as(login, {QStringLiteral("edit"), id, QStringLiteral("--set"), set});
    }
    void settleAndSign()
    {
        ASSERT_EQ(to(QStringLiteral("vanphong"), proposed, QStringLiteral("in-draft")).exitCode, 0);
        ASSERT_EQ(to(QStringLiteral("lanhdao"), proposed, QStringLiteral("approved")).exitCode, 0);
        ASSERT_EQ(to(QStringLiteral("lanhdao"), inDraft, QStringLiteral("rejected"), QStringLiteral("trùng")).exitCode,
                  0);
        const CliResult r = signoff(QStringLiteral("lanhdao"));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
};

} // namespace

TEST_F(Signed, SignOffWaitsUntilEveryItemIsSettledAndSaysWhichAndHowMany)
{
    const QString before = state();
    const CliResult r = signoff(QStringLiteral("lanhdao"));
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("chưa ban hành được: còn 1 nội dung \"Đưa vào dự thảo\", 1 nội dung "
                                              "\"Đề xuất\"")))
        << r.err.toStdString();
    EXPECT_EQ(state(), before);
}

TEST_F(Signed, AfterSignOffEveryItemIsFrozenUntilAnAmendmentIsOpened)
{
    settleAndSign();
    const QString before = state();
    // Content, even of a rejected or an approved item; and status changes that build a program.
    CliResult r = edit(QStringLiteral("vanphong"), approved, QStringLiteral("content=Đổi sau khi ký"));
    EXPECT_EQ(r.exitCode, 5);
    r = edit(QStringLiteral("vanphong"), inDraft, QStringLiteral("content=Đổi sau khi ký"));
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(state(), before);
    // Carrying it out goes on: the note, progress.
    r = edit(QStringLiteral("tuphap"), approved, QStringLiteral("note=đang làm"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = to(QStringLiteral("tuphap"), approved, QStringLiteral("in-progress"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // An amendment opens it again.
    ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2024"),
                                              QStringLiteral("--to"), QStringLiteral("amended")})
                  .exitCode,
              0);
    r = edit(QStringLiteral("vanphong"), approved, QStringLiteral("content=Điều chỉnh"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(Signed, ADraftOrAProposalAddedToASignedProgramIsFrozenToo)
{
    settleAndSign();
    // Items of a status that cannot be in an issued program (sample data or an older file may
    // have them) are frozen like the rest: neither edited nor moved on.
    tamper({QStringLiteral("UPDATE items SET status = 'in-draft' WHERE id = %1").arg(inDraft)});
    const QString before = state();
    CliResult r = edit(QStringLiteral("vanphong"), inDraft, QStringLiteral("leader=PCT"));
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("chương trình đã ký ban hành"))) << r.err.toStdString();
    r = to(QStringLiteral("lanhdao"), inDraft, QStringLiteral("approved"));
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("chương trình đã ký ban hành, chỉ cập nhật được tiến độ thực hiện")))
        << r.err.toStdString();
    EXPECT_EQ(state(), before);
}

TEST_F(Signed, ALeaderLimitedToSomeUnitsApprovesOnlyThoseAndDoesNotSignTheProgram)
{
    CliResult r = to(QStringLiteral("pct"), inDraft, QStringLiteral("approved")); // Phòng Kinh tế's
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pct không phụ trách Phòng Kinh tế"))) << r.err.toStdString();
    ASSERT_EQ(to(QStringLiteral("vanphong"), proposed, QStringLiteral("in-draft")).exitCode, 0);
    r = to(QStringLiteral("pct"), proposed, QStringLiteral("approved")); // Phòng Tư pháp's
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(to(QStringLiteral("lanhdao"), inDraft, QStringLiteral("rejected"), QStringLiteral("trùng")).exitCode, 0);
    const QString before = state();
    r = signoff(QStringLiteral("pct"));
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pct chỉ phụ trách một số đơn vị nên không ký ban hành cả chương trình")))
        << r.err.toStdString();
    EXPECT_EQ(state(), before);
}
