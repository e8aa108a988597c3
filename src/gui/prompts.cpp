#include "workprogram/gui/prompts.h"

#include "workprogram/storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QLocale>
#include <QMimeDatabase>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <optional>

namespace wp::gui {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QString> nextFileName;
bool nonInteractive = false;
QStringList logins;

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
/// Describes a file by its name only. Qt's own provider asks the MIME database, which reads a
/// file's first bytes when its name says nothing (the database's "-wal" and "-shm" files): that
/// open and close of a descriptor dropped SQLite's POSIX locks on them.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        QStyle* style = QApplication::style();
        if (info.isDir())
            return style->standardIcon(QStyle::SP_DirIcon);
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return Prompts::tr("Thư mục");
        const QMimeType mime = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        if (!mime.isDefault())
            return mime.comment();
        return info.suffix().isEmpty() ? Prompts::tr("Tệp") : Prompts::tr("Tệp %1").arg(info.suffix().toUpper());
    }

private:
    QMimeDatabase m_mime;
};

/// Hides SQLite's side files: nobody should pick one, and a list that leaves them out is one
/// less reason for anything to touch them.
class HideSqliteSideFiles : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QString name = sourceModel()->index(row, 0, parent).data().toString();
        return !(name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) ||
                 name.endsWith(QLatin1String("-journal")));
    }
};

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

QString Prompts::number(qint64 n)
{
    // Vietnamese groups thousands with a space in the window as on the command line and in the
    // issue's wording ("92 071"): QLocale's "92.071" reads as a decimal to many. No-break, so a
    // number never wraps inside a message.
    const QLocale locale;
    QString text = locale.toString(n);
    if (locale.language() == QLocale::Vietnamese)
        text.replace(locale.groupSeparator(), QChar(0x00A0));
    return text;
}

QString Prompts::sentence(const QString& text)
{
    // The first word: up to a space or the punctuation that follows a name ("an (Phòng Tư pháp)",
    // "an: …", "an, …").
    qsizetype end = 0;
    while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char('(') &&
           text.at(end) != QLatin1Char(',') && text.at(end) != QLatin1Char(';'))
        ++end;
    QString word = text.left(end);
    if (word.endsWith(QLatin1Char(':')))
        word.chop(1);
    if (word.isEmpty() || !word.at(0).isLower())
        return text;
    if (logins.contains(word))
        return text;
    for (const QChar c : word)
        if (!c.isLetter())
            return text; // db.sqlite, /home/…, postgresql://…, x2: not a word to capitalise
    QString result = text;
    result[0] = result.at(0).toUpper();
    return result;
}

void Prompts::setLogins(const QStringList& names)
{
    logins = names;
}

QMessageBox::StandardButton Prompts::question(QWidget* parent, const QString& title, const QString& text,
                                              const QString& details)
{
    QMessageBox box(QMessageBox::Question, title, sentence(text), QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    if (!details.isEmpty())
        box.setInformativeText(sentence(details));
    return run(box);
}

void Prompts::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, sentence(text), QMessageBox::Ok, parent);
    run(box);
}

void Prompts::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, title, sentence(text), QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(sentence(details));
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
    const std::unique_ptr<QFileDialog> dialog = fileDialog(parent, title, QString(), filter, QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return dialog->exec() == QDialog::Accepted ? dialog->selectedFiles().value(0) : QString();
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
    const std::unique_ptr<QFileDialog> dialog = fileDialog(parent, title, suggested, filter, QFileDialog::AcceptSave);
    if (dialog->exec() != QDialog::Accepted)
        return QString();
    const QString chosen = dialog->selectedFiles().value(0);
    if (storage::Database::isOpenDatabaseFile(chosen)) {
        warning(parent, title,
                tr("%1 là tệp cơ sở dữ liệu đang mở: không ghi đè lên nó được. Hãy chọn tên khác.")
                    .arg(QFileInfo(chosen).fileName()));
        return QString();
    }
    return chosen;
}

std::unique_ptr<QFileDialog> Prompts::fileDialog(QWidget* parent, const QString& title, const QString& directory,
                                                 const QString& filter, QFileDialog::AcceptMode mode)
{
    // Qt's dialog starts listing its first folder as it is made, before a provider can be set:
    // it starts at the root, and goes to the folder asked for once it describes files safely.
    auto dialog = std::make_unique<QFileDialog>(parent, title, QDir::rootPath(), filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    static NameOnlyIconProvider provider;
    dialog->setIconProvider(&provider);
    dialog->setProxyModel(new HideSqliteSideFiles(dialog.get()));
    dialog->setAcceptMode(mode);
    const QFileInfo where(directory);
    if (!directory.isEmpty() && where.isDir()) {
        dialog->setDirectory(where.absoluteFilePath());
    } else {
        const bool hasFolder = !directory.isEmpty() && directory.contains(QLatin1Char('/'));
        dialog->setDirectory(hasFolder ? where.absolutePath() : QDir::homePath());
        if (!directory.isEmpty())
            dialog->selectFile(where.fileName());
    }
    return dialog;
}

} // namespace wp::gui
