#include "workprogram/storage/itemservice.h"

#include "sql.h"

#include "workprogram/storage/itemrepository.h"

namespace wp::storage {

int ItemService::nextNumber(qint64 programId) const
{
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM items WHERE "
                                                            "program_id = ?"));
    exec(q, {programId});
    return q.next() ? q.value(0).toInt() : 1;
}

void ItemService::add(QVector<Item>& items)
{
    Transaction tx(m_db);
    QHash<qint64, int> next;
    for (Item& it : items) {
        if (it.number > 0)
            continue;
        auto n = next.find(it.programId);
        if (n == next.end())
            n = next.insert(it.programId, nextNumber(it.programId));
        it.number = (*n)++;
    }
    ItemRepository(m_db).insert(items);
    tx.commit();
}

void ItemService::update(QVector<Item>& items)
{
    Transaction tx(m_db);
    ItemRepository repo(m_db);
    QVector<Item> written = items;
    for (Item& it : written)
        if (!repo.update(it))
            throw ConflictError(tr("nội dung số %1 vừa được người khác sửa; hãy tải lại rồi sửa lại").arg(it.number));
    tx.commit();
    items = written;
}

void ItemService::update(Item& item)
{
    QVector<Item> one{item};
    update(one);
    item = one.first();
}

void ItemService::remove(const QVector<qint64>& ids)
{
    Transaction tx(m_db);
    ItemRepository repo(m_db);
    for (qint64 id : ids)
        repo.remove(id);
    tx.commit();
}

} // namespace wp::storage
