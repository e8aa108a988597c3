#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace wp::gui {

/// Every question, message and file dialog the windows show goes through here, so that tests
/// can answer them without blocking (KeePassXC's MessageBox::setNextAnswer pattern).
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(wp::gui::Prompts)

public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                const QString& details = QString());
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = QString());
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    /// The file dialog every file question uses: Qt's own dialog (translated with the program,
    /// never the desktop's), which describes files by their names only and never opens them (a
    /// dialog that opened and closed the open database's files dropped SQLite's POSIX locks on
    /// them: issue 14), and hides SQLite's -wal, -shm and -journal files. @p directory may be a
    /// folder or a suggested file path.
    static std::unique_ptr<QFileDialog> fileDialog(QWidget* parent, const QString& title, const QString& directory,
                                                   const QString& filter, QFileDialog::AcceptMode mode);

    /// A count as the window writes it: with the UI language's thousands separators ("92.071" in
    /// Vietnamese, "92,071" in English: QLocale's default, set from the language at start).
    static QString number(qint64 n);

    /// @p text as the window shows a message: its first letter capital. The storage and workflow
    /// layers word their refusals to follow "…: " on the command line ("hai lần nhập mật khẩu
    /// không khớp"); every message box, the status bar and the dialogs' error lines pass their
    /// text through here. Left as written when the first word is not a word of the language: a
    /// login of setLogins() ("vanphong (Văn phòng) không được…": a login is never altered), or a
    /// word with a digit or a character other than a letter (a file name, a path, an address).
    static QString sentence(const QString& text);
    /// The logins sentence() never capitalises (the window sets the signed-in person's: the
    /// refusals that start with a login name the person acting).
    static void setLogins(const QStringList& logins);

    // For tests: never block; questions without a next answer are answered No, file dialogs
    // without a next file name are cancelled.
    static void setNonInteractive(bool on);
    // For tests: the next answers, used once each, and what was shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& path);
    static QStringList& shownMessages();
};

} // namespace wp::gui
