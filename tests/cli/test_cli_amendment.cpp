// amendments of a signed program on the command line: what is locked, what the second signoff keeps.
#include "snapshotsfixture.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::CliSnapshots;
using wp::test::runCli;

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
