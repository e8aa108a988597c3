// The `create` rows an import writes (issue 12): short (no "old", no comment), hashed with
// libcrypto to exactly the bytes Qt's SHA-256 gave, and replayed by verify like the long rows
// written before.

#include "testsupport.h"

#include "workprogram/storage/history.h"
#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/stateverifier.h"
#include "workprogram/storage/unitrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {

struct CreateRows : ::testing::Test
{
    test::TempDb tmp;
    Database& db = tmp.db();
    qint64 programId = 0;
    qint64 unitId = 0;

    void SetUp() override
    {
        Unit u;
        u.code = QStringLiteral("VP");
        u.name = QStringLiteral("Văn phòng");
        unitId = UnitRepository(db).add(u);
        programId = ProgramRepository(db).ensure(2024).id;
    }

    /// Item 7, inserted as an import inserts it (one batch, the audit row names the file).
    qint64 importOne()
    {
        Item it;
        it.number = 7;
        it.content = QStringLiteral("Rà soát \"quy chế\" phối hợp\tđô thị");
        it.leadUnitId = unitId;
        it.note = QStringLiteral("Ghi chú");
        it.status = Status::Proposed;
        ItemBatch batch;
        batch.append(it);
        ItemInserter(db, CreationRecord{QStringLiteral("vanphong"), QStringLiteral("nhập từ tệp a.csv"), true})
            .insert(batch, programId);
        return ItemRepository(db).list(programId).first().id;
    }

    QSqlQuery row(qint64 itemId)
    {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT id, at, comment, changes, prev_hash, hash FROM item_history WHERE item_id = ?"));
        q.addBindValue(itemId);
        EXPECT_TRUE(q.exec());
        EXPECT_TRUE(q.next());
        return q;
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        ASSERT_TRUE(q.exec()) << sql.toStdString();
    }
};

QByteArray column(const QString& text)
{
    const QByteArray b = text.toUtf8();
    return QByteArray::number(b.size()) + ':' + b;
}

} // namespace

TEST_F(CreateRows, AnImportedItemsRowCarriesNeitherOldNorTheCommentAndHashesAsQtDid)
{
    const qint64 itemId = importOne();
    QSqlQuery q = row(itemId);
    EXPECT_TRUE(q.value(2).isNull());
    const QString changes = q.value(3).toString();
    EXPECT_EQ(changes.toStdString(),
              QStringLiteral("[{\"field\":\"content\",\"new\":\"Rà soát \\\"quy chế\\\" phối hợp\\tđô "
                             "thị\"},{\"field\":\"lead_unit\",\"new\":\"%1\"},{\"field\":\"note\",\"new\":"
                             "\"Ghi chú\"},{\"field\":\"number\",\"new\":\"7\"}]")
                  .arg(unitId)
                  .toStdString());
    // The chain's bytes hashed by Qt's own SHA-256, as every chain was hashed before libcrypto.
    const QByteArray hashed = column(q.value(0).toString()) + column(QString::number(itemId)) +
                              column(q.value(1).toString()) + column(QStringLiteral("vanphong")) +
                              column(QStringLiteral("create")) + "0:" + column(QStringLiteral("proposed")) +
                              "0:" + column(changes) + column(q.value(4).toString());
    EXPECT_EQ(q.value(5).toString(),
              QString::fromLatin1(QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex()));
    const QVector<HistoryEntry> h = HistoryRepository(db).forItem(itemId);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].comment, QString());
    EXPECT_EQ(h[0].changes.first().field, QStringLiteral("content"));
    EXPECT_EQ(h[0].changes.first().oldValue, QString());
    EXPECT_EQ(HistoryRepository(db).verify(), QStringList());
    EXPECT_EQ(StateVerifier(db).verify(), QStringList());
    // The replay does compare: the content changed behind the program's back is named.
    exec(QStringLiteral("UPDATE items SET content = 'khác' WHERE id = ?"), {itemId});
    EXPECT_EQ(StateVerifier(db).verify().size(), 1);
}

TEST_F(CreateRows, ALongRowWrittenBeforeWithOldAndACommentIsStillReplayed)
{
    const qint64 itemId = importOne();
    HistoryEntry e = HistoryRepository(db).forItem(itemId).first();
    // The row as it was written before: every field with "old":"", the import's comment on it.
    QJsonArray a;
    for (const FieldChange& c : e.changes)
        a.append(QJsonObject{{QStringLiteral("field"), c.field},
                             {QStringLiteral("old"), QString()},
                             {QStringLiteral("new"), c.newValue}});
    const QString longForm = QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(longForm.contains(QStringLiteral("\"old\":\"\"")));
    e.comment = QStringLiteral("nhập từ tệp a.csv");
    const QString hash = HistoryRepository::hashOf(e);
    exec(QStringLiteral("UPDATE item_history SET comment = ?, changes = ?, hash = ? WHERE id = ?"),
         {e.comment, longForm, hash, e.id});
    exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'history_head'"), {hash});
    EXPECT_EQ(HistoryRepository(db).verify(), QStringList());
    EXPECT_EQ(HistoryRepository(db).forItem(itemId).first().comment, e.comment);
    EXPECT_EQ(StateVerifier(db).verify(), QStringList());
    exec(QStringLiteral("UPDATE items SET note = 'khác' WHERE id = ?"), {itemId});
    EXPECT_EQ(StateVerifier(db).verify().size(), 1);
}

TEST(FileHash, IsQtsSha256OfTheWholeFile)
{
    test::TempDb tmp;
    const QString path = tmp.file(QStringLiteral("big.bin"));
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data += char(i * 7);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    EXPECT_EQ(Maintenance::fileSha256(path),
              QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
}
