#include "workprogram/storage/auditlog.h"

#include "backend.h"
#include "chain.h"
#include "sql.h"

#include "workprogram/core/user.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wp::storage {

const QString AuditLog::UserAdd = QStringLiteral("user-add");
const QString AuditLog::UserBaseline = QStringLiteral("user-baseline");
const QString AuditLog::UserLock = QStringLiteral("user-lock");
const QString AuditLog::UserUnlock = QStringLiteral("user-unlock");
const QString AuditLog::PasswordReset = QStringLiteral("password-reset");
const QString AuditLog::PasswordChange = QStringLiteral("password-change");
const QString AuditLog::UnitAdd = QStringLiteral("unit-add");
const QString AuditLog::UnitSet = QStringLiteral("unit-set");
const QString AuditLog::Import = QStringLiteral("import");
const QString AuditLog::Restore = QStringLiteral("restore");
const QString AuditLog::Demo = QStringLiteral("demo");
const QString AuditLog::Rollover = QStringLiteral("rollover");
const QString AuditLog::ProgramBaseline = QStringLiteral("program-baseline");

namespace {

const QString headKey = QStringLiteral("audit_head");
const QString columns = QStringLiteral("id, at, login, kind, target, details, prev_hash, hash");

QString detailsText(const QJsonObject& details)
{
    return details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QString hashText(qint64 id, const QString& at, const QString& login, const QString& kind, const QString& target,
                 const QString& details, const QString& prev)
{
    return chainHash({QString::number(id), at, login, kind, target, details, prev});
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = dateTimeFrom(q.value(1));
    e.login = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.target = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

} // namespace

QString AuditLog::hashOf(const AuditEntry& e)
{
    return hashText(e.id, e.at.toString(Qt::ISODateWithMs), e.login, e.kind, e.target, detailsText(e.details),
                    e.prevHash);
}

QJsonObject AuditLog::userDetails(const User& user)
{
    QJsonArray leaderUnits;
    for (qint64 id : user.leaderUnitIds)
        leaderUnits.append(id);
    return QJsonObject{{QStringLiteral("full_name"), user.fullName},       {QStringLiteral("title"), user.title},
                       {QStringLiteral("role"), RoleInfo::key(user.role)}, {QStringLiteral("unit"), user.unitId},
                       {QStringLiteral("leader_units"), leaderUnits},      {QStringLiteral("active"), user.active}};
}

void AuditLog::append(AuditEntry& e)
{
    QSqlDatabase& db = m_db.connection();
    const ChainTail tail = chainTail(db, QStringLiteral("audit_log"));
    e.id = tail.nextId;
    e.prevHash = tail.prevHash;
    e.at = QDateTime::currentDateTimeUtc();
    e.at = QDateTime::fromString(e.at.toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    // Nobody (no accounts) and no target are empty texts: the columns are NOT NULL.
    if (e.login.isNull())
        e.login = QLatin1String("");
    if (e.target.isNull())
        e.target = QLatin1String("");
    e.hash = hashOf(e);
    run(db, QStringLiteral("INSERT INTO audit_log(") + columns + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.id, e.at.toString(Qt::ISODateWithMs), e.login, e.kind, e.target, textOrNull(detailsText(e.details)),
         e.prevHash, e.hash});
    setMetaValue(db, headKey, e.hash);
}

void AuditLog::recordProgramState(const Program& program, const QString& comment)
{
    AuditEntry e;
    e.kind = ProgramBaseline;
    e.target = QString::number(program.year);
    e.details = QJsonObject{{QStringLiteral("state"), ProgramStateInfo::key(program.state)}};
    if (!comment.isEmpty())
        e.details.insert(QStringLiteral("comment"), comment);
    append(e);
}

QVector<AuditEntry> AuditLog::all() const
{
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit_log ORDER BY id"));
    exec(q);
    QVector<AuditEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

std::optional<AuditEntry> AuditLog::last(const QString& kind, const QString& target) const
{
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("SELECT ") + columns +
                                       QStringLiteral(" FROM audit_log WHERE kind = ? AND target = ? ORDER BY "
                                                      "id DESC LIMIT 1"));
    exec(q, {kind, target});
    if (!q.next())
        return std::nullopt;
    return entryFrom(q);
}

QString AuditLog::head() const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    exec(q);
    return q.next() ? q.value(0).toString() : chainGenesis();
}

QStringList AuditLog::verify() const
{
    QStringList problems;
    QSqlQuery q =
        prepare(m_db.connection(), QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM audit_log ORDER BY id"));
    exec(q);
    QString expectedPrev = chainGenesis();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString prev = q.value(6).toString();
        const QString stored = q.value(7).toString();
        if (prev != expectedPrev)
            problems.append(
                tr("nhật ký quản trị: dòng %1 không nối tiếp dòng trước; có dòng đã bị xóa hoặc sửa").arg(id));
        const QString recomputed = hashText(id, storedText(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                            q.value(4).toString(), q.value(5).toString(), prev);
        if (recomputed != stored)
            problems.append(tr("nhật ký quản trị: dòng %1 (%2 %3) đã bị sửa sau khi ghi")
                                .arg(id)
                                .arg(q.value(3).toString(), q.value(4).toString()));
        expectedPrev = stored;
    }
    q.finish();
    const QString head = metaValue(m_db.connection(), headKey);
    if (head.isEmpty() ? expectedPrev != chainGenesis() : head != expectedPrev)
        problems.append(tr("nhật ký quản trị: các dòng cuối cùng đã bị xóa (mã băm cuối không khớp)"));
    return problems;
}

} // namespace wp::storage
