#include "workprogram/storage/changenotifier.h"

#include "backend.h"
#include "sql.h"

#include <QSqlDriver>

#include <chrono>

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
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::poll);
    if (isPostgres(c)) {
        connect(c.driver(), &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    if (name == QLatin1String(Channel) && source != QSqlDriver::SelfSource)
                        emit changed();
                });
        listen();
    } else {
        m_dataVersion = dataVersion(c);
    }
    m_timer.start(m_pollInterval);
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_listening && !m_db.connectionLost())
        m_db.connection().driver()->unsubscribeFromNotification(QLatin1String(Channel));
}

void ChangeNotifier::listen()
{
    QSqlDriver* driver = m_db.connection().driver();
    // A connection opened again is a new session: it listens to nothing yet, whatever the driver
    // still lists from the old one.
    if (driver->subscribedToNotifications().contains(QLatin1String(Channel)))
        driver->unsubscribeFromNotification(QLatin1String(Channel));
    m_listening = driver->subscribeToNotification(QLatin1String(Channel));
}

void ChangeNotifier::setPollInterval(int milliseconds)
{
    m_pollInterval = milliseconds;
    if (!m_disconnected)
        m_timer.start(milliseconds);
}

void ChangeNotifier::setReconnectInterval(int milliseconds)
{
    m_reconnectInterval = milliseconds;
    if (m_disconnected)
        m_timer.start(milliseconds);
}

void ChangeNotifier::poll()
{
    if (isPostgres(m_db.connection())) {
        if (m_disconnected) {
            tryReconnect();
        } else if (m_db.connectionLost()) {
            m_disconnected = true;
            m_timer.start(m_reconnectInterval);
            emit disconnected();
        }
        return;
    }
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

void ChangeNotifier::tryReconnect()
{
    // First whether the server answers, on another thread (an unreachable host takes seconds to
    // say nothing); then, at a later tick, the connection itself, which is quick once it answers.
    if (!m_probe.valid()) {
        m_probe = std::async(std::launch::async, serverProbe(m_db.connection(), 2));
        return;
    }
    if (m_probe.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    if (!m_probe.get())
        return; // the next tick asks again
    try {
        m_db.reconnect();
        if (m_db.connectionLost())
            return;
        listen();
    } catch (const StorageError&) {
        return; // refused for now (a server still starting): the next tick tries again
    }
    m_disconnected = false;
    m_timer.start(m_pollInterval);
    emit reconnected();
    emit changed(); // what others did meanwhile was not heard
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
