#include "workprogram/storage/programrepository.h"

#include "sql.h"

#include <QDateTime>

namespace wp::storage {
namespace {

const QString selectPrograms =
    QStringLiteral("SELECT id, year, title, issuing_body, parent_body, state, sample FROM programs ");

Program readProgram(const QSqlQuery& q)
{
    Program p;
    p.id = q.value(0).toLongLong();
    p.year = q.value(1).toInt();
    p.title = q.value(2).toString();
    p.issuingBody = q.value(3).toString();
    p.parentBody = q.value(4).toString();
    p.state = ProgramStateInfo::parse(q.value(5).toString()).value_or(ProgramState::Collecting);
    p.sample = q.value(6).toBool();
    return p;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

std::optional<Program> ProgramRepository::byYear(int year) const
{
    QSqlQuery q = prepare(m_db.connection(), selectPrograms + QStringLiteral("WHERE year = ?"));
    exec(q, {year});
    if (!q.next())
        return std::nullopt;
    return readProgram(q);
}

QVector<Program> ProgramRepository::all() const
{
    QSqlQuery q = prepare(m_db.connection(), selectPrograms + QStringLiteral("ORDER BY year"));
    exec(q);
    QVector<Program> out;
    while (q.next())
        out.append(readProgram(q));
    return out;
}

Program ProgramRepository::ensure(int year)
{
    if (std::optional<Program> p = byYear(year))
        return *p;
    Program p;
    p.year = year;
    p.title = Program::defaultTitle(year);
    p.id = add(p);
    return p;
}

qint64 ProgramRepository::add(const Program& p)
{
    QSqlQuery q = prepare(m_db.connection(),
                          QStringLiteral("INSERT INTO programs(year, title, issuing_body, parent_body, state, sample, "
                                         "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString t = now();
    exec(q, {p.year, p.title, textOrNull(p.issuingBody), textOrNull(p.parentBody), ProgramStateInfo::key(p.state),
             p.sample ? 1 : 0, t, t});
    return returnedId(q);
}

void ProgramRepository::update(const Program& p)
{
    run(m_db.connection(),
        QStringLiteral("UPDATE programs SET title = ?, issuing_body = ?, parent_body = ?, state = ?, sample = ?, "
                       "updated_at = ? WHERE id = ?"),
        {p.title, textOrNull(p.issuingBody), textOrNull(p.parentBody), ProgramStateInfo::key(p.state), p.sample ? 1 : 0,
         now(), p.id});
}

} // namespace wp::storage
