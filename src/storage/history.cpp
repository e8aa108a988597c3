#include "workprogram/storage/history.h"

#include "historywriter.h"

#include "backend.h"
#include "chain.h"
#include "pgsecurity.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wp::storage {
namespace {

const QString headKey = QStringLiteral("history_head");

QString changesJson(const QVector<FieldChange>& changes)
{
    if (changes.isEmpty())
        return QString();
    QJsonArray a;
    for (const FieldChange& c : changes)
        a.append(QJsonObject{{QStringLiteral("field"), c.field},
                             {QStringLiteral("old"), c.oldValue},
                             {QStringLiteral("new"), c.newValue}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::optional<HistoryEntry::Kind> kindFrom(const QString& key)
{
    for (auto k : {HistoryEntry::Kind::Transition, HistoryEntry::Kind::Edit, HistoryEntry::Kind::Comment,
                   HistoryEntry::Kind::Create, HistoryEntry::Kind::Delete})
        if (HistoryEntry::kindKey(k) == key)
            return k;
    return std::nullopt;
}

QVariant statusValue(const std::optional<Status>& s)
{
    return s ? QVariant(StatusInfo::key(*s)) : QVariant(QMetaType(QMetaType::QString));
}

const QString columns =
    QStringLiteral("id, item_id, at, login, kind, from_status, to_status, comment, changes, prev_hash, hash");

HistoryEntry entryFrom(const QSqlQuery& q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.itemId = q.value(1).toLongLong();
    e.at = QDateTime::fromString(storedText(q.value(2)), Qt::ISODateWithMs);
    e.login = q.value(3).toString();
    e.kind = kindFrom(q.value(4).toString()).value_or(HistoryEntry::Kind::Comment);
    if (!q.value(5).isNull())
        e.from = StatusInfo::parse(q.value(5).toString());
    if (!q.value(6).isNull())
        e.to = StatusInfo::parse(q.value(6).toString());
    e.comment = q.value(7).toString();
    e.changes = changesFromJson(q.value(8).toString());
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

// The hashed text is built from the stored text of each column, so that verify() reads back
// exactly what append() hashed. Raw stored strings are used for the kind and the statuses
// (an unknown value written by tampering still changes the hash).
QString hashText(qint64 id, qint64 itemId, const QString& at, const QString& login, const QString& kind,
                 const QString& from, const QString& to, const QString& comment, const QString& changes,
                 const QString& prevHash)
{
    // Every column present (NULL hashed as the empty text it is read back as).
    return chainHash(
        {QString::number(id), QString::number(itemId), at, login, kind, from, to, comment, changes, prevHash});
}

} // namespace

QString HistoryEntry::kindKey(Kind k)
{
    switch (k) {
    case Kind::Transition:
        return QStringLiteral("transition");
    case Kind::Edit:
        return QStringLiteral("edit");
    case Kind::Comment:
        return QStringLiteral("comment");
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString HistoryRepository::genesisHash()
{
    return chainGenesis();
}

QString HistoryRepository::hashOf(const HistoryEntry& e)
{
    return hashText(e.id, e.itemId, e.at.toString(Qt::ISODateWithMs), e.login, HistoryEntry::kindKey(e.kind),
                    e.from ? StatusInfo::key(*e.from) : QString(), e.to ? StatusInfo::key(*e.to) : QString(), e.comment,
                    changesJson(e.changes), e.prevHash);
}

void HistoryRepository::append(HistoryEntry& e)
{
    QSqlDatabase& db = m_db.connection();
    if (serverRulesOn(db)) {
        // The server appends the row itself: its id, time, author (the connected role) and hash.
        const ServerHistoryRow row =
            appendHistoryOnServer(db, e.itemId, HistoryEntry::kindKey(e.kind), statusValue(e.from), statusValue(e.to),
                                  textOrNull(e.comment), textOrNull(changesJson(e.changes)));
        e.id = row.id;
        e.at = QDateTime::fromString(row.at, Qt::ISODateWithMs);
        e.login = row.login;
        e.prevHash = row.prevHash;
        e.hash = row.hash;
        return;
    }
    const ChainTail tail = chainTail(db, QStringLiteral("item_history"));
    e.id = tail.nextId;
    e.prevHash = tail.prevHash;
    e.at = QDateTime::currentDateTimeUtc();
    e.at = QDateTime::fromString(e.at.toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    e.hash = hashOf(e);
    run(db,
        QStringLiteral("INSERT INTO item_history(") + columns +
            QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, e.itemId, e.at.toString(Qt::ISODateWithMs), e.login, HistoryEntry::kindKey(e.kind), statusValue(e.from),
         statusValue(e.to), textOrNull(e.comment), textOrNull(changesJson(e.changes)), e.prevHash, e.hash});
    setMetaValue(db, headKey, e.hash);
}

QVector<HistoryEntry> HistoryRepository::forItem(qint64 itemId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT ") + columns +
                                                 QStringLiteral(" FROM item_history WHERE item_id = ? ORDER BY id"));
    exec(q, {itemId});
    QVector<HistoryEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

std::optional<LastChange> HistoryRepository::lastChange(qint64 itemId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT login, at FROM item_history WHERE item_id = ? "
                                                            "ORDER BY id DESC LIMIT 1"));
    exec(q, {itemId});
    if (!q.next())
        return std::nullopt;
    LastChange last;
    last.login = q.value(0).toString();
    last.at = QDateTime::fromString(storedText(q.value(1)), Qt::ISODateWithMs);
    if (!last.login.isEmpty()) {
        // Everyone may read the accounts (a server's rules too); a login of no account keeps no name.
        QSqlQuery u = prepare(m_db.connection(), QStringLiteral("SELECT full_name FROM users WHERE login = ?"));
        exec(u, {last.login});
        if (u.next())
            last.fullName = u.value(0).toString();
    }
    return last;
}

QString LastChange::who() const
{
    if (login.isEmpty() || fullName.isEmpty() || fullName == login)
        return login;
    return HistoryRepository::tr("%1 (%2)").arg(fullName, login);
}

QString LastChange::when() const
{
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

int HistoryRepository::count() const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM item_history"));
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList HistoryRepository::verify() const
{
    QStringList problems;
    QSqlQuery q = prepare(m_db.connection(),
                          QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM item_history ORDER BY id"));
    exec(q);
    QString expectedPrev = genesisHash();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString prev = q.value(9).toString();
        const QString stored = q.value(10).toString();
        if (prev != expectedPrev)
            problems.append(tr("lịch sử: dòng %1 (nội dung %2) không nối tiếp dòng trước; có dòng đã bị xóa hoặc sửa")
                                .arg(id)
                                .arg(q.value(1).toLongLong()));
        const QString recomputed =
            hashText(id, q.value(1).toLongLong(), storedText(q.value(2)), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), prev);
        if (recomputed != stored)
            problems.append(
                tr("lịch sử: dòng %1 (nội dung %2) đã bị sửa sau khi ghi").arg(id).arg(q.value(1).toLongLong()));
        expectedPrev = stored;
    }
    q.finish();
    const QString head = metaValue(m_db.connection(), headKey);
    if (head.isEmpty() ? expectedPrev != genesisHash() : head != expectedPrev)
        problems.append(tr("lịch sử: các dòng cuối cùng đã bị xóa (mã băm cuối không khớp)"));
    return problems;
}

QVector<FieldChange> changesFromJson(const QString& json)
{
    QVector<FieldChange> changes;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        changes.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("old")).toString(),
                        o.value(QStringLiteral("new")).toString()});
    }
    return changes;
}

} // namespace wp::storage
