// The command line without widgets, and quiet (issue 15): neither the reports library nor the
// CLI links QtWidgets or QtPrintSupport, and every command run where scripts run it (cron, ssh,
// a service: no display, no QT_QPA_PLATFORM, no XDG_RUNTIME_DIR) prints only its own messages.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace {

/// Runs @p program and returns its standard output; empty when it could not run.
QString output(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

/// Where scripts run the CLI: no display of any kind, no platform chosen, no runtime folder,
/// and a temporary folder of the test's own (to see what the CLI leaves in it).
struct CliHouse : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    QString tmp = dir.filePath(QStringLiteral("tmp"));
    void SetUp() override { ASSERT_TRUE(QDir().mkpath(tmp)); }

    wp::test::CliResult cli(QStringList args, const QStringList& env = {})
    {
        args << QStringLiteral("--db") << db;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR", "XDG_SESSION_TYPE",
                                 "QT_LOGGING_RULES", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("TMPDIR"), tmp);
        for (const QString& kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(WP_CLI_PATH), args);
        p.waitForFinished(120000);
        wp::test::CliResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    /// Runs a command that must succeed and print nothing at all on stderr.
    wp::test::CliResult quiet(const QStringList& args, const QStringList& env = {})
    {
        const wp::test::CliResult r = cli(args, env);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.toStdString(), "") << args.join(QLatin1Char(' ')).toStdString();
        return r;
    }
    wp::test::CliResult as(const QString& login, QStringList args)
    {
        args << QStringLiteral("--as") << login;
        return quiet(args, {QStringLiteral("WP_PASSWORD=pw-") + login});
    }
    QString itemWithStatus(const QString& status)
    {
        const wp::test::CliResult r =
            quiet({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                   QStringLiteral("--status"), status, QStringLiteral("--format"), QStringLiteral("json")});
        return QString::number(
            QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("id")).toInt());
    }
};

} // namespace

