#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace wp::gui {

/// Every question, message and file dialog the windows show goes through here, so that tests
/// can answer them without blocking (KeePassXC's MessageBox::setNextAnswer pattern).
class Prompts
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                const QString& details = QString());
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = QString());
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);

    // For tests: never block; questions without a next answer are answered No, file dialogs
    // without a next file name are cancelled.
    static void setNonInteractive(bool on);
    // For tests: the next answers, used once each, and what was shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& path);
    static QStringList& shownMessages();
};

} // namespace wp::gui
