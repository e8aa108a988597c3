// The command-line contract on both backends (issue 13): the same commands on a SQLite file and on
// a PostgreSQL server database give the same answers, and verify passes on both.
#include "officefile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <array>
#include <thread>

#include <gtest/gtest.h>

using wp::test::Backend;
using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct CliBackends : ::testing::TestWithParam<Backend>
{
    wp::test::TestDb tmp{GetParam()};
    void SetUp() override { WP_SKIP_UNLESS_AVAILABLE(tmp); }
    CliResult cli(const QString& spec, QStringList args, const QStringList& env = {})
    {
        args << QStringLiteral("--db") << spec;
        return runCli(args, env);
    }
    CliResult as(const QString& spec, const QString& login, QStringList args)
    {
        args << QStringLiteral("--as") << login;
        return cli(spec, args, {QStringLiteral("WP_PASSWORD=pw-") + login});
    }
    /// What a person sees after each step of a round on @p spec: init, units, an xlsx import,
    /// counts, items, an edit, the step to an amendment, sign-off, history and verify. Times and
    /// the database's name are taken out (they differ between runs, not between backends).
    QStringList round(const QString& spec)
    {
        QStringList seen;
        const auto keep = [&](const QString& what, const CliResult& r) {
            QString out = r.out + r.err;
            out.replace(spec, QStringLiteral("DB"));
            out.replace(QRegularExpression(QStringLiteral("postgresql://\\S+")), QStringLiteral("DB"));
            out.replace(QRegularExpression(QStringLiteral("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}(:\\d{2})?")),
                        QStringLiteral("TIME"));
            out.replace(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z")), QStringLiteral("TIME"));
            seen.append(what + QStringLiteral(" → ") + QString::number(r.exitCode) + QLatin1Char('\n') + out);
            return r;
        };
        CliResult r = keep(QStringLiteral("init"), cli(spec, {QStringLiteral("init")}));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("lược đồ phiên bản 7"))) << r.out.toStdString();
        EXPECT_EQ(
            keep(QStringLiteral("demo"), cli(spec, {QStringLiteral("demo"), QStringLiteral("--units-only")})).exitCode,
            0);
        keep(QStringLiteral("units"), cli(spec, {QStringLiteral("units"), QStringLiteral("list")}));
        r = cli(spec,
                {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--name"),
                 QStringLiteral("Quản trị"), QStringLiteral("--role"), QStringLiteral("admin")},
                {QStringLiteral("WP_NEW_PASSWORD=pw-root")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const auto& [login, role] : {std::pair{QStringLiteral("vanphong"), QStringLiteral("office")},
                                          std::pair{QStringLiteral("chutich"), QStringLiteral("leader")}}) {
            r = cli(spec,
                    {QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--name"), login,
                     QStringLiteral("--role"), role, QStringLiteral("--as"), QStringLiteral("root")},
                    {QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=pw-") + login});
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
        const QString xlsx = tmp.file(QStringLiteral("chuong-trinh-2023.xlsx"));
        if (!QFile::exists(xlsx))
            EXPECT_TRUE(wp::test::writeOfficeXlsx(xlsx, wp::test::articleRows()));
        r = keep(QStringLiteral("import"),
                 as(spec, QStringLiteral("vanphong"),
                    {QStringLiteral("import"), xlsx, QStringLiteral("--year"), QStringLiteral("2023"),
                     QStringLiteral("--status"), QStringLiteral("in-draft")}));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        keep(QStringLiteral("counts"),
             cli(spec,
                 {QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--by"),
                  QStringLiteral("unit"), QStringLiteral("--format"), QStringLiteral("csv")}));
        keep(QStringLiteral("search"),
             cli(spec,
                 {QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--search"),
                  QStringLiteral("do thi"), QStringLiteral("--format"), QStringLiteral("csv")}));
        r = cli(spec, {QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                       QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
        EXPECT_EQ(items.size(), 535);
        const QString first = QString::number(items.at(0).toObject().value(QStringLiteral("id")).toInteger());
        r = keep(QStringLiteral("edit"), as(spec, QStringLiteral("vanphong"),
                                            {QStringLiteral("edit"), first, QStringLiteral("--set"),
                                             QStringLiteral("leader=PCT Nguyễn Văn A")}));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        // Sign-off on a small program of 2024: drafting, review, every item approved, signed.
        QString csv = QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n");
        for (int i = 1; i <= 3; ++i)
            csv += QStringLiteral("%1,Kế hoạch 2024 số %1,Phòng Tư pháp,Quý IV\n").arg(i);
        const QString small = tmp.file(QStringLiteral("2024.csv"));
        wp::test::writeFile(small, csv.toUtf8());
        r = as(spec, QStringLiteral("vanphong"),
               {QStringLiteral("import"), small, QStringLiteral("--year"), QStringLiteral("2024"),
                QStringLiteral("--status"), QStringLiteral("in-draft")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const QString& to : {QStringLiteral("drafting"), QStringLiteral("review")})
            keep(QStringLiteral("step ") + to, as(spec, QStringLiteral("vanphong"),
                                                  {QStringLiteral("step"), QStringLiteral("--to"), to,
                                                   QStringLiteral("--year"), QStringLiteral("2024")}));
        const QStringList signoff{QStringLiteral("signoff"), QStringLiteral("--decision"), QStringLiteral("12/QĐ-UBND"),
                                  QStringLiteral("--year"), QStringLiteral("2024")};
        r = keep(QStringLiteral("signoff refused"), as(spec, QStringLiteral("vanphong"), signoff));
        EXPECT_EQ(r.exitCode, 5) << "only a leader signs";
        r = cli(spec, {QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2024"),
                       QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            keep(QStringLiteral("approve"), as(spec, QStringLiteral("chutich"),
                                               {QStringLiteral("transition"),
                                                QString::number(v.toObject().value(QStringLiteral("id")).toInteger()),
                                                QStringLiteral("--to"), QStringLiteral("approved")}));
        r = keep(QStringLiteral("signoff"), as(spec, QStringLiteral("chutich"), signoff));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        keep(QStringLiteral("signoff again"), as(spec, QStringLiteral("chutich"), signoff));
        r = keep(QStringLiteral("history"), cli(spec, {QStringLiteral("history"), first}));
        EXPECT_TRUE(r.out.contains(QStringLiteral("PCT Nguyễn Văn A"))) << r.out.toStdString();
        r = keep(QStringLiteral("verify"), cli(spec, {QStringLiteral("verify")}));
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        keep(QStringLiteral("counts after"),
             cli(spec, {QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023")}));
        return seen;
    }
};

TEST_P(CliBackends, ARoundGivesTheSameAnswersOnEveryBackend)
{
    const QStringList here = round(tmp.spec());
    if (GetParam() == Backend::Sqlite)
        return;
    // The same round on a file: every output equal, step by step.
    wp::test::TestDb file(Backend::Sqlite);
    const QStringList onFile = round(file.spec());
    ASSERT_EQ(here.size(), onFile.size());
    for (int i = 0; i < here.size(); ++i)
        EXPECT_EQ(here.at(i).toStdString(), onFile.at(i).toStdString());
}

TEST_P(CliBackends, VerifyFindsAHistoryRowChangedBehindTheProgramsBack)
{
    ASSERT_EQ(cli(tmp.spec(), {QStringLiteral("demo")}).exitCode, 0);
    ASSERT_EQ(cli(tmp.spec(), {QStringLiteral("verify")}).exitCode, 0);
    {
        QSqlQuery q(tmp.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE item_history SET comment = 'sửa lén' WHERE id = 2")));
        tmp.close();
    }
    const CliResult r = cli(tmp.spec(), {QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("lịch sử: dòng 2"))) << r.err.toStdString();
}

// Two processes each make 25 edits of the same two items at once: every edit is either applied or
// refused as a conflict (exit 5), none is lost, and the history stays one chain that verify accepts.
TEST_P(CliBackends, TwoProcessesEditingTheSameItemsLoseNothingAndKeepOneChain)
{
    const QString spec = tmp.spec();
    ASSERT_EQ(cli(spec, {QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    CliResult r = cli(spec,
                      {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--name"),
                       QStringLiteral("Quản trị"), QStringLiteral("--role"), QStringLiteral("admin")},
                      {QStringLiteral("WP_NEW_PASSWORD=pw-root")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli(spec,
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("vanphong"), QStringLiteral("--name"),
             QStringLiteral("Văn phòng"), QStringLiteral("--role"), QStringLiteral("office"), QStringLiteral("--as"),
             QStringLiteral("root")},
            {QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=pw-vanphong")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString csv = tmp.file(QStringLiteral("two.csv"));
    wp::test::writeFile(csv, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n1,Kế hoạch một,Phòng Tư "
                                            "pháp,Quý IV\n2,Kế hoạch hai,Phòng Y tế,Quý IV\n")
                                 .toUtf8());
    r = as(spec, QStringLiteral("vanphong"),
           {QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--status"),
            QStringLiteral("in-draft")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli(spec, {QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2024"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 2);
    const QStringList ids{QString::number(items.at(0).toObject().value(QStringLiteral("id")).toInteger()),
                          QString::number(items.at(1).toObject().value(QStringLiteral("id")).toInteger())};
    const auto editRows = [&] {
        QSqlQuery q(tmp.db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM item_history WHERE kind = 'edit'")));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int before = editRows();
    std::array<int, 2> applied{0, 0};
    std::array<int, 2> refused{0, 0};
    std::array<QString, 2> unexpected;
    const auto writer = [&](int w) {
        for (int i = 0; i < 25; ++i) {
            const CliResult e = as(spec, QStringLiteral("vanphong"),
                                   {QStringLiteral("edit"), ids.at(0), ids.at(1), QStringLiteral("--set"),
                                    QStringLiteral("note=người %1 lần %2").arg(w).arg(i)});
            if (e.exitCode == 0)
                ++applied[size_t(w)];
            else if (e.exitCode == 5 || e.exitCode == 3)
                ++refused[size_t(w)];
            else
                unexpected[size_t(w)] += e.err;
        }
    };
    std::thread one(writer, 0);
    std::thread two(writer, 1);
    one.join();
    two.join();
    EXPECT_TRUE(unexpected[0].isEmpty() && unexpected[1].isEmpty())
        << unexpected[0].toStdString() << unexpected[1].toStdString();
    EXPECT_EQ(applied[0] + applied[1] + refused[0] + refused[1], 50);
    EXPECT_GT(applied[0] + applied[1], 0);
    EXPECT_EQ(editRows() - before, 2 * (applied[0] + applied[1])) << "each applied edit wrote both items' rows";
    r = cli(spec, {QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, CliBackends, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         wp::test::backendName);

} // namespace
