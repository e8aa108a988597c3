// The report command's contract: exit codes, errors that name what is wrong, no file left
// behind on failure. The PDFs themselves are checked in tests/reports.
#include "testsupport.h"

#include "../reports/pdftools.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct ReportCli : ::testing::Test {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    QString file(const QString& name) const { return dir.filePath(name); }
    void SetUp() override
    {
        const CliResult r = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    CliResult report(QStringList args)
    {
        args.prepend(QStringLiteral("report"));
        args << QStringLiteral("--db") << db;
        return runCli(args);
    }
};

} // namespace

TEST_F(ReportCli, WritesEachKind)
{
    for (const char* kind : {"unit-summary", "appendix", "progress"}) {
        const QString out = file(QStringLiteral("%1.pdf").arg(QLatin1String(kind)));
        QStringList args{QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"), QLatin1String(kind),
                         QStringLiteral("--out"), out};
        if (QLatin1String(kind) == QLatin1String("progress"))
            args << QStringLiteral("--as-of") << QStringLiteral("30/06/2023");
        const CliResult r = report(args);
        ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(out)) << r.out.toStdString();
        EXPECT_GT(wp::test::pdfPageCount(out), 0) << kind;
    }
}

TEST_F(ReportCli, ChosenUnitsOnly)
{
    const QString out = file(QStringLiteral("tp.pdf"));
    const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                QStringLiteral("unit-summary"), QStringLiteral("--unit"), QStringLiteral("TP"),
                                QStringLiteral("--unit"), QStringLiteral("Ban Quản lý chợ"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = wp::test::pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Tư pháp")));
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị chủ trì: Ban Quản lý chợ")));
    EXPECT_FALSE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Nội vụ")));
}

TEST_F(ReportCli, UnknownUnitIsNamedAndNothingIsWritten)
{
    const QString out = file(QStringLiteral("x.pdf"));
    const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                QStringLiteral("unit-summary"), QStringLiteral("--unit"), QStringLiteral("Phòng Không Có"),
                                QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Phòng Không Có"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ReportCli, UnwritablePathIsAnErrorAndLeavesNoFile)
{
    const QString out = file(QStringLiteral("no-such-folder/x.pdf"));
    const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                QStringLiteral("appendix"), QStringLiteral("--out"), out});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(out)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("pdf")).isEmpty());
}

TEST_F(ReportCli, UsageErrors)
{
    const QString out = file(QStringLiteral("x.pdf"));
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2023")};
    EXPECT_EQ(report(year + QStringList{QStringLiteral("--out"), out}).exitCode, 1) << "no --kind";
    EXPECT_EQ(report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("appendix")}).exitCode, 1)
        << "no --out";
    const CliResult badKind =
        report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--out"), out});
    EXPECT_NE(badKind.exitCode, 0);
    EXPECT_TRUE(badKind.err.contains(QStringLiteral("summary"))) << badKind.err.toStdString();
    EXPECT_EQ(report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("appendix"), QStringLiteral("--out"),
                                        file(QStringLiteral("x.docx"))})
                  .exitCode,
              1);
    EXPECT_EQ(report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("appendix"), QStringLiteral("--as-of"),
                                        QStringLiteral("30/06/2023"), QStringLiteral("--out"), out})
                  .exitCode,
              1)
        << "--as-of is for progress";
    EXPECT_EQ(report({QStringLiteral("--year"), QStringLiteral("2031"), QStringLiteral("--kind"),
                      QStringLiteral("appendix"), QStringLiteral("--out"), out})
                  .exitCode,
              2)
        << "no program that year";
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ReportCli, SnapshotsAreNotThereYet)
{
    const QString out = file(QStringLiteral("x.pdf"));
    const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                QStringLiteral("appendix"), QStringLiteral("--snapshot"), QStringLiteral("3"),
                                QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("chưa có ảnh chụp"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}
