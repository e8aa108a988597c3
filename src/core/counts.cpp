#include "workprogram/core/counts.h"

#include <numeric>

namespace wp {

int CountTable::Row::total() const
{
    return std::accumulate(byStatus.begin(), byStatus.end(), 0);
}

CountTable::CountTable(const QVector<Unit>& units, const QVector<UnitStatusCount>& counts,
                       const QVector<Unit>& allUnits)
{
    QHash<qint64, int> rowOf;
    for (const Unit& u : units) {
        rowOf.insert(u.id, int(m_rows.size()));
        m_rows.append(Row{u, {}});
    }
    for (const UnitStatusCount& c : counts) {
        auto it = rowOf.find(c.unitId);
        if (it == rowOf.end()) {
            Unit missing;
            missing.id = c.unitId;
            for (const Unit& u : allUnits)
                if (u.id == c.unitId)
                    missing = u;
            it = rowOf.insert(c.unitId, int(m_rows.size()));
            m_rows.append(Row{missing, {}});
        }
        m_rows[*it].byStatus[size_t(c.status)] += c.count;
    }
}

int CountTable::total() const
{
    int sum = 0;
    for (const Row& r : m_rows)
        sum += r.total();
    return sum;
}

int CountTable::totalFor(Status s) const
{
    int sum = 0;
    for (const Row& r : m_rows)
        sum += r.byStatus[size_t(s)];
    return sum;
}

} // namespace wp
