#include "workprogram/storage/snapshotrepository.h"

#include "sql.h"

#include "workprogram/core/snapshot.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QHash>
#include <QSet>

namespace wp::storage {
namespace {

const QString columns = QStringLiteral("id, program_id, at, login, from_state, to_state, label, content, hash");

Snapshot snapshotFrom(const QSqlQuery& q)
{
    Snapshot s;
    s.id = q.value(0).toLongLong();
    s.programId = q.value(1).toLongLong();
    s.at = dateTimeFrom(q.value(2));
    s.login = q.value(3).toString();
    s.from = ProgramStateInfo::parse(q.value(4).toString()).value_or(ProgramState::Collecting);
    s.to = ProgramStateInfo::parse(q.value(5).toString()).value_or(ProgramState::Collecting);
    s.label = q.value(6).toString();
    s.content = q.value(7).toString().toUtf8();
    s.hash = q.value(8).toString();
    return s;
}

} // namespace

QVector<Item> Snapshot::items() const
{
    return SnapshotJson::read(content).value_or(QVector<Item>());
}

QHash<qint64, Unit> Snapshot::units() const
{
    return SnapshotJson::readUnits(content);
}

Snapshot SnapshotRepository::take(const Program& program, ProgramState from, ProgramState to, const QString& login,
                                  const QString& label)
{
    const QVector<Item> items = ItemRepository(m_db).list(program.id);
    QSet<qint64> named;
    for (const Item& it : items) {
        named.insert(it.leadUnitId);
        for (qint64 id : it.coUnitIds)
            named.insert(id);
    }
    // The units the year's reports name (its units and any unit an item refers to), kept with
    // their names of today: a report of the snapshot prints them so after a later rename.
    QHash<qint64, QString> codes;
    QVector<Unit> units;
    for (const Unit& u : UnitRepository(m_db).all()) {
        codes.insert(u.id, u.code);
        if (u.inYear(program.year) || named.contains(u.id))
            units.append(u);
    }
    Snapshot s;
    s.programId = program.id;
    s.at = QDateTime::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    s.login = login;
    s.from = from;
    s.to = to;
    s.label = label;
    s.content = SnapshotJson::write(program.year, items, codes, units);
    s.hash = SnapshotJson::sha256(s.content);
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("INSERT INTO snapshots(program_id, at, login, from_state, to_state, "
                                                  "label, content, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    exec(q, {s.programId, s.at.toString(Qt::ISODateWithMs), s.login, ProgramStateInfo::key(from),
             ProgramStateInfo::key(to), s.label, QString::fromUtf8(s.content), s.hash});
    s.id = returnedId(q);
    return s;
}

QVector<Snapshot> SnapshotRepository::forProgram(qint64 programId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT ") + columns +
                                                 QStringLiteral(" FROM snapshots WHERE program_id = ? ORDER BY id"));
    exec(q, {programId});
    QVector<Snapshot> out;
    while (q.next())
        out.append(snapshotFrom(q));
    return out;
}

std::optional<Snapshot> SnapshotRepository::byId(qint64 id) const
{
    QSqlQuery q = prepare(m_db.connection(),
                          QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM snapshots WHERE id = ?"));
    exec(q, {id});
    if (!q.next())
        return std::nullopt;
    return snapshotFrom(q);
}

QStringList SnapshotRepository::verify() const
{
    QStringList problems;
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM snapshots ORDER BY id"));
    exec(q);
    QHash<qint64, QString> hashes;
    while (q.next()) {
        const Snapshot s = snapshotFrom(q);
        hashes.insert(s.id, s.hash);
        if (SnapshotJson::sha256(s.content) != s.hash)
            problems.append(tr("ảnh chụp #%1: mã băm không khớp (nội dung đã bị sửa sau khi ghi)").arg(s.id));
        else if (!SnapshotJson::read(s.content))
            problems.append(tr("ảnh chụp #%1: nội dung không đọc được").arg(s.id));
    }
    q.finish();
    // The hash written beside a step (and a sign-off's decision) must be its snapshot's.
    QSqlQuery steps =
        prepare(m_db.connection(), QStringLiteral("SELECT id, snapshot_id, snapshot_hash FROM program_history "
                                                  "WHERE snapshot_id IS NOT NULL ORDER BY id"));
    exec(steps);
    while (steps.next()) {
        const qint64 snapshot = steps.value(1).toLongLong();
        if (!hashes.contains(snapshot))
            problems.append(tr("ảnh chụp #%1: không còn (bước chương trình #%2 ghi ảnh chụp này)")
                                .arg(snapshot)
                                .arg(steps.value(0).toLongLong()));
        else if (hashes.value(snapshot) != steps.value(2).toString())
            problems.append(tr("ảnh chụp #%1: mã băm khác mã đã ghi ở bước chương trình #%2")
                                .arg(snapshot)
                                .arg(steps.value(0).toLongLong()));
    }
    return problems;
}

} // namespace wp::storage