TEST_F(CliHouse, NeitherReportsNorTheCliLinkWidgetsOrPrintSupport)
{
    // What the build links: the targets' link interfaces all the way down, as CMake knows them
    // (tests/CMakeLists.txt writes the file).
    QFile closure(QStringLiteral(WP_LINK_CLOSURE_FILE));
    ASSERT_TRUE(closure.open(QIODevice::ReadOnly)) << WP_LINK_CLOSURE_FILE;
    QHash<QString, QStringList> links;
    for (const QString& line : QString::fromUtf8(closure.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        links.insert(line.section(QStringLiteral(": "), 0, 0),
                     line.section(QStringLiteral(": "), 1).split(QLatin1Char(';'), Qt::SkipEmptyParts));
    for (const QString& target : {QStringLiteral("wp_reports"), QStringLiteral("workprogram-cli")}) {
        ASSERT_TRUE(links.contains(target)) << target.toStdString();
        const QStringList& l = links.value(target);
        EXPECT_TRUE(l.contains(QStringLiteral("Qt6::Gui")))
            << target.toStdString() << ": " << l.join(' ').toStdString();
        for (const QString& name : l) {
            EXPECT_FALSE(name.contains(QStringLiteral("Widgets")))
                << target.toStdString() << " links " << name.toStdString();
            EXPECT_FALSE(name.contains(QStringLiteral("PrintSupport")))
                << target.toStdString() << " links " << name.toStdString();
        }
    }

    // What the program needs when it runs: its own NEEDED entries, and everything the loader
    // brings in with them.
    const QString needed = output(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(WP_CLI_PATH)});
    ASSERT_TRUE(needed.contains(QStringLiteral("libQt6Gui.so"))) << needed.toStdString();
    const QString loaded = output(QStringLiteral("ldd"), {QStringLiteral(WP_CLI_PATH)});
    ASSERT_TRUE(loaded.contains(QStringLiteral("libQt6Core.so"))) << loaded.toStdString();
    for (const QString& text : {needed, loaded}) {
        EXPECT_FALSE(text.contains(QStringLiteral("Qt6Widgets"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Qt6PrintSupport"))) << text.toStdString();
    }
}

TEST_F(CliHouse, EveryCommandIsQuietWithoutADisplay)
{
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2023")};
    quiet({QStringLiteral("init")});
    quiet({QStringLiteral("demo")});
    quiet({QStringLiteral("--version")});
    quiet({QStringLiteral("units"), QStringLiteral("list")});
    quiet({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("BQL"), QStringLiteral("--name"),
           QStringLiteral("Ban Quản lý dự án")});
    quiet({QStringLiteral("programs")});
    quiet(QStringList{QStringLiteral("counts")} + year);
    for (const QString& format : {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")})
        quiet(QStringList{QStringLiteral("items"), QStringLiteral("--format"), format} + year);
    for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json")})
        quiet(QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("x.") + suffix)} +
              year);
    for (const QString& kind :
         {QStringLiteral("unit-summary"), QStringLiteral("appendix"), QStringLiteral("progress")}) {
        const QString pdf = dir.filePath(kind + QStringLiteral(".pdf"));
        const wp::test::CliResult r = quiet(
            QStringList{QStringLiteral("report"), QStringLiteral("--kind"), kind, QStringLiteral("--out"), pdf} + year);
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Đã ghi "))) << r.out.toStdString();
        EXPECT_GT(QFile(pdf).size(), 10000) << kind.toStdString();
    }
    // A dead display changes nothing either: the CLI never opens one.
    quiet(QStringList{QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("progress"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("dead-display.pdf"))} +
              year,
          {QStringLiteral("DISPLAY=:7913")});
    // The report's private runtime folder is gone with the process.
    EXPECT_EQ(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    // New proposals (an exported program's finished items are not importable: issue 12).
    const QString csv = dir.filePath(QStringLiteral("new.csv"));
    wp::test::writeFile(csv, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n"
                                            "900,Kế hoạch bổ sung,Phòng Tư pháp,Quý IV\n")
                                 .toUtf8());
    quiet(
        {QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--dry-run")});
    quiet({QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(QStringLiteral("backup.sqlite"))});
    quiet({QStringLiteral("check")});
    quiet({QStringLiteral("verify")});

    quiet({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--name"),
           QStringLiteral("Quản trị"), QStringLiteral("--role"), QStringLiteral("admin")},
          {QStringLiteral("WP_NEW_PASSWORD=pw-root")});
    for (const auto& [login, role] : {std::pair{"vanphong", "office"}, std::pair{"chutich", "leader"}})
        quiet({QStringLiteral("users"), QStringLiteral("add"), QString::fromLatin1(login), QStringLiteral("--name"),
               QString::fromLatin1(login), QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--as"),
               QStringLiteral("root")},
              {QStringLiteral("WP_PASSWORD=pw-root"),
               QStringLiteral("WP_NEW_PASSWORD=pw-") + QString::fromLatin1(login)});
    quiet({QStringLiteral("users"), QStringLiteral("list")});

    // A round of the workflow on the (issued) demo program: amend, send back, re-propose, sign.
    as(QStringLiteral("vanphong"),
       QStringList{QStringLiteral("step"), QStringLiteral("--to"), QStringLiteral("amended")} + year);
    as(QStringLiteral("vanphong"),
       QStringList{QStringLiteral("import"), csv, QStringLiteral("--status"), QStringLiteral("in-draft")} + year);
    as(QStringLiteral("vanphong"),
       QStringList{QStringLiteral("step"), QStringLiteral("--to"), QStringLiteral("review")} + year);
    const QString item = itemWithStatus(QStringLiteral("in-draft"));
    as(QStringLiteral("vanphong"),
       {QStringLiteral("transition"), item, QStringLiteral("--to"), QStringLiteral("returned"),
        QStringLiteral("--comment"), QStringLiteral("Bổ sung")});
    as(QStringLiteral("vanphong"),
       {QStringLiteral("comment"), item, QStringLiteral("--text"), QStringLiteral("Đã xem")});
    as(QStringLiteral("vanphong"),
       {QStringLiteral("transition"), item, QStringLiteral("--to"), QStringLiteral("proposed")});
    as(QStringLiteral("vanphong"),
       {QStringLiteral("edit"), item, QStringLiteral("--set"), QStringLiteral("note=Đã bổ sung")});
    as(QStringLiteral("vanphong"),
       {QStringLiteral("transition"), item, QStringLiteral("--to"), QStringLiteral("in-draft")});
    as(QStringLiteral("chutich"),
       {QStringLiteral("transition"), item, QStringLiteral("--to"), QStringLiteral("approved")});
    quiet({QStringLiteral("history"), item});
    quiet({QStringLiteral("history"), item, QStringLiteral("--format"), QStringLiteral("json")});
    as(QStringLiteral("chutich"),
       QStringList{QStringLiteral("signoff"), QStringLiteral("--decision"), QStringLiteral("123/QĐ-UBND")} + year);
    quiet(QStringList{QStringLiteral("snapshots")} + year);
    quiet(QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("1")} + year);
    as(QStringLiteral("vanphong"), {QStringLiteral("rollover"), QStringLiteral("--from"), QStringLiteral("2023"),
                                    QStringLiteral("--to"), QStringLiteral("2024")});
    {
        const wp::test::CliResult r =
            quiet({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--unit"),
                   QStringLiteral("VP"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray carried = QJsonDocument::fromJson(r.out.toUtf8()).array();
        ASSERT_GE(carried.size(), 2);
        as(QStringLiteral("vanphong"),
           {QStringLiteral("merge"), QString::number(carried.at(0).toObject().value(QStringLiteral("id")).toInt()),
            QString::number(carried.at(1).toObject().value(QStringLiteral("id")).toInt()), QStringLiteral("--lead"),
            QStringLiteral("VP")});
    }
    as(QStringLiteral("root"), {QStringLiteral("users"), QStringLiteral("lock"), QStringLiteral("chutich")});
    as(QStringLiteral("root"), {QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("chutich")});
    as(QStringLiteral("root"),
       {QStringLiteral("restore"), QStringLiteral("--from"), dir.filePath(QStringLiteral("backup.sqlite"))});

    // A command that fails says so in its own words, one line, and nothing else (libxlsxwriter
    // has its own say on stderr about a file it cannot create, unless asked first).
    for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString out = dir.filePath(QStringLiteral("no-such-folder/x.") + suffix);
        const wp::test::CliResult e = cli(QStringList{QStringLiteral("export"), QStringLiteral("--out"), out} + year);
        EXPECT_EQ(e.exitCode, 2);
        EXPECT_EQ(e.err.toStdString(),
                  QStringLiteral("lỗi: không ghi được tệp %1: No such file or directory\n").arg(out).toStdString());
    }
    const wp::test::CliResult r = cli(QStringList{
        QStringLiteral("report"), QStringLiteral("--kind"), QStringLiteral("appendix"), QStringLiteral("--year"),
        QStringLiteral("2031"), QStringLiteral("--out"), dir.filePath(QStringLiteral("none.pdf"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("lỗi: "))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
}
