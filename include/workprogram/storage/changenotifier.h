#pragma once

#include "workprogram/storage/database.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <future>

namespace wp::storage {

/// Says when another connection (another window, another person, the CLI) committed a change to
/// the database, so that what is shown can be read again without restarting. On a server it is
/// PostgreSQL's LISTEN/NOTIFY: every write transaction's commit sends NOTIFY on channel
/// "workprogram" (Transaction::commit), and this listens through QSqlDriver's notifications, so
/// the news comes as soon as the other commit is done. On a file it is SQLite's
/// PRAGMA data_version, which changes when another connection commits, read on a timer (a counter
/// in shared memory: no disk read). The own connection's commits are not reported.
///
/// On a server it also minds the connection: when it is cut (the server restarted, the network
/// went away, an administrator ended it) it says disconnected(), asks the server every
/// reconnect interval whether it answers again (on another thread: the window is never held up by
/// an unreachable server), connects again, listens again and says reconnected() then changed()
/// (what others did meanwhile was not heard).
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    /// The channel of the server's notifications.
    static constexpr const char* Channel = "workprogram";
    /// How often a file is looked at, in milliseconds.
    static constexpr int DefaultPollInterval = 1000;
    /// How often a lost server connection is tried again, in milliseconds.
    static constexpr int DefaultReconnectInterval = 2000;

    explicit ChangeNotifier(Database& db, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    /// How often a file, or a server connection's state, is looked at (tests make it short).
    void setPollInterval(int milliseconds);
    /// How often a lost server connection is tried again (tests make it short).
    void setReconnectInterval(int milliseconds);
    /// Looks at a file, or at a server connection, now (the timer does it on its own).
    void poll();
    /// Whether the server connection is lost (and being tried again).
    bool isDisconnected() const { return m_disconnected; }

    /// Each item of @p programId with its row version: what a view compares with the rows it shows
    /// to read only the items that changed.
    static QHash<qint64, int> itemVersions(Database& db, qint64 programId);

signals:
    /// Another connection committed a change.
    void changed();
    /// The server connection was lost; it is tried again until reconnected().
    void disconnected();
    /// The server connection is back (followed by changed()).
    void reconnected();

private:
    void listen();
    void tryReconnect();

    Database& m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    int m_pollInterval = DefaultPollInterval;
    int m_reconnectInterval = DefaultReconnectInterval;
    bool m_disconnected = false;
    std::future<bool> m_probe; ///< whether the server answers, asked on another thread
};

} // namespace wp::storage
