#pragma once

#include "workprogram/storage/database.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace wp::storage {

/// Says when another connection (another window, another person, the CLI) committed a change to
/// the database, so that what is shown can be read again without restarting. On a server it is
/// PostgreSQL's LISTEN/NOTIFY: every write transaction's commit sends NOTIFY on channel
/// "workprogram" (Transaction::commit), and this listens through QSqlDriver's notifications, so
/// the news comes as soon as the other commit is done. On a file it is SQLite's
/// PRAGMA data_version, which changes when another connection commits, read on a timer (a counter
/// in shared memory: no disk read). The own connection's commits are not reported.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    /// The channel of the server's notifications.
    static constexpr const char* Channel = "workprogram";
    /// How often a file is looked at, in milliseconds.
    static constexpr int DefaultPollInterval = 1000;

    explicit ChangeNotifier(Database& db, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    /// A file's polling interval (tests make it short); nothing on a server.
    void setPollInterval(int milliseconds);
    /// Looks at a file now (the timer does it on its own).
    void poll();

    /// Each item of @p programId with its row version: what a view compares with the rows it shows
    /// to read only the items that changed.
    static QHash<qint64, int> itemVersions(Database& db, qint64 programId);

signals:
    /// Another connection committed a change.
    void changed();

private:
    Database& m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace wp::storage
