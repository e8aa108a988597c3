// Report settings: defaults from the program, stored per program as JSON.
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/reportsettingsrepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {

Program sampleProgram(Database& db)
{
    io::SampleData::addUnits(db);
    io::SampleData::addProgram(db);
    return *ProgramRepository(db).byYear(io::SampleData::Year);
}

/// Whether any program has stored settings (a row in program_settings).
bool hasSettingsTable(Database& db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM program_settings")));
    return q.next() && q.value(0).toInt() > 0;
}

} // namespace

TEST(ReportSettings, DefaultsComeFromTheProgram)
{
    test::TempDb t;
    const Program p = sampleProgram(t.db());
    const ReportSettings s = ReportSettingsRepository(t.db()).load(p);
    EXPECT_EQ(s.issuingBody, QStringLiteral("ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM"));
    EXPECT_EQ(s.parentBody, QStringLiteral("UBND THÀNH PHỐ HÀ NỘI"));
    EXPECT_EQ(s.place, QStringLiteral("Nam Từ Liêm"));
    EXPECT_EQ(s.signerAuthority, QStringLiteral("KT. CHỦ TỊCH"));
    EXPECT_EQ(s.signerTitle, QStringLiteral("PHÓ CHỦ TỊCH"));
    EXPECT_TRUE(s.signerName.isEmpty());
    ASSERT_FALSE(s.recipients.isEmpty());
    EXPECT_TRUE(s.recipients.last().startsWith(QStringLiteral("Lưu: VT")));
    EXPECT_FALSE(hasSettingsTable(t.db())) << "reading must not write";
}

TEST(ReportSettings, SavedSettingsAreLoadedBack)
{
    test::TempDb t;
    const Program p = sampleProgram(t.db());
    ReportSettingsRepository repo(t.db());
    ReportSettings s = repo.load(p);
    s.signerName = QStringLiteral("Nguyễn Văn A");
    s.documentNumber = QStringLiteral("15/BC-UBND");
    s.recipients = {QStringLiteral("Thường trực Quận ủy;"), QStringLiteral("Lưu: VT, VP.")};
    repo.save(p.id, s);
    EXPECT_TRUE(hasSettingsTable(t.db()));
    EXPECT_EQ(repo.load(p), s);
    s.place = QStringLiteral("Hà Nội");
    repo.save(p.id, s); // replaces
    EXPECT_EQ(repo.load(p).place, QStringLiteral("Hà Nội"));
    repo.reset(p.id);
    EXPECT_EQ(repo.load(p), ReportSettings::defaultsFor(p));
}

TEST(ReportSettings, FieldsMissingFromStoredJsonKeepTheirDefaults)
{
    Program p;
    p.issuingBody = QStringLiteral("ỦY BAN NHÂN DÂN HUYỆN GIA LÂM");
    const ReportSettings defaults = ReportSettings::defaultsFor(p);
    EXPECT_EQ(defaults.place, QStringLiteral("Gia Lâm"));
    const ReportSettings s =
        ReportSettings::fromJson(QJsonObject{{QStringLiteral("signer_name"), QStringLiteral("Trần Thị B")}}, defaults);
    EXPECT_EQ(s.signerName, QStringLiteral("Trần Thị B"));
    EXPECT_EQ(s.issuingBody, defaults.issuingBody);
    EXPECT_EQ(s.recipients, defaults.recipients);
}

TEST(ReportSettings, DeletedWithTheirProgram)
{
    test::TempDb t;
    const Program p = sampleProgram(t.db());
    ReportSettingsRepository(t.db()).save(p.id, ReportSettings::defaultsFor(p));
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM programs WHERE id = %1").arg(p.id)));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM program_settings")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}
