#include "historywriter.h"

#include "backend.h"
#include "chain.h"
#include "itemrules.h"
#include "pgsecurity.h"
#include "sql.h"

#include "workprogram/storage/history.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <sqlite3.h>

namespace wp::storage {

namespace {

const char* const insertSql = "INSERT INTO item_history(id, item_id, at, login, kind, from_status, to_status, comment, "
                              "changes, prev_hash, hash) VALUES(?, ?, ?, ?, 'create', NULL, ?, ?, ?, ?, ?)";

/// One column as chainHash() hashes it: its UTF-8 length, ':', the bytes.
void addColumn(QByteArray& to, const char* data, qsizetype size)
{
    to += QByteArray::number(size);
    to += ':';
    to.append(data, size);
}

void addColumn(QByteArray& to, const QByteArray& bytes)
{
    addColumn(to, bytes.constData(), bytes.size());
}

} // namespace

HistoryWriter::HistoryWriter(Database& db, const QString& login, const QString& comment)
    : m_db(db), m_login(login.toUtf8()), m_comment(comment.toUtf8()),
      m_at(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8())
{
    m_sqlite = sqliteHandle(db);
    if (m_sqlite) {
        if (sqlite3_prepare_v2(m_sqlite, insertSql, -1, &m_insert, nullptr) != SQLITE_OK)
            raiseSqlite(m_sqlite, QString::fromLatin1(insertSql));
    } else if (serverRulesOn(db.connection())) {
        m_server = true; // rows appended by the server's own function (pgsecurity.h)
    } else {
        m_qInsert = prepare(db.connection(), QString::fromLatin1(insertSql));
    }
    m_buffer.reserve(512);
}

HistoryWriter::~HistoryWriter()
{
    sqlite3_finalize(m_insert);
}

namespace {

/// @p text as a JSON string, as QJsonDocument writes it: quotes and backslashes escaped, the
/// control characters as \b \f \n \r \t or \u00XX, everything else as UTF-8.
void appendJsonString(const QString& text, QByteArray& to)
{
    static const char hex[] = "0123456789abcdef";
    to += '"';
    const QByteArray utf8 = text.toUtf8();
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
    to += '[';
    bool first = true;
    auto change = [&](const QString& key, const QString& value) {
        if (!first)
            to += ',';
        first = false;
        to += "{\"field\":";
        appendJsonString(key, to);
        to += ",\"new\":";
        appendJsonString(value, to);
        to += ",\"old\":\"\"}";
    };
    for (const auto& [key, value] : recordedFields(item))
        if (!value.isEmpty() && key != numberKey())
            change(key, value);
    change(numberKey(), QString::number(item.number));
    to += ']';
}

void HistoryWriter::begin()
{
    lockWriters(m_db.connection()); // read the chain's last row, then append: one writer at a time
    QSqlQuery last = prepare(m_db.connection(), QStringLiteral("SELECT id, hash FROM item_history ORDER BY id DESC "
                                                               "LIMIT 1"));
    exec(last);
    if (last.next()) {
        m_nextId = last.value(0).toLongLong() + 1;
        m_prev = last.value(1).toString().toLatin1();
    } else {
        m_nextId = 1;
        m_prev = chainGenesis().toLatin1();
    }
}

void HistoryWriter::appendCreate(qint64 itemId, int number, const QByteArray& statusKey, const char* changesData,
                                 int changesSize)
{
    const QByteArray changes = QByteArray::fromRawData(changesData, changesSize);
    const QByteArray comment =
        m_comment.isEmpty() ? HistoryWriter::tr("thêm nội dung số %1").arg(number).toUtf8() : m_comment;
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
    const QByteArray id = QByteArray::number(m_nextId);
    const QByteArray item = QByteArray::number(itemId);
    // The columns HistoryRepository hashes: id, item, at, login, kind, from, to, comment, changes, prev.
    m_buffer.clear();
    addColumn(m_buffer, id);
    addColumn(m_buffer, item);
    addColumn(m_buffer, m_at);
    addColumn(m_buffer, m_login);
    addColumn(m_buffer, "create", 6);
    addColumn(m_buffer, "", 0);
    addColumn(m_buffer, statusKey);
    addColumn(m_buffer, comment);
    addColumn(m_buffer, changes);
    addColumn(m_buffer, m_prev);
    const QByteArray hash = QCryptographicHash::hash(m_buffer, QCryptographicHash::Sha256).toHex();
    if (m_sqlite) {
        sqlite3_bind_int64(m_insert, 1, m_nextId);
        sqlite3_bind_int64(m_insert, 2, itemId);
        sqlite3_bind_text(m_insert, 3, m_at.constData(), int(m_at.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 4, m_login.constData(), int(m_login.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 5, statusKey.constData(), int(statusKey.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 6, comment.constData(), int(comment.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 7, changes.constData(), int(changes.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 8, m_prev.constData(), int(m_prev.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 9, hash.constData(), int(hash.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            raiseSqlite(m_sqlite, QString::fromLatin1(insertSql));
    } else {
        // As the SQLite path binds them: empty text is '', never NULL (Qt's drivers bind a null
        // QString as NULL, and fromUtf8() of an empty array is one).
        const auto text = [](const QByteArray& b) {
            return b.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(QString::fromUtf8(b));
        };
        exec(m_qInsert, {m_nextId, itemId, text(m_at), text(m_login), text(statusKey), text(comment), text(changes),
                         text(m_prev), text(hash)});
    }
    m_prev = hash;
    ++m_nextId;
}

void HistoryWriter::end()
{
    if (m_server)
        return; // the server's function keeps the head
    setMetaValue(m_db.connection(), QStringLiteral("history_head"), QString::fromLatin1(m_prev));
}

} // namespace wp::storage
