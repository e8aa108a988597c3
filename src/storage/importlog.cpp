#include "workprogram/storage/importlog.h"

#include "sql.h"

namespace wp::storage {

qint64 ImportLogRepository::record(qint64 programId, const QString& file, int items, const QVector<StatedCount>& stated)
{
    QSqlDatabase& db = m_db.connection();
    QSqlQuery q = prepare(db, QStringLiteral("INSERT INTO imports(program_id, at, file, items) VALUES(?, ?, ?, ?) RETURNING id"));
    exec(q, {programId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), file, items});
    const qint64 id = returnedId(q);
    QSqlQuery s = prepare(db, QStringLiteral("INSERT INTO import_stated(import_id, position, row, label, unit_id, "
                                             "stated, counted, total) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < stated.size(); ++i) {
        const StatedCount& c = stated.at(i);
        exec(s, {id, i, c.row, c.label, c.unitId > 0 ? QVariant(c.unitId) : QVariant(), c.stated, c.counted,
                 c.total ? 1 : 0});
    }
    return id;
}

std::optional<ImportRecord> ImportLogRepository::last(qint64 programId)
{
    QSqlDatabase& db = m_db.connection();
    QSqlQuery q = prepare(db, QStringLiteral("SELECT id, at, file, items FROM imports WHERE program_id = ? "
                                             "ORDER BY id DESC LIMIT 1"));
    exec(q, {programId});
    if (!q.next())
        return std::nullopt;
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.programId = programId;
    r.at = dateTimeFrom(q.value(1));
    r.file = q.value(2).toString();
    r.items = q.value(3).toInt();
    QSqlQuery s = prepare(db, QStringLiteral("SELECT row, label, unit_id, stated, counted, total FROM import_stated "
                                             "WHERE import_id = ? ORDER BY position"));
    exec(s, {r.id});
    while (s.next()) {
        StatedCount c;
        c.row = s.value(0).toInt();
        c.label = s.value(1).toString();
        c.unitId = s.value(2).toLongLong();
        c.stated = s.value(3).toInt();
        c.counted = s.value(4).toInt();
        c.total = s.value(5).toInt() != 0;
        r.stated.append(c);
    }
    return r;
}

} // namespace wp::storage
