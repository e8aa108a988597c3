// snapshots, verify and diff on the command line, on a real database file.
#include "clifixture.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct CliSnapshots : wp::test::CliFixture
{
    void SetUp() override
    {
        demoWithAccounts();
        if (HasFatalFailure())
            return;
    }
    QJsonArray items(int year)
    {
        const CliResult r = cli({QStringLiteral("items"), QStringLiteral("--year"), QString::number(year),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QString idOf(int year, int number)
    {
        for (const QJsonValue v : items(year))
            if (v.toObject().value(QStringLiteral("number")).toInt() == number)
                return QString::number(v.toObject().value(QStringLiteral("id")).toInt());
        ADD_FAILURE() << "no item number " << number;
        return {};
    }
    // Three history rows on one item of the demo program and two snapshots.
    QString historyAndSnapshots()
    {
        const QString item = idOf(2023, 20);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Một")})
                      .exitCode,
                  0);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Hai")})
                      .exitCode,
                  0);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Ba")})
                      .exitCode,
                  0);
        EXPECT_EQ(
            as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"),
                                            QStringLiteral("--to"), QStringLiteral("amended")})
                .exitCode,
            0);
        EXPECT_EQ(as(QStringLiteral("vanphong"),
                     {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--to"),
                      QStringLiteral("review"), QStringLiteral("--label"), QStringLiteral("Trình điều chỉnh")})
                      .exitCode,
                  0);
        return item;
    }
};

} // namespace

