#include "serverrows.h"

#include "backend.h"
#include "sql.h"

#include <QSqlError>

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>

namespace wp::storage {

namespace {

/// Frees a libpq result when it goes (also when raise() throws).
struct Result
{
    PGresult* r;
    ~Result() { PQclear(r); }
};

/// What Qt Sql would have made of the server's refusal @p result (or of the connection's state
/// when there is none), so that raise() classifies it as it does exec()'s.
[[noreturn]] void raiseServer(PGconn* c, const PGresult* result, const QString& statement)
{
    QString state;
    QString words;
    if (result) {
        state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        words = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    }
    if (words.isEmpty())
        words = QString::fromUtf8(PQerrorMessage(c)).trimmed();
    if (PQstatus(c) == CONNECTION_BAD)
        state = QStringLiteral("08006"); // connection failure: ConnectionLost, whatever the words
    raise(QSqlError(QString(), words, QSqlError::StatementError, state), statement);
}

/// Runs @p sql (one or more statements) on @p c; throws as exec() does.
void runOn(PGconn* c, const QByteArray& sql)
{
    const Result r{PQexec(c, sql.constData())};
    const ExecStatusType status = PQresultStatus(r.r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        raiseServer(c, r.r, QString::fromUtf8(sql));
}

} // namespace

ServerRows::ServerRows(QSqlDatabase& db, const QString& table, const QStringList& columns, const QString& before,
                       const QString& after)
    : m_db(&db), m_table(table), m_columns(columns),
      m_copy(QStringLiteral("COPY %1(%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8()),
      m_before(before.toUtf8()), m_after(after.toUtf8())
{
    m_data.reserve(1 << 20);
}

ServerRows ServerRows::staged(QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    const QString stage = QStringLiteral("wp_stage_") + table;
    const QString list = columns.join(QStringLiteral(", "));
    // The stage's columns are the table's own (types and all), without its constraints: the
    // insert from it checks them, with the policies and triggers of the connected role.
    return ServerRows(
        db, QStringLiteral("pg_temp.") + stage, columns,
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 ON COMMIT DELETE ROWS AS SELECT %2 FROM %3 "
                       "WITH NO DATA")
            .arg(stage, list, table),
        QStringLiteral("INSERT INTO %1(%2) SELECT %2 FROM pg_temp.%3; TRUNCATE pg_temp.%3").arg(table, list, stage));
}

void ServerRows::field()
{
    if (!m_first)
        m_data += '\t';
    m_first = false;
}

void ServerRows::text(const char* data, qsizetype size)
{
    field();
    // COPY's text format: backslash, tab, newline and carriage return escaped; all else as is.
    const char* const end = data + size;
    const char* run = data;
    for (const char* p = data; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        m_data.append(run, p - run);
        m_data += '\\';
        m_data += c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
        run = p + 1;
    }
    m_data.append(run, end - run);
}

void ServerRows::number(qint64 n)
{
    field();
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
    m_data.append(digits, r.ptr - digits);
}

void ServerRows::null()
{
    field();
    m_data += "\\N";
}

void ServerRows::endRow()
{
    m_data += '\n';
    m_first = true;
    ++m_rows;
}

void ServerRows::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns.size());
    for (const QVariant& v : values) {
        if (v.isNull())
            null();
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool)
            number(v.toLongLong());
        else
            text(v.toString().toUtf8());
    }
    endRow();
}

void ServerRows::flush()
{
    if (m_rows == 0)
        return;
    // The rows leave the buffer whatever happens: after a failure the transaction is rolled back
    // and they are gone with it.
    QByteArray data;
    data.swap(m_data);
    m_rows = 0;
    m_first = true;
    PGconn* c = serverHandle(*m_db);
    if (!c)
        raise(QSqlError(QString(), QStringLiteral("no server connection"), QSqlError::ConnectionError,
                        QStringLiteral("08003")),
              QString::fromUtf8(m_copy));
    if (!m_before.isEmpty())
        runOn(c, m_before);
    {
        const Result r{PQexec(c, m_copy.constData())};
        if (PQresultStatus(r.r) != PGRES_COPY_IN)
            raiseServer(c, r.r, QString::fromUtf8(m_copy));
    }
    // In pieces of 64 KiB: libpq copies each into its output buffer and sends as it fills.
    constexpr qsizetype Piece = 64 * 1024;
    bool sent = true;
    for (qsizetype at = 0; at < data.size() && sent; at += Piece)
        sent = PQputCopyData(c, data.constData() + at, int(std::min(Piece, data.size() - at))) == 1;
    // Ended either way, so the server answers (with its refusal) and the connection leaves COPY.
    PQputCopyEnd(c, sent ? nullptr : "the client could not send the rows");
    Result failed{nullptr};
    while (PGresult* r = PQgetResult(c)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && !failed.r)
            failed.r = r;
        else
            PQclear(r);
    }
    if (failed.r || !sent)
        raiseServer(c, failed.r, QString::fromUtf8(m_copy));
    if (!m_after.isEmpty())
        runOn(c, m_after);
    data.clear(); // keeps its room for the next rows
    m_data.swap(data);
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
