#include "workprogram/storage/changenotifier.h"

#include "backend.h"
#include "sql.h"

#include <QSqlDriver>

namespace wp::storage {

namespace {

qint64 dataVersion(QSqlDatabase& db)
{
    QSqlQuery q = prepare(db, QStringLiteral("PRAGMA data_version"));
    exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

ChangeNotifier::ChangeNotifier(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    QSqlDatabase& c = m_db.connection();
    if (isPostgres(c)) {
        QSqlDriver* driver = c.driver();
        m_listening = driver->subscribeToNotification(QLatin1String(Channel));
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    if (name == QLatin1String(Channel) && source != QSqlDriver::SelfSource)
                        emit changed();
                });
        return;
    }
    m_dataVersion = dataVersion(c);
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::poll);
    m_timer.start(DefaultPollInterval);
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_listening)
        m_db.connection().driver()->unsubscribeFromNotification(QLatin1String(Channel));
}

void ChangeNotifier::setPollInterval(int milliseconds)
{
    if (m_timer.isActive())
        m_timer.start(milliseconds);
}

void ChangeNotifier::poll()
{
    if (isPostgres(m_db.connection()))
        return;
    qint64 now = -1;
    try {
        now = dataVersion(m_db.connection());
    } catch (const StorageError&) {
        return; // busy or gone for a moment: the next tick looks again
    }
    if (now != m_dataVersion) {
        m_dataVersion = now;
        emit changed();
    }
}

QHash<qint64, int> ChangeNotifier::itemVersions(Database& db, qint64 programId)
{
    QSqlQuery q = prepare(db.connection(), QStringLiteral("SELECT id, row_version FROM items WHERE program_id = ?"));
    exec(q, {programId});
    QHash<qint64, int> versions;
    while (q.next())
        versions.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return versions;
}

} // namespace wp::storage