TEST_F(CliSnapshots, EveryStepAndTheSignoffLeaveASnapshot)
{
    CliResult r = cli({QStringLiteral("snapshots"), QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out,
              QStringLiteral(
                  "Chương trình năm 2023 chưa có ảnh chụp nào (ảnh chụp được ghi ở mỗi bước của chương trình).\n"));
    r = as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"),
                                        QStringLiteral("--to"), QStringLiteral("amended")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Đã ghi ảnh chụp #1: 535 nội dung, mã băm "))) << r.out.toStdString();
    ASSERT_EQ(as(QStringLiteral("vanphong"),
                 {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--to"),
                  QStringLiteral("review"), QStringLiteral("--label"), QStringLiteral("Trình điều chỉnh")})
                  .exitCode,
              0);
    r = as(QStringLiteral("chutich"), {QStringLiteral("signoff"), QStringLiteral("--year"), QStringLiteral("2023"),
                                       QStringLiteral("--decision"), QStringLiteral("45/QĐ-UBND")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Đã ghi ảnh chụp #3: 535 nội dung"))) << r.out.toStdString();

    r = cli({QStringLiteral("snapshots"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(a.size(), 3);
    EXPECT_EQ(a[0].toObject().value(QStringLiteral("from")).toString(), QStringLiteral("issued"));
    EXPECT_EQ(a[0].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("amending"));
    EXPECT_EQ(a[1].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Trình điều chỉnh"));
    EXPECT_EQ(a[2].toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("Ban hành theo quyết định 45/QĐ-UBND"));
    EXPECT_EQ(a[2].toObject().value(QStringLiteral("login")).toString(), QStringLiteral("chutich"));
    EXPECT_EQ(a[2].toObject().value(QStringLiteral("items")).toInt(), 535);
    const QString hash = a[2].toObject().value(QStringLiteral("hash")).toString();
    EXPECT_EQ(hash.size(), 64);
    // The stored hash is the SHA-256 of the stored JSON, and the decision carries it.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT content FROM snapshots WHERE id = 3")) && q.next());
        EXPECT_EQ(QString::fromLatin1(
                      QCryptographicHash::hash(q.value(0).toString().toUtf8(), QCryptographicHash::Sha256).toHex()),
                  hash);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT snapshot_hash FROM program_history WHERE decision = '45/QĐ-UBND'")) &&
                    q.next());
        EXPECT_EQ(q.value(0).toString(), hash);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));

    r = cli({QStringLiteral("snapshots"), QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Mã  Thời điểm"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[4].startsWith(QStringLiteral("#3  "))) << lines[4].toStdString();
    EXPECT_TRUE(lines[4].simplified().endsWith(QStringLiteral(" chutich Lãnh đạo xem xét → Đã ban hành 535 ") +
                                               hash.left(12) + QStringLiteral(" Ban hành theo quyết định 45/QĐ-UBND")))
        << lines[4].toStdString();
}

TEST_F(CliSnapshots, SnapshotsBadInput)
{
    const QByteArray before = fileHash();
    CliResult r = cli({QStringLiteral("snapshots"), QStringLiteral("--year"), QStringLiteral("2031")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, QStringLiteral("lỗi: chưa có chương trình năm 2031 (có các năm: 2023)\n"));
    r = cli({QStringLiteral("snapshots"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--format"),
             QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("lỗi: định dạng không hợp lệ: xml (chọn: table|json)\n")))
        << r.err.toStdString();
    EXPECT_EQ(fileHash(), before);
}

TEST_F(CliSnapshots, VerifySaysOkOnAnUntouchedDatabase)
{
    historyAndSnapshots();
    const QByteArray before = fileHash();
    const CliResult r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The sample's 535 items are each born with a `create` row (issue 12), then the three here.
    EXPECT_EQ(r.out, QStringLiteral("ok: 538 bản ghi lịch sử, 2 bước chương trình và 2 ảnh chụp khớp mã băm\n"));
    EXPECT_EQ(r.err, QString());
    EXPECT_EQ(fileHash(), before);
}

TEST_F(CliSnapshots, VerifyNamesAnEditedHistoryRow)
{
    const QString item = historyAndSnapshots();
    // (rows 1 to 535: the sample's items being born; 536 to 538: the history made here)
    tamper({QStringLiteral("UPDATE item_history SET comment = 'Đồng ý' WHERE id = 537")});
    const QByteArray before = fileHash();
    const CliResult r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("lỗi: lịch sử: dòng 537 (nội dung %1) đã bị sửa sau khi ghi\n").arg(item));
    EXPECT_EQ(r.out, QString());
    EXPECT_EQ(fileHash(), before);
}

TEST_F(CliSnapshots, VerifyNamesADeletedHistoryRow)
{
    const QString item = historyAndSnapshots();
    tamper({QStringLiteral("DELETE FROM item_history WHERE id = 537")});
    const CliResult r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("lỗi: lịch sử: dòng 538 (nội dung %1) không nối tiếp dòng trước; có dòng đã bị xóa hoặc sửa")
            .arg(item)))
        << r.err.toStdString();
}

TEST_F(CliSnapshots, VerifyNamesReorderedHistoryRows)
{
    const QString item = historyAndSnapshots();
    tamper({QStringLiteral("UPDATE item_history SET id = -1 WHERE id = 536"),
            QStringLiteral("UPDATE item_history SET id = 536 WHERE id = 537"),
            QStringLiteral("UPDATE item_history SET id = 537 WHERE id = -1")});
    const CliResult r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("lỗi: lịch sử: dòng 536 (nội dung %1) không nối tiếp dòng trước; có dòng đã bị xóa hoặc sửa "
                       "(và ")
            .arg(item)))
        << r.err.toStdString();
}

TEST_F(CliSnapshots, VerifyNamesAnEditedSnapshot)
{
    historyAndSnapshots();
    // The triggers refuse the edit; someone who drops them first is still caught by the hash.
    tamper({QStringLiteral("DROP TRIGGER snapshots_no_update"),
            QStringLiteral("UPDATE snapshots SET content = replace(content, '\"status\":\"approved\"', "
                           "'\"status\":\"done\"') WHERE id = 2")});
    const CliResult r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("lỗi: ảnh chụp #2: mã băm không khớp (nội dung đã bị sửa sau khi ghi)\n"));
}

TEST_F(CliSnapshots, VerifyOfAMissingFileCreatesNothing)
{
    const QString missing = dir.filePath(QStringLiteral("khong-co.sqlite"));
    const CliResult r = runCli({QStringLiteral("verify"), QStringLiteral("--db"), missing});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("lỗi: không có cơ sở dữ liệu %1\n").arg(missing));
    EXPECT_FALSE(QFile::exists(missing));
}

namespace {

// A round of the 2025 program: 20 proposals from three units, frozen when the Office starts
// the draft; then the Office adjusts four (one changes its lead unit), leaves two out, adds
// three and accepts two, and sends the draft to the leaders: the comparison must report
// exactly that.
struct CliRound : CliSnapshots
{
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2025")};
    void SetUp() override
    {
        CliSnapshots::SetUp();
        if (HasFatalFailure())
            return;
        QString csv = QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n");
        for (int n = 1; n <= 20; ++n) {
            const QString unit = n <= 8    ? QStringLiteral("Tư pháp")
                                 : n <= 15 ? QStringLiteral("Nội vụ")
                                           : QStringLiteral("Y tế");
            csv += QStringLiteral("%1,Việc số %1 của %2,%2,Quý II\n").arg(n).arg(unit);
        }
        const QString file = dir.filePath(QStringLiteral("de-xuat.csv"));
        wp::test::writeFile(file, csv.toUtf8());
        CliResult r = as(QStringLiteral("vanphong"), QStringList{QStringLiteral("import"), file} + year);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = as(QStringLiteral("vanphong"),
               QStringList{QStringLiteral("step"), QStringLiteral("--to"), QStringLiteral("drafting")} + year);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(QStringLiteral("Đã ghi ảnh chụp #1: 20 nội dung"))) << r.out.toStdString();
    }
    // Edits as the Office through the workflow service, as the GUI would.
    void edit(int number, const std::function<void(wp::Item&)>& change)
    {
        auto database = wp::storage::Database::open(db);
        const wp::User office = *wp::storage::UserRepository(*database).byLogin(QStringLiteral("vanphong"));
        wp::Item it = *wp::storage::ItemRepository(*database).byId(idOf(2025, number).toLongLong());
        change(it);
        wp::storage::WorkflowService(*database, office).edit(it);
    }
    qint64 unitId(const QString& code)
    {
        auto database = wp::storage::Database::open(db);
        for (const wp::Unit& u : wp::storage::UnitRepository(*database).all())
            if (u.code == code)
                return u.id;
        return 0;
    }
    void playTheRound(bool withMerge = false)
    {
        edit(1, [](wp::Item& it) { it.content += QStringLiteral(" (đã điều chỉnh)"); });
        edit(2, [](wp::Item& it) { it.content = QStringLiteral("Việc số 2, viết lại"); });
        edit(9, [](wp::Item& it) { it.deadline = *wp::Deadline::parse(QStringLiteral("Quý III"), 2025); });
        const qint64 nv = unitId(QStringLiteral("NV"));
        edit(16, [nv](wp::Item& it) { it.leadUnitId = nv; });
        for (int n : {3, 10})
            ASSERT_EQ(as(QStringLiteral("vanphong"),
                         {QStringLiteral("transition"), idOf(2025, n), QStringLiteral("--to"),
                          QStringLiteral("rejected"), QStringLiteral("--comment"), QStringLiteral("Trùng")})
                          .exitCode,
                      0);
        for (int n : {4, 5})
            ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("transition"), idOf(2025, n),
                                                      QStringLiteral("--to"), QStringLiteral("in-draft")})
                          .exitCode,
                      0);
        const QString file = dir.filePath(QStringLiteral("van-phong-them.csv"));
        wp::test::writeFile(file, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n"
                                                 "21,Văn phòng thêm một,Tư pháp,Quý III\n"
                                                 "22,Văn phòng thêm hai,Tư pháp,Quý III\n"
                                                 "23,Văn phòng thêm ba,Y tế,Quý IV\n")
                                      .toUtf8());
        ASSERT_EQ(as(QStringLiteral("vanphong"), QStringList{QStringLiteral("import"), file, QStringLiteral("--status"),
                                                             QStringLiteral("in-draft")} +
                                                     year)
                      .exitCode,
                  0);
        if (withMerge) {
            // Nội vụ's items 11 and 12 and Y tế's 17 describe the same work: one item led by Nội vụ.
            const CliResult m = as(QStringLiteral("vanphong"),
                                   {QStringLiteral("merge"), idOf(2025, 11), idOf(2025, 12), idOf(2025, 17),
                                    QStringLiteral("--lead"), QStringLiteral("NV"), QStringLiteral("--content"),
                                    QStringLiteral("Việc chung của Nội vụ và Y tế")});
            ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
            ASSERT_EQ(m.out, QStringLiteral("Đã gộp 3 nội dung thành nội dung số 24 (mã %1), chủ trì: Nội vụ\n")
                                 .arg(idOf(2025, 24)));
        }
        const CliResult r =
            as(QStringLiteral("vanphong"),
               QStringList{QStringLiteral("step"), QStringLiteral("--to"), QStringLiteral("review")} + year);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(QStringLiteral("Đã ghi ảnh chụp #2: %1 nội dung").arg(withMerge ? 24 : 23)))
            << r.out.toStdString();
    }
    QJsonObject unitRow(const QJsonObject& diff, const QString& code)
    {
        for (const QJsonValue v : diff.value(QStringLiteral("units")).toArray())
            if (v.toObject().value(QStringLiteral("unit")).toString() == code)
                return v.toObject();
        ADD_FAILURE() << "no unit " << code.toStdString();
        return {};
    }
    QString tableRow(const QString& out, const QString& unit)
    {
        for (const QString& line : out.split(QLatin1Char('\n')))
            if (line.startsWith(unit + QStringLiteral("  ")))
                return line.simplified();
        return {};
    }
};

} // namespace

