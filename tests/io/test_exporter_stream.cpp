// The exporter writes as the items come (issue 15): its JSON is byte for byte what a
// QJsonDocument of the same items wrote before, whatever the text holds, and an item source
// that fails half-way leaves no file behind.
#include "workprogram/io/exporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <limits>

namespace {

using wp::io::Exporter;

/// The JSON object of one item as Exporter::json() built it before the output streamed: the
/// reference the stream must reproduce.
QJsonObject referenceObject(const wp::Item& it, const QHash<qint64, QString>& names)
{
    QJsonArray coUnits;
    for (qint64 id : it.coUnitIds)
        coUnits.append(names.value(id));
    QJsonObject o;
    o.insert(QStringLiteral("id"), it.id);
    o.insert(QStringLiteral("number"), it.number);
    o.insert(QStringLiteral("content"), it.content);
    o.insert(QStringLiteral("lead_unit"), names.value(it.leadUnitId));
    o.insert(QStringLiteral("co_units"), coUnits);
    o.insert(QStringLiteral("deadline"), it.deadline.text());
    o.insert(QStringLiteral("due_date"), it.deadline.hasDueDate() ? QJsonValue(it.deadline.due().toString(Qt::ISODate))
                                                                  : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("leader"), it.leader);
    o.insert(QStringLiteral("group"), it.group);
    o.insert(QStringLiteral("form"), it.form);
    o.insert(QStringLiteral("level"), it.level);
    o.insert(QStringLiteral("status"), wp::StatusInfo::key(it.status));
    o.insert(QStringLiteral("note"), it.note);
    return o;
}

/// Text that JSON must escape or encode with care: C0 controls, DEL, quotes, backslashes,
/// slashes, Vietnamese, characters of 2, 3 and 4 UTF-8 bytes, noncharacters, surrogate pairs,
/// lone and reversed surrogates.
QString awkwardText(QRandomGenerator& random)
{
    static const char16_t pieces[][3] = {
        {u'a', 0, 0},        {u'"', 0, 0},   {u'\\', 0, 0},  {u'/', 0, 0},        {0x01, 0, 0},
        {0x08, 0, 0},        {0x09, 0, 0},   {0x0a, 0, 0},   {0x0c, 0, 0},        {0x0d, 0, 0},
        {0x1f, 0, 0},        {0x7f, 0, 0},   {0x80, 0, 0},   {0xe9, 0, 0},        {0x0111, 0, 0},
        {0x1ec7, 0, 0},      {0x2028, 0, 0}, {0xfffe, 0, 0}, {0xffff, 0, 0},      {0xd83d, 0xde00, 0},
        {0xd835, 0xdd18, 0}, {0xd800, 0, 0}, {0xdc00, 0, 0}, {0xde00, 0xd83d, 0}, {u' ', 0, 0},
    };
    QString s;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        const char16_t* p = pieces[random.bounded(int(std::size(pieces)))];
        for (int k = 0; k < 3 && p[k]; ++k)
            s += QChar(p[k]);
    }
    return s;
}

struct Sample
{
    QVector<wp::Item> items;
    QVector<wp::Unit> units;
    QHash<qint64, QString> names;
};

Sample awkwardSample(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    Sample s;
    for (int u = 1; u <= 5; ++u) {
        wp::Unit unit;
        unit.id = u;
        unit.code = QStringLiteral("U%1").arg(u);
        unit.name = awkwardText(random) + QStringLiteral(" đơn vị %1").arg(u);
        s.units.append(unit);
        s.names.insert(unit.id, unit.name);
    }
    const auto& statuses = wp::StatusInfo::all();
    for (int i = 0; i < count; ++i) {
        wp::Item it;
        it.id = i % 3 == 0 ? (qint64(1) << 53) + i : i + 1; // beyond a double's exact integers too
        it.number = i % 7 == 0 ? -i : i * 1000;
        it.content = awkwardText(random);
        it.leadUnitId = 1 + random.bounded(6); // 6: a unit the list does not know
        for (int k = int(random.bounded(4)); k > 0; --k)
            it.coUnitIds.append(1 + random.bounded(6));
        if (i % 2)
            it.deadline = wp::Deadline(awkwardText(random), QDate(2023, 1 + i % 12, 1), wp::Deadline::Kind::Month);
        else if (i % 4 == 0)
            it.deadline = wp::Deadline(awkwardText(random), QDate(), wp::Deadline::Kind::Ongoing);
        it.leader = awkwardText(random);
        it.group = i % 5 ? awkwardText(random) : QString();
        it.form = awkwardText(random);
        it.level = awkwardText(random);
        it.status = statuses[random.bounded(int(statuses.size()))];
        it.note = awkwardText(random);
        s.items.append(it);
    }
    return s;
}

