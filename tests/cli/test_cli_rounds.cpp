// diff and merge on the command line: a round of proposals compared with what the Office made of it.
#include "snapshotsfixture.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>

using wp::test::CliResult;
using wp::test::CliSnapshots;
using wp::test::runCli;

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
