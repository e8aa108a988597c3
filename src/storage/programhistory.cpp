#include "workprogram/storage/programhistory.h"

#include "backend.h"
#include "chain.h"
#include "sql.h"

#include <optional>

namespace wp::storage {
namespace {

const QString headKey = QStringLiteral("program_history_head");

using Column = ChainColumn;

Column columnOf(const QVariant& v)
{
    return v.isNull() ? Column() : Column(storedText(v));
}

QString hashText(const QVector<Column>& columns)
{
    return chainHash(columns);
}

const QString genesis = chainGenesis();

const QString columns = QStringLiteral("h.id, h.program_id, h.at, h.login, h.from_state, h.to_state, h.decision, "
                                       "h.snapshot_id, h.snapshot_hash, h.prev_hash, h.hash");

/// The hashed columns of the row @p q is on (the first nine of `columns`) and @p prevHash.
QString hashOfRow(const QSqlQuery& q, const QString& prevHash)
{
    QVector<Column> c;
    for (int i = 0; i < 9; ++i)
        c.append(columnOf(q.value(i)));
    c.append(prevHash);
    return hashText(c);
}

void setHead(QSqlDatabase& db, const QString& hash)
{
    setMetaValue(db, headKey, hash);
}

QString headOf(QSqlDatabase& db)
{
    return metaValue(db, headKey);
}

} // namespace

void ProgramHistoryRepository::append(ProgramHistoryEntry& e)
{
    QSqlDatabase& db = m_db.connection();
    const ChainTail tail = chainTail(db, QStringLiteral("program_history"));
    e.id = tail.nextId;
    e.prevHash = tail.prevHash;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    const QString at = e.at.toUTC().toString(Qt::ISODateWithMs);
    e.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QVariant decision = textOrNull(e.decision);
    const QVariant snapshotId = e.snapshotId > 0 ? QVariant(e.snapshotId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant snapshotHash = textOrNull(e.snapshotHash);
    e.hash = hashText({QString::number(e.id), QString::number(e.programId), at, e.login, ProgramStateInfo::key(e.from),
                       ProgramStateInfo::key(e.to), columnOf(decision), columnOf(snapshotId), columnOf(snapshotHash),
                       e.prevHash});
    run(db,
        QStringLiteral("INSERT INTO program_history(id, program_id, at, login, from_state, to_state, decision, "
                       "snapshot_id, snapshot_hash, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, e.programId, at, e.login, ProgramStateInfo::key(e.from), ProgramStateInfo::key(e.to), decision,
         snapshotId, snapshotHash, e.prevHash, e.hash});
    setHead(db, e.hash);
}

QVector<ProgramHistoryEntry> ProgramHistoryRepository::forProgram(qint64 programId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT ") + columns +
                                                 QStringLiteral(" FROM program_history h WHERE h.program_id = ? "
                                                                "ORDER BY h.id"));
    exec(q, {programId});
    QVector<ProgramHistoryEntry> out;
    while (q.next()) {
        ProgramHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.programId = q.value(1).toLongLong();
        e.at = dateTimeFrom(q.value(2));
        e.login = q.value(3).toString();
        e.from = ProgramStateInfo::parse(q.value(4).toString()).value_or(ProgramState::Collecting);
        e.to = ProgramStateInfo::parse(q.value(5).toString()).value_or(ProgramState::Collecting);
        e.decision = q.value(6).toString();
        e.snapshotId = q.value(7).toLongLong();
        e.snapshotHash = q.value(8).toString();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        out.append(e);
    }
    return out;
}

int ProgramHistoryRepository::count() const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM program_history"));
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList ProgramHistoryRepository::verify() const
{
    QStringList problems;
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT ") + columns +
                                                 QStringLiteral(", p.year FROM program_history h LEFT JOIN programs p "
                                                                "ON p.id = h.program_id ORDER BY h.id"));
    exec(q);
    QString expectedPrev = genesis;
    qint64 lastId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString row = q.value(11).isNull()
                                ? tr("bước #%1 (chương trình mã %2)").arg(id).arg(q.value(1).toLongLong())
                                : tr("bước #%1 (năm %2)").arg(id).arg(q.value(11).toInt());
        const QString prev = q.value(9).toString();
        const QString stored = q.value(10).toString();
        if (prev != expectedPrev)
            problems.append(
                tr("lịch sử chương trình: %1 không nối tiếp bước trước; có bước đã bị xóa hoặc sửa").arg(row));
        if (hashOfRow(q, prev) != stored)
            problems.append(tr("lịch sử chương trình: %1 đã bị sửa sau khi ghi").arg(row));
        expectedPrev = stored;
        lastId = id;
    }
    q.finish();
    const QString head = headOf(m_db.connection());
    if (head.isEmpty() ? expectedPrev != genesis : head != expectedPrev)
        problems.append(lastId == 0 ? tr("lịch sử chương trình: mọi bước đã bị xóa (mã băm cuối không khớp)")
                                    : tr("lịch sử chương trình: các bước sau bước #%1 đã bị xóa (mã băm cuối không "
                                         "khớp)")
                                          .arg(lastId));
    return problems;
}

void ProgramHistoryRepository::chainExisting(QSqlDatabase& db)
{
    QVector<QPair<qint64, QString>> hashes; // id, hash
    {
        QSqlQuery q =
            prepare(db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM program_history h ORDER BY h.id"));
        exec(q);
        QString prev = genesis;
        while (q.next()) {
            const QString hash = hashOfRow(q, prev);
            hashes.append({q.value(0).toLongLong(), hash});
            prev = hash;
        }
    }
    QString prev = genesis;
    for (const auto& [id, hash] : hashes) {
        run(db, QStringLiteral("UPDATE program_history SET prev_hash = ?, hash = ? WHERE id = ?"), {prev, hash, id});
        prev = hash;
    }
    if (!hashes.isEmpty())
        setHead(db, prev);
}

} // namespace wp::storage
