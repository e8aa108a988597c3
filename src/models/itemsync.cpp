#include "workprogram/models/itemsync.h"

#include "workprogram/storage/changenotifier.h"
#include "workprogram/storage/itemrepository.h"

#include <QSet>

#include <algorithm>

namespace wp::models {

int syncChangedItems(storage::Database& db, ItemTableModel& model, qint64 keepId)
{
    if (model.programId() == 0 || !model.isComplete())
        return 0;
    const QHash<qint64, int> now = storage::ChangeNotifier::itemVersions(db, model.programId());
    const storage::ItemRepository items(db);
    QVector<Item> updated, added;
    QVector<qint64> removed;
    QSet<qint64> shown;
    for (const Item& it : model.items()) {
        shown.insert(it.id);
        if (it.id == keepId)
            continue;
        const auto version = now.constFind(it.id);
        if (version == now.constEnd())
            removed.append(it.id);
        else if (*version != it.rowVersion)
            if (const std::optional<Item> fresh = items.byId(it.id))
                updated.append(*fresh);
    }
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (!shown.contains(it.key()))
            if (const std::optional<Item> fresh = items.byId(it.key()))
                added.append(*fresh);
    std::sort(added.begin(), added.end(), [](const Item& a, const Item& b) { return a.number < b.number; });
    if (!removed.isEmpty())
        model.applyRemoved(removed);
    if (!updated.isEmpty())
        model.applyUpdated(updated);
    if (!added.isEmpty())
        model.applyAdded(added);
    return int(removed.size() + updated.size() + added.size());
}

} // namespace wp::models