TEST_F(CliRound, TheComparisonReportsExactlyWhatTheRoundDid)
{
    playTheRound();
    if (HasFatalFailure())
        return;
    for (const QString& to : {QStringLiteral("2"), QStringLiteral("current")}) {
        CliResult r = cli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("1"),
                                      QStringLiteral("--to"), to, QStringLiteral("--format"), QStringLiteral("json")} +
                          year);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
        EXPECT_EQ(d.value(QStringLiteral("before")).toInt(), 20);
        EXPECT_EQ(d.value(QStringLiteral("after")).toInt(), 21);
        EXPECT_EQ(d.value(QStringLiteral("added")).toInt(), 3);
        EXPECT_EQ(d.value(QStringLiteral("removed")).toInt(), 2);
        EXPECT_EQ(d.value(QStringLiteral("changed")).toInt(), 4);
        EXPECT_EQ(d.value(QStringLiteral("merged")).toInt(), 0);
        EXPECT_EQ(d.value(QStringLiteral("status_changed")).toInt(), 2);
        EXPECT_EQ(d.value(QStringLiteral("units")).toArray().size(), 3);
        const QJsonObject tp = unitRow(d, QStringLiteral("TP"));
        EXPECT_EQ(tp.value(QStringLiteral("before")).toInt(), 8);
        EXPECT_EQ(tp.value(QStringLiteral("after")).toInt(), 9);
        EXPECT_EQ(tp.value(QStringLiteral("added")).toInt(), 2);
        EXPECT_EQ(tp.value(QStringLiteral("removed")).toInt(), 1);
        EXPECT_EQ(tp.value(QStringLiteral("changed")).toInt(), 2);
        const QJsonObject nv = unitRow(d, QStringLiteral("NV"));
        EXPECT_EQ(nv.value(QStringLiteral("before")).toInt(), 7);
        EXPECT_EQ(nv.value(QStringLiteral("after")).toInt(), 7);
        EXPECT_EQ(nv.value(QStringLiteral("removed")).toInt(), 1);
        EXPECT_EQ(nv.value(QStringLiteral("changed")).toInt(), 2);
        EXPECT_EQ(nv.value(QStringLiteral("moved_in")).toInt(), 1);
        const QJsonObject yt = unitRow(d, QStringLiteral("YT"));
        EXPECT_EQ(yt.value(QStringLiteral("before")).toInt(), 5);
        EXPECT_EQ(yt.value(QStringLiteral("after")).toInt(), 5);
        EXPECT_EQ(yt.value(QStringLiteral("added")).toInt(), 1);
        EXPECT_EQ(yt.value(QStringLiteral("moved_out")).toInt(), 1);
        const QJsonObject items = d.value(QStringLiteral("items")).toObject();
        const QJsonArray changed = items.value(QStringLiteral("changed")).toArray();
        ASSERT_EQ(changed.size(), 4);
        const QJsonObject second = changed[1].toObject();
        EXPECT_EQ(second.value(QStringLiteral("number")).toInt(), 2);
        EXPECT_EQ(second.value(QStringLiteral("fields")).toArray(),
                  (QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("content")},
                                          {QStringLiteral("old"), QStringLiteral("Việc số 2 của Tư pháp")},
                                          {QStringLiteral("new"), QStringLiteral("Việc số 2, viết lại")}}}));
        QStringList removed;
        for (const QJsonValue v : items.value(QStringLiteral("removed")).toArray())
            removed.append(QString::number(v.toObject().value(QStringLiteral("number")).toInt()));
        EXPECT_EQ(removed, (QStringList{QStringLiteral("3"), QStringLiteral("10")}));

        r = cli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("1"),
                            QStringLiteral("--to"), to} +
                year);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("\n20 → 21: thêm 3, bớt 2, sửa 4, gộp 0\n"))) << r.out.toStdString();
        // unit, before, after, added, removed, changed, merged, merged into, moved in, moved out
        EXPECT_EQ(tableRow(r.out, QStringLiteral("Phòng Tư pháp")), QStringLiteral("Phòng Tư pháp 8 9 2 1 2 0 0 0 0"));
        EXPECT_EQ(tableRow(r.out, QStringLiteral("Nội vụ")), QStringLiteral("Nội vụ 7 7 0 1 2 0 0 1 0"));
        EXPECT_EQ(tableRow(r.out, QStringLiteral("Y tế")), QStringLiteral("Y tế 5 5 1 0 0 0 0 0 1"));
        EXPECT_EQ(tableRow(r.out, QStringLiteral("Tổng cộng")), QStringLiteral("Tổng cộng 20 21 3 2 4 0 0 1 1"));
        EXPECT_TRUE(r.out.contains(
            QStringLiteral("\n  số 2 [TP] nội dung: \"Việc số 2 của Tư pháp\" → \"Việc số 2, viết lại\"\n")))
            << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("\n  số 16 [NV] chủ trì: \"Y tế\" → \"Nội vụ\"\n")))
            << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(
            QStringLiteral("\nBớt (2):\n  số 3 [TP] Việc số 3 của Tư pháp\n  số 10 [NV] Việc số 10 của Nội vụ\n")))
            << r.out.toStdString();
    }
    // A snapshot compared with itself has no differences.
    const CliResult same = cli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("2"),
                                           QStringLiteral("--to"), QStringLiteral("2")} +
                               year);
    EXPECT_TRUE(same.out.contains(QStringLiteral("\n21 → 21: thêm 0, bớt 0, sửa 0, gộp 0\n")))
        << same.out.toStdString();
}

