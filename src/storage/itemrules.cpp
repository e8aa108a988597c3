#include "itemrules.h"

#include "chain.h"

#include "sql.h"

#include "workprogram/core/fieldtext.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QHash>
#include <QStringList>

namespace wp::storage {

QString fieldValue(const Item& it, ItemField f)
{
    if (const std::optional<QString> text = plainFieldText(it, f))
        return *text;
    switch (f) {
    case ItemField::Number:
        return QString::number(it.number);
    case ItemField::LeadUnit:
        return QString::number(it.leadUnitId);
    case ItemField::CoUnits: {
        QStringList ids;
        for (qint64 id : it.coUnitIds)
            ids.append(QString::number(id));
        return ids.join(QLatin1Char(','));
    }
    default: // a status change is a step of its own in the history, not a field's
        return QString();
    }
}

QVector<QPair<QString, QString>> recordedFields(const Item& it)
{
    QVector<QPair<QString, QString>> fields;
    fields.reserve(ItemFields::editable().size() + 1);
    fields.append({numberKey(), QString::number(it.number)});
    for (ItemField f : ItemFields::editable())
        fields.append({ItemFields::key(f), fieldValue(it, f)});
    return fields;
}

bool programIsAmending(Database& db, qint64 programId)
{
    return programStateOf(db, programId) == ProgramState::Amending;
}

QString changedSinceRead(Database& db, qint64 itemId, const QString& what)
{
    QString who;
    if (const std::optional<LastChange> last = HistoryRepository(db).lastChange(itemId))
        who = WorkflowService::tr(" (%1, lúc %2)")
                  .arg(last->login.isEmpty() ? WorkflowService::tr("người dùng không đăng nhập") : last->who(),
                       last->when());
    return WorkflowService::tr("%1 vừa được người khác sửa%2; hãy tải lại rồi sửa lại").arg(what, who);
}

ProgramState programStateOf(Database& db, qint64 programId)
{
    QSqlQuery q = prepare(db.connection(), QStringLiteral("SELECT state FROM programs WHERE id = ?"));
    exec(q, {programId});
    if (!q.next())
        return ProgramState::Collecting;
    return ProgramStateInfo::parse(q.value(0).toString()).value_or(ProgramState::Collecting);
}

void requireNotSigned(Database& db, qint64 programId, const QString& what)
{
    if (programStateOf(db, programId) != ProgramState::Issued)
        return;
    int year = 0;
    QSqlQuery q = prepare(db.connection(), QStringLiteral("SELECT year FROM programs WHERE id = ?"));
    exec(q, {programId});
    if (q.next())
        year = q.value(0).toInt();
    throw PermissionError(QCoreApplication::translate("wp::storage",
                                                      "chương trình năm %1 đã ký ban hành: không %2 được cho đến khi "
                                                      "Văn phòng mở điều chỉnh, bổ sung chương trình")
                              .arg(year)
                              .arg(what));
}

} // namespace wp::storage
