#include "workprogram/storage/stateverifier.h"

#include "historywriter.h"
#include "itemrules.h"
#include "sql.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace wp::storage {
namespace {

/// A history row as verify replays it: the stored text, not the parsed enum values (a status
/// written by tampering must still compare unequal).
struct Step
{
    QString kind;
    QString from;
    QString to;
    QVector<FieldChange> changes;
};

QString fieldLabel(const QString& key)
{
    if (key == numberKey())
        return StateVerifier::tr("STT");
    if (key == QLatin1String("status"))
        return StateVerifier::tr("Trạng thái");
    if (const std::optional<ItemField> f = ItemFields::fromKey(key))
        return ItemFields::label(*f);
    return key;
}

QString shown(const QString& value)
{
    return value.size() > 60 ? value.left(57) + QStringLiteral("...") : value;
}

const QString kindCreate = HistoryEntry::kindKey(HistoryEntry::Kind::Create);
const QString kindEdit = HistoryEntry::kindKey(HistoryEntry::Kind::Edit);
const QString kindTransition = HistoryEntry::kindKey(HistoryEntry::Kind::Transition);
const QString kindDelete = HistoryEntry::kindKey(HistoryEntry::Kind::Delete);

} // namespace

QStringList StateVerifier::verify() const
{
    if (m_db.schemaVersion() < 7)
        return {};
    return verifyItems() + verifyPrograms() + verifyUsers();
}

// Each item is walked back from what the table holds now, through its history newest first:
// an edit must have left the field at its new value (then it goes back to the old one), a
// status change must have left the status it moved to; at the row that created it, what is
// left must be what was created. The first difference of each field is reported.
QStringList StateVerifier::verifyItems() const
{
    QHash<qint64, QVector<Step>> steps;
    {
        QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT item_id, kind, from_status, to_status, changes "
                                                                "FROM item_history ORDER BY id"));
        exec(q);
        while (q.next()) {
            const QString kind = q.value(1).toString();
            if (kind == HistoryEntry::kindKey(HistoryEntry::Kind::Comment))
                continue;
            steps[q.value(0).toLongLong()].append(
                {kind, q.value(2).toString(), q.value(3).toString(), changesFromJson(q.value(4).toString())});
        }
    }
    QStringList problems;
    QSet<qint64> present;
    for (const Program& p : ProgramRepository(m_db).all()) {
        for (const Item& it : ItemRepository(m_db).list(p.id)) {
            present.insert(it.id);
            const QString name = tr("nội dung số %1 (mã %2, năm %3)").arg(it.number).arg(it.id).arg(p.year);
            const auto found = steps.constFind(it.id);
            if (found == steps.constEnd()) {
                problems.append(tr("%1: không có trong lịch sử — đã được thêm vào ngoài chương trình").arg(name));
                continue;
            }
            QHash<QString, QString> state;
            for (const auto& [key, value] : recordedFields(it))
                state.insert(key, value);
            QString status = StatusInfo::key(it.status);
            QSet<QString> reported;
            auto differs = [&](const QString& key, const QString& now, const QString& recorded) {
                if (reported.contains(key))
                    return;
                reported.insert(key);
                problems.append(tr("%1: %2 khác với lịch sử (đang là \"%3\", lịch sử ghi \"%4\") — đã bị sửa ngoài "
                                   "chương trình")
                                    .arg(name, fieldLabel(key), shown(now), shown(recorded)));
            };
            const QVector<Step>& history = *found;
            bool created = false;
            for (auto s = history.crbegin(); s != history.crend() && !created; ++s) {
                if (s->kind == kindDelete) {
                    problems.append(tr("%1: lịch sử ghi đã xóa nhưng vẫn còn trong chương trình").arg(name));
                    created = true; // nothing older explains a row that should not be here
                } else if (s->kind == kindEdit) {
                    for (const FieldChange& c : s->changes) {
                        if (state.value(c.field) != c.newValue)
                            differs(c.field, state.value(c.field), c.newValue);
                        state.insert(c.field, c.oldValue);
                    }
                } else if (s->kind == kindTransition) {
                    if (!s->to.isEmpty() && status != s->to)
                        differs(QStringLiteral("status"), status, s->to);
                    if (s->from.isEmpty())
                        created = true; // an item made by a status change (before schema 7)
                    else
                        status = s->from;
                } else if (s->kind == kindCreate) {
                    created = true;
                    if (status != s->to)
                        differs(QStringLiteral("status"), status, s->to);
                    QHash<QString, QString> initial;
                    for (const FieldChange& c : s->changes)
                        initial.insert(c.field, c.newValue);
                    for (auto f = state.constBegin(); f != state.constEnd(); ++f)
                        // Rows written before the number was recorded leave it out.
                        if ((f.key() != numberKey() || initial.contains(numberKey())) &&
                            f.value() != initial.value(f.key()))
                            differs(f.key(), f.value(), initial.value(f.key()));
                }
            }
        }
    }
    // Items the history knows and never deleted, missing from the table.
    QVector<qint64> missing;
    for (auto s = steps.constBegin(); s != steps.constEnd(); ++s)
        if (!present.contains(s.key()) && !s.value().isEmpty() && s.value().last().kind != kindDelete)
            missing.append(s.key());
    std::sort(missing.begin(), missing.end());
    for (qint64 id : missing)
        problems.append(
            tr("nội dung mã %1: có trong lịch sử nhưng không còn trong cơ sở dữ liệu — đã bị xóa ngoài chương trình")
                .arg(id));
    return problems;
}