TEST_F(CliRound, DiffBadInputIsRefusedAndWritesNothing)
{
    const QByteArray before = fileHash();
    struct Case
    {
        QStringList args;
        int code;
        QString err;
    };
    const QVector<Case> cases = {
        {{},
         1,
         QStringLiteral("lỗi: hãy chọn ảnh chụp để so sánh: --from ẢNH_CHỤP (xem: workprogram-cli snapshots)\n")},
        {{QStringLiteral("--from"), QStringLiteral("9")},
         2,
         QStringLiteral(
             "lỗi: không có ảnh chụp \"9\" của chương trình năm 2025 (xem: workprogram-cli snapshots --year 2025)\n")},
        {{QStringLiteral("--from"), QStringLiteral("một")},
         2,
         QStringLiteral("lỗi: không có ảnh chụp \"một\" của chương trình năm 2025 (xem: workprogram-cli snapshots "
                        "--year 2025)\n")},
        {{QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("7")},
         2,
         QStringLiteral(
             "lỗi: không có ảnh chụp \"7\" của chương trình năm 2025 (xem: workprogram-cli snapshots --year 2025)\n")},
        {{QStringLiteral("--from"), QStringLiteral("current")},
         2,
         QStringLiteral("lỗi: --from phải là một ảnh chụp; \"current\" chỉ dùng cho --to\n")},
        {{QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")},
         1,
         QStringLiteral("lỗi: định dạng không hợp lệ: csv (chọn: table|json)\n")},
    };
    for (const Case& c : cases) {
        const CliResult r = cli(QStringList{QStringLiteral("diff")} + c.args + year);
        EXPECT_EQ(r.exitCode, c.code) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.startsWith(c.err)) << r.err.toStdString();
        EXPECT_EQ(r.out, QString());
    }
    // A snapshot of another year's program is not one of this program's.
    ASSERT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"),
                                              QStringLiteral("--to"), QStringLiteral("amended")})
                  .exitCode,
              0);
    const QByteArray after2023 = fileHash();
    const CliResult r = cli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("2")} + year);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(
        r.err,
        QStringLiteral(
            "lỗi: không có ảnh chụp \"2\" của chương trình năm 2025 (xem: workprogram-cli snapshots --year 2025)\n"));
    EXPECT_EQ(fileHash(), after2023);
    EXPECT_NE(before, after2023);
}

