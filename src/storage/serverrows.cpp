#include "serverrows.h"

#include "sql.h"

#include <QSqlError>

#include <algorithm>

namespace wp::storage {

ServerRows::ServerRows(QSqlDatabase& db, const QString& table, const QStringList& columns, int perStatement)
    : m_db(db), m_table(table), m_columns(columns), m_perStatement(perStatement)
{}

void ServerRows::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns.size());
    for (const QVariant& v : values)
        m_values.append(v);
}

QString ServerRows::statement(int rows) const
{
    QString one = QStringLiteral("(?");
    for (int c = 1; c < m_columns.size(); ++c)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r)
        all.append(one);
    return QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", "))) +
           all.join(QStringLiteral(", "));
}

void ServerRows::flush()
{
    const int width = int(m_columns.size());
    const int rows = int(m_values.size()) / width;
    for (int from = 0; from < rows;) {
        const int n = std::min(m_perStatement, rows - from);
        QSqlQuery partial;
        if (n == m_perStatement && !m_fullPrepared) {
            m_full = prepare(m_db, statement(n));
            m_fullPrepared = true;
        }
        if (n != m_perStatement)
            partial = prepare(m_db, statement(n));
        QSqlQuery& q = n == m_perStatement ? m_full : partial;
        for (int i = 0; i < n * width; ++i)
            q.bindValue(i, m_values.at(from * width + i));
        if (!q.exec())
            raise(q.lastError(), QStringLiteral("INSERT INTO ") + m_table);
        from += n;
    }
    m_values.clear();
}

QVector<qint64> allocateIds(QSqlDatabase& db, const QString& table, int count)
{
    QVector<qint64> ids;
    if (count <= 0)
        return ids;
    ids.reserve(count);
    QSqlQuery q = prepare(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM "
                                             "generate_series(1, ?)")
                                  .arg(table));
    exec(q, {count});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace wp::storage
