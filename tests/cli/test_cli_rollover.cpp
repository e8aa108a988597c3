// rollover on the command line: the unfinished items of a year start the next one.
#include "snapshotsfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::CliSnapshots;
using wp::test::runCli;

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
