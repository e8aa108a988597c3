#include "itemrules.h"

#include "workprogram/storage/programrepository.h"

#include <QStringList>

namespace wp::storage {

QString fieldValue(const Item& it, ItemField f)
{
    switch (f) {
    case ItemField::Content:
        return it.content;
    case ItemField::LeadUnit:
        return QString::number(it.leadUnitId);
    case ItemField::CoUnits: {
        QStringList ids;
        for (qint64 id : it.coUnitIds)
            ids.append(QString::number(id));
        return ids.join(QLatin1Char(','));
    }
    case ItemField::Deadline:
        return it.deadline.text();
    case ItemField::Leader:
        return it.leader;
    case ItemField::Group:
        return it.group;
    case ItemField::Form:
        return it.form;
    case ItemField::Level:
        return it.level;
    case ItemField::Note:
        return it.note;
    }
    return {};
}

bool programIsAmending(Database& db, qint64 programId)
{
    for (const Program& p : ProgramRepository(db).all())
        if (p.id == programId)
            return p.state == ProgramState::Amending;
    return false;
}

} // namespace wp::storage
