#include "workprogram/storage/headlog.h"

#include "chain.h"
#include "sql.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTextStream>

namespace wp::storage {

namespace {

QString lastHash(Database& db, const QString& table)
{
    QSqlQuery q = prepare(db.connection(), QStringLiteral("SELECT hash FROM %1 ORDER BY id DESC LIMIT 1").arg(table));
    exec(q);
    return q.next() ? q.value(0).toString() : chainGenesis();
}

const QString itemsTable = QStringLiteral("item_history");
const QString stepsTable = QStringLiteral("program_history");
const QString auditTable = QStringLiteral("audit_log");

} // namespace

HeadLog::HeadLog(Database& db) : m_db(db), m_path(db.location() + QStringLiteral(".heads")) {}

HeadLog::Heads HeadLog::current() const
{
    return Heads{lastHash(m_db, itemsTable), lastHash(m_db, stepsTable), lastHash(m_db, auditTable)};
}

bool HeadLog::record(const QString& event) const
{
    const Heads h = current();
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    QTextStream out(&f);
    out << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << '\t' << event << "\titems=" << h.items
        << "\tsteps=" << h.steps << "\taudit=" << h.audit << '\n';
    out.flush();
    return f.flush() && f.error() == QFileDevice::NoError;
}

bool HeadLog::contains(const QString& table, const QString& hash) const
{
    if (hash == chainGenesis())
        return true;
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT 1 FROM %1 WHERE hash = ? LIMIT 1").arg(table));
    exec(q, {hash});
    return q.next();
}

QStringList HeadLog::check() const
{
    QStringList problems;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return problems; // no log kept here: nothing to compare with
    QVector<QStringList> lines;
    QTextStream in(&f);
    while (!in.atEnd())
        lines.append(in.readLine().split(QLatin1Char('\t')));
    const QList<QPair<QString, QString>> chains = {{QStringLiteral("items"), itemsTable},
                                                   {QStringLiteral("steps"), stepsTable},
                                                   {QStringLiteral("audit"), auditTable}};
    const QStringList names = {tr("lịch sử nội dung"), tr("các bước chương trình"), tr("nhật ký quản trị")};
    for (int i = 0; i < chains.size(); ++i) {
        QSet<QString> hashes{chainGenesis()};
        QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT hash FROM %1").arg(chains.at(i).second));
        exec(q);
        while (q.next())
            hashes.insert(q.value(0).toString());
        const QString prefix = chains.at(i).first + QLatin1Char('=');
        for (int n = 0; n < lines.size(); ++n) {
            const QStringList& parts = lines.at(n);
            if (parts.size() < 5)
                continue;
            for (const QString& p : parts)
                if (p.startsWith(prefix) && !hashes.contains(p.mid(prefix.size())))
                    problems.append(tr("%1, dòng %2 (%3, lúc %4): mã băm cuối của %5 khi đó (%6) không còn trong cơ sở "
                                       "dữ liệu — lịch sử đã bị viết lại")
                                        .arg(m_path)
                                        .arg(n + 1)
                                        .arg(parts.at(1), parts.at(0), names.at(i), p.mid(prefix.size()).left(16)));
        }
    }
    return problems;
}

QString HeadLog::find(const QString& hash) const
{
    const QString h = hash.trimmed().toLower();
    if (h.size() != 64)
        return QString();
    if (contains(itemsTable, h))
        return tr("một dòng của lịch sử nội dung");
    if (contains(stepsTable, h))
        return tr("một bước của chương trình");
    if (contains(auditTable, h))
        return tr("một dòng của nhật ký quản trị");
    QSqlQuery q = prepare(m_db.connection(), QStringLiteral("SELECT s.id, p.year, s.label FROM snapshots s JOIN "
                                                            "programs p ON p.id = s.program_id WHERE s.hash = ?"));
    exec(q, {h});
    if (q.next())
        return tr("ảnh chụp số %1 của chương trình năm %2 (%3)")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toInt())
            .arg(q.value(2).toString());
    return QString();
}

} // namespace wp::storage
