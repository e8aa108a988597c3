// Menu "Trợ giúp": the keyboard shortcuts and the user guide.
#include "workprogram/gui/helpactions.h"

#include "screenfit.h"
#include "windowtext.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/gui/windowcontext.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

// The guide's resource lives in this static library: its initializer is called by name so that
// the linker keeps it (Q_INIT_RESOURCE cannot be used inside a namespace).
static void initGuideResource()
{
    Q_INIT_RESOURCE(userguide);
}

namespace wp::gui {

namespace {

std::function<bool(const QUrl&)>& urlOpener()
{
    static std::function<bool(const QUrl&)> opener;
    return opener;
}

/// A menu entry's text as read: without its access-key marker.
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

struct Entry
{
    QString group;
    QAction* action;
};

/// Every action of @p menu (and its submenus) that has a shortcut, in menu order.
void collect(QMenu* menu, const QString& group, QVector<Entry>& out, QSet<QAction*>& seen)
{
    for (QAction* a : menu->actions()) {
        if (QMenu* sub = a->menu()) {
            collect(sub, group + QStringLiteral(" → ") + plainText(sub->title()), out, seen);
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        out.append({group, a});
    }
}

} // namespace

HelpActions::HelpActions(WindowContext& context) : QObject(&context), m_context(context)
{
    initGuideResource();
    auto* guide = new QAction(WindowText::tr("&Hướng dẫn sử dụng"), this);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &HelpActions::showUserGuide);
    auto* keys = new QAction(WindowText::tr("&Phím tắt"), this);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    connect(keys, &QAction::triggered, this, &HelpActions::showShortcuts);
    context.places().helpMenu->addActions({guide, keys});
    context.places().helpMenu->addSeparator();
}

void HelpActions::showShortcuts()
{
    // Read from the actions at the moment the dialog opens: an entry added to a menu, or a
    // shortcut changed, is listed as it is.
    const WindowContext::Places& places = m_context.places();
    QVector<Entry> entries;
    QSet<QAction*> seen;
    for (QAction* top : places.menuBar->actions())
        if (QMenu* menu = top->menu())
            collect(menu, plainText(menu->title()), entries, seen);
    for (QAction* a : places.window->findChildren<QAction*>())
        if (!a->shortcuts().isEmpty() && !seen.contains(a) && !a->isSeparator()) {
            seen.insert(a);
            entries.append({WindowText::tr("Bảng nội dung và cửa sổ"), a});
        }

    QDialog dialog(places.window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(WindowText::tr("Phím tắt"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(int(entries.size()), 3, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({WindowText::tr("Menu"), WindowText::tr("Thao tác"), WindowText::tr("Phím tắt")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < entries.size(); ++row) {
        QAction* a = entries.at(row).action;
        table->setItem(row, 0, new QTableWidgetItem(entries.at(row).group));
        table->setItem(row, 1, new QTableWidgetItem(plainText(a->text())));
        table->setItem(row, 2,
                       new QTableWidgetItem(QKeySequence::listToString(a->shortcuts(), QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(WindowText::tr("Đó&ng"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(&dialog, QSize(760, 640));
    dialog.exec();
}

QString HelpActions::userGuideFile()
{
    initGuideResource();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QString path = QDir(folder).filePath(QStringLiteral("huong-dan-su-dung.html"));
    QFile source(QStringLiteral(":/guide/user-guide.md"));
    if (!source.open(QIODevice::ReadOnly) || !QDir().mkpath(folder))
        return QString();
    // Written anew each time: the file on disk always matches the program that opens it.
    QTextDocument document;
    document.setMarkdown(QString::fromUtf8(source.readAll()));
    QString html = document.toHtml();
    html.replace(QStringLiteral("<head>"), QStringLiteral("<head><meta charset=\"utf-8\"><title>%1</title>")
                                               .arg(WindowText::tr("Hướng dẫn sử dụng").toHtmlEscaped()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(html.toUtf8()) < 0 || !out.commit())
        return QString();
    return path;
}

void HelpActions::setUrlOpener(std::function<bool(const QUrl&)> opener)
{
    urlOpener() = std::move(opener);
}

void HelpActions::showUserGuide()
{
    const QString path = userGuideFile();
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = !path.isEmpty() && (urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url));
    if (!opened)
        Prompts::warning(m_context.dialogParent(), WindowText::tr("Hướng dẫn sử dụng"),
                         path.isEmpty() ? WindowText::tr("Không ghi được tệp hướng dẫn sử dụng ra đĩa.")
                                        : WindowText::tr("Không mở được trình duyệt để xem hướng dẫn sử dụng (%1).")
                                              .arg(QDir::toNativeSeparators(path)));
}

} // namespace wp::gui