QByteArray written(const std::function<void(QIODevice&)>& write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    return buffer.data();
}

} // namespace

TEST(ExporterStream, ItemsJsonIsByteIdenticalToAQJsonDocumentOfThem)
{
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u}) {
        const Sample s = awkwardSample(seed, 300);
        QJsonArray reference;
        for (const wp::Item& it : s.items)
            reference.append(referenceObject(it, s.names));
        const QByteArray expected = QJsonDocument(reference).toJson(QJsonDocument::Indented);
        const QByteArray actual = written([&](QIODevice& d) { Exporter(s.items, s.units).writeJsonItems(d); });
        ASSERT_EQ(actual.size(), expected.size()) << "seed " << seed;
        EXPECT_TRUE(actual == expected) << "seed " << seed;
    }
}

TEST(ExporterStream, ExportJsonWithAnyProgramMembersIsByteIdenticalToAQJsonDocument)
{
    const Sample s = awkwardSample(7, 50);
    QJsonArray items;
    for (const wp::Item& it : s.items)
        items.append(referenceObject(it, s.names));
    // Members before and after "items", of every JSON type, numbers Qt writes as integers and
    // as doubles.
    const QJsonObject program{
        {QStringLiteral("year"), 2023},
        {QStringLiteral("title"), QStringLiteral("Chương trình \"năm\" 2023\n")},
        {QStringLiteral("a_double"), 1.5},
        {QStringLiteral("a_whole_double"), 1e20},
        {QStringLiteral("a_tiny_double"), -2.5e-8},
        {QStringLiteral("big"), qint64(1) << 60},
        {QStringLiteral("negative"), qint64(std::numeric_limits<qint64>::min())},
        {QStringLiteral("bool"), true},
        {QStringLiteral("false"), false},
        {QStringLiteral("nothing"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("empty_object"), QJsonObject()},
        {QStringLiteral("empty_array"), QJsonArray()},
        {QStringLiteral("nested"),
         QJsonObject{{QStringLiteral("list"), QJsonArray{1, 2.25, QStringLiteral("ba"), QJsonArray(), QJsonObject()}},
                     {QStringLiteral("\"key\"\t"), QStringLiteral("đ")}}},
        {QStringLiteral("items"), QStringLiteral("replaced by the items")},
    };
    QJsonObject doc = program;
    doc.insert(QStringLiteral("items"), items);
    const QByteArray expected = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    const QByteArray actual = written([&](QIODevice& d) { Exporter(s.items, s.units).writeJson(d, program); });
    EXPECT_EQ(actual.toStdString(), expected.toStdString());

    // No items, no members.
    EXPECT_EQ(written([&](QIODevice& d) { Exporter(QVector<wp::Item>(), s.units).writeJson(d); }),
              QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray()}}).toJson(QJsonDocument::Indented));
    EXPECT_EQ(written([&](QIODevice& d) { Exporter(QVector<wp::Item>(), s.units).writeJsonItems(d); }),
              QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
}

// The CLI reads items from the database as it writes them: when reading fails half-way, the
// error reaches the caller as it was thrown, and no file (nor a temporary one) is left.
TEST(ExporterStream, ASourceThatFailsHalfWayLeavesNoFile)
{
    const Sample s = awkwardSample(11, 10);
    QTemporaryDir dir;
    for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString path = dir.filePath(QStringLiteral("out.") + suffix);
        int visited = 0;
        const Exporter exporter(
            [&](const wp::io::ItemVisitor& visit) {
                for (const wp::Item& it : s.items) {
                    if (visited++ == 5)
                        throw std::logic_error("the database went away");
                    visit(it);
                }
            },
            s.units);
        try {
            const QString error = exporter.writeFile(path, QStringLiteral("Tiêu đề"));
            ADD_FAILURE() << suffix.toStdString() << ": no exception, error \"" << error.toStdString() << "\"";
        } catch (const std::logic_error& e) {
            EXPECT_STREQ(e.what(), "the database went away");
        }
        EXPECT_EQ(visited, 6) << suffix.toStdString();
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()) << suffix.toStdString();
    }
}

TEST(ExporterStream, AFileThatCannotBeWrittenIsAnErrorMessage)
{
    const Sample s = awkwardSample(12, 3);
    QTemporaryDir dir;
    for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString path = dir.filePath(QStringLiteral("no-such-folder/out.") + suffix);
        const QString error = Exporter(s.items, s.units).writeFile(path, QStringLiteral("Tiêu đề"));
        EXPECT_TRUE(error.contains(path)) << suffix.toStdString() << ": " << error.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
}
