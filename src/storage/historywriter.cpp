#include "historywriter.h"

#include "backend.h"
#include "chain.h"
#include "itemrules.h"
#include "pgsecurity.h"
#include "serverrows.h"
#include "sha256.h"
#include "sql.h"

#include "workprogram/core/itemfields.h"
#include "workprogram/core/text.h"
#include "workprogram/storage/history.h"

#include <QDateTime>

#include <sqlite3.h>

#include <charconv>
#include <cstring>

namespace wp::storage {

namespace {

const char* const insertSql = "INSERT INTO item_history(id, item_id, at, login, kind, from_status, to_status, comment, "
                              "changes, prev_hash, hash) VALUES(?, ?, ?, ?, 'create', NULL, ?, ?, ?, ?, ?)";

/// @p n in decimal, without the allocation of QByteArray::number.
void addNumber(QByteArray& to, qint64 n)
{
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
    to.append(digits, r.ptr - digits);
}

/// One column as chainHash() hashes it: its UTF-8 length, ':', the bytes; at @p out, which has
/// room for them and 21 more. Returns the end.
char* putColumn(char* out, const char* data, qsizetype size)
{
    out = std::to_chars(out, out + 20, size).ptr;
    *out++ = ':';
    if (size > 0)
        std::memcpy(out, data, size_t(size));
    return out + size;
}

char* putColumn(char* out, const QByteArray& bytes)
{
    return putColumn(out, bytes.constData(), bytes.size());
}

} // namespace

HistoryWriter::HistoryWriter(Database& db, const QString& login, const QString& comment, bool batch)
    : m_db(db), m_login(login.toUtf8()), m_comment(comment.toUtf8()), m_batch(batch),
      m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8())
{
    m_sqlite = sqliteHandle(db);
    if (m_sqlite) {
        if (sqlite3_prepare_v2(m_sqlite, insertSql, -1, &m_insert, nullptr) != SQLITE_OK)
            raiseSqlite(m_sqlite, QString::fromLatin1(insertSql));
    } else if (serverHistoryBatches(db.connection())) {
        // The server appends the rows (its time, the connected role as author, its chain): they
        // are staged by COPY in a temporary table and handed to its batch function at each flush.
        m_server = true;
        m_rows = std::make_unique<ServerRows>(
            db.connection(), QStringLiteral("pg_temp.wp_stage_history"),
            QStringList{QStringLiteral("item_id"), QStringLiteral("kind"), QStringLiteral("from_status"),
                        QStringLiteral("to_status"), QStringLiteral("comment"), QStringLiteral("changes")},
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS wp_stage_history(ord bigserial, item_id bigint, kind "
                           "text, from_status text, to_status text, comment text, changes text) ON COMMIT DELETE ROWS"),
            QStringLiteral("SELECT b.last_id FROM (SELECT array_agg(item_id ORDER BY ord) i, array_agg(kind ORDER BY "
                           "ord) k, array_agg(from_status ORDER BY ord) f, array_agg(to_status ORDER BY ord) t, "
                           "array_agg(comment ORDER BY ord) c, array_agg(changes ORDER BY ord) ch FROM "
                           "pg_temp.wp_stage_history) s, LATERAL wp_append_item_history_batch(s.i, s.k, s.f, s.t, "
                           "s.c, s.ch) b; TRUNCATE pg_temp.wp_stage_history"));
    } else if (serverRulesOn(db.connection())) {
        m_server = true; // rules of version 1: one call of the server's function a row (pgsecurity.h)
    } else {
        m_rows = std::make_unique<ServerRows>(
            db.connection(), QStringLiteral("item_history"),
            QStringList{QStringLiteral("id"), QStringLiteral("item_id"), QStringLiteral("at"), QStringLiteral("login"),
                        QStringLiteral("kind"), QStringLiteral("from_status"), QStringLiteral("to_status"),
                        QStringLiteral("comment"), QStringLiteral("changes"), QStringLiteral("prev_hash"),
                        QStringLiteral("hash")});
    }
    m_buffer.resize(1024);
}

HistoryWriter::~HistoryWriter()
{
    sqlite3_finalize(m_insert);
}

namespace {

/// @p value as a JSON string, as QJsonDocument writes it: quotes and backslashes escaped, the
/// control characters as \b \f \n \r \t or \u00XX, everything else as UTF-8.
void appendJsonString(const QString& value, QByteArray& to)
{
    static const char hex[] = "0123456789abcdef";
    to += '"';
    // Written as UTF-8 straight into @p to; only text with something to escape (rare) is
    // taken out again and written escaped.
    const qsizetype start = to.size();
    wp::text::appendUtf8(value, to);
    qsizetype first = start;
    while (first < to.size()) {
        const auto c = static_cast<unsigned char>(to.at(first));
        if (c == '"' || c == '\\' || c < 0x20)
            break;
        ++first;
    }
    if (first == to.size()) {
        to += '"';
        return;
    }
    const QByteArray utf8 = to.mid(first);
    to.truncate(first);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            to += "\\\"";
            break;
        case '\\':
            to += "\\\\";
            break;
        case '\b':
            to += "\\b";
            break;
        case '\f':
            to += "\\f";
            break;
        case '\n':
            to += "\\n";
            break;
        case '\r':
            to += "\\r";
            break;
        case '\t':
            to += "\\t";
            break;
        default:
            if (c < 0x20) {
                to += "\\u00";
                to += hex[c >> 4];
                to += hex[c & 0xF];
            } else {
                to += ch;
            }
        }
    }
    to += '"';
}

} // namespace

