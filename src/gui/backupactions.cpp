// Backups from the window: the daily automatic backup on opening, "Sao lưu ngay…", restoring
// from a backup, and the offer to restore when a database is found damaged.
#include "workprogram/gui/backupactions.h"

#include "windowtext.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/userrepository.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace wp::gui {

BackupActions::BackupActions(WindowContext& context) : QObject(&context), m_context(context)
{
    auto* backup = new QAction(WindowText::tr("&Sao lưu ngay…"), this);
    backup->setObjectName(QStringLiteral("backupAction"));
    connect(backup, &QAction::triggered, this, [this] { backupNow(); });
    auto* restore = new QAction(WindowText::tr("&Khôi phục từ bản sao lưu…"), this);
    restore->setObjectName(QStringLiteral("restoreAction"));
    connect(restore, &QAction::triggered, this, [this] { restoreFromBackup(); });
    QMenu* file = context.places().fileMenu;
    file->addActions({backup, restore});
    file->addSeparator();
}

QString BackupActions::backupFolder(const QString& dbPath)
{
    const QString chosen = QSettings().value(QStringLiteral("backup/folder")).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("sao-luu"));
}

void BackupActions::runDailyBackup()
{
    m_lastDailyBackup.clear();
    QSettings settings;
    storage::Database* db = m_context.database();
    if (!db || !settings.value(QStringLiteral("backup/daily"), true).toBool())
        return;
    if (db->backend() == storage::Database::Backend::Postgres) {
        m_context.showMessage(
            WindowText::tr("Sao lưu tự động hằng ngày chỉ áp dụng cho tệp cơ sở dữ liệu; cơ sở dữ liệu "
                           "trên máy chủ được sao lưu trên máy chủ (pg_dump)."),
            8000);
        return;
    }
    try {
        m_lastDailyBackup = storage::Maintenance::dailyBackup(
            *db, backupFolder(db->location()),
            settings.value(QStringLiteral("backup/keep"), DefaultBackupsKept).toInt());
        if (!m_lastDailyBackup.isEmpty())
            m_context.showMessage(
                WindowText::tr("Đã sao lưu tự động: %1").arg(QDir::toNativeSeparators(m_lastDailyBackup)), 8000);
    } catch (const wp::Error& e) {
        // Not a reason to stop working: say it where it is seen, keep the window usable.
        m_context.showMessage(WindowText::tr("Không sao lưu tự động được: %1").arg(e.message()));
    }
}

bool BackupActions::backupNow(const QString& chosen)
{
    storage::Database* db = m_context.database();
    if (!db)
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        const QString suggested =
            QDir(backupFolder(db->location()))
                .filePath(QStringLiteral("%1-sao-luu-%2.sqlite")
                              .arg(QFileInfo(db->location()).completeBaseName(),
                                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
        QDir().mkpath(QFileInfo(suggested).absolutePath());
        path = Prompts::saveFileName(m_context.dialogParent(), WindowText::tr("Sao lưu cơ sở dữ liệu"), suggested,
                                     WindowText::tr("Cơ sở dữ liệu (*.sqlite)"));
        if (path.isEmpty())
            return false;
    }
    try {
        storage::Maintenance::backup(*db, path);
    } catch (const wp::Error& e) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không sao lưu được"), e.message());
        return false;
    }
    m_context.showMessage(WindowText::tr("Đã sao lưu vào %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool BackupActions::restoreFromBackup(const QString& chosen)
{
    if (!m_context.database())
        return false;
    const QString dbPath = m_context.database()->location();
    QString backupPath = chosen;
    if (backupPath.isEmpty()) {
        backupPath = Prompts::openFileName(m_context.dialogParent(), WindowText::tr("Chọn bản sao lưu"),
                                           WindowText::tr("Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)"));
        if (backupPath.isEmpty())
            return false;
    }
    if (Prompts::question(
            m_context.dialogParent(), WindowText::tr("Khôi phục"),
            WindowText::tr("Thay toàn bộ dữ liệu hiện tại của %1 bằng bản sao lưu %2 (lưu lúc %3)?\n\nMọi thay đổi sau "
                           "thời điểm đó sẽ mất; không hoàn tác được.")
                .arg(QFileInfo(dbPath).fileName(), QFileInfo(backupPath).fileName(),
                     QFileInfo(backupPath).lastModified().toString(QStringLiteral("dd/MM/yyyy HH:mm")))) !=
        QMessageBox::Yes)
        return false;
    const int year = m_context.year();
    m_context.closeDatabase(); // the file is replaced: no connection may stay on it
    try {
        storage::Maintenance::restore(backupPath, dbPath);
    } catch (const wp::Error& e) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không khôi phục được"), e.message());
        m_context.openDatabase(dbPath, year); // the current data was left as it was
        return false;
    }
    const std::optional<User> user = m_context.user();
    const bool opened = m_context.openDatabase(dbPath, year);
    // The same person goes on working when the backup knows them (as they were then).
    if (opened && user)
        if (std::optional<User> again = storage::UserRepository(*m_context.database()).byLogin(user->login);
            again && again->active)
            m_context.setUser(again);
    return opened;
}

bool BackupActions::offerRestore(const QString& path, const QString& why)
{
    const QStringList backups =
        QFileInfo::exists(path) ? storage::Maintenance::backupsIn(backupFolder(path), path) : QStringList();
    if (backups.isEmpty()) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không mở được cơ sở dữ liệu"), why);
        return false;
    }
    const QString latest = backups.first();
    const auto answer = Prompts::question(
        m_context.dialogParent(), WindowText::tr("Cơ sở dữ liệu bị hỏng"),
        WindowText::tr(
            "Không mở được %1:\n%2\n\nCó bản sao lưu tự động lúc %3. Khôi phục từ bản đó? Tệp hiện tại được giữ "
            "lại bên cạnh (đuôi .hong-…), không bị xóa.")
            .arg(QDir::toNativeSeparators(path), why,
                 QFileInfo(latest).lastModified().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    if (answer != QMessageBox::Yes)
        return false;
    bool restored = false;
    try {
        storage::Maintenance::restore(latest, path);
        restored = true;
    } catch (const wp::Error& e) {
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Không khôi phục được"), e.message());
    }
    return restored;
}

} // namespace wp::gui
