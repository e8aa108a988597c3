// The edit command: field edits through the workflow (locks, roles, history), one item or many,
// all in one transaction; a refused or bad edit leaves the database file byte-for-byte as it was.
#include "clifixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

/// On SQLite and on PostgreSQL (skipped without WP_TEST_PG).
struct CliEdit : wp::test::CliFixture, ::testing::WithParamInterface<wp::test::Backend>
{
    void SetUp() override
    {
        useBackend(GetParam());
        if (server)
            WP_SKIP_UNLESS_AVAILABLE(*server);
        demoWithAccounts();
        if (HasFatalFailure())
            return;
        // The 2023 sample is signed, frozen (issue 12): the edits are made in a 2024 program the
        // Office is compiling, twelve items in the draft, two of them approved.
        QString csv = QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn,Lãnh đạo phụ trách\n");
        const QStringList units = {QStringLiteral("Phòng Tư pháp"), QStringLiteral("Phòng Y tế"),
                                   QStringLiteral("Phòng Kinh tế"), QStringLiteral("Phòng Tài chính - Kế hoạch")};
        for (int i = 0; i < 12; ++i)
            csv += QStringLiteral("%1,Kế hoạch số %1,%2,Quý IV,PCT %3\n").arg(i + 1).arg(units.at(i % 4)).arg(i % 3);
        const QString file = dir.filePath(QStringLiteral("2024.csv"));
        wp::test::writeFile(file, csv.toUtf8());
        CliResult step = as(QStringLiteral("vanphong"),
                            {QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2024"),
                             QStringLiteral("--status"), QStringLiteral("in-draft")});
        ASSERT_EQ(step.exitCode, 0) << step.err.toStdString();
        const QJsonArray all = items();
        for (int i : {4, 9}) {
            step = as(QStringLiteral("chutich"), {QStringLiteral("transition"), idOf(all.at(i).toObject()),
                                                  QStringLiteral("--to"), QStringLiteral("approved")});
            ASSERT_EQ(step.exitCode, 0) << step.err.toStdString();
        }
    }
    QJsonArray items(const QStringList& filter = {})
    {
        const CliResult r = cli(QStringList{QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2024"),
                                            QStringLiteral("--format"), QStringLiteral("json")} +
                                filter);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject firstWithStatus(const QString& status)
    {
        const QJsonArray a = items({QStringLiteral("--status"), status});
        EXPECT_FALSE(a.isEmpty()) << status.toStdString();
        return a.isEmpty() ? QJsonObject() : a.first().toObject();
    }
    static QString idOf(const QJsonObject& o) { return QString::number(o.value(QStringLiteral("id")).toInteger()); }
    QString state()
    {
        auto d = wp::storage::Database::open(db);
        return wp::test::fingerprint(*d);
    }
    QJsonArray history(const QString& item)
    {
        const CliResult r = cli({QStringLiteral("history"), item, QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject byId(const QString& id)
    {
        for (const QJsonValue& v : items())
            if (idOf(v.toObject()) == id)
                return v.toObject();
        return {};
    }
};

} // namespace

TEST_P(CliEdit, OneItemIsEditedFieldByFieldWithHistory)
{
    const QJsonObject item = firstWithStatus(QStringLiteral("in-draft"));
    const QString id = idOf(item);
    const QString oldLeader = item.value(QStringLiteral("leader")).toString();
    const CliResult r =
        as(QStringLiteral("vanphong"),
           {QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("leader=PCT Nguyễn Văn A"),
            QStringLiteral("--set"), QStringLiteral("deadline=Quý III"), QStringLiteral("--set"),
            QStringLiteral("co-units=TP;YT"), QStringLiteral("--comment"), QStringLiteral("Theo ý kiến Chủ tịch")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Đã sửa 1 nội dung\n"));
    const QJsonObject after = byId(id);
    EXPECT_EQ(after.value(QStringLiteral("leader")).toString(), QStringLiteral("PCT Nguyễn Văn A"));
    EXPECT_EQ(after.value(QStringLiteral("deadline")).toString(), QStringLiteral("Quý III"));

    const QJsonArray h = history(id);
    ASSERT_EQ(h.size(), 3); // its creation (the import), the edit, the comment
    EXPECT_EQ(h[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("create"));
    const QJsonObject edit = h[1].toObject();
    EXPECT_EQ(edit.value(QStringLiteral("kind")).toString(), QStringLiteral("edit"));
    EXPECT_EQ(edit.value(QStringLiteral("login")).toString(), QStringLiteral("vanphong"));
    bool sawLeader = false, sawDeadline = false;
    for (const QJsonValue& v : edit.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject ch = v.toObject();
        if (ch.value(QStringLiteral("field")).toString() == QLatin1String("leader")) {
            sawLeader = true;
            EXPECT_EQ(ch.value(QStringLiteral("old")).toString(), oldLeader);
            EXPECT_EQ(ch.value(QStringLiteral("new")).toString(), QStringLiteral("PCT Nguyễn Văn A"));
        }
        if (ch.value(QStringLiteral("field")).toString() == QLatin1String("deadline")) {
            sawDeadline = true;
            EXPECT_EQ(ch.value(QStringLiteral("new")).toString(), QStringLiteral("Quý III"));
        }
    }
    EXPECT_TRUE(sawLeader);
    EXPECT_TRUE(sawDeadline);
    EXPECT_EQ(h[2].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("comment"));
    EXPECT_EQ(h[2].toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("Theo ý kiến Chủ tịch"));
    const CliResult table = cli({QStringLiteral("history"), id});
    EXPECT_TRUE(table.out.contains(QStringLiteral("leader: \"%1\" → \"PCT Nguyễn Văn A\"").arg(oldLeader)))
        << table.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("check")}).exitCode, 0);
}

TEST_P(CliEdit, BulkEditByFilterChangesEverySelectedItemAndNothingElse)
{
    const QJsonArray selected = items({QStringLiteral("--status"), QStringLiteral("in-draft")});
    ASSERT_GE(selected.size(), 2);
    const int total = items().size();
    const CliResult r =
        as(QStringLiteral("vanphong"),
           {QStringLiteral("edit"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--status"),
            QStringLiteral("in-draft"), QStringLiteral("--set"), QStringLiteral("note=Rà soát lại")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Đã sửa %1 nội dung\n").arg(selected.size()));
    int noted = 0;
    for (const QJsonValue& v : items())
        noted += v.toObject().value(QStringLiteral("note")).toString() == QStringLiteral("Rà soát lại") ? 1 : 0;
    EXPECT_EQ(noted, selected.size());
    EXPECT_LT(noted, total);
    for (const QJsonValue& v : selected) {
        const QJsonArray h = history(idOf(v.toObject()));
        ASSERT_EQ(h.size(), 2); // its creation, then the edit
        EXPECT_EQ(h[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("edit"));
    }
    // a second identical run changes nothing and says so
    const CliResult again =
        as(QStringLiteral("vanphong"),
           {QStringLiteral("edit"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--status"),
            QStringLiteral("in-draft"), QStringLiteral("--set"), QStringLiteral("note=Rà soát lại")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out, QStringLiteral("Đã sửa 0 nội dung\n"));
}

TEST_P(CliEdit, ALockedFieldIsRefusedWithFiveAndNothingIsWritten)
{
    const QJsonObject approved = firstWithStatus(QStringLiteral("approved"));
    const QJsonObject draft = firstWithStatus(QStringLiteral("in-draft"));
    const QByteArray before = fileHash();
    CliResult r = as(QStringLiteral("vanphong"), {QStringLiteral("edit"), idOf(draft), idOf(approved),
                                                  QStringLiteral("--set"), QStringLiteral("content=Nội dung mới")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(r.err, QStringLiteral(
                         "bị từ chối: nội dung số %1 đang ở trạng thái \"Đã phê duyệt\": không ai được sửa Nội dung "
                         "công việc; chỉ sửa được bằng điều chỉnh chương trình\n")
                         .arg(approved.value(QStringLiteral("number")).toInt()));
    EXPECT_EQ(fileHash(), before);
    // the whole program at once: the first locked item refuses it all
    r = as(QStringLiteral("vanphong"),
           {QStringLiteral("edit"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--all"),
            QStringLiteral("--set"), QStringLiteral("leader=Ai đó")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("bị từ chối: nội dung số "))) << r.err.toStdString();
    EXPECT_EQ(fileHash(), before);
    EXPECT_EQ(history(idOf(draft)).size(), 1); // its creation only
}

TEST_P(CliEdit, UnitStaffMayNotEditAnotherUnitsItem)
{
    const QJsonObject draft = firstWithStatus(QStringLiteral("in-draft"));
    const QString lead = draft.value(QStringLiteral("lead_unit")).toString();
    addUser(QStringLiteral("khac"), QStringLiteral("unit"),
            {QStringLiteral("--unit"), lead == QLatin1String("YT") ? QStringLiteral("TP") : QStringLiteral("YT")});
    const QByteArray before = fileHash();
    const CliResult r = as(QStringLiteral("khac"),
                           {QStringLiteral("edit"), idOf(draft), QStringLiteral("--set"), QStringLiteral("note=x")});
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("bị từ chối: khac thuộc đơn vị khác; nội dung số %1 do ")
                                     .arg(draft.value(QStringLiteral("number")).toInt())))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("chỉ cán bộ của"))) << r.err.toStdString();
    EXPECT_EQ(fileHash(), before);
}

TEST_P(CliEdit, BadInputAndUnknownFieldsWriteNothing)
{
    const QString id = idOf(firstWithStatus(QStringLiteral("in-draft")));
    const QByteArray before = fileHash();
    // an unreadable deadline is bad input (2), named
    CliResult r = as(QStringLiteral("vanphong"),
                     {QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("deadline=Quý V")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, QStringLiteral("lỗi: không có quý \"Quý V\" (một năm có các quý I đến IV)\n"));
    // an unknown field is a wrong command line (1)
    r = as(QStringLiteral("vanphong"),
           {QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("owner=x")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(
        r.err.startsWith(QStringLiteral("lỗi: không có trường \"owner\" (sửa được: content, lead, co-units, deadline, "
                                        "leader, group, form, level, note)\n")))
        << r.err.toStdString();
    // --set without '=', no --set, no item, both items and --all
    EXPECT_EQ(
        as(QStringLiteral("vanphong"), {QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("note")})
            .exitCode,
        1);
    EXPECT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("edit"), id}).exitCode, 1);
    EXPECT_EQ(
        as(QStringLiteral("vanphong"), {QStringLiteral("edit"), QStringLiteral("--set"), QStringLiteral("note=x")})
            .exitCode,
        1);
    EXPECT_EQ(as(QStringLiteral("vanphong"), {QStringLiteral("edit"), id, QStringLiteral("--all"),
                                              QStringLiteral("--set"), QStringLiteral("note=x")})
                  .exitCode,
              1);
    // an unknown item or unit is bad input
    r = as(QStringLiteral("vanphong"),
           {QStringLiteral("edit"), id, QStringLiteral("999999"), QStringLiteral("--set"), QStringLiteral("note=x")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("lỗi: không có nội dung mã 999999"))) << r.err.toStdString();
    EXPECT_EQ(as(QStringLiteral("vanphong"),
                 {QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("lead=Không có")})
                  .exitCode,
              2);
    EXPECT_EQ(fileHash(), before);
    // a wrong password: only the refused sign-in is counted (issue 12), nothing else changes
    const QString items = state();
    EXPECT_EQ(cli({QStringLiteral("edit"), id, QStringLiteral("--set"), QStringLiteral("note=x"),
                   QStringLiteral("--as"), QStringLiteral("vanphong")},
                  {QStringLiteral("WP_PASSWORD=sai")})
                  .exitCode,
              4);
    EXPECT_EQ(state(), items);
}

INSTANTIATE_TEST_SUITE_P(Backends, CliEdit, ::testing::Values(wp::test::Backend::Sqlite, wp::test::Backend::Postgres),
                         wp::test::backendName);