void HistoryWriter::appendChanges(const Item& item, QByteArray& to)
{
    // What recordedFields() lists, written without building its list: each field's head
    // ({"field":"content","new":) made once, the values' UTF-8 straight into @p to.
    struct Head
    {
        ItemField field;
        QByteArray text;
    };
    static const QVector<Head> heads = [] {
        QVector<Head> h;
        for (ItemField f : ItemFields::editable()) {
            if (ItemFields::key(f) == numberKey())
                continue;
            QByteArray text = "{\"field\":";
            appendJsonString(ItemFields::key(f), text);
            text += ",\"new\":";
            h.append({f, text});
        }
        return h;
    }();
    static const QByteArray numberHead = [] {
        QByteArray text = "{\"field\":";
        appendJsonString(numberKey(), text);
        return text + ",\"new\":\"";
    }();
    to += '[';
    for (const Head& head : heads) {
        const QString value = fieldValue(item, head.field);
        if (value.isEmpty())
            continue;
        to += head.text;
        appendJsonString(value, to);
        to += "},";
    }
    to += numberHead;
    addNumber(to, item.number);
    to += "\"}]";
}

void HistoryWriter::begin()
{
    const ChainTail tail = chainTail(m_db.connection(), QStringLiteral("item_history"));
    m_nextId = tail.nextId;
    m_prev = tail.prevHash.toLatin1();
}

namespace {

/// The columns of a create row a client chooses, kind to changes, as both server paths send
/// them (a null @p comment: NULL, as a batch's rows have).
void addCreateColumns(ServerRows& rows, const QByteArray& statusKey, const QByteArray* comment,
                      const QByteArray& changes)
{
    rows.text("create", 6);
    rows.null();
    rows.text(statusKey);
    if (comment)
        rows.text(*comment);
    else
        rows.null();
    rows.text(changes);
}

} // namespace

void HistoryWriter::appendCreate(qint64 itemId, int number, const QByteArray& statusKey, const char* changesData,
                                 int changesSize)
{
    const QByteArray changes = QByteArray::fromRawData(changesData, changesSize);
    // A batch's rows have no comment: NULL, hashed as the empty text verify() reads it back as.
    const QByteArray comment = m_batch               ? QByteArray()
                               : m_comment.isEmpty() ? HistoryWriter::tr("thêm nội dung số %1").arg(number).toUtf8()
                                                     : m_comment;
    if (m_server && m_rows) {
        // Only what a client may choose; the id, time, author and hashes are the server's.
        m_rows->number(itemId);
        addCreateColumns(*m_rows, statusKey, m_batch ? nullptr : &comment, changes);
        m_rows->endRow();
        return;
    }
    if (m_server) {
        const auto text = [](const QByteArray& b) {
            return b.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(QString::fromUtf8(b));
        };
        const ServerHistoryRow row = appendHistoryOnServer(m_db.connection(), itemId, QStringLiteral("create"),
                                                           QVariant(QMetaType(QMetaType::QString)), text(statusKey),
                                                           text(comment), text(changes));
        m_prev = row.hash.toLatin1();
        m_nextId = row.id + 1;
        return;
    }
    // The columns HistoryRepository hashes: id, item, at, login, kind, from, to, comment, changes,
    // prev, written into a buffer sized once (a QByteArray append per column was a tenth of the row).
    char idText[24];
    char itemText[24];
    const qsizetype idSize = std::to_chars(idText, idText + sizeof idText, m_nextId).ptr - idText;
    const qsizetype itemSize = std::to_chars(itemText, itemText + sizeof itemText, itemId).ptr - itemText;
    const qsizetype bound = 10 * 21 + idSize + itemSize + m_at.size() + m_login.size() + 6 + statusKey.size() +
                            comment.size() + changes.size() + m_prev.size();
    if (m_buffer.size() < bound)
        m_buffer.resize(bound);
    char* const start = m_buffer.data();
    char* out = start;
    out = putColumn(out, idText, idSize);
    out = putColumn(out, itemText, itemSize);
    out = putColumn(out, m_at);
    out = putColumn(out, m_login);
    out = putColumn(out, "create", 6);
    out = putColumn(out, "", 0);
    out = putColumn(out, statusKey);
    out = putColumn(out, comment);
    out = putColumn(out, changes);
    out = putColumn(out, m_prev);
    const QByteArray hash = Sha256::hex(start, out - start);
    if (m_sqlite) {
        sqlite3_bind_int64(m_insert, 1, m_nextId);
        sqlite3_bind_int64(m_insert, 2, itemId);
        sqlite3_bind_text(m_insert, 3, m_at.constData(), int(m_at.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 4, m_login.constData(), int(m_login.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 5, statusKey.constData(), int(statusKey.size()), SQLITE_STATIC);
        if (m_batch)
            sqlite3_bind_null(m_insert, 6);
        else
            sqlite3_bind_text(m_insert, 6, comment.constData(), int(comment.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 7, changes.constData(), int(changes.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 8, m_prev.constData(), int(m_prev.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 9, hash.constData(), int(hash.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            raiseSqlite(m_sqlite, QString::fromLatin1(insertSql));
    } else {
        // As the SQLite path binds them: empty text is '', never NULL.
        m_rows->number(m_nextId);
        m_rows->number(itemId);
        m_rows->text(m_at);
        m_rows->text(m_login);
        addCreateColumns(*m_rows, statusKey, m_batch ? nullptr : &comment, changes);
        m_rows->text(m_prev);
        m_rows->text(hash);
        m_rows->endRow();
    }
    m_prev = hash;
    ++m_nextId;
}

void HistoryWriter::flush()
{
    if (m_rows)
        m_rows->flush();
}

void HistoryWriter::end()
{
    flush();
    if (m_server)
        return; // the server's function keeps the head
    setMetaValue(m_db.connection(), QStringLiteral("history_head"), QString::fromLatin1(m_prev));
}

} // namespace wp::storage