TEST_F(CliRound, MergedItemsAreCountedAsMerged)
{
    playTheRound(true);
    if (HasFatalFailure())
        return;
    CliResult r =
        cli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"),
                        QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")} +
            year);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(d.value(QStringLiteral("before")).toInt(), 20);
    EXPECT_EQ(d.value(QStringLiteral("after")).toInt(), 19);
    EXPECT_EQ(d.value(QStringLiteral("added")).toInt(), 3);
    EXPECT_EQ(d.value(QStringLiteral("removed")).toInt(), 2);
    EXPECT_EQ(d.value(QStringLiteral("merged")).toInt(), 3);
    EXPECT_EQ(d.value(QStringLiteral("merge_results")).toInt(), 1);
    const QJsonObject nv = unitRow(d, QStringLiteral("NV"));
    EXPECT_EQ(nv.value(QStringLiteral("merged")).toInt(), 2);
    EXPECT_EQ(nv.value(QStringLiteral("merge_results")).toInt(), 1);
    EXPECT_EQ(nv.value(QStringLiteral("after")).toInt(), 6);
    const QJsonObject yt = unitRow(d, QStringLiteral("YT"));
    EXPECT_EQ(yt.value(QStringLiteral("merged")).toInt(), 1);
    EXPECT_EQ(yt.value(QStringLiteral("after")).toInt(), 4);
    const QJsonArray merged = d.value(QStringLiteral("items")).toObject().value(QStringLiteral("merged")).toArray();
    ASSERT_EQ(merged.size(), 3);
    EXPECT_EQ(merged[2].toObject().value(QStringLiteral("number")).toInt(), 17);
    EXPECT_EQ(QString::number(merged[2].toObject().value(QStringLiteral("merged_into")).toInt()), idOf(2025, 24));

    r = cli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--to"),
                        QStringLiteral("2")} +
            year);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\n20 → 19: thêm 3, bớt 2, sửa 4, gộp 3 thành 1\n")))
        << r.out.toStdString();
    EXPECT_EQ(tableRow(r.out, QStringLiteral("Phòng Tư pháp")), QStringLiteral("Phòng Tư pháp 8 9 2 1 2 0 0 0 0"));
    EXPECT_EQ(tableRow(r.out, QStringLiteral("Nội vụ")), QStringLiteral("Nội vụ 7 6 0 1 2 2 1 1 0"));
    EXPECT_EQ(tableRow(r.out, QStringLiteral("Y tế")), QStringLiteral("Y tế 5 4 1 0 0 1 0 0 1"));
    EXPECT_EQ(tableRow(r.out, QStringLiteral("Tổng cộng")), QStringLiteral("Tổng cộng 20 19 3 2 4 3 1 1 1"));
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("\n  số 17 [YT] Việc số 17 của Y tế → gộp vào nội dung mã %1\n").arg(idOf(2025, 24))))
        << r.out.toStdString();
    // The merge is in the history of every item it touched.
    r = cli({QStringLiteral("history"), idOf(2025, 17)});
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("Đề xuất → Rút khỏi chương trình: gộp vào nội dung số 24 (mã %1)").arg(idOf(2025, 24))))
        << r.out.toStdString();
    r = cli({QStringLiteral("history"), idOf(2025, 24)});
    EXPECT_TRUE(r.out.contains(QStringLiteral(" thêm (Đề xuất) gộp từ các nội dung số 11, 12, 17")))
        << r.out.toStdString();
    // The merged item is led by Nội vụ with Y tế as co-unit.
    for (const QJsonValue v : items(2025)) {
        if (v.toObject().value(QStringLiteral("number")).toInt() != 24)
            continue;
        EXPECT_EQ(v.toObject().value(QStringLiteral("lead_unit")).toString(), QStringLiteral("Phòng Nội vụ"));
        EXPECT_EQ(v.toObject().value(QStringLiteral("co_units")).toArray(), QJsonArray{QStringLiteral("Phòng Y tế")});
        EXPECT_EQ(v.toObject().value(QStringLiteral("content")).toString(),
                  QStringLiteral("Việc chung của Nội vụ và Y tế"));
        EXPECT_EQ(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("proposed"));
    }
    EXPECT_EQ(cli({QStringLiteral("verify")}).exitCode, 0);
}

