// snapshots and verify on the command line, on a real database file.
#include "snapshotsfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::CliSnapshots;
using wp::test::runCli;

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
