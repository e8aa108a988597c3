#pragma once

#include <QObject>
#include <QString>

namespace wp::gui {

class WindowContext;

/// Backups from the window (menu "Tệp"): "Sao lưu ngay…", restoring from a backup, the automatic
/// daily backup when a database is opened, and the offer to restore the newest backup when a
/// database is found damaged.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    explicit BackupActions(WindowContext& context);

    /// Where the automatic backups of the database at @p dbPath go (the settings' folder, else
    /// "sao-luu" beside the database).
    static QString backupFolder(const QString& dbPath);
    /// How many automatic backups are kept unless the settings say otherwise.
    static constexpr int DefaultBackupsKept = 14;

    // What the menus do, public so that tests drive exactly that.
    /// Copies the open database to @p path (asks where when empty). Consistent while editing.
    bool backupNow(const QString& path = QString());
    /// Replaces the open database with the backup at @p backupPath (asks which when empty),
    /// after confirmation; the person signed in stays so when the backup knows them.
    bool restoreFromBackup(const QString& backupPath = QString());

    // What the window asks when it opens a database.
    /// Makes the day's automatic backup of the open database when the settings want one.
    void runDailyBackup();
    /// The path of the automatic backup made on opening, empty when none was due.
    QString lastDailyBackup() const { return m_lastDailyBackup; }
    /// Says why @p path cannot be used and offers its newest backup; true when restored (the file
    /// is then to be opened again; the damaged one is kept beside it).
    bool offerRestore(const QString& path, const QString& why);

private:
    WindowContext& m_context;
    QString m_lastDailyBackup;
};

} // namespace wp::gui
