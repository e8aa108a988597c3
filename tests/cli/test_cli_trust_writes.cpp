// Issue 12, "No write without a signed-in person": once a database has accounts, every command
// that writes needs --as with a role that may do it, and is recorded with that person; an import
// brings in only what the importer's role could reach through the workflow.
#include "trustfixture.h"

#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <QFileInfo>

using namespace wp;
using test::CliResult;

namespace {

struct Writes : test::TrustFixture
{
    void SetUp() override
    {
        unitsOnly();
        accounts();
    }
    QString lastAudit()
    {
        auto d = storage::Database::open(db);
        const QVector<storage::AuditEntry> all = storage::AuditLog(*d).all();
        return all.isEmpty()
                   ? QString()
                   : all.last().kind + QLatin1Char(' ') + all.last().target + QLatin1Char(' ') + all.last().login;
    }
};

} // namespace

TEST_F(Writes, AnImportWithoutASignedInPersonIsRefusedAndWritesNothing)
{
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    const QString before = state();
    const CliResult r = cli({QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("hãy đăng nhập để nhập dữ liệu (--as TÊN_ĐĂNG_NHẬP")))
        << r.err.toStdString();
    EXPECT_EQ(state(), before);
    // The case: finished items written anonymously.
    const CliResult done = cli({QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"),
                                QStringLiteral("--status"), QStringLiteral("done")});
    EXPECT_EQ(done.exitCode, 4);
    EXPECT_EQ(state(), before);
}