TEST_F(CliRound, MergeRefusalsAndBadInputWriteNothing)
{
    const QString a = idOf(2025, 1);
    const QString b = idOf(2025, 9);
    ASSERT_EQ(as(QStringLiteral("vanphong"),
                 {QStringLiteral("transition"), idOf(2025, 2), QStringLiteral("--to"), QStringLiteral("rejected"),
                  QStringLiteral("--comment"), QStringLiteral("Trùng")})
                  .exitCode,
              0);
    const QByteArray before = fileHash();
    struct Case
    {
        QString login;
        QStringList args;
        int code;
        QString err;
    };
    const QVector<Case> cases = {
        {QStringLiteral("chutich"),
         {a, b, QStringLiteral("--lead"), QStringLiteral("TP")},
         5,
         QStringLiteral("bị từ chối: chutich (Lãnh đạo) không được gộp nội dung: chỉ Văn phòng mới được\n")},
        {QStringLiteral("root"),
         {a, b, QStringLiteral("--lead"), QStringLiteral("TP")},
         5,
         QStringLiteral("bị từ chối: root (Quản trị) không được gộp nội dung: chỉ Văn phòng mới được\n")},
        {QStringLiteral("vanphong"),
         {a, idOf(2025, 2), QStringLiteral("--lead"), QStringLiteral("TP")},
         5,
         QStringLiteral("bị từ chối: nội dung số 2 đang ở trạng thái \"Không đưa vào chương trình\": chỉ gộp được nội "
                        "dung \"Đề xuất\" "
                        "hoặc \"Đưa vào dự thảo\"\n")},
        {QStringLiteral("vanphong"),
         {a, QStringLiteral("--lead"), QStringLiteral("TP")},
         1,
         QStringLiteral("lỗi: thiếu tham số: workprogram-cli merge ITEM ITEM [ITEM…]\n")},
        {QStringLiteral("vanphong"), {a, b}, 1, QStringLiteral("lỗi: hãy chọn đơn vị chủ trì: --lead ĐƠN_VỊ\n")},
        {QStringLiteral("vanphong"),
         {a, a, QStringLiteral("--lead"), QStringLiteral("TP")},
         2,
         QStringLiteral("lỗi: cần ít nhất hai nội dung khác nhau để gộp\n")},
        {QStringLiteral("vanphong"),
         {a, QStringLiteral("99999"), QStringLiteral("--lead"), QStringLiteral("TP")},
         2,
         QStringLiteral("lỗi: không có nội dung mã 99999 (xem mã ở cột id: workprogram-cli items --format json)\n")},
        {QStringLiteral("vanphong"),
         {a, b, QStringLiteral("--lead"), QStringLiteral("Phòng Không Có")},
         2,
         QStringLiteral("lỗi: không có đơn vị \"Phòng Không Có\" (xem: workprogram-cli units list)\n")},
    };
    for (const Case& c : cases) {
        const CliResult r = as(c.login, QStringList{QStringLiteral("merge")} + c.args);
        EXPECT_EQ(r.exitCode, c.code) << c.args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(c.err)) << r.err.toStdString();
        EXPECT_EQ(r.out, QString());
    }
    EXPECT_EQ(fileHash(), before);
    // A wrong password changes nothing but the count of refused sign-ins (issue 12).
    const CliResult wrong = cli({QStringLiteral("merge"), a, b, QStringLiteral("--lead"), QStringLiteral("TP"),
                                 QStringLiteral("--as"), QStringLiteral("vanphong")},
                                {QStringLiteral("WP_PASSWORD=sai")});
    EXPECT_EQ(wrong.exitCode, 4);
    EXPECT_EQ(items(2025).size(), 20);
}

