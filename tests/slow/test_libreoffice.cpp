// Where a real client is the point: the installed LibreOffice saves the program's own export as
// .xls and .ods, and both import to exactly the items the .xlsx gives. The committed corpus
// (tests/data/office) already holds such files for the fast tests; this one catches a LibreOffice
// that writes them differently. Slow (LibreOffice starts twice); skipped without LibreOffice.
#include "../io/officetables.h"
#include "testsupport.h"

#include "workprogram/io/exporter.h"
#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wp;
using test::described;

namespace {

struct LibreOfficeRoundTrip : ::testing::Test
{
    test::TempDb temp;
    void SetUp() override { io::SampleData::addUnits(temp.db()); }
    static io::ImportOptions options()
    {
        io::ImportOptions o;
        o.year = 2023;
        return o;
    }
};

} // namespace

TEST_F(LibreOfficeRoundTrip, TheProgramsExportSavedByTheInstalledLibreOfficeImportsTheSame)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    ASSERT_TRUE(io::SampleData::addProgram(temp.db()));
    const std::optional<Program> program = storage::ProgramRepository(temp.db()).byYear(2023);
    ASSERT_TRUE(program);
    QVector<Item> items = storage::ItemRepository(temp.db()).list(program->id).mid(0, 60);
    const QString xlsx = temp.file(QStringLiteral("program.xlsx"));
    io::Exporter(items, storage::UnitRepository(temp.db()).all()).writeXlsx(xlsx, QStringLiteral("2023"));

    QTemporaryDir profile;
    QProcess lo;
    lo.setProcessChannelMode(QProcess::MergedChannels);
    for (const char* format : {"xls", "ods"}) {
        lo.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                           QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                           QStringLiteral("--convert-to"), QString::fromLatin1(format), QStringLiteral("--outdir"),
                           temp.file(QString::fromLatin1(format)), xlsx});
        ASSERT_TRUE(lo.waitForFinished(180000)) << "LibreOffice did not finish";
        ASSERT_EQ(lo.exitCode(), 0) << lo.readAll().toStdString();
    }
    test::TempDb other; // the items of the xlsx are in temp's program already: plan against a fresh one
    io::SampleData::addUnits(other.db());
    const auto describe = [&](const QString& path) {
        return described(io::Importer(other.db()).plan(path, options()));
    };
    const QStringList fromXlsx = describe(xlsx);
    ASSERT_EQ(fromXlsx.size(), 60);
    EXPECT_EQ(describe(temp.file(QStringLiteral("xls/program.xls"))), fromXlsx);
    EXPECT_EQ(describe(temp.file(QStringLiteral("ods/program.ods"))), fromXlsx);
}