QStringList StateVerifier::verifyPrograms() const
{
    QStringList problems;
    QHash<qint64, QString> lastStep;
    {
        QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT program_id, to_state FROM program_history "
                                                                "ORDER BY id"));
        exec(q);
        while (q.next())
            lastStep.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    // A program older than its recorded steps (schema 4) has the step the upgrade to 7 found.
    QHash<QString, QString> baseline;
    for (const AuditEntry& e : AuditLog(m_db).all())
        if (e.kind == AuditLog::ProgramBaseline)
            baseline.insert(e.target, e.details.value(QStringLiteral("state")).toString());
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT id, year, state FROM programs ORDER BY year"));
    exec(q);
    while (q.next()) {
        const QString recorded =
            lastStep.value(q.value(0).toLongLong(),
                           baseline.value(q.value(1).toString(), ProgramStateInfo::key(ProgramState::Collecting)));
        const QString now = q.value(2).toString();
        if (now != recorded) {
            const auto label = [](const QString& key) {
                const std::optional<ProgramState> s = ProgramStateInfo::parse(key);
                return s ? ProgramStateInfo::label(*s) : key;
            };
            problems.append(tr("chương trình năm %1 đang ở bước \"%2\" nhưng lịch sử các bước ghi \"%3\" — đã bị sửa "
                               "ngoài chương trình")
                                .arg(q.value(1).toInt())
                                .arg(label(now), label(recorded)));
        }
    }
    return problems;
}

QStringList StateVerifier::verifyUsers() const
{
    QHash<QString, QJsonObject> recorded;
    for (const AuditEntry& e : AuditLog(m_db).all()) {
        if (e.kind == AuditLog::UserAdd || e.kind == AuditLog::UserBaseline)
            recorded.insert(e.target, e.details);
        else if ((e.kind == AuditLog::UserLock || e.kind == AuditLog::UserUnlock) && recorded.contains(e.target))
            recorded[e.target].insert(QStringLiteral("active"), e.kind == AuditLog::UserUnlock);
    }
    QStringList problems;
    for (const User& u : UserRepository(m_db).all()) {
        const auto found = recorded.constFind(u.login);
        if (found == recorded.constEnd()) {
            problems.append(
                tr("tài khoản %1: không có trong nhật ký quản trị — đã được thêm ngoài chương trình").arg(u.login));
            continue;
        }
        const QJsonObject now = AuditLog::userDetails(u);
        const QJsonObject& then = *found;
        const QList<QPair<QString, QString>> fields = {{QStringLiteral("role"), tr("vai trò")},
                                                       {QStringLiteral("unit"), tr("đơn vị")},
                                                       {QStringLiteral("leader_units"), tr("các đơn vị phụ trách")},
                                                       {QStringLiteral("active"), tr("trạng thái khóa")},
                                                       {QStringLiteral("full_name"), tr("họ và tên")}};
        for (const auto& [key, label] : fields) {
            if (now.value(key) == then.value(key))
                continue;
            const auto text = [](const QJsonValue& v) {
                return v.isString() ? v.toString()
                                    : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                          .mid(1)
                                          .chopped(1);
            };
            problems.append(tr("tài khoản %1: %2 đang là \"%3\", nhật ký ghi \"%4\" — đã bị sửa ngoài chương trình")
                                .arg(u.login, label, text(now.value(key)), text(then.value(key))));
        }
    }
    return problems;
}

void StateVerifier::writeBaseline(Database& db)
{
    HistoryRepository history(db);
    for (const Program& p : ProgramRepository(db).all()) {
        for (const Item& it : ItemRepository(db).list(p.id)) {
            HistoryEntry e;
            e.itemId = it.id;
            e.login = QLatin1String("");
            e.kind = HistoryEntry::Kind::Create;
            e.to = it.status;
            e.comment = tr("nội dung như lúc nâng cấp cơ sở dữ liệu (lược đồ 7): lịch sử kiểm tra được từ đây");
            for (const auto& [key, value] : recordedFields(it))
                if (!value.isEmpty())
                    e.changes.append({key, QString(), value});
            history.append(e);
        }
    }
    AuditLog log(db);
    for (const Program& p : ProgramRepository(db).all())
        log.recordProgramState(p);
    for (const User& u : UserRepository(db).all()) {
        AuditEntry e;
        e.login = QLatin1String("");
        e.kind = AuditLog::UserBaseline;
        e.target = u.login;
        e.details = AuditLog::userDetails(u);
        log.append(e);
    }
}

} // namespace wp::storage