TEST_F(CliSnapshots, RolloverStartsNextYearWithTheUnfinishedItems)
{
    const QByteArray before = fileHash();
    struct Case
    {
        QString login;
        QStringList args;
        int code;
        QString err;
    };
    const QVector<Case> cases = {
        {QStringLiteral("chutich"),
         {QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"), QStringLiteral("2024")},
         5,
         QStringLiteral(
             "bị từ chối: chutich (Lãnh đạo) không được chuyển nội dung sang năm mới: chỉ Văn phòng mới được\n")},
        {QStringLiteral("vanphong"),
         {QStringLiteral("--from"), QStringLiteral("2023")},
         1,
         QStringLiteral("lỗi: hãy ghi năm: --from NĂM --to NĂM\n")},
        {QStringLiteral("vanphong"),
         {QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"), QStringLiteral("x")},
         1,
         QStringLiteral("lỗi: năm không hợp lệ: x\n")},
        {QStringLiteral("vanphong"),
         {QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"), QStringLiteral("2022")},
         2,
         QStringLiteral("lỗi: năm mới (2022) phải sau năm 2023\n")},
        {QStringLiteral("vanphong"),
         {QStringLiteral("--from"), QStringLiteral("2021"), QStringLiteral("--to"), QStringLiteral("2022")},
         2,
         QStringLiteral("lỗi: chưa có chương trình năm 2021\n")},
    };
    for (const Case& c : cases) {
        const CliResult r = as(c.login, QStringList{QStringLiteral("rollover")} + c.args);
        EXPECT_EQ(r.exitCode, c.code) << c.args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(c.err)) << r.err.toStdString();
    }
    EXPECT_EQ(fileHash(), before);
    // A wrong password changes nothing but the count of refused sign-ins (issue 12).
    EXPECT_EQ(cli({QStringLiteral("rollover"), QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"),
                   QStringLiteral("2024"), QStringLiteral("--as"), QStringLiteral("vanphong")},
                  {QStringLiteral("WP_PASSWORD=sai")})
                  .exitCode,
              4);
    EXPECT_FALSE(cli({QStringLiteral("programs")}).out.contains(QStringLiteral("2024")));

    // What should be carried, counted from the 2023 items independently of the command.
    QMap<QString, QJsonObject> unfinished; // by content + number
    int dates = 0;
    for (const QJsonValue v : items(2023)) {
        const QJsonObject o = v.toObject();
        const QString status = o.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("done") || status == QLatin1String("withdrawn") ||
            status == QLatin1String("rejected"))
            continue;
        unfinished.insert(o.value(QStringLiteral("content")).toString() +
                              QString::number(o.value(QStringLiteral("number")).toInt()),
                          o);
        if (QRegularExpression(QStringLiteral("^\\d{2}/\\d{2}/\\d{4}$"))
                .match(o.value(QStringLiteral("deadline")).toString())
                .hasMatch())
            ++dates;
    }
    ASSERT_GT(unfinished.size(), 0);
    ASSERT_LT(unfinished.size(), 535);
    const CliResult r =
        as(QStringLiteral("vanphong"), {QStringLiteral("rollover"), QStringLiteral("--from"), QStringLiteral("2023"),
                                        QStringLiteral("--to"), QStringLiteral("2024")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(
        QStringLiteral("Đã chuyển %1 nội dung chưa hoàn thành của năm 2023 sang chương trình năm 2024 (số 1 đến %1)\n")
            .arg(unfinished.size())))
        << r.out.toStdString();
    if (dates > 0) {
        EXPECT_TRUE(r.out.contains(
            QStringLiteral("\n%1 nội dung có thời hạn là ngày cụ thể của năm 2023, cần xem lại:\n").arg(dates)))
            << r.out.toStdString();
    }
    const QJsonArray next = items(2024);
    ASSERT_EQ(next.size(), unfinished.size());
    int moved = 0;
    for (const QJsonValue v : next) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("proposed"));
        const QString deadline = o.value(QStringLiteral("deadline")).toString();
        if (deadline.startsWith(QStringLiteral("Quý"))) {
            EXPECT_TRUE(o.value(QStringLiteral("due_date")).toString().startsWith(QStringLiteral("2024-")))
                << deadline.toStdString();
            ++moved;
        }
    }
    EXPECT_GT(moved, 0);
    const QJsonObject first = next.first().toObject();
    const CliResult h = cli({QStringLiteral("history"), QString::number(first.value(QStringLiteral("id")).toInt())});
    EXPECT_TRUE(h.out.contains(QStringLiteral(" thêm (Đề xuất) chuyển từ chương trình năm 2023 (nội dung số ")))
        << h.out.toStdString();
    // Once only.
    const QByteArray once = fileHash();
    const CliResult again =
        as(QStringLiteral("vanphong"), {QStringLiteral("rollover"), QStringLiteral("--from"), QStringLiteral("2023"),
                                        QStringLiteral("--to"), QStringLiteral("2024")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(again.err,
              QStringLiteral("lỗi: các nội dung chưa hoàn thành của năm 2023 đã được chuyển sang năm 2024 rồi\n"));
    EXPECT_EQ(fileHash(), once);
    EXPECT_EQ(cli({QStringLiteral("verify")}).exitCode, 0);
}

namespace {

// An amendment of the signed 2023 program: signed once (snapshot #3), opened again by the
// Office (#4), one approved item edited, sent to the leaders (#5) and signed again (#6).
struct CliAmendment : CliSnapshots
{
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2023")};
    qint64 approvedId = 0;
    int approvedNumber = 0;
    void SetUp() override
    {
        CliSnapshots::SetUp();
        if (HasFatalFailure())
            return;
        for (const QJsonValue v : items(2023))
            if (v.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("approved")) {
                approvedId = v.toObject().value(QStringLiteral("id")).toInteger();
                approvedNumber = v.toObject().value(QStringLiteral("number")).toInt();
                break;
            }
        ASSERT_NE(approvedId, 0);
        ASSERT_EQ(step(QStringLiteral("amended")).exitCode, 0);
        ASSERT_EQ(step(QStringLiteral("review")).exitCode, 0);
        const CliResult r = signoff(QStringLiteral("45/QĐ-UBND"));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(QStringLiteral("Đã ghi ảnh chụp #3: 535 nội dung"))) << r.out.toStdString();
    }
    CliResult step(const QString& to)
    {
        return as(QStringLiteral("vanphong"), QStringList{QStringLiteral("step"), QStringLiteral("--to"), to} + year);
    }
    CliResult signoff(const QString& decision)
    {
        return as(QStringLiteral("chutich"),
                  QStringList{QStringLiteral("signoff"), QStringLiteral("--decision"), decision} + year);
    }
    // Edits the approved item's content as @p login through the workflow service, as the GUI would.
    // Returns the refusal's message, empty when the edit was written.
    QString editContent(const QString& login, const QString& content)
    {
        auto database = wp::storage::Database::open(db);
        const wp::User who = *wp::storage::UserRepository(*database).byLogin(login);
        wp::Item it = *wp::storage::ItemRepository(*database).byId(approvedId);
        it.content = content;
        try {
            wp::storage::WorkflowService(*database, who).edit(it);
        } catch (const wp::storage::PermissionError& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    }
    QByteArray snapshotContent(qint64 id)
    {
        auto database = wp::storage::Database::open(db);
        return wp::storage::SnapshotRepository(*database).byId(id)->content;
    }
};

} // namespace

TEST_F(CliAmendment, ApprovedItemsAreLockedUntilTheOfficeOpensAnAmendment)
{
    const QString locked =
        QStringLiteral("nội dung số %1 đang ở trạng thái \"Đã phê duyệt\": không ai được sửa Nội dung công việc; chỉ "
                       "sửa được bằng điều chỉnh chương trình")
            .arg(approvedNumber);
    const QByteArray before = fileHash();
    EXPECT_EQ(editContent(QStringLiteral("vanphong"), QStringLiteral("Sửa khi đã ban hành")), locked);
    EXPECT_EQ(fileHash(), before);

    ASSERT_EQ(step(QStringLiteral("amended")).exitCode, 0);
    // A leader does not edit, even during an amendment.
    EXPECT_NE(editContent(QStringLiteral("chutich"), QStringLiteral("Lãnh đạo sửa")), QString());
    EXPECT_EQ(editContent(QStringLiteral("vanphong"), QStringLiteral("Nội dung đã điều chỉnh")), QString());
    ASSERT_EQ(step(QStringLiteral("review")).exitCode, 0);
    // Sent to the leaders, the amendment is frozen again.
    const QByteArray inReview = fileHash();
    EXPECT_EQ(editContent(QStringLiteral("vanphong"), QStringLiteral("Sửa khi đang trình")), locked);
    EXPECT_EQ(fileHash(), inReview);
}

TEST_F(CliAmendment, TheSecondSignoffFreezesTheAmendmentAndKeepsTheFirstExactly)
{
    const QByteArray signedFirst = snapshotContent(3);
    ASSERT_FALSE(signedFirst.isEmpty());
    QString oldContent;
    for (const QJsonValue v : items(2023))
        if (v.toObject().value(QStringLiteral("id")).toInteger() == approvedId)
            oldContent = v.toObject().value(QStringLiteral("content")).toString();
    ASSERT_FALSE(oldContent.isEmpty());

    ASSERT_EQ(step(QStringLiteral("amended")).exitCode, 0);
    ASSERT_EQ(editContent(QStringLiteral("vanphong"), QStringLiteral("Nội dung đã điều chỉnh")), QString());
    ASSERT_EQ(step(QStringLiteral("review")).exitCode, 0);
    CliResult r = signoff(QStringLiteral("46/QĐ-UBND"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Đã ghi ảnh chụp #6: 535 nội dung"))) << r.out.toStdString();

    r = cli(QStringList{QStringLiteral("snapshots"), QStringLiteral("--format"), QStringLiteral("json")} + year);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(a.size(), 6);
    EXPECT_EQ(a[2].toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("Ban hành theo quyết định 45/QĐ-UBND"));
    EXPECT_EQ(a[5].toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("Điều chỉnh lần 1 theo quyết định 46/QĐ-UBND"));
    EXPECT_EQ(a[5].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("issued"));
    EXPECT_NE(a[5].toObject().value(QStringLiteral("hash")).toString(),
              a[2].toObject().value(QStringLiteral("hash")).toString());

    // The first signed snapshot is byte for byte what was signed, and both hashes verify.
    EXPECT_EQ(snapshotContent(3), signedFirst);
    EXPECT_EQ(QString::fromLatin1(QCryptographicHash::hash(signedFirst, QCryptographicHash::Sha256).toHex()),
              a[2].toObject().value(QStringLiteral("hash")).toString());
    r = cli({QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.endsWith(QStringLiteral(" bước chương trình và 6 ảnh chụp khớp mã băm\n")))
        << r.out.toStdString();

    // The diff between the two signed snapshots is exactly the amendment.
    r = cli(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("3"), QStringLiteral("--to"),
                        QStringLiteral("6"), QStringLiteral("--format"), QStringLiteral("json")} +
            year);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // 535 items, 13 of them rejected or withdrawn: out of the program, so not counted.
    EXPECT_EQ(d.value(QStringLiteral("before")).toInt(), 522);
    EXPECT_EQ(d.value(QStringLiteral("after")).toInt(), 522);
    EXPECT_EQ(d.value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(d.value(QStringLiteral("removed")).toInt(), 0);
    EXPECT_EQ(d.value(QStringLiteral("changed")).toInt(), 1);
    const QJsonArray changed = d.value(QStringLiteral("items")).toObject().value(QStringLiteral("changed")).toArray();
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0].toObject().value(QStringLiteral("number")).toInt(), approvedNumber);
    EXPECT_EQ(changed[0].toObject().value(QStringLiteral("fields")).toArray(),
              (QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("content")},
                                      {QStringLiteral("old"), oldContent},
                                      {QStringLiteral("new"), QStringLiteral("Nội dung đã điều chỉnh")}}}));
    // Issued again: locked again.
    EXPECT_NE(editContent(QStringLiteral("vanphong"), QStringLiteral("Sửa sau khi ký lại")), QString());
}