TEST_F(Writes, TheOfficeImportsProposalsRecordedAsItsOwnWithACreateRowPerItem)
{
    const QString file = csv(QStringLiteral("a.csv"),
                             {QStringLiteral("Kế hoạch A;Phòng Tư pháp"), QStringLiteral("Kế hoạch B;Phòng Kinh tế")});
    const CliResult r = as(QStringLiteral("vanphong"),
                           {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto d = storage::Database::open(db);
    const QVector<Item> its = storage::ItemRepository(*d).list(storage::ProgramRepository(*d).byYear(2024)->id);
    ASSERT_EQ(its.size(), 2);
    for (const Item& it : its) {
        const QVector<storage::HistoryEntry> h = storage::HistoryRepository(*d).forItem(it.id);
        ASSERT_EQ(h.size(), 1);
        EXPECT_EQ(h.first().kind, storage::HistoryEntry::Kind::Create);
        EXPECT_EQ(h.first().login, QStringLiteral("vanphong"));
        EXPECT_EQ(h.first().to, Status::Proposed);
        EXPECT_TRUE(h.first().comment.isEmpty()); // the audit row names the file
    }
    d.reset();
    EXPECT_EQ(lastAudit(), QStringLiteral("import 2024 vanphong"));
    const CliResult v = cli({QStringLiteral("verify")});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
}

TEST_F(Writes, ImportedStatusesAreLimitedToWhatTheImportersRoleCouldReach)
{
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    const QString before = state();
    CliResult r =
        as(QStringLiteral("vanphong"), {QStringLiteral("import"), file, QStringLiteral("--year"),
                                        QStringLiteral("2024"), QStringLiteral("--status"), QStringLiteral("done")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--status done: vanphong (Văn phòng) chỉ nhập được nội dung ở các trạng "
                                              "thái draft, proposed, withdrawn, in-draft, returned, rejected")))
        << r.err.toStdString();
    // A status column in the file is held to the same rule, and names the row.
    const QString withStatus =
        csv(QStringLiteral("b.csv"),
            {QStringLiteral("Kế hoạch A;Phòng Tư pháp"), QStringLiteral("Kế hoạch B;Phòng Tư pháp")},
            QStringLiteral("Trạng thái"), {QStringLiteral("Đề xuất"), QStringLiteral("Đã phê duyệt")});
    r = as(QStringLiteral("vanphong"),
           {QStringLiteral("import"), withStatus, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("dòng 3: nội dung ở trạng thái \"Đã phê duyệt\" không nhập được")))
        << r.err.toStdString();
    EXPECT_EQ(state(), before);
    // Without accounts the Office's rules hold for whoever imports.
    QTemporaryDir other;
    const QString plain = other.filePath(QStringLiteral("plain.sqlite"));
    ASSERT_EQ(
        test::runCli({QStringLiteral("demo"), QStringLiteral("--units-only"), QStringLiteral("--db"), plain}).exitCode,
        0);
    r = test::runCli({QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"),
                      QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--db"), plain});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("chưa có tài khoản: theo quyền của Văn phòng"))) << r.err.toStdString();
}

TEST_F(Writes, AUnitImportsOnlyItsOwnUnitsItemsAndOnlyAsProposals)
{
    const QString mixed = csv(QStringLiteral("mixed.csv"),
                              {QStringLiteral("Kế hoạch A;Phòng Tư pháp"), QStringLiteral("Kế hoạch B;Phòng Kinh tế")});
    const QString before = state();
    CliResult r = as(QStringLiteral("tuphap"),
                     {QStringLiteral("import"), mixed, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral(
        "dòng 3: nội dung do đơn vị khác chủ trì; tuphap (Đơn vị) chỉ nhập được nội dung của đơn vị mình")))
        << r.err.toStdString();
    const QString own = csv(QStringLiteral("own.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    r = as(QStringLiteral("tuphap"), {QStringLiteral("import"), own, QStringLiteral("--year"), QStringLiteral("2024"),
                                      QStringLiteral("--status"), QStringLiteral("in-draft")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(state(), before);
    r = as(QStringLiteral("tuphap"), {QStringLiteral("import"), own, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Leaders and administrators do not import.
    for (const char* login : {"lanhdao", "root"}) {
        r = as(QString::fromLatin1(login),
               {QStringLiteral("import"), own, QStringLiteral("--year"), QStringLiteral("2024")});
        EXPECT_EQ(r.exitCode, 5) << login;
        EXPECT_TRUE(r.err.contains(QStringLiteral("không được nhập dữ liệu: chỉ Văn phòng, Đơn vị mới được")))
            << r.err.toStdString();
    }
}

TEST_F(Writes, NothingIsImportedIntoASignedProgram)
{
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    ASSERT_EQ(
        as(QStringLiteral("vanphong"), {QStringLiteral("import"), file, QStringLiteral("--year"),
                                        QStringLiteral("2024"), QStringLiteral("--status"), QStringLiteral("in-draft")})
            .exitCode,
        0);
    const QString id = idOf(items(2024).first());
    ASSERT_EQ(as(QStringLiteral("lanhdao"),
                 {QStringLiteral("transition"), id, QStringLiteral("--to"), QStringLiteral("approved")})
                  .exitCode,
              0);
    for (const char* step : {"drafting", "review"})
        ASSERT_EQ(
            as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2024"),
                                            QStringLiteral("--to"), QString::fromLatin1(step)})
                .exitCode,
            0);
    const CliResult s =
        as(QStringLiteral("lanhdao"), {QStringLiteral("signoff"), QStringLiteral("--year"), QStringLiteral("2024"),
                                       QStringLiteral("--decision"), QStringLiteral("12/QĐ-UBND")});
    ASSERT_EQ(s.exitCode, 0) << s.err.toStdString();
    const QString before = state();
    const CliResult r = as(QStringLiteral("vanphong"),
                           {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("chương trình năm 2024 đã ký ban hành: không thêm nội dung được")))
        << r.err.toStdString();
    EXPECT_EQ(state(), before);
}

TEST_F(Writes, UnitsAreChangedByAnAdministratorOnlyAndRecorded)
{
    const QString before = state();
    CliResult r = cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("MOI"), QStringLiteral("--name"),
                       QStringLiteral("Phòng Mới")});
    EXPECT_EQ(r.exitCode, 4);
    r = as(QStringLiteral("vanphong"), {QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("MOI"),
                                        QStringLiteral("--name"), QStringLiteral("Phòng Mới")});
    EXPECT_EQ(r.exitCode, 5);
    r = as(QStringLiteral("tuphap"),
           {QStringLiteral("units"), QStringLiteral("alias"), QStringLiteral("TP"), QStringLiteral("Tư pháp quận")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(state(), before);
    r = as(QStringLiteral("root"), {QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("MOI"),
                                    QStringLiteral("--name"), QStringLiteral("Phòng Mới")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lastAudit(), QStringLiteral("unit-add MOI root"));
    r = as(QStringLiteral("root"), {QStringLiteral("units"), QStringLiteral("set"), QStringLiteral("MOI"),
                                    QStringLiteral("--short"), QStringLiteral("P. Mới")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lastAudit(), QStringLiteral("unit-set MOI root"));
}

TEST_F(Writes, SampleDataIsNeverWrittenBesideAccounts)
{
    const QString before = state();
    const CliResult r = cli({QStringLiteral("demo")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QStringLiteral("đã có tài khoản"))) << r.err.toStdString();
    EXPECT_EQ(state(), before);
}

TEST(WritesWithoutAccounts, SampleDataIsNeverWrittenOverAProgramOfItsYear)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    ASSERT_EQ(test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const CliResult again = test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("đã có chương trình năm 2023"))) << again.err.toStdString();
    // The sample's items are recorded too, so that verify replays them.
    const CliResult v = test::runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
}

TEST_F(Writes, InitOfAnExistingDatabaseChangesNothing)
{
    const QByteArray before = fileHash();
    const CliResult r = cli({QStringLiteral("init")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("đã có"))) << r.out.toStdString();
    EXPECT_EQ(fileHash(), before);
}

TEST_F(Writes, ARestoreNeedsAnAdministratorAndIsRecordedInTheRestoredDatabase)
{
    const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    const QString before = state();
    CliResult r = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup});
    EXPECT_EQ(r.exitCode, 4);
    r = as(QStringLiteral("vanphong"), {QStringLiteral("restore"), QStringLiteral("--from"), backup});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(state(), before);
    r = as(QStringLiteral("root"), {QStringLiteral("restore"), QStringLiteral("--from"), backup});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lastAudit(), QStringLiteral("restore b.sqlite root"));
    EXPECT_EQ(cli({QStringLiteral("verify")}).exitCode, 0);
}

TEST_F(Writes, TextOverExcelsLimitOrWithANulIsRefusedAtEntryNamingTheLimit)
{
    const QString file = csv(QStringLiteral("a.csv"), {QStringLiteral("Kế hoạch A;Phòng Tư pháp")});
    ASSERT_EQ(as(QStringLiteral("vanphong"),
                 {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024")})
                  .exitCode,
              0);
    const QString id = idOf(items(2024).first());
    const QString before = state();
    CliResult r = as(QStringLiteral("vanphong"), {QStringLiteral("edit"), id, QStringLiteral("--set"),
                                                  QStringLiteral("content=") + QString(32768, QLatin1Char('a'))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nội dung công việc dài 32768 ký tự, quá giới hạn 32767 ký tự")))
        << r.err.left(300).toStdString();
    EXPECT_EQ(state(), before);
    // A JSON import: the row (the item's position) is named, nothing is written.
    const QString json = dir.filePath(QStringLiteral("long.json"));
    test::writeFile(
        json,
        QJsonDocument(QJsonObject{{QStringLiteral("items"),
                                   QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("Ngắn")},
                                                          {QStringLiteral("lead_unit"), QStringLiteral("TP")}},
                                              QJsonObject{{QStringLiteral("content"), QString(40000, QLatin1Char('b'))},
                                                          {QStringLiteral("lead_unit"), QStringLiteral("TP")}},
                                              QJsonObject{{QStringLiteral("content"), QStringLiteral("Có\u0000NUL")},
                                                          {QStringLiteral("lead_unit"), QStringLiteral("TP")}}}}})
            .toJson());
    r = as(QStringLiteral("vanphong"),
           {QStringLiteral("import"), json, QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("long.json:2:")) && r.err.contains(QStringLiteral("quá giới hạn 32767")))
        << r.err.left(400).toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("long.json:3:")) && r.err.contains(QStringLiteral("ký tự NUL")))
        << r.err.left(400).toStdString();
    EXPECT_EQ(state(), before);
}
