#include "workprogram/gui/prompts.h"

#include <QFileDialog>

#include <optional>

namespace wp::gui {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QString> nextFileName;
bool nonInteractive = false;

QMessageBox::StandardButton run(QMessageBox& box)
{
    Prompts::shownMessages().append(box.text());
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (nonInteractive)
        return box.buttons().size() > 1 ? QMessageBox::No : QMessageBox::Ok;
    return QMessageBox::StandardButton(box.exec());
}
} // namespace

QStringList& Prompts::shownMessages()
{
    static QStringList messages;
    return messages;
}

void Prompts::setNonInteractive(bool on)
{
    nonInteractive = on;
}

void Prompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void Prompts::setNextFileName(const QString& path)
{
    nextFileName = path;
}

QMessageBox::StandardButton Prompts::question(QWidget* parent, const QString& title, const QString& text,
                                              const QString& details)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    if (!details.isEmpty())
        box.setInformativeText(details);
    return run(box);
}

void Prompts::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    run(box);
}

void Prompts::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    run(box);
}

QString Prompts::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    if (nonInteractive)
        return QString();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompts::saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    if (nonInteractive)
        return QString();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace wp::gui
